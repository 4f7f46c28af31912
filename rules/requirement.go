package rules

import (
	"regexp"

	"github.com/seloste/seloste/analyzer"
)

// fieldMarker finds a form field marked optional or mandatory:
// "Katuosoite (vapaaehtoinen)", "Street address (optional)".
var fieldMarker = regexp.MustCompile(`(?i)\((optional|required|mandatory|vapaaehtoinen|valinnainen|pakollinen|frivillig|frivilligt|valfri|valfritt|obligatorisk)\)`)

// requirement: whether giving the data is required (by law or contract) or
// voluntary, or what follows from not giving it. A field marked voluntary or
// mandatory counts, and so does "the data are needed to use the service"; a
// remark that the site may not work without cookies does not.
func requirement() *elementRule {
	return &elementRule{id: "requirement", article: "GDPR 13(2)(e)", severity: analyzer.Error,
		detect: func(p *analyzer.Pass) analyzer.Element {
			el := firstSentence(p, func(s int) bool {
				if p.IsHeading(s) || p.HasAny(s, "cookie") {
					return false
				}
				if p.Has(s, "voluntary") && p.Has(s, "consent") {
					return false // "consent is voluntary": a quality of consent
				}
				if p.HasAny(s, "voluntary", "mandatory") || fieldMarker.MatchString(p.SentenceText(s)) {
					return true
				}
				// "without these data we cannot deliver your order"
				if p.Has(s, "not-provided") {
					return true
				}
				// "giving the name is a condition of getting a library card"
				if p.Has(s, "requirement-word") && p.Has(s, "provide-data") && !p.Has(s, "disclose") {
					return true
				}
				// "refusing marketing has no effect on the service"
				return p.Has(s, "consequence") && p.HasAny(s, "object-ban", "provide-data")
			})
			return el
		}}
}
