package analyzer

import (
	"sort"
	"strings"
)

// Format names the kind of source a document was read from.
type Format string

const (
	FormatText Format = "text"
	FormatHTML Format = "html"
	FormatPDF  Format = "pdf"
	FormatDOCX Format = "docx"
)

// BlockKind says what a block of text is in the source's structure.
type BlockKind string

const (
	BlockHeading   BlockKind = "heading"
	BlockParagraph BlockKind = "paragraph"
	BlockListItem  BlockKind = "list-item"
	BlockTableCell BlockKind = "table-cell"
)

// Block is a structural unit of a document: a byte span of Document.Text.
type Block struct {
	Kind  BlockKind
	Level int // heading level 1-6; 0 for other blocks
	Start int // byte offset of the first byte in Document.Text
	End   int // byte offset one past the last byte
	Page  int // 1-based page for PDFs, 0 when the format has no pages
	// Inferred marks a heading recognised from layout alone (a short line
	// followed by text), not from the source's markup.
	Inferred bool
}

// Document is a notice as read from its source: normalised text, its blocks,
// and what is known about it. A Document is immutable once built and safe to
// share between goroutines.
type Document struct {
	Path   string // as the user gave it: file path, URL or "-"
	Format Format
	Lang   string // "fi", "sv", "en" or "" when unknown
	Text   string
	Blocks []Block

	lineStarts []int // byte offset where each line starts
	// positions, set only on a compact document (Result.Compact), holds
	// the positions its result's spans start at; it has no text then.
	positions map[int]Position
}

// NewDocument builds a Document and indexes its lines. Blocks must be sorted
// by Start and lie inside text.
func NewDocument(path string, format Format, text string, blocks []Block) *Document {
	d := &Document{Path: path, Format: format, Text: text, Blocks: blocks}
	d.lineStarts = append(d.lineStarts, 0)
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			d.lineStarts = append(d.lineStarts, i+1)
		}
	}
	return d
}

// Position is a human-readable place in a document. Line and Column are
// 1-based (Column counts runes); Page is 1-based for PDFs and 0 otherwise.
type Position struct {
	Line   int
	Column int
	Page   int
}

// Position maps a byte offset of Text to line, column and page.
func (d *Document) Position(offset int) Position {
	if d.positions != nil {
		return d.positions[offset]
	}
	if offset < 0 {
		offset = 0
	}
	if offset > len(d.Text) {
		offset = len(d.Text)
	}
	line := sort.Search(len(d.lineStarts), func(i int) bool { return d.lineStarts[i] > offset }) - 1
	if line < 0 {
		line = 0
	}
	col := 1 + len([]rune(d.Text[d.lineStarts[line]:offset]))
	return Position{Line: line + 1, Column: col, Page: d.PageAt(offset)}
}

// PageAt returns the page of the block that holds offset (or the nearest
// block before it), 0 for formats without pages.
func (d *Document) PageAt(offset int) int {
	i := sort.Search(len(d.Blocks), func(i int) bool { return d.Blocks[i].Start > offset }) - 1
	if i < 0 {
		if len(d.Blocks) > 0 {
			return d.Blocks[0].Page
		}
		return 0
	}
	return d.Blocks[i].Page
}

// Lines returns the number of lines of Text.
func (d *Document) Lines() int { return len(d.lineStarts) }

// Line returns the text of the 1-based line n without its newline.
func (d *Document) Line(n int) string {
	if n < 1 || n > len(d.lineStarts) {
		return ""
	}
	start := d.lineStarts[n-1]
	end := len(d.Text)
	if n < len(d.lineStarts) {
		end = d.lineStarts[n] - 1
	}
	return d.Text[start:end]
}

// BlockText returns the text of b.
func (d *Document) BlockText(b Block) string { return d.Text[b.Start:b.End] }

// Quote returns the text of span [start,end) cut to a single line and at
// most max runes, trimmed of surrounding space: evidence a person can grep.
func (d *Document) Quote(start, end, max int) string {
	if start < 0 || end > len(d.Text) || start >= end {
		return ""
	}
	s := d.Text[start:end]
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	s = strings.TrimSpace(s)
	if r := []rune(s); max > 0 && len(r) > max {
		s = strings.TrimSpace(string(r[:max]))
	}
	return s
}
