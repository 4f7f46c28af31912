// Package review compares two versions of a notice — the published one and
// a draft — for `seloste diff`: a word-level diff of their texts, the
// findings the draft fixes, introduces and keeps, and the checklist before
// and after. It takes finished lint results and never re-analyses.
package review

import (
	"strings"
	"unicode"

	"github.com/seloste/seloste/analyzer"
)

// Context is the number of equal words shown around a change.
const Context = 6

// Review is the comparison of an old and a new version of a notice.
type Review struct {
	Old, New *analyzer.Result

	Hunks             []Hunk // where the texts differ, word by word
	Deleted, Inserted int    // words (and punctuation marks) removed and added
	Fixed, Introduced []FindingChange
	Unchanged         []FindingChange
	Elements          []ElementChange // all 21 items, in the JSON contract's order
}

// FindingChange is a finding of one version, placed in that version's
// text. For an unchanged finding Finding and Pos are the new version's and
// OldPos the old one's.
type FindingChange struct {
	Finding analyzer.Finding
	Pos     analyzer.Position
	OldPos  analyzer.Position
}

// State is what the checklist says of an element.
type State string

const (
	Present       State = "present"
	Missing       State = "missing"
	NotApplicable State = "not-applicable"
)

// ElementChange is an element's checklist state in both versions.
type ElementChange struct {
	ID       string
	Old, New State
}

// Changed reports whether the element's state differs between versions.
func (e ElementChange) Changed() bool { return e.Old != e.New }

// Compare compares two lint results of readable documents.
func Compare(old, new *analyzer.Result) *Review {
	rv := &Review{Old: old, New: new}
	var oldText, newText string
	if old.Doc != nil {
		oldText = old.Doc.Text
	}
	if new.Doc != nil {
		newText = new.Doc.Text
	}
	chunks := Words(oldText, newText)
	for _, c := range chunks {
		switch c.Op {
		case Delete:
			rv.Deleted += len(c.Old)
		case Insert:
			rv.Inserted += len(c.New)
		}
	}
	rv.Hunks = Hunks(chunks, oldText, newText, Context)
	rv.Fixed, rv.Introduced, rv.Unchanged = matchFindings(old, new)
	rv.Elements = compareElements(old, new)
	return rv
}

// IntroducesAtLeast reports whether the new version has a finding of
// severity sev or worse that the old one has not. sev 0 means never.
func (rv *Review) IntroducesAtLeast(sev analyzer.Severity) bool {
	if sev <= 0 {
		return false
	}
	for _, f := range rv.Introduced {
		if f.Finding.Severity >= sev {
			return true
		}
	}
	return false
}

// matchFindings pairs the findings of the two versions. A finding at a
// place matches one of the same rule with the same quote (compared without
// case, spacing and punctuation); failing that, one of the same rule whose
// flagged words are the same (the draft edited another part of the quoted
// sentence). A whole-document finding — a missing element — matches one of
// the same rule.
func matchFindings(old, new *analyzer.Result) (fixed, introduced, unchanged []FindingChange) {
	oldUsed := make([]bool, len(old.Findings))
	newPair := make([]int, len(new.Findings))
	for i := range newPair {
		newPair[i] = -1
	}
	keys := []func(r *analyzer.Result, f analyzer.Finding) string{
		func(_ *analyzer.Result, f analyzer.Finding) string {
			if wholeDocument(f) {
				return f.Rule
			}
			return f.Rule + "\x00" + normQuote(f.Quote)
		},
		func(r *analyzer.Result, f analyzer.Finding) string {
			if wholeDocument(f) || r.Doc == nil || f.Span.End > len(r.Doc.Text) {
				return "" // matched by the first key or not at all
			}
			return f.Rule + "\x00" + normQuote(r.Doc.Text[f.Span.Start:f.Span.End])
		},
	}
	for _, key := range keys {
		byKey := map[string][]int{}
		for i, f := range old.Findings {
			if !oldUsed[i] {
				if k := key(old, f); k != "" {
					byKey[k] = append(byKey[k], i)
				}
			}
		}
		for j, f := range new.Findings {
			if newPair[j] >= 0 {
				continue
			}
			k := key(new, f)
			if k == "" || len(byKey[k]) == 0 {
				continue
			}
			i := byKey[k][0]
			byKey[k] = byKey[k][1:]
			oldUsed[i], newPair[j] = true, i
		}
	}
	for i, f := range old.Findings {
		if !oldUsed[i] {
			fixed = append(fixed, FindingChange{Finding: f, Pos: old.Position(f.Span)})
		}
	}
	for j, f := range new.Findings {
		if i := newPair[j]; i >= 0 {
			unchanged = append(unchanged, FindingChange{Finding: f, Pos: new.Position(f.Span), OldPos: old.Position(old.Findings[i].Span)})
		} else {
			introduced = append(introduced, FindingChange{Finding: f, Pos: new.Position(f.Span)})
		}
	}
	return fixed, introduced, unchanged
}

// wholeDocument reports a finding about the whole notice (a missing
// element), which has no place and no quote to match by.
func wholeDocument(f analyzer.Finding) bool { return f.Span.IsZero() || f.Quote == "" }

// normQuote folds case and reduces a quote to its words, so that a
// re-wrapped line or a changed comma does not make a finding new.
func normQuote(s string) string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r)
	})
	return strings.Join(f, " ")
}

func compareElements(old, new *analyzer.Result) []ElementChange {
	oldBy, newBy := elementStates(old), elementStates(new)
	var out []ElementChange
	for _, id := range analyzer.ElementIDs() {
		out = append(out, ElementChange{ID: id, Old: oldBy[id], New: newBy[id]})
	}
	return out
}

func elementStates(r *analyzer.Result) map[string]State {
	m := map[string]State{}
	for _, id := range analyzer.ElementIDs() {
		m[id] = Missing
	}
	for _, el := range r.Elements {
		switch {
		case !el.Applicable:
			m[el.ID] = NotApplicable
		case el.Present:
			m[el.ID] = Present
		default:
			m[el.ID] = Missing
		}
	}
	return m
}
