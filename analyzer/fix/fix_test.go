package fix

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/text/encoding/charmap"

	"github.com/seloste/seloste/analyzer"
	"github.com/seloste/seloste/analyzer/extract"
	"github.com/seloste/seloste/rules"
)

var testEngine *analyzer.Engine

func lint(t *testing.T, name string, data []byte) *analyzer.Result {
	t.Helper()
	if testEngine == nil {
		e, err := rules.NewEngine()
		if err != nil {
			t.Fatal(err)
		}
		testEngine = e
	}
	doc, err := extract.Parse(name, data, "", extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	res := testEngine.Lint(doc, analyzer.Options{MessageLang: "en"})
	return &res
}

func prepare(t *testing.T, name string, data []byte) *Plan {
	t.Helper()
	p, err := Prepare(lint(t, name, data), data)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func has(res *analyzer.Result, rule string) bool {
	return slices.ContainsFunc(res.Findings, func(f analyzer.Finding) bool { return f.Rule == rule })
}

// node is an HTML element or text as the round-trip test compares it.
type node struct {
	kind  string // tag name, "#text" or "#comment"
	attrs string
	text  string
}

func flatten(t *testing.T, page string) []node {
	t.Helper()
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var out []node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.ElementNode:
			var attrs []string
			for _, a := range n.Attr {
				attrs = append(attrs, a.Key+"="+a.Val)
			}
			out = append(out, node{kind: n.Data, attrs: strings.Join(attrs, " ")})
		case html.TextNode:
			out = append(out, node{kind: "#text", text: n.Data})
		case html.CommentNode:
			out = append(out, node{kind: "#comment", text: n.Data})
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return out
}

// --write on an HTML page changes text and nothing else: the same element
// tree before and after, the changed text nodes differ by the corrections
// only, and a windows-1252 page stays windows-1252.
func TestHTMLRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		file, rule, old, new string
		cp1252               bool
	}{
		{"002.cp1252.html", "outdated-law", "henkilötietolain", "tietosuojalain", true},
		{"002.utf8.html", "outdated-law", "henkilötietolain", "tietosuojalain", false},
		{"003.cp1252.html", "outdated-authority-address", "Ratapihantie 9", "Lintulahdenkuja 4", true},
	} {
		t.Run(tc.file, func(t *testing.T) {
			// the seed renderings of the readers' own fixtures
			before, err := os.ReadFile(filepath.Join("..", "extract", "testdata", "html", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			res := lint(t, tc.file, before)
			if !has(res, tc.rule) {
				t.Fatalf("no %s finding to fix", tc.rule)
			}
			p, err := Prepare(res, before)
			if err != nil {
				t.Fatal(err)
			}
			if len(p.Edits) != 1 || p.Edits[0].Rule != tc.rule || p.Edits[0].New != tc.new {
				t.Fatalf("edits %+v, refused %+v", p.Edits, p.Refused)
			}
			after, err := p.Bytes()
			if err != nil {
				t.Fatal(err)
			}
			decode := func(b []byte) string {
				if !tc.cp1252 {
					return string(b)
				}
				s, err := charmap.Windows1252.NewDecoder().Bytes(b)
				if err != nil {
					t.Fatal(err)
				}
				return string(s)
			}
			if tc.cp1252 {
				if utf8.Valid(after) || !bytes.Contains(after, []byte{'k', 0xE4, 's', 'i'}) {
					t.Error("the corrected page is not windows-1252 any more")
				}
				if p.Encoding() != "windows-1252" {
					t.Errorf("encoding %q", p.Encoding())
				}
			}
			b, a := flatten(t, decode(before)), flatten(t, decode(after))
			if len(a) != len(b) {
				t.Fatalf("%d nodes after, %d before", len(a), len(b))
			}
			changed := 0
			for i := range b {
				if a[i].kind != b[i].kind || a[i].attrs != b[i].attrs {
					t.Fatalf("node %d: %+v became %+v", i, b[i], a[i])
				}
				if a[i].text != b[i].text {
					changed++
					if want := strings.Replace(b[i].text, tc.old, tc.new, 1); a[i].text != want {
						t.Errorf("text node %d:\n got %q\nwant %q", i, a[i].text, want)
					}
				}
			}
			if changed != 1 {
				t.Errorf("%d text nodes changed, want 1", changed)
			}
			// the bytes outside the correction are the same
			e := p.Edits[0]
			enc, _ := p.enc.encode(p.Source[:e.Start])
			if !bytes.HasPrefix(after, enc) || !bytes.HasPrefix(before, enc) {
				t.Error("bytes before the correction changed")
			}
			for _, f := range lint(t, tc.file, after).Findings {
				if f.Rule == tc.rule && strings.Contains(f.Quote, tc.old) {
					t.Errorf("%s still reported after the fix: %q", tc.rule, f.Quote)
				}
			}
		})
	}
}

// A plain-text file keeps its BOM, CR LF line ends and non-breaking
// spaces; only the flagged words change, also on a line that carries HTML
// fragments and entities from a CMS export.
func TestTextKeepsBytes(t *testing.T) {
	src := "\uFEFFTietosuojaseloste\r\n\r\n" +
		"Rekisterinpitäjä\tKunta, Katu\u00a01, 00100 Helsinki\r\n" +
		"Tarkoitus\t<p>Tietoja k&auml;sitell&auml;&auml;n henkilötietolain\u00a0mukaisesti.</p>\r\n" +
		"Valvontaviranomainen\tTietosuojavaltuutetun toimisto, Ratapihantie\u00a09, 00521 Helsinki.\r\n"
	p := prepare(t, "notice.txt", []byte(src))
	var rulesFixed []string
	for _, e := range p.Edits {
		rulesFixed = append(rulesFixed, e.Rule)
	}
	if !slices.Contains(rulesFixed, "outdated-law") || !slices.Contains(rulesFixed, "outdated-authority-address") {
		t.Fatalf("edits %+v, refused %+v", p.Edits, p.Refused)
	}
	out, err := p.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	want := "\uFEFFTietosuojaseloste\r\n\r\n" +
		"Rekisterinpitäjä\tKunta, Katu\u00a01, 00100 Helsinki\r\n" +
		"Tarkoitus\t<p>Tietoja k&auml;sitell&auml;&auml;n tietosuojalain\u00a0mukaisesti.</p>\r\n" +
		"Valvontaviranomainen\tTietosuojavaltuutetun toimisto, Lintulahdenkuja 4, 00521 Helsinki.\r\n"
	if string(out) != want {
		t.Errorf("corrected file\n got %q\nwant %q", out, want)
	}
}

func TestTextWindows1252(t *testing.T) {
	src, _ := charmap.Windows1252.NewEncoder().String("Tietosuojaseloste\n\nTietoja käsitellään henkilötietolain mukaisesti.\n")
	p := prepare(t, "notice.txt", []byte(src))
	out, err := p.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	want, _ := charmap.Windows1252.NewEncoder().String("Tietosuojaseloste\n\nTietoja käsitellään tietosuojalain mukaisesti.\n")
	if string(out) != want {
		t.Errorf("got %q, want %q", out, want)
	}
}

// The page's navigation names the old law too; the reader skips it, so
// the counts differ and the words around the finding pick the right one.
func TestHTMLAmbiguityResolvedByContext(t *testing.T) {
	page := `<!DOCTYPE html><html lang="fi"><head><meta charset="utf-8"><title>Tietosuojaseloste</title></head><body>
<nav><ul><li><a href="/laki">Mikä on henkilötietolain tilanne?</a></li></ul></nav>
<main><h1>Tietosuojaseloste</h1>
<h2>Rekisterinpitäjä</h2><p>Esimerkin kunta, Kuntakatu 1, 00100 Helsinki, kirjaamo@esimerkki.fi</p>
<h2>Käsittelyn tarkoitus</h2><p>Asiakasrekisterin ylläpito. Tietoja käsitellään <em>henkilötietolain</em> mukaisesti.</p>
</main></body></html>`
	p := prepare(t, "page.html", []byte(page))
	if len(p.Edits) != 1 {
		t.Fatalf("edits %+v, refused %+v", p.Edits, p.Refused)
	}
	out, _ := p.Bytes()
	if !strings.Contains(string(out), "<em>tietosuojalain</em> mukaisesti") || !strings.Contains(string(out), "Mikä on henkilötietolain tilanne?") {
		t.Errorf("wrong place corrected:\n%s", out)
	}
}

// What cannot be corrected mechanically is refused with a reason, never
// guessed: a § of the old law, words split by markup, a character the
// page's encoding lacks.
func TestRefusals(t *testing.T) {
	for _, tc := range []struct {
		name, file, rule, reason string
		data                     []byte
	}{
		{name: "section", file: "n.txt", rule: "outdated-law", reason: "section",
			data: []byte("Tietosuojaseloste\n\nTietoja käsitellään henkilötietolain 8 §:n mukaisesti.\n")},
		{name: "split by markup", file: "p.html", rule: "outdated-law", reason: "split by markup",
			data: []byte(`<html><head><meta charset="utf-8"></head><body><main><h1>Tietosuojaseloste</h1><p>Asiakasrekisterin ylläpito. Tietoja käsitellään henkilö<b></b>tietolain mukaisesti.</p></main></body></html>`)},
		{name: "encoding", file: "p.html", rule: "invalid-transfer-mechanism", reason: "cannot be written in",
			data: mustEncode(t, charmap.ISO8859_15, `<html lang="sv"><head><meta charset="iso-8859-15"></head><body><main><h1>Dataskyddsbeskrivning</h1>
<h2>Överföring av personuppgifter</h2><p>Personuppgifterna lagras hos en leverantör i USA. Överföringen till USA grundar sig på Privacy Shield.</p></main></body></html>`)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := lint(t, tc.file, tc.data)
			if !has(res, tc.rule) {
				t.Fatalf("no %s finding; findings: %v", tc.rule, res.Findings)
			}
			p, err := Prepare(res, tc.data)
			if err != nil {
				t.Fatal(err)
			}
			if len(p.Edits) != 0 {
				t.Errorf("edits %+v, want none", p.Edits)
			}
			if len(p.Refused) != 1 || p.Refused[0].Rule != tc.rule || !strings.Contains(p.Refused[0].Reason, tc.reason) {
				t.Fatalf("refused %+v, want one %s refusal saying %q", p.Refused, tc.rule, tc.reason)
			}
			var notes bytes.Buffer
			p.WriteNotes(&notes, "en")
			if !strings.Contains(notes.String(), "Not corrected") || !strings.Contains(notes.String(), tc.rule) {
				t.Errorf("notes:\n%s", notes.String())
			}
		})
	}
}

func mustEncode(t *testing.T, enc *charmap.Charmap, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().String(s)
	if err != nil {
		t.Fatal(err)
	}
	return []byte(b)
}

// The diff names the rule in each hunk header, and applies with patch(1).
func TestDiffApplies(t *testing.T) {
	data, err := os.ReadFile("../../corpus/notices/118-kiilto-loisto-autopesu.txt")
	if err != nil {
		t.Fatal(err)
	}
	p := prepare(t, "notice.txt", data)
	var diff bytes.Buffer
	if err := p.WriteDiff(&diff); err != nil {
		t.Fatal(err)
	}
	d := diff.String()
	for _, want := range []string{
		"--- notice.txt\n+++ notice.txt\n",
		"@@ -93,9 +93,9 @@ outdated-authority-address\n",
		"\n-Käyntiosoite: Ratapihantie 9, 6. krs, 00520 Helsinki\n+Käyntiosoite: Lintulahdenkuja 4, 6. krs, 00520 Helsinki\n",
		"\n-Postiosoite: PL 800, 00521 Helsinki\n+Postiosoite: PL 800, 00531 Helsinki\n",
	} {
		if !strings.Contains(d, want) {
			t.Errorf("diff lacks %q:\n%s", want, d)
		}
	}
	if _, err := exec.LookPath("patch"); err != nil {
		t.Skip("no patch(1) to apply the diff with")
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "notice.txt"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("patch", "-s", "-p0")
	cmd.Dir, cmd.Stdin = dir, strings.NewReader(d)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("patch: %v\n%s", err, out)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "notice.txt"))
	want, _ := p.Bytes()
	if !bytes.Equal(got, want) {
		t.Error("patch(1) and Bytes give different files")
	}
}

// A hunk at the end of a file without a final line break says so.
func TestDiffNoFinalNewline(t *testing.T) {
	p := prepare(t, "n.txt", []byte("Tietosuojaseloste\n\nTietoja käsitellään henkilötietolain mukaisesti."))
	var diff bytes.Buffer
	p.WriteDiff(&diff)
	want := "-Tietoja käsitellään henkilötietolain mukaisesti.\n\\ No newline at end of file\n+Tietoja käsitellään tietosuojalain mukaisesti.\n\\ No newline at end of file\n"
	if !strings.HasSuffix(diff.String(), want) {
		t.Errorf("diff:\n%s", diff.String())
	}
}

// PDF and DOCX get a diff of the extracted text but are never written.
func TestPDFNotWritable(t *testing.T) {
	data, err := os.ReadFile("../extract/testdata/pdf/002-rautavaara-asiakasrekisteri.cairo.pdf")
	if err != nil {
		t.Fatal(err)
	}
	p, err := Prepare(lint(t, "002.pdf", data), nil)
	if err != nil {
		t.Fatal(err)
	}
	if !p.Extracted || len(p.Edits) != 1 || p.Edits[0].Rule != "outdated-law" {
		t.Fatalf("plan %+v", p.Edits)
	}
	_, err = p.Bytes()
	if !errors.Is(err, ErrNotWritable) || !strings.Contains(err.Error(), "cannot write PDF; apply the diff to the source document") {
		t.Errorf("Bytes: %v", err)
	}
	var diff bytes.Buffer
	p.WriteDiff(&diff)
	if !strings.HasPrefix(diff.String(), "--- 002.pdf (extracted text)\n") || !regexp.MustCompile(`\n\+.*Henkilötietoja käsitellään tietosuojalain sallimissa`).MatchString(diff.String()) {
		t.Errorf("diff:\n%s", diff.String())
	}
}

// Missing elements come as paragraphs to add, in the notice's language,
// with placeholders.
func TestAdditions(t *testing.T) {
	data, err := os.ReadFile("../../corpus/notices/002-rautavaara-asiakasrekisteri.txt")
	if err != nil {
		t.Fatal(err)
	}
	p := prepare(t, "002.txt", data)
	var ids []string
	for _, a := range p.Additions {
		ids = append(ids, a.Rule)
	}
	for _, id := range []string{"retention", "complaint-right", "dpo-contact"} {
		if !slices.Contains(ids, id) {
			t.Errorf("additions %v lack %s", ids, id)
		}
	}
	var notes bytes.Buffer
	p.WriteNotes(&notes, "en")
	n := notes.String()
	if !strings.Contains(n, "Lisättävät kohdat") || !strings.Contains(n, "[retention]\nSäilytämme «tietoryhmä»-tietoja") {
		t.Errorf("notes:\n%s", n)
	}
}

func TestMatchCase(t *testing.T) {
	for _, tc := range [][3]string{
		{"Registeransvarig", "personuppgiftsansvarig", "Personuppgiftsansvarig"},
		{"registeransvarig", "personuppgiftsansvarig", "personuppgiftsansvarig"},
		{"Privacy Shield", "EU:n ja Yhdysvaltojen", "EU:n ja Yhdysvaltojen"},
		{"523/99", "1050/2018", "1050/2018"},
	} {
		if got := matchCase(tc[0], tc[1]); got != tc[2] {
			t.Errorf("matchCase(%q, %q) = %q", tc[0], tc[1], got)
		}
	}
}

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "notice.html")
	if err := os.WriteFile(path, []byte("old"), 0o640); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(path, []byte("new")); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	fi, _ := os.Stat(path)
	if string(got) != "new" || fi.Mode().Perm() != 0o640 {
		t.Errorf("file %q mode %v", got, fi.Mode().Perm())
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary files left: %v", entries)
	}
}

// A correction whose words run over a line break of a text file is
// refused: the file's line and the document's differ there.
func TestTextSpanOverLines(t *testing.T) {
	text := "Otsikko\nTietoja käsitellään henkilötietolain\n(523/1999) mukaisesti.\n"
	doc := analyzer.NewDocument("n.txt", analyzer.FormatText, text, []analyzer.Block{{Kind: analyzer.BlockParagraph, Start: 0, End: len(text) - 1}})
	start := strings.Index(text, "henkilötietolain")
	end := strings.Index(text, "1999") + 4
	res := &analyzer.Result{Path: "n.txt", Format: analyzer.FormatText, Doc: doc, Findings: []analyzer.Finding{
		{Rule: "outdated-law", Span: analyzer.Span{Start: start, End: end}, Replacement: "tietosuojalain\n(1050/2018"},
	}}
	p, err := Prepare(res, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Edits) != 0 || len(p.Refused) != 1 || !strings.Contains(p.Refused[0].Reason, "more than one line") {
		t.Errorf("edits %+v, refused %+v", p.Edits, p.Refused)
	}
}
