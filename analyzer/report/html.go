package report

import (
	"crypto/sha256"
	"encoding/base64"
	"html/template"
	"io"
	"sync"
	"time"

	"github.com/seloste/seloste/analyzer"
)

// HTML writes the audit report as one self-contained HTML file: inline CSS
// and a few lines of inline JavaScript to sort tables, no external assets.
// Notice text is untrusted; html/template escapes it, and the page's
// Content-Security-Policy allows only the report's own style and script
// (by hash), so markup that slipped through could not run or load anything.
func HTML(w io.Writer, results []analyzer.Result, opt Options) error {
	return writeHTML(w, results, opt, time.Now())
}

func writeHTML(w io.Writer, results []analyzer.Result, opt Options, now time.Time) error {
	return htmlTemplate().Execute(w, htmlPage{audit: newAudit(results, opt, now)})
}

type htmlPage struct {
	*audit
}

func (htmlPage) CSS() template.CSS { return template.CSS(htmlCSS) }
func (htmlPage) JS() template.JS   { return template.JS(htmlJS) }
func (htmlPage) CSP() string       { return htmlCSP }

var htmlCSP = "default-src 'none'; style-src " + cspHash(htmlCSS) + "; script-src " + cspHash(htmlJS) + "; img-src data:; base-uri 'none'; form-action 'none'"

func cspHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

const htmlCSS = `
:root { --ok: #17663a; --bad: #a4161a; --bad-bg: #fdecea; --na: #5c6370; --line: #c8ccd2; --head: #f3f4f6; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1f24; margin: 0 auto; padding: 1.5rem 2rem 4rem; max-width: 110rem; }
h1 { font-size: 1.7rem; margin: 0 0 .2rem; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 .6rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; }
.meta, .hint { color: #4b5260; margin: 0 0 .8rem; }
table { border-collapse: collapse; margin: .4rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
thead th { background: var(--head); position: sticky; top: 0; z-index: 1; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
table.sortable thead th { cursor: pointer; user-select: none; }
table.sortable thead th:hover, table.sortable thead th:focus { background: #e3e6ea; outline: none; }
th[aria-sort="ascending"]::after { content: " ▲"; }
th[aria-sort="descending"]::after { content: " ▼"; }
.totals td:first-child { font-weight: 600; }
.summary-wrap { overflow-x: auto; }
#summary-table th.el { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; font-weight: 500; font-size: .85rem; padding: .4rem .2rem; text-align: left; vertical-align: bottom; }
#summary-table td.mark { text-align: center; padding: .2rem .35rem; }
.present { color: var(--ok); }
.absent { color: var(--bad); background: var(--bad-bg); font-weight: 700; }
.na { color: var(--na); }
.sev { display: inline-block; min-width: 5.2em; padding: 0 .4em; border: 1px solid currentColor; border-radius: .3em; font-size: .8rem; font-weight: 700; text-transform: uppercase; text-align: center; }
.sev-error { color: var(--bad); }
.sev-warning { color: #8a4b00; }
.sev-info { color: #1f4e99; }
code { font: .9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f0f1f3; padding: 0 .25em; border-radius: .2em; }
.notice { margin-top: 2.5rem; }
.notice h2 a.back { font-size: .8rem; font-weight: 400; margin-left: .8rem; }
.checklist td:nth-child(2) { white-space: nowrap; }
q, blockquote { font-style: italic; }
blockquote { margin: .3rem 0 .3rem 0; padding: .2rem .8rem; border-left: 3px solid var(--line); }
ol.findings { padding-left: 1.4rem; }
ol.findings li { margin: 0 0 .9rem; }
.fix { margin: .2rem 0; }
.fix b { font-weight: 600; }
.unreadable li { margin-bottom: .3rem; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; color: #000; }
  thead th { position: static; background: none; }
  thead { display: table-header-group; }
  tr, li, blockquote { break-inside: avoid; }
  .notice { break-before: page; margin-top: 0; }
  .summary-wrap { overflow: visible; }
  .hint, a.back { display: none; }
  a { color: inherit; text-decoration: none; }
  .present, .absent, .na, .sev, .sev-error, .sev-warning, .sev-info { color: #000; background: none; }
  .absent { font-weight: 700; }
  th[aria-sort]::after { content: ""; }
  code { background: none; padding: 0; }
}
`

// htmlJS sorts a table when its column heading is clicked (again: reverse).
// Test hook: a URL fragment #sort=TABLE:COLUMN[:desc] clicks that heading on
// load, so a headless browser can check sorting without a driver.
const htmlJS = `
(function () {
  "use strict";
  function key(cell) {
    var v = cell.getAttribute("data-sort");
    return v === null ? cell.textContent.trim() : v;
  }
  function compare(a, b) {
    var x = Number(a), y = Number(b);
    if (a !== "" && b !== "" && !isNaN(x) && !isNaN(y)) { return x - y; }
    return a.localeCompare(b);
  }
  function sortBy(table, th, col) {
    var desc = th.getAttribute("aria-sort") === "ascending";
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.forEach(function (r, i) { r.setAttribute("data-pos", i); });
    rows.sort(function (r1, r2) {
      var c = compare(key(r1.cells[col]), key(r2.cells[col]));
      if (c === 0) { return r1.getAttribute("data-pos") - r2.getAttribute("data-pos"); }
      return desc ? -c : c;
    });
    rows.forEach(function (r) { body.appendChild(r); r.removeAttribute("data-pos"); });
    Array.prototype.forEach.call(th.parentNode.cells, function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", desc ? "descending" : "ascending");
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, col) {
      th.tabIndex = 0;
      th.addEventListener("click", function () { sortBy(table, th, col); });
      th.addEventListener("keydown", function (e) {
        if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sortBy(table, th, col); }
      });
    });
  });
  var m = /^#sort=([\w-]+):(\d+)(:desc)?$/.exec(location.hash);
  var table = m && document.getElementById(m[1]);
  if (table) {
    var th = table.tHead.rows[0].cells[Number(m[2])];
    if (th) { th.click(); if (m[3]) { th.click(); } }
  }
})();
`

// htmlTemplate is parsed on first use: a lint run that writes no HTML
// report should not pay for it at start-up.
var htmlTemplate = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("html").Funcs(template.FuncMap{
		"markSort": func(m auditMark) int {
			switch m.Class {
			case "absent":
				return 0
			case "na":
				return 1
			}
			return 2
		},
	}).Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{{.CSP}}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="seloste {{.Version}}">
<title>{{.L.Title}} · {{.Date}}</title>
<style>{{.CSS}}</style>
</head>
<body>
<header>
<h1>{{.L.Title}}</h1>
<p class="meta">{{.L.Generated}} {{.Date}} · {{.L.Tool}} {{with .Version}}{{.}}{{else}}(devel){{end}}</p>
</header>

<section id="totals">
<h2>{{.L.Totals}}</h2>
<table class="totals">
<tbody>
<tr><td>{{.L.Documents}}</td><td class="num" id="total-documents">{{.Documents}}</td></tr>
<tr><td>{{.L.Unreadable}}</td><td class="num" id="total-unreadable">{{len .Unreadable}}</td></tr>
<tr><td>{{.L.Findings}}: {{.L.ColErrors}}</td><td class="num" id="total-errors">{{.Errors}}</td></tr>
<tr><td>{{.L.Findings}}: {{.L.ColWarnings}}</td><td class="num" id="total-warnings">{{.Warnings}}</td></tr>
<tr><td>{{.L.Findings}}: {{.L.ColInfos}}</td><td class="num" id="total-infos">{{.Infos}}</td></tr>
</tbody>
</table>
{{if .FailOn}}<p>{{.FailingText}}</p>{{end}}
</section>

<section id="rules">
<h2>{{.L.RulesHeading}}</h2>
<p class="meta">{{.L.RulesIntro}} <span class="hint">{{.L.SortHint}}</span></p>
<table class="sortable" id="rules-table">
<thead><tr><th scope="col">{{.L.Rule}}</th><th scope="col">{{.L.Severity}}</th><th scope="col" class="num">{{.L.Notices}}</th><th scope="col" class="num">{{.L.Findings}}</th></tr></thead>
<tbody>
{{range .Rules}}<tr data-rule="{{.ID}}"><td><code>{{.ID}}</code>{{with .Title}} {{.}}{{end}}</td><td><span class="sev sev-{{.Severity}}">{{$.L.Sev .Severity}}</span></td><td class="num">{{.Notices}}</td><td class="num">{{.Findings}}</td></tr>
{{end}}</tbody>
</table>
</section>

<section id="summary">
<h2>{{.L.Summary}}</h2>
<p class="meta">{{.L.SummaryIntro}} {{.L.Legend}}. <span class="hint">{{.L.SortHint}}</span></p>
<div class="summary-wrap">
<table class="sortable" id="summary-table">
<thead><tr><th scope="col">{{.L.Notice}}</th><th scope="col" class="num">{{.L.ColErrors}}</th><th scope="col" class="num">{{.L.ColWarnings}}</th><th scope="col" class="num">{{.L.Missing}}</th>{{range .Elements}}<th scope="col" class="el" title="{{with .Title}}{{.}}{{else}}{{.ID}}{{end}}">{{.ID}}</th>{{end}}</tr></thead>
<tbody>
{{range .Notices}}<tr data-notice="{{.Path}}"><th scope="row"><a href="#{{.Anchor}}">{{.Path}}</a></th><td class="num">{{.Errors}}</td><td class="num">{{.Warnings}}</td><td class="num">{{.Missing}}</td>{{range $i, $c := .Cells}}<td class="mark {{$c.Class}}" data-sort="{{markSort $c}}" title="{{$c.Word}}"><span aria-label="{{$c.Word}}">{{$c.Symbol}}</span></td>{{end}}</tr>
{{end}}</tbody>
</table>
</div>
</section>
{{if .Unreadable}}
<section id="unreadable">
<h2>{{.L.Unreadable}}</h2>
<ul class="unreadable">
{{range .Unreadable}}<li><code>{{.Path}}</code>: {{.Error}}</li>
{{end}}</ul>
</section>
{{end}}{{$L := .L}}{{range .Notices}}
<section class="notice" id="{{.Anchor}}">
<h2>{{.Path}}<a class="back" href="#summary">↑ {{$L.Summary}}</a></h2>
<p class="meta">{{$L.Format}}: {{.Format}}{{with .Lang}} · {{$L.Language}}: {{.}}{{end}}{{with .Controller}} · {{$L.Controller}}: {{.}}{{end}} · {{$L.ColErrors}}: {{.Errors}} · {{$L.ColWarnings}}: {{.Warnings}} · {{$L.ColInfos}}: {{.Infos}}</p>
<h3>{{$L.Checklist}}</h3>
<table class="checklist">
<thead><tr><th scope="col">{{$L.Element}}</th><th scope="col">{{$L.State}}</th><th scope="col">{{$L.Evidence}}</th></tr></thead>
<tbody>
{{range .Checklist}}<tr><td><code>{{.ID}}</code>{{with .Title}} {{.}}{{end}}</td><td class="{{.Mark.Class}}">{{.Mark.Symbol}} {{.Mark.Word}}</td><td>{{with .Quote}}<q>{{.}}</q>{{end}}{{with .Where}} ({{.}}){{end}}</td></tr>
{{end}}</tbody>
</table>
<h3>{{$L.Findings}}</h3>
{{if .Findings}}<ol class="findings">
{{range .Findings}}<li><span class="sev sev-{{.Severity}}">{{$L.Sev .Severity}}</span> <code>{{.Rule}}</code> · {{.Where}}{{with .Article}} · {{.}}{{end}}<br>{{.Message}}
{{with .Quote}}<blockquote>{{.}}</blockquote>{{end}}
{{with .Suggestion}}<p class="fix"><b>{{$L.Fix}}:</b> {{.}}</p>{{end}}</li>
{{end}}</ol>{{else}}<p>{{$L.NoFindings}}</p>{{end}}
</section>
{{end}}
<script>{{.JS}}</script>
</body>
</html>
`))
})
