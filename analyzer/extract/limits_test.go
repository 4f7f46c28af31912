package extract

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"runtime"
	"runtime/metrics"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/seloste/seloste/analyzer"
)

// A reader stuck in a call that never checks the deadline is given up on:
// the caller gets an error naming the input, the goroutine is counted as
// abandoned until it returns, and past MaxAbandoned the risky formats are
// refused while plain text is still read.
func TestWatchGivesUp(t *testing.T) {
	if n := Abandoned(); n != 0 {
		t.Fatalf("%d readers abandoned before the test", n)
	}
	release := make(chan struct{})
	const stuck = 3
	var wg sync.WaitGroup
	for i := range stuck {
		wg.Go(func() {
			ctx, cancel := context.WithDeadlineCause(context.Background(), time.Now().Add(20*time.Millisecond), errDocDeadline)
			defer cancel()
			name := fmt.Sprintf("stuck%d.pdf", i)
			start := time.Now()
			_, err := watch(ctx, name, 20*time.Millisecond, func() (*analyzer.Document, error) {
				<-release
				return nil, nil
			})
			if !errors.Is(err, ErrTimeout) || err.Error() != name+": reading took longer than 20ms, gave up: "+ErrTimeout.Error() {
				t.Errorf("error %v", err)
			}
			if took := time.Since(start); took > 3*time.Second {
				t.Errorf("gave up after %v", took)
			}
		})
	}
	wg.Wait()
	if n := Abandoned(); n != stuck {
		t.Errorf("%d abandoned, want %d", n, stuck)
	}
	opt := Options{MaxAbandoned: stuck}
	if _, err := Parse("next.html", []byte("<p>Rekisterinpitäjä</p>"), "", opt); !errors.Is(err, ErrTimeout) || !strings.HasPrefix(err.Error(), "next.html: not read: 3 earlier") {
		t.Errorf("HTML after %d stuck readers: %v", stuck, err)
	}
	if _, err := Parse("next.txt", []byte("Rekisterinpitäjä"), "", opt); err != nil {
		t.Errorf("text after %d stuck readers: %v", stuck, err)
	}
	close(release)
	for deadline := time.Now().Add(5 * time.Second); Abandoned() > 0 && time.Now().Before(deadline); {
		time.Sleep(time.Millisecond)
	}
	if n := Abandoned(); n != 0 {
		t.Errorf("%d still abandoned after they returned", n)
	}
}

// The readers check the deadline in their loops and return by themselves.
func TestReadersStopAtDeadline(t *testing.T) {
	html := []byte(strings.Repeat("<p>Rekisterinpitäjä <b>on</b> kunta.</p>\n", 20_000))
	var body strings.Builder
	for range 20_000 {
		body.WriteString(para("", "Rekisterinpitäjä on kunta."))
	}
	docx := docxOf(t, body.String(), "")
	for _, tt := range []struct {
		name string
		read func(*docLimits) (*analyzer.Document, error)
	}{
		{"notice.html", func(l *docLimits) (*analyzer.Document, error) { return htmlDoc("notice.html", html, "", l) }},
		{"notice.docx", func(l *docLimits) (*analyzer.Document, error) {
			return docxDoc("notice.docx", docx, Options{}.withDefaults(), l)
		}},
		{"notice.txt", func(l *docLimits) (*analyzer.Document, error) { return textDoc("notice.txt", html, l) }},
	} {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		_, err := tt.read(newDocLimits(ctx, Options{}.withDefaults()))
		if !errors.Is(err, errStopped) || !strings.HasPrefix(err.Error(), tt.name+": ") {
			t.Errorf("%s: %v", tt.name, err)
		}
	}
	// Through Parse the deadline is Options.Timeout.
	_, err := Parse("notice.html", html, "", Options{Timeout: time.Nanosecond})
	if !errors.Is(err, ErrTimeout) || !strings.HasPrefix(err.Error(), "notice.html: reading took longer than 1ns, gave up") {
		t.Errorf("Parse: %v", err)
	}
}

// Text budgets: extracted text and blocks, per format, and a 100 MB
// single-line text file (generated, not committed).
func TestTextBudgets(t *testing.T) {
	lines := strings.Repeat("Rekisterinpitäjä on kunta.\n", 2000) // 56 KB, 2000 blocks
	var body strings.Builder
	for range 2000 {
		body.WriteString(para("", "Rekisterinpitäjä on kunta."))
	}
	inputs := map[string][]byte{
		"n.txt":  []byte(lines),
		"n.html": []byte(strings.ReplaceAll("<p>"+lines, "\n", "</p><p>")),
		"n.docx": docxOf(t, body.String(), ""),
	}
	for name, data := range inputs {
		for _, opt := range []Options{{MaxText: 10_000}, {MaxBlocks: 100}} {
			_, err := Parse(name, data, "", opt)
			if !errors.Is(err, ErrTooLarge) || !strings.HasPrefix(err.Error(), name+": ") {
				t.Errorf("%s %+v: %v", name, opt, err)
			}
		}
		if _, err := Parse(name, data, "", Options{}); err != nil {
			t.Errorf("%s within the defaults: %v", name, err)
		}
	}

	// Past htmlMaxTags a page is read without building its tree.
	tags := strings.Repeat("<p><b>x</b> y", htmlMaxTags/3+1)
	var heap uint64
	took := func() time.Duration {
		start := time.Now()
		heap = heapGrowth(func() {
			doc, err := Parse("tags.html", []byte(tags), "", Options{})
			if err != nil || !strings.HasPrefix(doc.Text, "x y\n\nx y") {
				t.Errorf("%d tags: %v", strings.Count(tags, "<"), err)
			}
		})
		return time.Since(start)
	}()
	t.Logf("%d tags: %v, heap +%d MiB", strings.Count(tags, "<"), took, heap>>20)
	if took > 5*time.Second || heap > 256<<20 {
		t.Errorf("%d tags: %v, heap +%d MiB", strings.Count(tags, "<"), took, heap>>20)
	}

	big := bytes.Repeat([]byte("Rekisterinpitäjä käsittelee tietoja. "), 100<<20/38) // 100 MB, one line
	start := time.Now()
	if _, err := Parse("big.txt", big, "", Options{}); !errors.Is(err, ErrTooLarge) || !strings.HasPrefix(err.Error(), "big.txt: ") {
		t.Errorf("100 MB with the default MaxBytes: %v", err)
	}
	_, err := Parse("big.txt", big, "", Options{MaxBytes: 128 << 20})
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "bytes of text, limit") {
		t.Errorf("100 MB with MaxBytes 128 MiB: %v", err)
	}
	if took := time.Since(start); took > 10*time.Second {
		t.Errorf("100 MB took %v", took)
	}
}

// Hosts lets at most two requests run against one host at a time and
// spaces their starts by the delay; other hosts are not held up.
func TestHostsPoliteness(t *testing.T) {
	const delay = 60 * time.Millisecond
	h := NewHosts(2, delay)
	var running, peak atomic.Int32
	var mu sync.Mutex
	var starts []time.Time
	var wg sync.WaitGroup
	for range 6 {
		wg.Go(func() {
			release, err := h.acquire(context.Background(), "kunta.fi")
			if err != nil {
				t.Error(err)
				return
			}
			defer release()
			mu.Lock()
			starts = append(starts, time.Now())
			mu.Unlock()
			n := running.Add(1)
			for p := peak.Load(); n > p && !peak.CompareAndSwap(p, n); p = peak.Load() {
			}
			time.Sleep(100 * time.Millisecond)
			running.Add(-1)
		})
	}
	time.Sleep(10 * time.Millisecond)
	other := time.Now()
	if release, err := h.acquire(context.Background(), "muu.fi"); err != nil || time.Since(other) > 30*time.Millisecond {
		t.Errorf("another host waited %v (%v)", time.Since(other), err)
	} else {
		release()
	}
	wg.Wait()
	if p := peak.Load(); p > 2 {
		t.Errorf("%d requests at once to one host, want at most 2", p)
	}
	slices.SortFunc(starts, time.Time.Compare)
	// Each start is scheduled a delay after the one before; a goroutine
	// may wake late, so only the distance from the first is certain.
	for i := 1; i < len(starts); i++ {
		if since := starts[i].Sub(starts[0]); since < time.Duration(i)*delay-2*time.Millisecond {
			t.Errorf("request %d started %v after the first, want at least %v", i, since, time.Duration(i)*delay)
		}
	}
	// A cancelled run does not wait for its turn.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := h.acquire(ctx, "kunta.fi"); err == nil {
		t.Error("acquired with a cancelled context")
	}

	// Through Read: the server never sees more than two at once.
	running.Store(0)
	peak.Store(0)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := running.Add(1)
		defer running.Add(-1)
		for p := peak.Load(); n > p && !peak.CompareAndSwap(p, n); p = peak.Load() {
		}
		time.Sleep(50 * time.Millisecond)
		fmt.Fprint(w, "Rekisterinpitäjä on kunta.")
	}))
	defer srv.Close()
	opt := Options{Hosts: NewHosts(2, time.Millisecond)}
	for i := range 6 {
		wg.Go(func() {
			if _, err := Read(context.Background(), fmt.Sprintf("%s/%d", srv.URL, i), nil, opt); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if p := peak.Load(); p > 2 {
		t.Errorf("server saw %d requests at once, want at most 2", p)
	}
}

// A connection that fails names the URL without its credentials.
func TestFetchConnectErrorHidesCredentials(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close() // nothing listens there now
	_, err = Read(context.Background(), "http://matti:salasana@"+addr+"/seloste", nil, Options{HTTPTimeout: 2 * time.Second})
	if err == nil || strings.Contains(err.Error(), "salasana") || !strings.HasPrefix(err.Error(), "http://"+addr+"/seloste: ") {
		t.Errorf("error %v", err)
	}
}

// heapGrowth runs f and returns how far live heap objects grew above where
// they were, sampled every millisecond.
func heapGrowth(f func()) uint64 {
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
	return max(peak.Load(), base) - base
}

// Oversized styles are ignored: the text is read without heading levels.
func TestDOCXHugeStyles(t *testing.T) {
	st := strings.Repeat(`<w:style w:type="paragraph" w:styleId="a"><w:name w:val="x"/></w:style>`, (docxMaxStyles/70)+1)
	var doc *analyzer.Document
	var err error
	heap := heapGrowth(func() {
		doc, err = Parse("styles.docx", docxOf(t, para("", "Rekisterinpitäjä"), st), "", Options{})
	})
	if err != nil || doc.Text != "Rekisterinpitäjä" || heap > 64<<20 {
		t.Errorf("%v, heap +%d MiB", err, heap>>20)
	}
}
