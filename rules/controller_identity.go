package rules

import (
	"unicode"

	"github.com/seloste/seloste/analyzer"
)

// controllerIdentity: the notice names who decides on the processing — an
// organisation, a person or at least a brand.
func controllerIdentity() *elementRule {
	return &elementRule{id: "controller-identity", article: "GDPR 13(1)(a)", severity: analyzer.Error,
		detect: func(p *analyzer.Pass) analyzer.Element {
			el := findController(p)
			decideController(p, el)
			return el
		}}
}

func findController(p *analyzer.Pass) analyzer.Element {
	// A "Rekisterinpitäjä" heading or label followed by a name.
	for _, m := range p.Matches("controller-label") {
		s := m.Sentence
		if placeholder(p, s) {
			continue
		}
		if p.IsHeading(s) && len(p.Tokens(s)) <= 4 {
			for _, c := range p.SectionSentences(p.SectionOf(s)) {
				if namesSomeone(p, c) && !placeholder(p, c) {
					return p.Evidence(c)
				}
				break
			}
			continue
		}
		if namesSomeone(p, s) {
			return p.Evidence(s)
		}
	}
	// Otherwise an organisation name with its legal form
	// ("Kuopion Softop Oy", "HybridiSpeksi ry") near the top.
	el, _ := firstSentence(p, func(s int) bool {
		return s < 40 && p.Has(s, "org-form") && hasCapitalisedName(p, s)
	})
	return el
}

// namesSomeone reports whether sentence s holds a proper name: a capitalised
// word that is not the sentence's first word or a lexicon term.
func namesSomeone(p *analyzer.Pass, s int) bool {
	return hasCapitalisedName(p, s) || p.Has(s, "org-form")
}

func hasCapitalisedName(p *analyzer.Pass, s int) bool {
	for i, t := range p.Tokens(s) {
		if i == 0 && !p.Has(s, "controller-label") {
			continue
		}
		orig := []rune(p.Doc.Text[t.Start:t.End])
		if len(orig) > 1 && unicode.IsUpper(orig[0]) && !isLabelWord(t.Text) {
			return true
		}
	}
	return false
}

// isLabelWord lists the capitalised words that start controller labels
// rather than name anyone.
func isLabelWord(w string) bool {
	switch w {
	case "rekisterinpitäjä", "rekisterinpitäjän", "rekisterinpitäjänä", "rekisterinpitäjä:", "yritys", "yhdistys",
		"personuppgiftsansvarig", "personuppgiftsansvarige", "controller", "registrar", "company", "the", "data",
		"nimi", "name", "namn", "yhteystiedot", "kontaktuppgifter", "contact", "och", "ja", "and", "eu", "gdpr":
		return true
	}
	return false
}
