package analyzer

import (
	"strings"
	"testing"
	"unsafe"
)

// A compact result answers Position for its spans as the full document
// did, and its quotes no longer point into the text.
func TestResultCompact(t *testing.T) {
	text := "Otsikko\nRekisterinpitäjä on Kunta.\n\nHenkilötietolaki 523/1999"
	law := strings.Index(text, "Henkilö")
	doc := NewDocument("n.pdf", FormatPDF, text, []Block{{Kind: BlockHeading, Start: 0, End: 7, Page: 1}, {Kind: BlockParagraph, Start: 8, End: law - 2, Page: 2}, {Kind: BlockParagraph, Start: law, End: len(text), Page: 3}})
	doc.Lang = "fi"
	el := Span{8, law - 2}
	f := Span{law, len(text)}
	res := Result{Path: "n.pdf", Format: FormatPDF, Doc: doc,
		Elements: []Element{{ID: "controller-identity", Present: true, Span: el, Quote: doc.Quote(el.Start, el.End, 200)}, {ID: "retention"}},
		Findings: []Finding{{Rule: "outdated-law", Span: f, Quote: doc.Quote(f.Start, f.End, 200)}, {Rule: "retention"}}}
	c := res.Compact()
	if c.Doc.Text != "" || c.Doc.Blocks != nil || c.Doc.Path != "n.pdf" || c.Doc.Lang != "fi" || c.Doc.Format != FormatPDF {
		t.Fatalf("compact document %+v", c.Doc)
	}
	for _, s := range []Span{el, f, {}} {
		if got, want := c.Position(s), res.Position(s); got != want {
			t.Errorf("Position(%v) = %+v, want %+v", s, got, want)
		}
	}
	if c.Position(f) != (Position{Line: 4, Column: 1, Page: 3}) {
		t.Errorf("Position = %+v", c.Position(f))
	}
	start := uintptr(unsafe.Pointer(unsafe.StringData(text)))
	for _, q := range []string{c.Elements[0].Quote, c.Findings[0].Quote} {
		p := uintptr(unsafe.Pointer(unsafe.StringData(q)))
		if p >= start && p < start+uintptr(len(text)) {
			t.Errorf("quote %q still points into the text", q)
		}
	}
	if c.Elements[0].Quote != res.Elements[0].Quote || c.Findings[0].Quote != res.Findings[0].Quote {
		t.Error("quotes changed")
	}
	if again := c.Compact(); again.Doc != c.Doc {
		t.Error("compacting twice made a new document")
	}
}
