package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/seloste/seloste/analyzer"
)

func TestTextGolden(t *testing.T) {
	tests := []struct {
		golden string
		opt    Options
	}{
		{"text.golden", Options{Version: "1.2.3", Lang: "en"}},
		{"text_quiet.golden", Options{Lang: "en", Quiet: true}},
		{"text_checklist_fi.golden", Options{Lang: "fi", Checklist: true}},
		{"text_color.golden", Options{Lang: "en", Color: true}},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Text(&buf, fixtureResults(t), tt.opt); err != nil {
				t.Fatal(err)
			}
			golden(t, tt.golden, buf.Bytes())
		})
	}
}

func TestTextColorOnlyWhenAsked(t *testing.T) {
	var buf bytes.Buffer
	if err := Text(&buf, fixtureResults(t), Options{}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "\x1b[") {
		t.Error("escape sequences without Options.Color")
	}
	buf.Reset()
	if err := Text(&buf, fixtureResults(t), Options{Color: true}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "\x1b[") {
		t.Error("no escape sequences with Options.Color")
	}
}

func TestTextEscapesControlCharacters(t *testing.T) {
	doc := analyzer.NewDocument("x.txt", analyzer.FormatText, "bad \x1b[2J text", nil)
	res := []analyzer.Result{{Path: doc.Path, Doc: doc, Findings: []analyzer.Finding{
		{Rule: "r", Severity: analyzer.Warning, Message: "m", Span: analyzer.Span{Start: 4, End: 8}, Quote: "\x1b[2J"},
	}}}
	var buf bytes.Buffer
	if err := Text(&buf, res, Options{Quiet: true}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "\x1b") {
		t.Errorf("quote not escaped:\n%q", buf.String())
	}
}

func TestTextNoResults(t *testing.T) {
	var buf bytes.Buffer
	if err := Text(&buf, nil, Options{}); err != nil {
		t.Fatal(err)
	}
	if buf.Len() != 0 {
		t.Errorf("output for no results: %q", buf.String())
	}
}

func TestTextEmptyMessage(t *testing.T) {
	doc := analyzer.NewDocument("x.txt", analyzer.FormatText, "text", nil)
	res := []analyzer.Result{{Path: doc.Path, Doc: doc, Findings: []analyzer.Finding{{Rule: "r", Severity: analyzer.Error}}}}
	var buf bytes.Buffer
	if err := Text(&buf, res, Options{Quiet: true}); err != nil {
		t.Fatal(err)
	}
	if want := "x.txt: error: [r]\n"; buf.String() != want {
		t.Errorf("got %q, want %q", buf.String(), want)
	}
}
