package report

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
	"text/template"
	"time"

	"github.com/seloste/seloste/analyzer"
)

// The Markdown and HTML writers produce the same audit report for a folder
// scan, from the same model: totals, which rules fire in how many notices,
// a notice × element summary table, and a section per notice with its
// checklist and findings.

// audit is the report model both audit writers render.
type audit struct {
	L          auditWords
	Lang       string
	Date       string
	Version    string
	Documents  int // every input, readable or not
	Unreadable []auditUnreadable
	Errors     int
	Warnings   int
	Infos      int
	FailOn     string
	Failing    int // notices with a finding at or above FailOn
	Rules      []auditRuleRow
	Elements   []auditColumn
	Notices    []auditNotice
}

type auditUnreadable struct{ Path, Error string }

type auditRuleRow struct {
	ID, Title, Severity string
	Notices             int // notices with at least one finding of the rule
	Findings            int
}

type auditColumn struct{ ID, Title string }

type auditNotice struct {
	Path, Anchor, Format, Lang, Controller string
	Errors, Warnings, Infos, Missing       int
	Cells                                  []auditMark // one per element column
	Checklist                              []auditCheck
	Findings                               []auditFinding
}

// auditMark is a checklist state shown as a symbol and a word, never as a
// colour alone.
type auditMark struct {
	Symbol, Word, Class string
}

type auditCheck struct {
	ID, Title string
	Mark      auditMark
	Quote     string
	Where     string
}

type auditFinding struct {
	Rule, Severity, Article, Where, Message, Quote, Suggestion string
}

type auditWords struct {
	Title, Generated, Tool, Totals, Documents, Unreadable, Findings string
	Errors, Warnings, Infos, FailingFmt                             string
	RulesHeading, RulesIntro, Rule, Notices, Severity               string
	Summary, SummaryIntro, Notice, Missing, Legend                  string
	Present, Absent, NotApplicable                                  string
	Checklist, Element, State, Evidence, NoFindings                 string
	Where, Message, Quote, Fix, Article, WholeDocument              string
	Line, Page, Format, Language, Controller, Error                 string
	SortHint                                                        string
	ColErrors, ColWarnings, ColInfos                                string
	Severities                                                      map[string]string // severity name -> word
}

var auditLangs = map[string]auditWords{
	"en": {
		Title: "Privacy notice audit", Generated: "Generated", Tool: "seloste",
		Totals: "Totals", Documents: "Notices", Unreadable: "Unreadable inputs", Findings: "Findings",
		Errors: "errors", Warnings: "warnings", Infos: "info", FailingFmt: "%d of %d readable notices have findings at or above %s.",
		RulesHeading: "Findings by rule", RulesIntro: "How many notices have at least one finding of each rule.",
		Rule: "Rule", Notices: "Notices", Severity: "Severity",
		Summary: "Summary", SummaryIntro: "Which notice gives which mandatory information item.", Notice: "Notice", Missing: "Missing",
		Legend:  "✔ present, ✗ missing, – not applicable",
		Present: "present", Absent: "missing", NotApplicable: "not applicable",
		Checklist: "Checklist", Element: "Item", State: "State", Evidence: "Evidence", NoFindings: "No findings.",
		Where: "Where", Message: "Message", Quote: "Quote", Fix: "Suggested text", Article: "Article",
		WholeDocument: "whole notice", Line: "line", Page: "page",
		Format: "Format", Language: "Language", Controller: "Controller", Error: "Error",
		SortHint:  "Click a column heading to sort.",
		ColErrors: "Errors", ColWarnings: "Warnings", ColInfos: "Info",
		Severities: map[string]string{"error": "error", "warning": "warning", "info": "info"},
	},
	"fi": {
		Title: "Tietosuojaselosteiden tarkastus", Generated: "Luotu", Tool: "seloste",
		Totals: "Yhteenveto", Documents: "Selosteita", Unreadable: "Lukukelvottomat syötteet", Findings: "Havainnot",
		Errors: "virhettä", Warnings: "varoitusta", Infos: "huomautusta", FailingFmt: "%d/%d luettavasta selosteesta on havaintoja tasolla %s tai vakavampia.",
		RulesHeading: "Havainnot säännöittäin", RulesIntro: "Kuinka monessa selosteessa kukin sääntö havaitsi vähintään yhden puutteen.",
		Rule: "Sääntö", Notices: "Selosteita", Severity: "Vakavuus",
		Summary: "Tiivistelmä", SummaryIntro: "Mitkä pakolliset tiedot kukin seloste antaa.", Notice: "Seloste", Missing: "Puuttuu",
		Legend:  "✔ annettu, ✗ puuttuu, – ei sovellu",
		Present: "annettu", Absent: "puuttuu", NotApplicable: "ei sovellu",
		Checklist: "Tarkistuslista", Element: "Tieto", State: "Tila", Evidence: "Lainaus", NoFindings: "Ei havaintoja.",
		Where: "Kohta", Message: "Havainto", Quote: "Lainaus", Fix: "Ehdotettu teksti", Article: "Artikla",
		WholeDocument: "koko seloste", Line: "rivi", Page: "sivu",
		Format: "Muoto", Language: "Kieli", Controller: "Rekisterinpitäjä", Error: "Virhe",
		SortHint:  "Lajittele napsauttamalla sarakkeen otsikkoa.",
		ColErrors: "Virheet", ColWarnings: "Varoitukset", ColInfos: "Huomautukset",
		Severities: map[string]string{"error": "virhe", "warning": "varoitus", "info": "huomautus"},
	},
	"sv": {
		Title: "Granskning av dataskyddsbeskrivningar", Generated: "Skapad", Tool: "seloste",
		Totals: "Sammanfattning", Documents: "Beskrivningar", Unreadable: "Oläsbara indata", Findings: "Fynd",
		Errors: "fel", Warnings: "varningar", Infos: "info", FailingFmt: "%d av %d läsbara beskrivningar har fynd på nivån %s eller högre.",
		RulesHeading: "Fynd per regel", RulesIntro: "Hur många beskrivningar som har minst ett fynd för varje regel.",
		Rule: "Regel", Notices: "Beskrivningar", Severity: "Allvarlighet",
		Summary: "Översikt", SummaryIntro: "Vilka obligatoriska uppgifter varje beskrivning ger.", Notice: "Beskrivning", Missing: "Saknas",
		Legend:  "✔ finns, ✗ saknas, – ej tillämplig",
		Present: "finns", Absent: "saknas", NotApplicable: "ej tillämplig",
		Checklist: "Checklista", Element: "Uppgift", State: "Status", Evidence: "Citat", NoFindings: "Inga fynd.",
		Where: "Plats", Message: "Fynd", Quote: "Citat", Fix: "Föreslagen text", Article: "Artikel",
		WholeDocument: "hela beskrivningen", Line: "rad", Page: "sida",
		Format: "Format", Language: "Språk", Controller: "Personuppgiftsansvarig", Error: "Fel",
		SortHint:  "Klicka på en kolumnrubrik för att sortera.",
		ColErrors: "Fel", ColWarnings: "Varningar", ColInfos: "Info",
		Severities: map[string]string{"error": "fel", "warning": "varning", "info": "info"},
	},
}

// Sev is the word for a severity name.
func (w auditWords) Sev(name string) string {
	if s, ok := w.Severities[name]; ok {
		return s
	}
	return name
}

func auditWordsFor(lang string) (auditWords, string) {
	if w, ok := auditLangs[lang]; ok {
		return w, lang
	}
	return auditLangs["en"], "en"
}

// newAudit builds the report model. now is the report's date.
func newAudit(results []analyzer.Result, opt Options, now time.Time) *audit {
	a := &audit{Version: opt.Version, Date: now.UTC().Format("2006-01-02 15:04 MST"), Documents: len(results)}
	a.L, a.Lang = auditWordsFor(opt.Lang)
	if opt.FailOn > 0 {
		a.FailOn = opt.FailOn.String()
	}
	titles := map[string]string{}
	for _, r := range opt.Rules {
		if t := r.Doc().Title.In(a.Lang); t != "" {
			titles[r.ID()] = t
		}
	}
	for _, id := range analyzer.ElementIDs() {
		a.Elements = append(a.Elements, auditColumn{ID: id, Title: titles[id]})
	}
	rules := map[string]*auditRuleRow{}
	// The report's own section ids are taken.
	used := map[string]bool{"totals": true, "rules": true, "summary": true, "unreadable": true}
	for i := range results {
		r := &results[i]
		if r.Err != nil {
			a.Unreadable = append(a.Unreadable, auditUnreadable{Path: r.Path, Error: r.Err.Error()})
			continue
		}
		n := auditNotice{Path: r.Path, Anchor: anchorFor(r.Path, used), Format: string(r.Format), Controller: r.Controller}
		if r.Doc != nil {
			n.Lang = language(r)
		}
		byID := map[string]analyzer.Element{}
		for _, el := range r.Elements {
			byID[el.ID] = el
		}
		for _, col := range a.Elements {
			el, ok := byID[col.ID]
			if !ok {
				el = analyzer.Element{ID: col.ID, Applicable: true}
			}
			m := a.mark(el)
			if m.Class == "absent" {
				n.Missing++
			}
			n.Cells = append(n.Cells, m)
			c := auditCheck{ID: col.ID, Title: col.Title, Mark: m, Quote: el.Quote}
			if el.Present && !el.Span.IsZero() {
				c.Where = a.where(r, el.Span)
			}
			n.Checklist = append(n.Checklist, c)
		}
		seen := map[string]bool{}
		failing := false
		for _, f := range r.Findings {
			switch f.Severity {
			case analyzer.Error:
				n.Errors++
			case analyzer.Warning:
				n.Warnings++
			case analyzer.Info:
				n.Infos++
			}
			if opt.FailOn > 0 && f.Severity >= opt.FailOn {
				failing = true
			}
			row := rules[f.Rule]
			if row == nil {
				row = &auditRuleRow{ID: f.Rule, Title: titles[f.Rule], Severity: f.Severity.String()}
				rules[f.Rule] = row
			}
			row.Findings++
			if f.Severity > mustSeverity(row.Severity) {
				row.Severity = f.Severity.String()
			}
			if !seen[f.Rule] {
				seen[f.Rule] = true
				row.Notices++
			}
			n.Findings = append(n.Findings, auditFinding{
				Rule: f.Rule, Severity: f.Severity.String(), Article: f.Article,
				Where: a.where(r, f.Span), Message: f.Message, Quote: f.Quote, Suggestion: f.Suggestion,
			})
		}
		if failing {
			a.Failing++
		}
		a.Errors += n.Errors
		a.Warnings += n.Warnings
		a.Infos += n.Infos
		a.Notices = append(a.Notices, n)
	}
	for _, row := range rules {
		a.Rules = append(a.Rules, *row)
	}
	sort.Slice(a.Rules, func(i, j int) bool {
		if a.Rules[i].Notices != a.Rules[j].Notices {
			return a.Rules[i].Notices > a.Rules[j].Notices
		}
		return a.Rules[i].ID < a.Rules[j].ID
	})
	return a
}

// FailingText says how many notices fail at the --fail-on level.
func (a *audit) FailingText() string {
	return fmt.Sprintf(a.L.FailingFmt, a.Failing, len(a.Notices), a.L.Sev(a.FailOn))
}

func mustSeverity(s string) analyzer.Severity {
	sev, _ := analyzer.ParseSeverity(s)
	return sev
}

func (a *audit) mark(el analyzer.Element) auditMark {
	switch {
	case el.Present:
		return auditMark{Symbol: "✔", Word: a.L.Present, Class: "present"}
	case !el.Applicable:
		return auditMark{Symbol: "–", Word: a.L.NotApplicable, Class: "na"}
	}
	return auditMark{Symbol: "✗", Word: a.L.Absent, Class: "absent"}
}

// where is "line 5", "line 5, page 2", or "whole notice" for a zero span.
func (a *audit) where(r *analyzer.Result, sp analyzer.Span) string {
	pos := r.Position(sp)
	if pos.Line == 0 {
		return a.L.WholeDocument
	}
	s := fmt.Sprintf("%s %d", a.L.Line, pos.Line)
	if pos.Page > 0 {
		s += fmt.Sprintf(", %s %d", a.L.Page, pos.Page)
	}
	return s
}

// anchorFor makes a unique fragment id for a notice from its path.
func anchorFor(path string, used map[string]bool) string {
	var b strings.Builder
	b.WriteString("notice-")
	dash := false
	for _, r := range strings.ToLower(path) {
		switch r {
		case 'ä', 'å':
			r = 'a'
		case 'ö':
			r = 'o'
		}
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			dash = false
		} else if !dash {
			b.WriteByte('-')
			dash = true
		}
	}
	base := strings.TrimRight(b.String(), "-")
	id := base
	for i := 2; used[id]; i++ {
		id = fmt.Sprintf("%s-%d", base, i)
	}
	used[id] = true
	return id
}

// Markdown writes the audit report as GitHub-flavoured Markdown.
func Markdown(w io.Writer, results []analyzer.Result, opt Options) error {
	return writeMarkdown(w, results, opt, time.Now())
}

func writeMarkdown(w io.Writer, results []analyzer.Result, opt Options, now time.Time) error {
	return markdownTemplate().Execute(w, newAudit(results, opt, now))
}

// md escapes text from a notice for Markdown: it stays on one line, cannot
// break a table cell, and renders no markup or raw HTML.
func md(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		case '\\', '`', '*', '_', '[', ']', '|', '#', '!', '~':
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// markdownTemplate is parsed on first use: a lint run that writes no Markdown
// report should not pay for it at start-up.
var markdownTemplate = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("markdown").Funcs(template.FuncMap{
		"md": md,
	}).Parse(`# {{.L.Title}}

{{.L.Generated}} {{.Date}} · {{.L.Tool}} {{with .Version}}{{.}}{{else}}(devel){{end}}

## {{.L.Totals}}

| | |
|---|---:|
| {{.L.Documents}} | {{.Documents}} |
| {{.L.Unreadable}} | {{len .Unreadable}} |
| {{.L.Findings}}: {{.L.ColErrors}} | {{.Errors}} |
| {{.L.Findings}}: {{.L.ColWarnings}} | {{.Warnings}} |
| {{.L.Findings}}: {{.L.ColInfos}} | {{.Infos}} |
{{if .FailOn}}
{{.FailingText}}
{{end}}
## {{.L.RulesHeading}}

{{.L.RulesIntro}}

| {{.L.Rule}} | {{.L.Severity}} | {{.L.Notices}} | {{.L.Findings}} |
|---|---|---:|---:|
{{range .Rules}}| ` + "`{{.ID}}`" + `{{with .Title}} {{md .}}{{end}} | {{$.L.Sev .Severity}} | {{.Notices}} | {{.Findings}} |
{{end}}
## {{.L.Summary}}

{{.L.SummaryIntro}} {{.L.Legend}}.

| {{.L.Notice}} | {{.L.ColErrors}} | {{.L.ColWarnings}} | {{.L.Missing}} |{{range .Elements}} {{.ID}} |{{end}}
|---|---:|---:|---:|{{range .Elements}}:-:|{{end}}
{{range .Notices}}| [{{md .Path}}](#{{.Anchor}}) | {{.Errors}} | {{.Warnings}} | {{.Missing}} |{{range .Cells}} {{.Symbol}} |{{end}}
{{end}}{{if .Unreadable}}
## {{.L.Unreadable}}

{{range .Unreadable}}- {{md .Path}}: {{md .Error}}
{{end}}{{end}}{{$L := .L}}{{range .Notices}}
<a id="{{.Anchor}}"></a>

## {{md .Path}}

{{$L.Format}}: {{.Format}}{{with .Lang}} · {{$L.Language}}: {{.}}{{end}}{{with .Controller}} · {{$L.Controller}}: {{.}}{{end}} · {{$L.ColErrors}}: {{.Errors}} · {{$L.ColWarnings}}: {{.Warnings}} · {{$L.ColInfos}}: {{.Infos}}

### {{$L.Checklist}}

| {{$L.Element}} | {{$L.State}} | {{$L.Evidence}} |
|---|---|---|
{{range .Checklist}}| ` + "`{{.ID}}`" + ` | {{.Mark.Symbol}} {{.Mark.Word}} | {{with .Quote}}“{{md .}}”{{end}}{{with .Where}} ({{.}}){{end}} |
{{end}}
### {{$L.Findings}}
{{if not .Findings}}
{{$L.NoFindings}}
{{end}}{{range .Findings}}
- **{{$L.Sev .Severity}}** ` + "`{{.Rule}}`" + ` · {{.Where}}{{with .Article}} · {{.}}{{end}}: {{md .Message}}{{with .Quote}}
  - {{$L.Quote}}: “{{md .}}”{{end}}{{with .Suggestion}}
  - {{$L.Fix}}: {{md .}}{{end}}
{{end}}{{end}}`))
})
