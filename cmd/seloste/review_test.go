package main

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/seloste/seloste/analyzer/review"
	"github.com/seloste/seloste/rules"
)

const (
	seed002      = "../../corpus/notices/002-rautavaara-asiakasrekisteri.txt"
	seed002Fixed = "../../analyzer/review/testdata/diff/002-fixed.txt"
)

// withRules runs the command with the real rules.
func withRules(t *testing.T, args ...string) testRun {
	t.Helper()
	e := testEnv(nil)
	e.newEngine = rules.NewEngine
	return runWith(t, e, args...)
}

func TestDiffExitCodes(t *testing.T) {
	// the draft fixes findings and brings none: 0
	r := withRules(t, "diff", seed002, seed002Fixed)
	if r.code != exitOK {
		t.Errorf("diff old fixed: exit %d, stderr %q", r.code, r.stderr)
	}
	if !strings.Contains(r.stdout, "Fixed findings (4)") || !strings.Contains(r.stdout, "New findings (0)") {
		t.Errorf("stdout:\n%s", r.stdout)
	}
	// the other way round the "draft" brings back three errors: 1
	r = withRules(t, "diff", seed002Fixed, seed002)
	if r.code != exitFindings {
		t.Errorf("diff fixed old: exit %d, want 1", r.code)
	}
	// unless --fail-on none
	if r = withRules(t, "diff", "--fail-on", "none", seed002Fixed, seed002); r.code != exitOK {
		t.Errorf("--fail-on none: exit %d", r.code)
	}
	if r = withRules(t, "diff", seed002, "no-such-file.txt"); r.code != exitUnreadable || !strings.Contains(r.stderr, "no-such-file.txt") {
		t.Errorf("unreadable: exit %d, stderr %q", r.code, r.stderr)
	}
	for _, args := range [][]string{
		{"diff", seed002},
		{"diff", seed002, seed002, seed002},
		{"diff", "-", "-"},
		{"diff", "--format", "xml", seed002, seed002Fixed},
		{"diff", "--fail-on", "fatal", seed002, seed002Fixed},
	} {
		if r := withRules(t, args...); r.code != exitUsage {
			t.Errorf("%v: exit %d, want 2", args, r.code)
		}
	}
}

func TestDiffJSON(t *testing.T) {
	r := withRules(t, "diff", "--format", "json", seed002, seed002Fixed)
	var got review.JSONReview
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatalf("%v\n%s", err, r.stdout)
	}
	var fixed []string
	for _, f := range got.Findings.Fixed {
		fixed = append(fixed, f.Rule)
	}
	if strings.Join(fixed, " ") == "" || len(got.Findings.New) != 0 || got.Text.InsertedWords == 0 {
		t.Errorf("fixed %v, new %v, text %+v", fixed, got.Findings.New, got.Text)
	}
}

// With NO_COLOR or --no-color there are no escape codes even on a
// terminal.
func TestDiffColor(t *testing.T) {
	run := func(vars map[string]string, args ...string) string {
		e := testEnv(vars)
		e.newEngine = rules.NewEngine
		e.isTerminal = func(io.Writer) bool { return true }
		return runWith(t, e, args...).stdout
	}
	if out := run(nil, "diff", seed002, seed002Fixed); !strings.Contains(out, "\x1b[") {
		t.Error("no colour on a terminal")
	}
	if out := run(map[string]string{"NO_COLOR": "1"}, "diff", seed002, seed002Fixed); strings.Contains(out, "\x1b[") {
		t.Error("colour with NO_COLOR")
	}
	if out := run(nil, "diff", "--no-color", seed002, seed002Fixed); strings.Contains(out, "\x1b[") {
		t.Error("colour with --no-color")
	}
}

func TestFix(t *testing.T) {
	r := withRules(t, "fix", seed002)
	if r.code != exitOK {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	for _, want := range []string{"@@ -6,7 +6,7 @@ outdated-law\n", "Lisättävät kohdat", "[retention]\n"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("stdout lacks %q:\n%s", want, r.stdout)
		}
	}

	// --write corrects a copy of an HTML page in place
	src, err := os.ReadFile("../../analyzer/extract/testdata/html/002.cp1252.html")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "seloste.html")
	if err := os.WriteFile(path, src, 0o644); err != nil {
		t.Fatal(err)
	}
	r = withRules(t, "fix", "--write", path)
	if r.code != exitOK || !strings.Contains(r.stderr, "1 correction (outdated-law) written") {
		t.Fatalf("--write: exit %d, stderr %q", r.code, r.stderr)
	}
	got, _ := os.ReadFile(path)
	if !strings.Contains(string(got), "tietosuojalain") || strings.Contains(string(got), "henkil\xf6tietolain") {
		t.Error("the page was not corrected")
	}
	// a second run has nothing left to correct
	if r = withRules(t, "fix", "--write", path); r.code != exitOK || !strings.Contains(r.stderr, "nothing to correct") {
		t.Errorf("second --write: exit %d, stderr %q", r.code, r.stderr)
	}

	// PDF is refused with a reason, and the file is untouched
	pdf := filepath.Join(t.TempDir(), "seloste.pdf")
	data, err := os.ReadFile("../../analyzer/extract/testdata/pdf/002-rautavaara-asiakasrekisteri.cairo.pdf")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(pdf, data, 0o644)
	r = withRules(t, "fix", "--write", pdf)
	if r.code != exitUsage || !strings.Contains(r.stderr, "cannot write PDF; apply the diff to the source document") {
		t.Errorf("--write PDF: exit %d, stderr %q", r.code, r.stderr)
	}
	if after, _ := os.ReadFile(pdf); string(after) != string(data) {
		t.Error("the PDF changed")
	}
	if r = withRules(t, "fix"); r.code != exitUsage {
		t.Errorf("no argument: exit %d", r.code)
	}
	if r = withRules(t, "fix", "no-such-file.txt"); r.code != exitUnreadable {
		t.Errorf("missing file: exit %d", r.code)
	}
}

// diff reads .seloste.yaml as lint does: a rule turned off there is no new
// finding.
func TestDiffConfigFile(t *testing.T) {
	conf := filepath.Join(t.TempDir(), "seloste.yaml")
	os.WriteFile(conf, []byte("rules:\n  outdated-law: off\n  retention: off\n  complaint-right: off\n  legal-basis: off\n"), 0o644)
	r := withRules(t, "diff", "--config", conf, seed002Fixed, seed002)
	if r.code != exitOK || !strings.Contains(r.stdout, "New findings (0)") {
		t.Errorf("exit %d, stderr %q\n%s", r.code, r.stderr, r.stdout)
	}
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	os.WriteFile(bad, []byte("rules:\n  no-such-rule: off\n"), 0o644)
	if r := withRules(t, "diff", "--config", bad, seed002Fixed, seed002); r.code != exitUsage {
		t.Errorf("bad config: exit %d", r.code)
	}
}
