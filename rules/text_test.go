package rules

import (
	"encoding/json"
	"flag"
	"os"
	"reflect"
	"testing"
)

var updateTexts = flag.Bool("update", false, "rewrite rules/text/texts.json from the YAML files")

// TestTextsJSON keeps the JSON copy of the rule texts equal to the YAML
// files it was made from (see text.go); -update rewrites it.
func TestTextsJSON(t *testing.T) {
	raw, hash, err := yamlTexts()
	if err != nil {
		t.Fatal(err)
	}
	fromYAML, err := decodeYAMLTexts(raw)
	if err != nil {
		t.Fatal(err)
	}
	if *updateTexts {
		data, err := json.MarshalIndent(decodedTexts{YAMLHash: hash, Files: fromYAML}, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("text/texts.json", append(data, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	data, err := os.ReadFile("text/texts.json")
	if err != nil {
		t.Fatal(err)
	}
	var copied decodedTexts
	if err := json.Unmarshal(data, &copied); err != nil {
		t.Fatal(err)
	}
	if copied.YAMLHash != hash || !reflect.DeepEqual(copied.Files, fromYAML) {
		t.Fatal("rules/text/texts.json is out of date with the YAML rule texts: run go test ./rules -run TestTextsJSON -update")
	}
}

// Every rule has every text in every language.
func TestRuleTextsComplete(t *testing.T) {
	for _, r := range All() {
		d := r.Doc()
		for _, lang := range Languages() {
			for field, text := range map[string]string{"title": d.Title[lang], "message": d.Message[lang], "checks": d.Checks[lang], "why": d.Why[lang], "fix": d.Fix[lang]} {
				if text == "" {
					t.Errorf("%s: no %s in %s", r.ID(), field, lang)
				}
			}
		}
	}
}
