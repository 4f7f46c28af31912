package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/urfave/cli/v3"

	"github.com/seloste/seloste/analyzer"
	"github.com/seloste/seloste/analyzer/extract"
	"github.com/seloste/seloste/analyzer/fix"
)

func fixCommand(e *env, onUsageError cli.OnUsageErrorFunc) *cli.Command {
	return &cli.Command{
		Name:      "fix",
		Usage:     "show the mechanical corrections of a notice as a diff, and the paragraphs it lacks",
		ArgsUsage: "FILE|URL|-",
		Description: `Shows, as a unified diff, the corrections seloste can make without a
person's judgement: the repealed henkilötietolaki and 523/1999 replaced by
tietosuojalaki and 1050/2018 (keeping the inflection), the Ombudsman's old
address, Privacy Shield, the "rekisteriseloste" title, the Swedish
"registeransvarig". Each hunk names the rule it fixes. Below the diff come
the corrections that could not be made, and the paragraphs to add for the
missing items, with «placeholders» to fill in.

With --write a text or HTML file is corrected in place: only the flagged
words change, the markup, line endings and encoding stay. PDF and DOCX
cannot be written: apply the diff to the source document.

Examples:
  seloste fix tietosuojaseloste.html
  seloste fix --write tietosuojaseloste.html

Exit codes: 0 done; 2 usage error (also --write on a PDF, DOCX, URL or
standard input); 3 the notice could not be read or written.`,
		OnUsageError: onUsageError,
		Flags: append([]cli.Flag{
			&cli.BoolFlag{Name: "write", Aliases: []string{"w"}, Category: catOutput,
				Usage: "correct the file in place (text and HTML only) instead of printing the diff"},
			noColorFlag(),
		}, readingFlags()...),
		Action: func(ctx context.Context, cmd *cli.Command) error {
			name := cmd.FullName()
			if cmd.Args().Len() != 1 {
				return usageError(name, "want one notice, not %d", cmd.Args().Len())
			}
			input := cmd.Args().First()
			lintOpt, readOpt, err := checkOptions(cmd, e)
			if err != nil {
				return err
			}
			engine, err := e.newEngine()
			if err != nil {
				return &exitError{code: exitUsage, err: fmt.Errorf("loading the rules: %w", err)}
			}
			cfg, err := withConfigFile(cmd, e, engine, lintOpt, 0)
			if err != nil {
				return err
			}
			lintOpt = cfg.lint
			// A file is read once: the same bytes are linted and edited.
			var src []byte
			var doc *analyzer.Document
			if isFile(input) {
				if src, err = os.ReadFile(input); err != nil {
					return &exitError{code: exitUnreadable, err: err}
				}
				doc, err = extract.Parse(input, src, "", readOpt)
			} else {
				doc, err = e.source.read(ctx, input, e.stdin, readOpt)
			}
			if err != nil {
				return &exitError{code: exitUnreadable, err: err}
			}
			res, err := lintDocument(engine, doc, optionsFor(cfg, input))
			if err != nil {
				return &exitError{code: exitUnreadable, err: err}
			}
			plan, err := fix.Prepare(res, src)
			if err != nil {
				return &exitError{code: exitUnreadable, err: err}
			}

			if cmd.Bool("write") {
				data, err := plan.Bytes()
				if errors.Is(err, fix.ErrNotWritable) {
					return usageError(name, "%v", err)
				}
				if err != nil {
					return &exitError{code: exitUnreadable, err: err}
				}
				if len(plan.Edits) > 0 {
					if err := fix.WriteFile(input, data); err != nil {
						return &exitError{code: exitUnreadable, err: fmt.Errorf("writing %s: %w", input, err)}
					}
				}
				fmt.Fprintf(e.stderr, "seloste: %s: %s\n", input, corrected(plan))
			} else {
				var b strings.Builder
				if err := plan.WriteDiff(&b); err != nil {
					return err
				}
				color := !cmd.Bool("no-color") && e.getenv("NO_COLOR") == "" && e.isTerminal(e.stdout)
				fmt.Fprint(e.stdout, colorDiff(b.String(), color))
				if len(plan.Edits) == 0 {
					fmt.Fprintf(e.stderr, "seloste: %s: no mechanical corrections\n", plan.Path)
				}
			}
			if err := plan.WriteNotes(e.stdout, lintOpt.MessageLang); err != nil {
				return err
			}
			return nil
		},
	}
}

// isFile reports an input that names a file (not "-" or a URL).
func isFile(input string) bool {
	if input == "-" || strings.Contains(input, "://") {
		return false
	}
	fi, err := os.Stat(input)
	return err == nil && fi.Mode().IsRegular()
}

// corrected sums up what --write did.
func corrected(p *fix.Plan) string {
	if len(p.Edits) == 0 {
		return "nothing to correct mechanically"
	}
	var rules []string
	for _, e := range p.Edits {
		if !strings.Contains(strings.Join(rules, ","), e.Rule) {
			rules = append(rules, e.Rule)
		}
	}
	s := fmt.Sprintf("%d corrections (%s) written", len(p.Edits), strings.Join(rules, ", "))
	if len(p.Edits) == 1 {
		s = fmt.Sprintf("1 correction (%s) written", rules[0])
	}
	return s
}

// colorDiff colours a unified diff for a terminal: removed lines red,
// added green, hunk headers cyan.
func colorDiff(s string, on bool) string {
	if !on {
		return s
	}
	lines := strings.SplitAfter(s, "\n")
	for i, l := range lines {
		body := strings.TrimRight(l, "\r\n")
		code := ""
		switch {
		case strings.HasPrefix(l, "---"), strings.HasPrefix(l, "+++"):
			code = "1"
		case strings.HasPrefix(l, "@@"):
			code = "36"
		case strings.HasPrefix(l, "-"):
			code = "31"
		case strings.HasPrefix(l, "+"):
			code = "32"
		}
		if code != "" {
			lines[i] = "\x1b[" + code + "m" + body + "\x1b[0m" + l[len(body):]
		}
	}
	return strings.Join(lines, "")
}
