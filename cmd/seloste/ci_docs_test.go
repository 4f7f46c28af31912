package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/seloste/seloste/analyzer/config"
	"github.com/seloste/seloste/rules"
)

// ciDoc is the CI guide whose commands TestCIRecipes runs.
const ciDoc = "../../docs/ci.md"

// recipeCommands returns the `seloste lint` command lines of the code
// blocks of a Markdown file, as YAML steps or shell lines write them.
func recipeCommands(t *testing.T, path string) [][]string {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cmds [][]string
	inCode := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(line, "```") {
			inCode = !inCode
			continue
		}
		if !inCode {
			continue
		}
		line = strings.TrimSpace(strings.TrimPrefix(line, "- "))
		line = strings.TrimSpace(strings.TrimPrefix(line, "run: "))
		if !strings.HasPrefix(line, "seloste lint ") {
			continue
		}
		if i := strings.Index(line, " #"); i >= 0 {
			line = line[:i]
		}
		cmds = append(cmds, strings.Fields(line))
	}
	return cmds
}

// TestCIRecipes runs every seloste command of docs/ci.md, with the real
// rules, in a folder with notices, and checks the exit code and the files
// each one writes. URLs point at a local server.
func TestCIRecipes(t *testing.T) {
	cmds := recipeCommands(t, ciDoc)
	if len(cmds) < 5 {
		t.Fatalf("found %d seloste commands in %s, want at least 5", len(cmds), ciDoc)
	}
	pdf, pdfErr := os.ReadFile("../../analyzer/extract/testdata/pdf/002-rautavaara-asiakasrekisteri.groff.pdf")
	notice, err := os.ReadFile("testdata/outdated.txt")
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case strings.HasSuffix(r.URL.Path, ".pdf") && pdfErr == nil:
			w.Header().Set("Content-Type", "application/pdf")
			w.Write(pdf)
		case r.URL.Path == "/tietosuoja":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte("<html><body><h1>Tietosuojaseloste</h1><p>" + strings.ReplaceAll(string(notice), "\n\n", "</p><p>") + "</p></body></html>"))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()

	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, "notices"), 0o755)
	for _, n := range []string{"outdated.txt", "vague.txt", "clean.txt"} {
		data, err := os.ReadFile(filepath.Join("testdata", n))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, "notices", n), data, 0o644)
	}
	t.Chdir(dir)

	for _, args := range cmds {
		name := strings.Join(args, " ")
		hasURL := false
		for i, a := range args {
			if strings.HasPrefix(a, "https://www.example.fi/") {
				args[i] = srv.URL + strings.TrimPrefix(a, "https://www.example.fi")
				hasURL = true
				if strings.HasSuffix(a, ".pdf") && pdfErr != nil {
					t.Logf("%s: PDF fixture missing (%v); its URL will not be readable", name, pdfErr)
				}
			}
		}
		e := testEnv(nil)
		e.newEngine = rules.NewEngine
		r := runWith(t, e, args[1:]...)
		want := []int{exitOK, exitFindings}
		if hasURL && pdfErr != nil {
			want = append(want, exitUnreadable)
		}
		ok := false
		for _, c := range want {
			ok = ok || r.code == c
		}
		if !ok {
			t.Errorf("%s: exit %d\nstderr: %s", name, r.code, r.stderr)
			continue
		}
		if r.code == exitFindings && !strings.Contains(r.stdout, "error") && !strings.Contains(name, "--format text") {
			t.Errorf("%s: findings but no report on stdout", name)
		}
		for i, a := range args {
			if (a == "--output" || a == "-o" || a == "--write-baseline") && i+1 < len(args) {
				checkReportFile(t, name, args[i+1])
			}
		}
	}
}

// checkReportFile checks that a report file exists and parses as its
// extension says.
func checkReportFile(t *testing.T, cmd, path string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil || len(data) == 0 {
		t.Errorf("%s: no %s written (%v)", cmd, path, err)
		return
	}
	switch filepath.Ext(path) {
	case ".sarif", ".json":
		var v map[string]any
		if err := json.Unmarshal(data, &v); err != nil {
			t.Errorf("%s: %s is not JSON: %v", cmd, path, err)
		}
	case ".xml":
		var v struct {
			XMLName xml.Name
		}
		if err := xml.Unmarshal(data, &v); err != nil || v.XMLName.Local != "testsuites" {
			t.Errorf("%s: %s is not JUnit XML: %v", cmd, path, err)
		}
	case ".html":
		if !strings.HasPrefix(string(data), "<!DOCTYPE html>") {
			t.Errorf("%s: %s is not HTML", cmd, path)
		}
	case ".csv":
		if _, err := csv.NewReader(strings.NewReader(string(data))).ReadAll(); err != nil {
			t.Errorf("%s: %s is not CSV: %v", cmd, path, err)
		}
	default:
		t.Errorf("%s: no check for %s", cmd, path)
	}
}

// TestCIDocConfigExample checks the .seloste.yaml example of docs/ci.md
// against the real rules.
func TestCIDocConfigExample(t *testing.T) {
	data, err := os.ReadFile(ciDoc)
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?s)## Settings in `.seloste.yaml`.*?```yaml\n(.*?)```").FindSubmatch(data)
	if m == nil {
		t.Fatal("no .seloste.yaml example in docs/ci.md")
	}
	var ids []string
	for _, r := range rules.All() {
		ids = append(ids, r.ID())
	}
	c, err := config.Parse("docs/ci.md example", m[1], ids)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Rules) == 0 || len(c.Controller) == 0 || len(c.Ignore) == 0 || c.Lang == "" || !c.HasFailOn {
		t.Errorf("the example does not show every key: %+v", c)
	}
}
