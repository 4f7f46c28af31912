package rules

import "github.com/seloste/seloste/analyzer"

// complaintRight: the right to lodge a complaint with a supervisory
// authority (in Finland the Data Protection Ombudsman). Taking a refused
// correction to the Ombudsman, the Personal Data Act's remedy, is not a
// general complaint right.
func complaintRight() *elementRule {
	return &elementRule{id: "complaint-right", article: "GDPR 13(2)(d)", severity: analyzer.Error,
		detect: func(p *analyzer.Pass) analyzer.Element {
			el := firstSentence(p, func(s int) bool {
				if !p.Has(s, "complaint") || p.HasAny(s, "refusal", "appeal") || !withContent(p, s) {
					return false
				}
				if p.Has(s, "authority") || p.Has(s, "lodge-complaint") {
					return true
				}
				// "...voit tehdä valituksen:" followed by the authority
				for c := s + 1; c < p.SentenceCount() && c <= s+2; c++ {
					if p.Has(c, "authority") {
						return rightsContext(p, s)
					}
				}
				return false
			})
			return el
		}}
}
