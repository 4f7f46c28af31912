package extract

import (
	"fmt"
	"os"
	"testing"
)

func TestZZDump(t *testing.T) {
	f := os.Getenv("PDFDUMP")
	if f == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(f)
	doc, err := PDF(f, data, Options{PDFEngine: os.Getenv("PDFENGINE")})
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range doc.Blocks {
		fmt.Printf("[p%d %s%d] %s\n", b.Page, b.Kind, b.Level, doc.BlockText(b))
	}
}
