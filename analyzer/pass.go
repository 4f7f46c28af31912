package analyzer

// Pass is what a rule sees of one document: the document, its index, the
// detected language and controller kind, and the elements detected so far.
// A Pass belongs to one Lint call and one goroutine.
type Pass struct {
	Doc         *Document
	Index       *Index
	Lang        string // the notice's language: fi, sv or en
	MessageLang string // language for messages
	Controller  string // "public" or "private"
	// ControllerForced is true when the user set the controller kind.
	ControllerForced bool
	elements         map[string]Element
	blockFirst       []int // per block b, the first sentence of a block >= b; see blockRange
}

func (e *Engine) newPass(doc *Document, opt Options) *Pass {
	return e.newPassIndexed(doc, opt, nil)
}

// newPassIndexed is newPass with doc's index built already (nil: not yet).
func (e *Engine) newPassIndexed(doc *Document, opt Options, ix *Index) *Pass {
	p := &Pass{Doc: doc, elements: map[string]Element{}}
	if ix == nil {
		ix = buildIndex(doc, e.lexicon)
	}
	p.Index = ix
	p.Lang = opt.NoticeLang
	if p.Lang == "" {
		p.Lang = doc.Lang
	}
	if p.Lang == "" {
		p.Lang = DetectLanguage(doc.Text)
	}
	p.MessageLang = opt.MessageLang
	if p.MessageLang == "" {
		p.MessageLang = "en"
	}
	switch opt.Controller {
	case "public", "private":
		p.Controller = opt.Controller
		p.ControllerForced = true
	default:
		p.Controller = "private"
	}
	return p
}

// Element returns an element detected earlier in this pass.
func (p *Pass) Element(id string) (Element, bool) {
	el, ok := p.elements[id]
	return el, ok
}

// SetController lets the controller rule record the detected kind; it has
// no effect when the user forced one.
func (p *Pass) SetController(kind string) {
	if !p.ControllerForced {
		p.Controller = kind
	}
}

// Matches returns every match of concept, in text order.
func (p *Pass) Matches(concept string) []Match { return p.Index.matches[concept] }

// Has reports whether sentence s holds a match of every concept given.
func (p *Pass) Has(s int, concepts ...string) bool {
	sc := p.Index.sentConcepts[s]
	for _, c := range concepts {
		if len(sc[c]) == 0 {
			return false
		}
	}
	return true
}

// HasAny reports whether sentence s holds a match of any concept given.
func (p *Pass) HasAny(s int, concepts ...string) bool {
	sc := p.Index.sentConcepts[s]
	for _, c := range concepts {
		if len(sc[c]) > 0 {
			return true
		}
	}
	return false
}

// MatchesIn returns the matches of concept in sentence s.
func (p *Pass) MatchesIn(s int, concept string) []Match {
	idx := p.Index.sentConcepts[s][concept]
	out := make([]Match, len(idx))
	for i, k := range idx {
		out[i] = p.Index.matches[concept][k]
	}
	return out
}

// SentenceText returns the text of sentence s.
func (p *Pass) SentenceText(s int) string {
	st := p.Index.Sentences[s]
	return p.Doc.Text[st.Start:st.End]
}

// IsHeading reports whether sentence s is (part of) a heading.
func (p *Pass) IsHeading(s int) bool {
	return p.Index.Blocks[p.Index.Sentences[s].Block].Kind == BlockHeading
}

// SectionOf returns the section that holds sentence s (for a heading, the
// section it heads).
func (p *Pass) SectionOf(s int) Section {
	return p.Index.Sections[p.Index.BlockSection[p.Index.Sentences[s].Block]]
}

// SectionSentences returns the content sentences of a section.
func (p *Pass) SectionSentences(sec Section) []int {
	return p.sentenceRange(sec.Block0, sec.Block1)
}

// sentenceRange returns the sentences of blocks [b0, b1), or nil. The
// index appends sentences block after block, so they are a run.
func (p *Pass) sentenceRange(b0, b1 int) []int {
	if p.blockFirst == nil {
		ix := p.Index
		p.blockFirst = make([]int, len(ix.Blocks)+1)
		s := 0
		for b := range p.blockFirst {
			for s < len(ix.Sentences) && ix.Sentences[s].Block < b {
				s++
			}
			p.blockFirst[b] = s
		}
	}
	b0 = max(b0, 0)
	b1 = min(b1, len(p.blockFirst)-1)
	if b0 >= b1 || p.blockFirst[b0] >= p.blockFirst[b1] {
		return nil
	}
	out := make([]int, 0, p.blockFirst[b1]-p.blockFirst[b0])
	for i := p.blockFirst[b0]; i < p.blockFirst[b1]; i++ {
		out = append(out, i)
	}
	return out
}

// HeadingSections returns the sections whose heading holds concept and that
// have some content under them.
func (p *Pass) HeadingSections(concept string) []Section {
	var out []Section
	seen := map[int]bool{}
	for _, m := range p.Index.matches[concept] {
		if !p.IsHeading(m.Sentence) {
			continue
		}
		sec := p.SectionOf(m.Sentence)
		if seen[sec.Heading] || sec.Block0 >= sec.Block1 {
			continue
		}
		seen[sec.Heading] = true
		out = append(out, sec)
	}
	return out
}

// Evidence returns an element marked present with sentence s as evidence.
func (p *Pass) Evidence(s int) Element {
	st := p.Index.Sentences[s]
	return Element{Present: true, Applicable: true, Span: Span{st.Start, st.End}, Quote: p.Doc.Quote(st.Start, st.End, 200)}
}

// SpanEvidence returns an element marked present with [start,end) as
// evidence.
func (p *Pass) SpanEvidence(start, end int) Element {
	return Element{Present: true, Applicable: true, Span: Span{start, end}, Quote: p.Doc.Quote(start, end, 200)}
}

// Finding returns a finding for sentence s quoting it.
func (p *Pass) Finding(s int) Finding {
	st := p.Index.Sentences[s]
	return Finding{Span: Span{st.Start, st.End}, Quote: p.Doc.Quote(st.Start, st.End, 200)}
}

// MatchFinding returns a finding located at a match and quoting its
// sentence.
func (p *Pass) MatchFinding(m Match) Finding {
	st := p.Index.Sentences[m.Sentence]
	return Finding{Span: Span{m.Start, m.End}, Quote: p.Doc.Quote(st.Start, st.End, 200)}
}

// HeadingOf returns the sentences of the heading of the section that holds
// sentence s; none when s is before the first heading or is itself a
// heading.
func (p *Pass) HeadingOf(s int) []int {
	if p.IsHeading(s) {
		return nil
	}
	sec := p.SectionOf(s)
	if sec.Heading < 0 {
		return nil
	}
	return p.blockSentences(sec.Heading)
}

func (p *Pass) blockSentences(block int) []int {
	return p.sentenceRange(block, block+1)
}

// HeadingHas reports whether the heading over sentence s holds any of the
// concepts.
func (p *Pass) HeadingHas(s int, concepts ...string) bool {
	for _, h := range p.HeadingOf(s) {
		if p.HasAny(h, concepts...) {
			return true
		}
	}
	return false
}

// IntroHas reports whether sentence s is in a list item (or a run of short
// lines) introduced by a sentence that holds any of the concepts, as in
// "Sinulla on oikeus:" followed by "- tarkastaa tietosi".
func (p *Pass) IntroHas(s int, concepts ...string) bool {
	ix := p.Index
	b := ix.Sentences[s].Block
	if ix.Blocks[b].Kind != BlockListItem {
		return false
	}
	for b--; b >= 0; b-- {
		if ix.Blocks[b].Kind == BlockListItem {
			continue
		}
		for _, h := range p.blockSentences(b) {
			if p.HasAny(h, concepts...) {
				return true
			}
		}
		return false
	}
	return false
}

// SentenceCount returns the number of sentences.
func (p *Pass) SentenceCount() int { return len(p.Index.Sentences) }

// Tokens returns the tokens of sentence s.
func (p *Pass) Tokens(s int) []Token {
	st := p.Index.Sentences[s]
	return p.Index.Tokens[st.Tok0:st.Tok1]
}

// HasContent reports whether a heading sentence has text under it; other
// sentences are content themselves.
func (p *Pass) HasContent(s int) bool {
	if !p.IsHeading(s) {
		return true
	}
	sec := p.SectionOf(s)
	return sec.Block0 < sec.Block1
}
