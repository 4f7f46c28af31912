package rules

import "github.com/seloste/seloste/analyzer"

// transfers: whether data go outside the EU/EEA and on what safeguard. A
// plain "not transferred outside the EU", or data stored inside the EU/EEA or
// Finland, counts; "it depends, to be specified later" does not.
func transfers() *elementRule {
	return &elementRule{id: "transfers", article: "GDPR 13(1)(f)", severity: analyzer.Error,
		detect: func(p *analyzer.Pass) analyzer.Element {
			el := firstSentence(p, func(s int) bool { return !p.IsHeading(s) && transferStatement(p, s) })
			return el
		}}
}

// transferStatement reports whether s says where the data go or stay
// relative to the EU/EEA.
func transferStatement(p *analyzer.Pass, s int) bool {
	if p.HasAny(s, "request", "conditional") && p.HasAny(s, "right", "can") {
		return false // what the person may ask about, not what happens
	}
	if p.Has(s, "outside") && p.Has(s, "eu-area") || p.Has(s, "third-country") {
		return true
	}
	// a bare answer under a transfer heading: "Siirrot EU/ETA-alueen
	// ulkopuolelle" over "Ei siirretä"
	if len(p.Tokens(s)) <= 5 && p.HasAny(s, "negation", "transfer") {
		for _, h := range p.HeadingOf(s) {
			if p.Has(h, "outside") && p.Has(h, "eu-area") {
				return true
			}
		}
	}
	return p.Has(s, "inside") && p.Has(s, "eu-area") && p.HasAny(s, "transfer", "disclose")
}
