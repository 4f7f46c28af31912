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
// findings, sorted by position. A notice written in two languages (a
// Finnish section followed by its Swedish translation) is checked per
// section: each must be complete on its own, since each reader reads only
// one of them.
func (e *Engine) Lint(doc *Document, opt Options) Result {
	// The index serves both the language sections and, for a notice in
	// one language (nearly all), the rules: the text is tokenised once.
	ix := buildIndex(doc, e.lexicon)
	if opt.NoticeLang == "" {
		if secs := ix.languageSections(); Bilingual(secs) {
			return e.lintSections(doc, secs, opt)
		}
	}
	return e.lintIndexed(doc, opt, ix)
}

// lintSections lints each language section as a notice of its own and
// merges the results: an element is present when every section gives it;
// a finding of a section is placed at the section's start and names its
// language.
func (e *Engine) lintSections(doc *Document, secs []LanguageSection, opt Options) Result {
	res := Result{Path: doc.Path, Format: doc.Format, Doc: doc, Lang: secs[0].Lang}
	for i, sec := range secs {
		sopt := opt
		sopt.NoticeLang = sec.Lang
		r := e.lintOne(doc.Sub(sec), sopt)
		if i == 0 || r.Controller == "public" {
			res.Controller = r.Controller
		}
		for k, el := range r.Elements {
			el.Span = shift(el.Span, sec.Start)
			if i == 0 {
				res.Elements = append(res.Elements, el)
				continue
			}
			prev := &res.Elements[k]
			prev.Applicable = prev.Applicable || el.Applicable
			if prev.Present && !el.Present {
				*prev = el
			}
		}
		for _, f := range r.Findings {
			if f.Span.IsZero() {
				f.Span = Span{sec.Start, sec.Start + len(doc.Line(doc.Position(sec.Start).Line))}
				f.Message += " [" + sec.Lang + "]"
			} else {
				f.Span = shift(f.Span, sec.Start)
			}
			res.Findings = append(res.Findings, f)
		}
	}
	sortFindings(res.Findings)
	return res
}

func shift(s Span, by int) Span {
	if s.IsZero() {
		return s
	}
	return Span{s.Start + by, s.End + by}
}

func (e *Engine) lintOne(doc *Document, opt Options) Result {
	return e.lintIndexed(doc, opt, nil)
}

// lintIndexed is lintOne with doc's index built already (nil: not yet).
func (e *Engine) lintIndexed(doc *Document, opt Options, ix *Index) Result {
	p := e.newPassIndexed(doc, opt, ix)
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
	sortFindings(res.Findings)
	return res
}

// sortFindings orders findings by place, whole-document findings first.
func sortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i].Span, fs[j].Span
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return fs[i].Rule < fs[j].Rule
	})
}

// NewPass tokenises doc and matches lex over it without running rules, for
// tools that show how a notice is seen.
func NewPass(doc *Document, lex *Lexicon, opt Options) *Pass {
	return (&Engine{lexicon: lex}).newPass(doc, opt)
}
