package extract

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"mime"
	"path"
	"strings"
	"unicode/utf16"

	"github.com/seloste/seloste/analyzer"
)

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// sniff decides the reader for data. Content decides; the content type and
// the name's extension only break ties between text and HTML, because
// servers and users mislabel files (an HTML error page saved as .pdf, a
// PDF served as application/octet-stream).
func sniff(data []byte, contentType, name string) (analyzer.Format, error) {
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	// Some generators put junk (a BOM, blank lines, an HTTP header) before
	// the PDF header; readers accept it within the first KiB.
	if bytes.Contains(head, []byte("%PDF-")) {
		return analyzer.FormatPDF, nil
	}
	switch {
	case bytes.HasPrefix(data, []byte("PK\x03\x04")), bytes.HasPrefix(data, []byte("PK\x05\x06")):
		return sniffZip(data, name)
	case bytes.HasPrefix(data, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}):
		return "", fmt.Errorf("legacy Word .doc or other OLE file; save it as DOCX or PDF: %w", ErrUnsupported)
	case bytes.HasPrefix(data, []byte("{\\rtf")):
		return "", fmt.Errorf("RTF; save it as DOCX or PDF: %w", ErrUnsupported)
	}
	for _, m := range imageMagic {
		if bytes.HasPrefix(data, []byte(m.magic)) {
			return "", fmt.Errorf("%s image, not a text notice: %w", m.kind, ErrUnsupported)
		}
	}

	ext := extOf(name)
	mt, _, _ := mime.ParseMediaType(contentType)
	switch markupStart(textPrefix(head)) {
	case strongHTML:
		return analyzer.FormatHTML, nil
	case weakHTML:
		if ext == ".txt" || ext == ".text" || ext == ".md" || mt == "text/plain" {
			return analyzer.FormatText, nil
		}
		return analyzer.FormatHTML, nil
	}
	if mt == "text/html" || mt == "application/xhtml+xml" {
		return analyzer.FormatHTML, nil
	}
	if mt == "" && (ext == ".html" || ext == ".htm" || ext == ".xhtml") {
		return analyzer.FormatHTML, nil
	}
	return analyzer.FormatText, nil
}

var imageMagic = []struct{ magic, kind string }{
	{"\x89PNG\r\n\x1a\n", "PNG"}, {"\xFF\xD8\xFF", "JPEG"}, {"GIF8", "GIF"},
}

// sniffZip tells DOCX from other zip-based formats. A zip that cannot be
// opened goes to the DOCX reader, which reports it as broken.
func sniffZip(data []byte, name string) (analyzer.Format, error) {
	names, err := zipNames(data)
	if err != nil {
		return analyzer.FormatDOCX, nil
	}
	for _, n := range names {
		if n == "word/document.xml" {
			return analyzer.FormatDOCX, nil
		}
	}
	for _, n := range names {
		if n == "content.xml" {
			return "", fmt.Errorf("OpenDocument file; save it as DOCX or PDF: %w", ErrUnsupported)
		}
	}
	return "", fmt.Errorf("zip archive without word/document.xml: %w", ErrUnsupported)
}

// extOf returns the lower-case extension of a file name or of a URL's path.
func extOf(name string) string {
	if i := strings.Index(name, "://"); i >= 0 {
		name = name[i+3:]
		if j := strings.IndexAny(name, "?#"); j >= 0 {
			name = name[:j]
		}
	}
	name = strings.ReplaceAll(name, "\\", "/")
	return strings.ToLower(path.Ext(name))
}

// textPrefix returns the start of data as UTF-8 for markup detection,
// decoding UTF-16 when it carries a byte order mark.
func textPrefix(head []byte) string {
	switch {
	case bytes.HasPrefix(head, bomUTF8):
		return string(head[3:])
	case bytes.HasPrefix(head, bomUTF16LE):
		return decodeUTF16(head[2:], binary.LittleEndian)
	case bytes.HasPrefix(head, bomUTF16BE):
		return decodeUTF16(head[2:], binary.BigEndian)
	}
	return string(head)
}

func decodeUTF16(b []byte, order binary.ByteOrder) string {
	u := make([]uint16, len(b)/2)
	for i := range u {
		u[i] = order.Uint16(b[2*i:])
	}
	return string(utf16.Decode(u))
}

type markup int

const (
	noHTML     markup = iota
	weakHTML          // starts with a body-level tag such as <p> or <div>
	strongHTML        // starts with a doctype, <html>, <head> or <body>
)

// markupStart classifies the start of a text: HTML documents open with a
// tag (after space, comments or an XML declaration); text exports carry
// tags only later in the line.
func markupStart(s string) markup {
	for {
		s = strings.TrimLeft(s, " \t\r\n\f\uFEFF")
		switch {
		case strings.HasPrefix(s, "<!--"):
			end := strings.Index(s, "-->")
			if end < 0 {
				return noHTML
			}
			s = s[end+3:]
			continue
		case strings.HasPrefix(s, "<?xml"):
			end := strings.Index(s, "?>")
			if end < 0 {
				return noHTML
			}
			s = s[end+2:]
			continue
		}
		break
	}
	if !strings.HasPrefix(s, "<") {
		return noHTML
	}
	tag := strings.ToLower(s[1:])
	if i := strings.IndexAny(tag, " \t\r\n>/"); i >= 0 {
		tag = tag[:i]
	}
	switch tag {
	case "!doctype", "html", "head", "body", "meta", "title":
		return strongHTML
	case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
		"section", "article", "main", "header", "nav", "span", "b", "strong",
		"br", "link", "style", "script", "form", "center", "font":
		return weakHTML
	}
	return noHTML
}
