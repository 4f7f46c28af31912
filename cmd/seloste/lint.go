package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"

	"github.com/seloste/seloste/analyzer"
	"github.com/seloste/seloste/analyzer/extract"
	"github.com/seloste/seloste/analyzer/report"
)

// source is how the command finds and reads notices: extract.Inputs and
// extract.Read, or fakes in tests.
type source struct {
	inputs func(args []string) ([]string, []error)
	read   func(ctx context.Context, input string, stdin io.Reader, opt extract.Options) (*analyzer.Document, error)
}

func extractSource() source { return source{inputs: extract.Inputs, read: extract.Read} }

// lintConfig is a checked `seloste lint` command line.
type lintConfig struct {
	args      []string
	format    string
	output    string // "" = standard output
	failOn    analyzer.Severity
	quiet     bool
	checklist bool
	color     bool
	lint      analyzer.Options
	read      extract.Options
}

// runLint lints every input, writes the report and returns the exit code
// as an *exitError (nil for exit 0).
func runLint(ctx context.Context, e *env, cfg *lintConfig) error {
	w, err := report.New(cfg.format)
	if err != nil {
		return usageError("seloste lint", "%v", err)
	}
	engine, err := e.newEngine()
	if err != nil {
		return &exitError{code: exitUsage, err: fmt.Errorf("loading the rules: %w", err)}
	}
	if err := checkOutput(cfg.output, cfg.args); err != nil {
		return usageError("seloste lint", "--output: %v", err)
	}

	l := &linter{engine: engine, src: e.source, stdin: e.stdin, lint: cfg.lint, read: cfg.read}
	results := l.lintAll(ctx, cfg.args)

	// The file is created only now, so that a report written into a folder
	// being linted is not read as a notice.
	out := e.stdout
	var file *os.File
	if cfg.output != "" {
		if file, err = os.Create(cfg.output); err != nil {
			return &exitError{code: exitUsage, err: fmt.Errorf("--output: %w", err)}
		}
		out = file
	}

	err = w.Write(out, results, report.Options{
		Version:   versionString(),
		Rules:     engine.Rules(),
		Lang:      cfg.lint.MessageLang,
		FailOn:    cfg.failOn,
		Color:     cfg.color,
		Quiet:     cfg.quiet,
		Checklist: cfg.checklist,
	})
	if file != nil {
		if cerr := file.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		return &exitError{code: exitUsage, err: fmt.Errorf("writing the report: %w", err)}
	}
	if code := exitCode(results, cfg.failOn); code != exitOK {
		return &exitError{code: code}
	}
	return nil
}

// checkOutput fails early, before minutes of fetching, on an --output
// whose folder does not exist or that would overwrite an input.
func checkOutput(output string, args []string) error {
	if output == "" {
		return nil
	}
	if fi, err := os.Stat(filepath.Dir(output)); err != nil {
		return err
	} else if !fi.IsDir() {
		return fmt.Errorf("%s is not a folder", filepath.Dir(output))
	}
	ofi, err := os.Stat(output)
	if err != nil {
		return nil // a new file
	}
	if ofi.IsDir() {
		return fmt.Errorf("%s is a folder", output)
	}
	for _, a := range args {
		if fi, err := os.Stat(a); err == nil && os.SameFile(fi, ofi) {
			return fmt.Errorf("%s is also an input; it would be overwritten", output)
		}
	}
	return nil
}

// exitCode is 3 when an input could not be read, else 1 when a finding is
// at or above failOn (0 = never), else 0.
func exitCode(results []analyzer.Result, failOn analyzer.Severity) int {
	code := exitOK
	for _, r := range results {
		if r.Err != nil {
			return exitUnreadable
		}
		for _, f := range r.Findings {
			if failOn > 0 && f.Severity >= failOn {
				code = exitFindings
			}
		}
	}
	return code
}

// linter reads and lints inputs one after the other.
type linter struct {
	engine *analyzer.Engine
	src    source
	stdin  io.Reader
	lint   analyzer.Options
	read   extract.Options
}

// lintAll returns one result per notice, in the order of args (a folder
// expands in place); an input that fails yields a Result with Err and the
// others are still linted.
func (l *linter) lintAll(ctx context.Context, args []string) []analyzer.Result {
	var results []analyzer.Result
	for _, arg := range args {
		// One argument at a time keeps the report in the order given.
		inputs, errs := l.src.inputs([]string{arg})
		for _, err := range errs {
			path := displayName(arg)
			var ie *extract.InputError
			if errors.As(err, &ie) {
				path = ie.Input // a file inside a folder, or a redacted URL
			}
			results = append(results, analyzer.Result{Path: path, Err: err})
		}
		for _, in := range inputs {
			results = append(results, l.lintOne(ctx, in))
		}
	}
	return results
}

// lintOne reads and lints one input. A panic in a rule becomes that input's
// error, so that one odd notice cannot stop a run over hundreds.
func (l *linter) lintOne(ctx context.Context, input string) (res analyzer.Result) {
	if err := ctx.Err(); err != nil {
		return analyzer.Result{Path: displayName(input), Err: fmt.Errorf("%s: %w", displayName(input), err)}
	}
	doc, err := l.src.read(ctx, input, l.stdin, l.read)
	if err != nil {
		return analyzer.Result{Path: displayName(input), Err: err}
	}
	defer func() {
		if p := recover(); p != nil {
			res = analyzer.Result{Path: doc.Path, Format: doc.Format,
				Err: fmt.Errorf("%s: internal error while checking (please report it): %v", doc.Path, p)}
		}
	}()
	// The report shows the language the rules used: the override, else
	// what the reader found, else detection (the engine's own fallback).
	if l.lint.NoticeLang != "" {
		doc.Lang = l.lint.NoticeLang
	} else if doc.Lang == "" {
		doc.Lang = analyzer.DetectLanguage(doc.Text)
	}
	return l.engine.Lint(doc, l.lint)
}

// displayName is an input as reports show it: a URL without the user and
// password it may carry, so that credentials never reach a report.
func displayName(input string) string {
	u, err := url.Parse(input)
	if err != nil || u.User == nil || (u.Scheme != "http" && u.Scheme != "https") {
		return input
	}
	u.User = nil
	return u.String()
}
