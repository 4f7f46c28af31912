package rules

import "github.com/seloste/seloste/analyzer"

// The data subject's rights of Art. 15-21. A right counts when the notice
// names it, also in a bare list, with limitations, or to deny it: the notice
// then addresses it.

func rightRule(id, article string, evidence func(p *analyzer.Pass, s int) bool) *elementRule {
	return &elementRule{id: id, article: article, severity: analyzer.Error,
		detect: func(p *analyzer.Pass) analyzer.Element {
			el := firstSentence(p, func(s int) bool {
				// copyright clauses, "you can disable this feature", the
				// controller's access control and appeals against
				// decisions use the same verbs for other things
				if p.HasAny(s, "ip-terms", "disable", "access-control", "appeal", "reserve-right") || p.HeadingHas(s, "access-control") ||
					p.Has(s, "the-notice") && !p.Has(s, "data-word") {
					return false
				}
				return withContent(p, s) && evidence(p, s)
			})
			return el
		}}
}

// aboutPersonalData reports whether a right's verb in s concerns the
// person's data: the sentence names data or a right, or sits under a rights
// heading or a "you have the right to:" list. "Voit poistaa tuotteet
// ostoskorista" and "ajan voi siirtää" use the verbs of erasure and
// portability for other things.
func aboutPersonalData(p *analyzer.Pass, s int) bool {
	return p.HasAny(s, "data-word", "data-item", "right") || p.HeadingHas(s, "right", "rights-heading") || p.IntroHas(s, "right")
}

func rightAccess() *elementRule {
	return rightRule("right-access", "GDPR 13(2)(b), 15", func(p *analyzer.Pass, s int) bool {
		return p.Has(s, "access") && rightsContext(p, s) && aboutPersonalData(p, s)
	})
}

// oldStyleCorrection is the Personal Data Act wording "the controller
// corrects, deletes or completes ... at the person's request", which counts
// for rectification and erasure.
func oldStyleCorrection(p *analyzer.Pass, s int) bool {
	return p.Has(s, "rectify") && p.Has(s, "erase")
}

func rightRectification() *elementRule {
	return rightRule("right-rectification", "GDPR 13(2)(b), 16", func(p *analyzer.Pass, s int) bool {
		return p.Has(s, "rectify") && (rightsContext(p, s) || oldStyleCorrection(p, s)) && aboutPersonalData(p, s)
	})
}

func rightErasure() *elementRule {
	return rightRule("right-erasure", "GDPR 13(2)(b), 17", func(p *analyzer.Pass, s int) bool {
		return p.Has(s, "erase") && (rightsContext(p, s) || oldStyleCorrection(p, s)) && aboutPersonalData(p, s)
	})
}

func rightRestriction() *elementRule {
	return rightRule("right-restriction", "GDPR 13(2)(b), 18", func(p *analyzer.Pass, s int) bool {
		return p.Has(s, "restrict") && rightsContext(p, s) && aboutPersonalData(p, s)
	})
}

func rightObjection() *elementRule {
	return rightRule("right-objection", "GDPR 13(2)(b), 21", func(p *analyzer.Pass, s int) bool {
		if p.Has(s, "object-erasure") || p.IntroHas(s, "restrict") {
			return false // Art. 18 conditions: "objects to erasure and asks for restriction"
		}
		if p.Has(s, "object") && rightsContext(p, s) {
			return true
		}
		// a ban on direct marketing or processing ("oikeus kieltää
		// tietojensa käsittely suoramainontaa varten")
		return p.Has(s, "object-ban") && p.Has(s, "marketing") && (rightsContext(p, s) || p.Has(s, "consequence"))
	})
}

func rightPortability() *elementRule {
	return rightRule("right-portability", "GDPR 13(2)(b), 20", func(p *analyzer.Pass, s int) bool {
		return p.Has(s, "portability") && rightsContext(p, s) && aboutPersonalData(p, s)
	})
}
