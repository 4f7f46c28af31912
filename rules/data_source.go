package rules

import "github.com/seloste/seloste/analyzer"

// dataSource: where the data come from, stated explicitly ("Tiedot saadaan
// rekisteröidyltä itseltään", a "Säännönmukaiset tietolähteet" heading over
// text). That a form is filled in, implied by the text, is not enough.
func dataSource() *elementRule {
	return &elementRule{id: "data-source", article: "GDPR 14(2)(f)", severity: analyzer.Error,
		detect: func(p *analyzer.Pass) analyzer.Element {
			if el, ok := underHeading(p, "source-heading", nil); ok {
				return el
			}
			el := firstSentence(p, func(s int) bool {
				return !p.IsHeading(s) && (p.Has(s, "source") || labelled(p, s, "source-heading"))
			})
			return el
		}}
}
