package extract

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"time"

	"github.com/seloste/seloste/analyzer"
)

// pdftotextMaxOut bounds what we read of pdftotext's output.
const pdftotextMaxOut = 128 << 20

// pdfToText reads a PDF with poppler's pdftotext, an optional engine for
// files the builtin reader cannot open (AES-256 encryption, exotic fonts).
// With -bbox-layout poppler reports its own blocks, lines and words with
// their boxes: each block becomes one of ours, in poppler's reading order.
func pdfToText(name string, data []byte, timeout time.Duration) (*analyzer.Document, error) {
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		return nil, fmt.Errorf("%s: pdftotext is not installed (package poppler-utils): %w", name, ErrPDFToText)
	}
	f, err := os.CreateTemp("", "seloste-*.pdf")
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	defer os.Remove(f.Name())
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "-enc", "UTF-8", "-bbox-layout", f.Name(), "-")
	var stderr bytes.Buffer
	cmd.Stderr = &limitedWriter{w: &stderr, n: 4096}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("%s: %v: %w", name, err, ErrPDFToText)
	}
	out, rerr := io.ReadAll(io.LimitReader(stdout, pdftotextMaxOut+1))
	if len(out) > pdftotextMaxOut {
		cmd.Process.Kill()
	}
	werr := cmd.Wait()
	switch {
	case ctx.Err() != nil:
		return nil, fmt.Errorf("%s: pdftotext took longer than %v: %w", name, timeout, ErrTimeout)
	case len(out) > pdftotextMaxOut:
		return nil, fmt.Errorf("%s: pdftotext output exceeds %d bytes: %w", name, pdftotextMaxOut, ErrPDFToText)
	case rerr != nil:
		return nil, fmt.Errorf("%s: %v: %w", name, rerr, ErrPDFToText)
	case werr != nil:
		msg := strings.Join(strings.Fields(stderr.String()), " ")
		if strings.Contains(msg, "Incorrect password") {
			return nil, fmt.Errorf("%s: %w", name, ErrEncrypted)
		}
		var exit *exec.ExitError
		if errors.As(werr, &exit) && exit.ExitCode() == 1 {
			return nil, fmt.Errorf("%s: pdftotext: %s: %w", name, msg, ErrCorruptPDF)
		}
		return nil, fmt.Errorf("%s: pdftotext: %v: %s: %w", name, werr, msg, ErrPDFToText)
	}
	lines, err := bboxLines(out)
	if err != nil {
		return nil, fmt.Errorf("%s: reading pdftotext output: %v: %w", name, err, ErrPDFToText)
	}
	var b analyzer.Builder
	buildBlocks(&b, lines)
	if b.Len() == 0 {
		return nil, fmt.Errorf("%s: %w", name, ErrNoText)
	}
	return finish(b.Document(name, analyzer.FormatPDF)), nil
}

// bboxLines turns pdftotext -bbox-layout XHTML into our lines. Each poppler
// block is a segment of its own, so blocks never merge, and y grows upwards
// as in PDF space so that the block builder sees the usual geometry.
func bboxLines(out []byte) ([]pdfLine, error) {
	dec := xml.NewDecoder(bytes.NewReader(out))
	dec.Strict = false
	var lines []pdfLine
	var page, seg int
	var cur *pdfLine
	var words []string
	var inWord bool
	var word strings.Builder
	attr := func(e xml.StartElement, name string) float64 {
		for _, a := range e.Attr {
			if a.Name.Local == name {
				f, _ := strconv.ParseFloat(a.Value, 64)
				return f
			}
		}
		return 0
	}
	var pageLines []pdfLine
	endPage := func() {
		lines = append(lines, dropPageNumbers(pageLines)...)
		pageLines = nil
	}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "page":
				page++
			case "block":
				seg++
			case "line":
				y0, y1 := attr(t, "yMin"), attr(t, "yMax")
				cur = &pdfLine{page: page, seg: seg, x0: attr(t, "xMin"), x1: attr(t, "xMax"), y: -y1, size: y1 - y0}
				words = words[:0]
			case "word":
				inWord = true
				word.Reset()
			}
		case xml.CharData:
			if inWord {
				word.Write(t)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "word":
				inWord = false
				words = append(words, word.String())
			case "line":
				if cur != nil && len(words) > 0 {
					cur.text = strings.Join(words, " ")
					cur.glyphs = len(cur.text)
					cur.firstWord = 0 // poppler's blocks already say where paragraphs end
					cur.colL, cur.colR = cur.x0, cur.x1
					pageLines = append(pageLines, *cur)
				}
				cur = nil
			case "page":
				endPage()
			}
		}
	}
	endPage()
	return lines, nil
}

// limitedWriter keeps the first n bytes written to it and drops the rest.
type limitedWriter struct {
	w io.Writer
	n int
}

func (l *limitedWriter) Write(p []byte) (int, error) {
	if l.n > 0 {
		k := min(len(p), l.n)
		l.w.Write(p[:k])
		l.n -= k
	}
	return len(p), nil
}
