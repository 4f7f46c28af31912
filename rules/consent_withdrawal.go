package rules

import "github.com/seloste/seloste/analyzer"

// consentWithdrawal: when consent is a basis (or the condition of any one
// use), the notice must say that consent can be withdrawn at any time.
// Withdrawal mentioned only as a ground for erasure, or as the end of a
// retention period, does not count.
func consentWithdrawal() *elementRule {
	return &elementRule{id: "consent-withdrawal", article: "GDPR 13(2)(c)", severity: analyzer.Error,
		detect: func(p *analyzer.Pass) analyzer.Element {
			if !consentStated(p) {
				return inapplicable()
			}
			el, _ := firstSentence(p, func(s int) bool {
				if !withContent(p, s) || !p.Has(s, "withdraw") {
					return false
				}
				if !p.Has(s, "consent") && !p.HeadingHas(s, "consent") && !(s > 0 && p.Has(s-1, "consent")) {
					return false
				}
				if p.HasAny(s, "erase") && !p.HasAny(s, "at-any-time") {
					return false // a ground for erasure
				}
				if p.HasAny(s, "keep", "retention-rule") && !rightsContext(p, s) {
					return false // "kept until you withdraw consent"
				}
				return rightsContext(p, s) || p.HasAny(s, "at-any-time")
			})
			return el
		}}
}

// consentStated reports whether consent is named as a basis or a condition
// anywhere outside a bare heading.
func consentStated(p *analyzer.Pass) bool {
	for _, m := range p.Matches("consent") {
		if withContent(p, m.Sentence) && !placeholder(p, m.Sentence) && !p.Has(m.Sentence, "ip-terms") {
			return true
		}
	}
	return false
}
