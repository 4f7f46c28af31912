package rules

import "github.com/seloste/seloste/analyzer"

// dpoContact: contact details of the data protection officer. Mandatory for
// public authorities (Art. 37(1)(a)); for a private controller that names
// no DPO the element does not apply.
func dpoContact() *elementRule {
	r := &elementRule{id: "dpo-contact", article: "GDPR 13(1)(b)", severity: analyzer.Error}
	r.detect = func(p *analyzer.Pass) analyzer.Element {
		named := false
		for _, m := range p.Matches("dpo") {
			s := m.Sentence
			named = true
			// the contact is in the sentence, or in the next few sentences
			// of the same section (a "Tietosuojavastaava" heading or label
			// followed by the name, phone and e-mail).
			sec := p.SectionOf(s)
			for c := s; c < p.SentenceCount() && c <= s+4; c++ {
				if c != s && p.SectionOf(c).Heading != sec.Heading {
					break
				}
				if hasContactDetail(p, c) || p.Has(c, "contact-form") {
					if c == s {
						return p.Evidence(s)
					}
					return p.SpanEvidence(p.Index.Sentences[c].Start, p.Index.Sentences[c].End)
				}
			}
		}
		if p.Controller != "public" && !named {
			return inapplicable()
		}
		return missing()
	}
	return r
}
