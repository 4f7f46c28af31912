package main

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/seloste/seloste/analyzer"
	"github.com/seloste/seloste/analyzer/report"
)

// output is one report of a run: a format and the file it goes to ("" is
// standard output).
type output struct {
	format, file string
}

// pairOutputs pairs --format and --output values in the order given: the
// first format goes to the first file, and so on; a last format without a
// file goes to standard output. With no --format the report is text.
func pairOutputs(formats, files []string) ([]output, error) {
	if len(formats) == 0 {
		formats = []string{"text"}
	}
	for _, f := range formats {
		if !slices.Contains(report.Formats(), f) {
			return nil, fmt.Errorf("unknown --format %q (want %s)", f, strings.Join(report.Formats(), ", "))
		}
	}
	if len(files) > len(formats) {
		return nil, fmt.Errorf("%d --output for %d --format: give a --format for each --output, in the same order", len(files), len(formats))
	}
	if len(formats)-len(files) > 1 {
		return nil, fmt.Errorf("%d reports would go to standard output: give an --output for each --format but the last", len(formats)-len(files))
	}
	outs := make([]output, len(formats))
	seen := map[string]bool{}
	for i, f := range formats {
		outs[i].format = f
		if i < len(files) {
			if files[i] == "" || files[i] == "-" {
				return nil, fmt.Errorf("--output %q: name a file (the last --format without --output goes to standard output)", files[i])
			}
			if seen[files[i]] {
				return nil, fmt.Errorf("--output %s is given twice", files[i])
			}
			seen[files[i]] = true
			outs[i].file = files[i]
		}
	}
	return outs, nil
}

// writeReports writes every report. Colour, when asked for, is only for
// the report on standard output. A report that cannot be written does not
// stop the others; the first error is returned.
func writeReports(e *env, outs []output, results []analyzer.Result, opt report.Options) error {
	var first error
	for _, o := range outs {
		w, err := report.New(o.format)
		if err == nil {
			err = writeReport(e, o, w, results, opt)
		}
		if err != nil && first == nil {
			first = err
		}
	}
	return first
}

func writeReport(e *env, o output, w report.Writer, results []analyzer.Result, opt report.Options) error {
	if o.file == "" {
		return w.Write(e.stdout, results, opt)
	}
	opt.Color = false
	f, err := os.Create(o.file)
	if err != nil {
		return fmt.Errorf("--output: %w", err)
	}
	err = w.Write(f, results, opt)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("%s: %w", o.file, err)
	}
	return nil
}
