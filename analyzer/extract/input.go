package extract

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/seloste/seloste/analyzer"
)

// noticeExts are the extensions a folder walk picks up.
var noticeExts = map[string]bool{
	".txt": true, ".text": true, ".md": true, ".htm": true, ".html": true,
	".xhtml": true, ".pdf": true, ".docx": true,
}

var urlScheme = regexp.MustCompile(`^[a-zA-Z][a-zA-Z0-9+.-]*://`)

// Inputs expands command-line arguments: files as given, folders walked
// recursively (known formats only, hidden entries skipped, in lexical
// order), "-" and http(s) URLs kept as they are. A missing path, a folder
// with no notice or a URL of another scheme yields an InputError; the
// other arguments are still returned.
func Inputs(args []string) ([]string, []error) {
	var out []string
	var errs []error
	for _, arg := range args {
		if arg == "-" || isHTTP(arg) {
			out = append(out, arg)
			continue
		}
		if urlScheme.MatchString(arg) {
			errs = append(errs, &InputError{Input: redactURL(arg), Err: schemeError(arg)})
			continue
		}
		fi, err := os.Stat(arg)
		if err != nil {
			errs = append(errs, &InputError{Input: arg, Err: pathReason(err)})
			continue
		}
		if !fi.IsDir() {
			out = append(out, arg)
			continue
		}
		found := 0
		walkErr := filepath.WalkDir(arg, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, &InputError{Input: p, Err: pathReason(err)})
				if d != nil && d.IsDir() && p != arg {
					return fs.SkipDir
				}
				return nil
			}
			if p != arg && hidden(d.Name()) {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if !d.IsDir() && noticeExts[strings.ToLower(filepath.Ext(p))] && !projectDoc(d.Name()) {
				out = append(out, p)
				found++
			}
			return nil
		})
		if walkErr != nil {
			errs = append(errs, &InputError{Input: arg, Err: pathReason(walkErr)})
		} else if found == 0 {
			errs = append(errs, &InputError{Input: arg, Err: ErrNoNotices})
		}
	}
	return out, errs
}

// projectDoc reports the README, CHANGELOG and LICENSE files that describe
// a folder of notices rather than being one; named on the command line they
// are still read.
func projectDoc(name string) bool {
	base := strings.ToUpper(strings.TrimSuffix(name, filepath.Ext(name)))
	return base == "README" || base == "CHANGELOG" || base == "LICENSE" || base == "NOTES"
}

// hidden reports dot files and the lock files office suites leave next to
// open documents ("~$x.docx", ".~lock.x.docx#").
func hidden(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasPrefix(name, "~$")
}

// pathReason drops the path an *fs.PathError repeats, since InputError
// names the input already.
func pathReason(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func isHTTP(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

func schemeError(s string) error {
	scheme, _, _ := strings.Cut(s, "://")
	return fmt.Errorf("URL scheme %q not supported (http and https only): %w", scheme, ErrUnsupported)
}

// redactURL removes user and password from a URL, so that errors and
// reports never show credentials.
func redactURL(s string) string {
	u, err := url.Parse(s)
	if err != nil || u.User == nil {
		if err != nil {
			// an unparsable URL may still carry "user:pass@"; cut it by hand
			if i := strings.Index(s, "://"); i >= 0 {
				rest := s[i+3:]
				if at := strings.LastIndex(rest[:strings.IndexAny(rest+"/", "/?#")], "@"); at >= 0 {
					return s[:i+3] + rest[at+1:]
				}
			}
		}
		return s
	}
	u.User = nil
	return u.String()
}

// Read reads one input — file path, http(s) URL or "-" (stdin) — and
// returns its document. Document.Path is the input as given, except that a
// URL loses its user and password.
func Read(ctx context.Context, input string, stdin io.Reader, opt Options) (*analyzer.Document, error) {
	opt = opt.withDefaults()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", redactURL(input), err)
	}
	switch {
	case input == "-":
		if stdin == nil {
			return nil, fmt.Errorf("-: no standard input")
		}
		data, err := readAtMost(stdin, opt.MaxBytes)
		if err != nil {
			return nil, fmt.Errorf("-: reading standard input: %w", err)
		}
		return parse(ctx, input, data, "", opt)
	case isHTTP(input):
		return fetch(ctx, input, opt)
	case urlScheme.MatchString(input):
		return nil, fmt.Errorf("%s: %w", redactURL(input), schemeError(input))
	}
	return readFile(ctx, input, opt)
}

// readAtMost reads r to the end, failing with ErrTooLarge instead of
// holding more than limit bytes.
func readAtMost(r io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("more than %d bytes: %w", limit, ErrTooLarge)
	}
	return data, nil
}

func readFile(ctx context.Context, name string, opt Options) (*analyzer.Document, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, pathReason(err))
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, pathReason(err))
	}
	if fi.IsDir() {
		return nil, fmt.Errorf("%s: is a folder; expand it with Inputs: %w", name, ErrUnsupported)
	}
	if fi.Size() > opt.MaxBytes {
		return nil, fmt.Errorf("%s: %d bytes, limit %d: %w", name, fi.Size(), opt.MaxBytes, ErrTooLarge)
	}
	// Devices and pipes report size 0, so the read is bounded as well.
	data, err := readAtMost(f, opt.MaxBytes)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, pathReason(err))
	}
	return parse(ctx, name, data, "", opt)
}

// fetch downloads a URL within the time, size and redirect bounds of opt
// and parses the body by its content type and content.
func fetch(ctx context.Context, raw string, opt Options) (*analyzer.Document, error) {
	name := redactURL(raw)
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("%s: invalid URL: %w", name, pathReason(unwrapURLError(err)))
	}
	if u.Host == "" {
		return nil, fmt.Errorf("%s: URL without a host: %w", name, ErrUnsupported)
	}
	release := func() {}
	if opt.Hosts != nil {
		free, err := opt.Hosts.acquire(ctx, strings.ToLower(u.Host))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		// free the host's slot once the body is in, or on any way out
		var once sync.Once
		release = func() { once.Do(free) }
		defer release()
	}
	parent := ctx
	ctx, cancel := context.WithTimeout(ctx, opt.HTTPTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, raw, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, unwrapURLError(err))
	}
	req.Header.Set("User-Agent", opt.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain;q=0.9,*/*;q=0.5")
	req.Header.Set("Accept-Language", "fi,sv;q=0.9,en;q=0.8")
	client := &http.Client{Transport: transport, CheckRedirect: func(req *http.Request, via []*http.Request) error {
		if len(via) > opt.MaxRedirect {
			return fmt.Errorf("stopped after %d redirects: %w", opt.MaxRedirect, ErrRedirects)
		}
		if s := req.URL.Scheme; s != "http" && s != "https" {
			return fmt.Errorf("redirect to %s URL: %w", s, ErrUnsupported)
		}
		return nil
	}}
	resp, err := client.Do(req)
	if err != nil {
		return nil, fetchError(ctx, name, opt, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("%s: %w", name, &StatusError{StatusCode: resp.StatusCode, Status: resp.Status})
	}
	if resp.ContentLength > opt.MaxBytes {
		return nil, fmt.Errorf("%s: %d bytes, limit %d: %w", name, resp.ContentLength, opt.MaxBytes, ErrTooLarge)
	}
	data, err := readAtMost(resp.Body, opt.MaxBytes)
	release()
	if err != nil {
		return nil, fetchError(ctx, name, opt, err)
	}
	// The body is in memory: reading it has its own deadline (opt.Timeout),
	// not what is left of the HTTP one.
	return parse(parent, name, data, resp.Header.Get("Content-Type"), opt)
}

// Bounds of one HTTP exchange below the overall Options.HTTPTimeout: a
// server that does not accept the connection, finish the TLS handshake or
// start answering is given up on early.
const (
	connectTimeout = 10 * time.Second
	headerTimeout  = 20 * time.Second
)

// transport is shared so that requests to one host reuse connections.
var transport = func() *http.Transport {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.DialContext = (&net.Dialer{Timeout: connectTimeout, KeepAlive: 30 * time.Second}).DialContext
	t.TLSHandshakeTimeout = connectTimeout
	t.ResponseHeaderTimeout = headerTimeout
	t.MaxConnsPerHost = DefaultPerHost
	return t
}()

// Defaults of a polite crawl (NewHosts with zero values).
const (
	DefaultPerHost   = 2                      // concurrent requests per host
	DefaultHostDelay = 250 * time.Millisecond // between requests to one host
)

// Hosts keeps a run polite to the web servers it fetches from: at most
// perHost requests to one host at a time, and delay between the start of
// one request to a host and the next. It is safe for concurrent use.
type Hosts struct {
	perHost int
	delay   time.Duration
	mu      sync.Mutex
	hosts   map[string]*hostState
}

type hostState struct {
	slots chan struct{}
	next  time.Time // earliest start of the next request
}

// NewHosts returns a limiter; perHost <= 0 means DefaultPerHost and delay
// < 0 means DefaultHostDelay (0 is no delay).
func NewHosts(perHost int, delay time.Duration) *Hosts {
	if perHost <= 0 {
		perHost = DefaultPerHost
	}
	if delay < 0 {
		delay = DefaultHostDelay
	}
	return &Hosts{perHost: perHost, delay: delay, hosts: map[string]*hostState{}}
}

// acquire waits for a slot and the host's turn; release frees the slot.
func (h *Hosts) acquire(ctx context.Context, host string) (release func(), err error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	h.mu.Lock()
	st := h.hosts[host]
	if st == nil {
		st = &hostState{slots: make(chan struct{}, h.perHost)}
		h.hosts[host] = st
	}
	h.mu.Unlock()
	select {
	case st.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	release = func() { <-st.slots }
	h.mu.Lock()
	now := time.Now()
	start := now
	if st.next.After(now) {
		start = st.next
	}
	st.next = start.Add(h.delay)
	h.mu.Unlock()
	if wait := start.Sub(now); wait > 0 {
		t := time.NewTimer(wait)
		defer t.Stop()
		select {
		case <-t.C:
		case <-ctx.Done():
			release()
			return nil, ctx.Err()
		}
	}
	return release, nil
}

// fetchError words a transport error without the URL (and so without
// credentials) that *url.Error would repeat.
func fetchError(ctx context.Context, name string, opt Options, err error) error {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return fmt.Errorf("%s: timed out after %s: %w", name, opt.HTTPTimeout, context.DeadlineExceeded)
	}
	return fmt.Errorf("%s: %w", name, unwrapURLError(err))
}

func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}
