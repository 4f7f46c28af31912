package rules

import "github.com/seloste/seloste/analyzer"

// purposes: what the personal data are used for.
func purposes() *elementRule {
	return &elementRule{id: "purposes", article: "GDPR 13(1)(c)", severity: analyzer.Error,
		detect: func(p *analyzer.Pass) analyzer.Element {
			// a purpose heading with content: its first sentence is the evidence
			for _, sec := range p.HeadingSections("purpose") {
				if ss := p.SectionSentences(sec); len(ss) > 0 {
					return p.Evidence(ss[0])
				}
			}
			el := firstSentence(p, func(s int) bool {
				return !p.IsHeading(s) && p.Has(s, "purpose")
			})
			return el
		}}
}
