package report

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/seloste/seloste/analyzer"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// span returns the span of the first occurrence of s in doc.
func span(t *testing.T, doc *analyzer.Document, s string) analyzer.Span {
	t.Helper()
	i := strings.Index(doc.Text, s)
	if i < 0 {
		t.Fatalf("%q not in %s", s, doc.Path)
	}
	return analyzer.Span{Start: i, End: i + len(s)}
}

// fixtureResults builds, by hand, the results the golden files show: a
// Finnish text notice of a public authority with findings of every
// severity, an English PDF with a finding on page 2, an unreadable input
// and a clean Swedish notice.
func fixtureResults(t *testing.T) []analyzer.Result {
	t.Helper()

	var b analyzer.Builder
	b.Add(analyzer.BlockHeading, 1, 0, "Tietosuojaseloste")
	b.Add(analyzer.BlockParagraph, 0, 0, "Rekisterinpitäjä: Esimerkkilän kaupunki, Kaupungintie 1, 00100 Esimerkkilä.")
	b.Add(analyzer.BlockParagraph, 0, 0, "Tietoja käsitellään henkilötietolain (523/1999) mukaisesti asiakassuhteen hoitamiseksi.")
	b.Add(analyzer.BlockParagraph, 0, 0, "Tiedot säilytetään niin kauan kuin on tarpeen.")
	fi := b.Document("notices/kaupunki.txt", analyzer.FormatText)
	fi.Lang = "fi"

	els := func(present map[string]analyzer.Span, na ...string) []analyzer.Element {
		var out []analyzer.Element
		for _, id := range analyzer.ElementIDs() {
			el := analyzer.Element{ID: id, Applicable: true}
			if sp, ok := present[id]; ok {
				el.Present, el.Span = true, sp
			}
			for _, n := range na {
				if n == id {
					el.Applicable = false
				}
			}
			out = append(out, el)
		}
		return out
	}
	fiEls := els(map[string]analyzer.Span{
		"controller-identity": span(t, fi, "Rekisterinpitäjä: Esimerkkilän kaupunki"),
		"purposes":            span(t, fi, "asiakassuhteen hoitamiseksi"),
	}, "legitimate-interest", "consent-withdrawal")
	for i := range fiEls {
		if fiEls[i].Present {
			fiEls[i].Quote = fi.Quote(fiEls[i].Span.Start, fiEls[i].Span.End, 80)
		}
	}
	fiRes := analyzer.Result{
		Path: fi.Path, Format: fi.Format, Doc: fi, Controller: "public", Elements: fiEls,
		Findings: []analyzer.Finding{
			{Rule: "dpo-contact", Severity: analyzer.Error, Article: "GDPR 13(1)(b)",
				Message:    "Tietosuojavastaavan yhteystiedot puuttuvat.",
				Suggestion: "Tietosuojavastaava: «nimi», «sähköposti»\nPuhelin: «numero»"},
			{Rule: "outdated-law", Severity: analyzer.Error, Article: "GDPR 13(1)(c)",
				Message: "Seloste viittaa kumottuun henkilötietolakiin.",
				Span:    span(t, fi, "henkilötietolain (523/1999)"), Quote: "henkilötietolain (523/1999)",
				Suggestion: "tietosuoja-asetus (EU) 2016/679 ja tietosuojalaki (1050/2018)"},
			{Rule: "vague-retention", Severity: analyzer.Warning, Article: "GDPR 13(2)(a)",
				Message: "Säilytysaika on epämääräinen.",
				Span:    span(t, fi, "niin kauan kuin on tarpeen"), Quote: "Tiedot säilytetään niin kauan kuin on tarpeen."},
			{Rule: "retention-review", Severity: analyzer.Info, Article: "GDPR 5(1)(e)",
				Message: "Kerro, milloin säilytystarve arvioidaan uudelleen."},
		},
	}

	var p analyzer.Builder
	p.Add(analyzer.BlockHeading, 1, 1, "Privacy notice")
	p.Add(analyzer.BlockParagraph, 0, 1, "Example Ltd is the controller.")
	p.Add(analyzer.BlockParagraph, 0, 2, "We transfer data to the US under the Privacy Shield.")
	pdf := p.Document("https://example.com/privacy.pdf", analyzer.FormatPDF)
	pdf.Lang = "en"
	pdfRes := analyzer.Result{
		Path: pdf.Path, Format: pdf.Format, Doc: pdf, Controller: "private",
		Elements: els(map[string]analyzer.Span{
			"controller-identity": span(t, pdf, "Example Ltd is the controller."),
			"transfers":           span(t, pdf, "We transfer data to the US"),
		}),
		Findings: []analyzer.Finding{
			{Rule: "invalid-transfer-mechanism", Severity: analyzer.Error, Article: "GDPR 13(1)(f)",
				Message: "Privacy Shield was invalidated in 2020 (C-311/18).",
				Span:    span(t, pdf, "Privacy Shield"), Quote: "the Privacy Shield",
				Suggestion: "the EU-U.S. Data Privacy Framework or standard contractual clauses"},
		},
	}

	missing := analyzer.Result{Path: "notices/missing.pdf",
		Err: errors.New("notices/missing.pdf: open notices/missing.pdf: no such file or directory")}

	var s analyzer.Builder
	s.Add(analyzer.BlockParagraph, 0, 0, "Personuppgiftsansvarig är Exempel Ab.")
	sv := s.Document("-", analyzer.FormatText) // no language set: detected
	all := map[string]analyzer.Span{}
	for _, id := range analyzer.ElementIDs() {
		all[id] = span(t, sv, "Personuppgiftsansvarig")
	}
	svRes := analyzer.Result{Path: sv.Path, Format: sv.Format, Doc: sv, Controller: "private", Elements: els(all)}

	return []analyzer.Result{fiRes, pdfRes, missing, svRes}
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs (go test ./analyzer/report -update rewrites it)\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

func TestFormats(t *testing.T) {
	for _, f := range Formats() {
		if _, err := New(f); err != nil {
			t.Errorf("New(%q): %v", f, err)
		}
	}
	if _, err := New("yaml"); err == nil {
		t.Error(`New("yaml") did not fail`)
	}
}
