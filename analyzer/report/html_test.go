package report

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/seloste/seloste/analyzer"
)

// hostileResults adds a notice whose text tries to run script in the report.
func hostileResults() []analyzer.Result {
	text := "Tietosuojaseloste\n<script>document.title='pwned'</script><img src=x onerror=\"document.title='pwned'\">\n"
	doc := analyzer.NewDocument(`evil"><script>document.title='pwned'</script>.html`, analyzer.FormatHTML, text, nil)
	quote := doc.Quote(18, len(text)-1, 0)
	res := analyzer.Result{Path: doc.Path, Format: doc.Format, Doc: doc, Controller: "private",
		Elements: fxElements(doc, []string{"retention"}, nil),
		Findings: []analyzer.Finding{{Rule: "purposes", Severity: analyzer.Warning, Message: quote,
			Span: analyzer.Span{Start: 18, End: len(text) - 1}, Quote: quote, Suggestion: quote}},
	}
	res.Elements[0].Quote = quote
	return append(fxResults(), res)
}

func writeHTMLReport(t *testing.T, results []analyzer.Result, opt Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := writeHTML(&buf, results, opt, auditDate); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestHTMLIsSelfContainedAndEscaped(t *testing.T) {
	out := string(writeHTMLReport(t, hostileResults(), Options{Version: "1.2.3", Rules: fxRules(), FailOn: analyzer.Error}))
	if n := strings.Count(out, "<script"); n != 1 {
		t.Errorf("%d <script> elements, want only the report's own", n)
	}
	for _, bad := range []string{"<img", "onerror=\"", "document.title='pwned'", `<link`} {
		if strings.Contains(out, bad) {
			t.Errorf("report contains %q", bad)
		}
	}
	if m := regexp.MustCompile(`<[^>]*\s(src|srcset|poster|data)=`).FindString(out); m != "" {
		t.Errorf("report loads an external resource: %s", m)
	}
	if !strings.Contains(out, "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;") {
		t.Error("the notice's markup is not shown as escaped text")
	}
	for _, href := range regexp.MustCompile(`href="([^"]*)"`).FindAllStringSubmatch(out, -1) {
		if !strings.HasPrefix(href[1], "#") {
			t.Errorf("link %q leaves the report", href[1])
		}
	}
	// The policy pins the inline style and script by hash.
	if !strings.Contains(out, `content="default-src &#39;none&#39;; style-src &#39;sha256-`) {
		t.Error("no Content-Security-Policy")
	}
	for _, want := range []string{
		`<td class="num" id="total-documents">5</td>`,
		`<td class="num" id="total-unreadable">1</td>`,
		`<tr data-rule="outdated-law">`,
		`<td class="absent">✗ missing</td>`,
		`<td class="na">– not applicable</td>`,
		`@media print`,
		`<li><code>notices/rikki.pdf</code>: notices/rikki.pdf: encrypted PDF &lt;needs a password&gt;</li>`,
		`line 5, page 2`,
		`<b>Suggested text:</b> Viittaa EU:n`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	if n := strings.Count(out, "<tr data-notice="); n != 4 {
		t.Errorf("%d summary rows, want one per readable notice (4)", n)
	}
}

// chromium returns a headless browser command, or skips the test.
func chromium(t *testing.T) string {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	needTool(t, "no headless browser: apt-get install chromium (or set CHROMIUM)")
	return ""
}

// browse loads url in headless Chromium and returns the DOM after scripts
// ran, or writes a screenshot or PDF when extra asks for one.
func browse(t *testing.T, url string, extra ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	args := append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + t.TempDir(), "--virtual-time-budget=3000"}, extra...)
	if len(extra) == 0 {
		args = append(args, "--dump-dom")
	}
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, chromium(t), append(args, url)...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, stderr.Bytes())
	}
	return stdout.String()
}

var noticeRow = regexp.MustCompile(`<tr data-notice="([^"]*)"`)

func rowOrder(dom string) []string {
	var out []string
	for _, m := range noticeRow.FindAllStringSubmatch(dom, -1) {
		out = append(out, strings.ReplaceAll(m[1], "&amp;", "&"))
	}
	return out
}

func TestHTMLInBrowser(t *testing.T) {
	t.Parallel() // each browser start takes seconds
	chromium(t)
	path := filepath.Join(t.TempDir(), "report.html")
	if err := os.WriteFile(path, writeHTMLReport(t, hostileResults(), Options{Version: "1.2.3", Rules: fxRules(), FailOn: analyzer.Error}), 0o644); err != nil {
		t.Fatal(err)
	}
	url := "file://" + filepath.ToSlash(path)

	dom := browse(t, url)
	if strings.Contains(dom, "<title>pwned") || !strings.Contains(dom, "<title>Privacy notice audit") {
		t.Fatalf("notice text ran as script: %.300s", dom)
	}
	if got := rowOrder(dom); len(got) != 4 || got[0] != "notices/kunta.txt" {
		t.Fatalf("summary rows %q, want 4 in input order", got)
	}

	for _, c := range []struct {
		fragment string
		want     []string
	}{
		// Missing, most first; ties keep their order.
		{"#sort=summary-table:3:desc", []string{"notices/kunta.txt", "https://example.fi/tietosuoja?x=1&y=2", rowOrder(dom)[3], "notices/företag ab.pdf"}},
		// Notice name, A to Z.
		{"#sort=summary-table:0", []string{rowOrder(dom)[3], "https://example.fi/tietosuoja?x=1&y=2", "notices/företag ab.pdf", "notices/kunta.txt"}},
		// The retention column: missing (✗) first, then present.
		{"#sort=summary-table:12", []string{"notices/kunta.txt", rowOrder(dom)[3], "notices/företag ab.pdf", "https://example.fi/tietosuoja?x=1&y=2"}},
	} {
		t.Run(c.fragment, func(t *testing.T) {
			t.Parallel()
			sorted := browse(t, url+c.fragment)
			got := rowOrder(sorted)
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("rows %q, want %q", got, c.want)
			}
			if !strings.Contains(sorted, `aria-sort="`) {
				t.Error("the sorted column is not marked")
			}
		})
	}
}

// TestHTMLPrint prints the report to PDF: every notice starts a page.
func TestHTMLPrint(t *testing.T) {
	t.Parallel()
	chromium(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "report.html")
	if err := os.WriteFile(path, writeHTMLReport(t, fxResults(), Options{Rules: fxRules()}), 0o644); err != nil {
		t.Fatal(err)
	}
	pdf := filepath.Join(dir, "report.pdf")
	browse(t, "file://"+filepath.ToSlash(path), "--no-pdf-header-footer", "--print-to-pdf="+pdf)
	data, err := os.ReadFile(pdf)
	if err != nil {
		t.Fatal(err)
	}
	pages := len(regexp.MustCompile(`/Type\s*/Page\b`).FindAll(data, -1))
	if pages < 4 {
		t.Errorf("printed %d pages, want the front matter and a page per notice (>= 4)", pages)
	}
	// With pdftotext (poppler-utils), check that each notice starts a page.
	pdftotext, err := exec.LookPath("pdftotext")
	if err != nil {
		needTool(t, "pdftotext not installed: page breaks not checked (apt-get install poppler-utils)")
	}
	text, err := exec.Command(pdftotext, pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	tops := map[string]bool{}
	for _, page := range strings.Split(string(text), "\f") {
		if fields := strings.Fields(page); len(fields) > 0 {
			tops[strings.SplitN(strings.TrimSpace(page), "\n", 2)[0]] = true
		}
	}
	for _, r := range fxResults() {
		if r.Err == nil && !tops[r.Path] {
			t.Errorf("notice %s does not start a printed page; page tops: %v", r.Path, tops)
		}
	}
}
