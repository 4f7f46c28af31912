package extract_test

import (
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync/atomic"
	"testing"
	"time"

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

// docBudget is the time and heap one hostile document may take in
// TestMalformedCorpus: reading is given up after the deadline, so the
// whole pipeline must end well within twice of it.
const (
	docDeadline = 10 * time.Second
	docHeap     = 256 << 20
)

// TestMalformedCorpus reads every hostile or broken file (testdata/malformed
// and the crafted, damaged and encrypted PDFs) through extract.Parse and
// the rules: each must end with a document or with an error that names it,
// within the time and heap budget, and never panic.
func TestMalformedCorpus(t *testing.T) {
	var files []string
	for _, pat := range []string{"malformed/*", "pdf/crafted-*.pdf", "pdf/damaged-*.pdf", "pdf/encrypted-*.pdf"} {
		m, _ := filepath.Glob(filepath.Join("testdata", pat))
		files = append(files, m...)
	}
	if len(files) < 40 {
		t.Fatalf("only %d files in the corpus", len(files))
	}
	e := engine(t)
	for _, p := range files {
		t.Run(filepath.Base(p), func(t *testing.T) {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			name := filepath.Base(p)
			opt := extract.Options{Timeout: docDeadline}
			var doc *analyzer.Document
			took, heap := measure(func() {
				doc, err = extract.Parse(name, data, "", opt)
				if err == nil {
					res := e.Lint(doc, analyzer.Options{})
					checkResult(t, doc, &res)
				}
			})
			if err != nil {
				if !strings.HasPrefix(err.Error(), name+": ") {
					t.Errorf("error %q does not name the input", err)
				}
				if strings.Contains(err.Error(), "reader failed") {
					t.Errorf("reader panicked: %v", err)
				}
			}
			t.Logf("%v, heap +%d MiB: %v", took.Round(time.Millisecond), heap>>20, errOrOK(err))
			if took > 2*docDeadline {
				t.Errorf("took %v, budget %v", took, 2*docDeadline)
			}
			if heap > docHeap {
				t.Errorf("heap grew by %d MiB, budget %d MiB", heap>>20, docHeap>>20)
			}
		})
	}
}

func errOrOK(err error) string {
	if err == nil {
		return "read"
	}
	return err.Error()
}

// measure runs f and returns its wall time and the peak growth of live
// heap objects while it ran, sampled every few milliseconds.
func measure(f func()) (time.Duration, uint64) {
	runtime.GC()
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	read := func() uint64 { metrics.Read(sample); return sample[0].Value.Uint64() }
	base := read()
	var peak atomic.Uint64
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		tick := time.NewTicker(2 * time.Millisecond)
		defer tick.Stop()
		for {
			if v := read(); v > peak.Load() {
				peak.Store(v)
			}
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	}()
	start := time.Now()
	f()
	took := time.Since(start)
	close(stop)
	<-done
	if p := peak.Load(); p > base {
		return took, p - base
	}
	return took, 0
}
