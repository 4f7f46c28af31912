package review

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/seloste/seloste/analyzer"
	"github.com/seloste/seloste/analyzer/extract"
	"github.com/seloste/seloste/rules"
)

func lintFile(t *testing.T, e *analyzer.Engine, path string) *analyzer.Result {
	t.Helper()
	doc, err := extract.Read(context.Background(), path, nil, extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	res := e.Lint(doc, analyzer.Options{MessageLang: "en"})
	return &res
}

func engine(t *testing.T) *analyzer.Engine {
	t.Helper()
	e, err := rules.NewEngine()
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func rulesOf(fs []FindingChange) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Finding.Rule)
	}
	return out
}

// Seed 002 fixed by hand: the old-law sentence rewritten, a retention and
// a complaint-right paragraph added.
func TestSeed002FixedByHand(t *testing.T) {
	e := engine(t)
	old := lintFile(t, e, "../../corpus/notices/002-rautavaara-asiakasrekisteri.txt")
	new := lintFile(t, e, "testdata/diff/002-fixed.txt")
	rv := Compare(old, new)

	fixed := rulesOf(rv.Fixed)
	for _, id := range []string{"outdated-law", "retention", "complaint-right"} {
		if !slices.Contains(fixed, id) {
			t.Errorf("fixed = %v, want %s in it", fixed, id)
		}
	}
	if len(rv.Introduced) > 0 {
		t.Errorf("new findings %v, want none", rulesOf(rv.Introduced))
	}
	if len(rv.Unchanged) != len(new.Findings) {
		t.Errorf("%d unchanged, want all %d findings of the draft", len(rv.Unchanged), len(new.Findings))
	}
	if rv.IntroducesAtLeast(analyzer.Info) {
		t.Error("IntroducesAtLeast(info) = true for a draft that only fixes")
	}
	for _, el := range rv.Elements {
		want := el.ID == "retention" || el.ID == "complaint-right" || el.ID == "legal-basis"
		if el.Changed() != want {
			t.Errorf("element %s: %s → %s", el.ID, el.Old, el.New)
		}
		if want && (el.Old != Missing || el.New != Present) {
			t.Errorf("element %s: %s → %s, want missing → present", el.ID, el.Old, el.New)
		}
	}
	if len(rv.Hunks) != 2 {
		t.Fatalf("%d hunks, want 2 (the sentence, the added rows)", len(rv.Hunks))
	}
	if d := joinTokens(old.Doc.Text, rv.Hunks[0].Deleted()); d != "henkilötietolain sallimissa ja edellyttämässä rajoissa" {
		t.Errorf("deleted %q", d)
	}
	h := rv.Hunks[1]
	if len(h.Deleted()) != 0 || h.OldLines != 0 || h.OldLine != 13 || h.NewLine != 14 || h.NewLines != 2 {
		t.Errorf("second hunk -%d,%d +%d,%d with %d deleted words, want -13,0 +14,2 and none",
			h.OldLine, h.OldLines, h.NewLine, h.NewLines, len(h.Deleted()))
	}

	var out bytes.Buffer
	if err := WriteText(&out, rv, TextOptions{Lang: "en"}); err != nil {
		t.Fatal(err)
	}
	text := out.String()
	for _, want := range []string{
		"@@ -9 +9 @@\n-…sisällön tuottamiseen verkkopalveluissamme. Henkilötietoja käsitellään henkilötietolain sallimissa",
		"\n+…sisällön tuottamiseen verkkopalveluissamme. Henkilötietoja käsitellään EU:n yleisen tietosuoja-asetuksen ja tietosuojalain (1050/2018) mukaisesti. Rekisterin",
		"@@ -13,0 +14,2 @@\n …tai perintätoimet estä tietojen poistamista.\n+Henkilötietojen säilytysaika Säilytämme",
		"\n Tietojen säännönmukaiset luovutukset Asiakasrekisterin tiedot ovat…\n",
		"New findings (0)\n",
		"  ✗ → ✔  retention\n",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("text review lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "\x1b[") {
		t.Error("colour codes without Color")
	}
}

// A draft that brings in Privacy Shield has a new error.
func TestDraftIntroducesFinding(t *testing.T) {
	e := engine(t)
	old := lintFile(t, e, "../../corpus/notices/002-rautavaara-asiakasrekisteri.txt")
	src, err := os.ReadFile("../../corpus/notices/002-rautavaara-asiakasrekisteri.txt")
	if err != nil {
		t.Fatal(err)
	}
	draft := strings.Replace(string(src),
		"Henkilötietoja ei siirretä Euroopan Unionin ulkopuolelle, ellei se ole kunnan tai sen yhteistyökumppanin teknisen toteutuksen varmistamiseksi tarpeellista.",
		"Henkilötietoja siirretään Yhdysvaltoihin Privacy Shield -järjestelyn perusteella.", 1)
	path := filepath.Join(t.TempDir(), "draft.txt")
	if err := os.WriteFile(path, []byte(draft), 0o644); err != nil {
		t.Fatal(err)
	}
	new := lintFile(t, e, path)
	rv := Compare(old, new)
	if !slices.Contains(rulesOf(rv.Introduced), "invalid-transfer-mechanism") {
		t.Fatalf("new = %v, want invalid-transfer-mechanism", rulesOf(rv.Introduced))
	}
	if !rv.IntroducesAtLeast(analyzer.Error) {
		t.Error("IntroducesAtLeast(error) = false")
	}
	if rv.IntroducesAtLeast(0) {
		t.Error("IntroducesAtLeast(none) = true")
	}

	var out bytes.Buffer
	if err := WriteJSON(&out, rv, "test"); err != nil {
		t.Fatal(err)
	}
	var got JSONReview
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got.Tool.Name != "seloste" || got.Old.Path == "" || got.New.Language != "fi" || len(got.Elements) != 21 {
		t.Errorf("JSON head: %+v %+v %d elements", got.Tool, got.New, len(got.Elements))
	}
	var ids []string
	for _, f := range got.Findings.New {
		ids = append(ids, f.Rule)
		if f.Rule == "invalid-transfer-mechanism" && (f.Line == 0 || !strings.Contains(f.Quote, "Privacy Shield")) {
			t.Errorf("new finding %+v lacks its place or quote", f)
		}
	}
	if !slices.Contains(ids, "invalid-transfer-mechanism") {
		t.Errorf("JSON new findings %v", ids)
	}
	if len(got.Text.Changes) == 0 || !strings.Contains(got.Text.Changes[len(got.Text.Changes)-1].Inserted, "Privacy Shield") {
		t.Errorf("JSON changes %+v", got.Text.Changes)
	}
	// the fields are a contract: all present even when empty
	for _, key := range []string{`"fixed": [`, `"unchanged": [`, `"deleted_words":`, `"changed":`} {
		if !bytes.Contains(out.Bytes(), []byte(key)) {
			t.Errorf("JSON lacks %s", key)
		}
	}
}

// The same notice as text and as PDF (several producers): the same words,
// whatever the line breaks. Check boxes (☒ ☐) that a PDF font lacks may
// go; no word may.
func TestPDFAgainstText(t *testing.T) {
	e := engine(t)
	for _, seed := range []string{"000-kokkola-ceepos", "001-pori-verkkokauppa", "004-kuopion-softop"} {
		text := lintFile(t, e, "../../corpus/notices/"+seed+".txt")
		pdfs, _ := filepath.Glob("../extract/testdata/pdf/" + seed + ".*.pdf")
		if len(pdfs) == 0 {
			t.Fatal("no PDF fixtures")
		}
		for _, p := range pdfs {
			rv := Compare(text, lintFile(t, e, p))
			onlySymbols(t, p, rv)
			if len(rv.Fixed)+len(rv.Introduced) > 0 {
				t.Errorf("%s: findings differ: fixed %v, new %v", p, rulesOf(rv.Fixed), rulesOf(rv.Introduced))
			}
		}
	}
}

// onlySymbols fails when a word, not only a dash or a check box, differs.
func onlySymbols(t *testing.T, name string, rv *Review) {
	t.Helper()
	for _, h := range rv.Hunks {
		for _, tk := range append(h.Deleted(), h.Inserted()...) {
			if strings.IndexFunc(tk.Text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
				t.Errorf("%s: word %q changed (line %d of the text)", name, tk.Text, h.OldLine)
			}
		}
	}
}

// Seed 002 as HTML (UTF-8 and windows-1252) and DOCX: the same words as
// the text.
func TestOtherFormatsAgainstText(t *testing.T) {
	e := engine(t)
	text := lintFile(t, e, "../../corpus/notices/002-rautavaara-asiakasrekisteri.txt")
	for _, p := range []string{"../extract/testdata/html/002.utf8.html", "../extract/testdata/html/002.cp1252.html", "../extract/testdata/docx/002.docx"} {
		onlySymbols(t, p, Compare(text, lintFile(t, e, p)))
	}
}

func TestColor(t *testing.T) {
	e := engine(t)
	old := lintFile(t, e, "../../corpus/notices/002-rautavaara-asiakasrekisteri.txt")
	new := lintFile(t, e, "testdata/diff/002-fixed.txt")
	var out bytes.Buffer
	if err := WriteText(&out, Compare(old, new), TextOptions{Color: true, Lang: "fi"}); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	// the changed word stands out by itself, not the whole line
	if !regexp.MustCompile(`\x1b\[[0-9;]+mhenkilötietolain sallimissa ja edellyttämässä rajoissa\x1b\[[0-9;]+m\.`).MatchString(s) {
		t.Errorf("deleted word not coloured:\n%q", s[:min(len(s), 600)])
	}
	if !strings.Contains(s, "Korjatut havainnot") {
		t.Error("headings not in Finnish")
	}
}
