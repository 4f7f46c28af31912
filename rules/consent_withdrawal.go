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
			el := firstSentence(p, func(s int) bool {
				if !withContent(p, s) || !p.Has(s, "withdraw") {
					return false
				}
				if !p.Has(s, "consent") && !p.HeadingHas(s, "consent") && !(s > 0 && p.Has(s-1, "consent")) {
					return false
				}
				if p.HasAny(s, "erase") && p.HasAny(s, "basis-word", "conditional") && !p.HasAny(s, "at-any-time") {
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
// anywhere outside a bare heading. "Processing is not based on consent",
// consent as a ground for erasure ("when you withdraw your consent, the
// data are erased") and consent in a copyright clause do not count.
func consentStated(p *analyzer.Pass) bool {
	for _, m := range p.Matches("consent") {
		s := m.Sentence
		switch {
		case !withContent(p, s), placeholder(p, s), p.Has(s, "ip-terms"):
		case p.Has(s, "negation") && p.Has(s, "basis-word"):
		case p.Has(s, "withdraw") && p.Has(s, "erase") && !p.Has(s, "basis-word"):
		case retentionStatement(p, s) && !p.Has(s, "basis-word"):
			// "consent forms are archived for ten years"
		default:
			return true
		}
	}
	return false
}
