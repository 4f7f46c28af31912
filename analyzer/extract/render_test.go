package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/seloste/seloste/analyzer"
)

// words is the word sequence of s: lower case, punctuation and line breaks
// ignored, so that renderings of one notice in different formats compare
// equal when they carry the same text in the same order.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// sameWords fails t at the first word where got differs from want.
func sameWords(t *testing.T, want, got []string) {
	t.Helper()
	for i := 0; i < len(want) || i < len(got); i++ {
		if i >= len(want) || i >= len(got) || want[i] != got[i] {
			ctx := func(w []string) string { return strings.Join(w[max(0, i-5):min(len(w), i+6)], " ") }
			t.Fatalf("word %d differs (want %d words, got %d):\nwant …%s…\ngot  …%s…", i, len(want), len(got), ctx(want), ctx(got))
		}
	}
}

// seedText reads a seed notice with the text reader: the reference every
// rendering of it is compared with.
func seedText(t *testing.T, id string) *analyzer.Document {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join("testdata", "seeds", id+"-*.txt"))
	if len(files) != 1 {
		t.Fatalf("seed %s: %d files", id, len(files))
	}
	data, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Text(files[0], data)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

var seedIDs = []string{"000", "001", "002", "003", "004"}

// TestRenderingsHaveSeedWords checks that the HTML pages (UTF-8 with
// <main>, windows-1252 without) and LibreOffice's DOCX of every seed read
// as the same words as the seed's text, with none of the page chrome.
func TestRenderingsHaveSeedWords(t *testing.T) {
	chrome := []string{"etusivu", "hyväksy", "evästeasetukset", "piilotettu", "valikko", "mallipohja", "javascript", "saavutettavuus", "saavutettavuusseloste", "datalayer", "verkkosivut", "arkisto"}
	for _, id := range seedIDs {
		want := words(seedText(t, id).Text)
		for _, file := range []string{id + ".utf8.html", id + ".cp1252.html", id + ".docx"} {
			t.Run(file, func(t *testing.T) {
				dir := "html"
				if strings.HasSuffix(file, ".docx") {
					dir = "docx"
				}
				doc := readFixture(t, filepath.Join(dir, file))
				got := words(doc.Text)
				for _, w := range got {
					for _, c := range chrome {
						if w == c {
							t.Errorf("page chrome %q in the text", w)
						}
					}
				}
				sameWords(t, want, got)
				if doc.Lang != "fi" {
					t.Errorf("Lang = %q, want fi", doc.Lang)
				}
				if !hasKind(doc, analyzer.BlockHeading) {
					t.Errorf("no heading among %d blocks", len(doc.Blocks))
				}
			})
		}
	}
}

func readFixture(t *testing.T, name string) *analyzer.Document {
	t.Helper()
	path := filepath.Join("testdata", name)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Parse(path, data, "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Path != path {
		t.Errorf("Path = %q, want %q", doc.Path, path)
	}
	return doc
}

func hasKind(doc *analyzer.Document, k analyzer.BlockKind) bool {
	for _, b := range doc.Blocks {
		if b.Kind == k {
			return true
		}
	}
	return false
}

// blockTexts lists "kind:text" of every block, for compact assertions.
func blockTexts(doc *analyzer.Document) []string {
	var out []string
	for _, b := range doc.Blocks {
		s := string(b.Kind)
		if b.Level > 0 {
			s += string(rune('0' + b.Level))
		}
		out = append(out, s+":"+doc.BlockText(b))
	}
	return out
}
