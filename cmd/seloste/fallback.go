package main

// TODO(extract): delete this file once analyzer/extract has Inputs and Read;
// extractSource then returns source{extract.Inputs, extract.Read}.

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/seloste/seloste/analyzer"
	"github.com/seloste/seloste/analyzer/extract"
)

func extractSource() source { return source{inputs: fallbackInputs, read: fallbackRead} }

func fallbackInputs(args []string) ([]string, []error) {
	var inputs []string
	var errs []error
	for _, a := range args {
		if a == "-" || strings.HasPrefix(a, "http://") || strings.HasPrefix(a, "https://") {
			inputs = append(inputs, a)
			continue
		}
		fi, err := os.Stat(a)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", a, err))
			continue
		}
		if !fi.IsDir() {
			inputs = append(inputs, a)
			continue
		}
		n := len(inputs)
		_ = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.EqualFold(filepath.Ext(p), ".txt") {
				inputs = append(inputs, p)
			}
			return nil
		})
		if len(inputs) == n {
			errs = append(errs, fmt.Errorf("%s: no notices in folder", a))
		}
	}
	return inputs, errs
}

func fallbackRead(_ context.Context, input string, stdin io.Reader, opt extract.Options) (*analyzer.Document, error) {
	var data []byte
	var err error
	switch {
	case input == "-":
		data, err = io.ReadAll(io.LimitReader(stdin, 64<<20))
	case strings.Contains(input, "://"):
		err = errors.New("URLs need the analyzer/extract reader")
	default:
		data, err = os.ReadFile(input)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", input, err)
	}
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("%s: not UTF-8 text", input)
	}
	var b analyzer.Builder
	for _, para := range strings.Split(string(data), "\n\n") {
		b.Add(analyzer.BlockParagraph, 0, 0, para)
	}
	if b.Len() == 0 {
		return nil, fmt.Errorf("%s: no text in the notice", input)
	}
	doc := b.Document(input, analyzer.FormatText)
	return doc, nil
}
