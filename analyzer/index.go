package analyzer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is a sentence, or a heading, list item or table cell that has no
// sentence punctuation. Sentences never cross a line break.
type Sentence struct {
	Start, End int // bytes of Document.Text
	Tok0, Tok1 int // tokens [Tok0, Tok1)
	Block      int // index into Index.Blocks
}

// Section is a heading and the blocks under it up to the next heading of the
// same or a higher level. Text before the first heading is a section with
// Heading -1.
type Section struct {
	Heading    int // block index of the heading, or -1
	Start, End int // bytes of the content under the heading
	Block0     int // first content block
	Block1     int // one past the last content block
}

// Index is the document tokenised once: tokens, sentences, blocks with
// headings recognised, sections, and every lexicon match.
type Index struct {
	Doc       *Document
	Tokens    []Token
	Sentences []Sentence
	Blocks    []Block // the document's blocks, with heading-like paragraphs promoted
	Sections  []Section
	// BlockSection maps a block to the section that holds it, or that it heads.
	BlockSection []int
	matches      map[string][]Match
	sentConcepts []map[string][]int // per sentence: concept -> indexes into matches[concept]
	blockSent    []int              // block b's sentences are [blockSent[b], blockSent[b+1])
}

// buildIndex tokenises doc and matches the lexicon over it.
func buildIndex(doc *Document, lex *Lexicon) *Index {
	ix := &Index{Doc: doc, matches: map[string][]Match{}}
	ix.Blocks = effectiveBlocks(doc)
	ix.Tokens = make([]Token, 0, len(doc.Text)/8+1) // about one token per 8 bytes
	for bi, b := range ix.Blocks {
		for _, line := range splitLines(doc.Text, b.Start, b.End) {
			for _, s := range splitSentences(doc.Text, line[0], line[1]) {
				t0 := len(ix.Tokens)
				ix.Tokens = appendTokens(ix.Tokens, doc.Text[s[0]:s[1]], s[0], len(ix.Sentences))
				ix.Sentences = append(ix.Sentences, Sentence{Start: s[0], End: s[1], Tok0: t0, Tok1: len(ix.Tokens), Block: bi})
			}
		}
	}
	// Sentences come block after block: block b's are a run.
	ix.blockSent = make([]int, len(ix.Blocks)+1)
	for b, s := 0, 0; b < len(ix.blockSent); b++ {
		for s < len(ix.Sentences) && ix.Sentences[s].Block < b {
			s++
		}
		ix.blockSent[b] = s
	}
	ix.sentConcepts = make([]map[string][]int, len(ix.Sentences))
	if lex != nil {
		for _, m := range lex.match(ix.Tokens, ix.Sentences) {
			ix.matches[m.Concept] = append(ix.matches[m.Concept], m)
			sc := ix.sentConcepts[m.Sentence]
			if sc == nil {
				sc = map[string][]int{}
				ix.sentConcepts[m.Sentence] = sc
			}
			sc[m.Concept] = append(sc[m.Concept], len(ix.matches[m.Concept])-1)
		}
	}
	ix.resolveHeadingRuns()
	ix.markTableOfContents()
	ix.buildSections()
	return ix
}

// resolveHeadingRuns decides which lines of a run of inferred headings are
// headings. Two short title-like lines in a row are a title and a heading
// ("Tietosuojaseloste", "Rekisterinpitäjä"), a heading and its one-line
// content ("Rekisterinpitäjä", "Kukkakauppa Orvokki, Toni Laine"), or a
// list ("Etu- ja sukunimi", "Sähköpostiosoite"). Lines made up mostly of
// words of the lexicon's "heading" concept (at least a third of their
// words) stay headings; in a run with none, only the last line stays a
// heading, and only if text follows it.
func (ix *Index) resolveHeadingRuns() {
	blocks := ix.Blocks
	for i := 0; i < len(blocks); {
		if !blocks[i].Inferred {
			i++
			continue
		}
		j := i
		for j < len(blocks) && blocks[j].Inferred {
			j++
		}
		if j-i >= 2 {
			named := 0
			for k := i; k < j; k++ {
				if ix.titleLike(k) {
					named++
				}
			}
			for k := i; k < j; k++ {
				keep := ix.titleLike(k)
				if named == 0 {
					keep = k == j-1 && j < len(blocks) && blocks[j].Kind != BlockHeading
				}
				if !keep {
					blocks[k].Kind, blocks[k].Level, blocks[k].Inferred = BlockParagraph, 0, false
				}
			}
		}
		i = j
	}
	// A short line right under a heading is its content ("Rekisterinpitäjä"
	// over "Kukkakauppa Orvokki"), unless it names a section itself.
	for k := 1; k < len(blocks); k++ {
		if blocks[k].Inferred && blocks[k-1].Kind == BlockHeading && !ix.blockHas(k, "heading") {
			blocks[k].Kind, blocks[k].Level, blocks[k].Inferred = BlockParagraph, 0, false
		}
	}
}

// markTableOfContents finds a table of contents — a run of at least four
// short numbered lines most of which come back later as section headings —
// and makes its lines headings without content, so that "10. Oikeus tehdä
// valitus" in the contents does not count as the section itself.
func (ix *Index) markTableOfContents() {
	blocks := ix.Blocks
	key := func(b Block) string {
		s := strings.ToLower(strings.TrimSpace(ix.Doc.Text[b.Start:b.End]))
		s = strings.TrimLeft(s, "0123456789.) ")
		return strings.TrimRight(s, ".: ")
	}
	numbered := func(b Block) bool {
		s := ix.Doc.Text[b.Start:b.End]
		return len(s) > 0 && s[0] >= '0' && s[0] <= '9' && !strings.Contains(s, "\n") && len(strings.Fields(s)) <= 14
	}
	for i := 0; i < len(blocks); {
		j := i
		for j < len(blocks) && numbered(blocks[j]) {
			j++
		}
		if j-i >= 4 {
			later := map[string]bool{}
			for k := j; k < len(blocks); k++ {
				later[key(blocks[k])] = true
			}
			again := 0
			for k := i; k < j; k++ {
				if later[key(blocks[k])] {
					again++
				}
			}
			if again*2 >= j-i {
				for k := i; k < j; k++ {
					blocks[k].Kind, blocks[k].Level, blocks[k].Inferred = BlockHeading, 9, false
				}
			}
		}
		i = max(j, i+1)
	}
}

// titleLike reports whether at least a third of the words of block b are
// words of section titles: "Right to Withdraw Consent" is a title, "Withdraw
// consent at any time" is its content.
func (ix *Index) titleLike(b int) bool {
	words, title := 0, map[int]bool{}
	for s := ix.blockSent[b]; s < ix.blockSent[b+1]; s++ {
		st := ix.Sentences[s]
		words += st.Tok1 - st.Tok0
		for _, k := range ix.sentConcepts[s]["heading"] {
			m := ix.matches["heading"][k]
			for t := m.Tok0; t < m.Tok1; t++ {
				title[t] = true
			}
		}
	}
	return words > 0 && len(title)*3 >= words
}

// blockHas reports whether a sentence of block b holds concept.
func (ix *Index) blockHas(b int, concept string) bool {
	for s := ix.blockSent[b]; s < ix.blockSent[b+1]; s++ {
		if len(ix.sentConcepts[s][concept]) > 0 {
			return true
		}
	}
	return false
}

// effectiveBlocks returns the document's blocks; a text without blocks gets
// one paragraph per line group. Short one-line paragraphs that are followed
// by text and look like titles are promoted to headings, because plain-text
// and PDF notices mark headings only by layout.
func effectiveBlocks(doc *Document) []Block {
	blocks := append([]Block(nil), doc.Blocks...)
	if len(blocks) == 0 {
		// One block per non-empty line, as the text reader does.
		for _, l := range splitLines(doc.Text, 0, len(doc.Text)) {
			kind := BlockParagraph
			if IsListItem(doc.Text[l[0]:l[1]]) {
				kind = BlockListItem
			}
			blocks = append(blocks, Block{Kind: kind, Start: l[0], End: l[1]})
		}
	}
	for i := range blocks {
		b := &blocks[i]
		// a table's row label ("Tietojen säilytysaika" | "...") heads the
		// cell after it
		if b.Kind == BlockTableCell && i+1 < len(blocks) && blocks[i+1].Kind == BlockTableCell &&
			blocks[i+1].End-blocks[i+1].Start > b.End-b.Start && looksLikeRowLabel(doc.Text[b.Start:b.End]) {
			b.Kind, b.Level, b.Inferred = BlockHeading, 3, true
			continue
		}
		if b.Kind != BlockParagraph {
			continue
		}
		// the last line too: a title with nothing under it is a heading
		// without content, not a statement. A short line right under a
		// heading may be its content: resolveHeadingRuns decides.
		if LooksLikeHeading(doc.Text[b.Start:b.End]) {
			b.Kind = BlockHeading
			b.Level = 3
			b.Inferred = true
		}
	}
	return blocks
}

// IsListItem reports whether a line starts like a list item: a bullet
// ("- ", "* ", "• ", "– ") or a number followed by ". " or ") ".
func IsListItem(line string) bool {
	l := strings.TrimLeft(line, " \t")
	for _, b := range []string{"- ", "* ", "• ", "– ", "— ", "· ", "▪ ", "☐ ", "☒ ", "x "} {
		if strings.HasPrefix(l, b) {
			return true
		}
	}
	i := 0
	for i < len(l) && l[i] >= '0' && l[i] <= '9' {
		i++
	}
	return i > 0 && i < 3 && i+1 < len(l) && (l[i] == '.' || l[i] == ')') && l[i+1] == ' ' && !LooksLikeHeading(l)
}

// LooksLikeHeading reports whether a one-line text reads as a title: short,
// starting with a capital letter or a section number, and not ending like a
// sentence.
func LooksLikeHeading(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsRune(s, '\n') || utf8.RuneCountInString(s) > 110 {
		return false
	}
	if len(strings.Fields(s)) > 14 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if last == '.' && !endsWithSectionNumber(s) || last == ',' || last == ';' {
		return false
	}
	if strings.Contains(s, "@") || strings.Contains(s, "://") || strings.Contains(s, " | ") {
		return false
	}
	if i := strings.Index(s, ": "); i > 0 && i < len(s)-2 {
		return false // "Tietolähteet: Asiakas itse" is a label with its value
	}
	if last == ':' && len(strings.Fields(s)) >= 5 {
		return false // "You have the following rights:" introduces a list
	}
	if last != '?' && hasCopula(s) {
		return false // "Käsittelyn oikeusperusteena on sopimus" is a sentence
	}
	body := strings.TrimLeft(s, "#0123456789.) ")
	if strings.ContainsAny(body, "0123456789") {
		return false // addresses, dates, phone numbers
	}
	first, _ := utf8.DecodeRuneInString(body)
	return unicode.IsUpper(first)
}

// looksLikeRowLabel reports whether a table cell reads as the label of its
// row: a title-like text up to a couple of lines, not ending like a
// sentence. Labels of CMS forms are long ("Oikeusperuste ja henkilötietojen
// käsittelyn tarkoitus. Onko tietojen antaminen ... vaatimus").
func looksLikeRowLabel(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || utf8.RuneCountInString(s) > 250 || strings.Contains(s, "@") {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	first, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, "0123456789.) "))
	return last != '.' && last != ',' && last != ';' && unicode.IsUpper(first)
}

// hasCopula reports whether s holds a finite "to be", which titles rarely
// have and sentences without a final period often do.
func hasCopula(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		switch strings.Trim(w, ",:;()") {
		case "on", "ovat", "oli", "är", "var", "is", "are", "was", "were":
			return true
		}
	}
	return false
}

func endsWithSectionNumber(s string) bool {
	f := strings.Fields(s)
	return len(f) == 1 && isNumberWord(strings.TrimSuffix(f[0], "."))
}

func (ix *Index) buildSections() {
	ix.BlockSection = make([]int, len(ix.Blocks))
	cur := Section{Heading: -1, Block0: 0}
	level := 0
	flush := func(end int) {
		cur.Block1 = end
		if cur.Block0 < end {
			cur.Start = ix.Blocks[cur.Block0].Start
			cur.End = ix.Blocks[end-1].End
		} else if cur.Heading >= 0 {
			cur.Start = ix.Blocks[cur.Heading].End
			cur.End = cur.Start
		}
		if cur.Heading >= 0 || cur.Block0 < end {
			ix.Sections = append(ix.Sections, cur)
		}
	}
	_ = level
	for i, b := range ix.Blocks {
		if b.Kind == BlockHeading {
			flush(i)
			cur = Section{Heading: i, Block0: i + 1}
			level = b.Level
		}
		ix.BlockSection[i] = len(ix.Sections)
	}
	flush(len(ix.Blocks))
}

// splitLines returns the [start,end) spans of the non-empty lines of
// text[start:end].
func splitLines(text string, start, end int) [][2]int {
	var out [][2]int
	for start < end {
		nl := strings.IndexByte(text[start:end], '\n')
		stop := end
		if nl >= 0 {
			stop = start + nl
		}
		if strings.TrimSpace(text[start:stop]) != "" {
			out = append(out, [2]int{start, stop})
		}
		start = stop + 1
	}
	return out
}

// abbreviations end with a period but do not end a sentence.
var abbreviations = map[string]bool{
	"esim": true, "mm": true, "ns": true, "yms": true, "jne": true, "tms": true,
	"ks": true, "puh": true, "p": true, "s": true, "n": true, "nro": true, "klo": true,
	"os": true, "vrt": true, "ym": true, "ts": true, "eli": true, "eg": true, "e.g": true,
	"i.e": true, "ie": true, "etc": true, "no": true, "tel": true, "t.ex": true, "bl.a": true,
	"ca": true, "art": true, "kpl": true, "lk": true, "dr": true, "mr": true, "ms": true,
	"st": true, "vs": true, "inc": true, "ltd": true, "oy": false, "tfn": true, "s.k": true,
}

// splitSentences splits one line into sentences at . ! ? followed by space
// and a capital letter, digit or dash, unless the period ends an
// abbreviation or a number (ordinal dates such as "17.11.2021").
func splitSentences(text string, start, end int) [][2]int {
	var out [][2]int
	s0 := start
	for i := start; i < end; i++ {
		c := text[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		if j >= end || text[j] != ' ' {
			continue
		}
		for j < end && text[j] == ' ' {
			j++
		}
		if j >= end {
			continue
		}
		next, _ := utf8.DecodeRuneInString(text[j:end])
		if !(unicode.IsUpper(next) || unicode.IsDigit(next) || next == '-' || next == '–' || next == '"' || next == '(' || next == '•') {
			continue
		}
		if c == '.' && isNumberWord(strings.TrimSpace(text[s0:i])) {
			continue // "10. Tiedon korjaaminen": a section number, not a sentence
		}
		if c == '.' {
			w := lastWord(text[s0:i])
			if abbreviations[strings.ToLower(w)] || (len(w) <= 2 && isNumberWord(w) && unicode.IsDigit(next)) || (utf8.RuneCountInString(w) == 1 && unicode.IsUpper([]rune(w)[0])) {
				continue
			}
		}
		out = append(out, [2]int{s0, i + 1})
		s0 = j
		i = j - 1
	}
	if strings.TrimSpace(text[s0:end]) != "" {
		out = append(out, [2]int{s0, end})
	}
	return out
}

func lastWord(s string) string {
	s = strings.TrimRight(s, " ")
	if i := strings.LastIndexAny(s, " (\t"); i >= 0 {
		s = s[i+1:]
	}
	return s
}
