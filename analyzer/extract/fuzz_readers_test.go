package extract

import (
	"archive/zip"
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The targets below call one reader each, without Parse's recover, so that
// a panic is the fuzzer's finding. `make fuzz` runs them; crashers go to
// testdata/fuzz/<target>/ and are replayed by every `go test`.

// fixtures returns the files of testdata/<dir> smaller than limit.
func fixtures(tb testing.TB, dir string, limit int) [][]byte {
	files, _ := filepath.Glob(filepath.Join("testdata", dir, "*"))
	var out [][]byte
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil && len(data) < limit {
			out = append(out, data)
		}
	}
	return out
}

// fuzzOptions are small bounds, so that an execution stays fast.
var fuzzOptions = Options{MaxBytes: 1 << 20, MaxText: 1 << 20, MaxBlocks: 20_000}

func fuzzLimits() *docLimits { return newDocLimits(context.Background(), fuzzOptions.withDefaults()) }

func FuzzText(f *testing.F) {
	for _, data := range fixtures(f, "seeds", 64<<10) {
		f.Add(data)
	}
	for _, data := range fixtures(f, "malformed", 64<<10) {
		f.Add(data)
	}
	f.Add(utf16Bytes("Rekisterinpitäjä\nKunta", true, true))
	f.Add(utf16Bytes("Rekisterinpitäjä\nKunta", false, false))
	f.Add([]byte("\xff\xfe\x00\xd8a\x00"))                       // lone surrogate
	f.Add([]byte("Otsikko\t<p>a</p><ul>- A- B</ul>&amp;\u00ad")) // CMS export fragments
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := textDoc("fuzz.txt", data, fuzzLimits())
		if err != nil {
			mustName(t, err, "fuzz.txt")
			return
		}
		checkDocument(t, doc)
	})
}

func FuzzHTML(f *testing.F) {
	for _, data := range fixtures(f, "html", 64<<10) {
		f.Add(data, "")
	}
	f.Add([]byte("<p>x<br>y</p>"), "text/html; charset=windows-1252")
	f.Add([]byte(strings.Repeat("<div>", 600)+"teksti"), "text/html")
	f.Add([]byte("<table><tr><td>a<td>b<table><tr><th>c</table></table><main><h1>T</h1><ol><li>x</ol></main>"), "")
	f.Fuzz(func(t *testing.T, data []byte, contentType string) {
		doc, err := htmlDoc("fuzz.html", data, contentType, fuzzLimits())
		if err != nil {
			mustName(t, err, "fuzz.html")
			return
		}
		checkDocument(t, doc)
	})
}

// FuzzDOCX fuzzes word/document.xml and word/styles.xml inside a valid zip
// (the fuzzer would rarely get a zip's CRCs right) and, as raw, the whole
// archive's bytes.
func FuzzDOCX(f *testing.F) {
	for _, data := range fixtures(f, "docx", 256<<10) {
		body, styles := docxParts(data)
		f.Add(body, styles, false)
		f.Add(data, []byte(nil), true)
	}
	f.Add([]byte(`<w:document `+docxNS+`><w:body>`+para("Otsikko1", "Rekisterinpitäjä")+`</w:body></w:document>`),
		[]byte(`<w:styles `+docxNS+`><w:style w:type="paragraph" w:styleId="Otsikko1"><w:name w:val="heading 1"/><w:basedOn w:val="Otsikko1"/></w:style></w:styles>`), false)
	f.Fuzz(func(t *testing.T, body, styles []byte, raw bool) {
		data := body
		if !raw {
			files := map[string]string{"word/document.xml": string(body)}
			if len(styles) > 0 {
				files["word/styles.xml"] = string(styles)
			}
			data = zipOf(t, files)
		}
		doc, err := docxDoc("fuzz.docx", data, fuzzOptions.withDefaults(), fuzzLimits())
		if err != nil {
			mustName(t, err, "fuzz.docx")
			return
		}
		checkDocument(t, doc)
	})
}

// docxParts returns word/document.xml and word/styles.xml of a DOCX.
func docxParts(data []byte) (body, styles []byte) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, nil
	}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			continue
		}
		b, _ := io.ReadAll(io.LimitReader(rc, 1<<20))
		rc.Close()
		switch f.Name {
		case "word/document.xml":
			body = b
		case "word/styles.xml":
			styles = b
		}
	}
	return body, styles
}

func mustName(t *testing.T, err error, name string) {
	t.Helper()
	if !strings.HasPrefix(err.Error(), name+": ") {
		t.Fatalf("error %q does not name the input", err)
	}
}
