// Package report writes lint results in the output formats seloste offers.
// One file per format; writers take finished results and never analyse.
package report

import (
	"fmt"
	"io"

	"github.com/seloste/seloste/analyzer"
)

// Options are what writers need beyond the results.
type Options struct {
	Version   string            // seloste's version, for tool metadata
	Rules     []analyzer.Rule   // rule metadata (SARIF descriptors, checklists)
	Lang      string            // message language: fi, sv or en
	FailOn    analyzer.Severity // level at which a finding fails (JUnit, summaries); 0 = none
	Color     bool              // ANSI colour (text only)
	Quiet     bool              // only findings, no summaries (text only)
	Checklist bool              // print the per-notice element checklist (text only)
}

// Writer writes a whole report for a run.
type Writer interface {
	Write(w io.Writer, results []analyzer.Result, opt Options) error
}

// WriterFunc adapts a function to Writer.
type WriterFunc func(w io.Writer, results []analyzer.Result, opt Options) error

func (f WriterFunc) Write(w io.Writer, results []analyzer.Result, opt Options) error {
	return f(w, results, opt)
}

// Formats lists the format names New accepts.
func Formats() []string {
	return []string{"text", "json", "sarif", "junit", "csv", "markdown", "html"}
}

// New returns the writer for a format name.
func New(format string) (Writer, error) {
	switch format {
	case "text":
		return WriterFunc(Text), nil
	case "json":
		return WriterFunc(JSON), nil
	case "sarif":
		return WriterFunc(SARIF), nil
	case "junit":
		return WriterFunc(JUnit), nil
	case "csv":
		return WriterFunc(CSV), nil
	case "markdown":
		return WriterFunc(Markdown), nil
	case "html":
		return WriterFunc(HTML), nil
	}
	return nil, fmt.Errorf("unknown format %q (want one of %v)", format, Formats())
}

// language is the notice language of r: the one the engine checked it in
// (for a bilingual notice, its first section's), else what the reader or
// the user set, else what detection finds.
func language(r *analyzer.Result) string {
	if r.Lang != "" {
		return r.Lang
	}
	if r.Doc == nil {
		return ""
	}
	if r.Doc.Lang != "" {
		return r.Doc.Lang
	}
	return analyzer.DetectLanguage(r.Doc.Text)
}

// elements returns r's checklist with all the element ids of the contract in
// their order, whatever the engine filled in: an element the result lacks is
// reported absent and applicable. Unreadable inputs have no checklist.
func elements(r *analyzer.Result) []analyzer.Element {
	if r.Err != nil {
		return nil
	}
	byID := make(map[string]analyzer.Element, len(r.Elements))
	for _, el := range r.Elements {
		byID[el.ID] = el
	}
	ids := analyzer.ElementIDs()
	out := make([]analyzer.Element, 0, len(ids))
	for _, id := range ids {
		el, ok := byID[id]
		if !ok {
			el = analyzer.Element{ID: id, Applicable: true}
		}
		out = append(out, el)
	}
	return out
}

// counts tallies findings by severity.
type counts struct{ errors, warnings, infos int }

func (c *counts) add(fs []analyzer.Finding) {
	for _, f := range fs {
		switch f.Severity {
		case analyzer.Error:
			c.errors++
		case analyzer.Warning:
			c.warnings++
		case analyzer.Info:
			c.infos++
		}
	}
}
