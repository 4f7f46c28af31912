package rules

import (
	"unicode"

	"github.com/seloste/seloste/analyzer"
)

// controllerIdentity: the notice names who decides on the processing — an
// organisation, a person or at least a brand. It also decides whether the
// controller is a public authority, which other rules depend on.
func controllerIdentity() *elementRule {
	return &elementRule{id: "controller-identity", article: "GDPR 13(1)(a)", severity: analyzer.Error,
		detect: func(p *analyzer.Pass) analyzer.Element {
			el := findController(p)
			decideController(p, el)
			return el
		}}
}

func findController(p *analyzer.Pass) analyzer.Element {
	for _, m := range p.Matches("controller-label") {
		s := m.Sentence
		if placeholder(p, s) {
			continue
		}
		toks := p.Tokens(s)
		label := m.Tok0 - p.Index.Sentences[s].Tok0
		switch {
		case p.IsHeading(s) || len(toks) <= m.Tok1-m.Tok0+1:
			// "Rekisterinpitäjä" as a heading or a bare label line: the name
			// follows on the next line
			if c := s + 1; c < p.SentenceCount() && !p.IsHeading(c) && !placeholder(p, c) && namesSomeone(p, c, 0) {
				return p.Evidence(c)
			}
		case label <= 1:
			// "Rekisterinpitäjä: Lumikello ry", "Yritys: Kiilto & Loisto Autopesu"
			if namesSomeone(p, s, label+m.Tok1-m.Tok0) {
				return p.Evidence(s)
			}
		default:
			// "Hypernova Oy is the controller", "FRSH nearby, som är
			// personuppgiftsansvarig"
			if namesSomeone(p, s, 0) {
				return p.Evidence(s)
			}
		}
	}
	// Otherwise an organisation name with its legal form ("Kuopion Softop
	// Oy", "HybridiSpeksi ry") near the top.
	el := firstSentence(p, func(s int) bool {
		return s < 40 && p.Has(s, "org-form") && namesSomeone(p, s, 0)
	})
	return el
}

// namesSomeone reports whether sentence s holds, from token from on, a
// proper name: a capitalised word that is not a label or a function word
// starting the sentence, or an organisation's legal form.
func namesSomeone(p *analyzer.Pass, s, from int) bool {
	if p.Has(s, "org-form") {
		return true
	}
	for i, t := range p.Tokens(s) {
		if i < from || isLabelWord(t.Text) || i == 0 && sentenceStarter(t.Text) {
			continue
		}
		orig := []rune(p.Doc.Text[t.Start:t.End])
		if len(orig) > 1 && unicode.IsUpper(orig[0]) {
			return true
		}
	}
	return false
}

// isLabelWord lists capitalised words that label or refer to the
// controller, or are acronyms of the law, rather than name anyone.
func isLabelWord(w string) bool {
	switch w {
	case "rekisterinpitäjä", "rekisterinpitäjän", "rekisterinpitäjänä", "yritys", "yhdistys", "nimi",
		"personuppgiftsansvarig", "personuppgiftsansvarige", "controller", "registrar", "company", "name", "namn",
		"yhteystiedot", "kontaktuppgifter", "contact", "eu", "eu:n", "eu:s", "gdpr", "gdpr:n", "eta", "ees", "eea":
		return true
	}
	return false
}

// sentenceStarter lists function words that are capitalised only because
// they start a sentence.
func sentenceStarter(w string) bool {
	switch w {
	case "den", "det", "denna", "detta", "de", "vi", "the", "this", "these", "we", "our", "it", "tämä", "nämä",
		"se", "ne", "me", "jos", "om", "if", "kun", "när", "when", "for", "för", "in", "i", "kaikki", "all", "alla",
		"rekisterin", "registrets", "henkilötietojen", "personuppgifterna", "vastuullinen":
		return true
	}
	return false
}
