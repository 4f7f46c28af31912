package analyzer

// Rule is one check. Rules are plain values handed to the Engine; nothing is
// registered by side effect. A rule never reads files: it sees the Pass.
type Rule interface {
	ID() string
	// Article is the provision the rule enforces, e.g. "GDPR 13(2)(a)".
	Article() string
	// Severity is the default severity of the rule's findings.
	Severity() Severity
	Doc() RuleDoc
	Check(p *Pass) []Finding
}

// ElementRule is a rule for one of the mandatory information items. The
// engine calls Detect on every element rule before any Check, so that the
// checklist is complete and rules may depend on each other's elements.
type ElementRule interface {
	Rule
	Detect(p *Pass) Element
}

// Text is a message in several languages, keyed "fi", "sv", "en".
type Text map[string]string

// In returns the text in lang, falling back to English, then Finnish.
func (t Text) In(lang string) string {
	if s, ok := t[lang]; ok && s != "" {
		return s
	}
	if s := t["en"]; s != "" {
		return s
	}
	return t["fi"]
}

// RuleDoc documents a rule for `seloste rules` and `seloste explain`.
type RuleDoc struct {
	Title   Text // one line
	Checks  Text // what the rule checks
	Why     Text // why it matters
	Message Text // the finding's message
	// Fix is the suggested text that would fix a missing element, keyed by
	// the notice's language; placeholders are in «guillemets».
	Fix Text
}

// ElementIDs lists the 21 mandatory information items in the order of the
// JSON contract.
func ElementIDs() []string {
	return []string{
		"controller-identity", "controller-contact", "dpo-contact", "purposes",
		"legal-basis", "legitimate-interest", "recipients", "transfers",
		"retention", "right-access", "right-rectification", "right-erasure",
		"right-restriction", "right-objection", "right-portability",
		"consent-withdrawal", "complaint-right", "requirement",
		"automated-decisions", "data-categories", "data-source",
	}
}

// ProblemIDs lists the problem rules of the public contract.
func ProblemIDs() []string {
	return []string{
		"outdated-law", "outdated-authority-address", "invalid-transfer-mechanism",
		"special-category-without-basis", "vague-retention", "transfer-contradiction",
	}
}
