package baseline

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/seloste/seloste/analyzer"
)

// lint stands in for the engine: it reports outdated-law on every line that
// names the repealed act, and retention missing when no line mentions it.
func lint(path, text string) analyzer.Result {
	doc := analyzer.NewDocument(path, analyzer.FormatText, text, nil)
	r := analyzer.Result{Path: path, Format: doc.Format, Doc: doc}
	off := 0
	retention := false
	for _, line := range strings.SplitAfter(text, "\n") {
		if strings.Contains(line, "henkilötietolaki") {
			end := off + len(strings.TrimRight(line, "\n"))
			r.Findings = append(r.Findings, analyzer.Finding{
				Rule: "outdated-law", Severity: analyzer.Error,
				Span: analyzer.Span{Start: off, End: end}, Quote: doc.Quote(off, end, 200),
			})
		}
		if strings.Contains(line, "säilytetään") {
			retention = true
		}
		off += len(line)
	}
	if !retention {
		r.Findings = append(r.Findings, analyzer.Finding{Rule: "retention", Severity: analyzer.Error})
	}
	return r
}

func count(results []analyzer.Result) (n int, rules []string) {
	for _, r := range results {
		for _, f := range r.Findings {
			n++
			rules = append(rules, r.Path+":"+f.Rule+":"+f.Quote)
		}
	}
	return n, rules
}

const notice = "Tietosuojaseloste\n\nRekisterin nimi: Asiakasrekisteri\n\nLaki: henkilötietolaki (523/1999) 10 §\n"

func TestWriteThenFilterReportsNothing(t *testing.T) {
	results := []analyzer.Result{lint("a/notice.txt", notice), lint("b.txt", "Tiedot säilytetään 5 vuotta.\n")}
	if n, _ := count(results); n != 2 {
		t.Fatalf("fixture: want 2 findings, got %d", n)
	}
	var buf bytes.Buffer
	if err := New(results).Write(&buf); err != nil {
		t.Fatal(err)
	}
	b, err := Read("baseline.json", &buf)
	if err != nil {
		t.Fatal(err)
	}
	got, suppressed := b.Filter(results)
	if n, rules := count(got); n != 0 || suppressed != 2 {
		t.Errorf("after baseline: %d new (%v), %d suppressed; want 0 new, 2 suppressed", n, rules, suppressed)
	}
	if n, _ := count(results); n != 2 {
		t.Errorf("Filter modified its input: %d findings left", n)
	}
}

func TestEditedNoticeReportsOnlyNewFinding(t *testing.T) {
	b := New([]analyzer.Result{lint("notice.txt", notice)})
	// Lines inserted above the accepted finding move it down; a second
	// citation of the repealed act is new.
	edited := "Päivitetty 1.1.2025\n\nUusi johdanto.\n\n" + notice + "\nKäsittely perustuu henkilötietolakiin ja henkilötietolaki 8 §:ään.\n"
	got, suppressed := b.Filter([]analyzer.Result{lint("notice.txt", edited)})
	n, rules := count(got)
	if n != 1 || suppressed != 2 {
		t.Fatalf("got %d new findings %v, %d suppressed; want only the new citation", n, rules, suppressed)
	}
	if f := got[0].Findings[0]; f.Rule != "outdated-law" || !strings.Contains(f.Quote, "8 §") {
		t.Errorf("wrong finding reported as new: %+v", f)
	}
	if p := got[0].Position(got[0].Findings[0].Span); p.Line != 11 {
		t.Errorf("new finding at line %d, want 11", p.Line)
	}
}

func TestDuplicatesAreCounted(t *testing.T) {
	twice := "henkilötietolaki\n\nhenkilötietolaki\n\nTiedot säilytetään.\n"
	once := "henkilötietolaki\n\nTiedot säilytetään.\n"
	b := New([]analyzer.Result{lint("x.txt", once)})
	got, suppressed := b.Filter([]analyzer.Result{lint("x.txt", twice)})
	if n, rules := count(got); n != 1 || suppressed != 1 {
		t.Errorf("one accepted, two found: got %d new %v, %d suppressed; want 1 new", n, rules, suppressed)
	}
	// Fixing an accepted finding does not hide a different document's one.
	got, _ = b.Filter([]analyzer.Result{lint("y.txt", once)})
	if n, _ := count(got); n != 1 {
		t.Errorf("baseline of x.txt suppressed a finding of y.txt")
	}
}

func TestFingerprint(t *testing.T) {
	f := analyzer.Finding{Rule: "outdated-law", Quote: "Laki: henkilötietolaki (523/1999)."}
	base := Fingerprint("dir/a.txt", f)
	same := []struct {
		name string
		path string
		f    analyzer.Finding
	}{
		{"other span", "dir/a.txt", analyzer.Finding{Rule: f.Rule, Quote: f.Quote, Span: analyzer.Span{Start: 400, End: 420}}},
		{"other severity and message", "dir/a.txt", analyzer.Finding{Rule: f.Rule, Quote: f.Quote, Severity: analyzer.Warning, Message: "toinen"}},
		{"white space and case", "dir/a.txt", analyzer.Finding{Rule: f.Rule, Quote: "  laki:  Henkilötietolaki\t(523/1999) "}},
		{"unclean path", "./dir//a.txt", f},
	}
	for _, c := range same {
		if got := Fingerprint(c.path, c.f); got != base {
			t.Errorf("%s: fingerprint changed", c.name)
		}
	}
	differ := []struct {
		name string
		path string
		f    analyzer.Finding
	}{
		{"other rule", "dir/a.txt", analyzer.Finding{Rule: "vague-retention", Quote: f.Quote}},
		{"other path", "dir/b.txt", f},
		{"other quote", "dir/a.txt", analyzer.Finding{Rule: f.Rule, Quote: "Laki: henkilötietolaki (523/1999) 11 §"}},
	}
	for _, c := range differ {
		if got := Fingerprint(c.path, c.f); got == base {
			t.Errorf("%s: fingerprint did not change", c.name)
		}
	}
	if len(base) != 32 {
		t.Errorf("fingerprint %q: want 32 hex digits", base)
	}
}

func TestSaveLoad(t *testing.T) {
	path := filepath.Join(t.TempDir(), "seloste-baseline.json")
	b := New([]analyzer.Result{lint("notice.txt", notice)})
	if err := b.Save(path); err != nil {
		t.Fatal(err)
	}
	got, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Entries) != 2 || got.Entries[0].Rule != "outdated-law" || got.Entries[1].Rule != "retention" {
		t.Errorf("loaded entries %+v", got.Entries)
	}
}

func TestReadRejectsBadFiles(t *testing.T) {
	for name, in := range map[string]string{
		"not json":      "rules: []",
		"wrong version": `{"version": 2, "entries": []}`,
		"unknown field": `{"version": 1, "entries": [], "extra": 1}`,
		"empty entry":   `{"version": 1, "entries": [{"path": "a"}]}`,
	} {
		if _, err := Read("b.json", strings.NewReader(in)); err == nil || !strings.Contains(err.Error(), "b.json") {
			t.Errorf("%s: got error %v, want one naming the file", name, err)
		}
	}
}
