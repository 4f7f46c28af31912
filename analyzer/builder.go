package analyzer

import "strings"

// Builder assembles a Document from blocks in reading order. Readers use it
// so that every format yields text with the same shape: one block per line
// group, a blank line between blocks, page numbers kept.
type Builder struct {
	text   strings.Builder
	blocks []Block
}

// Add appends a block. The text is normalised; runs of spaces and tabs are
// folded, line breaks inside the block are kept. Empty blocks are dropped.
func (b *Builder) Add(kind BlockKind, level, page int, text string) {
	text = foldSpaces(Normalize(text))
	if text == "" {
		return
	}
	if b.text.Len() > 0 {
		b.text.WriteString("\n\n")
	}
	start := b.text.Len()
	b.text.WriteString(text)
	b.blocks = append(b.blocks, Block{Kind: kind, Level: level, Start: start, End: b.text.Len(), Page: page})
}

// Len reports the number of bytes of text gathered so far.
func (b *Builder) Len() int { return b.text.Len() }

// Document returns the assembled document.
func (b *Builder) Document(path string, format Format) *Document {
	return NewDocument(path, format, b.text.String(), b.blocks)
}

// foldSpaces collapses runs of horizontal white space to one space, trims
// each line and drops empty lines inside the block.
func foldSpaces(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0]
	for _, l := range lines {
		l = strings.Join(strings.Fields(l), " ")
		if l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
