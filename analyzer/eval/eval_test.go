package eval

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/seloste/seloste/analyzer"
)

// A fake lint reports, for each notice, the findings named in its text, so
// the scoring can be checked by hand.
func fakeLint(path string) analyzer.Result {
	data, _ := os.ReadFile(path)
	doc := analyzer.NewDocument(path, analyzer.FormatText, string(data), nil)
	res := analyzer.Result{Path: path, Doc: doc}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		f := strings.Fields(line)
		if len(f) == 2 {
			sev, _ := analyzer.ParseSeverity(f[1])
			res.Findings = append(res.Findings, analyzer.Finding{Rule: f[0], Severity: sev})
		}
	}
	return res
}

func TestRun(t *testing.T) {
	s, err := Run("testdata/mini", fakeLint)
	if err != nil {
		t.Fatal(err)
	}
	// a.txt: retention labelled absent and reported (tp), outdated-law
	// labelled present and missed (fn), dpo-contact reported but not
	// applicable (fp), vague-retention reported as info only (not a
	// prediction). b.txt: nothing labelled, legal-basis reported (fp).
	want := map[string]Count{
		"retention":       {TP: 1},
		"outdated-law":    {FN: 1},
		"dpo-contact":     {FP: 1},
		"vague-retention": {},
		"legal-basis":     {FP: 1},
	}
	for id, c := range want {
		if *s.Rules[id] != c {
			t.Errorf("%s: got %+v, want %+v", id, *s.Rules[id], c)
		}
	}
	tot := s.Total()
	if tot != (Count{TP: 1, FP: 2, FN: 1}) || s.Notices != 2 {
		t.Errorf("total %+v over %d notices", tot, s.Notices)
	}
	if p, r := tot.Precision(), tot.Recall(); p != 1.0/3 || r != 0.5 {
		t.Errorf("precision %v recall %v", p, r)
	}
	var out bytes.Buffer
	s.Print(&out, true)
	for _, want := range []string{"TOTAL precision 0.333 recall 0.500", "fn a outdated-law", `label: "henkilötietolain"`, "language fi"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
}

func TestRunNeedsLabels(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "notices"), 0o755)
	os.WriteFile(filepath.Join(dir, "notices", "x.txt"), []byte("x"), 0o644)
	if _, err := Run(dir, fakeLint); err == nil || !strings.Contains(err.Error(), "x.txt has no label") {
		t.Errorf("err = %v, want a missing-label error", err)
	}
}
