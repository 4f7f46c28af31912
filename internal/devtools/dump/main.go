// Command dump prints how seloste sees a notice: blocks, sentences and the
// concepts matched in each, for debugging rules and lexicons.
package main

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/seloste/seloste/analyzer"
	"github.com/seloste/seloste/analyzer/extract"
	"github.com/seloste/seloste/rules"
)

func main() {
	doc, err := extract.Read(context.Background(), os.Args[1], os.Stdin, extract.Options{})
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	lex, err := rules.Lexicon()
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	p := analyzer.NewPass(doc, lex, analyzer.Options{})
	for s := 0; s < p.SentenceCount(); s++ {
		st := p.Index.Sentences[s]
		b := p.Index.Blocks[st.Block]
		var cs []string
		for _, c := range lex.Concepts() {
			if p.Has(s, c) {
				cs = append(cs, c)
			}
		}
		sort.Strings(cs)
		kind := string(b.Kind)
		if b.Inferred {
			kind += "*"
		}
		fmt.Printf("%3d b%-3d %-10s %s\n        [%s]\n", s, st.Block, kind, strings.TrimSpace(p.SentenceText(s)), strings.Join(cs, " "))
	}
}
