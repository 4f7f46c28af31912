package rules

import "github.com/seloste/seloste/analyzer"

// dataCategories: what kinds of personal data are handled — a list of data
// items, or a data heading over such a list.
func dataCategories() *elementRule {
	return &elementRule{id: "data-categories", article: "GDPR 14(1)(d)", severity: analyzer.Error,
		detect: func(p *analyzer.Pass) analyzer.Element {
			for _, sec := range p.HeadingSections("data-heading") {
				for _, s := range p.SectionSentences(sec) {
					if p.Has(s, "data-item") && !placeholder(p, s) {
						return p.Evidence(s)
					}
				}
			}
			el, _ := firstSentence(p, func(s int) bool {
				return !p.IsHeading(s) && distinctItems(p, s) >= 2
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
