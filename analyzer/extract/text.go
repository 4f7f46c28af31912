package extract

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"html"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/seloste/seloste/analyzer"
)

// Text reads a plain-text notice. Each line of the file is a line of
// Document.Text, so positions point at the file's own lines; lines that
// carry HTML fragments from a CMS export are cleaned in place (their
// columns change, their line numbers do not).
func Text(name string, data []byte) (*analyzer.Document, error) {
	return textDoc(name, data, nil)
}

// textDoc is Text within lim (nil = no limits).
func textDoc(name string, data []byte, lim *docLimits) (*analyzer.Document, error) {
	s, err := decodeText(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if lim != nil && len(s) > lim.maxText {
		return nil, fmt.Errorf("%s: %d bytes of text, limit %d: %w", name, len(s), lim.maxText, ErrTooLarge)
	}
	text := analyzer.Normalize(s)
	if strings.TrimSpace(text) == "" {
		return nil, fmt.Errorf("%s: %w", name, ErrEmpty)
	}
	lines := strings.Split(text, "\n")
	var blocks []analyzer.Block
	var out strings.Builder
	out.Grow(len(text))
	for i, line := range lines {
		if err := lim.step(out.Len(), len(blocks)); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		if i > 0 {
			out.WriteByte('\n')
		}
		if hasFragments(line) {
			line, blocks = fragmentBlocks(line, out.Len(), blocks)
		} else {
			next := ""
			if i+1 < len(lines) {
				next = lines[i+1]
			}
			blocks = lineBlocks(line, next, out.Len(), blocks)
		}
		out.WriteString(line)
	}
	text = out.String()
	if len(blocks) == 0 {
		return nil, fmt.Errorf("%s: %w", name, ErrEmpty)
	}
	return finish(analyzer.NewDocument(name, analyzer.FormatText, text, blocks)), nil
}

// decodeText turns the bytes of a text file into UTF-8: BOMs select UTF-8
// or UTF-16, valid UTF-8 stays as it is, anything else is windows-1252 (a
// superset of ISO-8859-1 in its printable range, and what old Finnish
// Windows exports are in).
func decodeText(data []byte) (string, error) {
	var s string
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		s = string(data[3:])
	case bytes.HasPrefix(data, bomUTF16LE):
		s = decodeUTF16(data[2:], binary.LittleEndian)
	case bytes.HasPrefix(data, bomUTF16BE):
		s = decodeUTF16(data[2:], binary.BigEndian)
	default:
		if order := UTF16Order(data); order != nil {
			s = decodeUTF16(data, order)
			break
		}
		if bytes.IndexByte(data, 0) >= 0 {
			return "", ErrBinary
		}
		s = decodeMixed(data)
	}
	if looksBinary(s) {
		return "", ErrBinary
	}
	return s, nil
}

// decodeMixed decodes valid UTF-8 sequences as UTF-8 and every other byte
// as windows-1252. A pure windows-1252 file decodes right (its accented
// letters never form valid UTF-8 in real text), and so does a UTF-8 file
// into which someone pasted a windows-1252 paragraph.
func decodeMixed(data []byte) string {
	if utf8.Valid(data) {
		return string(data)
	}
	var b strings.Builder
	b.Grow(len(data) + len(data)/8)
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size == 1 {
			r = charmap.Windows1252.DecodeByte(data[0])
		}
		b.WriteRune(r)
		data = data[size:]
	}
	return b.String()
}

// UTF16Order recognises UTF-16 without a BOM by its NUL bytes: for text
// in Latin scripts every other byte is zero. It returns nil for other text.
// Writers that must re-encode a file as it was read (seloste fix) use it too.
func UTF16Order(data []byte) binary.ByteOrder {
	n := min(len(data), 4096) &^ 1
	if n < 8 {
		return nil
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			even++
		}
		if data[i+1] == 0 {
			odd++
		}
	}
	half := n / 2
	switch {
	case odd*10 >= half*9 && even*10 < half:
		return binary.LittleEndian
	case even*10 >= half*9 && odd*10 < half:
		return binary.BigEndian
	}
	return nil
}

// looksBinary reports text with NULs or more than 2% control characters:
// what an executable, an image or a compressed file decodes to.
func looksBinary(s string) bool {
	var runes, ctrl int
	for _, r := range s {
		runes++
		switch {
		case r == 0:
			return true
		case r == '\t', r == '\n', r == '\r', r == '\f', r == '\v':
		case r < 0x20, r == 0x7f:
			ctrl++
		}
	}
	return ctrl > 2 && ctrl*50 > runes
}

// lineBlocks adds the block of one plain line: markdown headings, list
// items, numbered section titles, "heading<TAB>value" rows, and short
// title-like lines followed by a blank or a longer line as headings.
func lineBlocks(line, next string, off int, blocks []analyzer.Block) []analyzer.Block {
	start, end := trimSpan(line, 0, len(line))
	if start == end {
		return blocks
	}
	s := line[start:end]
	add := func(kind analyzer.BlockKind, level, a, b int) {
		a, b = trimSpan(line, a, b)
		if a < b {
			blocks = append(blocks, analyzer.Block{Kind: kind, Level: level, Start: off + a, End: off + b})
		}
	}
	// the row's TAB may be the last byte of the line when its value is empty
	if tab := strings.IndexByte(line[start:], '\t'); tab > 0 && utf8.RuneCountInString(s[:min(tab, len(s))]) <= 250 {
		add(analyzer.BlockHeading, 2, start, start+tab)
		// "intro: - A - B" values are lists typed on one line
		at := start + tab + 1
		if at >= end {
			return blocks
		}
		for i, item := range splitRunTogetherList(line[at:end], false) {
			if i == 0 && !strings.HasPrefix(strings.TrimSpace(item), "-") {
				add(analyzer.BlockParagraph, 0, at, at+len(item))
			} else {
				lead := len(item) - len(strings.TrimLeft(item, " -"))
				add(analyzer.BlockListItem, 0, at+lead, at+len(item))
			}
			at += len(item)
		}
		return blocks
	}
	if n := markdownLevel(s); n > 0 {
		add(analyzer.BlockHeading, n, start+n+1, end)
		return blocks
	}
	if m := bulletLen(s); m > 0 {
		add(analyzer.BlockListItem, 0, start+m, end)
		return blocks
	}
	if m := numberLen(s); m > 0 {
		if analyzer.LooksLikeHeading(s[m:]) {
			add(analyzer.BlockHeading, 2, start, end)
		} else {
			add(analyzer.BlockListItem, 0, start+m, end)
		}
		return blocks
	}
	// A short title-like line stays a paragraph: the analyzer decides
	// whether it is a heading, knowing the lines around it and the words of
	// section titles (analyzer.Index).
	add(analyzer.BlockParagraph, 0, start, end)
	return blocks
}

// trimSpan narrows [a,b) of s to exclude surrounding white space.
func trimSpan(s string, a, b int) (int, int) {
	for a < b && isSpace(s[a]) {
		a++
	}
	for b > a && isSpace(s[b-1]) {
		b--
	}
	return a, b
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r' }

// markdownLevel returns n for a "#…# title" line with n hashes, else 0.
func markdownLevel(s string) int {
	n := 0
	for n < len(s) && s[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n >= len(s) || s[n] != ' ' {
		return 0
	}
	return n
}

// bulletLen returns the byte length of a leading bullet and its space.
func bulletLen(s string) int {
	for _, b := range []string{"- ", "* ", "• ", "– ", "— ", "· ", "▪ ", "◦ "} {
		if strings.HasPrefix(s, b) {
			return len(b)
		}
	}
	return 0
}

// numberLen returns the byte length of a leading "1. " or "1) ".
func numberLen(s string) int {
	i := 0
	for i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i+1 >= len(s) || (s[i] != '.' && s[i] != ')') || s[i+1] != ' ' {
		return 0
	}
	return i + 2
}

var (
	fragmentTag = regexp.MustCompile(`(?i)</?(p|br|ul|ol|li|div|span|strong|b|i|em|u|a|h[1-6]|table|tbody|thead|tr|td|th|font|sup|sub|blockquote|section|hr)(\s[^<>]*)?/?>`)
	entity      = regexp.MustCompile(`&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});`)
)

// hasFragments reports a line of a CMS text export that still carries HTML
// tags or entities.
func hasFragments(line string) bool {
	return strings.ContainsAny(line, "<&") && (fragmentTag.MatchString(line) || entity.MatchString(line))
}

// fragmentBlocks cleans one exported line: the part before a TAB is the
// heading of the row, <p>, <li>, <br> and list tags split blocks, entities
// are decoded, and run-together "- item- item" lists inside <ul> become
// list items. It returns the cleaned line and the blocks with offsets from
// off.
func fragmentBlocks(line string, off int, blocks []analyzer.Block) (string, []analyzer.Block) {
	var out strings.Builder
	emit := func(kind analyzer.BlockKind, level int, s string) {
		s = strings.Join(strings.Fields(cleanFragment(s)), " ")
		if s == "" {
			return
		}
		if out.Len() > 0 {
			out.WriteByte(' ')
		}
		blocks = append(blocks, analyzer.Block{Kind: kind, Level: level, Start: off + out.Len(), End: off + out.Len() + len(s)})
		out.WriteString(s)
	}
	value := line
	if tab := strings.IndexByte(line, '\t'); tab >= 0 {
		head := fragmentTag.ReplaceAllString(line[:tab], " ")
		if utf8.RuneCountInString(head) <= 250 {
			emit(analyzer.BlockHeading, 2, head)
			value = line[tab+1:]
		}
	}
	inList := 0
	kind := analyzer.BlockParagraph
	flush := func(s string) {
		if kind == analyzer.BlockListItem {
			emit(kind, 0, s)
			return
		}
		items := splitRunTogetherList(s, inList > 0)
		for i, it := range items {
			k := analyzer.BlockListItem
			if i == 0 && !strings.HasPrefix(strings.TrimSpace(it), "-") {
				k = analyzer.BlockParagraph
			}
			emit(k, 0, strings.TrimPrefix(strings.TrimSpace(it), "-"))
		}
	}
	pos := 0
	for _, m := range fragmentTag.FindAllStringSubmatchIndex(value, -1) {
		tag := strings.ToLower(value[m[2]:m[3]])
		switch tag {
		case "span", "strong", "b", "i", "em", "u", "a", "font", "sup", "sub":
			continue // inline: cleanFragment drops it, the text stays together
		}
		closing := value[m[0]+1] == '/'
		flush(value[pos:m[0]])
		pos = m[1]
		switch tag {
		case "ul", "ol":
			if closing {
				inList = max(inList-1, 0)
			} else {
				inList++
			}
			kind = analyzer.BlockParagraph
		case "li":
			kind = analyzer.BlockParagraph
			if !closing {
				kind = analyzer.BlockListItem
			}
		case "br":
			// a <br> splits the block and keeps its kind
		default:
			kind = analyzer.BlockParagraph
		}
	}
	flush(value[pos:])
	return out.String(), blocks
}

// cleanFragment removes the inline tags left in a piece and decodes its
// entities; decoded line breaks become spaces to keep the line structure.
func cleanFragment(s string) string {
	s = fragmentTag.ReplaceAllString(s, "")
	s = html.UnescapeString(s)
	s = analyzer.Normalize(s)
	return strings.Map(func(r rune) rune {
		if r == '\n' {
			return ' '
		}
		return r
	}, s)
}

// splitRunTogetherList splits "intro: - A - B" and, inside a list,
// "- A- B" at the dashes that start an item: "- " before a capital letter
// after a letter, or " - " after a space in a list. "etu- ja sukunimi"
// keeps its dash because a lower-case word follows it.
func splitRunTogetherList(s string, inList bool) []string {
	var cuts []int
	colon := false
	for i := 0; i+2 < len(s); i++ {
		if s[i] != '-' || s[i+1] != ' ' {
			continue
		}
		j := i + 2
		for j < len(s) && s[j] == ' ' {
			j++
		}
		next, _ := utf8.DecodeRuneInString(s[j:])
		prev, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s[:i], " "))
		spaced := i == 0 || s[i-1] == ' '
		switch {
		case strings.TrimSpace(s[:i]) == "" && inList:
			cuts = append(cuts, i)
		case unicode.IsUpper(next) || unicode.IsDigit(next):
			if spaced && prev == ':' {
				colon = true
			}
			if inList || spaced {
				cuts = append(cuts, i)
			}
		case spaced && inList && unicode.IsLetter(next):
			cuts = append(cuts, i)
		}
	}
	if !inList && (!colon || len(cuts) < 2) {
		return []string{s}
	}
	var out []string
	prev := 0
	for _, c := range cuts {
		if strings.TrimSpace(s[prev:c]) != "" {
			out = append(out, s[prev:c])
		}
		prev = c
	}
	return append(out, s[prev:])
}
