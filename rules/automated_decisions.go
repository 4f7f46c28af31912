package rules

import "github.com/seloste/seloste/analyzer"

// automatedDecisions: whether automated decisions or profiling happen; a
// "no" counts, even for part of the processing. A heading over a bare answer
// ("Automaattinen päätöksenteko" / "Ei tehdä") counts too.
func automatedDecisions() *elementRule {
	return &elementRule{id: "automated-decisions", article: "GDPR 13(2)(f)", severity: analyzer.Error,
		detect: func(p *analyzer.Pass) analyzer.Element {
			el := firstSentence(p, func(s int) bool {
				if !p.Has(s, "automated") || !withContent(p, s) {
					return false
				}
				// "the person may allow automated decisions by consent"
				// describes a right, not whether such decisions are made
				return p.Has(s, "negation") || !rightsContext(p, s)
			})
			return el
		}}
}
