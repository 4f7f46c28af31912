package extract

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"hash/crc32"
	"slices"
	"strings"
	"testing"
)

const docxNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml"`

// docxOf builds a minimal DOCX around a w:body and, when given, the
// w:styles of word/styles.xml.
func docxOf(t testing.TB, body, styles string) []byte {
	t.Helper()
	files := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
		"word/document.xml":   `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + docxNS + `><w:body>` + body + `</w:body></w:document>`,
	}
	if styles != "" {
		files["word/styles.xml"] = `<?xml version="1.0"?><w:styles ` + docxNS + `>` + styles + `</w:styles>`
	}
	return zipOf(t, files)
}

func para(style, text string) string {
	ppr := ""
	if style != "" {
		ppr = `<w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>`
	}
	return `<w:p>` + ppr + `<w:r><w:t xml:space="preserve">` + text + `</w:t></w:r></w:p>`
}

func TestDOCXCrafted(t *testing.T) {
	styles := `
<w:style w:type="paragraph" w:styleId="Otsikko1"><w:name w:val="heading 1"/></w:style>
<w:style w:type="paragraph" w:styleId="Rubrik2"><w:name w:val="Rubrik 2"/></w:style>
<w:style w:type="paragraph" w:styleId="Omaotsikko"><w:name w:val="Oma otsikko"/><w:basedOn w:val="Otsikko1"/></w:style>
<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Kappale"/><w:pPr><w:outlineLvl w:val="3"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Otsikko"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="Luettelo"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
<w:style w:type="character" w:styleId="Voimakas"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>`
	textBox := `<w:p><w:r><w:t>Ennen</w:t></w:r><w:r><mc:AlternateContent>
  <mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>` + para("", "Laatikossa") + `</w:txbxContent></wps:txbx></w:drawing></mc:Choice>
  <mc:Fallback><w:pict><v:textbox><w:txbxContent>` + para("", "Laatikossa") + `</w:txbxContent></v:textbox></w:pict></mc:Fallback>
</mc:AlternateContent></w:r><w:r><w:t xml:space="preserve"> jälkeen</w:t></w:r></w:p>`
	body := para("Otsikko", "Tietosuojaseloste") +
		para("Otsikko1", "Rekisterinpitäjä") +
		`<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="709"/></w:tabs></w:pPr><w:r><w:t>Kunta</w:t><w:tab/><w:t>PL 1</w:t><w:br/><w:t>00100 Helsinki</w:t></w:r></w:p>` +
		`<w:p><w:r><w:t xml:space="preserve">Tiedot </w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText>poistetaan heti</w:delText></w:r></w:del><w:ins w:id="2" w:author="A"><w:r><w:t>säilytetään</w:t></w:r></w:ins><w:moveFrom w:id="3"><w:r><w:t>siirretty pois</w:t></w:r></w:moveFrom><w:r><w:t xml:space="preserve"> kaksi vuotta.</w:t></w:r></w:p>` +
		para("Rubrik2", "Ändamål") +
		para("Omaotsikko", "Oikeudet") +
		para("a3", "Neljäs taso") +
		`<w:p><w:pPr><w:pStyle w:val="Normal"/><w:pPrChange w:id="4"><w:pPr><w:pStyle w:val="Otsikko1"/></w:pPr></w:pPrChange></w:pPr><w:r><w:t>Ennen otsikko, nyt kappale</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>nimi</w:t></w:r></w:p>` +
		para("Luettelo", "osoite") +
		`<w:p><w:pPr><w:pStyle w:val="Luettelo"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>ei luettelossa</w:t></w:r></w:p>` +
		`<w:p><w:r><w:rPr><w:rStyle w:val="Voimakas"/></w:rPr><w:t>Lihavoitu otsikko</w:t></w:r></w:p>` +
		`<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Osin lihavoitu</w:t></w:r><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t xml:space="preserve"> kappale</w:t></w:r></w:p>` +
		textBox +
		`<w:tbl><w:tr><w:tc>` + para("", "Peruste") + `</w:tc><w:tc>` + para("", "Sopimus") + para("", "ja laki") + `</w:tc></w:tr></w:tbl>` +
		`<w:p><w:r><w:instrText> HYPERLINK "https://x" </w:instrText></w:r><w:r><w:t>Linkki</w:t><w:noBreakHyphen/><w:t>teksti</w:t></w:r></w:p>` +
		`<w:sectPr/>`
	doc, err := DOCX("x.docx", docxOf(t, body, styles), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"heading1:Tietosuojaseloste",
		"heading1:Rekisterinpitäjä",
		"paragraph:Kunta PL 1\n00100 Helsinki",
		"paragraph:Tiedot säilytetään kaksi vuotta.",
		"heading2:Ändamål",
		"heading1:Oikeudet",
		"heading4:Neljäs taso",
		"paragraph:Ennen otsikko, nyt kappale",
		"list-item:nimi",
		"list-item:osoite",
		"paragraph:ei luettelossa",
		"heading3:Lihavoitu otsikko",
		"paragraph:Osin lihavoitu kappale",
		"paragraph:Laatikossa",
		"paragraph:Ennen jälkeen",
		"table-cell:Peruste",
		"table-cell:Sopimus\nja laki",
		"paragraph:Linkki-teksti",
	}
	if got := blockTexts(doc); !slices.Equal(got, want) {
		t.Errorf("blocks\n got %q\nwant %q", got, want)
	}
}

func TestDOCXWithoutStyles(t *testing.T) {
	doc, err := DOCX("x.docx", docxOf(t, para("Heading2", "Tarkoitus")+para("", "Asiakassuhde"), ""), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := blockTexts(doc), []string{"heading2:Tarkoitus", "paragraph:Asiakassuhde"}; !slices.Equal(got, want) {
		t.Errorf("blocks %q, want %q", got, want)
	}
}

func TestDOCXBadInput(t *testing.T) {
	good := docxOf(t, para("", "Rekisterinpitäjä"), "")
	tests := []struct {
		name string
		data []byte
		opt  Options
		want error
	}{
		{"truncated zip", good[:len(good)/2], Options{}, nil},
		{"not a zip", []byte("PK\x03\x04 this is not really a zip"), Options{}, nil},
		{"no document.xml", zipOf(t, map[string]string{"word/styles.xml": "<w:styles/>"}), Options{}, ErrUnsupported},
		{"malformed XML", zipOf(t, map[string]string{"word/document.xml": "<w:document><w:body><w:p><w:t>x</w:p>"}), Options{}, ErrCorrupt},
		{"no text", docxOf(t, `<w:p/><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>`, ""), Options{}, ErrEmpty},
		{"zip bomb", bombZip(t, 8<<20, 0), Options{MaxBytes: 1 << 20}, ErrTooLarge},
		// archive/zip stops at the claimed size itself
		{"zip bomb with a lying header", bombZip(t, 8<<20, 100), Options{MaxBytes: 1 << 20}, ErrCorrupt},
		{"too many entries", manyEntries(t, maxZipEntries+1), Options{}, ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DOCX("bad.docx", tt.data, tt.opt)
			if err == nil {
				t.Fatal("no error")
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
			if !strings.HasPrefix(err.Error(), "bad.docx: ") {
				t.Errorf("error %q does not name the input", err)
			}
			// Parse must give the same answer through sniffing.
			if _, perr := Parse("bad.docx", tt.data, "", tt.opt); perr == nil {
				t.Errorf("Parse: no error")
			}
		})
	}
}

// bombZip returns a DOCX whose document.xml inflates to size bytes. With
// claimed > 0 its headers claim that many bytes instead, as a hostile
// file would.
func bombZip(t testing.TB, size int, claimed uint64) []byte {
	t.Helper()
	var xmlDoc bytes.Buffer
	xmlDoc.WriteString(`<w:document ` + docxNS + `><w:body><w:p><w:r><w:t>`)
	xmlDoc.Write(bytes.Repeat([]byte("a"), size))
	xmlDoc.WriteString(`</w:t></w:r></w:p></w:body></w:document>`)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	if claimed == 0 {
		w, _ := zw.Create("word/document.xml")
		w.Write(xmlDoc.Bytes())
	} else {
		comp := deflate(t, xmlDoc.Bytes())
		w, err := zw.CreateRaw(&zip.FileHeader{
			Name: "word/document.xml", Method: zip.Deflate,
			CRC32: crc32.ChecksumIEEE(xmlDoc.Bytes()), CompressedSize64: uint64(len(comp)), UncompressedSize64: claimed,
		})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(comp)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if buf.Len() > size/50 {
		t.Fatalf("bomb of %d bytes is not small", buf.Len())
	}
	return buf.Bytes()
}

func deflate(t testing.TB, data []byte) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.CreateHeader(&zip.FileHeader{Name: "x", Method: zip.Deflate})
	w.Write(data)
	zw.Close()
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	rc, err := zr.File[0].OpenRaw()
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	out.ReadFrom(rc)
	return out.Bytes()
}

func manyEntries(t testing.TB, n int) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("word/document.xml")
	w.Write([]byte(`<w:document ` + docxNS + `><w:body>` + para("", "x") + `</w:body></w:document>`))
	for i := 1; i < n; i++ {
		zw.CreateHeader(&zip.FileHeader{Name: fmt.Sprint(i), Method: zip.Store})
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// Entry names that would escape a folder are harmless: nothing is written
// to disk.
func TestDOCXZipSlipNames(t *testing.T) {
	data := zipOf(t, map[string]string{
		"../../etc/passwd":  "root",
		"/abs/name":         "x",
		"word/document.xml": `<w:document ` + docxNS + `><w:body>` + para("", "Rekisterinpitäjä") + `</w:body></w:document>`,
	})
	doc, err := Parse("slip.docx", data, "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Text != "Rekisterinpitäjä" {
		t.Errorf("Text = %q", doc.Text)
	}
}
