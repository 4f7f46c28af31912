package main

import (
	"context"
	"fmt"

	"github.com/urfave/cli/v3"

	"github.com/seloste/seloste/rules"
)

// `seloste lexicon --grep` is hidden: it prints the lexicons' patterns as
// one extended regular expression for grep -i -E, the reference that
// scripts/bench.sh measures seloste's throughput against.
func lexiconCommand(e *env, onUsageError cli.OnUsageErrorFunc) *cli.Command {
	return &cli.Command{
		Name:         "lexicon",
		Usage:        "print the lexicon patterns (--grep: as one grep -E regular expression)",
		Hidden:       true,
		OnUsageError: onUsageError,
		Flags:        []cli.Flag{&cli.BoolFlag{Name: "grep", Usage: "print one extended regular expression for grep -i -E"}},
		Action: func(ctx context.Context, cmd *cli.Command) error {
			lex, err := rules.Lexicon()
			if err != nil {
				return &exitError{code: exitUsage, err: fmt.Errorf("loading the lexicons: %w", err)}
			}
			if cmd.Bool("grep") {
				_, err = fmt.Fprintln(e.stdout, lex.GrepPattern())
				return err
			}
			for _, c := range lex.Concepts() {
				for _, p := range lex.Patterns(c) {
					fmt.Fprintf(e.stdout, "%s\t%s\n", c, p)
				}
			}
			return nil
		},
	}
}
