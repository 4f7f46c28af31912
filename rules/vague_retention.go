package rules

import "github.com/seloste/seloste/analyzer"

// vagueRetention: data kept open-ended — no maximum, and an end that waits
// on something that may never come: "until deleted manually", "until the
// person asks", "toistaiseksi", "as long as the service exists", "at least
// N years" with no upper limit. An end tied to the relationship itself
// (membership, customer relationship, account, consent) or "as long as
// necessary" is not open-ended.
func vagueRetention() *problemRule {
	return &problemRule{id: "vague-retention", article: "GDPR 5(1)(e), 13(2)(a)", severity: analyzer.Warning,
		check: func(p *analyzer.Pass) []analyzer.Finding {
			for _, m := range p.Matches("open-end") {
				s := m.Sentence
				if !retentionStatement(p, s) && !p.HeadingHas(s, "retention-heading") {
					continue
				}
				if p.Has(s, "retention-max") || p.Has(s, "relationship-end") {
					continue
				}
				if p.Has(s, "delete") && !p.Has(s, "keep") && p.Has(s, "at-least") {
					continue // "deleted at least two years after": a deletion time, not open-ended keeping
				}
				return []analyzer.Finding{p.MatchFinding(m)}
			}
			return nil
		}}
}
