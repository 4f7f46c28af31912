package rules

import (
	"strings"

	"github.com/seloste/seloste/analyzer"
)

// invalidTransferMechanism: transfers relying on the EU-US Privacy Shield
// (invalidated in Schrems II, 2020) or Safe Harbor (Schrems I, 2015). The
// EU-US Data Privacy Framework of 2023 is valid and not flagged; a sentence
// that says the mechanism is invalid is not a finding.
func invalidTransferMechanism() *problemRule {
	return &problemRule{id: "invalid-transfer-mechanism", article: "GDPR 13(1)(f), 44-46", severity: analyzer.Error,
		check: func(p *analyzer.Pass) []analyzer.Finding {
			var out []analyzer.Finding
			last := -1
			for _, m := range p.Matches("invalid-mechanism") {
				// history: "was certified under Privacy Shield. The CJEU
				// annulled it in 2020; we now rely on ..."
				next := m.Sentence + 1
				if m.Sentence == last || p.HasAny(m.Sentence, "invalidated", "past-time") ||
					next < p.SentenceCount() && p.Index.Sentences[next].Block == p.Index.Sentences[m.Sentence].Block && p.HasAny(next, "invalidated", "safeguard") {
					continue
				}
				last = m.Sentence
				f := p.MatchFinding(m)
				f.Replacement = dataPrivacyFramework(p.Lang, p.Doc.Text[m.Start:m.End])
				out = append(out, f)
			}
			return out
		}}
}

// dataPrivacyFramework names the valid successor of Privacy Shield in the
// notice's language. Safe Harbor has no mechanical successor: the notice
// must name the safeguard it really uses.
func dataPrivacyFramework(lang, old string) string {
	if !strings.Contains(strings.ToLower(old), "shield") {
		return ""
	}
	switch lang {
	case "fi":
		return "EU:n ja Yhdysvaltojen välinen tietosuojakehys (EU-U.S. Data Privacy Framework)"
	case "sv":
		return "EU–US-ramen för dataskydd (EU-U.S. Data Privacy Framework)"
	}
	return "EU-U.S. Data Privacy Framework"
}
