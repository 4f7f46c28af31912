package main

import (
	"fmt"
	"os"

	"github.com/seloste/seloste/analyzer"
	"github.com/seloste/seloste/analyzer/eval"
	"github.com/seloste/seloste/rules"
)

func main() {
	eng, err := rules.NewEngine()
	if err != nil {
		fmt.Println(err)
		os.Exit(2)
	}
	s, err := eval.Run(os.Args[1], func(path string) analyzer.Result {
		data, _ := os.ReadFile(path)
		doc := analyzer.NewDocument(path, analyzer.FormatText, analyzer.Normalize(string(data)), nil)
		return eng.Lint(doc, analyzer.Options{MessageLang: "en"})
	})
	if err != nil {
		fmt.Println(err)
		os.Exit(2)
	}
	s.Print(os.Stdout, len(os.Args) > 2)
}
