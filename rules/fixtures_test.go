package rules

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/seloste/seloste/analyzer"
	"github.com/seloste/seloste/analyzer/extract"
)

// TestFixtures lints every testdata/LANG/NAME.{txt,html,docx,pdf} and checks
// the expectations in NAME.want, one per line:
//
//	+rule        the rule reports a finding (a missing element or a problem)
//	+rule 12     ... located on line 12
//	-rule        the rule reports nothing
//	lang sv      the detected notice language
//	controller public
//
// Lines starting with # are comments.
func TestFixtures(t *testing.T) {
	eng, err := NewEngine()
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, ext := range []string{"txt", "html", "docx", "pdf"} {
		fs, _ := filepath.Glob("testdata/*/*." + ext)
		files = append(files, fs...)
	}
	if len(files) == 0 {
		t.Fatal("no fixtures")
	}
	for _, f := range files {
		stem := strings.TrimSuffix(f, filepath.Ext(f))
		t.Run(f[len("testdata/"):], func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := extract.Parse(f, data, "", extract.Options{})
			if err != nil {
				t.Fatal(err)
			}
			res := eng.Lint(doc, analyzer.Options{})
			want, err := os.Open(stem + ".want")
			if err != nil {
				t.Fatalf("fixture has no .want file: %v", err)
			}
			defer want.Close()
			sc := bufio.NewScanner(want)
			n := 0
			for sc.Scan() {
				line := strings.TrimSpace(sc.Text())
				if line == "" || strings.HasPrefix(line, "#") {
					continue
				}
				n++
				checkExpectation(t, &res, line)
			}
			if n == 0 {
				t.Fatal(".want file has no expectations")
			}
		})
	}
}

func checkExpectation(t *testing.T, res *analyzer.Result, line string) {
	t.Helper()
	fields := strings.Fields(line)
	switch {
	case fields[0] == "lang":
		if res.Lang != fields[1] {
			t.Errorf("language: got %s, want %s", res.Lang, fields[1])
		}
	case fields[0] == "controller":
		if res.Controller != fields[1] {
			t.Errorf("controller: got %s, want %s", res.Controller, fields[1])
		}
	case strings.HasPrefix(fields[0], "+"):
		id := fields[0][1:]
		var lines []int
		for _, f := range res.Findings {
			if f.Rule == id {
				lines = append(lines, res.Position(f.Span).Line)
			}
		}
		if len(lines) == 0 {
			t.Errorf("want a %s finding, got none%s", id, evidence(res, id))
			return
		}
		if len(fields) > 1 {
			wantLine, _ := strconv.Atoi(fields[1])
			for _, l := range lines {
				if l == wantLine {
					return
				}
			}
			t.Errorf("want a %s finding on line %d, got lines %v", id, wantLine, lines)
		}
	case strings.HasPrefix(fields[0], "-"):
		id := fields[0][1:]
		for _, f := range res.Findings {
			if f.Rule == id {
				t.Errorf("want no %s finding, got line %d: %q", id, res.Position(f.Span).Line, f.Quote)
			}
		}
	default:
		t.Errorf("bad expectation %q", line)
	}
}

// evidence explains a missing finding of an element rule: the sentence the
// detector took as evidence.
func evidence(res *analyzer.Result, id string) string {
	for _, el := range res.Elements {
		if el.ID == id && el.Present {
			return " (element taken as present from line " + strconv.Itoa(res.Position(el.Span).Line) + ": " + strconv.Quote(el.Quote) + ")"
		}
	}
	return ""
}
