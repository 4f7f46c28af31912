package main

import (
	"context"
	"fmt"

	"github.com/urfave/cli/v3"

	"github.com/seloste/seloste/analyzer"
	"github.com/seloste/seloste/analyzer/eval"
	"github.com/seloste/seloste/analyzer/extract"
)

func evalCommand(e *env, onUsageError cli.OnUsageErrorFunc) *cli.Command {
	return &cli.Command{
		Name:      "eval",
		Usage:     "score the rules against the hand-labelled corpus",
		ArgsUsage: "[DIR]",
		Description: `Lints every notice in DIR/notices (default DIR: corpus) and compares the
findings with the labels in DIR/labels: per-rule true and false positives
and negatives, precision and recall, and the totals. A predicted violation
is a finding of severity error or warning.

Examples:
  seloste eval
  seloste eval --detail corpus
  seloste eval --min-precision 0.9 --min-recall 0.8   in CI`,
		OnUsageError: onUsageError,
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "detail", Usage: "list every false positive and false negative with its evidence"},
			&cli.FloatFlag{Name: "min-precision", Usage: "exit 1 when the total precision is below this (0 to 1)"},
			&cli.FloatFlag{Name: "min-recall", Usage: "exit 1 when the total recall is below this (0 to 1)"},
		},
		Action: func(ctx context.Context, cmd *cli.Command) error {
			name := cmd.FullName()
			if cmd.Args().Len() > 1 {
				return usageError(name, "give at most one corpus folder")
			}
			dir := "corpus"
			if cmd.Args().Len() == 1 {
				dir = cmd.Args().First()
			}
			minP, minR := cmd.Float("min-precision"), cmd.Float("min-recall")
			if minP < 0 || minP > 1 || minR < 0 || minR > 1 {
				return usageError(name, "--min-precision and --min-recall are between 0 and 1")
			}
			engine, err := e.newEngine()
			if err != nil {
				return &exitError{code: exitUsage, err: fmt.Errorf("loading the rules: %w", err)}
			}
			// Messages in English: eval compares rule ids, not wording.
			l := &linter{engine: engine, src: e.source, stdin: e.stdin,
				lint: analyzer.Options{MessageLang: "en"},
				read: extract.Options{UserAgent: extract.UserAgentFor(versionString())}}
			scores, err := eval.Run(dir, func(path string) analyzer.Result { return l.lintOne(ctx, path) })
			if err != nil {
				return &exitError{code: exitUsage, err: err, cmd: name}
			}
			scores.Print(e.stdout, cmd.Bool("detail"))
			total := scores.Total()
			if p := total.Precision(); p < minP {
				return &exitError{code: exitFindings, err: fmt.Errorf("precision %.3f is below --min-precision %.3f", p, minP)}
			}
			if r := total.Recall(); r < minR {
				return &exitError{code: exitFindings, err: fmt.Errorf("recall %.3f is below --min-recall %.3f", r, minR)}
			}
			return nil
		},
	}
}
