package config

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/seloste/seloste/analyzer"
)

var ruleIDs = append(analyzer.ElementIDs(), analyzer.ProblemIDs()...)

const good = `# seloste settings for the municipality's notices
rules:
  dpo-contact: warning
  vague-retention: off
  outdated-law: ERROR
controller:
  - path: "kunta/**"
    kind: public
  - {path: "**/yhtiöt/*.pdf", kind: private}
ignore:
  - "drafts/**"
  - "*.bak"
lang: fi
fail-on: warning
`

func TestParse(t *testing.T) {
	c, err := Parse("s.yaml", []byte(good), ruleIDs)
	if err != nil {
		t.Fatal(err)
	}
	wantRules := map[string]analyzer.Severity{"dpo-contact": analyzer.Warning, "vague-retention": 0, "outdated-law": analyzer.Error}
	if len(c.Rules) != len(wantRules) {
		t.Errorf("rules %v, want %v", c.Rules, wantRules)
	}
	for id, sev := range wantRules {
		if got, ok := c.Rules[id]; !ok || got != sev {
			t.Errorf("rule %s = %v, want %v", id, got, sev)
		}
	}
	if len(c.Controller) != 2 || c.Controller[1] != (ControllerGlob{Path: "**/yhtiöt/*.pdf", Kind: "private"}) {
		t.Errorf("controller %+v", c.Controller)
	}
	if strings.Join(c.Ignore, ",") != "drafts/**,*.bak" || c.Lang != "fi" || !c.HasFailOn || c.FailOn != analyzer.Warning {
		t.Errorf("config %+v", c)
	}

	var opt analyzer.Options
	c.Apply(&opt)
	if !opt.Disabled["vague-retention"] || opt.Severity["dpo-contact"] != analyzer.Warning || opt.Severity["outdated-law"] != analyzer.Error || opt.Disabled["dpo-contact"] {
		t.Errorf("applied options %+v", opt)
	}
}

func TestParseEmpty(t *testing.T) {
	for _, in := range []string{"", "# nothing yet\n", "---\n"} {
		c, err := Parse("s.yaml", []byte(in), ruleIDs)
		if err != nil || len(c.Rules) != 0 || c.HasFailOn {
			t.Errorf("%q: %+v, %v", in, c, err)
		}
	}
	c, _ := Parse("s.yaml", []byte("fail-on: none\n"), ruleIDs)
	if !c.HasFailOn || c.FailOn != 0 {
		t.Errorf("fail-on none: %+v", c)
	}
}

func TestParseErrors(t *testing.T) {
	for _, c := range []struct {
		name, in string
		line     int
		msg      string
	}{
		{"unknown key", "lang: fi\nfailon: error\n", 2, `unknown key "failon"`},
		{"bad severity", "rules:\n  retention: warn-ish\n", 2, `rules: retention: "warn-ish" is not one of off, error, warning, info`},
		{"unknown rule", "rules:\n  retention: off\n  retension: off\n", 3, `unknown rule "retension"`},
		{"malformed yaml", "rules:\n  retention: off\n  x: y: z\n", 3, "malformed YAML: mapping values are not allowed"},
		{"tab indent", "rules:\n\tretention: off\n", 2, "malformed YAML"},
		{"bad lang", "\n\nlang: de\n", 3, `lang: "de" is not one of fi, sv, en`},
		{"bad fail-on", "fail-on: [error]\n", 1, `fail-on: "a list" is not one of`},
		{"bad kind", "controller:\n  - path: a/**\n    kind: municipal\n", 3, `controller: kind: "municipal" is not one of public, private`},
		{"kind missing", "controller:\n  - path: a/**\n", 2, "needs both path and kind"},
		{"controller not a list", "controller: public\n", 1, "controller: want a list"},
		{"ignore not a list", "ignore: drafts\n", 1, "ignore: want a list of globs"},
		{"bad glob", "ignore:\n  - ok/*\n  - \"[a-\"\n", 3, "bad glob"},
		{"rules not a mapping", "rules: [retention]\n", 1, "rules: want a mapping"},
		{"duplicate key", "lang: fi\nlang: sv\n", 2, "lang is set twice"},
		{"not a mapping", "- rules\n", 1, "want a mapping of settings"},
	} {
		_, err := Parse("conf/.seloste.yaml", []byte(c.in), ruleIDs)
		var ce *Error
		if !errors.As(err, &ce) {
			t.Errorf("%s: error %v is not a *config.Error", c.name, err)
			continue
		}
		if ce.Line != c.line || !strings.Contains(ce.Msg, c.msg) {
			t.Errorf("%s: got line %d %q, want line %d with %q", c.name, ce.Line, ce.Msg, c.line, c.msg)
		}
		if want := "conf/.seloste.yaml:" + strconv.Itoa(c.line) + ":"; !strings.HasPrefix(err.Error(), want) {
			t.Errorf("%s: %q does not start with %q", c.name, err, want)
		}
	}
}

func TestFindWalksUp(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b", "c")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	if got, err := Find(deep); err != nil || got != "" {
		// A .seloste.yaml above the temp dir would be found; that is
		// the machine's, not an error.
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("found %s above the test directory", got)
	}
	want := filepath.Join(root, "a", FileName)
	os.WriteFile(want, []byte("lang: sv\n"), 0o644)
	os.Mkdir(filepath.Join(root, "a", "b", FileName), 0o755) // a directory is not a config file
	got, err := Find(deep)
	if err != nil || got != want {
		t.Errorf("Find = %q, %v; want %q", got, err, want)
	}
	c, err := Load(got, ruleIDs)
	if err != nil || c.Lang != "sv" || c.Dir != filepath.Join(root, "a") {
		t.Errorf("Load = %+v, %v", c, err)
	}
}

func TestLoadMissing(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "none.yaml"), ruleIDs)
	var ce *Error
	if !errors.As(err, &ce) || !strings.Contains(err.Error(), "none.yaml") {
		t.Errorf("Load of a missing file: %v", err)
	}
}

func TestMatch(t *testing.T) {
	for _, c := range []struct {
		glob, name string
		want       bool
	}{
		{"**", "a/b/c.pdf", true},
		{"kunta/**", "kunta/a.pdf", true},
		{"kunta/**", "kunta/sote/a.pdf", true},
		{"kunta/**", "kuntayhtymä/a.pdf", false},
		{"**/yhtiöt/*.pdf", "yhtiöt/a.pdf", true},
		{"**/yhtiöt/*.pdf", "x/y/yhtiöt/a.pdf", true},
		{"**/yhtiöt/*.pdf", "x/yhtiöt/sub/a.pdf", false},
		{"*.bak", "a/b/notice.bak", true},
		{"*.bak", "a/b.bak/notice.txt", true}, // a directory called *.bak
		{"*.bak", "a/notice.txt", false},
		{"drafts", "drafts/x.pdf", true},
		{"drafts/*", "drafts/x.pdf", true},
		{"drafts/*", "old/drafts/x.pdf", false},
		{"a/**/b.txt", "a/b.txt", true},
		{"a/**/b.txt", "a/x/y/b.txt", true},
		{"https://kunta.fi/**", "https://kunta.fi/tietosuoja/a", true},
		{"https://kunta.fi/**", "https://yhtio.fi/a", false},
	} {
		if got := Match(c.glob, c.name); got != c.want {
			t.Errorf("Match(%q, %q) = %v, want %v", c.glob, c.name, got, c.want)
		}
	}
}

func TestControllerAndIgnoreRelativeToConfigDir(t *testing.T) {
	root := t.TempDir()
	os.MkdirAll(filepath.Join(root, "kunta"), 0o755)
	file := filepath.Join(root, FileName)
	os.WriteFile(file, []byte(good), 0o644)
	c, err := Load(file, ruleIDs)
	if err != nil {
		t.Fatal(err)
	}
	// The CLI runs in a subdirectory and names inputs relative to it.
	t.Chdir(filepath.Join(root, "kunta"))
	if got := c.ControllerFor("seloste.pdf"); got != "public" {
		t.Errorf("kunta/seloste.pdf: controller %q, want public (first match)", got)
	}
	if got := c.ControllerFor("../muut/yhtiöt/a.pdf"); got != "private" {
		t.Errorf("muut/yhtiöt/a.pdf: controller %q, want private", got)
	}
	if got := c.ControllerFor("../muut/a.pdf"); got != "" {
		t.Errorf("muut/a.pdf: controller %q, want none", got)
	}
	if !c.Ignored("../drafts/uusi.pdf") || !c.Ignored("vanha.bak") || c.Ignored("seloste.pdf") {
		t.Error("ignore globs not applied relative to the config file")
	}
	// Anchored globs do not match inside URLs; name-only globs do.
	if c.Ignored("https://kunta.fi/drafts/a") || !c.Ignored("https://kunta.fi/a.bak") {
		t.Error("ignore globs on URLs")
	}
}

func TestNilConfig(t *testing.T) {
	var c *Config
	if c.Ignored("a.txt") || c.ControllerFor("a.txt") != "" {
		t.Error("a nil Config ignores or classifies inputs")
	}
}
