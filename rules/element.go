package rules

import (
	"strings"

	"github.com/seloste/seloste/analyzer"
)

// elementRule is the shape shared by the 21 element rules: Detect finds the
// evidence, Check reports the element when it is applicable and missing.
type elementRule struct {
	id       string
	article  string
	severity analyzer.Severity
	doc      analyzer.RuleDoc
	detect   func(p *analyzer.Pass) analyzer.Element
}

func (r *elementRule) ID() string                  { return r.id }
func (r *elementRule) Article() string             { return r.article }
func (r *elementRule) Severity() analyzer.Severity { return r.severity }
func (r *elementRule) Doc() analyzer.RuleDoc       { return r.doc }

// Detect returns the element's evidence, or a missing or inapplicable
// element.
func (r *elementRule) Detect(p *analyzer.Pass) analyzer.Element { return r.detect(p) }

func (r *elementRule) Check(p *analyzer.Pass) []analyzer.Finding {
	el, _ := p.Element(r.id)
	if el.Present || !el.Applicable {
		return nil
	}
	return []analyzer.Finding{{Severity: r.severityFor(p), Suggestion: r.doc.Fix.In(p.Lang)}}
}

// severityFor is the rule's severity for this notice: dpo-contact is an
// error for a public authority (Art. 37(1)(a)) and advice otherwise.
func (r *elementRule) severityFor(p *analyzer.Pass) analyzer.Severity {
	if r.id == "dpo-contact" && p.Controller != "public" {
		return analyzer.Info
	}
	return r.severity
}

// missing is the result of a detector that found no evidence.
func missing() analyzer.Element { return analyzer.Element{Applicable: true} }

// inapplicable is the result of a detector whose element does not apply.
func inapplicable() analyzer.Element { return analyzer.Element{} }

// firstSentence returns evidence from the first sentence for which ok holds.
func firstSentence(p *analyzer.Pass, ok func(s int) bool) analyzer.Element {
	for s := 0; s < p.SentenceCount(); s++ {
		if ok(s) && !placeholder(p, s) {
			return p.Evidence(s)
		}
	}
	return missing()
}

// underHeading returns evidence from the first content sentence, for which
// ok holds, of a section whose heading holds concept ("Säännönmukaiset
// tietolähteet" over "Asiakkaalta itseltään"); ok may be nil.
func underHeading(p *analyzer.Pass, concept string, ok func(s int) bool) (analyzer.Element, bool) {
	for _, sec := range p.HeadingSections(concept) {
		for _, s := range p.SectionSentences(sec) {
			if (ok == nil || ok(s)) && !placeholder(p, s) {
				return p.Evidence(s), true
			}
		}
	}
	return analyzer.Element{}, false
}

// placeholder reports whether the statement in s is deferred ("to be
// specified later"), in s itself or in a bare sentence right after it.
func placeholder(p *analyzer.Pass, s int) bool {
	if p.Has(s, "placeholder") {
		return true
	}
	if s+1 < p.SentenceCount() && p.Index.Sentences[s+1].Block == p.Index.Sentences[s].Block {
		next := p.Tokens(s + 1)
		return len(next) <= 3 && p.Has(s+1, "placeholder")
	}
	return false
}

// withContent reports whether a heading sentence has text under it; for
// other sentences it is true.
func withContent(p *analyzer.Pass, s int) bool { return p.HasContent(s) }

// labelled reports whether sentence s is a "Label: value" line whose label
// holds concept ("Lagringstid: ...", "Sources: the applicant"): the label
// heads the value as a heading would.
func labelled(p *analyzer.Pass, s int, concept string) bool {
	text := p.SentenceText(s)
	colon := strings.Index(text, ": ")
	if colon < 0 {
		return false
	}
	at := p.Index.Sentences[s].Start + colon
	for _, m := range p.MatchesIn(s, concept) {
		if m.End <= at && m.Tok0 <= p.Index.Sentences[s].Tok0+2 {
			return true
		}
	}
	return false
}

// rightsContext reports whether sentence s speaks of the data subject's
// rights: it names a right or a request itself, sits under a rights heading,
// or is a list item introduced by such a sentence.
func rightsContext(p *analyzer.Pass, s int) bool {
	return p.HasAny(s, "right", "can", "request") ||
		p.HeadingHas(s, "right", "rights-heading") ||
		p.IntroHas(s, "right", "can", "request")
}
