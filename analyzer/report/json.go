package report

import (
	"encoding/json"
	"io"

	"github.com/seloste/seloste/analyzer"
)

// The JSON report is a public contract (DESIGN.md, "JSON report"): one
// struct per level so that the field names and their order are fixed here
// and nowhere else. Every field is always present except Document.Error.

// JSONReport is the top level of `--format json`.
type JSONReport struct {
	Tool      JSONTool       `json:"tool"`
	Documents []JSONDocument `json:"documents"`
}

// JSONTool names the program that wrote the report.
type JSONTool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// JSONDocument is one input: its checklist and its findings.
type JSONDocument struct {
	Path       string        `json:"path"`
	Format     string        `json:"format"`
	Language   string        `json:"language"`
	Controller string        `json:"controller"`
	Error      string        `json:"error,omitempty"`
	Elements   []JSONElement `json:"elements"`
	Findings   []JSONFinding `json:"findings"`
}

// JSONElement is the checklist entry of one of the 21 information items.
type JSONElement struct {
	ID         string `json:"id"`
	Present    bool   `json:"present"`
	Applicable bool   `json:"applicable"`
	Line       int    `json:"line"`
	Page       int    `json:"page"`
	Quote      string `json:"quote"`
}

// JSONFinding is one finding; line 0 means the whole document.
type JSONFinding struct {
	Rule       string `json:"rule"`
	Severity   string `json:"severity"`
	Message    string `json:"message"`
	Article    string `json:"article"`
	Line       int    `json:"line"`
	Column     int    `json:"column"`
	Page       int    `json:"page"`
	Quote      string `json:"quote"`
	Suggestion string `json:"suggestion"`
}

// JSON writes results as the JSON report, indented by two spaces.
func JSON(w io.Writer, results []analyzer.Result, opt Options) error {
	rep := JSONReport{
		Tool:      JSONTool{Name: "seloste", Version: opt.Version},
		Documents: make([]JSONDocument, 0, len(results)),
	}
	for i := range results {
		rep.Documents = append(rep.Documents, jsonDocument(&results[i]))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	// Quotes are notice text: keep "<", ">" and "&" readable.
	enc.SetEscapeHTML(false)
	return enc.Encode(rep)
}

func jsonDocument(r *analyzer.Result) JSONDocument {
	d := JSONDocument{
		Path:       r.Path,
		Format:     string(r.Format),
		Language:   language(r),
		Controller: r.Controller,
		Elements:   []JSONElement{},
		Findings:   []JSONFinding{},
	}
	if r.Err != nil {
		d.Error = r.Err.Error()
		return d
	}
	for _, el := range elements(r) {
		pos := r.Position(el.Span)
		d.Elements = append(d.Elements, JSONElement{
			ID:         el.ID,
			Present:    el.Present,
			Applicable: el.Applicable,
			Line:       pos.Line,
			Page:       pos.Page,
			Quote:      el.Quote,
		})
	}
	for _, f := range r.Findings {
		pos := r.Position(f.Span)
		d.Findings = append(d.Findings, JSONFinding{
			Rule:       f.Rule,
			Severity:   f.Severity.String(),
			Message:    f.Message,
			Article:    f.Article,
			Line:       pos.Line,
			Column:     pos.Column,
			Page:       pos.Page,
			Quote:      f.Quote,
			Suggestion: f.Suggestion,
		})
	}
	return d
}
