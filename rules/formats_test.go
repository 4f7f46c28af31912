package rules

import (
	"context"
	"path/filepath"
	"reflect"
	"sort"
	"testing"

	"github.com/seloste/seloste/analyzer"
	"github.com/seloste/seloste/analyzer/extract"
)

// The same notice must lint the same whatever format it comes in: each seed
// notice is rendered as HTML (UTF-8 and windows-1252), DOCX and, for the
// seeds without inline markup, PDF by four producers (the readers' fixtures,
// analyzer/extract/testdata). The PDFs of seeds 002 and 003 were rendered
// from the raw CMS export and print its <p> tags as text, so they are left
// out.
func TestSameFindingsInEveryFormat(t *testing.T) {
	eng, err := NewEngine()
	if err != nil {
		t.Fatal(err)
	}
	const dir = "../analyzer/extract/testdata"
	seeds := map[string]string{
		"000": "000-kokkola-ceepos", "001": "001-pori-verkkokauppa", "002": "002-rautavaara-asiakasrekisteri",
		"003": "003-nokopa-asiakasrekisteri", "004": "004-kuopion-softop",
	}
	for id, name := range seeds {
		want := rulesOf(t, eng, filepath.Join("..", "corpus", "notices", name+".txt"))
		renderings := []string{
			filepath.Join(dir, "html", id+".utf8.html"),
			filepath.Join(dir, "html", id+".cp1252.html"),
			filepath.Join(dir, "docx", id+".docx"),
		}
		if id != "002" && id != "003" {
			pdfs, _ := filepath.Glob(filepath.Join(dir, "pdf", name+".*.pdf"))
			renderings = append(renderings, pdfs...)
		}
		for _, r := range renderings {
			if got := rulesOf(t, eng, r); !reflect.DeepEqual(got, want) {
				t.Errorf("%s:\n got %v\nwant %v (as text)", r, got, want)
			}
		}
	}
}

// rulesOf returns the sorted rule ids of the error and warning findings.
func rulesOf(t *testing.T, eng *analyzer.Engine, path string) []string {
	t.Helper()
	doc, err := extract.Read(context.Background(), path, nil, extract.Options{})
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var ids []string
	for _, f := range eng.Lint(doc, analyzer.Options{}).Findings {
		if f.Severity >= analyzer.Warning {
			ids = append(ids, f.Rule)
		}
	}
	sort.Strings(ids)
	return ids
}
