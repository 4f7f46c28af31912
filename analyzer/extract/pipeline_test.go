package extract_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/seloste/seloste/analyzer"
	"github.com/seloste/seloste/analyzer/extract"
	"github.com/seloste/seloste/rules"
)

// engine is built once: the rules hold no state between documents.
func engine(tb testing.TB) *analyzer.Engine {
	tb.Helper()
	e, err := rules.NewEngine()
	if err != nil {
		tb.Fatal(err)
	}
	return e
}

// FuzzLint runs the whole pipeline, extract.Parse and the rules, on any
// bytes: no input may panic a reader or a rule, and every finding and
// element must point inside the text.
func FuzzLint(f *testing.F) {
	for _, dir := range []string{"seeds", "html", "docx", "malformed"} {
		files, _ := filepath.Glob(filepath.Join("testdata", dir, "*"))
		for _, p := range files {
			if data, err := os.ReadFile(p); err == nil && len(data) < 64<<10 {
				f.Add(data, filepath.Ext(p))
			}
		}
	}
	f.Add([]byte("Rekisterinpitäjä\nHenkilötietolaki 523/1999\n\nSäilytysaika: ikuisesti"), ".txt")
	f.Add([]byte("Personuppgiftsansvarig\nPrivacy Shield\nDataskyddsombudet"), ".txt")
	e := engine(f)
	f.Fuzz(func(t *testing.T, data []byte, ext string) {
		opt := extract.Options{MaxBytes: 1 << 20, MaxText: 1 << 20}
		doc, err := extract.Parse("fuzz"+ext, data, "", opt)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz"+ext+": ") {
				t.Fatalf("error %q does not name the input", err)
			}
			if strings.Contains(err.Error(), "reader failed") {
				t.Fatal(err)
			}
			return
		}
		res := e.Lint(doc, analyzer.Options{})
		checkResult(t, doc, &res)
	})
}

func checkResult(t *testing.T, doc *analyzer.Document, res *analyzer.Result) {
	t.Helper()
	if len(res.Elements) != len(analyzer.ElementIDs()) {
		t.Fatalf("%d elements, want %d", len(res.Elements), len(analyzer.ElementIDs()))
	}
	inside := func(what string, s analyzer.Span) {
		if s.Start < 0 || s.End < s.Start || s.End > len(doc.Text) {
			t.Fatalf("%s span %v outside %d bytes of text", what, s, len(doc.Text))
		}
		if p := res.Position(s); !s.IsZero() && (p.Line < 1 || p.Column < 1) {
			t.Fatalf("%s span %v at %+v", what, s, p)
		}
	}
	for _, el := range res.Elements {
		inside(el.ID, el.Span)
	}
	for _, f := range res.Findings {
		if f.Rule == "" || f.Severity == 0 || f.Message == "" {
			t.Fatalf("incomplete finding %+v", f)
		}
		inside(f.Rule, f.Span)
	}
}
