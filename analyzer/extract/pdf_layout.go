package extract

import (
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/seloste/seloste/analyzer"
)

// Layout: glyphs → lines (same baseline, sorted by x, spaces where the gap
// is wide) → columns (a vertical gutter splits a page) → blocks (a wider
// vertical gap, a change of font size, a bullet, an indent or a line that
// ended short starts a new block).

const (
	spaceGap     = 0.2  // gap between glyphs, in em, that separates words
	baselineTol  = 0.4  // baseline difference, in em, within one line
	paraGapRatio = 1.45 // line distance, relative to the usual, that ends a paragraph
	headingRatio = 1.15 // font size, relative to the body, of headings
	minGutter    = 6.0  // points of empty column between two text columns
)

// pdfLine is one line of text in reading order.
type pdfLine struct {
	page       int
	seg        int // column segment; a block crosses into the next only to end a sentence
	x0, x1, y  float64
	colL, colR float64 // edges of the column the line is in
	size       float64 // median glyph size
	bold       bool
	text       string
	firstWord  float64 // width of the first word, for the short-line test
	glyphs     int
	cell       bool // in a table cell
}

// pageLines lays out the glyphs of one page as lines in reading order:
// the text in table cells (found from the rules drawn around it) cell by
// cell, the rest in columns.
func pageLines(page int, glyphs []glyph, rules []rule) []pdfLine {
	cells, free := tableCells(glyphs, rules)
	lines := dropPageNumbers(flowLines(page, free))
	if len(cells) == 0 {
		return lines
	}
	// Cells go between the lines of the flow by their top edge.
	var out []pdfLine
	seg := len(lines) + 1 // flow segments are fewer than its lines
	for _, l := range lines {
		for len(cells) > 0 && cells[0].top > l.y {
			out = append(out, cells[0].lines(page, seg)...)
			cells, seg = cells[1:], seg+1
		}
		out = append(out, l)
	}
	for _, c := range cells {
		out = append(out, c.lines(page, seg)...)
		seg++
	}
	return out
}

// flowLines lays out glyphs outside tables: lines, and two columns when a
// gutter splits the page.
func flowLines(page int, glyphs []glyph) []pdfLine {
	rows := groupRows(glyphs)
	var out []pdfLine
	seg := 0
	add := func(rs [][]glyph) {
		if len(rs) == 0 {
			return
		}
		l, r := math.Inf(1), math.Inf(-1)
		for _, row := range rs {
			for _, g := range row {
				l, r = math.Min(l, g.x), math.Max(r, g.x+g.w)
			}
		}
		for _, row := range rs {
			if ln, ok := makeLine(row); ok {
				ln.page, ln.seg, ln.colL, ln.colR = page, seg, l, r
				out = append(out, ln)
			}
		}
		seg++
	}
	g0, g1, ok := findGutter(rows)
	if !ok {
		add(rows)
		return out
	}
	// Lines crossing the gutter (a title over both columns) cut the page
	// into bands; each band is read left column first.
	var left, right [][]glyph
	for _, row := range rows {
		if crosses(row, g0, g1) {
			add(left)
			add(right)
			left, right = nil, nil
			add([][]glyph{row})
			continue
		}
		var lp, rp []glyph
		for _, g := range row {
			if g.x+g.w/2 < (g0+g1)/2 {
				lp = append(lp, g)
			} else {
				rp = append(rp, g)
			}
		}
		if len(lp) > 0 {
			left = append(left, lp)
		}
		if len(rp) > 0 {
			right = append(right, rp)
		}
	}
	add(left)
	add(right)
	return out
}

// cell is the text inside one box of a ruled table.
type cell struct {
	top, left, right float64
	glyphs           []glyph
}

// lines lays out the cell's text like a page's: a frame around a whole
// page of two columns is a cell too.
func (c cell) lines(page, seg int) []pdfLine {
	out := flowLines(page, c.glyphs)
	for i := range out {
		out[i].seg, out[i].cell = seg, true
		out[i].colL, out[i].colR = math.Max(out[i].colL, c.left), math.Min(out[i].colR, c.right)
	}
	return out
}

// tableCells puts each glyph enclosed by rules on all four sides into the
// box those rules make, nearest rules first, so that merged cells come out
// right. Cells are ordered top to bottom, left to right; glyphs not in a
// box are returned as they are.
func tableCells(glyphs []glyph, rules []rule) ([]cell, []glyph) {
	var vs, hs []rule
	for _, r := range rules {
		if r.x1-r.x0 < 1 {
			vs = append(vs, r)
		} else {
			hs = append(hs, r)
		}
	}
	if len(vs) < 2 || len(hs) < 2 {
		return nil, glyphs
	}
	type box struct{ top, left, right, bottom float64 }
	index := map[box]int{}
	var cells []cell
	var free []glyph
	for _, g := range glyphs {
		cx, cy := g.x+g.w/2, g.y+0.3*g.size
		b := box{math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(-1)}
		for _, v := range vs {
			if v.y0 <= cy && cy <= v.y1 {
				if v.x0 <= cx {
					b.left = math.Max(b.left, v.x0)
				} else {
					b.right = math.Min(b.right, v.x0)
				}
			}
		}
		for _, h := range hs {
			if h.x0 <= cx && cx <= h.x1 {
				if h.y0 >= cy {
					b.top = math.Min(b.top, h.y0)
				} else {
					b.bottom = math.Max(b.bottom, h.y0)
				}
			}
		}
		closed := !math.IsInf(b.top, 0) && !math.IsInf(b.left, 0) && !math.IsInf(b.right, 0) && !math.IsInf(b.bottom, 0)
		if !closed || b.right-b.left < 10 || b.top-b.bottom < g.size {
			free = append(free, g)
			continue
		}
		i, ok := index[b]
		if !ok {
			i = len(cells)
			index[b] = i
			cells = append(cells, cell{top: b.top, left: b.left, right: b.right})
		}
		cells[i].glyphs = append(cells[i].glyphs, g)
	}
	slices.SortStableFunc(cells, func(a, b cell) int {
		if c := cmpFloat(b.top, a.top); c != 0 {
			return c
		}
		return cmpFloat(a.left, b.left)
	})
	return cells, free
}

// groupRows clusters glyphs by baseline, top of the page first.
func groupRows(glyphs []glyph) [][]glyph {
	gs := slices.Clone(glyphs)
	slices.SortFunc(gs, func(a, b glyph) int {
		if c := cmpFloat(b.y, a.y); c != 0 {
			return c
		}
		return a.seq - b.seq
	})
	var rows [][]glyph
	var y, size float64
	for _, g := range gs {
		if math.IsNaN(g.x) || math.IsNaN(g.y) || g.size <= 0 {
			continue
		}
		if n := len(rows); n > 0 && math.Abs(y-g.y) <= baselineTol*math.Max(size, g.size) {
			rows[n-1] = append(rows[n-1], g)
			continue
		}
		rows = append(rows, []glyph{g})
		y, size = g.y, g.size
	}
	for _, row := range rows {
		slices.SortFunc(row, func(a, b glyph) int {
			if c := cmpFloat(a.x, b.x); c != 0 {
				return c
			}
			return a.seq - b.seq
		})
	}
	return rows
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func isBlank(s string) bool { return strings.TrimSpace(s) == "" }

// findGutter looks for a vertical band, near the middle of the text, that
// almost no row covers while many rows have text on both sides of it and
// the left column's rows reach close to it (in a form with labels on the
// left they do not, and the form must be read row by row).
func findGutter(rows [][]glyph) (g0, g1 float64, ok bool) {
	if len(rows) < 6 {
		return 0, 0, false
	}
	minX, maxX := math.Inf(1), math.Inf(-1)
	var sizes []float64
	for _, row := range rows {
		for _, g := range row {
			if !isBlank(g.s) {
				minX, maxX = math.Min(minX, g.x), math.Max(maxX, g.x+g.w)
				sizes = append(sizes, g.size)
			}
		}
	}
	width := int(maxX-minX) + 1
	if width < 100 || width > 20000 {
		return 0, 0, false
	}
	cover := make([]int, width)
	mark := make([]int, width) // last row that covered a bin, to count rows once
	for i, row := range rows {
		for _, g := range row {
			if isBlank(g.s) {
				continue
			}
			for b := max(0, int(g.x-minX)); b < min(width, int(g.x+g.w-minX)+1); b++ {
				if mark[b] != i+1 {
					mark[b] = i + 1
					cover[b]++
				}
			}
		}
	}
	empty := max(1, len(rows)/20)
	gap := math.Max(minGutter, 0.8*median(sizes))
	best := -1.0
	for b := 0; b < width; {
		if cover[b] > empty {
			b++
			continue
		}
		e := b
		for e < width && cover[e] <= empty {
			e++
		}
		s0, s1 := minX+float64(b), minX+float64(e)
		mid := (s0 + s1) / 2
		if s1-s0 >= gap && mid > minX+0.25*float64(width) && mid < minX+0.75*float64(width) && s1-s0 > best {
			if twoColumns(rows, s0, s1, minX, maxX) {
				g0, g1, best, ok = s0, s1, s1-s0, true
			}
		}
		b = e
	}
	return g0, g1, ok
}

func twoColumns(rows [][]glyph, g0, g1, minX, maxX float64) bool {
	var nl, nr int
	var leftEnds []float64
	for _, row := range rows {
		end := math.Inf(-1)
		right := false
		for _, g := range row {
			if isBlank(g.s) {
				continue
			}
			if g.x+g.w <= g0+1 {
				end = math.Max(end, g.x+g.w)
			}
			if g.x >= g1-1 {
				right = true
			}
		}
		if !math.IsInf(end, -1) {
			nl++
			leftEnds = append(leftEnds, end)
		}
		if right {
			nr++
		}
	}
	n := len(rows)
	left, right := g0-minX, maxX-g1
	return nl*10 >= n*3 && nr*10 >= n*3 && median(leftEnds) >= g0-0.3*left &&
		right < 2*left && left < 2*right // a label column is narrower than its values
}

func crosses(row []glyph, g0, g1 float64) bool {
	for _, g := range row {
		if !isBlank(g.s) && g.x < g1 && g.x+g.w > g0 {
			return true
		}
	}
	return false
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}

// makeLine joins the glyphs of one row (sorted by x) into text, putting a
// space where a space glyph is or where the gap between glyphs is wide.
func makeLine(row []glyph) (pdfLine, bool) {
	var sb strings.Builder
	var sizes []float64
	var prev *glyph
	pendingSpace := false
	bold, n := 0, 0
	ln := pdfLine{x0: math.Inf(1), x1: math.Inf(-1)}
	firstWordEnd := math.NaN()
	for i := range row {
		g := &row[i]
		if isBlank(g.s) {
			pendingSpace = sb.Len() > 0
			continue
		}
		if prev != nil {
			// Overprinted glyphs (fake bold, shadows) are drawn twice.
			if g.s == prev.s && math.Abs(g.x-prev.x) < 0.1*g.size && math.Abs(g.y-prev.y) < 0.1*g.size {
				continue
			}
			gap := g.x - (prev.x + prev.w)
			if pendingSpace || gap > spaceGap*math.Min(g.size, prev.size) {
				if math.IsNaN(firstWordEnd) {
					firstWordEnd = prev.x + prev.w
				}
				sb.WriteByte(' ')
			}
		}
		pendingSpace = false
		sb.WriteString(g.s)
		sizes = append(sizes, g.size)
		ln.x0, ln.x1 = math.Min(ln.x0, g.x), math.Max(ln.x1, g.x+g.w)
		if n == 0 {
			ln.y = g.y
		}
		if g.font != nil && g.font.bold {
			bold++
		}
		n++
		prev = g
	}
	if n == 0 {
		return pdfLine{}, false
	}
	if math.IsNaN(firstWordEnd) {
		firstWordEnd = ln.x1
	}
	ln.firstWord = firstWordEnd - ln.x0
	ln.text = sb.String()
	ln.size = median(sizes)
	ln.bold = bold*2 > n
	ln.glyphs = n
	return ln, true
}

var rePageNumber = regexp.MustCompile(`(?i)^(?:[-–—]\s*)?(?:(?:sivu|page|sida|s\.|p\.)\s*)?\d{1,4}(?:\s*(?:/|of|av|\(\s*\d+\s*\))\s*\d{0,4})?(?:\s*[-–—])?$`)

// dropPageNumbers removes a running page number, alone on the first or
// last line of the page: it is not part of the notice's text.
func dropPageNumbers(lines []pdfLine) []pdfLine {
	if len(lines) < 2 {
		return lines
	}
	top, bottom := 0, 0
	for i, l := range lines {
		if l.y > lines[top].y {
			top = i
		}
		if l.y < lines[bottom].y {
			bottom = i
		}
	}
	var out []pdfLine
	for i, l := range lines {
		if (i == top || i == bottom) && rePageNumber.MatchString(strings.TrimSpace(l.text)) {
			continue
		}
		out = append(out, l)
	}
	return out
}

var bullets = []string{"•", "◦", "▪", "●", "○", "■", "□", "‣", "⁃", "∙", "·", "–", "—", "-", "*", "➢", "►", "✓", "\uf0b7", "\uf0a7"}

// bulletOf reports whether a line starts a list item: a bullet glyph
// followed by a space.
func bulletOf(text string) bool {
	for _, b := range bullets {
		if strings.HasPrefix(text, b+" ") {
			return true
		}
	}
	return false
}

// blockBuilder groups lines into blocks and adds them to a Builder.
type blockBuilder struct {
	b        *analyzer.Builder
	body     float64 // median size of body text
	bodyBold bool
	lineGap  float64 // usual distance between baselines of body lines
	levels   []float64
}

// buildBlocks turns the lines of all pages into blocks. Statistics (the
// body font size, the usual line distance) are taken over the whole
// document so that a page holding only a heading is judged right.
func buildBlocks(b *analyzer.Builder, lines []pdfLine) {
	bb := &blockBuilder{b: b}
	vocab := vocabulary(lines)
	var sizes, gaps []float64
	boldGlyphs, all := 0, 0
	for i, l := range lines {
		for range min(l.glyphs, 200) {
			sizes = append(sizes, l.size)
		}
		if l.bold {
			boldGlyphs += l.glyphs
		}
		all += l.glyphs
		if i > 0 && lines[i-1].page == l.page && lines[i-1].seg == l.seg {
			if d := lines[i-1].y - l.y; d > 0 && d < 3*l.size {
				gaps = append(gaps, d)
			}
		}
	}
	bb.body = median(sizes)
	bb.bodyBold = boldGlyphs*2 > all
	bb.lineGap = minMode(gaps)
	for _, l := range lines {
		if l.size >= headingRatio*bb.body && !slices.ContainsFunc(bb.levels, func(s float64) bool { return math.Abs(s-l.size) < 0.5 }) {
			bb.levels = append(bb.levels, l.size)
		}
	}
	slices.SortFunc(bb.levels, func(a, c float64) int { return cmpFloat(c, a) })

	var cur []pdfLine
	kind, level := analyzer.BlockParagraph, 0
	flush := func() {
		if len(cur) > 0 {
			text := joinLines(cur, vocab)
			if kind == analyzer.BlockHeading && utf8.RuneCountInString(text) > 200 {
				kind, level = analyzer.BlockParagraph, 0 // a bold paragraph, not a heading
			}
			b.Add(kind, level, cur[0].page, text)
		}
		cur = nil
	}
	for _, l := range lines {
		k, lv := bb.kindOf(l)
		if len(cur) == 0 || bb.breaks(cur[0], cur[len(cur)-1], l, kind, k, lv, level) && !continues(cur[len(cur)-1], l, kind, k) {
			flush()
			kind, level = k, lv
		}
		cur = append(cur, l)
	}
	flush()
}

// minMode estimates the usual line distance: the median of the smaller
// half of distances, as paragraph gaps inflate the plain median.
func minMode(gaps []float64) float64 {
	if len(gaps) == 0 {
		return 0
	}
	s := slices.Clone(gaps)
	slices.Sort(s)
	return s[len(s)/3]
}

func (bb *blockBuilder) kindOf(l pdfLine) (analyzer.BlockKind, int) {
	switch {
	case l.cell:
		return analyzer.BlockTableCell, 0
	case l.size >= headingRatio*bb.body:
		for i, s := range bb.levels {
			if math.Abs(s-l.size) < 0.5 {
				return analyzer.BlockHeading, min(i+1, 6)
			}
		}
		return analyzer.BlockHeading, 1
	case l.bold && !bb.bodyBold && math.Abs(l.size-bb.body) < 0.15*bb.body:
		return analyzer.BlockHeading, min(len(bb.levels)+1, 6)
	case bulletOf(l.text):
		return analyzer.BlockListItem, 0
	}
	return analyzer.BlockParagraph, 0
}

// breaks reports whether l starts a new block after the lines of the
// current one, which begins with first and ends with prev.
func (bb *blockBuilder) breaks(first, prev, l pdfLine, curKind, kind analyzer.BlockKind, level, curLevel int) bool {
	if prev.page != l.page || prev.seg != l.seg {
		return true
	}
	if kind == analyzer.BlockListItem || kind != curKind && !(curKind == analyzer.BlockListItem && kind == analyzer.BlockParagraph) {
		return true
	}
	if kind == analyzer.BlockHeading && level != curLevel {
		return true
	}
	d := prev.y - l.y
	usual := bb.lineGap
	if usual <= 0 {
		usual = 1.2 * l.size
	}
	if d <= 0 || d > paraGapRatio*math.Max(usual, 1.0*math.Min(prev.size, l.size)) {
		return true
	}
	if math.Abs(prev.size-l.size) > 0.15*math.Max(prev.size, l.size) {
		return true
	}
	if curKind == analyzer.BlockListItem && l.x0 > first.x0+0.3*l.size {
		return false // a list item goes on in lines indented past its bullet
	}
	// A line in lower case after one that did not end a sentence goes on
	// with it, whatever the indents (a form's value wrapping under itself).
	if first, _ := utf8.DecodeRuneInString(l.text); unicode.IsLower(first) && !endsSentence(prev.text) {
		return false
	}
	// A first-line indent starts a paragraph.
	if l.x0 > l.colL+0.8*l.size && prev.x0 < l.x0-0.8*l.size {
		return true
	}
	// A line that ended although the next word would have fit was broken
	// on purpose: an address line, a table row, a heading without styling.
	room := prev.colR - prev.x1
	return room > l.firstWord+0.5*l.size
}

// continues reports whether l, the first line of a new column or page,
// goes on with the paragraph of prev: prev stops mid-sentence and l starts
// in lower case. The block keeps the page where it started.
func continues(prev, l pdfLine, curKind, kind analyzer.BlockKind) bool {
	if prev.page == l.page && prev.seg == l.seg || curKind != analyzer.BlockParagraph && curKind != analyzer.BlockListItem || kind != analyzer.BlockParagraph {
		return false
	}
	first, _ := utf8.DecodeRuneInString(strings.TrimSpace(l.text))
	return unicode.IsLower(first) && !endsSentence(prev.text)
}

func endsSentence(s string) bool {
	last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(s))
	return strings.ContainsRune(".!?:;", last)
}

// joinLines joins the lines of a block with spaces, undoing end-of-line
// hyphenation (see joinHyphen).
func joinLines(lines []pdfLine, vocab map[string]bool) string {
	var sb strings.Builder
	for i, l := range lines {
		t := strings.TrimSpace(l.text)
		if i > 0 {
			if joined, ok := joinHyphen(sb.String(), t, vocab); ok {
				sb.Reset()
				sb.WriteString(joined)
				continue
			}
			sb.WriteByte(' ')
		}
		sb.WriteString(t)
	}
	return sb.String()
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// vocabulary lists the lower-cased words of the lines, and of hyphenated
// compounds their parts and each pair of adjacent parts ("list-style"), to
// decide how to join words broken at a line end.
func vocabulary(lines []pdfLine) map[string]bool {
	v := map[string]bool{}
	for _, l := range lines {
		runs := strings.FieldsFunc(strings.ToLower(l.text), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\u2010'
		})
		for _, run := range runs {
			parts := strings.FieldsFunc(run, func(r rune) bool { return r == '-' || r == '\u2010' })
			for i, p := range parts {
				v[p] = true
				if i > 0 {
					v[parts[i-1]+"-"+p] = true
				}
			}
		}
	}
	return v
}

// conjunctions follow a hyphen that stands for the shared end of a compound
// ("markkina- ja mielipidetutkimus"); the hyphen and the space stay.
var conjunctions = map[string]bool{"ja": true, "tai": true, "sekä": true, "eli": true, "and": true, "or": true, "och": true, "eller": true, "samt": true}

// joinHyphen joins next to prev when prev ends with a letter and a hyphen:
// a word broken at the end of a line. Whether the hyphen is the
// typesetter's (dropped: "tieto-" "suoja") or part of the word (kept:
// "tietosuoja-" "asetus") is ambiguous without a dictionary, so the
// document decides first: the joined form or the hyphenated one occurring
// elsewhere in it. Otherwise the hyphen is kept between identical vowels
// (Finnish writes "tietosuoja-asetus"), after capitals ("EU-alue"), after a
// capitalised word inside a sentence ("Chrome-selain"), after a dotted
// word ("Suomi.fi-maksu"), after a part without a vowel, which cannot be a
// syllable ("www-osoite"), and before
// a capital or a digit; it is dropped elsewhere.
func joinHyphen(prev, next string, vocab map[string]bool) (string, bool) {
	last, n := utf8.DecodeLastRuneInString(prev)
	if last != '-' && last != '\u2010' && last != '\u00AD' {
		return "", false
	}
	stem := prev[:len(prev)-n]
	before, _ := utf8.DecodeLastRuneInString(stem)
	first, _ := utf8.DecodeRuneInString(next)
	if !unicode.IsLetter(before) {
		return "", false
	}
	left := stem[strings.LastIndexAny(stem, " \t(\"'[")+1:]
	part := left[strings.LastIndexFunc(left, notWordRune)+1:] // "SSL-suojat-" "tuna"
	right := next
	if i := strings.IndexFunc(next, notWordRune); i >= 0 {
		right = next[:i]
	}
	lw, rw := strings.ToLower(part), strings.ToLower(right)
	keep, drop := stem+"-"+next, stem+next
	switch {
	case last == '\u00AD' && unicode.IsLetter(first):
		return drop, true
	case conjunctions[rw]:
		return stem + "- " + next, true
	case vocab[lw+rw]:
		return drop, true
	case vocab[lw+"-"+rw]:
		return keep, true
	case unicode.IsUpper(first) || unicode.IsDigit(first):
		return keep, true
	case !unicode.IsLower(first):
		return "", false
	case unicode.IsUpper(before),
		unicode.ToLower(before) == first && strings.ContainsRune("aeiouyäöå", first),
		strings.ContainsAny(left, ".@/0123456789"),
		unicode.IsUpper([]rune(part + " ")[0]) && !sentenceStart(stem[:len(stem)-len(left)]),
		!strings.ContainsAny(lw, "aeiouyäöå"):
		return keep, true
	}
	return drop, true
}

// sentenceStart reports whether a word after before starts a sentence.
func sentenceStart(before string) bool {
	before = strings.TrimRight(before, " \t(\"'[")
	last, _ := utf8.DecodeLastRuneInString(before)
	// After '>' (an HTML tag left in the text) or a dash or bullet (an item
	// of an inline list) a capital starts something new as well.
	return before == "" || strings.ContainsRune(".!?:>-–•", last)
}
