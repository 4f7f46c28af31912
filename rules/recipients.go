package rules

import "github.com/seloste/seloste/analyzer"

// recipients: who gets the data — named parties, kinds of recipients,
// processors — or that nobody does.
func recipients() *elementRule {
	return &elementRule{id: "recipients", article: "GDPR 13(1)(e)", severity: analyzer.Error,
		detect: func(p *analyzer.Pass) analyzer.Element {
			if el, ok := underHeading(p, "recipient-heading", nil); ok {
				return el
			}
			el := firstSentence(p, func(s int) bool {
				// under a security heading "not disclosed by phone before
				// the caller is identified" is a safeguard, not recipients
				return !p.IsHeading(s) && p.Has(s, "disclose") && !p.HeadingHas(s, "security-heading") && !p.Has(s, "complaint")
			})
			return el
		}}
}
