package rules

import "github.com/seloste/seloste/analyzer"

// specialCategoryWithoutBasis: data of a special category (health, ethnic
// origin, religion, union membership, sexual orientation, biometrics...)
// named as processed while the notice states no Art. 9(2) condition. A
// sentence that says such data are not processed is not a finding.
func specialCategoryWithoutBasis() *problemRule {
	return &problemRule{id: "special-category-without-basis", article: "GDPR 9(2), 13(1)(c)", severity: analyzer.Error,
		check: func(p *analyzer.Pass) []analyzer.Finding {
			if len(p.Matches("art9-basis")) > 0 {
				return nil
			}
			for _, m := range p.Matches("special") {
				s := m.Sentence
				if p.Has(s, "negation") || p.IsHeading(s) && !withContent(p, s) {
					continue
				}
				return []analyzer.Finding{p.MatchFinding(m)}
			}
			return nil
		}}
}
