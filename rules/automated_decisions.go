package rules

import "github.com/seloste/seloste/analyzer"

// automatedDecisions: whether automated decisions or profiling happen; a
// "no" counts, even for part of the processing. A heading over a bare answer
// ("Automaattinen päätöksenteko" / "Ei tehdä") counts too.
func automatedDecisions() *elementRule {
	return &elementRule{id: "automated-decisions", article: "GDPR 13(2)(f)", severity: analyzer.Error,
		detect: func(p *analyzer.Pass) analyzer.Element {
			el, _ := firstSentence(p, func(s int) bool {
				return p.Has(s, "automated") && withContent(p, s)
			})
			return el
		}}
}
