package review

import (
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// Token is one word or punctuation mark of a text, with its byte span.
type Token struct {
	Text       string
	Start, End int
}

// Tokens splits s at white space and peels punctuation off the ends of each
// piece, so that "henkilötietolain," is the word and the comma, while
// "EU:n", "523/1999" and "kirjaamo@kunta.fi" stay whole. White space is
// not a token: a diff of tokens does not see line wrapping.
func Tokens(s string) []Token {
	var out []Token
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		start := i
		for i < len(s) {
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				break
			}
			i += size
		}
		out = appendPiece(out, s, start, i)
	}
	return out
}

// appendPiece adds the leading punctuation marks, the word and the trailing
// punctuation marks of s[start:end].
func appendPiece(out []Token, s string, start, end int) []Token {
	a, b := start, end
	var lead []Token
	for a < b {
		r, size := utf8.DecodeRuneInString(s[a:b])
		if !isPunct(r) {
			break
		}
		lead = append(lead, Token{s[a : a+size], a, a + size})
		a += size
	}
	var trail []Token
	for b > a {
		r, size := utf8.DecodeLastRuneInString(s[a:b])
		if !isPunct(r) {
			break
		}
		trail = append(trail, Token{s[b-size : b], b - size, b})
		b -= size
	}
	out = append(out, lead...)
	if a < b {
		out = append(out, Token{s[a:b], a, b})
	}
	for i := len(trail) - 1; i >= 0; i-- {
		out = append(out, trail[i])
	}
	return out
}

func isPunct(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }

// Op says what a chunk of a word diff does.
type Op int

const (
	Equal Op = iota
	Delete
	Insert
)

// Chunk is a run of tokens that are equal in both texts, only in the old
// one (Delete) or only in the new one (Insert). Old and New index the
// tokens of the texts given to Words; an Equal chunk has both (as many tokens
// on each side unless only the spacing differs), the others one.
type Chunk struct {
	Op       Op
	Old, New []Token
}

// Words diffs two texts word by word (see Tokens): each distinct token
// becomes one rune (the DiffLinesToRunes trick applied to words), so that
// an inflected word that changes ("rekisterinpitäjän" into
// "rekisterinpitäjälle") is one whole-word change, never a change of its
// last letters.
func Words(oldText, newText string) []Chunk {
	old, new := Tokens(oldText), Tokens(newText)
	ids := map[string]rune{}
	encode := func(ts []Token) []rune {
		rs := make([]rune, len(ts))
		for i, t := range ts {
			r, ok := ids[t.Text]
			if !ok {
				r = tokenRune(len(ids))
				ids[t.Text] = r
			}
			rs[i] = r
		}
		return rs
	}
	a, b := encode(old), encode(new)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 5 * time.Second // past that go-diff returns a coarser, still correct diff
	diffs := dmp.DiffMainRunes(a, b, false)

	var out []Chunk
	i, j := 0, 0
	for _, d := range diffs {
		n := utf8.RuneCountInString(d.Text)
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			out = append(out, Chunk{Op: Equal, Old: old[i : i+n], New: new[j : j+n]})
			i, j = i+n, j+n
		case diffmatchpatch.DiffDelete:
			out = append(out, Chunk{Op: Delete, Old: old[i : i+n]})
			i += n
		case diffmatchpatch.DiffInsert:
			out = append(out, Chunk{Op: Insert, New: new[j : j+n]})
			j += n
		}
	}
	return slideToLines(absorbShortEqualities(layoutOnly(out)), oldText, newText)
}

// group is a run of changes between equal chunks, as one deletion and one
// insertion.
func group(chunks []Chunk) (del, ins []Token) {
	for _, c := range chunks {
		del = append(del, c.Old...)
		ins = append(ins, c.New...)
	}
	return del, ins
}

// absorbShortEqualities folds an equal run of one or two tokens between
// two rewrites (changes that both delete and insert) into the rewrite: in
// a rewritten sentence a kept "ja" is noise, not an anchor. Equal runs
// next to pure deletions or insertions stay, so that a dropped check box
// never makes its neighbour look changed.
func absorbShortEqualities(chunks []Chunk) []Chunk {
	// split into alternating equal chunks and change groups
	type part struct {
		equal    *Chunk
		del, ins []Token
	}
	var parts []part
	for k := 0; k < len(chunks); {
		if chunks[k].Op == Equal {
			parts = append(parts, part{equal: &chunks[k]})
			k++
			continue
		}
		e := k
		for e < len(chunks) && chunks[e].Op != Equal {
			e++
		}
		d, i := group(chunks[k:e])
		parts = append(parts, part{del: d, ins: i})
		k = e
	}
	rewrite := func(p part) bool { return p.equal == nil && len(p.del) > 0 && len(p.ins) > 0 }
	var merged []part
	for k := 0; k < len(parts); k++ {
		p := parts[k]
		n := len(merged)
		if p.equal != nil && len(p.equal.Old) <= 2 && len(p.equal.Old) == len(p.equal.New) &&
			n > 0 && rewrite(merged[n-1]) && k+1 < len(parts) && rewrite(parts[k+1]) {
			next := parts[k+1]
			merged[n-1].del = append(append(merged[n-1].del, p.equal.Old...), next.del...)
			merged[n-1].ins = append(append(merged[n-1].ins, p.equal.New...), next.ins...)
			k++
			continue
		}
		merged = append(merged, p)
	}
	var out []Chunk
	for _, p := range merged {
		switch {
		case p.equal != nil:
			out = append(out, *p.equal)
		default:
			if len(p.del) > 0 {
				out = append(out, Chunk{Op: Delete, Old: p.del})
			}
			if len(p.ins) > 0 {
				out = append(out, Chunk{Op: Insert, New: p.ins})
			}
		}
	}
	return out
}

// slideToLines moves a pure insertion or deletion along the equal tokens
// around it (the diff of "a. [x .]" and "[. x] a." is the same) to where it
// starts a line, as a person would write it: added paragraphs begin at
// their first word, not at the full stop before them.
func slideToLines(chunks []Chunk, oldText, newText string) []Chunk {
	startsLine := func(text string, t Token) bool {
		ls := strings.LastIndexByte(text[:t.Start], '\n') + 1
		return strings.TrimSpace(text[ls:t.Start]) == ""
	}
	for k := 1; k+1 < len(chunks); k++ {
		c := &chunks[k]
		before, after := &chunks[k-1], &chunks[k+1]
		if c.Op == Equal || before.Op != Equal || after.Op != Equal ||
			len(before.Old) != len(before.New) || len(after.Old) != len(after.New) {
			continue
		}
		side, text := &c.New, newText
		if c.Op == Delete {
			side, text = &c.Old, oldText
		}
		ownBefore, ownAfter := &before.New, &after.New
		if c.Op == Delete {
			ownBefore, ownAfter = &before.Old, &after.Old
		}
		// all the positions the change can take, leftmost first
		left := 0
		for left < len(*ownBefore) && left < len(*side) &&
			(*ownBefore)[len(*ownBefore)-1-left].Text == (*side)[len(*side)-1-left].Text {
			left++
		}
		right := 0
		for right < len(*ownAfter) && right < len(*side) && (*ownAfter)[right].Text == (*side)[right].Text {
			right++
		}
		if left == 0 && right == 0 {
			continue
		}
		// the tokens of this side in order: before | change | after
		seq := append(append(append([]Token{}, (*ownBefore)[len(*ownBefore)-left:]...), *side...), (*ownAfter)[:right]...)
		// the place nearest the diff's own where the change begins a line
		best, found := 0, false
		for shift := -left; shift <= right; shift++ {
			if startsLine(text, seq[left+shift]) && (!found || abs(shift) <= abs(best)) {
				best, found = shift, true
			}
		}
		if !found || best == 0 {
			continue
		}
		n := len(*side)
		newSide := append([]Token{}, seq[left+best:left+best+n]...)
		// the equal tokens on both sides move with the change
		moveEqual := func(b, a *[]Token, eqSeq []Token) {
			*b = append(append([]Token{}, (*b)[:len(*b)-left]...), eqSeq[:left+best]...)
			*a = append(append([]Token{}, eqSeq[left+best:]...), (*a)[right:]...)
		}
		// this side: equal tokens are seq without the change
		ownEq := append(append([]Token{}, seq[:left+best]...), seq[left+best+n:]...)
		ob, oa := *ownBefore, *ownAfter
		moveEqual(&ob, &oa, ownEq)
		// other side: its equal tokens around the change are contiguous
		otherBefore, otherAfter := &before.Old, &after.Old
		if c.Op == Delete {
			otherBefore, otherAfter = &before.New, &after.New
		}
		otherEq := append(append([]Token{}, (*otherBefore)[len(*otherBefore)-left:]...), (*otherAfter)[:right]...)
		xb, xa := *otherBefore, *otherAfter
		moveEqual(&xb, &xa, otherEq)
		*ownBefore, *ownAfter, *otherBefore, *otherAfter = ob, oa, xb, xa
		*side = newSide
	}
	// a slide may empty an equal chunk
	out := chunks[:0:0]
	for _, c := range chunks {
		if c.Op == Equal && len(c.Old) == 0 && len(c.New) == 0 {
			continue
		}
		out = append(out, c)
	}
	return out
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// layoutOnly turns a deletion next to an insertion of the same characters
// spaced differently ("tuotteista/palveluista" and "tuotteista/
// palveluista" where a PDF line broke after the slash) into an equal
// chunk: a layout change, not a word change.
func layoutOnly(chunks []Chunk) []Chunk {
	joined := func(ts []Token) string {
		var b strings.Builder
		for _, t := range ts {
			b.WriteString(t.Text)
		}
		return b.String()
	}
	var out []Chunk
	for k := 0; k < len(chunks); k++ {
		c := chunks[k]
		if k+1 < len(chunks) && c.Op != Equal && chunks[k+1].Op != Equal && c.Op != chunks[k+1].Op {
			d, in := c, chunks[k+1]
			if d.Op == Insert {
				d, in = in, d
			}
			if joined(d.Old) == joined(in.New) {
				c = Chunk{Op: Equal, Old: d.Old, New: in.New}
				k++
			}
		}
		// merge with a preceding equal chunk, so that equal runs stay whole
		if n := len(out); n > 0 && c.Op == Equal && out[n-1].Op == Equal {
			out[n-1].Old = append(out[n-1].Old[:len(out[n-1].Old):len(out[n-1].Old)], c.Old...)
			out[n-1].New = append(out[n-1].New[:len(out[n-1].New):len(out[n-1].New)], c.New...)
			continue
		}
		out = append(out, c)
	}
	return out
}

// tokenRune maps the n-th distinct token to a valid rune that no string
// conversion alters: from U+0100 on, skipping the surrogates.
func tokenRune(n int) rune {
	r := rune(0x100 + n)
	if r >= 0xD800 {
		r += 0x800
	}
	if r > unicode.MaxRune {
		// More distinct words than Unicode has runes: not a notice. The
		// collision only makes the diff coarser.
		r = unicode.MaxRune
	}
	return r
}

// Hunk is one place where the texts differ: the changed chunks and the
// equal ones between them, with up to Context tokens of equal text before
// and after.
type Hunk struct {
	// OldLine and NewLine are the 1-based first lines the change touches
	// in each version; OldLines and NewLines count the lines, 0 on a side
	// that only gains or loses whole lines (then OldLine or NewLine is the
	// line after which the change happens).
	OldLine, OldLines int
	NewLine, NewLines int
	Chunks            []Chunk
	// Old and New are the tokens of each version the hunk shows: context,
	// the change, context.
	Old, New []Marked
}

// Marked is a token a hunk shows: Changed when it is deleted or inserted,
// Touched when a change happens next to it on its line (a word inserted
// into the line), Line its 1-based line.
type Marked struct {
	Token
	Line             int
	Changed, Touched bool
}

// Deleted and Inserted return the changed tokens of the hunk.
func (h *Hunk) Deleted() []Token  { return h.tokens(Delete) }
func (h *Hunk) Inserted() []Token { return h.tokens(Insert) }

func (h *Hunk) tokens(op Op) []Token {
	var out []Token
	for _, c := range h.Chunks {
		if c.Op == op {
			out = append(out, c.Old...)
			out = append(out, c.New...)
		}
	}
	return out
}

// Hunks groups a word diff into hunks. Changes closer than 2*context+1
// equal tokens share a hunk. oldText and newText are the texts the tokens
// came from, for line numbers.
func Hunks(chunks []Chunk, oldText, newText string, context int) []Hunk {
	type span struct{ from, to, before, after int } // chunk range and context token counts
	var spans []span
	for k, c := range chunks {
		if c.Op == Equal {
			continue
		}
		if n := len(spans); n > 0 && spans[n-1].to == k-1 {
			spans[n-1].to = k // adjacent change (a delete then an insert)
			continue
		}
		if n := len(spans); n > 0 && spans[n-1].to == k-2 && len(chunks[k-1].New) <= 2*context {
			spans[n-1].to = k // a short equal run between two changes
			continue
		}
		before := 0
		if k > 0 {
			before = min(context, len(chunks[k-1].New))
		}
		spans = append(spans, span{from: k, to: k, before: before})
	}
	for i := range spans {
		if k := spans[i].to + 1; k < len(chunks) {
			spans[i].after = min(context, len(chunks[k].New))
		}
	}
	oldLines, newLines := newLineIndex(oldText), newLineIndex(newText)
	var out []Hunk
	for _, sp := range spans {
		h := Hunk{Chunks: chunks[sp.from : sp.to+1]}
		h.Old = markSide(chunks, sp.from, sp.to, sp.before, sp.after, true, oldLines, newLines)
		h.New = markSide(chunks, sp.from, sp.to, sp.before, sp.after, false, newLines, oldLines)
		h.OldLine, h.OldLines = lineSpan(h.Old, oldLines, chunks, sp.from, true)
		h.NewLine, h.NewLines = lineSpan(h.New, newLines, chunks, sp.from, false)
		out = append(out, h)
	}
	return out
}

// markSide lists the tokens one version shows in the hunk of chunks
// [from,to], with nb equal tokens before and na after, and marks the
// changed ones and those next to which the other version changes within
// a line (a word inserted into a line touches its neighbours).
func markSide(all []Chunk, from, to, nb, na int, old bool, lines, otherLines lineIndex) []Marked {
	own, other := Delete, Insert
	mine, theirs := func(c Chunk) []Token { return c.Old }, func(c Chunk) []Token { return c.New }
	if !old {
		own, other = Insert, Delete
		mine, theirs = theirs, mine
	}
	var out []Marked
	pending := false // touch the next token added
	add := func(ts []Token, changed bool) {
		for _, t := range ts {
			out = append(out, Marked{Token: t, Line: lines.line(t.Start), Changed: changed, Touched: pending})
			pending = false
		}
	}
	if nb > 0 {
		ts := mine(all[from-1])
		add(ts[len(ts)-min(nb, len(ts)):], false)
	}
	for k := from; k <= to; k++ {
		c := all[k]
		switch c.Op {
		case Equal:
			add(mine(c), false)
		case own:
			add(mine(c), true)
		case other:
			ts := theirs(c)
			if k > 0 && all[k-1].Op == Equal && len(out) > 0 {
				prev := theirs(all[k-1])
				if otherLines.line(prev[len(prev)-1].Start) == otherLines.line(ts[0].Start) {
					out[len(out)-1].Touched = true
				}
			}
			if k+1 < len(all) && all[k+1].Op == Equal {
				next := theirs(all[k+1])
				if otherLines.line(next[0].Start) == otherLines.line(ts[len(ts)-1].Start) {
					pending = true
				}
			}
		}
	}
	if na > 0 {
		ts := mine(all[to+1])
		add(ts[:min(na, len(ts))], false)
	}
	return out
}

// lineSpan is the first line and the number of lines with changed or
// touched tokens; without any, the line after which the change happens
// and 0.
func lineSpan(ms []Marked, lines lineIndex, chunks []Chunk, from int, old bool) (int, int) {
	first, last := 0, 0
	for _, m := range ms {
		if m.Changed || m.Touched {
			if first == 0 {
				first = m.Line
			}
			last = m.Line
		}
	}
	if first > 0 {
		return first, last - first + 1
	}
	// nothing on this side: the change comes after the last context token
	// before it
	at := 0
	for k := from - 1; k >= 0; k-- {
		ts := chunks[k].New
		if old {
			ts = chunks[k].Old
		}
		if len(ts) > 0 {
			at = lines.line(ts[len(ts)-1].Start)
			break
		}
	}
	return at, 0
}

// lineIndex maps byte offsets of a text to 1-based lines.
type lineIndex []int

func newLineIndex(text string) lineIndex {
	idx := lineIndex{0}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			idx = append(idx, i+1)
		}
	}
	return idx
}

func (l lineIndex) line(off int) int {
	return sort.Search(len(l), func(i int) bool { return l[i] > off })
}
