package rules

import (
	"regexp"
	"strconv"
	"strings"

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

var (
	datePattern  = regexp.MustCompile(`\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b|\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b`)
	monthPattern = regexp.MustCompile(`(?i)\b(tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)kuu\w*\s+((?:19|20)\d\d)\b|\b(january|february|march|april|may|june|july|august|september|october|november|december|januari|februari|mars|maj|juni|juli|augusti|oktober)\s+((?:19|20)\d\d)\b`)
	monthNumber  = map[string]int{
		"tammi": 1, "helmi": 2, "maalis": 3, "huhti": 4, "touko": 5, "kesä": 6, "heinä": 7, "elo": 8, "syys": 9, "loka": 10, "marras": 11, "joulu": 12,
		"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
		"januari": 1, "februari": 2, "mars": 3, "maj": 5, "juni": 6, "juli": 7, "augusti": 8, "oktober": 10,
	}
)

// sentenceDate returns the first date of s as yyyymmdd; a month and year
// ("toukokuussa 2017", "May 2017") count as the month's last day.
func sentenceDate(s string) (int, bool) {
	atoi := func(x string) int { n, _ := strconv.Atoi(x); return n }
	if m := datePattern.FindStringSubmatch(s); m != nil {
		if m[3] != "" {
			return atoi(m[3])*10000 + atoi(m[2])*100 + atoi(m[1]), true
		}
		return atoi(m[4])*10000 + atoi(m[5])*100 + atoi(m[6]), true
	}
	if m := monthPattern.FindStringSubmatch(s); m != nil {
		month, year := m[1], m[2]
		if month == "" {
			month, year = m[3], m[4]
		}
		return atoi(year)*10000 + monthNumber[strings.ToLower(month)]*100 + 31, true
	}
	return 0, false
}

// nationalIDWithoutBasis: the personal identity code (henkilötunnus) is
// processed with no stated need; Tietosuojalaki 29 § allows it only when
// identification is necessary for a stated reason.
func nationalIDWithoutBasis() *problemRule {
	return &problemRule{id: "national-id-without-basis", article: "Tietosuojalaki 1050/2018 29 §", severity: analyzer.Info,
		check: func(p *analyzer.Pass) []analyzer.Finding {
			// the need may be stated anywhere: a data list names the code,
			// a later sentence says why it is processed
			var first *analyzer.Match
			for _, m := range p.Matches("hetu") {
				s := m.Sentence
				if p.Has(s, "hetu-need") {
					return nil
				}
				if first == nil && !p.Has(s, "negation") {
					first = &m
				}
			}
			if first == nil {
				return nil
			}
			return []analyzer.Finding{p.MatchFinding(*first)}
		}}
}

// outdatedTitle: the notice calls itself "rekisteriseloste" /
// "registerbeskrivning" / "register description", the Personal Data Act's
// term.
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
	switch lang {
	case "sv":
		return "Dataskyddsbeskrivning"
	case "en":
		if strings.Contains(old, "D") {
			return "Privacy Notice"
		}
		return "Privacy notice"
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
