package extract

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/seloste/seloste/analyzer"
)

// FuzzParse feeds any bytes to every reader but PDF (fuzzed on its own).
// No input may panic (Parse turns a panic into an error, which this
// reports), and a document's blocks must be ordered spans of its text.
func FuzzParse(f *testing.F) {
	for _, dir := range []string{"seeds", "html", "docx"} {
		files, _ := filepath.Glob(filepath.Join("testdata", dir, "*"))
		for _, p := range files {
			if data, err := os.ReadFile(p); err == nil && len(data) < 16<<10 {
				f.Add(data, "")
			}
		}
	}
	f.Add(docxOf(f, para("Otsikko1", "Rekisterinpitäjä"), `<w:style w:type="paragraph" w:styleId="Otsikko1"><w:name w:val="heading 1"/></w:style>`), "")
	f.Add([]byte("Otsikko\t<p>a</p><ul>- A- B</ul>"), "text/plain")
	f.Add([]byte("<p>x<br>y</p>"), "text/html; charset=windows-1252")
	f.Add(utf16Bytes("Rekisterinpitäjä", true, true), "")
	f.Fuzz(func(t *testing.T, data []byte, contentType string) {
		if len(data) > 0 && (strings.Contains(string(data[:min(len(data), 1024)]), "%PDF-")) {
			return
		}
		doc, err := Parse("fuzz", data, contentType, Options{MaxBytes: 1 << 20})
		if err != nil {
			if strings.Contains(err.Error(), "reader failed") {
				t.Fatal(err)
			}
			if !strings.HasPrefix(err.Error(), "fuzz: ") {
				t.Fatalf("error %q does not name the input", err)
			}
			return
		}
		checkDocument(t, doc)
	})
}

func checkDocument(t *testing.T, doc *analyzer.Document) {
	t.Helper()
	if len(doc.Blocks) == 0 {
		t.Fatal("document without blocks")
	}
	prev := 0
	for i, b := range doc.Blocks {
		if b.Start < prev || b.End <= b.Start || b.End > len(doc.Text) {
			t.Fatalf("block %d [%d,%d) after %d in %d bytes", i, b.Start, b.End, prev, len(doc.Text))
		}
		if s := doc.BlockText(b); strings.TrimSpace(s) != s {
			t.Fatalf("block %d %q not trimmed", i, s)
		}
		prev = b.End
	}
}

// TestParseMutations is a deterministic stand-in for fuzzing: truncated,
// bit-flipped and spliced fixtures must yield a document or an error
// naming the input, never a panic.
func TestParseMutations(t *testing.T) {
	var inputs [][]byte
	for _, dir := range []string{"seeds", "html", "docx"} {
		files, _ := filepath.Glob(filepath.Join("testdata", dir, "*"))
		for _, p := range files {
			if data, err := os.ReadFile(p); err == nil {
				inputs = append(inputs, data)
			}
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for i, in := range inputs {
		for j := range 30 {
			data := bytes.Clone(in)
			switch j % 3 {
			case 0:
				data = data[:rng.IntN(len(data))]
			case 1:
				for range 1 + rng.IntN(8) {
					data[rng.IntN(len(data))] ^= byte(1 << rng.IntN(8))
				}
			case 2:
				a, b := rng.IntN(len(data)), rng.IntN(len(data))
				data = append(data[:a:a], append([]byte("<p><b>\t- X&amp;\x00\xff</li>"), data[b:]...)...)
			}
			doc, err := Parse("m", data, "", Options{})
			if err != nil {
				if strings.Contains(err.Error(), "reader failed") || !strings.HasPrefix(err.Error(), "m: ") {
					t.Fatalf("input %d mutation %d: %v", i, j, err)
				}
				continue
			}
			checkDocument(t, doc)
		}
	}
}
