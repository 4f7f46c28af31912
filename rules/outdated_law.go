package rules

import "github.com/seloste/seloste/analyzer"

// outdatedLaw: the repealed Personal Data Act (henkilötietolaki /
// personuppgiftslagen 523/1999) or Directive 95/46/EC presented as law that
// applies. A sentence that says the old law was repealed or replaced is
// history, not a finding.
func outdatedLaw() *problemRule {
	return &problemRule{id: "outdated-law", article: "GDPR 99(2); Tietosuojalaki 1050/2018", severity: analyzer.Error,
		check: func(p *analyzer.Pass) []analyzer.Finding {
			var out []analyzer.Finding
			last := -1
			for _, m := range p.Matches("old-law") {
				if m.Sentence == last || p.Has(m.Sentence, "repealed") {
					continue
				}
				last = m.Sentence
				f := p.MatchFinding(m)
				f.Quote = p.Doc.Quote(p.Index.Sentences[m.Sentence].Start, p.Index.Sentences[m.Sentence].End, 200)
				out = append(out, f)
			}
			return out
		}}
}
