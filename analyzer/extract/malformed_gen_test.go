package extract

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var writeMalformed = flag.Bool("write-malformed", false, "regenerate testdata/malformed")

// malformedDir holds hostile and broken inputs that TestMalformedCorpus
// (pipeline_test.go) reads with the whole pipeline. The PDFs under
// testdata/pdf (crafted-*, damaged-*, encrypted-*) belong to it as well
// and are not copied here.
const malformedDir = "testdata/malformed"

// TestWriteMalformed regenerates the corpus:
//
//	go test ./analyzer/extract -run TestWriteMalformed -write-malformed
func TestWriteMalformed(t *testing.T) {
	if !*writeMalformed {
		t.Skip("run with -write-malformed to regenerate " + malformedDir)
	}
	if err := os.MkdirAll(malformedDir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, data := range malformedFiles(t) {
		if err := os.WriteFile(filepath.Join(malformedDir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

const noticePage = "<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"

func notePDF(catalog string, extra ...string) []byte {
	objs := []string{catalog,
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		noticePage,
		pdfStream("BT /F1 12 Tf 72 700 Td (Rekisterinpitaja: Kunta.) Tj ET", ""),
		helvetica}
	return buildPDF(append(objs, extra...)...)
}

func malformedFiles(t *testing.T) map[string][]byte {
	files := map[string][]byte{}

	// PDF. Self-referencing page trees, huge /Count, flate bombs, deep
	// trees, truncation, wrong xref and junk before the header are in
	// testdata/pdf already.
	files["pdf-outline-cycle.pdf"] = notePDF("<< /Type /Catalog /Pages 2 0 R /Outlines 6 0 R >>",
		"<< /Type /Outlines /First 7 0 R /Last 7 0 R /Count 999999999 >>",
		"<< /Title (Silmukka) /Parent 6 0 R /First 7 0 R /Next 7 0 R /Prev 7 0 R >>")
	v20 := notePDF("<< /Type /Catalog /Pages 2 0 R >>")
	copy(v20, "%PDF-2.0")
	files["pdf-header-2.0.pdf"] = v20
	files["pdf-deep-object.pdf"] = notePDF("<< /Type /Catalog /Pages 2 0 R /X " +
		strings.Repeat("[", 100_000) + strings.Repeat("]", 100_000) + " >>")
	files["pdf-deep-content.pdf"] = buildPDF("<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", noticePage,
		pdfStream("BT /F1 12 Tf 72 700 Td "+strings.Repeat("[<<", 50_000)+" (x) Tj ET", ""), helvetica)
	files["pdf-parent-cycle.pdf"] = buildPDF("<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 /Parent 3 0 R >>",
		"<< /Type /Pages /Kids [2 0 R] /Count 1 /Parent 2 0 R >>")
	files["pdf-flate-bomb-page.pdf"] = buildPDF("<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", noticePage,
		pdfStream(deflateTwice('(', 256<<20), "/Filter [/FlateDecode /FlateDecode]"), helvetica)
	trunc := notePDF("<< /Type /Catalog /Pages 2 0 R >>")
	files["pdf-truncated-half.pdf"] = trunc[:len(trunc)/2]
	files["pdf-header-only.pdf"] = []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	files["pdf-junk-2k-before-header.pdf"] = append(bytes.Repeat([]byte("X-Mailer: junk\r\n"), 128), notePDF("<< /Type /Catalog /Pages 2 0 R >>")...)

	// DOCX.
	doc := func(body string) string {
		return `<?xml version="1.0" encoding="UTF-8"?><w:document ` + docxNS + `><w:body>` + body + `</w:body></w:document>`
	}
	files["docx-zip-bomb.docx"] = zipBomb(t, "word/document.xml", doc(para("", "Rekisterinpitäjä"))[:200], 80<<20, false)
	files["docx-zip-bomb-lying-size.docx"] = zipBomb(t, "word/document.xml", doc(para("", "Rekisterinpitäjä"))[:200], 80<<20, true)
	files["docx-zip-slip.docx"] = zipOf(t, map[string]string{
		"../../../../tmp/seloste-zip-slip": "owned",
		"/etc/seloste-zip-slip":            "owned",
		`..\..\seloste-zip-slip`:           "owned",
		"word/../../word/document.xml":     doc(para("", "Väärä")),
		"word/document.xml":                doc(para("", "Rekisterinpitäjä on Kunta.")),
	})
	files["docx-deep-xml.docx"] = zipOf(t, map[string]string{
		"word/document.xml": doc(strings.Repeat("<w:p><w:r>", 100_000) + "<w:t>syvä</w:t>" + strings.Repeat("</w:r></w:p>", 100_000)),
	})
	files["docx-entity-expansion.docx"] = zipOf(t, map[string]string{
		"word/document.xml": `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>` +
			`<w:document ` + docxNS + `><w:body><w:p><w:r><w:t>&c;&c;&c;</w:t></w:r></w:p></w:body></w:document>`,
	})
	files["docx-truncated.docx"] = zipOf(t, map[string]string{"word/document.xml": doc(para("", "Rekisterinpitäjä"))})[:300]
	files["docx-no-document.docx"] = zipOf(t, map[string]string{"word/other.xml": "<x/>"})
	many := manyEntries(t, 10)
	eocd := bytes.LastIndex(many, []byte("PK\x05\x06"))
	binary.LittleEndian.PutUint16(many[eocd+8:], 60_000) // declares more than maxZipEntries
	binary.LittleEndian.PutUint16(many[eocd+10:], 60_000)
	files["docx-many-entries.docx"] = many

	// HTML.
	files["html-deep-nesting.html"] = []byte("<html><body>" + strings.Repeat("<div><span><b>", 20_000) + "Rekisterinpitäjä" + "</body></html>")
	files["html-deep-tables.html"] = []byte(strings.Repeat("<table><tr><td>", 10_000) + "solu")
	files["html-unclosed-formatting.html"] = []byte("<p>" + strings.Repeat("<b><i><u><font>", 10_000) + "teksti</p>" + strings.Repeat("<p>x</p>", 1000))
	files["html-nul-and-junk.html"] = []byte("<html>\x00\x00<body><p>Rekisteri\x00pitäjä</p>\xff\xfe<script>" + strings.Repeat("x", 1000))

	// Text.
	u16 := []byte{0xff, 0xfe}
	for _, r := range "Rekisterinpitäjä" {
		u16 = binary.LittleEndian.AppendUint16(u16, uint16(r))
	}
	u16 = append(u16, 0x00, 0xd8, 0x41, 0x00, 0x00, 0xdc, 0x00, 0xdc, 0x00, 0xd8) // lone and reversed surrogates
	files["text-utf16-invalid.txt"] = append(u16, 0x41)                           // and an odd length
	files["text-utf16-no-bom-surrogates.txt"] = bytes.Repeat([]byte{'a', 0, 0x00, 0xd8}, 2000)
	files["text-binary.txt"] = bytes.Repeat([]byte{0x01, 0x02, 0x7f, 0x80, 0x00}, 2000)
	files["text-one-long-line.txt"] = bytes.Repeat([]byte("Rekisterinpitäjä käsittelee tietoja. "), 8_000)
	files["text-only-newlines.txt"] = bytes.Repeat([]byte("\r\n"), 100_000)
	return files
}

// zipBomb is a zip whose one entry inflates from head and n spaces; lie
// writes a small uncompressed size into the headers.
func zipBomb(t *testing.T, name, head string, n int, lie bool) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate})
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte(head))
	chunk := bytes.Repeat([]byte(" "), 1<<20)
	for range n >> 20 {
		w.Write(chunk)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	data := buf.Bytes()
	if lie {
		// Patch the uncompressed size (offset 24) of the central directory
		// header and the data descriptor's: 1000 bytes, claims the zip.
		cd := bytes.LastIndex(data, []byte("PK\x01\x02"))
		binary.LittleEndian.PutUint32(data[cd+24:], 1000)
		if dd := bytes.LastIndex(data[:cd], []byte("PK\x07\x08")); dd >= 0 {
			binary.LittleEndian.PutUint32(data[dd+12:], 1000)
		}
	}
	return data
}
