package rules

import "github.com/seloste/seloste/analyzer"

// invalidTransferMechanism: transfers relying on the EU-US Privacy Shield
// (invalidated in Schrems II, 2020) or Safe Harbor (Schrems I, 2015). The
// EU-US Data Privacy Framework of 2023 is valid and not flagged; a sentence
// that says the mechanism is invalid is not a finding.
func invalidTransferMechanism() *problemRule {
	return &problemRule{id: "invalid-transfer-mechanism", article: "GDPR 13(1)(f), 44-46", severity: analyzer.Error,
		check: func(p *analyzer.Pass) []analyzer.Finding {
			var out []analyzer.Finding
			last := -1
			for _, m := range p.Matches("invalid-mechanism") {
				if m.Sentence == last || p.Has(m.Sentence, "invalidated") {
					continue
				}
				last = m.Sentence
				out = append(out, p.MatchFinding(m))
			}
			return out
		}}
}
