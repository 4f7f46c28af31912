package extract

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/seloste/seloste/analyzer"
)

const pdfDir = "testdata/pdf"

// pdfWords lower-cases s and splits it at everything but letters and digits:
// the sequence a reader must reproduce, whatever the layout.
func pdfWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(analyzer.Normalize(s)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// pdfLCS returns the length of the longest common subsequence of a and b.
func pdfLCS(a, b []string) int {
	prev, cur := make([]int, len(b)+1), make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			switch {
			case a[i] == b[j]:
				cur[j+1] = prev[j] + 1
			case prev[j+1] >= cur[j]:
				cur[j+1] = prev[j+1]
			default:
				cur[j+1] = cur[j]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// pdfGlued lists tokens of got that are two consecutive words of want run
// together (and not a word of want themselves).
func pdfGlued(want, got []string) []string {
	vocab := map[string]bool{}
	for _, w := range want {
		vocab[w] = true
	}
	pairs := map[string]bool{}
	for i := 0; i+1 < len(want); i++ {
		if p := want[i] + want[i+1]; !vocab[p] {
			pairs[p] = true
		}
	}
	var out []string
	for _, g := range got {
		if pairs[g] {
			out = append(out, g)
		}
	}
	return out
}

// readPDFFile runs PDF on a fixture in a goroutine so that a hang fails the
// test instead of stalling it, and a panic fails it with the file's name.
func readPDFFile(t testing.TB, path string, opt Options) (*analyzer.Document, error) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	type result struct {
		doc *analyzer.Document
		err error
		pan any
	}
	done := make(chan result, 1)
	go func() {
		defer func() {
			if x := recover(); x != nil {
				done <- result{pan: x}
			}
		}()
		doc, err := PDF(path, data, opt)
		done <- result{doc: doc, err: err}
	}()
	select {
	case r := <-done:
		if r.pan != nil {
			t.Fatalf("%s: panic: %v", path, r.pan)
		}
		return r.doc, r.err
	case <-time.After(20 * time.Second):
		t.Fatalf("%s: no result within 20 s", path)
	}
	return nil, nil
}

// Word-order agreement each producer must reach, as the share of the seed's
// words found in order (LCS) in the PDF text and the share of the PDF's
// words that belong to that sequence. LibreOffice and cairo do not
// hyphenate and must agree exactly. groff hyphenates Finnish with English
// patterns and so breaks words inside long vowels ("vastu-uhenkilölle",
// "li-ittyvissä"), which no Finnish hyphenator does and which the reader
// therefore keeps as a compound hyphen, and English words after a capital
// ("Analytics De-mographics"): a few words in a thousand (measured:
// recall ≥ 0.996, precision ≥ 0.993).
//
// lotable is the old register-notice template, a ruled two-column table;
// LibreOffice splits a row over two pages, and then the part of its left
// cell on the second page comes after the part of its right cell on the
// first, as in any reader.
var producerAgreement = map[string]float64{
	"lo": 1, "lo2c": 1, "cairo": 1, "groff": 0.99, "groff2c": 0.99, "gs": 0.99, "lotable": 0.99,
}

func TestPDFSeedWords(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(pdfDir, "0*.pdf"))
	if len(files) < 10 {
		t.Fatalf("only %d seed fixtures in %s", len(files), pdfDir)
	}
	for _, f := range files {
		base := filepath.Base(f)
		parts := strings.Split(base, ".")
		seed, producer := parts[0], parts[1]
		t.Run(seed+"/"+producer, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join(pdfDir, "src", seed+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := readPDFFile(t, f, Options{})
			if err != nil {
				t.Fatal(err)
			}
			want, got := pdfWords(string(src)), pdfWords(doc.Text)
			n := pdfLCS(want, got)
			recall, precision := float64(n)/float64(len(want)), float64(n)/float64(len(got))
			t.Logf("%s: %d words, recall %.4f, precision %.4f", base, len(want), recall, precision)
			min, ok := producerAgreement[producer]
			if !ok {
				t.Fatalf("no agreement threshold for producer %q", producer)
			}
			if recall < min || precision < min {
				t.Errorf("word order agreement recall %.4f precision %.4f, want ≥ %.2f", recall, precision, min)
			}
			if g := pdfGlued(want, got); len(g) > 0 {
				t.Errorf("glued words: %q", g)
			}
			for _, b := range doc.Blocks {
				if b.Page < 1 {
					t.Fatalf("block %q has page %d", doc.BlockText(b), b.Page)
				}
			}
		})
	}
}

// blockWith returns the first block whose text contains s.
func blockWith(t *testing.T, doc *analyzer.Document, s string) analyzer.Block {
	t.Helper()
	for _, b := range doc.Blocks {
		if strings.Contains(doc.BlockText(b), s) {
			return b
		}
	}
	t.Fatalf("%s: no block contains %q", doc.Path, s)
	return analyzer.Block{}
}

func TestPDFPages(t *testing.T) {
	tests := []struct {
		file, text string
		page       int
	}{
		{"crafted-simple.pdf", "Rekisterinpitaja on Esimerkin kunta.", 1},
		{"crafted-simple.pdf", "Toisen sivun lause on tassa.", 2},
		{"001-pori-verkkokauppa.lo.pdf", "Käsittelyn oikeusperusteena on asiakassuhteesta syntyvä sopimus.", 2},
		{"001-pori-verkkokauppa.groff.pdf", "Rekisterin säännönmukaiset tietolähteet", 2},
		{"001-pori-verkkokauppa.gs.pdf", "Rekisterin säännönmukaiset tietolähteet", 2},
	}
	for _, tt := range tests {
		doc, err := readPDFFile(t, filepath.Join(pdfDir, tt.file), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if b := blockWith(t, doc, tt.text); b.Page != tt.page {
			t.Errorf("%s: %q on page %d, want %d", tt.file, tt.text, b.Page, tt.page)
		}
		if p := doc.Position(strings.Index(doc.Text, tt.text)).Page; p != tt.page {
			t.Errorf("%s: Position of %q has page %d, want %d", tt.file, tt.text, p, tt.page)
		}
	}
}

// groff's running header "- 2 -" is not text of the notice.
func TestPDFDropsPageNumbers(t *testing.T) {
	doc, err := readPDFFile(t, filepath.Join(pdfDir, "001-pori-verkkokauppa.groff.pdf"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{"- 2 -", "- 3 -"} {
		if strings.Contains(doc.Text, n) {
			t.Errorf("page number %q left in the text", n)
		}
	}
}

func TestPDFStructure(t *testing.T) {
	doc, err := readPDFFile(t, filepath.Join(pdfDir, "002-rautavaara-asiakasrekisteri.lo2c.pdf"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Format != analyzer.FormatPDF || doc.Lang != "fi" {
		t.Errorf("format %q language %q, want pdf fi", doc.Format, doc.Lang)
	}
	if b := blockWith(t, doc, "Asiakasrekisteri - tietosuojaseloste"); b.Kind != analyzer.BlockHeading || b.Level != 1 {
		t.Errorf("title is %s level %d, want heading level 1", b.Kind, b.Level)
	}
	// A paragraph is one block: its lines are joined with spaces.
	b := blockWith(t, doc, "Rekisterin käyttötarkoitus on Rautavaaran kunnan asiakasrekisterin ylläpitäminen")
	if text := doc.BlockText(b); b.Kind != analyzer.BlockParagraph || strings.Contains(text, "\n") || len(text) < 300 {
		t.Errorf("paragraph split or kept line breaks: %s %q", b.Kind, text)
	}
	// A ruled table is read cell by cell, each cell a block.
	doc, err = readPDFFile(t, filepath.Join(pdfDir, "002-rautavaara-asiakasrekisteri.lotable.pdf"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []string{"Yhteyshenkilö rekisteriä koskevissa asioissa", "Riku Räsänen Koulutie 1 040 860 8191 riku.rasanen@rautavaara.fi"} {
		if b := blockWith(t, doc, c); b.Kind != analyzer.BlockTableCell || doc.BlockText(b) != c {
			t.Errorf("cell %q is a %s block %q", c, b.Kind, doc.BlockText(b))
		}
	}
	if b := blockWith(t, doc, "Asiakasrekisteri - tietosuojaseloste"); b.Kind == analyzer.BlockTableCell {
		t.Error("the title above the table is taken for a cell")
	}
	doc, err = readPDFFile(t, filepath.Join(pdfDir, "000-kokkola-ceepos.lo.pdf"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if b := blockWith(t, doc, "Tietosuojalaki (1050/2018)"); b.Kind != analyzer.BlockListItem {
		t.Errorf("bullet line is a %s, want a list item", b.Kind)
	}
}

// The fixtures must exercise what they are there for: ligature glyphs
// (one glyph for "fi"; groff and cairo) and hyphenated line ends (groff),
// a gutter between two columns (groff2c, lo2c) and none where there is one
// column.
func TestPDFFixturesExercise(t *testing.T) {
	tests := []struct {
		file      string
		ligature  bool
		hyphens   int // at least this many lines end in a hyphen
		twoColumn bool
	}{
		{"001-pori-verkkokauppa.groff.pdf", true, 10, false},
		{"003-nokopa-asiakasrekisteri.groff2c.pdf", true, 20, true},
		{"003-nokopa-asiakasrekisteri.cairo.pdf", true, 0, false},
		{"002-rautavaara-asiakasrekisteri.lo2c.pdf", false, 0, true},
		{"003-nokopa-asiakasrekisteri.lo.pdf", false, 0, false},
	}
	for _, tt := range tests {
		data, err := os.ReadFile(filepath.Join(pdfDir, tt.file))
		if err != nil {
			t.Fatal(err)
		}
		r, err := openPDF(data)
		if err != nil {
			t.Fatal(err)
		}
		pages, err := pageTree(r)
		if err != nil {
			t.Fatal(err)
		}
		in := newInterpreter(time.Now().Add(time.Minute))
		var ligature, twoColumn bool
		hyphens := 0
		for _, p := range pages {
			glyphs, rules, err := in.page(p)
			if err != nil {
				t.Fatal(err)
			}
			for _, g := range glyphs {
				r := []rune(g.s)
				ligature = ligature || len(r) > 1 && unicode.IsLetter(r[0]) || strings.ContainsAny(g.s, "\uFB00\uFB01\uFB02\uFB03\uFB04")
			}
			_, _, ok := findGutter(groupRows(glyphs))
			twoColumn = twoColumn || ok
			for _, l := range pageLines(1, glyphs, rules) {
				if strings.HasSuffix(l.text, "-") || strings.HasSuffix(l.text, "\u2010") {
					hyphens++
				}
			}
		}
		if ligature != tt.ligature || hyphens < tt.hyphens || twoColumn != tt.twoColumn {
			t.Errorf("%s: ligature %v, %d hyphens, two columns %v; want %v, ≥ %d, %v", tt.file,
				ligature, hyphens, twoColumn, tt.ligature, tt.hyphens, tt.twoColumn)
		}
	}
}

func TestPDFDamaged(t *testing.T) {
	tests := []struct {
		file string
		err  error  // nil: a document is expected
		text string // in the document
	}{
		{"damaged-truncated.pdf", ErrCorruptPDF, ""},
		{"damaged-garbage.pdf", ErrCorruptPDF, ""},
		// A broken cross-reference table is rebuilt from the objects.
		{"damaged-xref.pdf", nil, "Toisen sivun lause on tassa."},
		{"damaged-offsets.pdf", nil, "Toisen sivun lause on tassa."},
		{"damaged-crlf.pdf", nil, "Toisen sivun lause on tassa."},
		{"crafted-xrefloop.pdf", nil, "Silmukka."},
		{"damaged-junkheader.pdf", nil, "Toisen sivun lause on tassa."},
		{"crafted-selfref.pdf", ErrCorruptPDF, ""},
		{"crafted-cycle.pdf", ErrCorruptPDF, ""},
		{"crafted-hugecount.pdf", nil, "Vain yksi sivu."},
		{"crafted-deep.pdf", ErrCorruptPDF, ""},
		{"crafted-nested.pdf", ErrCorruptPDF, ""},
		{"crafted-bomb.pdf", ErrCorruptPDF, ""},
		{"crafted-notext.pdf", ErrNoText, ""},
		{"encrypted-user-rc4.pdf", ErrEncrypted, ""},
		{"encrypted-user-aes256.pdf", ErrEncrypted, ""},
		{"encrypted-empty-aes256.pdf", ErrUnsupportedEncryption, ""},
		{"encrypted-empty-rc4.pdf", nil, "Tietoja sailytetaan kaksi vuotta."},
		{"encrypted-empty-aes128.pdf", nil, "Ceepos-verkkomaksuliittymän asiakasrekisteri"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join(pdfDir, tt.file)
			doc, err := readPDFFile(t, path, Options{}) // fails after 20 s
			if tt.err == nil {
				if err != nil {
					t.Fatalf("want a document, got %v", err)
				}
				blockWith(t, doc, tt.text)
				return
			}
			if !errors.Is(err, tt.err) {
				t.Fatalf("got %v, want %v", err, tt.err)
			}
			if tt.err == ErrCorruptPDF && !errors.Is(err, ErrCorrupt) || tt.err == ErrNoText && !errors.Is(err, ErrEmpty) {
				t.Errorf("%v does not match the package's general error", err)
			}
			if !strings.HasPrefix(err.Error(), path+": ") {
				t.Errorf("error %q does not name the input", err)
			}
		})
	}
}

func TestPDFOptions(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(pdfDir, "crafted-simple.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := PDF("x.pdf", data, Options{MaxBytes: 100}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("MaxBytes not enforced: %v", err)
	}
	if _, err := PDF("x.pdf", data, Options{PDFEngine: "mutool"}); err == nil {
		t.Error("unknown engine accepted")
	}
	for _, bad := range [][]byte{nil, []byte("%PDF-1.4\n"), []byte("not a pdf at all")} {
		if _, err := PDF("x.pdf", bad, Options{}); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
	// The bomb takes half a second: the watchdog gives up on it first.
	bomb, err := os.ReadFile(filepath.Join(pdfDir, "crafted-bomb.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := PDF("bomb.pdf", bomb, Options{Timeout: time.Millisecond}); !errors.Is(err, ErrTimeout) {
		t.Errorf("Timeout not enforced: %v", err)
	}
	// Cut before "%%EOF": the objects are all there, the table is rebuilt.
	if _, err := PDF("x.pdf", data[:len(data)-10], Options{}); err != nil {
		t.Errorf("file without %%%%EOF: %v", err)
	}
}

func TestPDFToTextEngine(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	for _, f := range []string{"001-pori-verkkokauppa.lo.pdf", "003-nokopa-asiakasrekisteri.groff2c.pdf"} {
		doc, err := readPDFFile(t, filepath.Join(pdfDir, f), Options{PDFEngine: "pdftotext"})
		if err != nil {
			t.Fatal(err)
		}
		src, err := os.ReadFile(filepath.Join(pdfDir, "src", strings.Split(f, ".")[0]+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		want, got := pdfWords(string(src)), pdfWords(doc.Text)
		n := pdfLCS(want, got)
		recall, precision := float64(n)/float64(len(want)), float64(n)/float64(len(got))
		t.Logf("%s via pdftotext: recall %.4f precision %.4f", f, recall, precision)
		if recall < 0.98 || precision < 0.98 {
			t.Errorf("%s: recall %.4f precision %.4f, want ≥ 0.98", f, recall, precision)
		}
	}
	doc, err := readPDFFile(t, filepath.Join(pdfDir, "001-pori-verkkokauppa.lo.pdf"), Options{PDFEngine: "pdftotext"})
	if err != nil {
		t.Fatal(err)
	}
	if b := blockWith(t, doc, "Käsittelyn oikeusperusteena on asiakassuhteesta syntyvä sopimus."); b.Page != 2 {
		t.Errorf("page %d, want 2", b.Page)
	}
	// poppler decrypts AES-256 with an empty user password.
	if _, err := readPDFFile(t, filepath.Join(pdfDir, "encrypted-empty-aes256.pdf"), Options{PDFEngine: "pdftotext"}); err != nil {
		t.Errorf("empty-password AES-256: %v", err)
	}
	if _, err := readPDFFile(t, filepath.Join(pdfDir, "encrypted-user-aes256.pdf"), Options{PDFEngine: "pdftotext"}); !errors.Is(err, ErrEncrypted) {
		t.Errorf("password-protected: got %v, want ErrEncrypted", err)
	}
	if _, err := readPDFFile(t, filepath.Join(pdfDir, "damaged-truncated.pdf"), Options{PDFEngine: "pdftotext"}); err == nil {
		t.Error("truncated file: no error")
	}
}

func TestPDFToTextMissing(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	_, err := PDF("x.pdf", []byte("%PDF-1.4"), Options{PDFEngine: "pdftotext"})
	if !errors.Is(err, ErrPDFToText) || !strings.Contains(err.Error(), "not installed") {
		t.Errorf("got %v, want a clear 'not installed' error", err)
	}
}

func BenchmarkPDF(b *testing.B) {
	for _, f := range []string{"003-nokopa-asiakasrekisteri.lo.pdf", "003-nokopa-asiakasrekisteri.groff2c.pdf", "003-nokopa-asiakasrekisteri.cairo.pdf"} {
		data, err := os.ReadFile(filepath.Join(pdfDir, f))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(strings.Split(f, ".")[1], func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := PDF(f, data, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// FuzzPDF: no input may panic or hang the reader (the watchdog turns a hang
// into an error after Options.Timeout; the fuzzer's own timeout catches
// worse).
func FuzzPDF(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join(pdfDir, "crafted-*.pdf"))
	more, _ := filepath.Glob(filepath.Join(pdfDir, "damaged-*.pdf"))
	real, _ := filepath.Glob(filepath.Join(pdfDir, "000-*.pdf")) // one notice per producer
	for _, p := range append(append(files, more...), real...) {
		// The bomb costs half a second an execution: no use to the fuzzer.
		if data, err := os.ReadFile(p); err == nil && len(data) < 64<<10 && !strings.Contains(p, "bomb") {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := PDF("fuzz.pdf", data, Options{})
		if err == nil && doc == nil {
			t.Fatal("nil document without an error")
		}
	})
}

// pdfDiffWords prints where two word sequences part, for debugging fixtures.
func pdfDiffWords(want, got []string) string {
	i := 0
	for i < len(want) && i < len(got) && want[i] == got[i] {
		i++
	}
	return fmt.Sprintf("at word %d: want %q, got %q", i, want[i:min(i+8, len(want))], got[i:min(i+8, len(got))])
}
