package report

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/seloste/seloste/analyzer"
)

var auditDate = time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)

func TestMarkdown(t *testing.T) {
	var buf bytes.Buffer
	if err := writeMarkdown(&buf, fxResults(), Options{Version: "1.2.3", Rules: fxRules(), FailOn: analyzer.Error}, auditDate); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	golden(t, "markdown/fixture.md", buf.Bytes())

	for _, want := range []string{
		"Generated 2026-11-23 12:00 UTC · seloste 1.2.3",
		"| Notices | 4 |", "| Unreadable inputs | 1 |",
		"| Findings: Errors | 4 |", "| Findings: Warnings | 2 |", "| Findings: Info | 1 |",
		"Format: pdf · Language: sv · Controller: private · Errors: 0 · Warnings: 1 · Info: 0",
		"1 of 3 readable notices have findings at or above error.",
		// vague-retention fires in two notices, first in the rule table.
		"| `vague-retention` Retention period is vague | warning | 2 | 2 |",
		"| `outdated-law` Cites the repealed Personal Data Act | error | 1 | 1 |",
		"- notices/rikki.pdf: notices/rikki.pdf: encrypted PDF &lt;needs a password&gt;",
		"| `retention` | ✗ missing |  |",
		"| `legitimate-interest` | – not applicable |  |",
		"- **error** `outdated-law` · line 5 · GDPR 13(1)(c): Cites the repealed Personal Data Act 523/1999",
		"  - Suggested text: Tietosuojavastaavan yhteystiedot: «nimi», «sähköposti»",
		"· line 5, page 2 ·",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	// One summary row per readable notice, each with 21 element cells.
	rows := 0
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "| [") {
			rows++
			if cells := strings.Count(line, "|") - 1; cells != 4+21 {
				t.Errorf("summary row has %d cells, want 25: %s", cells, line)
			}
		}
	}
	if rows != 3 {
		t.Errorf("%d summary rows, want 3", rows)
	}
	// Notice text cannot inject markup or break a table.
	if strings.Contains(out, "<script>") {
		t.Error("raw <script> from a notice in the Markdown report")
	}
}

func TestMarkdownFinnish(t *testing.T) {
	var buf bytes.Buffer
	if err := writeMarkdown(&buf, fxResults()[:1], Options{Rules: fxRules(), Lang: "fi"}, auditDate); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"- **virhe** `dpo-contact` · koko seloste", "# Tietosuojaselosteiden tarkastus", "| `retention` | ✗ puuttuu |", "koko seloste", "FI: Notice gives dpo-contact"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("Finnish report lacks %q", want)
		}
	}
}

func TestMD(t *testing.T) {
	for in, want := range map[string]string{
		"a | b":             `a \| b`,
		"<img src=x>":       "&lt;img src=x&gt;",
		"*bold* [l](u)":     `\*bold\* \[l\](u)`,
		"two\nlines\t here": "two lines here",
		"AT&T":              "AT&amp;T",
	} {
		if got := md(in); got != want {
			t.Errorf("md(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAnchorFor(t *testing.T) {
	used := map[string]bool{"summary": true}
	got := []string{anchorFor("notices/Företag AB.pdf", used), anchorFor("notices/företag-ab.pdf", used), anchorFor("https://kunta.fi/a", used)}
	want := []string{"notice-notices-foretag-ab-pdf", "notice-notices-foretag-ab-pdf-2", "notice-https-kunta-fi-a"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("anchor %d = %q, want %q", i, got[i], want[i])
		}
	}
}

// A run where nothing could be read still gives a whole report.
func TestAuditReportsWithoutNotices(t *testing.T) {
	for name, results := range map[string][]analyzer.Result{"none": nil, "unreadable only": fxResults()[3:]} {
		var md, html bytes.Buffer
		if err := writeMarkdown(&md, results, Options{FailOn: analyzer.Error}, auditDate); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := writeHTML(&html, results, Options{FailOn: analyzer.Error}, auditDate); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !strings.Contains(md.String(), "0 of 0 readable notices") || !strings.HasSuffix(html.String(), "</html>\n") {
			t.Errorf("%s: incomplete report:\n%s", name, md.String())
		}
		if name == "unreadable only" && (!strings.Contains(md.String(), "## Unreadable inputs") || !strings.Contains(html.String(), `<section id="unreadable">`)) {
			t.Errorf("%s: no unreadable inputs section", name)
		}
	}
}
