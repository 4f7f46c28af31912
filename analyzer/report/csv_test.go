package report

import (
	"bytes"
	"encoding/csv"
	"testing"

	"github.com/seloste/seloste/analyzer"
)

func TestCSV(t *testing.T) {
	var buf bytes.Buffer
	if err := CSV(&buf, fxResults(), Options{}); err != nil {
		t.Fatal(err)
	}
	golden(t, "csv/fixture.csv", buf.Bytes())

	rows, err := csv.NewReader(bytes.NewReader(buf.Bytes())).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1+7+1 {
		t.Fatalf("%d rows, want header + 7 findings + 1 unreadable input", len(rows))
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	find := func(rule string) []string {
		for _, r := range rows[1:] {
			if r[col["rule"]] == rule {
				return r
			}
		}
		t.Fatalf("no row for %s", rule)
		return nil
	}
	if r := find("outdated-law"); r[col["line"]] != "5" || r[col["page"]] != "" || r[col["path"]] != "notices/kunta.txt" {
		t.Errorf("outdated-law row %q", r)
	}
	if r := find("dpo-contact"); r[col["line"]] != "" || r[col["severity"]] != "error" {
		t.Errorf("missing element row %q: want empty line", r)
	}
	if r := find("input-error"); r[col["path"]] != "notices/rikki.pdf" || r[col["message"]] == "" {
		t.Errorf("unreadable input row %q", r)
	}
	// Quotes with commas, quotes and newlines survive the round trip.
	if r := find("purposes"); r[col["quote"]] != fxResults()[2].Findings[0].Quote {
		t.Errorf("quote %q did not survive", r[col["quote"]])
	}
}

func TestCSVDefusesFormulas(t *testing.T) {
	doc := analyzer.NewDocument("=cmd.txt", analyzer.FormatText, "=HYPERLINK(\"http://x\")\n", nil)
	res := analyzer.Result{Path: doc.Path, Doc: doc, Findings: []analyzer.Finding{
		{Rule: "purposes", Severity: analyzer.Error, Message: "+1", Span: analyzer.Span{Start: 0, End: 5}, Quote: "=HYPERLINK(\"http://x\")"},
		{Rule: "retention", Severity: analyzer.Error, Message: "Retention, \"period\"\nmissing"},
	}}
	var buf bytes.Buffer
	if err := CSV(&buf, []analyzer.Result{res}, Options{}); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got := rows[1]; got[0] != "'=cmd.txt" || got[6] != "'+1" || got[7] != "'=HYPERLINK(\"http://x\")" {
		t.Errorf("formula cells not defused: %q", got)
	}
	if got := rows[2][6]; got != "Retention, \"period\"\nmissing" {
		t.Errorf("message %q changed", got)
	}
}
