package extract

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"strings"
	"testing"
	"time"
)

// buildPDF writes objects numbered from 1 (the first is the catalog) with a
// correct cross-reference table.
func buildPDF(objs ...string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

func pdfStream(data, extra string) string {
	return fmt.Sprintf("<< /Length %d %s >>\nstream\n%s\nendstream", len(data), extra, data)
}

// deflateTwice compresses n bytes of c twice over: a bomb of a few KiB.
func deflateTwice(c byte, n int) string {
	var inner, outer bytes.Buffer
	w, _ := zlib.NewWriterLevel(&inner, zlib.BestCompression)
	chunk := bytes.Repeat([]byte{c}, 1<<20)
	for range n >> 20 {
		w.Write(chunk)
	}
	w.Close()
	w2, _ := zlib.NewWriterLevel(&outer, zlib.BestCompression)
	w2.Write(inner.Bytes())
	w2.Close()
	return outer.String()
}

const helvetica = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"

func TestPDFCraftedInMemory(t *testing.T) {
	// 2100 pages sharing one content stream and resources inherited from the
	// page tree: the reader stops at pdfMaxPages.
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"", // the page tree, below
		helvetica,
		pdfStream("BT /F1 12 Tf 72 700 Td (Sama sivu.) Tj ET", ""),
	}
	var kids []string
	for range 2100 {
		objs = append(objs, "<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>")
		kids = append(kids, fmt.Sprintf("%d 0 R", len(objs)))
	}
	objs[1] = "<< /Type /Pages /Kids [" + strings.Join(kids, " ") + "] /Count 2100 /Resources << /Font << /F1 3 0 R >> >> >>"
	manyPages := buildPDF(objs...)
	// A form XObject that draws itself twice: recursion stops at
	// pdfMaxFormDepth, 2^8 draws.
	selfForm := buildPDF(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> /XObject << /X 4 0 R >> >> /Contents 6 0 R >>",
		pdfStream("BT /F1 12 Tf 72 700 Td (Lomake.) Tj ET /X Do /X Do", "/Type /XObject /Subtype /Form /BBox [0 0 600 800]"),
		helvetica,
		pdfStream("/X Do", ""),
	)
	// A ToUnicode CMap that inflates to 64 MiB, 16 times its limit: the
	// font decodes without it.
	cmapBomb := buildPDF(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 4 0 R >> >> /Contents 6 0 R >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode 5 0 R >>",
		pdfStream(deflateTwice(' ', 64<<20), "/Filter [/FlateDecode /FlateDecode]"),
		pdfStream("BT /F1 12 Tf 72 700 Td (Kartta.) Tj ET", ""),
	)
	// One string of 8 MiB in a content stream, more than a token may be:
	// the page keeps what came before it.
	hugeString := buildPDF(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
		helvetica,
		pdfStream("BT /F1 12 Tf 72 700 Td (Alku.) Tj ("+strings.Repeat("a", 8<<20)+") Tj ET", ""),
	)

	tests := []struct {
		name string
		data []byte
		text string // the document starts with
		page int    // of the last block
	}{
		{"many pages", manyPages, "Sama sivu.", pdfMaxPages},
		{"self-drawing form", selfForm, "Lomake.", 1},
		{"CMap bomb", cmapBomb, "Kartta.", 1},
		{"huge string", hugeString, "Alku.", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			done := make(chan struct{})
			var err error
			var text string
			var last int
			go func() {
				defer close(done)
				doc, e := PDF(tt.name, tt.data, Options{})
				if err = e; e == nil {
					text, last = doc.Text, doc.Blocks[len(doc.Blocks)-1].Page
				}
			}()
			select {
			case <-done:
			case <-time.After(20 * time.Second):
				t.Fatal("no result within 20 s")
			}
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(text, tt.text) || last != tt.page {
				t.Errorf("text %.40q… last page %d, want %q… and page %d", text, last, tt.text, tt.page)
			}
		})
	}
}
