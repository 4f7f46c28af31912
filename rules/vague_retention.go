package rules

import "github.com/seloste/seloste/analyzer"

// vagueRetention: data kept open-ended — no maximum, and an end that waits
// on something that may never come: "until deleted manually", "until the
// person asks", "toistaiseksi", "as long as the service exists", "at least
// N years" with no upper limit, or kept permanently with no law named. An
// end tied to the relationship itself (membership, customer relationship,
// account, consent), "as long as necessary", a fixed period, or permanent
// archiving under a named law is not open-ended.
func vagueRetention() *problemRule {
	return &problemRule{id: "vague-retention", article: "GDPR 5(1)(e), 13(2)(a)", severity: analyzer.Warning,
		check: func(p *analyzer.Pass) []analyzer.Finding {
			for _, m := range p.Matches("open-end") {
				if openEnded(p, m) {
					return []analyzer.Finding{p.MatchFinding(m)}
				}
			}
			// "raderas inte": no end at all, unless a period or rule follows
			// ("not deleted before three years have passed")
			for _, m := range p.Matches("never-deleted") {
				s := m.Sentence
				if !rightsContext(p, s) && !p.HasAny(s, "period", "retention-rule", "archive-law") {
					return []analyzer.Finding{p.MatchFinding(m)}
				}
			}
			return nil
		}}
}

func openEnded(p *analyzer.Pass, m analyzer.Match) bool {
	s := m.Sentence
	if !retentionStatement(p, s) && !p.HeadingHas(s, "retention-heading") {
		return false
	}
	if p.HasAny(s, "retention-max", "employment", "cookie") {
		// "toistaiseksi voimassa oleva työsuhde" is a kind of contract; a
		// cookie's lifetime in the browser is the cookie policy's matter
		return false
	}
	atLeast := len(p.MatchesIn(s, "at-least")) > 0 && overlaps(p.MatchesIn(s, "at-least"), m)
	permanent := overlaps(p.MatchesIn(s, "permanent-word"), m)
	switch {
	case atLeast:
		// "deleted at least two years after ..." is a deletion time, not
		// open-ended keeping; "kept at least five years after the
		// tenancy ends" is open-ended even though it names the tenancy
		return !(p.Has(s, "delete") && !p.Has(s, "keep"))
	case permanent:
		// "permanently deleted" is no keeping; permanent archiving under
		// a named law is a rule
		return p.Has(s, "keep") && !p.Has(s, "delete") && !namedLaw(p, s)
	}
	return !p.Has(s, "relationship-end")
}

// overlaps reports whether any of ms covers the tokens of m.
func overlaps(ms []analyzer.Match, m analyzer.Match) bool {
	for _, o := range ms {
		if o.Tok0 < m.Tok1 && m.Tok0 < o.Tok1 {
			return true
		}
	}
	return false
}

// namedLaw reports whether permanent keeping in s rests on a named law:
// an archive law in the sentence, or a statute named earlier in the same
// paragraph ("Handlingarna förvaras i enlighet med lagen om ...; X förvaras
// permanent").
func namedLaw(p *analyzer.Pass, s int) bool {
	if p.Has(s, "archive-law") {
		return true
	}
	block := p.Index.Sentences[s].Block
	for c := s; c >= 0 && p.Index.Sentences[c].Block == block; c-- {
		if p.HasAny(c, "statute", "archive-law") {
			return true
		}
	}
	return false
}
