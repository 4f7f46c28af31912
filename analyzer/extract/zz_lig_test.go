package extract

import (
	"fmt"
	"os"
	"testing"
	"time"
)

func TestZZLig(t *testing.T) {
	f := os.Getenv("PDFLIG")
	if f == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(f)
	r, _ := openPDF(data)
	pages, _ := pageTree(r)
	in := newInterpreter(time.Now().Add(time.Minute))
	seen := map[string]int{}
	for _, p := range pages {
		gs, _ := in.page(p)
		for _, g := range gs {
			if len([]rune(g.s)) > 1 {
				seen[g.s]++
			}
		}
	}
	fmt.Println(seen)
}
