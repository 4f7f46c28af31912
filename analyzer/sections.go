package analyzer

// LanguageSection is a run of blocks written in one language.
type LanguageSection struct {
	Lang       string
	Start, End int // bytes of Document.Text
	Block0     int // first block
	Block1     int // one past the last block
	Words      int // number of words
}

// minSectionWords is how many words a language section needs before a
// notice counts as bilingual: enough for a short notice, more than a quoted
// sentence or a few English product names.
const minSectionWords = 40

// LanguageSections splits a document into runs of blocks by language. Blocks
// too short to tell join the run around them. A notice in one language
// yields one section.
func LanguageSections(doc *Document) []LanguageSection {
	blocks := effectiveBlocks(doc)
	var toks []Token
	return languageSections(doc, blocks, func(b int) []Token {
		toks = appendTokens(toks[:0], doc.Text[blocks[b].Start:blocks[b].End], 0, 0)
		return toks
	})
}

// languageSections is LanguageSections over blocks whose words
// blockTokens gives.
func languageSections(doc *Document, blocks []Block, blockTokens func(b int) []Token) []LanguageSection {
	var out []LanguageSection
	pending := -1 // first of the blocks too short to tell, not yet placed
	pendingWords := 0
	for i, b := range blocks {
		toks := blockTokens(i)
		counts := countLanguages(toks)
		lang, best := "", 0
		for k, l := range languageOrder {
			if counts[k] > best {
				lang, best = l, counts[k]
			}
		}
		n := len(toks)
		if best < 2 {
			// headings and address lines go with the text that follows
			// them: a translation starts with its own headings
			if pending < 0 {
				pending = i
			}
			pendingWords += n
			continue
		}
		first := i
		if pending >= 0 {
			first, n = pending, n+pendingWords
			pending, pendingWords = -1, 0
		}
		if len(out) > 0 && out[len(out)-1].Lang == lang {
			cur := &out[len(out)-1]
			cur.End, cur.Block1, cur.Words = b.End, i+1, cur.Words+n
			continue
		}
		out = append(out, LanguageSection{Lang: lang, Start: blocks[first].Start, End: b.End, Block0: first, Block1: i + 1, Words: n})
	}
	if len(out) == 0 {
		return []LanguageSection{{Lang: DetectLanguage(doc.Text), Start: 0, End: len(doc.Text), Block1: len(blocks)}}
	}
	out[0].Start, out[0].Block0 = 0, 0
	last := &out[len(out)-1]
	last.End, last.Block1, last.Words = len(doc.Text), len(blocks), last.Words+pendingWords
	return mergeSmallSections(out)
}

// mergeSmallSections folds sections too small to be a notice of their own
// into the section before them (or after, for the first one), then joins
// neighbours of the same language.
func mergeSmallSections(secs []LanguageSection) []LanguageSection {
	var out []LanguageSection
	for _, s := range secs {
		if len(out) > 0 && (s.Words < minSectionWords || s.Lang == out[len(out)-1].Lang) {
			last := &out[len(out)-1]
			last.End, last.Block1, last.Words = s.End, s.Block1, last.Words+s.Words
			continue
		}
		if len(out) == 1 && out[0].Words < minSectionWords {
			s.Start, s.Block0, s.Words = out[0].Start, out[0].Block0, s.Words+out[0].Words
			out[0] = s
			continue
		}
		out = append(out, s)
	}
	return out
}

// Bilingual reports whether secs are two or more complete notices: every
// section at least a quarter of the words, so that an English summary
// paragraph in a Finnish notice is not taken for a notice of its own.
func Bilingual(secs []LanguageSection) bool {
	if len(secs) < 2 {
		return false
	}
	total := 0
	for _, s := range secs {
		total += s.Words
	}
	for _, s := range secs {
		if s.Words*4 < total {
			return false
		}
	}
	return true
}

// Sub returns the part of doc covered by sec as a document of its own, with
// block offsets made relative to it.
func (doc *Document) Sub(sec LanguageSection) *Document {
	var blocks []Block
	for _, b := range doc.Blocks {
		if b.Start >= sec.Start && b.End <= sec.End {
			b.Start -= sec.Start
			b.End -= sec.Start
			blocks = append(blocks, b)
		}
	}
	sub := NewDocument(doc.Path, doc.Format, doc.Text[sec.Start:sec.End], blocks)
	sub.Lang = sec.Lang
	return sub
}

// languageSections is LanguageSections(ix.Doc) from the index: a block's
// sentences hold exactly the words that tokenising the block gives.
func (ix *Index) languageSections() []LanguageSection {
	return languageSections(ix.Doc, ix.Blocks, func(b int) []Token {
		s0, s1 := ix.blockSent[b], ix.blockSent[b+1]
		if s0 >= s1 {
			return nil
		}
		return ix.Tokens[ix.Sentences[s0].Tok0:ix.Sentences[s1-1].Tok1]
	})
}
