package analyzer

import (
	"fmt"
	"strings"
	"unsafe"
)

// Severity orders findings: Info < Warning < Error.
type Severity int

const (
	Info Severity = iota + 1
	Warning
	Error
)

func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return "none"
}

// ParseSeverity reads "error", "warning", "info" (and "none", which returns
// 0: a level above every finding).
func ParseSeverity(s string) (Severity, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "error":
		return Error, nil
	case "warning", "warn":
		return Warning, nil
	case "info":
		return Info, nil
	case "none", "off":
		return 0, nil
	}
	return 0, fmt.Errorf("unknown severity %q (want error, warning, info or none)", s)
}

// Span is a byte range of Document.Text. The zero Span means the whole
// document, which is where a missing element is reported.
type Span struct {
	Start, End int
}

// IsZero reports whether the span stands for the whole document.
func (s Span) IsZero() bool { return s.Start == 0 && s.End == 0 }

// Finding is one problem a rule reports in one document.
type Finding struct {
	Rule       string
	Severity   Severity
	Message    string // in the language the engine was asked for
	Article    string // e.g. "GDPR 13(2)(a)"
	Span       Span
	Quote      string // evidence from the text; empty for a missing element
	Suggestion string // text that would fix it, in the notice's language
	// Replacement, when set, is a mechanical correction for Span (used by
	// `seloste fix`).
	Replacement string
}

// Element is the checklist entry for one mandatory information item.
type Element struct {
	ID         string
	Present    bool
	Applicable bool
	Span       Span
	Quote      string
}

// Result is everything known about one input after linting. Doc is nil and
// Err set when the input could not be read.
type Result struct {
	Path       string
	Format     Format
	Doc        *Document
	Lang       string // the notice's language as checked: fi, sv or en
	Controller string // "public" or "private"
	Elements   []Element
	Findings   []Finding
	Err        error
}

// Position returns the place of a span in the result's document; the zero
// Position for a whole-document span.
func (r *Result) Position(s Span) Position {
	if r.Doc == nil || s.IsZero() {
		return Position{}
	}
	return r.Doc.Position(s.Start)
}

// Compact returns r with a stand-in for its Document that keeps what the
// report writers read after linting — path, format, language and the
// positions of r's spans — and drops the text and blocks. A run over
// thousands of notices keeps compact results, so that its memory grows by
// a few kilobytes per notice rather than by the notice's text. Quotes are
// copied out of the text (a substring would keep all of it alive). The
// stand-in answers Position only for the spans of r as they are now.
func (r Result) Compact() Result {
	if r.Doc == nil || r.Doc.positions != nil {
		return r
	}
	d := r.Doc
	c := &Document{Path: d.Path, Format: d.Format, Lang: d.Lang, positions: map[int]Position{}}
	add := func(s Span) {
		if !s.IsZero() {
			c.positions[s.Start] = d.Position(s.Start)
		}
	}
	els := make([]Element, len(r.Elements))
	for i, el := range r.Elements {
		add(el.Span)
		el.Quote = strings.Clone(el.Quote)
		els[i] = el
	}
	fs := make([]Finding, len(r.Findings))
	for i, f := range r.Findings {
		add(f.Span)
		// Messages and suggestions mostly are the rules' texts, shared by
		// every result: copied only when they point into the document.
		f.Quote, f.Suggestion, f.Replacement = strings.Clone(f.Quote), detach(f.Suggestion, d.Text), detach(f.Replacement, d.Text)
		f.Message = detach(f.Message, d.Text)
		fs[i] = f
	}
	if r.Elements != nil {
		r.Elements = els
	}
	if r.Findings != nil {
		r.Findings = fs
	}
	r.Doc = c
	return r
}

// detach returns s, copied if its bytes lie inside text, so that keeping s
// does not keep text alive.
func detach(s, text string) string {
	if s == "" || text == "" {
		return s
	}
	p, t := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.StringData(text)))
	if p >= t && p < t+uintptr(len(text)) {
		return strings.Clone(s)
	}
	return s
}
