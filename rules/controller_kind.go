package rules

import "github.com/seloste/seloste/analyzer"

// decideController records whether the controller is a public authority:
// a public body (kaupunki, kunta, hyvinvointialue, ministeriö, yliopisto,
// ammattikorkeakoulu, virasto...) in the sentence that names the controller
// or right under it, or in the notice's title lines. A company owned by a
// city is not an authority, so only the controller's own name counts.
func decideController(p *analyzer.Pass, evidence analyzer.Element) {
	kind := "private"
	if evidence.Present {
		for s := 0; s < p.SentenceCount(); s++ {
			st := p.Index.Sentences[s]
			if st.End <= evidence.Span.Start {
				continue
			}
			if st.Start > evidence.Span.End && !p.IsHeading(s-1) {
				break
			}
			if p.Has(s, "public-body") {
				kind = "public"
				break
			}
			if st.Start > evidence.Span.End {
				break
			}
		}
	}
	if kind == "private" {
		for s := 0; s < p.SentenceCount() && s < 4; s++ {
			if p.Has(s, "public-body") && len(p.Tokens(s)) <= 6 {
				kind = "public"
			}
		}
	}
	p.SetController(kind)
}
