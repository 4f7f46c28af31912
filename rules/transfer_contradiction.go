package rules

import (
	"strings"

	"github.com/seloste/seloste/analyzer"
)

// transferContradiction: the notice says nothing leaves the EU/EEA, yet
// names a provider based outside it (Google Analytics, Facebook, Mailchimp,
// Microsoft 365...) whose use normally means a transfer, and names no
// safeguard. A notice that admits the transfer is not contradicting itself.
func transferContradiction() *problemRule {
	return &problemRule{id: "transfer-contradiction", article: "GDPR 13(1)(f), 44", severity: analyzer.Warning,
		check: func(p *analyzer.Pass) []analyzer.Finding {
			providers := usedProviders(p)
			if len(providers) == 0 || len(p.Matches("safeguard")) > 0 {
				return nil
			}
			denial := -1
			for s := 0; s < p.SentenceCount(); s++ {
				if p.IsHeading(s) || !transferStatement(p, s) {
					continue
				}
				switch {
				case admitsTransfer(p, s):
					return nil // the notice says data may leave the EU/EEA
				case denial < 0 && deniesTransfer(p, s):
					denial = s
				}
			}
			if denial < 0 {
				return nil
			}
			f := p.Finding(denial)
			m := providers[0]
			f.Quote += " — " + p.Doc.Quote(m.Start, m.End, 60)
			return []analyzer.Finding{f}
		}}
}

// usedProviders returns the mentions of non-EU providers that name a
// service the controller uses, leaving out a provider named as a data field
// ("LinkedIn profile", "Google-tili", "Facebook-profiili").
func usedProviders(p *analyzer.Pass) []analyzer.Match {
	var out []analyzer.Match
	for _, m := range p.Matches("us-provider") {
		// "Sivustolla ei käytetä Google Analyticsia"
		if p.Has(m.Sentence, "negation") && !transferStatement(p, m.Sentence) {
			continue
		}
		if m.Tok1 < len(p.Index.Tokens) && p.Index.Tokens[m.Tok1].Sentence == m.Sentence && accountWord(p.Index.Tokens[m.Tok1].Text) {
			continue
		}
		if w := p.Index.Tokens[m.Tok1-1].Text; accountWord(w[strings.LastIndexByte(w, '-')+1:]) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// accountWord reports words for a person's account or profile on a
// service.
func accountWord(w string) bool {
	for _, a := range []string{"profil", "profile", "account", "tili", "tunnus", "konto", "username", "handle", "url"} {
		if strings.HasPrefix(w, a) {
			return true
		}
	}
	return false
}

// deniesTransfer reports whether s claims that nothing leaves the EU/EEA:
// a negated transfer ("ei siirretä EU:n ulkopuolelle", "never leave the
// EU") or a claim that all data stay inside ("Alla personuppgifter lagras
// inom EU"). That the controller's own servers are in the EU says nothing
// of the other services it names.
func deniesTransfer(p *analyzer.Pass, s int) bool {
	if p.Has(s, "negation") {
		return true
	}
	return p.Has(s, "inside") && p.Has(s, "all-data")
}

// admitsTransfer reports whether transfer statement s says that data go, or
// may go, outside the EU/EEA: not negated, and not merely that data stay
// inside ("processed within the EU" claims that nothing leaves).
func admitsTransfer(p *analyzer.Pass, s int) bool {
	if p.Has(s, "negation") {
		return false
	}
	// naming a provider's seat ("HubSpot, Inc. (Cambridge, Massachusetts,
	// USA)") says where the provider is, not that data go there
	return p.HasAny(s, "outside", "third-country") && p.HasAny(s, "transfer", "disclose")
}
