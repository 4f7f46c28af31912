package report

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/seloste/seloste/analyzer"
)

// CSVHeader is the first row of `--format csv`.
var CSVHeader = []string{"path", "rule", "severity", "article", "line", "page", "message", "quote"}

// CSV writes one row per finding, and one row with rule "input-error" per
// unreadable input. line is empty for a whole-document finding (a missing
// element), page is empty for formats without pages.
func CSV(w io.Writer, results []analyzer.Result, opt Options) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	for i := range results {
		r := &results[i]
		if r.Err != nil {
			cw.Write([]string{cell(r.Path), "input-error", "error", "", "", "", cell(r.Err.Error()), ""})
			continue
		}
		for _, f := range r.Findings {
			pos := r.Position(f.Span)
			cw.Write([]string{cell(r.Path), f.Rule, f.Severity.String(), cell(f.Article),
				positive(pos.Line), positive(pos.Page), cell(f.Message), cell(f.Quote)})
		}
	}
	cw.Flush()
	return cw.Error()
}

func positive(n int) string {
	if n <= 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// cell defuses text from a notice that a spreadsheet would run as a formula
// (OWASP "CSV injection"): a leading = + - @ tab or CR gets an apostrophe,
// which spreadsheets hide.
func cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
