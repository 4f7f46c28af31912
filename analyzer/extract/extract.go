// Package extract turns notices in text, HTML, PDF and DOCX into
// analyzer.Documents. Each format has its own reader; Read picks one by
// sniffing the content, not only by the file name.
package extract

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/seloste/seloste/analyzer"
)

// Options bound what a reader may consume. The zero value means defaults.
type Options struct {
	MaxBytes    int64         // largest input read, default 64 MiB
	HTTPTimeout time.Duration // per URL, default 30 s
	MaxRedirect int           // default 5
	// Timeout bounds the reading of one document, once its bytes are in
	// memory (default 30 s). A reader past it is given up on; see watch.
	Timeout time.Duration
	// MaxText bounds the extracted text of one document (default 4 MiB,
	// forty times the longest real notice: the rules' time grows faster
	// than the text), MaxBlocks its headings, paragraphs and cells
	// (default 200,000), so that a small compressed file cannot become
	// gigabytes of text.
	MaxText   int
	MaxBlocks int
	// MaxAbandoned is how many stuck readers may be left running before
	// PDF, DOCX and HTML inputs are refused (default 4).
	MaxAbandoned int
	// Hosts, when set, limits concurrent requests per host and spaces
	// them out; share one between the goroutines of a run. Nil = no
	// limit (one caller fetching one URL at a time is polite already).
	Hosts *Hosts
	// PDFEngine is "builtin" (default) or "pdftotext" (poppler, when
	// installed).
	PDFEngine string
	// UserAgent is sent with every HTTP request; default
	// "seloste/dev (+https://github.com/seloste/seloste)". The CLI sets its
	// version here.
	UserAgent string
}

// Defaults for the zero Options.
const (
	DefaultMaxBytes    = 64 << 20
	DefaultHTTPTimeout = 30 * time.Second
	DefaultMaxRedirect = 5
	DefaultUserAgent   = "seloste/dev (+https://github.com/seloste/seloste)"
	DefaultTimeout     = 30 * time.Second
	DefaultMaxText     = 4 << 20
	DefaultMaxBlocks   = 200_000
	DefaultMaxAbandon  = 4
)

// UserAgentFor returns the User-Agent seloste sends for a version.
func UserAgentFor(version string) string {
	return "seloste/" + version + " (+https://github.com/seloste/seloste)"
}

func (o Options) withDefaults() Options {
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.HTTPTimeout <= 0 {
		o.HTTPTimeout = DefaultHTTPTimeout
	}
	if o.MaxRedirect <= 0 {
		o.MaxRedirect = DefaultMaxRedirect
	}
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxText <= 0 {
		o.MaxText = DefaultMaxText
	}
	if o.MaxBlocks <= 0 {
		o.MaxBlocks = DefaultMaxBlocks
	}
	if o.MaxAbandoned <= 0 {
		o.MaxAbandoned = DefaultMaxAbandon
	}
	return o
}

// Errors a reader wraps, so that callers can tell kinds of bad input apart
// with errors.Is. The message always starts with the input's name.
var (
	ErrEmpty       = errors.New("no text in the notice")
	ErrBinary      = errors.New("binary content, not a text notice")
	ErrUnsupported = errors.New("unsupported format")
	ErrTooLarge    = errors.New("input too large")
	ErrCorrupt     = errors.New("corrupt file")
	ErrNoNotices   = errors.New("no notices (.txt .md .html .pdf .docx) in folder")
	ErrRedirects   = errors.New("too many redirects")
)

// InputError is an argument that could not be expanded (missing path,
// folder without notices).
type InputError struct {
	Input string
	Err   error
}

func (e *InputError) Error() string { return e.Input + ": " + e.Err.Error() }
func (e *InputError) Unwrap() error { return e.Err }

// StatusError is a non-2xx HTTP response.
type StatusError struct {
	StatusCode int
	Status     string // "404 Not Found"
}

func (e *StatusError) Error() string { return "HTTP " + e.Status }

// Parse builds a document from bytes in memory. The format is chosen by
// content sniffing; contentType (may be "") and the name's extension only
// break ties. A reader that panics, runs past opt.Timeout or extracts more
// than opt.MaxText yields an error naming the input.
func Parse(name string, data []byte, contentType string, opt Options) (*analyzer.Document, error) {
	return parse(context.Background(), name, data, contentType, opt)
}

// parse is Parse that also stops when ctx is done. The reader runs under
// a watchdog (watch): it checks the deadline in its own loops, and if a
// library call it cannot interrupt keeps it past the deadline, the caller
// gets the error and the goroutine is left behind.
func parse(ctx context.Context, name string, data []byte, contentType string, opt Options) (doc *analyzer.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("%s: reader failed on malformed input (%v): %w", name, r, ErrCorrupt)
		}
	}()
	opt = opt.withDefaults()
	if int64(len(data)) > opt.MaxBytes {
		return nil, fmt.Errorf("%s: %d bytes, limit %d: %w", name, len(data), opt.MaxBytes, ErrTooLarge)
	}
	format, err := sniff(data, contentType, name)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if format != analyzer.FormatText && Abandoned() >= opt.MaxAbandoned {
		return nil, fmt.Errorf("%s: not read: %d earlier %s inputs got stuck and still run; restart seloste or raise the limit: %w",
			name, Abandoned(), "PDF, DOCX or HTML", ErrTimeout)
	}
	ctx, cancel := context.WithDeadlineCause(ctx, time.Now().Add(opt.Timeout), errDocDeadline)
	defer cancel()
	doc, err = watch(ctx, name, opt.Timeout, func() (*analyzer.Document, error) {
		lim := newDocLimits(ctx, opt)
		switch format {
		case analyzer.FormatPDF:
			// the PDF readers keep opt.Timeout themselves
			return PDF(name, data, opt)
		case analyzer.FormatDOCX:
			return docxDoc(name, data, opt, lim)
		case analyzer.FormatHTML:
			return htmlDoc(name, data, contentType, lim)
		default:
			return textDoc(name, data, lim)
		}
	})
	if err != nil {
		return nil, err
	}
	// The readers check as they go; this catches whatever they do not
	// (the PDF reader's own budgets are in glyphs).
	if len(doc.Text) > opt.MaxText {
		return nil, fmt.Errorf("%s: extracted text is %d bytes, limit %d: %w", name, len(doc.Text), opt.MaxText, ErrTooLarge)
	}
	if len(doc.Blocks) > opt.MaxBlocks {
		return nil, fmt.Errorf("%s: %d blocks of text, limit %d: %w", name, len(doc.Blocks), opt.MaxBlocks, ErrTooLarge)
	}
	return doc, nil
}

// finish sets what every reader sets once the text is known.
func finish(doc *analyzer.Document) *analyzer.Document {
	doc.Lang = analyzer.DetectLanguage(doc.Text)
	return doc
}
