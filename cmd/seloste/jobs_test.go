package main

import (
	"context"
	"encoding/json"
	"fmt"
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
)

// noticeText is the size of the notices writeNotices writes.
const noticeText = 8 << 10

// writeNotices writes n notices of about 8 KB each into dir, in lexical
// order.
func writeNotices(t *testing.T, dir string, n int) []string {
	t.Helper()
	body := strings.Repeat("Rekisterinpitäjä käsittelee henkilötietoja henkilötietolain mukaisesti.\n", noticeText/74)
	paths := make([]string, n)
	for i := range n {
		paths[i] = filepath.Join(dir, fmt.Sprintf("%05d.txt", i))
		if err := os.WriteFile(paths[i], []byte(fmt.Sprintf("Seloste %d\n%s", i, body)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return paths
}

// With --jobs 2 the report lists the notices in input order.
func TestJobsKeepInputOrder(t *testing.T) {
	dir := t.TempDir()
	paths := writeNotices(t, dir, 300)
	r := lint(t, nil, "lint", "--jobs", "2", "--format", "json", "--fail-on", "none", dir)
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var rep struct {
		Documents []struct {
			Path     string `json:"path"`
			Findings []struct {
				Line int `json:"line"`
			} `json:"findings"`
		} `json:"documents"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Documents) != len(paths) {
		t.Fatalf("%d documents, want %d", len(rep.Documents), len(paths))
	}
	for i, d := range rep.Documents {
		if d.Path != paths[i] {
			t.Fatalf("document %d is %s, want %s", i, d.Path, paths[i])
		}
		// positions survive compaction: outdated-law on line 2
		if len(d.Findings) == 0 || d.Findings[len(d.Findings)-1].Line != 2 {
			t.Fatalf("%s: findings %+v", d.Path, d.Findings)
		}
	}
}

// Memory grows with the workers, not with the notices' text: linting
// 2000 notices holds a compact result per notice (a few hundred bytes)
// more than linting 500, not its document, and the results come in
// input order.
func TestJobsMemoryBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("lints 2500 notices")
	}
	engine, _ := fakeEngine()
	run := func(n int) (peak, kept uint64) {
		dir := t.TempDir()
		paths := writeNotices(t, dir, n)
		l := &linter{engine: engine, src: extractSource(), jobs: 2, read: extract.Options{}}
		var results []analyzer.Result
		peak = peakHeap(func() { results = l.lintAll(context.Background(), []string{dir}) })
		kept = liveHeap()
		for i, r := range results {
			if r.Path != paths[i] || r.Err != nil {
				t.Fatalf("result %d: %s (%v), want %s", i, r.Path, r.Err, paths[i])
			}
		}
		runtime.KeepAlive(results)
		return peak, kept
	}
	peak500, kept500 := run(500)
	peak2000, kept2000 := run(2000)
	keptPer := (float64(kept2000) - float64(kept500)) / 1500
	peakPer := (float64(peak2000) - float64(peak500)) / 1500
	t.Logf("500 notices: peak +%d KiB, kept %d KiB; 2000 notices: peak +%d KiB, kept %d KiB; per extra notice of %d KiB: kept %.0f bytes, peak %.0f bytes",
		peak500>>10, kept500>>10, peak2000>>10, kept2000>>10, noticeText>>10, keptPer, peakPer)
	// A kept Document would cost its text and more; a compact result
	// costs its checklist and findings.
	if keptPer > noticeText/2 {
		t.Errorf("each extra notice keeps %.0f bytes of heap; its text is %d", keptPer, noticeText)
	}
}

// liveHeap is the heap that survives a collection.
func liveHeap() uint64 {
	runtime.GC()
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(sample)
	return sample[0].Value.Uint64()
}

// peakHeap runs f and returns how far live heap objects grew above where
// they were, sampled every millisecond.
func peakHeap(f func()) uint64 {
	runtime.GC()
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	read := func() uint64 { metrics.Read(sample); return sample[0].Value.Uint64() }
	base := read()
	var peak atomic.Uint64
	stop, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		for {
			if v := read(); v > peak.Load() {
				peak.Store(v)
			}
			select {
			case <-stop:
				return
			case <-time.After(time.Millisecond):
			}
		}
	}()
	f()
	close(stop)
	<-done
	if p := peak.Load(); p > base {
		return p - base
	}
	return 0
}

// A check past --doc-timeout is given up on; the other notices are still
// checked and the exit code says an input failed.
func TestCheckTimeout(t *testing.T) {
	e := testEnv(nil)
	release := make(chan struct{})
	defer close(release)
	e.newEngine = func() (*analyzer.Engine, error) {
		return analyzer.NewEngine([]analyzer.Rule{slowRule{fakeRule{id: "slow", needle: "HIDAS"}, release}}, nil), nil
	}
	dir := t.TempDir()
	slow := filepath.Join(dir, "slow.txt")
	if err := os.WriteFile(slow, []byte("HIDAS\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runWith(t, e, "lint", "--doc-timeout", "100ms", slow, "testdata/clean.txt")
	if r.code != exitUnreadable || !strings.Contains(r.stdout, slow+": error: checking took longer than 100ms, gave up") ||
		!strings.Contains(r.stdout, "testdata/clean.txt  (text") {
		t.Errorf("exit %d\n%s", r.code, r.stdout)
	}
}

type slowRule struct {
	fakeRule
	release chan struct{}
}

func (r slowRule) Check(p *analyzer.Pass) []analyzer.Finding {
	if strings.Contains(p.Doc.Text, r.needle) {
		<-r.release
	}
	return nil
}

func TestJobsFlag(t *testing.T) {
	for _, bad := range [][]string{{"--jobs", "0"}, {"--doc-timeout", "0s"}, {"--max-text", "x"}, {"--host-delay", "-1s"}} {
		r := lint(t, nil, append([]string{"lint"}, append(bad, "testdata/clean.txt")...)...)
		if r.code != exitUsage {
			t.Errorf("%v: exit %d", bad, r.code)
		}
	}
}
