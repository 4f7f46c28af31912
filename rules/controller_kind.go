package rules

import (
	"strings"
	"unicode"

	"github.com/seloste/seloste/analyzer"
)

// decideController records whether the controller is a public authority:
// a public body (kaupunki, kunta, hyvinvointialue, ministeriö, yliopisto,
// ammattikorkeakoulu, virasto...) in the sentence that names the controller
// or right under it, or in the notice's title lines. Only the controller's
// own name counts: a city-owned company (Oy) or a university's alumni
// association (ry) is not an authority, while "Lapin ammattikorkeakoulu Oy",
// whose legal form follows the public body itself, is.
func decideController(p *analyzer.Pass, evidence analyzer.Element) {
	kind := "private"
	if evidence.Present {
		for s := 0; s < p.SentenceCount(); s++ {
			st := p.Index.Sentences[s]
			if st.End <= evidence.Span.Start {
				continue
			}
			if st.Start > evidence.Span.End {
				break
			}
			if publicName(p, s) {
				kind = "public"
			}
		}
	}
	if kind == "private" {
		// "Väestörekisterikeskus on ... rekisterinpitäjä" further down
		for _, m := range p.Matches("controller") {
			if publicName(p, m.Sentence) && capitalisedPublicBody(p, m.Sentence) && !placeholder(p, m.Sentence) {
				kind = "public"
			}
		}
	}
	if kind == "private" {
		for s := 0; s < p.SentenceCount() && s < 4; s++ {
			if len(p.Tokens(s)) <= 6 && publicName(p, s) {
				kind = "public"
			}
		}
	}
	p.SetController(kind)
}

// publicCompany reports the public bodies that run as companies and are
// still authorities: universities of applied sciences ("Lapin
// ammattikorkeakoulu Oy"). Other "X-laitos Oy" names are companies.
func publicCompany(w string) bool {
	for _, s := range []string{"ammattikorkeakoulu", "yrkeshögskola", "university", "yliopisto", "högskola"} {
		if strings.Contains(w, s) {
			return true
		}
	}
	return false
}

// capitalisedPublicBody reports whether a public body in s is a name
// ("Porin kaupunki", "Väestörekisterikeskus"), not a common noun ("data
// are disclosed to the city").
func capitalisedPublicBody(p *analyzer.Pass, s int) bool {
	toks := p.Index.Tokens
	for _, m := range p.MatchesIn(s, "public-body") {
		for t := m.Tok0 - 1; t < m.Tok1; t++ {
			if t >= p.Index.Sentences[s].Tok0 && t >= 0 && unicode.IsUpper([]rune(p.Doc.Text[toks[t].Start:toks[t].End])[0]) {
				return true
			}
		}
	}
	return false
}

// publicName reports whether sentence s names a public body that is not
// merely part of a private entity's name.
func publicName(p *analyzer.Pass, s int) bool {
	if !p.Has(s, "public-body") {
		return false
	}
	forms := p.MatchesIn(s, "private-form")
	if len(forms) == 0 {
		return true
	}
	for _, f := range forms {
		for _, m := range p.MatchesIn(s, "public-body") {
			if m.Tok1 == f.Tok0 && publicCompany(p.Index.Tokens[m.Tok0].Text) {
				return true
			}
		}
	}
	return false
}
