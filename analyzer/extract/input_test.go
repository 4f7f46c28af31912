package extract

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestInputs(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"b.txt": "x", "a.PDF": "x", "c/d.html": "x", "c/e.DOCX": "x", "c/f.htm": "x", "c/g.md": "x",
		"c/h.xhtml": "x", "c/i.text": "x", "notes.csv": "x", "image.png": "x",
		".git/config.txt": "x", ".hidden.txt": "x", "~$lock.docx": "x", "c/.cache/j.txt": "x",
		"empty/README": "x", "single.csv": "x",
	})
	j := func(p ...string) string { return filepath.Join(append([]string{dir}, p...)...) }
	got, errs := Inputs([]string{
		dir, "-", "https://kunta.fi/seloste", "HTTP://kunta.fi/x.pdf", j("single.csv"),
		j("missing.txt"), j("empty"), "ftp://user:salasana@kunta.fi/x.pdf",
	})
	want := []string{
		j("a.PDF"), j("b.txt"), j("c", "d.html"), j("c", "e.DOCX"), j("c", "f.htm"), j("c", "g.md"),
		j("c", "h.xhtml"), j("c", "i.text"),
		"-", "https://kunta.fi/seloste", "HTTP://kunta.fi/x.pdf", j("single.csv"),
	}
	if !slices.Equal(got, want) {
		t.Errorf("Inputs\n got %q\nwant %q", got, want)
	}
	if len(errs) != 3 {
		t.Fatalf("errors %v, want 3", errs)
	}
	var ie *InputError
	if !errors.As(errs[0], &ie) || ie.Input != j("missing.txt") || !errors.Is(errs[0], fs.ErrNotExist) {
		t.Errorf("missing file: %v", errs[0])
	}
	if got := errs[0].Error(); got != j("missing.txt")+": no such file or directory" {
		t.Errorf("missing file message %q", got)
	}
	if !errors.Is(errs[1], ErrNoNotices) || !strings.HasPrefix(errs[1].Error(), j("empty")+": ") {
		t.Errorf("empty folder: %v", errs[1])
	}
	if !errors.Is(errs[2], ErrUnsupported) || strings.Contains(errs[2].Error(), "salasana") {
		t.Errorf("ftp URL: %v", errs[2])
	}
	// deterministic
	again, _ := Inputs([]string{dir})
	if !slices.Equal(again, want[:8]) {
		t.Errorf("second walk %q", again)
	}
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"ok.txt":      finnish,
		"page.pdf":    "<!DOCTYPE html><html><body><h1>Tietosuojaseloste</h1><p>Rekisterinpitäjä on kunta.</p></body></html>",
		"empty.txt":   "",
		"binary.txt":  "\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00",
		"cp1252.txt":  "Rekisterinpit\xe4j\xe4\n\nKokkolan kaupunki k\xe4sittelee henkil\xf6tietoja.\n",
		"big.txt":     strings.Repeat("Rekisterinpitäjä\n", 1000),
		"broken.docx": "PK\x03\x04broken",
	})
	ctx := context.Background()
	doc, err := Read(ctx, filepath.Join(dir, "ok.txt"), nil, Options{})
	if err != nil || doc.Text != finnish || doc.Path != filepath.Join(dir, "ok.txt") {
		t.Fatalf("ok.txt: %v %+v", err, doc)
	}
	if doc, err := Read(ctx, filepath.Join(dir, "page.pdf"), nil, Options{}); err != nil || doc.Format != "html" {
		t.Errorf("HTML named .pdf: %v %v", err, doc)
	}
	if doc, err := Read(ctx, filepath.Join(dir, "cp1252.txt"), nil, Options{}); err != nil || doc.Text != finnish {
		t.Errorf("windows-1252: %v %q", err, doc.Text)
	}
	for name, want := range map[string]error{
		"empty.txt":   ErrEmpty,
		"binary.txt":  ErrBinary,
		"missing.txt": fs.ErrNotExist,
		"big.txt":     ErrTooLarge,
		"broken.docx": nil,
	} {
		p := filepath.Join(dir, name)
		_, err := Read(ctx, p, nil, Options{MaxBytes: 4096})
		if err == nil || want != nil && !errors.Is(err, want) {
			t.Errorf("%s: err = %v, want %v", name, err, want)
			continue
		}
		if !strings.HasPrefix(err.Error(), p+": ") {
			t.Errorf("%s: error %q does not name the input", name, err)
		}
	}
	if _, err := Read(ctx, dir, nil, Options{}); err == nil {
		t.Error("folder read as a file")
	}
}

func TestReadStdin(t *testing.T) {
	ctx := context.Background()
	doc, err := Read(ctx, "-", strings.NewReader(finnish), Options{})
	if err != nil || doc.Path != "-" || doc.Text != finnish {
		t.Fatalf("stdin: %v %+v", err, doc)
	}
	_, err = Read(ctx, "-", strings.NewReader(strings.Repeat("x", 100)), Options{MaxBytes: 10})
	if !errors.Is(err, ErrTooLarge) || !strings.HasPrefix(err.Error(), "-: ") {
		t.Errorf("oversize stdin: %v", err)
	}
	if _, err := Read(ctx, "-", strings.NewReader(""), Options{}); !errors.Is(err, ErrEmpty) {
		t.Errorf("empty stdin: %v", err)
	}
}

func TestReadURL(t *testing.T) {
	var gotUA, gotAuth string
	mux := http.NewServeMux()
	mux.HandleFunc("/seloste", func(w http.ResponseWriter, r *http.Request) {
		gotUA = r.Header.Get("User-Agent")
		_, _, ok := r.BasicAuth()
		gotAuth = fmt.Sprint(ok)
		w.Header().Set("Content-Type", "text/html; charset=windows-1252")
		fmt.Fprint(w, "<h1>Tietosuojaseloste</h1><p>Rekisterinpit\xe4j\xe4 on kunta.</p>")
	})
	mux.HandleFunc("/seloste.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, "<p>Rekisterinpitäjä</p>")
	})
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/error", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "boom", 500) })
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/slowbody", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, "Rekisterinpitäjä ")
		w.(http.Flusher).Flush()
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "100000")
		w.Write([]byte(strings.Repeat("a", 100000)))
	})
	mux.HandleFunc("/bigchunked", func(w http.ResponseWriter, r *http.Request) {
		for range 100 {
			w.Write([]byte(strings.Repeat("a ", 500)))
			w.(http.Flusher).Flush()
		}
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/hop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/seloste", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/toftp", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "ftp://x/y", http.StatusFound) })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	ctx := context.Background()
	opt := Options{HTTPTimeout: 2 * time.Second, UserAgent: UserAgentFor("1.2.3")}

	doc, err := Read(ctx, srv.URL+"/hop", nil, opt)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Format != "html" || doc.Path != srv.URL+"/hop" || !strings.Contains(doc.Text, "Rekisterinpitäjä on kunta.") {
		t.Errorf("doc %q %q %q", doc.Format, doc.Path, doc.Text)
	}
	if gotUA != "seloste/1.2.3 (+https://github.com/seloste/seloste)" {
		t.Errorf("User-Agent %q", gotUA)
	}
	if doc, err := Read(ctx, srv.URL+"/seloste.txt", nil, opt); err != nil || doc.Format != "text" {
		t.Errorf("text/plain: %v %v", err, doc)
	}

	// credentials are sent, never shown
	withUser := strings.Replace(srv.URL, "http://", "http://matti:salasana@", 1)
	doc, err = Read(ctx, withUser+"/seloste", nil, opt)
	if err != nil || gotAuth != "true" || strings.Contains(doc.Path, "salasana") {
		t.Errorf("userinfo: err %v, auth %s, path %q", err, gotAuth, doc.Path)
	}

	tests := []struct {
		path string
		opt  Options
		want error
		msg  string
	}{
		{"/missing", opt, nil, "HTTP 404 Not Found"},
		{"/error", opt, nil, "HTTP 500 Internal Server Error"},
		{"/slow", Options{HTTPTimeout: 100 * time.Millisecond}, context.DeadlineExceeded, "timed out after 100ms"},
		{"/slowbody", Options{HTTPTimeout: 100 * time.Millisecond}, context.DeadlineExceeded, "timed out"},
		{"/big", Options{MaxBytes: 1000}, ErrTooLarge, "100000 bytes, limit 1000"},
		{"/bigchunked", Options{MaxBytes: 1000}, ErrTooLarge, "more than 1000 bytes"},
		{"/loop", opt, ErrRedirects, "stopped after 5 redirects"},
		{"/loop", Options{MaxRedirect: 2}, ErrRedirects, "stopped after 2 redirects"},
		{"/toftp", opt, ErrUnsupported, "redirect to ftp URL"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			start := time.Now()
			_, err := Read(ctx, withUser+tt.path, nil, tt.opt)
			if err == nil {
				t.Fatal("no error")
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, srv.URL+tt.path+": ") || !strings.Contains(msg, tt.msg) {
				t.Errorf("error %q, want %q naming the URL", msg, tt.msg)
			}
			if strings.Contains(msg, "salasana") || strings.Contains(msg, "matti") {
				t.Errorf("credentials in %q", msg)
			}
			if d := time.Since(start); d > 3*time.Second {
				t.Errorf("took %s", d)
			}
		})
	}
	var se *StatusError
	if _, err := Read(ctx, srv.URL+"/missing", nil, opt); !errors.As(err, &se) || se.StatusCode != 404 {
		t.Errorf("StatusError: %v", err)
	}

	for _, u := range []string{"ftp://matti:salasana@kunta.fi/x", "file:///etc/passwd", "http:///nohost"} {
		_, err := Read(ctx, u, nil, opt)
		if !errors.Is(err, ErrUnsupported) || strings.Contains(err.Error(), "salasana") {
			t.Errorf("%s: %v", u, err)
		}
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := Read(cancelled, srv.URL+"/seloste", nil, opt); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
}
