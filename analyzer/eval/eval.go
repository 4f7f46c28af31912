// Package eval scores lint results against hand labels (corpus/labels) as
// DESIGN.md defines: a true violation is an applicable element labelled
// absent or a problem labelled present; a predicted violation is a finding
// of severity error or warning with that rule id.
package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/seloste/seloste/analyzer"
)

// Label is one notice's hand labels.
type Label struct {
	ID              string          `json:"id"`
	Lang            string          `json:"lang"`
	PublicAuthority bool            `json:"public_authority"`
	NotApplicable   []string        `json:"not_applicable"`
	Elements        map[string]Item `json:"elements"`
	Problems        map[string]Item `json:"problems"`
	Notes           string          `json:"notes"`
}

// Item is one labelled element or problem.
type Item struct {
	Present bool   `json:"present"`
	Quote   string `json:"quote"`
}

// Violations returns the rule ids that are true violations for the notice.
func (l *Label) Violations() map[string]bool {
	na := map[string]bool{}
	for _, id := range l.NotApplicable {
		na[id] = true
	}
	v := map[string]bool{}
	for id, it := range l.Elements {
		if !it.Present && !na[id] {
			v[id] = true
		}
	}
	for id, it := range l.Problems {
		if it.Present {
			v[id] = true
		}
	}
	return v
}

// Count is a confusion count.
type Count struct{ TP, FP, FN int }

func (c *Count) add(o Count) { c.TP += o.TP; c.FP += o.FP; c.FN += o.FN }

// Precision is TP/(TP+FP), 1 when nothing was predicted.
func (c Count) Precision() float64 {
	if c.TP+c.FP == 0 {
		return 1
	}
	return float64(c.TP) / float64(c.TP+c.FP)
}

// Recall is TP/(TP+FN), 1 when there was nothing to find.
func (c Count) Recall() float64 {
	if c.TP+c.FN == 0 {
		return 1
	}
	return float64(c.TP) / float64(c.TP+c.FN)
}

// F1 is the harmonic mean of precision and recall.
func (c Count) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Miss is one disagreement with the labels.
type Miss struct {
	Notice string
	Rule   string
	Kind   string // "fp" or "fn"
	Line   int
	Quote  string // our evidence (fp: the finding; fn on an element: what we took as the element)
	Label  string // the labelled quote, when there is one
}

// Scores are the results of one evaluation.
type Scores struct {
	Rules    map[string]*Count            // per rule id
	ByLang   map[string]map[string]*Count // lang -> rule -> count
	Notices  int
	Unread   []string // notices that could not be read
	Misses   []Miss
	ruleList []string
}

// Run lints every notice under dir/notices with lint and scores it against
// dir/labels/<name>.json. Notices without a label are an error.
func Run(dir string, lint func(path string) analyzer.Result) (*Scores, error) {
	entries, err := os.ReadDir(filepath.Join(dir, "notices"))
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	s := &Scores{Rules: map[string]*Count{}, ByLang: map[string]map[string]*Count{}}
	s.ruleList = append(analyzer.ElementIDs(), analyzer.ProblemIDs()...)
	for _, id := range s.ruleList {
		s.Rules[id] = &Count{}
	}
	for _, e := range entries {
		if e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		stem := strings.TrimSuffix(e.Name(), filepath.Ext(e.Name()))
		lf := filepath.Join(dir, "labels", stem+".json")
		data, err := os.ReadFile(lf)
		if err != nil {
			return nil, fmt.Errorf("eval: notice %s has no label: %w", e.Name(), err)
		}
		var l Label
		if err := json.Unmarshal(data, &l); err != nil {
			return nil, fmt.Errorf("eval: %s: %w", lf, err)
		}
		res := lint(filepath.Join(dir, "notices", e.Name()))
		if res.Err != nil {
			s.Unread = append(s.Unread, fmt.Sprintf("%s: %v", e.Name(), res.Err))
		}
		s.score(stem, &l, &res)
	}
	return s, nil
}

func (s *Scores) score(notice string, l *Label, res *analyzer.Result) {
	s.Notices++
	truth := l.Violations()
	pred := map[string]analyzer.Finding{}
	for _, f := range res.Findings {
		if f.Severity >= analyzer.Warning {
			if _, dup := pred[f.Rule]; !dup {
				pred[f.Rule] = f
			}
		}
	}
	lang := l.Lang
	if s.ByLang[lang] == nil {
		s.ByLang[lang] = map[string]*Count{}
	}
	for _, id := range s.ruleList {
		_, p := pred[id]
		t := truth[id]
		var c Count
		switch {
		case p && t:
			c.TP = 1
		case p && !t:
			c.FP = 1
			f := pred[id]
			s.Misses = append(s.Misses, Miss{Notice: notice, Rule: id, Kind: "fp", Line: res.Position(f.Span).Line, Quote: f.Quote, Label: labelQuote(l, id)})
		case !p && t:
			c.FN = 1
			m := Miss{Notice: notice, Rule: id, Kind: "fn", Label: labelQuote(l, id)}
			for _, el := range res.Elements {
				if el.ID == id {
					m.Quote, m.Line = el.Quote, res.Position(el.Span).Line
				}
			}
			s.Misses = append(s.Misses, m)
		}
		s.Rules[id].add(c)
		if s.ByLang[lang][id] == nil {
			s.ByLang[lang][id] = &Count{}
		}
		s.ByLang[lang][id].add(c)
	}
}

func labelQuote(l *Label, id string) string {
	if it, ok := l.Elements[id]; ok {
		return it.Quote
	}
	return l.Problems[id].Quote
}

// Total is the micro-averaged count over every rule.
func (s *Scores) Total() Count { return sum(s.Rules) }

// LangTotal is the micro-averaged count over one language's notices.
func (s *Scores) LangTotal(lang string) Count { return sum(s.ByLang[lang]) }

// Langs returns the languages of the labelled notices, sorted.
func (s *Scores) Langs() []string {
	var out []string
	for l := range s.ByLang {
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}

func sum(m map[string]*Count) Count {
	var t Count
	for _, c := range m {
		t.add(*c)
	}
	return t
}

// Print writes the per-rule table, per-language totals and the micro total;
// with detail, every miss with its quote.
func (s *Scores) Print(w io.Writer, detail bool) {
	fmt.Fprintf(w, "%-32s %4s %4s %4s %9s %7s\n", "rule", "tp", "fp", "fn", "precision", "recall")
	for _, id := range s.ruleList {
		c := s.Rules[id]
		fmt.Fprintf(w, "%-32s %4d %4d %4d %9.3f %7.3f\n", id, c.TP, c.FP, c.FN, c.Precision(), c.Recall())
	}
	fmt.Fprintln(w)
	for _, lang := range s.Langs() {
		c := s.LangTotal(lang)
		fmt.Fprintf(w, "language %-3s %4d %4d %4d %9.3f %7.3f\n", lang, c.TP, c.FP, c.FN, c.Precision(), c.Recall())
	}
	for _, u := range s.Unread {
		fmt.Fprintf(w, "unreadable: %s\n", u)
	}
	if detail {
		fmt.Fprintln(w)
		for _, m := range s.Misses {
			fmt.Fprintf(w, "%s %s %s line %d\n    ours:  %q\n    label: %q\n", m.Kind, m.Notice, m.Rule, m.Line, m.Quote, m.Label)
		}
		fmt.Fprintln(w)
	}
	t := s.Total()
	fmt.Fprintf(w, "notices %d: tp %d fp %d fn %d\n", s.Notices, t.TP, t.FP, t.FN)
	fmt.Fprintf(w, "TOTAL precision %.3f recall %.3f F1 %.3f\n", t.Precision(), t.Recall(), t.F1())
}
