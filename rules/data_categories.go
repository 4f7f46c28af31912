package rules

import "github.com/seloste/seloste/analyzer"

// dataCategories: what kinds of personal data are handled — a list of data
// items (in one sentence or as a bulleted list), or a data heading over such
// a list.
func dataCategories() *elementRule {
	return &elementRule{id: "data-categories", article: "GDPR 14(1)(d)", severity: analyzer.Error,
		detect: func(p *analyzer.Pass) analyzer.Element {
			if el, ok := underHeading(p, "data-heading", func(s int) bool { return p.Has(s, "data-item") }); ok {
				return el
			}
			el := firstSentence(p, func(s int) bool {
				if p.IsHeading(s) || !p.Has(s, "data-item") {
					return false
				}
				// a list of items, or "we collect your e-mail address"
				return distinctItems(p, s) >= 2 || listItems(p, s) >= 2 || p.Has(s, "collect")
			})
			return el
		}}
}

// distinctItems counts the different data items named in s.
func distinctItems(p *analyzer.Pass, s int) int {
	seen := map[int]bool{}
	for _, m := range p.MatchesIn(s, "data-item") {
		seen[m.Tok0] = true
	}
	return len(seen)
}

// listItems counts the list items, in the run of list items that holds s,
// that name a data item: "- Etu- ja sukunimi", "- Sähköposti".
func listItems(p *analyzer.Pass, s int) int {
	ix := p.Index
	b := ix.Sentences[s].Block
	if ix.Blocks[b].Kind != analyzer.BlockListItem {
		return 0
	}
	n := 0
	for t := s; t < len(ix.Sentences) && ix.Blocks[ix.Sentences[t].Block].Kind == analyzer.BlockListItem && ix.Sentences[t].Block-b < 30; t++ {
		if p.Has(t, "data-item") {
			n++
		}
	}
	return n
}
