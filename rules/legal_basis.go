package rules

import "github.com/seloste/seloste/analyzer"

// legalBasis: a lawful ground of Art. 6(1), or a national statute offered as
// the ground; naming it for one purpose is enough, and consent named as the
// condition of any one use counts.
func legalBasis() *elementRule {
	return &elementRule{id: "legal-basis", article: "GDPR 13(1)(c)", severity: analyzer.Error,
		detect: func(p *analyzer.Pass) analyzer.Element {
			el := firstSentence(p, func(s int) bool { return statesBasis(p, s) })
			return el
		}}
}

// statesBasis reports whether sentence s gives a lawful ground.
func statesBasis(p *analyzer.Pass, s int) bool {
	if p.IsHeading(s) {
		return false // "Oikeusperuste" over unrelated text is no basis
	}
	if p.HasAny(s, "article-6", "legitimate-interest", "vital-interest", "contract-necessity", "public-task-necessity") {
		return !(p.Has(s, "legitimate-interest") && p.HasAny(s, "object", "right") && !p.Has(s, "basis-word"))
	}
	// "complying with legal obligations" listed as a purpose, or "kept as
	// long as legal obligations require", is not a stated basis
	if p.HasAny(s, "legal-obligation", "public-task") && !p.HasAny(s, "keep") &&
		(p.HasAny(s, "basis-word") || p.HeadingHas(s, "basis-word")) {
		return true
	}
	if p.Has(s, "consent") && !p.HasAny(s, "withdraw", "ip-terms") {
		return true
	}
	if p.Has(s, "basis-word") && p.HasAny(s, "contract", "statute", "consent") {
		return true
	}
	// "Käsittelyn oikeusperuste: sopimus" — a heading or label over a ground
	for _, h := range p.HeadingOf(s) {
		if p.Has(h, "basis-word") && p.HasAny(s, "contract", "consent", "statute") && len(p.Tokens(s)) <= 25 {
			return true
		}
	}
	return false
}
