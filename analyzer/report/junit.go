package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/seloste/seloste/analyzer"
)

// JUnit XML as read by GitLab, Jenkins and most CI servers: one testsuite
// per document, one testcase per rule.

type junitTestsuites struct {
	XMLName  xml.Name         `xml:"testsuites"`
	Name     string           `xml:"name,attr"`
	Tests    int              `xml:"tests,attr"`
	Failures int              `xml:"failures,attr"`
	Errors   int              `xml:"errors,attr"`
	Skipped  int              `xml:"skipped,attr"`
	Suites   []junitTestsuite `xml:"testsuite"`
}

type junitTestsuite struct {
	Name       string           `xml:"name,attr"`
	Tests      int              `xml:"tests,attr"`
	Failures   int              `xml:"failures,attr"`
	Errors     int              `xml:"errors,attr"`
	Skipped    int              `xml:"skipped,attr"`
	Properties *junitProperties `xml:"properties,omitempty"`
	Cases      []junitTestcase  `xml:"testcase"`
}

type junitProperties struct {
	Property []junitProperty `xml:"property"`
}

type junitProperty struct {
	Name  string `xml:"name,attr"`
	Value string `xml:"value,attr"`
}

type junitTestcase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Skipped   *junitMessage `xml:"skipped,omitempty"`
	Error     *junitMessage `xml:"error,omitempty"`
	Failure   *junitMessage `xml:"failure,omitempty"`
	SystemOut string        `xml:"system-out,omitempty"`
}

type junitMessage struct {
	Message string `xml:"message,attr,omitempty"`
	Type    string `xml:"type,attr,omitempty"`
	Text    string `xml:",chardata"`
}

// JUnit writes results as JUnit XML. Each applicable rule is a testcase
// that fails when the rule has a finding at or above opt.FailOn (findings
// below it are listed in system-out); a not-applicable element is a skipped
// testcase; an unreadable input is a testsuite with one errored testcase.
func JUnit(w io.Writer, results []analyzer.Result, opt Options) error {
	root := junitTestsuites{Name: "seloste"}
	for i := range results {
		s := junitSuite(&results[i], opt)
		root.Tests += s.Tests
		root.Failures += s.Failures
		root.Errors += s.Errors
		root.Skipped += s.Skipped
		root.Suites = append(root.Suites, s)
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(root); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

func junitSuite(r *analyzer.Result, opt Options) junitTestsuite {
	s := junitTestsuite{Name: r.Path}
	if r.Err != nil {
		s.Tests, s.Errors = 1, 1
		s.Cases = []junitTestcase{{Name: "input-error", Classname: r.Path,
			Error: &junitMessage{Message: r.Err.Error(), Type: "input-error", Text: r.Err.Error()}}}
		return s
	}
	s.Properties = &junitProperties{Property: []junitProperty{
		{Name: "format", Value: string(r.Format)},
		{Name: "controller", Value: r.Controller},
	}}
	if lang := language(r); lang != "" {
		s.Properties.Property = append(s.Properties.Property, junitProperty{Name: "language", Value: lang})
	}
	byRule := map[string][]analyzer.Finding{}
	for _, f := range r.Findings {
		byRule[f.Rule] = append(byRule[f.Rule], f)
	}
	applicable := map[string]bool{}
	for _, el := range r.Elements {
		applicable[el.ID] = el.Applicable
	}
	for _, id := range ruleIDs(r, opt) {
		tc := junitTestcase{Name: id, Classname: r.Path}
		s.Tests++
		fs := byRule[id]
		if ok, isElement := applicable[id]; isElement && !ok && len(fs) == 0 {
			tc.Skipped = &junitMessage{Message: "not applicable to this notice"}
			s.Skipped++
			s.Cases = append(s.Cases, tc)
			continue
		}
		var failing, other []analyzer.Finding
		for _, f := range fs {
			if opt.FailOn > 0 && f.Severity >= opt.FailOn {
				failing = append(failing, f)
			} else {
				other = append(other, f)
			}
		}
		if len(failing) > 0 {
			msg := failing[0].Message
			if len(failing) > 1 {
				msg = fmt.Sprintf("%s (and %d more)", msg, len(failing)-1)
			}
			tc.Failure = &junitMessage{Message: msg, Type: failing[0].Severity.String(), Text: junitDetails(r, failing)}
			s.Failures++
		}
		if len(other) > 0 {
			tc.SystemOut = junitDetails(r, other)
		}
		s.Cases = append(s.Cases, tc)
	}
	return s
}

// ruleIDs lists the rules to report as testcases: the run's rules when the
// caller gave them, else the 21 elements, the problems of the contract and
// whatever else has findings.
func ruleIDs(r *analyzer.Result, opt Options) []string {
	var ids []string
	seen := map[string]bool{}
	add := func(id string) {
		if !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	if len(opt.Rules) > 0 {
		for _, rule := range opt.Rules {
			add(rule.ID())
		}
	} else {
		for _, id := range analyzer.ElementIDs() {
			add(id)
		}
		for _, id := range analyzer.ProblemIDs() {
			add(id)
		}
	}
	for _, f := range r.Findings {
		add(f.Rule)
	}
	return ids
}

// junitDetails lists findings one per paragraph: place, severity, message,
// the quoted evidence and the suggested fix.
func junitDetails(r *analyzer.Result, fs []analyzer.Finding) string {
	var b strings.Builder
	for i, f := range fs {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%s: %s: %s", placeOf(r, f.Span), f.Severity, f.Message)
		if f.Article != "" {
			fmt.Fprintf(&b, " [%s]", f.Article)
		}
		b.WriteString("\n")
		if f.Quote != "" {
			fmt.Fprintf(&b, "  quote: %s\n", f.Quote)
		}
		if f.Suggestion != "" {
			fmt.Fprintf(&b, "  fix: %s\n", f.Suggestion)
		}
	}
	return b.String()
}

// placeOf is "path:line:column" (with the page for PDFs), or the path
// alone for a whole-document span.
func placeOf(r *analyzer.Result, sp analyzer.Span) string {
	pos := r.Position(sp)
	if pos.Line == 0 {
		return r.Path
	}
	s := fmt.Sprintf("%s:%d:%d", r.Path, pos.Line, pos.Column)
	if pos.Page > 0 {
		s += fmt.Sprintf(" (page %d)", pos.Page)
	}
	return s
}
