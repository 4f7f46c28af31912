package report

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/seloste/seloste/analyzer"
	"github.com/seloste/seloste/analyzer/baseline"
)

func writeSARIF(t *testing.T, results []analyzer.Result, opt Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := SARIF(&buf, results, opt); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestSARIFStructure(t *testing.T) {
	results := fxResults()
	out := writeSARIF(t, results, Options{Version: "1.2.3", Rules: fxRules()})
	var log sarifLog
	if err := json.Unmarshal(out, &log); err != nil {
		t.Fatal(err)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 {
		t.Fatalf("version %q, %d runs", log.Version, len(log.Runs))
	}
	run := log.Runs[0]
	if d := run.Tool.Driver; d.Name != "seloste" || d.Version != "1.2.3" {
		t.Errorf("driver %+v", d)
	}
	if len(run.Tool.Driver.Rules) != len(fxRules()) {
		t.Errorf("%d rule descriptors, want one per rule (%d)", len(run.Tool.Driver.Rules), len(fxRules()))
	}
	seenName := map[string]bool{}
	for _, d := range run.Tool.Driver.Rules {
		if d.HelpURI != RulesDocURL+"#"+d.ID || d.ShortDescription.Text == "" || d.FullDescription.Text == "" || d.Help.Text == "" {
			t.Errorf("descriptor %s incomplete: %+v", d.ID, d)
		}
		if strings.EqualFold(d.Name, d.ID) || seenName[d.Name] {
			t.Errorf("descriptor %s: name %q must differ from the id and be unique", d.ID, d.Name)
		}
		seenName[d.Name] = true
	}

	// 7 findings in readable inputs; the unreadable one is a notification.
	if len(run.Results) != 7 {
		t.Fatalf("%d results, want 7", len(run.Results))
	}
	for _, r := range run.Results {
		if got := run.Tool.Driver.Rules[r.RuleIndex].ID; got != r.RuleID {
			t.Errorf("result %s: ruleIndex %d points at %s", r.RuleID, r.RuleIndex, got)
		}
		if r.PartialFingerprints[baseline.FingerprintKey] == "" {
			t.Errorf("result %s: no fingerprint", r.RuleID)
		}
		if !strings.HasSuffix(r.Message.Text, ".") {
			t.Errorf("result %s: message %q does not end a sentence", r.RuleID, r.Message.Text)
		}
	}
	byRule := func(uri, rule string) sarifResult {
		for _, r := range run.Results {
			if r.RuleID == rule && r.Locations[0].PhysicalLocation.ArtifactLocation.URI == uri {
				return r
			}
		}
		t.Fatalf("no %s result for %s", rule, uri)
		return sarifResult{}
	}

	// A missing element is a file-level result: no region.
	dpo := byRule("notices/kunta.txt", "dpo-contact")
	if pl := dpo.Locations[0].PhysicalLocation; pl.Region != nil || pl.ArtifactLocation.URIBaseID != "%SRCROOT%" {
		t.Errorf("dpo-contact location %+v: want a relative file-level location", pl)
	}
	if dpo.Level != "error" || dpo.Properties["suggestion"] == nil {
		t.Errorf("dpo-contact: level %q, properties %v", dpo.Level, dpo.Properties)
	}
	// A located finding has line and column.
	law := byRule("notices/kunta.txt", "outdated-law")
	if reg := law.Locations[0].PhysicalLocation.Region; reg == nil || reg.StartLine != 5 || reg.StartColumn != 7 || reg.Snippet == nil || !strings.Contains(reg.Snippet.Text, "523/1999") {
		t.Errorf("outdated-law region %+v, want 5:7 with the quote", reg)
	}
	// A PDF finding carries its page; the path is percent-encoded.
	pdf := byRule("notices/f%C3%B6retag%20ab.pdf", "vague-retention")
	if reg := pdf.Locations[0].PhysicalLocation.Region; reg == nil || reg.Properties == nil || reg.Properties.Page != 2 || reg.StartLine != 5 {
		t.Errorf("PDF region %+v, want line 5 on page 2", reg)
	}
	if pdf.Properties["page"] != float64(2) {
		t.Errorf("PDF result properties %v, want page 2", pdf.Properties)
	}
	// A URL is the artifact URI as it is, with no base.
	web := byRule("https://example.fi/tietosuoja?x=1&y=2", "purposes")
	if web.Level != "note" || web.Locations[0].PhysicalLocation.ArtifactLocation.URIBaseID != "" {
		t.Errorf("URL result %+v", web)
	}

	// The unreadable input is an error notification naming it.
	inv := run.Invocations[0]
	if len(inv.ToolExecutionNotifications) != 1 {
		t.Fatalf("notifications %+v, want one for the unreadable input", inv.ToolExecutionNotifications)
	}
	n := inv.ToolExecutionNotifications[0]
	if n.Level != "error" || !strings.Contains(n.Message.Text, "encrypted PDF") || n.Locations[0].PhysicalLocation.ArtifactLocation.URI != "notices/rikki.pdf" {
		t.Errorf("notification %+v", n)
	}
}

func TestSARIFUndescribedRuleGetsDescriptor(t *testing.T) {
	out := writeSARIF(t, fxResults()[:1], Options{})
	var log sarifLog
	if err := json.Unmarshal(out, &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if len(run.Tool.Driver.Rules) != 5 {
		t.Fatalf("%d descriptors, want one per rule found (5)", len(run.Tool.Driver.Rules))
	}
	for _, r := range run.Results {
		if run.Tool.Driver.Rules[r.RuleIndex].ID != r.RuleID {
			t.Errorf("ruleIndex of %s is wrong", r.RuleID)
		}
	}
}

// Fingerprints follow the quote, not the line: inserting lines above a
// finding keeps its fingerprint, so code scanning does not open a new alert.
func TestSARIFFingerprintsIgnoreLineShifts(t *testing.T) {
	fingerprints := func(text string) map[string]string {
		doc := analyzer.NewDocument("n.txt", analyzer.FormatText, text, nil)
		res := analyzer.Result{Path: doc.Path, Doc: doc, Findings: []analyzer.Finding{
			{Rule: "outdated-law", Severity: analyzer.Error, Message: "m", Span: fxSpan(text, "henkilötietolaki"), Quote: "Laki: henkilötietolaki"},
			{Rule: "outdated-law", Severity: analyzer.Error, Message: "m", Span: fxSpan(text, "Toinen"), Quote: "Laki: henkilötietolaki"},
			{Rule: "retention", Severity: analyzer.Error, Message: "m"},
		}}
		var log sarifLog
		if err := json.Unmarshal(writeSARIF(t, []analyzer.Result{res}, Options{}), &log); err != nil {
			t.Fatal(err)
		}
		m := map[string]string{}
		for i, r := range log.Runs[0].Results {
			m[r.PartialFingerprints[baseline.FingerprintKey]] = r.RuleID
			_ = i
		}
		return m
	}
	before := fingerprints("Laki: henkilötietolaki\nToinen\n")
	after := fingerprints("Uusi rivi\n\nLisää\nLaki: henkilötietolaki\nToinen\n")
	if len(before) != 3 {
		t.Fatalf("fingerprints %v: identical findings must still be distinct", before)
	}
	for fp := range before {
		if _, ok := after[fp]; !ok {
			t.Errorf("fingerprint %s (%s) changed when lines were inserted", fp, before[fp])
		}
	}
}

func TestSARIFURI(t *testing.T) {
	for in, want := range map[string]string{
		"notices/a.pdf":            "notices/a.pdf",
		"./notices//ä b.pdf":       "notices/%C3%A4%20b.pdf",
		"../x/c.txt":               "../x/c.txt",
		"/srv/notices/a.txt":       "file:///srv/notices/a.txt",
		"https://kunta.fi/a?b=1&c": "https://kunta.fi/a?b=1&c",
		"c:notice.txt":             "./c:notice.txt",
		"-":                        "stdin",
	} {
		if got := sarifURI(in); got != want {
			t.Errorf("sarifURI(%q) = %q, want %q", in, got, want)
		}
	}
}

// sarifMultitool returns Microsoft's SARIF validator: $SARIF_MULTITOOL, or
// sarif-multitool on PATH (npm install -g @microsoft/sarif-multitool).
func sarifMultitool(t *testing.T) string {
	if p := os.Getenv("SARIF_MULTITOOL"); p != "" {
		return p
	}
	p, err := exec.LookPath("sarif-multitool")
	if err != nil {
		needTool(t, "SARIF validator not installed: npm install -g @microsoft/sarif-multitool (or set SARIF_MULTITOOL)")
	}
	return p
}

// validateSARIF runs the validator on a log and returns its error-level
// results as "RULE: message" lines.
func validateSARIF(t *testing.T, tool string, log []byte) []string {
	t.Helper()
	dir := t.TempDir()
	in, out := filepath.Join(dir, "seloste.sarif"), filepath.Join(dir, "verdict.sarif")
	if err := os.WriteFile(in, log, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(tool, "validate", in, "--output", out, "--log", "ForceOverwrite", "--quiet")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s validate: %v\n%s", tool, err, b)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("validator wrote no verdict: %v", err)
	}
	var verdict struct {
		Runs []struct {
			Results []struct {
				RuleID  string `json:"ruleId"`
				Level   string `json:"level"` // absent means warning
				Message struct {
					Text      string   `json:"text"`
					ID        string   `json:"id"`
					Arguments []string `json:"arguments"`
				} `json:"message"`
			} `json:"results"`
			Invocations []struct {
				ExecutionSuccessful bool `json:"executionSuccessful"`
			} `json:"invocations"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(data, &verdict); err != nil || len(verdict.Runs) != 1 {
		t.Fatalf("unreadable verdict (%v): %s", err, data)
	}
	if inv := verdict.Runs[0].Invocations; len(inv) == 0 || !inv[0].ExecutionSuccessful {
		t.Fatalf("validator did not run successfully: %s", data)
	}
	var errs []string
	for _, r := range verdict.Runs[0].Results {
		if r.Level == "error" {
			errs = append(errs, r.RuleID+": "+r.Message.Text+r.Message.ID+" "+strings.Join(r.Message.Arguments, " | "))
		}
	}
	return errs
}

func TestSARIFValidates(t *testing.T) {
	t.Parallel()
	tool := sarifMultitool(t)
	// Besides the fixture: an absolute path and standard input.
	results := fxResults()
	for _, p := range []string{"/srv/notices/ä.txt", "-"} {
		doc := analyzer.NewDocument(p, analyzer.FormatText, "Rekisteri\nLaki: henkilötietolaki\n", nil)
		results = append(results, analyzer.Result{Path: p, Doc: doc, Findings: []analyzer.Finding{
			{Rule: "outdated-law", Severity: analyzer.Error, Message: "m", Span: fxSpan(doc.Text, "henkilötietolaki"), Quote: "Laki: henkilötietolaki"},
			{Rule: "retention", Severity: analyzer.Error, Message: "m"},
		}})
	}
	log := writeSARIF(t, results, Options{Version: "1.2.3", Rules: fxRules(), Lang: "en"})
	if errs := validateSARIF(t, tool, log); len(errs) > 0 {
		t.Errorf("SARIF validator reports %d errors:\n%s", len(errs), strings.Join(errs, "\n"))
	}

	// Control: the validator silently passes files it cannot deserialise,
	// so check that it does read ours by breaking one value in it.
	broken := bytes.Replace(log, []byte(`"startLine": 5,`), []byte(`"startLine": 0,`), 1)
	if bytes.Equal(broken, log) {
		t.Fatal("control: no startLine 5 in the log")
	}
	if errs := validateSARIF(t, tool, broken); len(errs) == 0 {
		t.Error("control: the validator found no error in a log with startLine 0; it is not checking our output")
	}
}
