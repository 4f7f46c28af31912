package extract

import (
	"bytes"
	"errors"
	"fmt"
	"time"

	"github.com/seloste/seloste/analyzer"
)

// Errors a PDF can fail with; callers test them with errors.Is. Each also
// matches the package's general error of its kind (ErrCorrupt, ErrEmpty,
// ErrUnsupported).
var (
	// ErrEncrypted: the PDF needs a password to be read.
	ErrEncrypted = errors.New("encrypted with a password")
	// ErrUnsupportedEncryption: anyone may open the PDF (its user password
	// is empty) but the builtin reader cannot decrypt it (AES-256); the
	// pdftotext engine can.
	ErrUnsupportedEncryption = fmt.Errorf("encryption not supported by the builtin reader, use the pdftotext engine: %w", ErrUnsupported)
	// ErrCorruptPDF: the file is damaged or crafted so that it cannot be
	// read within the limits.
	ErrCorruptPDF = fmt.Errorf("corrupt PDF: %w", ErrCorrupt)
	// ErrNoText: the PDF reads fine but holds no extractable text (a scan).
	ErrNoText = fmt.Errorf("PDF has no extractable text (scanned image?): %w", ErrEmpty)
	// ErrPDFToText: the optional poppler engine is missing or failed.
	ErrPDFToText = errors.New("pdftotext engine failed")
)

// Limits of the builtin reader, enforced by our page-tree walk and our
// content-stream interpreter (the library decodes streams lazily, so its
// readers never hold more than we let them produce).
const (
	pdfMaxPages      = 2000            // pages read; later pages are ignored
	pdfMaxTreeNodes  = 4 * pdfMaxPages // page-tree nodes visited
	pdfMaxTreeDepth  = 32              // nesting of /Pages nodes
	pdfMaxGlyphsPage = 200_000         // glyphs kept per page
	pdfMaxGlyphsDoc  = 4_000_000       // glyphs kept per document
	pdfMaxStream     = 64 << 20        // decoded bytes of one page's content
	pdfMaxDecoded    = 512 << 20       // decoded content bytes per document
	pdfMaxCMap       = 4 << 20         // decoded bytes of one ToUnicode CMap
	pdfMaxFormDepth  = 8               // nested form XObjects
	pdfMaxXrefChain  = 512             // /Prev links followed
)

// PDF reads a PDF notice into a Document with one block per heading,
// paragraph or list item and the 1-based page of every block.
func PDF(name string, data []byte, opt Options) (*analyzer.Document, error) {
	max := opt.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%s: %d bytes, limit %d: %w", name, len(data), max, ErrTooLarge)
	}
	timeout := opt.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	if opt.PDFEngine == "pdftotext" {
		return pdfToText(name, data, timeout)
	}
	if opt.PDFEngine != "" && opt.PDFEngine != "builtin" {
		return nil, fmt.Errorf("%s: unknown PDF engine %q (want builtin or pdftotext)", name, opt.PDFEngine)
	}
	return readPDFWatched(name, data, timeout)
}

// readPDFWatched runs the builtin reader with a wall-clock limit. The reader
// checks its own deadline, but the library may still spin inside a call we
// cannot interrupt (a cyclic /Extends chain of object streams); then the
// document fails and its goroutine is abandoned, busy until it ends or the
// process exits. No fixture or fuzz input has needed this so far.
func readPDFWatched(name string, data []byte, limit time.Duration) (*analyzer.Document, error) {
	type result struct {
		doc *analyzer.Document
		err error
	}
	done := make(chan result, 1)
	deadline := time.Now().Add(limit)
	go func() {
		doc, err := readPDF(name, data, deadline)
		done <- result{doc, err}
	}()
	timer := time.NewTimer(limit + limit/10)
	defer timer.Stop()
	select {
	case r := <-done:
		return r.doc, r.err
	case <-timer.C:
		return nil, fmt.Errorf("%s: %v: %w", name, limit, ErrTimeout)
	}
}

// readPDF reads data, and once more with a rebuilt cross-reference table
// when the file looks damaged.
func readPDF(name string, data []byte, deadline time.Time) (*analyzer.Document, error) {
	data = trimBeforeHeader(data)
	lines, err := readLines(data, deadline)
	if err != nil && repairable(err) {
		if fixed, ok := repairXref(data); ok {
			if l, rerr := readLines(fixed, deadline); rerr == nil {
				lines, err = l, nil
			}
		}
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var b analyzer.Builder
	buildBlocks(&b, lines)
	if b.Len() == 0 {
		return nil, fmt.Errorf("%s: %w", name, ErrNoText)
	}
	return finish(b.Document(name, analyzer.FormatPDF)), nil
}

func repairable(err error) bool {
	return errors.Is(err, ErrCorruptPDF) && !errors.Is(err, errBudget)
}

// readLines opens data, walks its pages and lays their text out in reading
// order. Every panic of the library becomes ErrCorruptPDF.
func readLines(data []byte, deadline time.Time) (lines []pdfLine, err error) {
	defer func() {
		if x := recover(); x != nil {
			lines, err = nil, fmt.Errorf("%v: %w", x, ErrCorruptPDF)
		}
	}()
	r, err := openPDF(data)
	if err != nil {
		return nil, err
	}
	pages, err := pageTree(r)
	if err != nil {
		return nil, err
	}
	in := newInterpreter(deadline)
	var failed []error
	for i, p := range pages {
		glyphs, rules, perr := in.page(p)
		if perr != nil {
			if errors.Is(perr, errDeadline) {
				return nil, fmt.Errorf("page %d: %w", i+1, ErrTimeout)
			}
			if errors.Is(perr, errBudget) {
				return nil, fmt.Errorf("page %d: %w: %w", i+1, perr, ErrCorruptPDF)
			}
			failed = append(failed, fmt.Errorf("page %d: %w", i+1, perr))
			continue
		}
		lines = append(lines, pageLines(i+1, glyphs, rules)...)
	}
	if len(pages) > 0 && len(failed) == len(pages) {
		return nil, fmt.Errorf("no page could be read: %w: %w", errors.Join(failed...), ErrCorruptPDF)
	}
	return lines, nil
}

// trimBeforeHeader drops junk before "%PDF-" (mail gateways and some web
// servers prepend it); offsets in the file are relative to the header then.
func trimBeforeHeader(data []byte) []byte {
	const window = 1024 // the PDF spec lets readers look this far
	head := data[:min(len(data), window)]
	if i := bytes.Index(head, []byte("%PDF-")); i > 0 {
		return data[i:]
	}
	return data
}
