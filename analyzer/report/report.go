// Package report writes lint results in the output formats seloste offers.
// One file per format; writers take finished results and never analyse.
package report

import (
	"fmt"
	"io"

	"github.com/seloste/seloste/analyzer"
)

// Options are what writers need beyond the results.
type Options struct {
	Version   string            // seloste's version, for tool metadata
	Rules     []analyzer.Rule   // rule metadata (SARIF descriptors, checklists)
	Lang      string            // message language: fi, sv or en
	FailOn    analyzer.Severity // level at which a finding fails (JUnit, summaries); 0 = none
	Color     bool              // ANSI colour (text only)
	Quiet     bool              // only findings, no summaries (text only)
	Checklist bool              // print the per-notice element checklist (text only)
}

// Writer writes a whole report for a run.
type Writer interface {
	Write(w io.Writer, results []analyzer.Result, opt Options) error
}

// WriterFunc adapts a function to Writer.
type WriterFunc func(w io.Writer, results []analyzer.Result, opt Options) error

func (f WriterFunc) Write(w io.Writer, results []analyzer.Result, opt Options) error {
	return f(w, results, opt)
}

// Formats lists the format names New accepts.
func Formats() []string { return []string{"text", "json"} }

// New returns the writer for a format name.
func New(format string) (Writer, error) {
	switch format {
	// case "text": return WriterFunc(Text), nil
	// case "json": return WriterFunc(JSON), nil
	}
	return nil, fmt.Errorf("unknown format %q (want one of %v)", format, Formats())
}
