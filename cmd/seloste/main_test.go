package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/seloste/seloste/analyzer"
	"github.com/seloste/seloste/analyzer/report"
	"github.com/seloste/seloste/rules"
)

// fakeRule reports a finding where its needle occurs in the notice, so that
// the CLI's exit codes can be tested whatever the real rules find.
type fakeRule struct {
	id, needle string
	sev        analyzer.Severity
}

func (r fakeRule) ID() string                  { return r.id }
func (r fakeRule) Article() string             { return "GDPR 13(1)(c)" }
func (r fakeRule) Severity() analyzer.Severity { return r.sev }
func (r fakeRule) Doc() analyzer.RuleDoc {
	return analyzer.RuleDoc{
		Title:  analyzer.Text{"en": "Title " + r.id, "fi": "Otsikko " + r.id},
		Checks: analyzer.Text{"en": "Checks " + r.needle, "fi": "Tarkistaa " + r.needle},
		Why:    analyzer.Text{"en": "Because.", "fi": "Koska."},
		Fix:    analyzer.Text{"en": "Fixed text.", "fi": "Korjattu teksti."},
	}
}

func (r fakeRule) Check(p *analyzer.Pass) []analyzer.Finding {
	i := strings.Index(p.Doc.Text, r.needle)
	if i < 0 {
		return nil
	}
	return []analyzer.Finding{{
		Message: "found " + r.needle, Span: analyzer.Span{Start: i, End: i + len(r.needle)},
		Quote: r.needle, Suggestion: "fix " + r.needle,
	}}
}

// fakeElement is an element rule: present where its needle occurs.
type fakeElement struct{ fakeRule }

func (r fakeElement) Detect(p *analyzer.Pass) analyzer.Element {
	i := strings.Index(p.Doc.Text, r.needle)
	if i < 0 {
		return analyzer.Element{Applicable: true}
	}
	return analyzer.Element{Present: true, Applicable: true, Span: analyzer.Span{Start: i, End: i + len(r.needle)}, Quote: r.needle}
}

func (r fakeElement) Check(p *analyzer.Pass) []analyzer.Finding { return nil }

func fakeEngine() (*analyzer.Engine, error) {
	return analyzer.NewEngine([]analyzer.Rule{
		fakeElement{fakeRule{id: "controller-identity", needle: "Rekisterinpitäjä", sev: analyzer.Error}},
		fakeRule{id: "outdated-law", needle: "henkilötietolain", sev: analyzer.Error},
		fakeRule{id: "vague-retention", needle: "as long as necessary", sev: analyzer.Warning},
	}, nil), nil
}

type testRun struct {
	code           int
	stdout, stderr string
}

// lint runs the command in-process with the fake engine and no environment.
func lint(t *testing.T, vars map[string]string, args ...string) testRun {
	t.Helper()
	return runWith(t, testEnv(vars), args...)
}

func testEnv(vars map[string]string) *env {
	e := systemEnv()
	e.stdin = strings.NewReader("")
	e.getenv = func(k string) string { return vars[k] }
	e.isTerminal = func(io.Writer) bool { return false }
	e.newEngine = fakeEngine
	return e
}

func runWith(t *testing.T, e *env, args ...string) testRun {
	t.Helper()
	var stdout, stderr bytes.Buffer
	e.stdout, e.stderr = &stdout, &stderr
	code := run(context.Background(), append([]string{"seloste"}, args...), e)
	return testRun{code, stdout.String(), stderr.String()}
}

func TestExitCodes(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"clean", []string{"lint", "testdata/clean.txt"}, exitOK},
		{"error finding", []string{"lint", "testdata/outdated.txt"}, exitFindings},
		{"warning below fail-on", []string{"lint", "testdata/vague.txt"}, exitOK},
		{"warning at fail-on", []string{"lint", "--fail-on", "warning", "testdata/vague.txt"}, exitFindings},
		{"fail-on info", []string{"lint", "testdata/vague.txt", "--fail-on=info"}, exitFindings},
		{"fail-on none", []string{"lint", "--fail-on", "none", "testdata/outdated.txt"}, exitOK},
		{"folder", []string{"lint", "testdata/folder", "--fail-on", "warning"}, exitFindings},
		{"no arguments", []string{"lint"}, exitUsage},
		{"unknown flag", []string{"lint", "--bogus", "testdata/clean.txt"}, exitUsage},
		{"unknown flag after path", []string{"lint", "testdata/clean.txt", "--bogus"}, exitUsage},
		{"bad format", []string{"lint", "--format", "xml", "testdata/clean.txt"}, exitUsage},
		{"bad fail-on", []string{"lint", "--fail-on", "fatal", "testdata/clean.txt"}, exitUsage},
		{"bad lang", []string{"lint", "--lang", "de", "testdata/clean.txt"}, exitUsage},
		{"bad notice-lang", []string{"lint", "--notice-lang", "de", "testdata/clean.txt"}, exitUsage},
		{"bad controller", []string{"lint", "--controller", "state", "testdata/clean.txt"}, exitUsage},
		{"bad pdf-engine", []string{"lint", "--pdf-engine", "ocr", "testdata/clean.txt"}, exitUsage},
		{"bad timeout", []string{"lint", "--timeout", "-1s", "testdata/clean.txt"}, exitUsage},
		{"bad max-bytes", []string{"lint", "--max-bytes", "lots", "testdata/clean.txt"}, exitUsage},
		{"missing file", []string{"lint", "testdata/missing.txt"}, exitUnreadable},
		{"unreadable wins over findings", []string{"lint", "testdata/outdated.txt", "testdata/missing.txt"}, exitUnreadable},
		{"unknown command", []string{"frobnicate"}, exitUsage},
		{"explain unknown rule", []string{"explain", "no-such-rule"}, exitUsage},
		{"explain without rule", []string{"explain"}, exitUsage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := lint(t, nil, tt.args...)
			if r.code != tt.want {
				t.Errorf("seloste %s: exit %d, want %d\nstdout:\n%s\nstderr:\n%s", strings.Join(tt.args, " "), r.code, tt.want, r.stdout, r.stderr)
			}
		})
	}
}

func TestUsageErrorMessage(t *testing.T) {
	for _, args := range [][]string{
		{"lint"},
		{"lint", "--format", "xml", "testdata/clean.txt"},
		{"lint", "testdata/clean.txt", "--bogus"},
	} {
		r := lint(t, nil, args...)
		lines := strings.Split(strings.TrimSpace(r.stderr), "\n")
		if len(lines) != 2 || !strings.HasPrefix(lines[0], "seloste: ") || !strings.Contains(lines[1], "--help") {
			t.Errorf("seloste %s: stderr\n%s\nwant a reason and a hint to --help", strings.Join(args, " "), r.stderr)
		}
		if r.stdout != "" {
			t.Errorf("seloste %s: stdout %q, want nothing", strings.Join(args, " "), r.stdout)
		}
	}
}

// decode parses a JSON report into the contract's structs and checks what
// every document must have.
func decode(t *testing.T, out string) report.JSONReport {
	t.Helper()
	var rep report.JSONReport
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&rep); err != nil {
		t.Fatalf("invalid JSON report: %v\n%s", err, out)
	}
	if rep.Tool.Name != "seloste" || rep.Tool.Version == "" {
		t.Errorf("tool = %+v", rep.Tool)
	}
	for _, d := range rep.Documents {
		if d.Error != "" {
			if len(d.Elements) != 0 || len(d.Findings) != 0 {
				t.Errorf("%s: unreadable, yet elements or findings", d.Path)
			}
			continue
		}
		var ids []string
		for _, el := range d.Elements {
			ids = append(ids, el.ID)
		}
		if !slices.Equal(ids, analyzer.ElementIDs()) {
			t.Errorf("%s: elements %v, want the 21 ids in order", d.Path, ids)
		}
	}
	return rep
}

func TestFlagsAfterPaths(t *testing.T) {
	r := lint(t, nil, "lint", "testdata/outdated.txt", "--format", "json")
	if r.code != exitFindings {
		t.Fatalf("exit %d, stderr %s", r.code, r.stderr)
	}
	rep := decode(t, r.stdout)
	if len(rep.Documents) != 1 || len(rep.Documents[0].Findings) != 1 {
		t.Fatalf("documents = %+v", rep.Documents)
	}
	f := rep.Documents[0].Findings[0]
	if f.Rule != "outdated-law" || f.Severity != "error" || f.Line != 5 || f.Column != 21 || f.Quote != "henkilötietolain" {
		t.Errorf("finding = %+v", f)
	}
	el := rep.Documents[0].Elements[0]
	if !el.Present || el.Line != 3 || el.Quote != "Rekisterinpitäjä" {
		t.Errorf("controller-identity = %+v", el)
	}
}

// TestJSONWithRealRules runs the registry as it is today: whatever the
// rules find, the report keeps the contract.
func TestJSONWithRealRules(t *testing.T) {
	e := testEnv(nil)
	e.newEngine = rules.NewEngine
	r := runWith(t, e, "lint", "--format", "json", "--fail-on", "none", "testdata/clean.txt", "testdata/vague.txt")
	if r.code != exitOK {
		t.Fatalf("exit %d, stderr %s", r.code, r.stderr)
	}
	rep := decode(t, r.stdout)
	if len(rep.Documents) != 2 {
		t.Fatalf("%d documents, want 2", len(rep.Documents))
	}
	if d := rep.Documents[1]; d.Language != "en" || d.Format != "text" {
		t.Errorf("vague.txt: language %q format %q", d.Language, d.Format)
	}
}

func TestMixedInputs(t *testing.T) {
	r := lint(t, nil, "lint", "testdata/missing.txt", "testdata/outdated.txt")
	if r.code != exitUnreadable {
		t.Errorf("exit %d, want %d", r.code, exitUnreadable)
	}
	missing := strings.Index(r.stdout, "testdata/missing.txt: error: ")
	finding := strings.Index(r.stdout, "testdata/outdated.txt:5:21: error: found henkilötietolain [outdated-law]")
	if missing < 0 || finding < 0 || missing > finding {
		t.Errorf("want the missing file, then the finding, in order:\n%s", r.stdout)
	}

	r = lint(t, nil, "lint", "--format", "json", "testdata/missing.txt", "testdata/outdated.txt")
	rep := decode(t, r.stdout)
	if len(rep.Documents) != 2 {
		t.Fatalf("%d documents, want 2", len(rep.Documents))
	}
	if d := rep.Documents[0]; d.Path != "testdata/missing.txt" || d.Error == "" {
		t.Errorf("first document = %+v, want the missing file with an error", d)
	}
	if d := rep.Documents[1]; d.Error != "" || len(d.Findings) != 1 {
		t.Errorf("second document = %+v, want linted", d)
	}
}

func TestStdin(t *testing.T) {
	e := testEnv(nil)
	e.stdin = strings.NewReader("Notice\n\nWe keep data as long as necessary.\n")
	r := runWith(t, e, "lint", "-", "--fail-on", "warning", "--quiet")
	if r.code != exitFindings {
		t.Errorf("exit %d, stderr %s", r.code, r.stderr)
	}
	if want := "-:3:14: warning: found as long as necessary [vague-retention]\n    > \"as long as necessary\"\n"; r.stdout != want {
		t.Errorf("stdout\n%q\nwant\n%q", r.stdout, want)
	}
}

func TestColor(t *testing.T) {
	const esc = "\x1b["
	terminal := func(vars map[string]string, args ...string) testRun {
		e := testEnv(vars)
		e.isTerminal = func(io.Writer) bool { return true }
		return runWith(t, e, args...)
	}
	if r := terminal(nil, "lint", "testdata/outdated.txt"); !strings.Contains(r.stdout, esc) {
		t.Errorf("no colour on a terminal:\n%s", r.stdout)
	}
	if r := terminal(map[string]string{"NO_COLOR": "1"}, "lint", "testdata/outdated.txt"); strings.Contains(r.stdout, esc) {
		t.Errorf("colour despite NO_COLOR:\n%s", r.stdout)
	}
	if r := terminal(nil, "lint", "testdata/outdated.txt", "--no-color"); strings.Contains(r.stdout, esc) {
		t.Errorf("colour despite --no-color:\n%s", r.stdout)
	}
	if r := lint(t, nil, "lint", "testdata/outdated.txt"); strings.Contains(r.stdout, esc) {
		t.Errorf("colour when stdout is not a terminal:\n%s", r.stdout)
	}
	out := filepath.Join(t.TempDir(), "report.txt")
	terminal(nil, "lint", "testdata/outdated.txt", "--output", out)
	if data, _ := os.ReadFile(out); strings.Contains(string(data), esc) {
		t.Errorf("colour in --output file:\n%s", data)
	}
}

func TestOutput(t *testing.T) {
	out := filepath.Join(t.TempDir(), "report.json")
	r := lint(t, nil, "lint", "testdata/clean.txt", "-o", out, "--format", "json")
	if r.code != exitOK || r.stdout != "" {
		t.Errorf("exit %d, stdout %q; want 0 and nothing", r.code, r.stdout)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if rep := decode(t, string(data)); len(rep.Documents) != 1 {
		t.Errorf("%d documents in %s", len(rep.Documents), out)
	}

	dir := t.TempDir()
	notice := filepath.Join(dir, "notice.txt")
	if err := os.WriteFile(notice, []byte("Notice\n\nText.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for name, output := range map[string]string{
		"missing folder": filepath.Join(dir, "no", "such", "file"),
		"a folder":       dir,
		"an input":       notice,
	} {
		r = lint(t, nil, "lint", notice, "--output", output)
		if r.code != exitUsage || !strings.Contains(r.stderr, "--output") {
			t.Errorf("--output %s: exit %d, stderr %q", name, r.code, r.stderr)
		}
	}
	if data, _ := os.ReadFile(notice); string(data) != "Notice\n\nText.\n" {
		t.Errorf("input overwritten: %q", data)
	}

	// A report written into the folder being linted is not read as a notice.
	out = filepath.Join(dir, "report.txt")
	if r = lint(t, nil, "lint", dir, "--output", out); r.code != exitOK {
		t.Errorf("report into the linted folder: exit %d, stderr %q", r.code, r.stderr)
	}
	if data, _ := os.ReadFile(out); !strings.Contains(string(data), "1 notice:") {
		t.Errorf("report:\n%s", data)
	}
}

func TestTextReport(t *testing.T) {
	r := lint(t, nil, "lint", "testdata/folder", "testdata/outdated.txt", "--checklist")
	for _, want := range []string{
		"testdata/folder/a.txt  (text, fi, private)\n",
		"testdata/folder/b.txt:5:19: warning: found as long as necessary [vague-retention]\n",
		"    fix: fix as long as necessary\n",
		"    ✔ controller-identity  line 3: \"Rekisterinpitäjä\"\n",
		"    ✗ controller-contact\n",
		"  1 error, 0 warnings, 0 info; 1/21 elements present\n",
		"3 notices: 1 error, 1 warning, 0 info\n",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, r.stdout)
		}
	}
}

func TestMessageLanguage(t *testing.T) {
	tests := []struct {
		vars map[string]string
		args []string
		want string
	}{
		{nil, nil, "1 notice: 1 error"},
		{map[string]string{"LANG": "fi_FI.UTF-8"}, nil, "1 seloste: 1 virhe"},
		{map[string]string{"LANG": "fi_FI.UTF-8", "LC_ALL": "C"}, nil, "1 notice: 1 error"},
		{map[string]string{"LC_MESSAGES": "sv_FI.UTF-8", "LANG": "fi_FI.UTF-8"}, nil, "1 beskrivning: 1 fel"},
		{map[string]string{"SELOSTE_LANG": "sv", "LANG": "fi_FI.UTF-8"}, nil, "1 beskrivning: 1 fel"},
		{map[string]string{"SELOSTE_LANG": "sv"}, []string{"--lang", "fi"}, "1 seloste: 1 virhe"},
	}
	for _, tt := range tests {
		args := append([]string{"lint", "testdata/outdated.txt"}, tt.args...)
		r := lint(t, tt.vars, args...)
		if !strings.Contains(r.stdout, tt.want) {
			t.Errorf("env %v args %v: output lacks %q:\n%s", tt.vars, tt.args, tt.want, r.stdout)
		}
	}
	if r := lint(t, map[string]string{"SELOSTE_LANG": "de"}, "lint", "testdata/clean.txt"); r.code != exitUsage {
		t.Errorf("SELOSTE_LANG=de: exit %d, want %d", r.code, exitUsage)
	}
}

func TestVersion(t *testing.T) {
	for _, args := range [][]string{{"version"}, {"--version"}, {"-v"}} {
		r := lint(t, nil, args...)
		if r.code != exitOK || r.stdout != "seloste "+versionString()+"\n" {
			t.Errorf("seloste %v: exit %d, stdout %q", args, r.code, r.stdout)
		}
	}
}

func TestHelp(t *testing.T) {
	r := lint(t, nil, "lint", "--help")
	if r.code != exitOK {
		t.Errorf("exit %d", r.code)
	}
	for _, want := range []string{"Examples:", "seloste lint corpus/", "--fail-on", "--format", "text, json", "Exit codes"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("lint --help lacks %q", want)
		}
	}
	if r := lint(t, nil); r.code != exitOK || !strings.Contains(r.stdout, "seloste lint") {
		t.Errorf("seloste without arguments: exit %d\n%s", r.code, r.stdout)
	}
}

func TestRulesAndExplain(t *testing.T) {
	r := lint(t, nil, "rules", "--lang", "fi")
	if r.code != exitOK || !strings.Contains(r.stdout, "outdated-law") || !strings.Contains(r.stdout, "Otsikko outdated-law") {
		t.Errorf("rules: exit %d\n%s", r.code, r.stdout)
	}

	r = lint(t, nil, "explain", "outdated-law")
	for _, want := range []string{"GDPR 13(1)(c)", "Suomeksi", "Tarkistaa henkilötietolain", "In English", "Checks henkilötietolain", "Fixed text."} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("explain lacks %q:\n%s", want, r.stdout)
		}
	}
	r = lint(t, nil, "explain", "--lang", "en", "outdated-law")
	if strings.Contains(r.stdout, "Suomeksi") || !strings.Contains(r.stdout, "In English") {
		t.Errorf("explain --lang en:\n%s", r.stdout)
	}

	r = lint(t, nil, "explain", "no-such-rule")
	if !strings.Contains(r.stderr, "controller-identity, outdated-law, vague-retention") {
		t.Errorf("unknown rule: stderr lacks the list of ids:\n%s", r.stderr)
	}
}

func TestParseSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"1048576", 1 << 20, true},
		{"512KiB", 512 << 10, true},
		{"64MiB", 64 << 20, true},
		{"64 MB", 64 << 20, true},
		{"1G", 1 << 30, true},
		{"100B", 100, true},
		{"0", 0, false},
		{"-5", 0, false},
		{"lots", 0, false},
		{"1.5MiB", 0, false},
		{"99999999999GiB", 0, false},
	}
	for _, tt := range tests {
		got, err := parseSize(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("parseSize(%q) = %d, %v; want %d, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func TestExitCode(t *testing.T) {
	warn := analyzer.Result{Findings: []analyzer.Finding{{Severity: analyzer.Warning}}}
	bad := analyzer.Result{Err: os.ErrNotExist}
	tests := []struct {
		results []analyzer.Result
		failOn  analyzer.Severity
		want    int
	}{
		{nil, analyzer.Error, exitOK},
		{[]analyzer.Result{warn}, analyzer.Error, exitOK},
		{[]analyzer.Result{warn}, analyzer.Warning, exitFindings},
		{[]analyzer.Result{warn}, analyzer.Info, exitFindings},
		{[]analyzer.Result{warn}, 0, exitOK},
		{[]analyzer.Result{warn, bad}, analyzer.Warning, exitUnreadable},
	}
	for i, tt := range tests {
		if got := exitCode(tt.results, tt.failOn); got != tt.want {
			t.Errorf("%d: exitCode = %d, want %d", i, got, tt.want)
		}
	}
}

func TestDisplayName(t *testing.T) {
	for in, want := range map[string]string{
		"notices/a.txt":                        "notices/a.txt",
		"-":                                    "-",
		"https://example.fi/tietosuoja":        "https://example.fi/tietosuoja",
		"https://user:secret@example.fi/a?b=c": "https://example.fi/a?b=c",
		"http://user@example.fi/":              "http://example.fi/",
		"dir/user:pass@host":                   "dir/user:pass@host",
	} {
		if got := displayName(in); got != want {
			t.Errorf("displayName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPanicIsAnInputError: a rule that panics on one notice costs that
// notice, not the run.
func TestPanicIsAnInputError(t *testing.T) {
	e := testEnv(nil)
	e.newEngine = func() (*analyzer.Engine, error) {
		return analyzer.NewEngine([]analyzer.Rule{panicRule{fakeRule{id: "boom", needle: "BOOM"}}}, nil), nil
	}
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	if err := os.WriteFile(bad, []byte("BOOM\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runWith(t, e, "lint", bad, "testdata/clean.txt")
	if r.code != exitUnreadable || !strings.Contains(r.stdout, bad+": error: internal error") || !strings.Contains(r.stdout, "testdata/clean.txt  (text") {
		t.Errorf("exit %d\n%s", r.code, r.stdout)
	}
}

type panicRule struct{ fakeRule }

func (r panicRule) Check(p *analyzer.Pass) []analyzer.Finding {
	if strings.Contains(p.Doc.Text, r.needle) {
		panic("rule bug")
	}
	return nil
}

func TestEval(t *testing.T) {
	r := lint(t, nil, "eval", "testdata/corpus")
	if r.code != exitOK || !strings.Contains(r.stdout, "outdated-law") {
		t.Errorf("eval: exit %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	// precision 1, recall 0.5: outdated-law found, vague-retention missed.
	if r := lint(t, nil, "eval", "--min-precision", "1", "testdata/corpus"); r.code != exitOK {
		t.Errorf("--min-precision 1: exit %d, %s", r.code, r.stderr)
	}
	if r := lint(t, nil, "eval", "testdata/corpus", "--min-recall", "0.9"); r.code != exitFindings || !strings.Contains(r.stderr, "recall 0.500") {
		t.Errorf("--min-recall 0.9: exit %d, %s", r.code, r.stderr)
	}
	if r := lint(t, nil, "eval", "testdata/no-such-corpus"); r.code != exitUsage || !strings.Contains(r.stderr, "Run 'seloste eval --help'") {
		t.Errorf("missing corpus: exit %d, %s", r.code, r.stderr)
	}
	if r := lint(t, nil, "eval", "--min-recall", "2"); r.code != exitUsage {
		t.Errorf("--min-recall 2: exit %d", r.code)
	}
}

func TestWrap(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", []string{""}},
		{"one two three", []string{"one two", "three"}},
		{"säilytetään säilytetään", []string{"säilytetään", "säilytetään"}},
		{"averyveryverylongword x", []string{"averyveryverylongword", "x"}},
	}
	for _, tt := range tests {
		if got := wrap(tt.in, 11); !slices.Equal(got, tt.want) {
			t.Errorf("wrap(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestUnknownCommand(t *testing.T) {
	if r := lint(t, nil, "testdata/clean.txt"); r.code != exitUsage || !strings.Contains(r.stderr, "seloste lint testdata/clean.txt") {
		t.Errorf("a path without lint: exit %d, %s", r.code, r.stderr)
	}
	if r := lint(t, nil, "lnit"); r.code != exitUsage || !strings.Contains(r.stderr, "commands: lint,") {
		t.Errorf("a mistyped command: exit %d, %s", r.code, r.stderr)
	}
}
