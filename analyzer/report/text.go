package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/fatih/color"

	"github.com/seloste/seloste/analyzer"
)

// Text writes results for a person at a terminal, compiler style, so that
// editors and grep can jump to a finding:
//
//	path  (format, language, controller)             header, not with Quiet
//	path: severity: message [rule]                   whole-document finding
//	path:line:col: severity: message [rule]          finding at a place
//	path:line:col: severity: message [rule] (p. 3)   ... in a PDF, with page
//	    > "quoted evidence"
//	    fix: suggested text                          not with Quiet
//	  2 errors, 1 warning, 0 info; 14/21 elements present
//
// The page goes last so that the "path:line:col:" prefix stays parseable.
// An unreadable input prints "path: error: reason". Severity words and rule
// ids stay English (they are what scripts match); summaries and the
// checklist follow Options.Lang.
func Text(w io.Writer, results []analyzer.Result, opt Options) error {
	t := newTextWriter(w, opt)
	var total counts
	failed := 0
	for i := range results {
		r := &results[i]
		if i > 0 && !opt.Quiet {
			t.printf("\n")
		}
		if r.Err != nil {
			failed++
			t.printf("%s: %s %s\n", t.path.Sprint(r.Path), t.sev[analyzer.Error].Sprint("error:"), errorText(r))
			continue
		}
		var c counts
		c.add(r.Findings)
		total.add(r.Findings)
		t.document(r, c)
	}
	if !opt.Quiet && len(results) > 0 {
		t.printf("\n%s\n", t.words.total(len(results), total, failed))
	}
	return t.err
}

// textWriter carries the colours, the words and the first write error.
type textWriter struct {
	w     io.Writer
	opt   Options
	words textWords
	err   error

	path, header, faint, ok, missing *color.Color
	sev                              map[analyzer.Severity]*color.Color
}

// Colorizer returns a constructor of colours that are on or off as
// enabled says. Each colour is switched by itself: the fatih/color global
// (NO_COLOR, terminal detection of os.Stdout) is not a writer's to decide,
// since it may write to a file.
func Colorizer(enabled bool) func(attrs ...color.Attribute) *color.Color {
	return func(attrs ...color.Attribute) *color.Color {
		col := color.New(attrs...)
		if enabled {
			col.EnableColor()
		} else {
			col.DisableColor()
		}
		return col
	}
}

// SeverityColors is the colour of each severity in text output, made with
// a constructor from Colorizer: the lint report and the diff share it.
func SeverityColors(c func(attrs ...color.Attribute) *color.Color) map[analyzer.Severity]*color.Color {
	return map[analyzer.Severity]*color.Color{
		analyzer.Error:   c(color.FgRed, color.Bold),
		analyzer.Warning: c(color.FgYellow, color.Bold),
		analyzer.Info:    c(color.FgCyan, color.Bold),
	}
}

func newTextWriter(w io.Writer, opt Options) *textWriter {
	c := Colorizer(opt.Color)
	return &textWriter{
		w: w, opt: opt, words: wordsFor(opt.Lang),
		path:    c(color.Bold),
		header:  c(color.Bold, color.Underline),
		faint:   c(color.Faint),
		ok:      c(color.FgGreen),
		missing: c(color.FgRed),
		sev:     SeverityColors(c),
	}
}

func (t *textWriter) printf(format string, a ...any) {
	if t.err == nil {
		_, t.err = fmt.Fprintf(t.w, format, a...)
	}
}

func (t *textWriter) document(r *analyzer.Result, c counts) {
	els := elements(r)
	if !t.opt.Quiet {
		var about []string
		for _, s := range []string{string(r.Format), language(r), r.Controller} {
			if s != "" {
				about = append(about, s)
			}
		}
		t.printf("%s  %s\n", t.header.Sprint(r.Path), t.faint.Sprint("("+strings.Join(about, ", ")+")"))
	}
	for _, f := range r.Findings {
		t.finding(r, f)
	}
	if t.opt.Checklist {
		t.checklist(r, els)
	}
	if !t.opt.Quiet {
		present, applicable := presence(els)
		t.printf("  %s; %s\n", t.words.counts(c), t.words.present(present, applicable))
	}
}

func (t *textWriter) finding(r *analyzer.Result, f analyzer.Finding) {
	pos := r.Position(f.Span)
	place := r.Path
	if pos.Line > 0 {
		place = fmt.Sprintf("%s:%d:%d", r.Path, pos.Line, pos.Column)
	}
	sev, ok := t.sev[f.Severity]
	if !ok {
		sev = t.faint
	}
	page := ""
	if pos.Page > 0 {
		page = fmt.Sprintf(" (p. %d)", pos.Page)
	}
	msg := f.Message
	if msg != "" {
		msg += " "
	}
	t.printf("%s: %s %s%s%s\n", t.path.Sprint(place), sev.Sprint(f.Severity.String()+":"),
		msg, t.faint.Sprint("["+f.Rule+"]"), page)
	if f.Quote != "" {
		// %q: a quote is untrusted notice text; escape control characters
		// rather than send them to a terminal.
		t.printf("    > %q\n", f.Quote)
	}
	if f.Suggestion != "" && !t.opt.Quiet {
		t.printf("    %s %s\n", t.faint.Sprint("fix:"), indentRest(f.Suggestion, "         "))
	}
}

func (t *textWriter) checklist(r *analyzer.Result, els []analyzer.Element) {
	t.printf("  %s:\n", t.words.checklist)
	width := 0
	for _, el := range els {
		width = max(width, len(el.ID))
	}
	for _, el := range els {
		// Padded only where something follows, to leave no trailing space.
		id := fmt.Sprintf("%-*s", width, el.ID)
		switch {
		case !el.Applicable:
			t.printf("    %s %s  %s\n", t.faint.Sprint("–"), t.faint.Sprint(id), t.faint.Sprint(t.words.notApplicable))
		case el.Present:
			where := ""
			if pos := r.Position(el.Span); pos.Line > 0 {
				where = fmt.Sprintf("%s %d", t.words.line, pos.Line)
				if pos.Page > 0 {
					where += fmt.Sprintf(", %s %d", t.words.page, pos.Page)
				}
			}
			if el.Quote != "" {
				if where != "" {
					where += ": "
				}
				where += fmt.Sprintf("%q", el.Quote)
			}
			if where == "" {
				id = el.ID
			}
			t.printf("    %s %s\n", t.ok.Sprint("✔"), strings.TrimRight(id+"  "+where, " "))
		default:
			t.printf("    %s %s\n", t.missing.Sprint("✗"), el.ID)
		}
	}
}

// presence counts the applicable elements and those of them present.
func presence(els []analyzer.Element) (present, applicable int) {
	for _, el := range els {
		if el.Applicable {
			applicable++
			if el.Present {
				present++
			}
		}
	}
	return present, applicable
}

// errorText is the reason an input could not be read, without the input's
// name when the error already starts with it (errors carry their input).
func errorText(r *analyzer.Result) string {
	msg := r.Err.Error()
	if rest, ok := strings.CutPrefix(msg, r.Path+": "); ok && rest != "" {
		return rest
	}
	return msg
}

// indentRest indents every line of s but the first by prefix.
func indentRest(s, prefix string) string {
	return strings.ReplaceAll(strings.TrimRight(s, "\n"), "\n", "\n"+prefix)
}

// textWords are the words of the summaries and the checklist in one
// language.
type textWords struct {
	err, errs, warn, warns, info, infos  string
	notice, notices                      string
	presentFmt, unreadableFmt            string
	checklist, notApplicable, line, page string
}

var textLangs = map[string]textWords{
	"en": {
		err: "error", errs: "errors", warn: "warning", warns: "warnings", info: "info", infos: "info",
		notice: "notice", notices: "notices",
		presentFmt: "%d/%d elements present", unreadableFmt: "%d could not be read",
		checklist: "Checklist", notApplicable: "not applicable", line: "line", page: "p.",
	},
	"fi": {
		err: "virhe", errs: "virhettä", warn: "varoitus", warns: "varoitusta", info: "huomautus", infos: "huomautusta",
		notice: "seloste", notices: "selostetta",
		presentFmt: "%d/%d pakollista tietoa annettu", unreadableFmt: "%d ei voitu lukea",
		checklist: "Tarkistuslista", notApplicable: "ei sovellu", line: "rivi", page: "s.",
	},
	"sv": {
		err: "fel", errs: "fel", warn: "varning", warns: "varningar", info: "info", infos: "info",
		notice: "beskrivning", notices: "beskrivningar",
		presentFmt: "%d/%d obligatoriska uppgifter finns", unreadableFmt: "%d kunde inte läsas",
		checklist: "Checklista", notApplicable: "ej tillämplig", line: "rad", page: "s.",
	},
}

func wordsFor(lang string) textWords {
	if w, ok := textLangs[lang]; ok {
		return w
	}
	return textLangs["en"]
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

func (w textWords) counts(c counts) string {
	return plural(c.errors, w.err, w.errs) + ", " + plural(c.warnings, w.warn, w.warns) + ", " + plural(c.infos, w.info, w.infos)
}

func (w textWords) present(present, applicable int) string {
	return fmt.Sprintf(w.presentFmt, present, applicable)
}

func (w textWords) total(docs int, c counts, failed int) string {
	s := plural(docs, w.notice, w.notices) + ": " + w.counts(c)
	if failed > 0 {
		s += "; " + fmt.Sprintf(w.unreadableFmt, failed)
	}
	return s
}
