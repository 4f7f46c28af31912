// Package extract turns notices in text, HTML, PDF and DOCX into
// analyzer.Documents. Each format has its own reader; Read picks one by
// sniffing the content, not only by the file name.
package extract

import (
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
// break ties. A reader that panics yields an error naming the input.
func Parse(name string, data []byte, contentType string, opt Options) (doc *analyzer.Document, err error) {
	opt = opt.withDefaults()
	if int64(len(data)) > opt.MaxBytes {
		return nil, fmt.Errorf("%s: %d bytes, limit %d: %w", name, len(data), opt.MaxBytes, ErrTooLarge)
	}
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("%s: reader failed on malformed input (%v): %w", name, r, ErrCorrupt)
		}
	}()
	format, err := sniff(data, contentType, name)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	switch format {
	case analyzer.FormatPDF:
		return PDF(name, data, opt)
	case analyzer.FormatDOCX:
		return DOCX(name, data, opt)
	case analyzer.FormatHTML:
		return HTML(name, data, contentType)
	default:
		return Text(name, data)
	}
}

// finish sets what every reader sets once the text is known.
func finish(doc *analyzer.Document) *analyzer.Document {
	doc.Lang = analyzer.DetectLanguage(doc.Text)
	return doc
}
