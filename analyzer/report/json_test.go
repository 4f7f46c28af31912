package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"

	"github.com/seloste/seloste/analyzer"
)

func TestJSONGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := JSON(&buf, fixtureResults(t), Options{Version: "1.2.3"}); err != nil {
		t.Fatal(err)
	}
	golden(t, "report.json.golden", buf.Bytes())
}

// TestJSONContract checks the parts of the contract a golden file would
// let slip: all 21 elements in order, empty arrays (not null), "error" only
// for an unreadable input.
func TestJSONContract(t *testing.T) {
	doc := analyzer.NewDocument("a.txt", analyzer.FormatText, "text", nil)
	results := []analyzer.Result{
		{Path: "a.txt", Format: doc.Format, Doc: doc, Controller: "private"}, // engine gave no elements
		{Path: "b.pdf", Err: errors.New("b.pdf: encrypted PDF")},
	}
	var buf bytes.Buffer
	if err := JSON(&buf, results, Options{Version: "dev"}); err != nil {
		t.Fatal(err)
	}
	var raw struct {
		Documents []map[string]json.RawMessage `json:"documents"`
	}
	if err := json.Unmarshal(buf.Bytes(), &raw); err != nil {
		t.Fatal(err)
	}
	if _, ok := raw.Documents[0]["error"]; ok {
		t.Error(`"error" present for a readable document`)
	}
	if got := string(raw.Documents[1]["error"]); got != `"b.pdf: encrypted PDF"` {
		t.Errorf(`"error" = %s`, got)
	}
	for _, key := range []string{"elements", "findings"} {
		if got := string(raw.Documents[1][key]); got != "[]" {
			t.Errorf("unreadable document: %q = %s, want []", key, got)
		}
	}
	if got := string(raw.Documents[0]["findings"]); got != "[]" {
		t.Errorf("no findings: %s, want []", got)
	}

	var rep JSONReport
	if err := json.Unmarshal(buf.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Tool != (JSONTool{Name: "seloste", Version: "dev"}) {
		t.Errorf("tool = %+v", rep.Tool)
	}
	ids := analyzer.ElementIDs()
	els := rep.Documents[0].Elements
	if len(els) != len(ids) {
		t.Fatalf("%d elements, want %d", len(els), len(ids))
	}
	for i, el := range els {
		if el.ID != ids[i] || el.Present || !el.Applicable {
			t.Errorf("element %d = %+v, want %s absent and applicable", i, el, ids[i])
		}
	}
	if rep.Documents[0].Language != "fi" { // detection's fallback
		t.Errorf("language = %q", rep.Documents[0].Language)
	}
}

func TestJSONNoResults(t *testing.T) {
	var buf bytes.Buffer
	if err := JSON(&buf, nil, Options{Version: "dev"}); err != nil {
		t.Fatal(err)
	}
	want := "{\n  \"tool\": {\n    \"name\": \"seloste\",\n    \"version\": \"dev\"\n  },\n  \"documents\": []\n}\n"
	if buf.String() != want {
		t.Errorf("got %q, want %q", buf.String(), want)
	}
}
