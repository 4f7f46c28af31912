package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/seloste/seloste/analyzer"
	"github.com/seloste/seloste/analyzer/config"
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
	outputs   []output // --format/--output pairs
	failOn    analyzer.Severity
	quiet     bool
	checklist bool
	color     bool
	lint      analyzer.Options
	read      extract.Options
	jobs      int // --jobs

	configFile              string         // --config; "" = look for .seloste.yaml
	conf                    *config.Config // the settings file, once read
	baseline, writeBaseline string
	failOnSet, langSet      bool // set on the command line (or $SELOSTE_LANG): the file does not override
}

// runLint lints every input, writes the report and returns the exit code
// as an *exitError (nil for exit 0).
func runLint(ctx context.Context, e *env, cfg *lintConfig) error {
	engine, err := e.newEngine()
	if err != nil {
		return &exitError{code: exitUsage, err: fmt.Errorf("loading the rules: %w", err)}
	}
	if err := applyConfigFile(cfg, engine); err != nil {
		return &exitError{code: exitUsage, err: err}
	}
	for _, o := range cfg.outputs {
		if err := checkOutput(o.file, cfg.args); err != nil {
			return usageError("seloste lint", "--output: %v", err)
		}
	}
	if err := checkOutput(cfg.writeBaseline, cfg.args); err != nil {
		return usageError("seloste lint", "--write-baseline: %v", err)
	}
	base, err := loadBaseline(cfg)
	if err != nil {
		return &exitError{code: exitUsage, err: err}
	}

	l := &linter{engine: engine, src: e.source, stdin: e.stdin, lint: cfg.lint, read: cfg.read, conf: cfg.conf, env: e, jobs: cfg.jobs}
	results := l.lintAll(ctx, cfg.args)
	results, hidden, err := applyBaseline(cfg, base, results)
	if err != nil {
		return &exitError{code: exitUsage, err: err}
	}
	if hidden > 0 {
		fmt.Fprintf(e.stderr, "seloste: %d known findings in %s not reported\n", hidden, cfg.baseline)
	}

	// Files are created only now, so that a report written into a folder
	// being linted is not read as a notice.
	err = writeReports(e, cfg.outputs, results, report.Options{
		Version:   versionString(),
		Rules:     engine.Rules(),
		Lang:      cfg.lint.MessageLang,
		FailOn:    cfg.failOn,
		Color:     cfg.color,
		Quiet:     cfg.quiet,
		Checklist: cfg.checklist,
	})
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

// linter reads and lints inputs, jobs of them at a time.
type linter struct {
	engine *analyzer.Engine
	src    source
	stdin  io.Reader
	lint   analyzer.Options
	read   extract.Options
	conf   *config.Config // ignore and controller globs; nil = none
	env    *env           // for the progress line; nil = none
	jobs   int            // inputs read and linted at once; < 1 = one
	stuck  atomic.Int32   // checks given up on that still run
}

// lintAll returns one result per notice, in the order of args (a folder
// expands in place); an input that fails yields a Result with Err and the
// others are still linted.
func (l *linter) lintAll(ctx context.Context, args []string) []analyzer.Result {
	// Expand every argument first: the count drives the progress line.
	var todo []analyzer.Result // Path = input to lint, or Err set
	for _, arg := range args {
		// One argument at a time keeps the report in the order given.
		inputs, errs := l.src.inputs([]string{arg})
		for _, err := range errs {
			path := displayName(arg)
			var ie *extract.InputError
			if errors.As(err, &ie) {
				path = ie.Input // a file inside a folder, or a redacted URL
			}
			todo = append(todo, analyzer.Result{Path: path, Err: err})
		}
		for _, in := range inputs {
			// The ignore globs skip what a folder brings in, never an
			// input named on the command line.
			if in != arg && l.conf.Ignored(in) {
				continue
			}
			todo = append(todo, analyzer.Result{Path: in})
		}
	}
	var p *progress
	if l.env != nil {
		p = newProgress(l.env, len(todo))
		defer p.done()
	}
	// A pool of workers reads and lints; results land at their input's
	// index, so the report keeps the order of the arguments. Each result is
	// compacted (its text dropped) as soon as it is linted: memory holds at
	// most one full document per worker, whatever the number of inputs.
	results := make([]analyzer.Result, len(todo))
	next := make(chan int)
	finished := make(chan struct{})
	var wg sync.WaitGroup
	for range min(max(l.jobs, 1), max(len(todo), 1)) {
		wg.Go(func() {
			for i := range next {
				if todo[i].Err == nil {
					results[i] = l.lintOne(ctx, todo[i].Path).Compact()
				} else {
					results[i] = todo[i]
				}
				finished <- struct{}{}
			}
		})
	}
	go func() {
		for i := range todo {
			next <- i
		}
		close(next)
	}()
	for done := 1; done <= len(todo); done++ {
		<-finished
		if p != nil {
			p.update(done)
		}
	}
	wg.Wait()
	return results
}

// lintOne reads and lints one input. A panic in a rule, or a check past the
// deadline, becomes that input's error, so that one odd notice cannot stop
// a run over hundreds.
func (l *linter) lintOne(ctx context.Context, input string) analyzer.Result {
	if err := ctx.Err(); err != nil {
		return analyzer.Result{Path: displayName(input), Err: fmt.Errorf("%s: %w", displayName(input), err)}
	}
	doc, err := l.src.read(ctx, input, l.stdin, l.read)
	if err != nil {
		return analyzer.Result{Path: displayName(input), Err: err}
	}
	// The report shows the language the rules used: the override, else
	// what the reader found, else detection (the engine's own fallback).
	if l.lint.NoticeLang != "" {
		doc.Lang = l.lint.NoticeLang
	} else if doc.Lang == "" {
		doc.Lang = analyzer.DetectLanguage(doc.Text)
	}
	opt := l.lint
	if opt.Controller == "" {
		opt.Controller = l.conf.ControllerFor(input)
	}
	return l.check(ctx, doc, opt)
}

// maxStuck is how many notices may still be being checked past their
// deadline before further notices are not checked at all.
const maxStuck = 4

// check lints doc within the reading deadline (--doc-timeout). The rules
// cannot be interrupted, so past the deadline the notice gets an error and
// its goroutine is left to finish on its own (counted in l.stuck); the
// text limit (--max-text) keeps this rare.
func (l *linter) check(ctx context.Context, doc *analyzer.Document, opt analyzer.Options) analyzer.Result {
	fail := func(format string, a ...any) analyzer.Result {
		return analyzer.Result{Path: doc.Path, Format: doc.Format, Err: fmt.Errorf("%s: %w", doc.Path, fmt.Errorf(format, a...))}
	}
	if n := l.stuck.Load(); n >= maxStuck {
		return fail("not checked: %d earlier notices are still being checked after their deadline", n)
	}
	timeout := l.read.Timeout
	if timeout <= 0 {
		timeout = extract.DefaultTimeout
	}
	done := make(chan analyzer.Result, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				done <- fail("internal error while checking (please report it): %v", p)
			}
		}()
		done <- l.engine.Lint(doc, opt)
	}()
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	var res analyzer.Result
	select {
	case res = <-done:
		return res
	case <-timer.C:
		res = fail("checking took longer than %v, gave up", timeout)
	case <-ctx.Done():
		res = fail("%w", ctx.Err())
	}
	l.stuck.Add(1)
	go func() {
		<-done
		l.stuck.Add(-1)
	}()
	return res
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
