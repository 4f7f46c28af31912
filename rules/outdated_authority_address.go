package rules

import (
	"regexp"

	"github.com/seloste/seloste/analyzer"
)

// outdatedAuthorityAddress: the Data Protection Ombudsman's former address
// (Ratapihantie 9, postcodes 00520 / 00521) given for the Ombudsman. Other
// agencies still use the street, so the address counts only within a few
// sentences of the Ombudsman.
func outdatedAuthorityAddress() *problemRule {
	return &problemRule{id: "outdated-authority-address", article: "GDPR 13(2)(d)", severity: analyzer.Error,
		check: func(p *analyzer.Pass) []analyzer.Finding {
			var out []analyzer.Finding
			last := -1
			for _, m := range p.Matches("old-address") {
				if m.Sentence == last || !nearOmbudsman(p, m.Sentence) || otherStreet.MatchString(p.SentenceText(m.Sentence)) {
					continue
				}
				last = m.Sentence
				f := p.MatchFinding(m)
				f.Replacement = currentAddress(p, m)
				out = append(out, f)
			}
			return out
		}}
}

// otherStreet finds another number on the Ratapihantie (Ratapihantie 11 is
// not the Ombudsman's old office, whatever its postcode).
var otherStreet = regexp.MustCompile(`(?i)(ratapihantie|bangårdsvägen)\s+([0-9]{2,}|[0-8])\b`)

// nearOmbudsman reports whether the Ombudsman is named in s, in the
// heading over it, or in the two sentences before it in the same section
// (the office's name, then its address lines).
func nearOmbudsman(p *analyzer.Pass, s int) bool {
	if p.HeadingHas(s, "ombudsman") {
		return true
	}
	sec := p.SectionOf(s).Heading
	for c := s; c >= 0 && c >= s-2; c-- {
		if p.SectionOf(c).Heading != sec {
			break
		}
		if p.Has(c, "ombudsman") {
			return true
		}
	}
	return false
}

// currentAddress is the mechanical correction for the matched old address
// part, in the notice's language.
func currentAddress(p *analyzer.Pass, m analyzer.Match) string {
	old := p.Doc.Text[m.Start:m.End]
	sv := p.Lang == "sv"
	switch old {
	case "00521":
		return "00531"
	case "00520":
		return "00530"
	}
	if sv {
		return "Fågelviksgränden 4"
	}
	return "Lintulahdenkuja 4"
}
