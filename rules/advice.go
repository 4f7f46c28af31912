package rules

import (
	"regexp"
	"strconv"

	"github.com/seloste/seloste/analyzer"
)

// preGDPRDate: the notice is dated (laatimispäivä, päivitetty, updated)
// before 25.5.2018, when the GDPR began to apply: it was written for the
// repealed law and needs review.
func preGDPRDate() *problemRule {
	return &problemRule{id: "pre-gdpr-date", article: "GDPR 99(2)", severity: analyzer.Warning,
		check: func(p *analyzer.Pass) []analyzer.Finding {
			for _, m := range p.Matches("made-date") {
				s := m.Sentence
				for c := s; c < p.SentenceCount() && c <= s+1; c++ {
					if d, ok := sentenceDate(p.SentenceText(c)); ok {
						if d < 20180525 {
							return []analyzer.Finding{p.Finding(c)}
						}
						return nil
					}
				}
			}
			return nil
		}}
}

var datePattern = regexp.MustCompile(`\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b|\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b`)

// sentenceDate returns the first date of s as yyyymmdd.
func sentenceDate(s string) (int, bool) {
	m := datePattern.FindStringSubmatch(s)
	if m == nil {
		return 0, false
	}
	atoi := func(x string) int { n, _ := strconv.Atoi(x); return n }
	if m[3] != "" {
		return atoi(m[3])*10000 + atoi(m[2])*100 + atoi(m[1]), true
	}
	return atoi(m[4])*10000 + atoi(m[5])*100 + atoi(m[6]), true
}

// nationalIDWithoutBasis: the personal identity code (henkilötunnus) is
// processed with no stated need; Tietosuojalaki 29 § allows it only when
// identification is necessary for a stated reason.
func nationalIDWithoutBasis() *problemRule {
	return &problemRule{id: "national-id-without-basis", article: "Tietosuojalaki 1050/2018 29 §", severity: analyzer.Info,
		check: func(p *analyzer.Pass) []analyzer.Finding {
			for _, m := range p.Matches("hetu") {
				s := m.Sentence
				if p.Has(s, "negation") || p.Has(s, "hetu-need") {
					continue
				}
				return []analyzer.Finding{p.MatchFinding(m)}
			}
			return nil
		}}
}

// outdatedTitle: the notice calls itself "rekisteriseloste" /
// "registerbeskrivning", the Personal Data Act's term.
func outdatedTitle() *problemRule {
	return &problemRule{id: "outdated-title", article: "GDPR 12(1)", severity: analyzer.Info,
		check: func(p *analyzer.Pass) []analyzer.Finding {
			for _, m := range p.Matches("old-title") {
				if m.Sentence < 6 && (p.IsHeading(m.Sentence) || len(p.Tokens(m.Sentence)) <= 6) {
					f := p.MatchFinding(m)
					f.Replacement = newTitle(p.Lang, p.Doc.Text[m.Start:m.End])
					return []analyzer.Finding{f}
				}
			}
			return nil
		}}
}

func newTitle(lang, old string) string {
	if lang == "sv" {
		return "Dataskyddsbeskrivning"
	}
	if old != "" && old[0] >= 'a' && old[0] <= 'z' {
		return "tietosuojaseloste"
	}
	return "Tietosuojaseloste"
}

// outdatedTerm: Swedish "registeransvarig", replaced by
// "personuppgiftsansvarig" in the GDPR's Swedish text.
func outdatedTerm() *problemRule {
	return &problemRule{id: "outdated-term", article: "GDPR 4(7)", severity: analyzer.Info,
		check: func(p *analyzer.Pass) []analyzer.Finding {
			for _, m := range p.Matches("old-term") {
				f := p.MatchFinding(m)
				f.Replacement = "personuppgiftsansvarig"
				return []analyzer.Finding{f}
			}
			return nil
		}}
}
