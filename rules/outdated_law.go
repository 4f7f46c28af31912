package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/seloste/seloste/analyzer"
)

// outdatedLaw: the repealed Personal Data Act (henkilötietolaki /
// personuppgiftslagen 523/1999) or Directive 95/46/EC presented as law that
// applies. A sentence that says the old law was repealed or replaced is
// history, not a finding.
func outdatedLaw() *problemRule {
	return &problemRule{id: "outdated-law", article: "GDPR 94, 99(2); Tietosuojalaki 1050/2018", severity: analyzer.Error,
		check: func(p *analyzer.Pass) []analyzer.Finding {
			var out []analyzer.Finding
			bySentence := map[int][]analyzer.Match{}
			var order []int
			for _, m := range p.Matches("old-law") {
				// "drawn up under the Personal Data Act (523/1999). The Act
				// was replaced by ..." is history too
				next := m.Sentence + 1
				if p.Has(m.Sentence, "repealed") ||
					next < p.SentenceCount() && p.Index.Sentences[next].Block == p.Index.Sentences[m.Sentence].Block && p.Has(next, "repealed") {
					continue
				}
				if len(bySentence[m.Sentence]) == 0 {
					order = append(order, m.Sentence)
				}
				bySentence[m.Sentence] = append(bySentence[m.Sentence], m)
			}
			for _, s := range order {
				ms := bySentence[s]
				f := p.Finding(s)
				f.Span = analyzer.Span{Start: ms[0].Start, End: lastEnd(ms)}
				f.Replacement = lawReplacement(p, ms)
				out = append(out, f)
			}
			return out
		}}
}

// lastEnd is the end of the last of ms, which may overlap.
func lastEnd(ms []analyzer.Match) int {
	end := 0
	for _, m := range ms {
		end = max(end, m.End)
	}
	return end
}

// lawReplacement rewrites the cited old law as the current one, keeping
// the Finnish inflection ("henkilötietolain" -> "tietosuojalain"). Where
// the citation points at a section ("henkilötietolain 10 §") no text can be
// substituted mechanically, since the sections do not correspond, so it
// returns "".
func lawReplacement(p *analyzer.Pass, ms []analyzer.Match) string {
	start, end := ms[0].Start, lastEnd(ms)
	after := p.Doc.Text[end:min(len(p.Doc.Text), end+16)]
	if strings.Contains(after, "§") {
		return ""
	}
	var b strings.Builder
	at := start
	for _, m := range ms {
		if m.Start < at {
			continue // overlaps the previous citation
		}
		b.WriteString(p.Doc.Text[at:m.Start])
		r := currentLaw(p.Doc.Text[m.Start:m.End])
		if r == "" {
			return ""
		}
		b.WriteString(r)
		at = m.End
	}
	return b.String()
}

// currentLaw maps one old-law citation to the law in force.
func currentLaw(old string) string {
	lower := strings.ToLower(old)
	var out string
	switch {
	case strings.HasPrefix(lower, "henkilötietola"):
		out = "tietosuojala" + lower[len("henkilötietola"):]
	case strings.HasPrefix(lower, "personuppgiftslag"):
		out = "dataskyddslag" + lower[len("personuppgiftslag"):]
	case lower == "personal data act":
		return "Data Protection Act"
	case lower == "523/99", lower == "523/1999", lower == "(523/99)", lower == "(523/1999)":
		return strings.Replace(strings.Replace(old, "523/1999", "1050/2018", 1), "523/99", "1050/2018", 1)
	default:
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(old); unicode.IsUpper(r) {
		first, size := utf8.DecodeRuneInString(out)
		out = string(unicode.ToUpper(first)) + out[size:]
	}
	return out
}
