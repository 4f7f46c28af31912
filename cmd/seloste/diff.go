package main

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/urfave/cli/v3"

	"github.com/seloste/seloste/analyzer"
	"github.com/seloste/seloste/analyzer/extract"
	"github.com/seloste/seloste/analyzer/review"
)

// readingFlags are the flags of `diff` and `fix` that steer reading and
// checking one notice, as `lint` has them.
// noColorFlag is --no-color, the same for every command that colours.
func noColorFlag() cli.Flag {
	return &cli.BoolFlag{Name: "no-color", Category: catOutput,
		Usage: "no colours (also when $NO_COLOR is set or the output is not a terminal)"}
}

// readingFlags are the flags of every command that reads and checks
// notices: message and notice language, settings, controller kind and how
// inputs are read.
func readingFlags() []cli.Flag {
	return []cli.Flag{
		langFlag(),
		&cli.StringFlag{Name: "config", Category: catChecking, TakesFile: true,
			Usage: "settings `FILE` (default: .seloste.yaml in this folder or the nearest one above)"},
		&cli.StringFlag{Name: "notice-lang", Category: catChecking,
			Usage: "the notices' `LANG`, fi, sv or en, instead of detecting it"},
		&cli.StringFlag{Name: "controller", Category: catChecking,
			Usage: "the controller's `KIND`: public (an authority) or private, instead of detecting it"},
		&cli.StringFlag{Name: "pdf-engine", Category: catReading, Value: "builtin",
			Usage: "PDF text extraction `ENGINE`: builtin or pdftotext (poppler, when installed)"},
		&cli.DurationFlag{Name: "timeout", Category: catReading, Value: 30 * time.Second,
			Usage: "give up on a URL after this `DURATION`"},
		&cli.StringFlag{Name: "max-bytes", Category: catReading, Value: "64MiB",
			Usage: "skip inputs larger than `SIZE` (bytes, or with KiB, MiB, GiB)"},
	}
}

// checkOptions reads the flags of readingFlags.
func checkOptions(cmd *cli.Command, e *env) (analyzer.Options, extract.Options, error) {
	name := cmd.FullName()
	lang, err := messageLang(cmd, e.getenv)
	if err != nil {
		return analyzer.Options{}, extract.Options{}, usageError(name, "%v", err)
	}
	lint := analyzer.Options{MessageLang: lang, NoticeLang: cmd.String("notice-lang"), Controller: cmd.String("controller")}
	if l := lint.NoticeLang; l != "" && !slices.Contains(languages, l) {
		return lint, extract.Options{}, usageError(name, "unknown --notice-lang %q (want fi, sv or en)", l)
	}
	if c := lint.Controller; c != "" && c != "public" && c != "private" {
		return lint, extract.Options{}, usageError(name, "unknown --controller %q (want public or private)", c)
	}
	pdf := cmd.String("pdf-engine")
	if pdf != "builtin" && pdf != "pdftotext" {
		return lint, extract.Options{}, usageError(name, "unknown --pdf-engine %q (want builtin or pdftotext)", pdf)
	}
	if cmd.Duration("timeout") <= 0 {
		return lint, extract.Options{}, usageError(name, "--timeout must be positive, not %v", cmd.Duration("timeout"))
	}
	maxBytes, err := parseSize(cmd.String("max-bytes"))
	if err != nil {
		return lint, extract.Options{}, usageError(name, "--max-bytes: %v", err)
	}
	read := extract.Options{MaxBytes: maxBytes, HTTPTimeout: cmd.Duration("timeout"), PDFEngine: pdf, UserAgent: extract.UserAgentFor(versionString())}
	return lint, read, nil
}

// withConfigFile merges --config (or the .seloste.yaml found) under the
// command line as lint does: rule severities and disabled rules, the
// message language and --fail-on unless given as flags, and the
// controller kind by path. It returns the options for input.
func withConfigFile(cmd *cli.Command, e *env, engine *analyzer.Engine, lint analyzer.Options, failOn analyzer.Severity) (*lintConfig, error) {
	cfg := &lintConfig{
		configFile: cmd.String("config"),
		lint:       lint,
		failOn:     failOn,
		failOnSet:  cmd.IsSet("fail-on"),
		langSet:    cmd.IsSet("lang") || e.getenv("SELOSTE_LANG") != "",
	}
	if err := applyConfigFile(cfg, engine); err != nil {
		return nil, &exitError{code: exitUsage, err: err}
	}
	return cfg, nil
}

// optionsFor are the lint options for one input: the controller kind the
// settings file gives its path, unless --controller is set.
func optionsFor(cfg *lintConfig, input string) analyzer.Options {
	opt := cfg.lint
	if opt.Controller == "" {
		opt.Controller = cfg.conf.ControllerFor(input)
	}
	return opt
}

// lintDocument lints a document that has been read, with the language the
// rules should use: the override, else what the reader found, else
// detection. A panic in a rule becomes an error naming the input.
func lintDocument(engine *analyzer.Engine, doc *analyzer.Document, opt analyzer.Options) (res *analyzer.Result, err error) {
	defer func() {
		if p := recover(); p != nil {
			res, err = nil, fmt.Errorf("%s: internal error while checking (please report it): %v", doc.Path, p)
		}
	}()
	if opt.NoticeLang != "" {
		doc.Lang = opt.NoticeLang
	} else if doc.Lang == "" {
		doc.Lang = analyzer.DetectLanguage(doc.Text)
	}
	r := engine.Lint(doc, opt)
	return &r, nil
}

func diffCommand(e *env, onUsageError cli.OnUsageErrorFunc) *cli.Command {
	return &cli.Command{
		Name:      "diff",
		Usage:     "compare a draft with the published notice: changed words, fixed and new findings",
		ArgsUsage: "OLD NEW",
		Description: `Compares two versions of a notice, in any formats (the published PDF and
a DOCX draft, a URL and a file, ...): the words that changed, the findings
the new version fixes, introduces and keeps (matched by rule and quoted
text), and the checklist of the 21 information items before and after.

Examples:
  seloste diff https://example.fi/tietosuojaseloste.pdf luonnos.docx
  seloste diff --format json vanha.txt uusi.txt

Exit codes: 0 the new version introduces nothing at or above --fail-on;
1 it does; 2 usage error; 3 an input could not be read.`,
		OnUsageError: onUsageError,
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Category: catOutput, Value: "text",
				Usage: "output `FORMAT`: text or json"},
			&cli.StringFlag{Name: "fail-on", Category: catChecking, Value: "error",
				Usage: "exit 1 when the new version introduces a finding of this `SEVERITY` or worse: error, warning, info or none"},
			noColorFlag(),
		}, readingFlags()...),
		Action: func(ctx context.Context, cmd *cli.Command) error {
			name := cmd.FullName()
			if cmd.Args().Len() != 2 {
				return usageError(name, "want two notices, the old and the new version, not %d", cmd.Args().Len())
			}
			if cmd.Args().Get(0) == "-" && cmd.Args().Get(1) == "-" {
				return usageError(name, "only one of the two notices can be standard input")
			}
			format := cmd.String("format")
			if format != "text" && format != "json" {
				return usageError(name, "unknown --format %q (want text or json)", format)
			}
			failOn, err := analyzer.ParseSeverity(cmd.String("fail-on"))
			if err != nil {
				return usageError(name, "--fail-on: %v", err)
			}
			lintOpt, readOpt, err := checkOptions(cmd, e)
			if err != nil {
				return err
			}
			engine, err := e.newEngine()
			if err != nil {
				return &exitError{code: exitUsage, err: fmt.Errorf("loading the rules: %w", err)}
			}
			cfg, err := withConfigFile(cmd, e, engine, lintOpt, failOn)
			if err != nil {
				return err
			}
			lintOpt, failOn = cfg.lint, cfg.failOn
			var results [2]*analyzer.Result
			for i, input := range cmd.Args().Slice() {
				doc, err := e.source.read(ctx, input, e.stdin, readOpt)
				if err != nil {
					return &exitError{code: exitUnreadable, err: err}
				}
				if results[i], err = lintDocument(engine, doc, optionsFor(cfg, input)); err != nil {
					return &exitError{code: exitUnreadable, err: err}
				}
			}
			rv := review.Compare(results[0], results[1])
			if format == "json" {
				err = review.WriteJSON(e.stdout, rv, versionString())
			} else {
				color := !cmd.Bool("no-color") && e.getenv("NO_COLOR") == "" && e.isTerminal(e.stdout)
				err = review.WriteText(e.stdout, rv, review.TextOptions{Color: color, Lang: lintOpt.MessageLang})
			}
			if err != nil {
				return &exitError{code: exitUsage, err: fmt.Errorf("writing the review: %w", err)}
			}
			if rv.IntroducesAtLeast(failOn) {
				return &exitError{code: exitFindings}
			}
			return nil
		},
	}
}
