package extract

import (
	"archive/zip"
	"bytes"
	"errors"
	"testing"

	"github.com/seloste/seloste/analyzer"
)

func zipOf(t testing.TB, files map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, body := range files {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(body))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestSniff(t *testing.T) {
	docx := zipOf(t, map[string]string{"word/document.xml": "<w:document/>"})
	tests := []struct {
		name, file, contentType string
		data                    []byte
		want                    analyzer.Format
		err                     error
	}{
		{"pdf magic", "x.txt", "", []byte("%PDF-1.7\n..."), analyzer.FormatPDF, nil},
		{"pdf after junk", "x", "", append(bytes.Repeat([]byte{'\n'}, 300), "%PDF-1.4"...), analyzer.FormatPDF, nil},
		{"pdf magic too late", "x", "", append(bytes.Repeat([]byte{'a'}, 1100), "%PDF-1.4"...), analyzer.FormatText, nil},
		{"docx", "x.bin", "", docx, analyzer.FormatDOCX, nil},
		{"docx named .pdf", "x.pdf", "application/pdf", docx, analyzer.FormatDOCX, nil},
		{"broken zip goes to docx reader", "x.docx", "", []byte("PK\x03\x04garbage"), analyzer.FormatDOCX, nil},
		{"xlsx", "x.xlsx", "", zipOf(t, map[string]string{"xl/workbook.xml": ""}), "", ErrUnsupported},
		{"odt", "x.odt", "", zipOf(t, map[string]string{"content.xml": "", "mimetype": ""}), "", ErrUnsupported},
		{"legacy doc", "x.doc", "", []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest"), "", ErrUnsupported},
		{"rtf", "x.rtf", "", []byte("{\\rtf1\\ansi hello}"), "", ErrUnsupported},
		{"png", "x.png", "", []byte("\x89PNG\r\n\x1a\nIHDR"), "", ErrUnsupported},
		{"doctype", "x.txt", "", []byte("<!DOCTYPE html><p>x"), analyzer.FormatHTML, nil},
		{"html after comment and space", "", "", []byte("\n <!-- saved --> <html><body>x"), analyzer.FormatHTML, nil},
		{"xhtml with xml declaration", "", "", []byte(`<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">`), analyzer.FormatHTML, nil},
		{"html with BOM", "", "", []byte("\xEF\xBB\xBF<html>"), analyzer.FormatHTML, nil},
		{"html in utf-16", "", "", utf16Bytes("<!doctype html><p>Hei", false, true), analyzer.FormatHTML, nil},
		{"fragment starting with <p>", "page", "", []byte("<p>Rekisterinpitäjä</p>"), analyzer.FormatHTML, nil},
		{"fragment in a .txt stays text", "x.txt", "", []byte("<p>Rekisterinpitäjä</p>"), analyzer.FormatText, nil},
		{"fragment served as text/plain", "u", "text/plain; charset=utf-8", []byte("<p>x</p>"), analyzer.FormatText, nil},
		{"text export with tags later", "x", "", []byte("Otsikko\t<p>arvo</p>"), analyzer.FormatText, nil},
		{"content type html", "u", "text/html; charset=iso-8859-1", []byte("Hei maailma"), analyzer.FormatHTML, nil},
		{"content type xhtml", "u", "application/xhtml+xml", []byte("Hei"), analyzer.FormatHTML, nil},
		{"extension html", "x.HTM", "", []byte("Hei"), analyzer.FormatHTML, nil},
		{"extension of a URL path", "https://kunta.fi/seloste.html?lang=fi", "", []byte("Hei"), analyzer.FormatHTML, nil},
		{"content type beats extension", "x.html", "text/plain", []byte("Hei"), analyzer.FormatText, nil},
		{"plain text", "x.md", "", []byte("# Otsikko\nteksti"), analyzer.FormatText, nil},
		{"less-than in text", "x", "", []byte("<kirjaamo@kunta.fi> vastaa"), analyzer.FormatText, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := sniff(tt.data, tt.contentType, tt.file)
			if !errors.Is(err, tt.err) || got != tt.want {
				t.Errorf("sniff = %q, %v; want %q, %v", got, err, tt.want, tt.err)
			}
		})
	}
}
