package report

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/seloste/seloste/analyzer"
	"github.com/seloste/seloste/analyzer/baseline"
)

// SARIF 2.1.0 (OASIS), as read by GitHub code scanning and other viewers.
// Only the properties seloste fills in are modelled.

const (
	sarifSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
	sarifVersion = "2.1.0"
	// RulesDocURL is where each rule is documented, with the rule id as
	// the fragment.
	RulesDocURL = "https://github.com/seloste/seloste/blob/main/docs/rules.md"
	toolInfoURL = "https://github.com/seloste/seloste"
	// srcRoot is the base of relative artifact URIs: the directory seloste
	// ran in, which in CI is the checkout.
	srcRoot = "%SRCROOT%"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool        sarifTool         `json:"tool"`
	Invocations []sarifInvocation `json:"invocations"`
	Results     []sarifResult     `json:"results"`
	// ColumnKind says how startColumn counts: seloste counts runes, which
	// is Unicode code points.
	ColumnKind string `json:"columnKind"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifText struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifRule struct {
	ID                   string             `json:"id"`
	Name                 string             `json:"name"`
	ShortDescription     sarifText          `json:"shortDescription"`
	FullDescription      sarifText          `json:"fullDescription"`
	Help                 sarifText          `json:"help"`
	HelpURI              string             `json:"helpUri"`
	DefaultConfiguration sarifConfiguration `json:"defaultConfiguration"`
	Properties           map[string]any     `json:"properties,omitempty"`
}

type sarifConfiguration struct {
	Level string `json:"level"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Properties          map[string]any    `json:"properties,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           *sarifRegion          `json:"region,omitempty"`
}

type sarifArtifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int             `json:"startLine"`
	StartColumn int             `json:"startColumn,omitempty"`
	Snippet     *sarifText      `json:"snippet,omitempty"`
	Properties  *sarifPageProps `json:"properties,omitempty"`
}

// sarifPageProps carries the PDF page: SARIF regions have no page, so it
// goes in the region's property bag.
type sarifPageProps struct {
	Page int `json:"page"`
}

// SARIF writes results as a SARIF 2.1.0 log with one run.
func SARIF(w io.Writer, results []analyzer.Result, opt Options) error {
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name:           "seloste",
			Version:        opt.Version,
			InformationURI: toolInfoURL,
			Rules:          []sarifRule{},
		}},
		Invocations: []sarifInvocation{{ExecutionSuccessful: true}},
		Results:     []sarifResult{},
		ColumnKind:  "unicodeCodePoints",
	}
	index := map[string]int{}
	addRule := func(d sarifRule) {
		index[d.ID] = len(run.Tool.Driver.Rules)
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, d)
	}
	for _, r := range opt.Rules {
		if _, dup := index[r.ID()]; !dup {
			addRule(sarifRuleFor(r, opt.Lang))
		}
	}
	for i := range results {
		r := &results[i]
		loc := sarifArtifactLocation{URI: sarifURI(r.Path)}
		// Only a relative reference may name a base; file: URIs and URLs
		// are absolute already.
		if u, err := url.Parse(loc.URI); err == nil && !u.IsAbs() && r.Path != "-" {
			loc.URIBaseID = srcRoot
		}
		if r.Err != nil {
			inv := &run.Invocations[0]
			inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sarifNotification{
				Level:     "error",
				Message:   sarifText{Text: sentence(fmt.Sprintf("%s could not be read: %v", r.Path, r.Err))},
				Locations: []sarifLocation{{PhysicalLocation: sarifPhysicalLocation{ArtifactLocation: loc}}},
			})
			continue
		}
		seen := map[string]int{}
		for _, f := range r.Findings {
			if _, ok := index[f.Rule]; !ok {
				// A rule the caller did not describe still needs a
				// descriptor for ruleIndex to point at.
				addRule(sarifRuleFor(bareRule{id: f.Rule, article: f.Article, severity: f.Severity}, opt.Lang))
			}
			// Identical findings in one document (the same sentence
			// quoted twice) stay distinct alerts: number them, as GitHub
			// does for its own line hashes.
			fp := baseline.Fingerprint(r.Path, f)
			seen[fp]++
			res := sarifResult{
				RuleID:              f.Rule,
				RuleIndex:           index[f.Rule],
				Level:               sarifLevel(f.Severity),
				Message:             sarifText{Text: sentence(f.Message)},
				PartialFingerprints: map[string]string{baseline.FingerprintKey: fmt.Sprintf("%s:%d", fp, seen[fp])},
				Properties:          map[string]any{},
			}
			if res.Message.Text == "" {
				res.Message.Text = sentence(f.Rule)
			}
			pl := sarifPhysicalLocation{ArtifactLocation: loc}
			if !f.Span.IsZero() {
				pos := r.Position(f.Span)
				pl.Region = &sarifRegion{StartLine: pos.Line, StartColumn: pos.Column}
				if f.Quote != "" {
					pl.Region.Snippet = &sarifText{Text: f.Quote}
				}
				if pos.Page > 0 {
					pl.Region.Properties = &sarifPageProps{Page: pos.Page}
					res.Properties["page"] = pos.Page
				}
			}
			res.Locations = []sarifLocation{{PhysicalLocation: pl}}
			if f.Article != "" {
				res.Properties["article"] = f.Article
			}
			if f.Quote != "" {
				res.Properties["quote"] = f.Quote
			}
			if f.Suggestion != "" {
				res.Properties["suggestion"] = f.Suggestion
			}
			if len(res.Properties) == 0 {
				res.Properties = nil
			}
			run.Results = append(run.Results, res)
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{run}})
}

func sarifRuleFor(r analyzer.Rule, lang string) sarifRule {
	doc := r.Doc()
	title := doc.Title.In(lang)
	if title == "" {
		title = r.ID()
	}
	full := strings.TrimSpace(strings.Join(nonEmpty(doc.Checks.In(lang), doc.Why.In(lang)), " "))
	if full == "" {
		full = title
	}
	helpURI := RulesDocURL + "#" + r.ID()
	help := full
	if fix := doc.Fix.In(lang); fix != "" {
		help += "\n\nSuggested text: " + fix
	}
	if a := r.Article(); a != "" {
		help = a + ". " + help
	}
	help += "\n\n" + helpURI
	return sarifRule{
		ID:                   r.ID(),
		Name:                 sarifRuleName(r.ID()),
		ShortDescription:     sarifText{Text: sentence(title)},
		FullDescription:      sarifText{Text: sentence(full)},
		Help:                 sarifText{Text: help},
		HelpURI:              helpURI,
		DefaultConfiguration: sarifConfiguration{Level: sarifLevel(r.Severity())},
		Properties:           map[string]any{"article": r.Article(), "tags": []string{"privacy", "gdpr"}},
	}
}

// bareRule describes a rule known only from its findings.
type bareRule struct {
	id, article string
	severity    analyzer.Severity
}

func (b bareRule) ID() string                              { return b.id }
func (b bareRule) Article() string                         { return b.article }
func (b bareRule) Severity() analyzer.Severity             { return b.severity }
func (b bareRule) Doc() analyzer.RuleDoc                   { return analyzer.RuleDoc{} }
func (b bareRule) Check(*analyzer.Pass) []analyzer.Finding { return nil }

func sarifLevel(s analyzer.Severity) string {
	switch s {
	case analyzer.Error:
		return "error"
	case analyzer.Warning:
		return "warning"
	case analyzer.Info:
		return "note"
	}
	return "none"
}

// sarifURI turns a path as given into an artifact URI: URLs as they are,
// relative paths as relative references (resolved against SRCROOT), absolute
// paths as file URIs. Non-ASCII letters are percent-encoded, as RFC 3986
// requires.
func sarifURI(p string) string {
	if strings.Contains(p, "://") {
		return p
	}
	if p == "-" {
		return "stdin"
	}
	slash := filepath.ToSlash(filepath.Clean(p))
	if filepath.IsAbs(p) {
		if !strings.HasPrefix(slash, "/") {
			slash = "/" + slash // C:/x on Windows
		}
		return (&url.URL{Scheme: "file", Path: slash}).String()
	}
	// A first segment with a colon would read as a scheme.
	if first, _, _ := strings.Cut(slash, "/"); strings.Contains(first, ":") {
		slash = "./" + slash
	}
	return (&url.URL{Path: slash}).EscapedPath()
}

// sarifRuleName is the friendly name SARIF asks for, which must differ
// from the id: an element rule's finding means the item is missing
// ("retention" -> "MissingRetention"); a problem rule names the problem
// ("outdated-law" -> "OutdatedLaw").
func sarifRuleName(id string) string {
	name := pascalCase(id)
	for _, el := range analyzer.ElementIDs() {
		if el == id {
			return "Missing" + name
		}
	}
	if strings.EqualFold(name, id) {
		name += "Rule"
	}
	return name
}

func pascalCase(id string) string {
	var b strings.Builder
	for _, part := range strings.FieldsFunc(id, func(r rune) bool { return r == '-' || r == '_' || r == ' ' }) {
		b.WriteString(strings.ToUpper(part[:1]) + part[1:])
	}
	return b.String()
}

// sentence ends s with a full stop, as SARIF viewers expect of messages.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") {
		return s
	}
	return s + "."
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}
