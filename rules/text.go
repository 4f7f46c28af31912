package rules

import (
	"embed"
	"fmt"

	"gopkg.in/yaml.v3"

	"github.com/seloste/seloste/analyzer"
)

// The rule texts (title, message, what is checked, why, fix) are data, one
// file per language, so that they can be reviewed and extended by people who
// do not read Go.
//
//go:embed text/*.yaml
var textFiles embed.FS

type ruleText struct {
	Title   string `yaml:"title"`
	Message string `yaml:"message"`
	Checks  string `yaml:"checks"`
	Why     string `yaml:"why"`
	Fix     string `yaml:"fix"`
}

type textFile struct {
	Lang  string              `yaml:"lang"`
	Rules map[string]ruleText `yaml:"rules"`
}

// Languages are the languages seloste has lexicons and messages for.
func Languages() []string { return []string{"fi", "sv", "en"} }

// loadDocs reads the embedded rule texts into one RuleDoc per rule id.
func loadDocs() (map[string]analyzer.RuleDoc, error) {
	docs := map[string]analyzer.RuleDoc{}
	for _, lang := range Languages() {
		data, err := textFiles.ReadFile("text/" + lang + ".yaml")
		if err != nil {
			return nil, err
		}
		var f textFile
		if err := yaml.Unmarshal(data, &f); err != nil {
			return nil, fmt.Errorf("rules/text/%s.yaml: %w", lang, err)
		}
		for id, t := range f.Rules {
			d, ok := docs[id]
			if !ok {
				d = analyzer.RuleDoc{Title: analyzer.Text{}, Checks: analyzer.Text{}, Why: analyzer.Text{}, Message: analyzer.Text{}, Fix: analyzer.Text{}}
			}
			d.Title[lang] = t.Title
			d.Message[lang] = t.Message
			d.Checks[lang] = t.Checks
			d.Why[lang] = t.Why
			d.Fix[lang] = t.Fix
			docs[id] = d
		}
	}
	return docs, nil
}
