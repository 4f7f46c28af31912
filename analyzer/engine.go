package analyzer

import "sort"

// Options steer one lint run. The zero value lints with defaults.
type Options struct {
	MessageLang string // language of messages: "fi", "sv" or "en" (default "en")
	NoticeLang  string // overrides language detection when set
	Controller  string // "public" or "private" overrides controller detection
	// Severity overrides a rule's default severity; Disabled turns rules off.
	Severity map[string]Severity
	Disabled map[string]bool
}

// Engine runs a fixed set of rules with their lexicons. It holds no mutable
// state after construction and is safe for concurrent use.
type Engine struct {
	rules   []Rule
	lexicon *Lexicon
}

// NewEngine returns an engine for rules, matching text against lexicon (the merged lexicons of every language)
// of the document's language.
func NewEngine(rules []Rule, lexicon *Lexicon) *Engine {
	return &Engine{rules: rules, lexicon: lexicon}
}

// Rules returns the engine's rules in registry order.
func (e *Engine) Rules() []Rule { return e.rules }

// Rule returns the rule with id, or nil.
func (e *Engine) Rule(id string) Rule {
	for _, r := range e.rules {
		if r.ID() == id {
			return r
		}
	}
	return nil
}

// Lint runs every enabled rule over doc and returns the checklist and the
// findings, sorted by position.
func (e *Engine) Lint(doc *Document, opt Options) Result {
	p := e.newPass(doc, opt)
	res := Result{Path: doc.Path, Format: doc.Format, Doc: doc, Lang: p.Lang}

	for _, r := range e.rules {
		if er, ok := r.(ElementRule); ok {
			el := er.Detect(p)
			el.ID = r.ID()
			p.elements[el.ID] = el
		}
	}
	res.Controller = p.Controller // decided while detecting the controller
	for _, id := range ElementIDs() {
		el, ok := p.elements[id]
		if !ok {
			el = Element{ID: id, Applicable: true}
		}
		res.Elements = append(res.Elements, el)
	}
	for _, r := range e.rules {
		if opt.Disabled[r.ID()] {
			continue
		}
		for _, f := range r.Check(p) {
			if f.Rule == "" {
				f.Rule = r.ID()
			}
			if f.Severity == 0 {
				f.Severity = r.Severity()
			}
			if s, ok := opt.Severity[r.ID()]; ok {
				f.Severity = s
			}
			if f.Severity == 0 {
				continue // overridden to "none"
			}
			if f.Article == "" {
				f.Article = r.Article()
			}
			if f.Message == "" {
				f.Message = r.Doc().Message.In(p.MessageLang)
			}
			res.Findings = append(res.Findings, f)
		}
	}
	sort.SliceStable(res.Findings, func(i, j int) bool {
		a, b := res.Findings[i].Span, res.Findings[j].Span
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return res.Findings[i].Rule < res.Findings[j].Rule
	})
	return res
}

// NewPass tokenises doc and matches lex over it without running rules, for
// tools that show how a notice is seen.
func NewPass(doc *Document, lex *Lexicon, opt Options) *Pass {
	return (&Engine{lexicon: lex}).newPass(doc, opt)
}
