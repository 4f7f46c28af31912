// Command evaldrv runs the corpus evaluation without the CLI, for quick
// iterations on rules: go run ./internal/devtools/evaldrv corpus [detail].
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/seloste/seloste/analyzer"
	"github.com/seloste/seloste/analyzer/eval"
	"github.com/seloste/seloste/analyzer/extract"
	"github.com/seloste/seloste/rules"
)

func main() {
	eng, err := rules.NewEngine()
	if err != nil {
		fmt.Println(err)
		os.Exit(2)
	}
	s, err := eval.Run(os.Args[1], func(path string) analyzer.Result {
		doc, err := extract.Read(context.Background(), path, nil, extract.Options{})
		if err != nil {
			return analyzer.Result{Path: path, Err: err}
		}
		return eng.Lint(doc, analyzer.Options{MessageLang: "en"})
	})
	if err != nil {
		fmt.Println(err)
		os.Exit(2)
	}
	s.Print(os.Stdout, len(os.Args) > 2)
}
