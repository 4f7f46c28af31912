package rules

import "github.com/seloste/seloste/analyzer"

// legitimateInterest: when legitimate interest is a stated basis, the
// interest itself must be described. It does not apply when legitimate
// interest is only mentioned as the condition of the right to object.
func legitimateInterest() *elementRule {
	return &elementRule{id: "legitimate-interest", article: "GDPR 13(1)(d)", severity: analyzer.Error,
		detect: func(p *analyzer.Pass) analyzer.Element {
			stated := false
			for _, m := range p.Matches("legitimate-interest") {
				s := m.Sentence
				if p.HasAny(s, "object") || (p.IsHeading(s) && !withContent(p, s)) || placeholder(p, s) {
					continue
				}
				if p.IsHeading(s) {
					// a heading "Oikeutetun edun peruste" over text that
					// describes the interest
					if ss := p.SectionSentences(p.SectionOf(s)); len(ss) > 0 {
						return p.Evidence(ss[0])
					}
					continue
				}
				stated = true
				// the interest is described in the sentence itself (more
				// than the bare term) or right after it
				if describesInterest(p, s) {
					return p.Evidence(s)
				}
				// or in the sentence before or after, when that one states
				// a purpose: "...för att förbättra våra tjänster. Rättslig
				// grund: berättigat intresse."
				for _, c := range []int{s - 1, s + 1} {
					if c >= 0 && c < p.SentenceCount() && !p.IsHeading(c) && p.SectionOf(c).Heading == p.SectionOf(s).Heading && p.Has(c, "purpose") {
						return p.Evidence(c)
					}
				}
			}
			if !stated {
				return inapplicable()
			}
			return missing()
		}}
}

// describesInterest reports whether sentence s says more than that
// legitimate interest is the basis: some word that is not the term itself,
// basis or article boilerplate, the controller, "processing" or a function
// word. "Behandlingen grundar sig på den personuppgiftsansvariges
// berättigade intresse" describes nothing; "Varainhankintaviestintä
// perustuu säätiön oikeutettuun etuun" names the interest, if thinly.
func describesInterest(p *analyzer.Pass, s int) bool {
	skip := map[int]bool{}
	// nor the other bases listed with it ("sopimus sekä rekisterinpitäjän
	// oikeutettu etu")
	for _, c := range []string{"legitimate-interest", "basis-word", "article-6", "controller-label", "controller", "gdpr-word", "org-form", "generic-processing",
		"contract", "consent", "statute", "legal-obligation", "public-task", "data-subject-word"} {
		for _, m := range p.MatchesIn(s, c) {
			for t := m.Tok0; t < m.Tok1; t++ {
				skip[t] = true
			}
		}
	}
	n := 0
	st := p.Index.Sentences[s]
	for t := st.Tok0; t < st.Tok1; t++ {
		w := p.Index.Tokens[t].Text
		if !skip[t] && !analyzer.IsFunctionWord(w) && !p.Index.Tokens[t].IsNumber() && len([]rune(w)) > 2 {
			n++
		}
	}
	return n >= 1
}
