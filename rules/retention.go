package rules

import "github.com/seloste/seloste/analyzer"

// retention: how long the data are kept, as a period or as a rule that ends
// the keeping ("as long as the membership lasts", "as long as necessary").
func retention() *elementRule {
	return &elementRule{id: "retention", article: "GDPR 13(2)(a)", severity: analyzer.Error,
		detect: func(p *analyzer.Pass) analyzer.Element {
			el := firstSentence(p, func(s int) bool { return retentionStatement(p, s) })
			return el
		}}
}

// retentionStatement reports whether s says how long data are kept. Under a
// retention heading a period, a rule or a deletion event is enough; elsewhere
// the sentence must speak of keeping or deleting and give a period or rule,
// so that "kept in a locked cabinet" is not taken for a retention period.
func retentionStatement(p *analyzer.Pass, s int) bool {
	if p.IsHeading(s) {
		return false
	}
	// Old templates sometimes give the period in the security row;
	// "säilytetään alkukäsittelyn jälkeen lukituissa tiloissa" there is a
	// storage place, so only a period or a rule that ends the keeping counts.
	if p.HeadingHas(s, "security-heading") {
		return p.HasAny(s, "keep", "delete") && p.HasAny(s, "period", "relationship-end", "retention-strong")
	}
	timed := p.HasAny(s, "period", "retention-rule", "open-end")
	if p.HeadingHas(s, "retention-heading") || labelled(p, s, "retention-heading") {
		return timed || p.HasAny(s, "delete", "keep")
	}
	if p.HasAny(s, "keep") && timed {
		return true
	}
	return p.Has(s, "delete") && p.HasAny(s, "period", "retention-rule") && !rightsContext(p, s)
}
