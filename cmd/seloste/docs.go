package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/urfave/cli/v3"

	"github.com/seloste/seloste/analyzer"
)

// `seloste rules` and `seloste explain`: the rule documentation, from each
// rule's RuleDoc.

func rulesCommand(e *env, onUsageError cli.OnUsageErrorFunc) *cli.Command {
	return &cli.Command{
		Name:         "rules",
		Usage:        "list the rules: id, default severity, article, title",
		OnUsageError: onUsageError,
		Flags:        []cli.Flag{langFlag()},
		Action: func(ctx context.Context, cmd *cli.Command) error {
			lang, err := messageLang(cmd, e.getenv)
			if err != nil {
				return usageError(cmd.FullName(), "%v", err)
			}
			engine, err := e.newEngine()
			if err != nil {
				return &exitError{code: exitUsage, err: fmt.Errorf("loading the rules: %w", err)}
			}
			return printRules(e.stdout, engine.Rules(), lang)
		},
	}
}

func printRules(w io.Writer, rules []analyzer.Rule, lang string) error {
	if len(rules) == 0 {
		_, err := fmt.Fprintln(w, "no rules registered")
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "RULE\tSEVERITY\tARTICLE\tTITLE")
	for _, r := range rules {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.ID(), r.Severity(), r.Article(), r.Doc().Title.In(lang))
	}
	return tw.Flush()
}

func explainCommand(e *env, onUsageError cli.OnUsageErrorFunc) *cli.Command {
	return &cli.Command{
		Name:      "explain",
		Usage:     "explain a rule: what it checks, the article, why it matters, an example fix",
		ArgsUsage: "RULE",
		Description: `Prints the rule's documentation in Finnish and English, or only in the
language --lang names. The ids are those 'seloste rules' lists and that
findings end with, e.g. [retention].

Example:
  seloste explain retention`,
		OnUsageError: onUsageError,
		Flags:        []cli.Flag{langFlag()},
		Action: func(ctx context.Context, cmd *cli.Command) error {
			name := cmd.FullName()
			if cmd.Args().Len() != 1 {
				return usageError(name, "give one rule id (see 'seloste rules')")
			}
			langs := []string{"fi", "en"}
			if cmd.IsSet("lang") {
				lang, err := messageLang(cmd, e.getenv)
				if err != nil {
					return usageError(name, "%v", err)
				}
				langs = []string{lang}
			}
			engine, err := e.newEngine()
			if err != nil {
				return &exitError{code: exitUsage, err: fmt.Errorf("loading the rules: %w", err)}
			}
			id := cmd.Args().First()
			r := engine.Rule(id)
			if r == nil {
				var ids []string
				for _, r := range engine.Rules() {
					ids = append(ids, r.ID())
				}
				if len(ids) == 0 {
					return usageError(name, "unknown rule %q (no rules registered)", id)
				}
				return usageError(name, "unknown rule %q; the rules are: %s", id, strings.Join(ids, ", "))
			}
			return explain(e.stdout, r, langs)
		},
	}
}

// explainHeadings are the section names of `seloste explain` per language.
var explainHeadings = map[string][6]string{
	"en": {"In English", "What it checks", "Why it matters", "Example fix", "default severity", "not documented in English yet"},
	"fi": {"Suomeksi", "Mitä sääntö tarkistaa", "Miksi sillä on väliä", "Esimerkkikorjaus", "oletusvakavuus", "ei vielä kuvattu suomeksi"},
	"sv": {"På svenska", "Vad regeln kontrollerar", "Varför det spelar roll", "Exempel på rättelse", "standardallvarlighet", "inte ännu beskriven på svenska"},
}

func explain(w io.Writer, r analyzer.Rule, langs []string) error {
	doc := r.Doc()
	var b strings.Builder
	fmt.Fprintf(&b, "%s  (%s)\n", r.ID(), r.Article())
	for _, lang := range langs {
		h := explainHeadings[lang]
		// Exact language only: Text.In's fallback would show Finnish under
		// "In English".
		fmt.Fprintf(&b, "\n%s  [%s: %s]\n", strings.TrimSuffix(h[0]+": "+doc.Title[lang], ": "), h[4], r.Severity())
		written := false
		for _, sec := range []struct {
			heading string
			text    analyzer.Text
		}{{h[1], doc.Checks}, {h[2], doc.Why}, {h[3], doc.Fix}} {
			text := strings.TrimSpace(sec.text[lang])
			if text == "" {
				continue
			}
			written = true
			fmt.Fprintf(&b, "  %s:\n", sec.heading)
			for _, para := range strings.Split(text, "\n") {
				for _, line := range wrap(para, 74) {
					fmt.Fprintf(&b, "    %s\n", line)
				}
			}
		}
		if !written {
			fmt.Fprintf(&b, "  (%s)\n", h[5])
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// wrap breaks s into lines of at most width runes at spaces (a longer word
// gets a line of its own).
func wrap(s string, width int) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(s) {
		switch {
		case line == "":
			line = word
		case utf8.RuneCountInString(line)+1+utf8.RuneCountInString(word) <= width:
			line += " " + word
		default:
			lines = append(lines, line)
			line = word
		}
	}
	if line != "" || len(lines) == 0 {
		lines = append(lines, line)
	}
	return lines
}
