// Package rules holds seloste's checks, one file per rule id, and the
// lexicons (rules/lexicons/LANG/*.yaml, embedded) that they match against.
package rules

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"

	"github.com/seloste/seloste/analyzer"
)

//go:embed lexicons/*/*.yaml
var lexiconFiles embed.FS

// All returns every rule in registry order: the 21 elements in the order of
// the JSON contract, then the problems.
func All() []analyzer.Rule {
	return []analyzer.Rule{}
}

// Lexicon compiles the embedded lexicons of every language into one matcher.
func Lexicon() (*analyzer.Lexicon, error) {
	names, err := fs.Glob(lexiconFiles, "lexicons/*/*.yaml")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var files []*analyzer.LexiconFile
	for _, n := range names {
		data, err := lexiconFiles.ReadFile(n)
		if err != nil {
			return nil, err
		}
		f, err := analyzer.ParseLexicon(n, data)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	lex, err := analyzer.CompileLexicon(files...)
	if err != nil {
		return nil, fmt.Errorf("embedded lexicons: %w", err)
	}
	return lex, nil
}

// NewEngine returns an engine with every rule and the embedded lexicons.
func NewEngine() (*analyzer.Engine, error) {
	lex, err := Lexicon()
	if err != nil {
		return nil, err
	}
	return analyzer.NewEngine(All(), lex), nil
}
