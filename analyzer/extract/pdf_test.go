package extract

import (
	"errors"
	"fmt"
	"os"
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
// ("Analytics De-mographics"): about 1 word in 300 (measured: ≥ 0.9958).
var producerAgreement = map[string]float64{
	"lo": 1, "lo2c": 1, "cairo": 1, "groff": 0.99, "groff2c": 0.99, "gs": 0.99,
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

// pdfDiffWords prints where two word sequences part, for debugging fixtures.
func pdfDiffWords(want, got []string) string {
	i := 0
	for i < len(want) && i < len(got) && want[i] == got[i] {
		i++
	}
	return fmt.Sprintf("at word %d: want %q, got %q", i, want[i:min(i+8, len(want))], got[i:min(i+8, len(got))])
}

var _ = errors.Is
