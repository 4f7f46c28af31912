package rules

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"fmt"

	"gopkg.in/yaml.v3"

	"github.com/seloste/seloste/analyzer"
)

// The rule texts (title, message, what is checked, why, fix) are data, one
// file per language, so that they can be reviewed and extended by people who
// do not read Go.
//
// Decoding 128 KB of YAML is most of a one-notice run's start-up, so a JSON
// copy of the decoded files (text/texts.json, written by `go test ./rules
// -run TestTextsJSON -update`) is read instead while it matches the YAML:
// it records the YAML's hash, and an edited YAML file is decoded as before
// until the copy is regenerated.
//
//go:embed text/*.yaml text/texts.json
var textFiles embed.FS

type ruleText struct {
	Title   string `yaml:"title" json:"title"`
	Message string `yaml:"message" json:"message"`
	Checks  string `yaml:"checks" json:"checks"`
	Why     string `yaml:"why" json:"why"`
	Fix     string `yaml:"fix" json:"fix"`
}

type textFile struct {
	Lang  string              `yaml:"lang" json:"lang"`
	Rules map[string]ruleText `yaml:"rules" json:"rules"`
}

// decodedTexts is the JSON copy of the YAML files.
type decodedTexts struct {
	YAMLHash string     `json:"yaml_sha256"`
	Files    []textFile `json:"files"`
}

// Languages are the languages seloste has lexicons and messages for.
func Languages() []string { return []string{"fi", "sv", "en"} }

// yamlTexts returns the raw YAML files in Languages() order and their hash.
func yamlTexts() ([][]byte, string, error) {
	h := sha256.New()
	var raw [][]byte
	for _, lang := range Languages() {
		data, err := textFiles.ReadFile("text/" + lang + ".yaml")
		if err != nil {
			return nil, "", err
		}
		h.Write(data)
		raw = append(raw, data)
	}
	return raw, hex.EncodeToString(h.Sum(nil)), nil
}

// decodeTexts decodes the rule texts, from the JSON copy when it is current.
func decodeTexts() ([]textFile, error) {
	raw, hash, err := yamlTexts()
	if err != nil {
		return nil, err
	}
	if data, err := textFiles.ReadFile("text/texts.json"); err == nil {
		var d decodedTexts
		if json.Unmarshal(data, &d) == nil && d.YAMLHash == hash && len(d.Files) == len(raw) {
			return d.Files, nil
		}
	}
	return decodeYAMLTexts(raw)
}

func decodeYAMLTexts(raw [][]byte) ([]textFile, error) {
	files := make([]textFile, len(raw))
	for i, data := range raw {
		if err := yaml.Unmarshal(data, &files[i]); err != nil {
			return nil, fmt.Errorf("rules/text/%s.yaml: %w", Languages()[i], err)
		}
	}
	return files, nil
}

// loadDocs reads the embedded rule texts into one RuleDoc per rule id.
func loadDocs() (map[string]analyzer.RuleDoc, error) {
	files, err := decodeTexts()
	if err != nil {
		return nil, err
	}
	docs := map[string]analyzer.RuleDoc{}
	for i, lang := range Languages() {
		for id, t := range files[i].Rules {
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
