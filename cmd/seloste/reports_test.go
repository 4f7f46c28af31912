package main

import (
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestPairOutputs(t *testing.T) {
	for _, c := range []struct {
		formats, files []string
		want           string // format>file, ... ("-" = stdout); "" = error
	}{
		{nil, nil, "text>-"},
		{nil, []string{"r.txt"}, "text>r.txt"},
		{[]string{"json"}, nil, "json>-"},
		{[]string{"sarif", "text"}, []string{"a.sarif"}, "sarif>a.sarif text>-"},
		{[]string{"sarif", "junit"}, []string{"a.sarif", "a.xml"}, "sarif>a.sarif junit>a.xml"},
		{[]string{"sarif", "junit", "markdown"}, []string{"a.sarif", "a.xml"}, "sarif>a.sarif junit>a.xml markdown>-"},
		{[]string{"sarif", "text"}, nil, ""},                    // two to stdout
		{[]string{"sarif"}, []string{"a", "b"}, ""},             // more outputs than formats
		{[]string{"json", "csv"}, []string{"same", "same"}, ""}, // one file twice
		{[]string{"yaml"}, nil, ""},                             // unknown format
		{[]string{"json", "text"}, []string{"-"}, ""},           // "-" is not a file
	} {
		outs, err := pairOutputs(c.formats, c.files)
		var got []string
		for _, o := range outs {
			f := o.file
			if f == "" {
				f = "-"
			}
			got = append(got, o.format+">"+f)
		}
		if (err != nil) != (c.want == "") || strings.Join(got, " ") != c.want {
			t.Errorf("pairOutputs(%q, %q) = %q, %v; want %q", c.formats, c.files, got, err, c.want)
		}
	}
}

// Several reports in one run: each file gets its format, stdout the last.
func TestSeveralReports(t *testing.T) {
	dir := t.TempDir()
	sarif, junit, html := filepath.Join(dir, "a.sarif"), filepath.Join(dir, "a.xml"), filepath.Join(dir, "a.html")
	r := lint(t, nil, "lint", "testdata/outdated.txt",
		"--format", "sarif", "--output", sarif, "--format", "junit", "-o", junit, "-f", "html", "-o", html, "--format", "csv")
	if r.code != exitFindings {
		t.Fatalf("exit %d, want 1\n%s", r.code, r.stderr)
	}
	var log struct {
		Version string `json:"version"`
		Runs    []struct {
			Results []struct {
				RuleID string `json:"ruleId"`
			} `json:"results"`
		} `json:"runs"`
	}
	data, _ := os.ReadFile(sarif)
	if err := json.Unmarshal(data, &log); err != nil || log.Version != "2.1.0" || len(log.Runs[0].Results) != 1 || log.Runs[0].Results[0].RuleID != "outdated-law" {
		t.Errorf("SARIF file: %v %+v", err, log)
	}
	data, _ = os.ReadFile(junit)
	var suites struct {
		Failures int `xml:"failures,attr"`
	}
	if err := xml.Unmarshal(data, &suites); err != nil || suites.Failures != 1 {
		t.Errorf("JUnit file: %v, %d failures", err, suites.Failures)
	}
	data, _ = os.ReadFile(html)
	if !strings.HasPrefix(string(data), "<!DOCTYPE html>") || !strings.Contains(string(data), "testdata/outdated.txt") {
		t.Errorf("HTML file: %.100s", data)
	}
	rows, err := csv.NewReader(strings.NewReader(r.stdout)).ReadAll()
	if err != nil || len(rows) != 2 || rows[1][1] != "outdated-law" || rows[1][4] != "5" {
		t.Errorf("stdout is not the CSV report: %v %q", err, rows)
	}
}

func TestEveryFormatToFile(t *testing.T) {
	for _, f := range []string{"text", "json", "sarif", "junit", "csv", "markdown", "html"} {
		out := filepath.Join(t.TempDir(), "report")
		r := lint(t, nil, "lint", "--format", f, "--output", out, "testdata/outdated.txt", "testdata/missing.txt")
		data, err := os.ReadFile(out)
		if r.code != exitUnreadable || err != nil || r.stdout != "" {
			t.Errorf("%s: exit %d, file %v, stdout %q", f, r.code, err, r.stdout)
			continue
		}
		// Every format names the unreadable input.
		if !strings.Contains(string(data), "testdata/missing.txt") {
			t.Errorf("%s report does not mention the unreadable input", f)
		}
	}
}

func TestBadOutputPairs(t *testing.T) {
	r := lint(t, nil, "lint", "--format", "sarif", "--format", "text", "testdata/clean.txt")
	if r.code != exitUsage || !strings.Contains(r.stderr, "standard output") {
		t.Errorf("two formats to stdout: exit %d, %q", r.code, r.stderr)
	}
}

// jsonDocs runs lint with --format json and returns each document's path,
// controller and finding rule ids.
func jsonDocs(t *testing.T, r testRun) []string {
	t.Helper()
	var rep struct {
		Documents []struct {
			Path, Controller string
			Findings         []struct{ Rule, Severity string }
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatalf("not JSON (%v): %s\n%s", err, r.stdout, r.stderr)
	}
	var out []string
	for _, d := range rep.Documents {
		s := filepath.Base(d.Path) + "/" + d.Controller + ":"
		for _, f := range d.Findings {
			s += " " + f.Rule + "=" + f.Severity
		}
		out = append(out, s)
	}
	return out
}

func abs(t *testing.T, p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestConfigFile(t *testing.T) {
	outdated, vague, folder := abs(t, "testdata/outdated.txt"), abs(t, "testdata/vague.txt"), abs(t, "testdata/folder")
	dir := t.TempDir()
	conf := filepath.Join(dir, "conf.yaml")
	write := func(s string) {
		if err := os.WriteFile(conf, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	write("rules:\n  outdated-law: off\n  vague-retention: error\ncontroller:\n  - {path: \"**/vague.txt\", kind: public}\n  - {path: \"**\", kind: private}\n")
	r := lint(t, nil, "lint", "--config", conf, "--format", "json", outdated, vague)
	if got := strings.Join(jsonDocs(t, r), " | "); got != "outdated.txt/private: | vague.txt/public: vague-retention=error" || r.code != exitFindings {
		t.Errorf("rules and controller from the file: exit %d, %s", r.code, got)
	}
	// --controller on the command line wins over the file.
	r = lint(t, nil, "lint", "--config", conf, "--format", "json", "--controller", "private", vague)
	if got := strings.Join(jsonDocs(t, r), " | "); got != "vague.txt/private: vague-retention=error" {
		t.Errorf("--controller over the file: %s", got)
	}

	write("fail-on: warning\nlang: fi\n")
	if r := lint(t, nil, "lint", "--config", conf, vague); r.code != exitFindings {
		t.Errorf("fail-on warning from the file: exit %d", r.code)
	}
	if r := lint(t, nil, "lint", "--config", conf, "--fail-on", "error", vague); r.code != exitOK {
		t.Errorf("--fail-on over the file: exit %d", r.code)
	}
	r = lint(t, nil, "lint", "--config", conf, "--format", "sarif", vague)
	if !strings.Contains(r.stdout, "Otsikko vague-retention") {
		t.Errorf("lang fi from the file not used in the SARIF descriptors")
	}
	r = lint(t, map[string]string{"SELOSTE_LANG": "en"}, "lint", "--config", conf, "--format", "sarif", vague)
	if strings.Contains(r.stdout, "Otsikko") {
		t.Errorf("$SELOSTE_LANG does not win over the file")
	}

	write("ignore: [b.txt]\n")
	r = lint(t, nil, "lint", "--config", conf, "--format", "json", folder)
	if got := strings.Join(jsonDocs(t, r), " | "); strings.Contains(got, "b.txt") || !strings.Contains(got, "a.txt") {
		t.Errorf("ignore: %s", got)
	}
	// A file named on the command line is linted even when ignored.
	r = lint(t, nil, "lint", "--config", conf, "--format", "json", filepath.Join(folder, "b.txt"))
	if got := jsonDocs(t, r); len(got) != 1 {
		t.Errorf("explicit input ignored: %q", got)
	}
}

func TestConfigFileErrors(t *testing.T) {
	dir := t.TempDir()
	for name, c := range map[string]struct{ yaml, want string }{
		"unknown key":  {"lang: fi\nfial-on: error\n", `conf.yaml:2:1: unknown key "fial-on"`},
		"unknown rule": {"rules:\n  vague-retention: off\n  retention: off\n", `conf.yaml:3:3: unknown rule "retention"`},
		"bad severity": {"rules:\n  outdated-law: fatal\n", `conf.yaml:2:17: rules: outdated-law: "fatal" is not one of`},
		"malformed":    {"rules:\n  a: b: c\n", "conf.yaml:2: malformed YAML"},
	} {
		conf := filepath.Join(dir, "conf.yaml")
		os.WriteFile(conf, []byte(c.yaml), 0o644)
		r := lint(t, nil, "lint", "--config", conf, "testdata/clean.txt")
		if r.code != exitUsage || !strings.Contains(r.stderr, c.want) {
			t.Errorf("%s: exit %d, stderr %q; want 2 and %q", name, r.code, r.stderr, c.want)
		}
	}
	if r := lint(t, nil, "lint", "--config", filepath.Join(dir, "none.yaml"), "testdata/clean.txt"); r.code != exitUsage || !strings.Contains(r.stderr, "none.yaml") {
		t.Errorf("missing --config: exit %d, %q", r.code, r.stderr)
	}
}

// Without --config, .seloste.yaml is found in the working directory or
// above it.
func TestConfigFileFound(t *testing.T) {
	outdated := abs(t, "testdata/outdated.txt")
	root := t.TempDir()
	os.WriteFile(filepath.Join(root, ".seloste.yaml"), []byte("rules:\n  outdated-law: off\n"), 0o644)
	sub := filepath.Join(root, "a", "b")
	os.MkdirAll(sub, 0o755)
	t.Chdir(sub)
	if r := lint(t, nil, "lint", outdated); r.code != exitOK {
		t.Errorf("config above the working directory not used: exit %d\n%s", r.code, r.stdout)
	}
	os.WriteFile(filepath.Join(root, "a", ".seloste.yaml"), []byte("rules: {nope: off}\n"), 0o644)
	if r := lint(t, nil, "lint", outdated); r.code != exitUsage || !strings.Contains(r.stderr, filepath.Join("a", ".seloste.yaml")+":1:") {
		t.Errorf("the nearest config is not the one read: exit %d %q", r.code, r.stderr)
	}
}

func TestBaseline(t *testing.T) {
	dir := t.TempDir()
	notice := filepath.Join(dir, "notice.txt")
	base := filepath.Join(dir, "baseline.json")
	os.WriteFile(notice, []byte("Tietosuojaseloste\n\nTietoja käsitellään henkilötietolain (523/1999) mukaisesti.\n"), 0o644)

	r := lint(t, nil, "lint", "--write-baseline", base, notice)
	if r.code != exitFindings {
		t.Errorf("--write-baseline reports as usual: exit %d", r.code)
	}
	data, err := os.ReadFile(base)
	if err != nil || !strings.Contains(string(data), `"rule": "outdated-law"`) {
		t.Fatalf("baseline file: %v\n%s", err, data)
	}
	r = lint(t, nil, "lint", "--baseline", base, "--format", "json", notice)
	if got := strings.Join(jsonDocs(t, r), " | "); r.code != exitOK || got != "notice.txt/private:" || !strings.Contains(r.stderr, "1 known findings") {
		t.Errorf("with its own baseline: exit %d, %s, %q", r.code, got, r.stderr)
	}

	// Lines inserted above the old finding and a new finding below.
	os.WriteFile(notice, []byte("Päivitetty 2025.\n\nUusi kappale.\n\nTietosuojaseloste\n\nTietoja käsitellään henkilötietolain (523/1999) mukaisesti.\nSäilytämme tietoja as long as necessary.\n"), 0o644)
	r = lint(t, nil, "lint", "--baseline", base, "--format", "json", "--fail-on", "warning", notice)
	if got := strings.Join(jsonDocs(t, r), " | "); r.code != exitFindings || got != "notice.txt/private: vague-retention=warning" {
		t.Errorf("after an edit: exit %d, %s; want only the new finding", r.code, got)
	}

	if r := lint(t, nil, "lint", "--baseline", filepath.Join(dir, "none.json"), notice); r.code != exitUsage {
		t.Errorf("missing baseline: exit %d", r.code)
	}
	os.WriteFile(base, []byte("[]"), 0o644)
	if r := lint(t, nil, "lint", "--baseline", base, notice); r.code != exitUsage || !strings.Contains(r.stderr, "baseline.json") {
		t.Errorf("bad baseline: exit %d %q", r.code, r.stderr)
	}
}

func TestProgress(t *testing.T) {
	dir := t.TempDir()
	for i := range 25 {
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("n%02d.txt", i)), []byte("Rekisterinpitäjä: Esimerkki Oy.\n"), 0o644)
	}
	run := func(terminal bool, args ...string) testRun {
		e := testEnv(nil)
		e.isTerminal = func(w io.Writer) bool { return terminal && w == e.stderr }
		return runWith(t, e, args...)
	}
	r := run(true, "lint", dir)
	if !strings.HasPrefix(r.stderr, "\rlinting 1/25 …") || !strings.Contains(r.stderr, "\rlinting 25/25 …") {
		t.Errorf("no progress on a terminal: %q", r.stderr)
	}
	if want := "\r" + strings.Repeat(" ", len([]rune("linting 25/25 …"))) + "\r"; !strings.HasSuffix(r.stderr, want) {
		t.Errorf("progress line not cleared: %q", r.stderr)
	}
	if r := run(false, "lint", dir); strings.Contains(r.stderr, "linting") {
		t.Errorf("progress when stderr is not a terminal: %q", r.stderr)
	}
	if r := run(true, "lint", filepath.Join(dir, "n01.txt"), filepath.Join(dir, "n02.txt")); strings.Contains(r.stderr, "linting") {
		t.Errorf("progress for two inputs: %q", r.stderr)
	}
}
