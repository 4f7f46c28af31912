package review

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/fatih/color"

	"github.com/seloste/seloste/analyzer"
	"github.com/seloste/seloste/analyzer/report"
)

// TextOptions steer the text form of a review.
type TextOptions struct {
	Color bool   // ANSI colours for a terminal
	Lang  string // language of headings: fi, sv or en
}

// WriteText writes a review for a person: the word diff as unified-diff
// hunks (-/+ lines with a few words of context around each change; with
// colour, the changed words stand out), then the findings the new version
// fixes, introduces and keeps, then the checklist old → new.
func WriteText(w io.Writer, rv *Review, opt TextOptions) error {
	t := newTextWriter(w, opt)
	t.printf("%s\n%s\n", t.del.Sprint("--- "+version(rv.Old)), t.ins.Sprint("+++ "+version(rv.New)))
	for i := range rv.Hunks {
		t.hunk(rv, &rv.Hunks[i])
	}
	if len(rv.Hunks) == 0 {
		t.printf("%s\n", t.faint.Sprint(t.words.sameText))
	} else {
		t.printf("%s\n", t.faint.Sprintf(t.words.counts, rv.Deleted, rv.Inserted))
	}

	t.printf("\n%s (%d)\n", t.head.Sprint(t.words.fixed), len(rv.Fixed))
	for _, f := range rv.Fixed {
		t.finding(rv.Old, f, true)
	}
	t.printf("\n%s (%d)\n", t.head.Sprint(t.words.introduced), len(rv.Introduced))
	for _, f := range rv.Introduced {
		t.finding(rv.New, f, true)
	}
	t.printf("\n%s (%d)\n", t.head.Sprint(t.words.unchanged), len(rv.Unchanged))
	for _, f := range rv.Unchanged {
		t.finding(rv.New, f, false)
	}

	t.printf("\n%s\n", t.head.Sprint(t.words.checklist))
	for _, e := range rv.Elements {
		arrow, id := t.faint.Sprint("→"), t.faint.Sprint(e.ID)
		if e.Changed() {
			arrow, id = "→", t.head.Sprint(e.ID)
		}
		t.printf("  %s %s %s  %s\n", t.mark(e.Old), arrow, t.mark(e.New), id)
	}
	return t.err
}

type textWriter struct {
	w     io.Writer
	words reviewWords
	err   error

	del, ins, delWord, insWord, hunkHead, head, faint, ok, missing *color.Color
	sev                                                            map[analyzer.Severity]*color.Color
}

func newTextWriter(w io.Writer, opt TextOptions) *textWriter {
	c := report.Colorizer(opt.Color)
	return &textWriter{
		w: w, words: wordsFor(opt.Lang),
		del: c(color.FgRed), ins: c(color.FgGreen),
		delWord: c(color.FgRed, color.Bold, color.ReverseVideo), insWord: c(color.FgGreen, color.Bold, color.ReverseVideo),
		hunkHead: c(color.FgCyan), head: c(color.Bold), faint: c(color.Faint),
		ok: c(color.FgGreen), missing: c(color.FgRed),
		sev: report.SeverityColors(c),
	}
}

func (t *textWriter) printf(format string, a ...any) {
	if t.err == nil {
		_, t.err = fmt.Fprintf(t.w, format, a...)
	}
}

func (t *textWriter) mark(s State) string {
	switch s {
	case Present:
		return t.ok.Sprint("✔")
	case NotApplicable:
		return t.faint.Sprint("–")
	}
	return t.missing.Sprint("✗")
}

// version names one side of the diff: path (format, language).
func version(r *analyzer.Result) string {
	about := []string{string(r.Format)}
	if r.Doc != nil && r.Doc.Lang != "" {
		about = append(about, r.Doc.Lang)
	}
	return r.Path + "  (" + strings.Join(about, ", ") + ")"
}

func (t *textWriter) hunk(rv *Review, h *Hunk) {
	t.printf("%s\n", t.hunkHead.Sprintf("@@ -%s +%s @@", lineRange(h.OldLine, h.OldLines), lineRange(h.NewLine, h.NewLines)))
	old := shownLines(rv.Old.Doc.Text, h.Old, t.delWord)
	new := shownLines(rv.New.Doc.Text, h.New, t.insWord)
	// Lines without a change are context, shown once: from the new
	// version, or from the old one when the new one only lost lines.
	ctx := new
	if !anyChanged(new) {
		ctx = old
	}
	lead, trail := unchangedEnds(ctx)
	oa, ot := unchangedEnds(old)
	na, nt := unchangedEnds(new)
	for _, l := range ctx[:lead] {
		t.printf(" %s\n", l.text)
	}
	for _, l := range old[oa : len(old)-ot] {
		t.printf("%s%s\n", t.del.Sprint("-"), l.text)
	}
	for _, l := range new[na : len(new)-nt] {
		t.printf("%s%s\n", t.ins.Sprint("+"), l.text)
	}
	for _, l := range ctx[len(ctx)-trail:] {
		t.printf(" %s\n", l.text)
	}
}

// lineRange is "9" or "9,3" as in a unified diff header.
func lineRange(first, count int) string {
	if count == 1 {
		return fmt.Sprint(first)
	}
	return fmt.Sprintf("%d,%d", first, count)
}

// shownLine is one line of a hunk as shown, and whether it changes.
type shownLine struct {
	text    string
	changed bool
}

// shownLines spells the tokens of one side of a hunk line by line: words
// spaced as in the text (adjacent, or one space), the changed ones in
// word's colour, "…" where the line goes on beyond the context shown.
func shownLines(text string, ms []Marked, word *color.Color) []shownLine {
	var out []shownLine
	var b, run strings.Builder // run: changed words waiting to be coloured as one
	flush := func() {
		if run.Len() > 0 {
			b.WriteString(word.Sprint(run.String()))
			run.Reset()
		}
	}
	changed := false
	for i, m := range ms {
		if i == 0 || m.Line != ms[i-1].Line {
			if i > 0 {
				flush()
				out = append(out, shownLine{endLine(text, ms[i-1].End, &b), changed})
			}
			b.Reset()
			changed = false
			if ls := strings.LastIndexByte(text[:m.Start], '\n') + 1; strings.TrimSpace(text[ls:m.Start]) != "" {
				b.WriteString("…")
			}
		} else if ms[i-1].End != m.Start {
			if m.Changed && ms[i-1].Changed {
				run.WriteByte(' ')
			} else {
				flush()
				b.WriteByte(' ')
			}
		}
		changed = changed || m.Changed || m.Touched
		if m.Changed {
			run.WriteString(m.Text)
		} else {
			flush()
			b.WriteString(m.Text)
		}
	}
	flush()
	if len(ms) > 0 {
		out = append(out, shownLine{endLine(text, ms[len(ms)-1].End, &b), changed})
	}
	return out
}

// endLine finishes a shown line that stops at byte end of text.
func endLine(text string, end int, b *strings.Builder) string {
	rest := text[end:]
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i]
	}
	if strings.TrimSpace(rest) != "" {
		b.WriteString("…")
	}
	return b.String()
}

func anyChanged(ls []shownLine) bool {
	for _, l := range ls {
		if l.changed {
			return true
		}
	}
	return false
}

// unchangedEnds counts the unchanged lines at the start and at the end of
// ls; all of them count as leading when none changes.
func unchangedEnds(ls []shownLine) (lead, trail int) {
	for lead < len(ls) && !ls[lead].changed {
		lead++
	}
	if lead == len(ls) {
		return lead, 0
	}
	for trail < len(ls)-lead && !ls[len(ls)-1-trail].changed {
		trail++
	}
	return lead, trail
}

func (t *textWriter) finding(r *analyzer.Result, f FindingChange, quote bool) {
	place := r.Path
	if f.Pos.Line > 0 {
		place = fmt.Sprintf("%s:%d:%d", r.Path, f.Pos.Line, f.Pos.Column)
	}
	sev, ok := t.sev[f.Finding.Severity]
	if !ok {
		sev = t.faint
	}
	msg := f.Finding.Message
	if msg != "" {
		msg += " "
	}
	t.printf("  %s: %s %s%s\n", place, sev.Sprint(f.Finding.Severity.String()+":"), msg, t.faint.Sprint("["+f.Finding.Rule+"]"))
	if quote && f.Finding.Quote != "" {
		t.printf("      > %q\n", f.Finding.Quote)
	}
}

type reviewWords struct {
	fixed, introduced, unchanged, checklist string
	sameText, counts                        string
}

var reviewLangs = map[string]reviewWords{
	"en": {fixed: "Fixed findings", introduced: "New findings", unchanged: "Unchanged findings",
		checklist: "Checklist (old → new)", sameText: "The texts have the same words.",
		counts: "%d words removed, %d added"},
	"fi": {fixed: "Korjatut havainnot", introduced: "Uudet havainnot", unchanged: "Ennallaan olevat havainnot",
		checklist: "Tarkistuslista (vanha → uusi)", sameText: "Teksteissä on samat sanat.",
		counts: "%d sanaa poistettu, %d lisätty"},
	"sv": {fixed: "Åtgärdade fynd", introduced: "Nya fynd", unchanged: "Oförändrade fynd",
		checklist: "Checklista (gammal → ny)", sameText: "Texterna har samma ord.",
		counts: "%d ord borttagna, %d tillagda"},
}

func wordsFor(lang string) reviewWords {
	if w, ok := reviewLangs[lang]; ok {
		return w
	}
	return reviewLangs["en"]
}

// The JSON form of a review is a contract like the lint report's: the
// field names and their order are fixed here, every field always present
// except old_line.

// JSONReview is the top level of `seloste diff --format json`.
type JSONReview struct {
	Tool     JSONTool      `json:"tool"`
	Old      JSONVersion   `json:"old"`
	New      JSONVersion   `json:"new"`
	Text     JSONText      `json:"text"`
	Findings JSONFindings  `json:"findings"`
	Elements []JSONElement `json:"elements"`
}

// JSONTool names the program that wrote the review.
type JSONTool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// JSONVersion is one of the two documents compared.
type JSONVersion struct {
	Path       string `json:"path"`
	Format     string `json:"format"`
	Language   string `json:"language"`
	Controller string `json:"controller"`
}

// JSONText sums up the word diff.
type JSONText struct {
	DeletedWords  int          `json:"deleted_words"`
	InsertedWords int          `json:"inserted_words"`
	Changes       []JSONChange `json:"changes"`
}

// JSONChange is one hunk: the lines it covers in each version and its
// removed and added words, spaced as in the text.
type JSONChange struct {
	OldLine  int    `json:"old_line"`
	OldLines int    `json:"old_lines"`
	NewLine  int    `json:"new_line"`
	NewLines int    `json:"new_lines"`
	Deleted  string `json:"deleted"`
	Inserted string `json:"inserted"`
}

// JSONFindings is the findings delta. A fixed finding's place is in the
// old version; a new or unchanged one's in the new version.
type JSONFindings struct {
	Fixed     []JSONFinding `json:"fixed"`
	New       []JSONFinding `json:"new"`
	Unchanged []JSONFinding `json:"unchanged"`
}

// JSONFinding is one finding; line 0 means the whole document. OldLine is
// the line in the old version of an unchanged finding at a place.
type JSONFinding struct {
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
	Article  string `json:"article"`
	Line     int    `json:"line"`
	Column   int    `json:"column"`
	Page     int    `json:"page"`
	Quote    string `json:"quote"`
	OldLine  int    `json:"old_line,omitempty"`
}

// JSONElement is a checklist item in both versions: "present", "missing"
// or "not-applicable".
type JSONElement struct {
	ID      string `json:"id"`
	Old     string `json:"old"`
	New     string `json:"new"`
	Changed bool   `json:"changed"`
}

// JSON returns the JSON form of a review.
func JSON(rv *Review, toolVersion string) JSONReview {
	out := JSONReview{
		Tool: JSONTool{Name: "seloste", Version: toolVersion},
		Old:  jsonVersion(rv.Old), New: jsonVersion(rv.New),
		Text: JSONText{DeletedWords: rv.Deleted, InsertedWords: rv.Inserted, Changes: []JSONChange{}},
		Findings: JSONFindings{
			Fixed: jsonFindings(rv.Fixed), New: jsonFindings(rv.Introduced), Unchanged: jsonFindings(rv.Unchanged),
		},
		Elements: []JSONElement{},
	}
	for i := range rv.Hunks {
		h := &rv.Hunks[i]
		out.Text.Changes = append(out.Text.Changes, JSONChange{
			OldLine: h.OldLine, OldLines: h.OldLines, NewLine: h.NewLine, NewLines: h.NewLines,
			Deleted: joinTokens(rv.Old.Doc.Text, h.Deleted()), Inserted: joinTokens(rv.New.Doc.Text, h.Inserted()),
		})
	}
	for _, e := range rv.Elements {
		out.Elements = append(out.Elements, JSONElement{ID: e.ID, Old: string(e.Old), New: string(e.New), Changed: e.Changed()})
	}
	return out
}

// WriteJSON writes the JSON form of a review, indented by two spaces.
func WriteJSON(w io.Writer, rv *Review, toolVersion string) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(JSON(rv, toolVersion))
}

func jsonVersion(r *analyzer.Result) JSONVersion {
	v := JSONVersion{Path: r.Path, Format: string(r.Format), Controller: r.Controller}
	if r.Doc != nil {
		v.Language = r.Doc.Lang
	}
	return v
}

func jsonFindings(fs []FindingChange) []JSONFinding {
	out := []JSONFinding{}
	for _, f := range fs {
		out = append(out, JSONFinding{
			Rule: f.Finding.Rule, Severity: f.Finding.Severity.String(), Message: f.Finding.Message,
			Article: f.Finding.Article, Line: f.Pos.Line, Column: f.Pos.Column, Page: f.Pos.Page,
			Quote: f.Finding.Quote, OldLine: f.OldPos.Line,
		})
	}
	return out
}

// joinTokens spells tokens as the text does: adjacent where the text has
// no space between them, else one space.
func joinTokens(text string, ts []Token) string {
	var b strings.Builder
	for i, tk := range ts {
		if i > 0 && ts[i-1].End != tk.Start {
			b.WriteByte(' ')
		}
		b.WriteString(tk.Text)
	}
	return b.String()
}
