package rules

import "github.com/seloste/seloste/analyzer"

// transferContradiction: the notice says nothing leaves the EU/EEA, yet
// names a provider based outside it (Google Analytics, Facebook, Mailchimp,
// Microsoft 365...) whose use normally means a transfer, and names no
// safeguard. A notice that admits the transfer is not contradicting itself.
func transferContradiction() *problemRule {
	return &problemRule{id: "transfer-contradiction", article: "GDPR 13(1)(f), 44", severity: analyzer.Warning,
		check: func(p *analyzer.Pass) []analyzer.Finding {
			if len(p.Matches("us-provider")) == 0 || len(p.Matches("safeguard")) > 0 {
				return nil
			}
			denial := -1
			for s := 0; s < p.SentenceCount(); s++ {
				if !transferStatement(p, s) || p.IsHeading(s) {
					continue
				}
				if !p.Has(s, "negation") {
					return nil // the notice admits transfers
				}
				if denial < 0 {
					denial = s
				}
			}
			if denial < 0 {
				return nil
			}
			f := p.Finding(denial)
			for _, m := range p.Matches("us-provider") {
				f.Quote += " — " + p.Doc.Quote(m.Start, m.End, 60)
				break
			}
			return []analyzer.Finding{f}
		}}
}
