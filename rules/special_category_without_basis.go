package rules

import "github.com/seloste/seloste/analyzer"

// specialCategoryWithoutBasis: data of a special category (health, ethnic
// origin, religion, union membership, sexual orientation, biometrics...)
// named as processed while the notice states no Art. 9(2) condition. A
// sentence that says such data are not processed is not a finding.
func specialCategoryWithoutBasis() *problemRule {
	return &problemRule{id: "special-category-without-basis", article: "GDPR 9(2), 13(1)(c)", severity: analyzer.Error,
		check: func(p *analyzer.Pass) []analyzer.Finding {
			if art9Condition(p) {
				return nil
			}
			for _, concept := range []string{"special", "allergy"} {
				for _, m := range p.Matches(concept) {
					s := m.Sentence
					if p.Has(s, "negation") || p.IsHeading(s) && !withContent(p, s) {
						continue
					}
					// allergies are health data, but food allergies
					// listed with a special diet are a catering detail
					// (the convention does not flag special diets)
					if concept == "allergy" && len(p.Matches("diet")) > 0 {
						continue
					}
					return []analyzer.Finding{p.MatchFinding(m)}
				}
			}
			return nil
		}}
}

// art9Condition reports whether the notice states an Art. 9(2) condition.
// Explicit consent given for a transfer outside the EU/EEA is the Art. 49
// derogation, not a condition for processing special data.
func art9Condition(p *analyzer.Pass) bool {
	for _, m := range p.Matches("art9-basis") {
		s := m.Sentence
		// "...outside the EU. Then the data are sent with the explicit
		// consent of the student" continues the transfer statement
		continued := s > 0 && p.Has(s, "transfer") && transferStatement(p, s-1) && p.SectionOf(s-1).Heading == p.SectionOf(s).Heading
		if !transferStatement(p, s) && !continued {
			return true
		}
	}
	return false
}
