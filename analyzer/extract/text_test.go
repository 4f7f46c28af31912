package extract

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/seloste/seloste/analyzer"
)

const finnish = "Rekisterinpitäjä\n\nKokkolan kaupunki käsittelee henkilötietoja.\n"

func utf16Bytes(s string, bigEndian, bom bool) []byte {
	var out []byte
	if bom {
		s = "\uFEFF" + s
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

func TestTextEncodings(t *testing.T) {
	tests := []struct {
		name string
		data []byte
	}{
		{"utf-8", []byte(finnish)},
		{"utf-8 BOM", append([]byte("\xEF\xBB\xBF"), finnish...)},
		{"utf-16le BOM", utf16Bytes(finnish, false, true)},
		{"utf-16be BOM", utf16Bytes(finnish, true, true)},
		{"utf-16le no BOM", utf16Bytes(finnish, false, false)},
		{"windows-1252", []byte("Rekisterinpit\xe4j\xe4\n\nKokkolan kaupunki k\xe4sittelee henkil\xf6tietoja.\n")},
		{"UTF-8 with a pasted windows-1252 word", []byte("Rekisterinpitäjä\n\nKokkolan kaupunki k\xe4sittelee henkilötietoja.\n")},
		{"CRLF", []byte(strings.ReplaceAll(finnish, "\n", "\r\n"))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Text("x.txt", tt.data)
			if err != nil {
				t.Fatal(err)
			}
			if doc.Text != finnish {
				t.Errorf("Text = %q, want %q", doc.Text, finnish)
			}
			if doc.Format != analyzer.FormatText || doc.Lang != "fi" || doc.Path != "x.txt" {
				t.Errorf("Format %q Lang %q Path %q", doc.Format, doc.Lang, doc.Path)
			}
		})
	}
}

func TestTextBadInput(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, ErrEmpty},
		{"whitespace", []byte(" \n\t\r\n\u00a0\n"), ErrEmpty},
		{"BOM only", []byte("\xEF\xBB\xBF\n"), ErrEmpty},
		{"NUL bytes", []byte("ELF\x00\x01\x02\x00\x00 text"), ErrBinary},
		{"control characters", []byte(strings.Repeat("ab\x01\x02\x03\x1b", 50)), ErrBinary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Text("bad.txt", tt.data)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if !strings.HasPrefix(err.Error(), "bad.txt: ") {
				t.Errorf("error %q does not name the input", err)
			}
		})
	}
}

// Lone surrogates and an odd trailing byte must decode to U+FFFD, not panic.
func TestTextInvalidUTF16(t *testing.T) {
	data := []byte{0xFF, 0xFE, 'O', 0, 'k', 0, 0x00, 0xD8, ' ', 0, 0x00, 0xDC, 'x'}
	doc, err := Text("u16.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(doc.Text, "Ok\uFFFD \uFFFD") {
		t.Errorf("Text = %q", doc.Text)
	}
}

// A plain text keeps its lines, so that line numbers are the file's.
func TestTextKeepsLines(t *testing.T) {
	src := "# Tietosuojaseloste\n\n1. Rekisterinpitäjä\nPorin kaupunki, PL 121\u00a0Pori\n\nKäsittelemme seuraavia tietoja:\n- nimi\n* osoite\n• puhelin\n1. kansalaisaloitteen otsikko;\n\nOttakaa yhteyttä\u00ad kirjaamoon.\nRekisterinpitäjä\tPorin kaupunki\nTiedot\tRekisteri voi sisältää: - Nimi - Osoite\n"
	doc, err := Text("x.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Text != analyzer.Normalize(src) {
		t.Fatalf("Text = %q, want Normalize(src)", doc.Text)
	}
	if got := doc.Position(strings.Index(doc.Text, "kirjaamoon")).Line; got != 12 {
		t.Errorf("kirjaamoon on line %d, want 12", got)
	}
	want := []string{
		"heading1:Tietosuojaseloste",
		"heading2:1. Rekisterinpitäjä",
		"paragraph:Porin kaupunki, PL 121 Pori",
		"paragraph:Käsittelemme seuraavia tietoja:",
		"list-item:nimi", "list-item:osoite", "list-item:puhelin",
		"list-item:kansalaisaloitteen otsikko;",
		"paragraph:Ottakaa yhteyttä kirjaamoon.",
		"heading2:Rekisterinpitäjä", "paragraph:Porin kaupunki",
		"heading2:Tiedot", "paragraph:Rekisteri voi sisältää:", "list-item:Nimi", "list-item:Osoite",
	}
	if got := blockTexts(doc); !slices.Equal(got, want) {
		t.Errorf("blocks\n got %q\nwant %q", got, want)
	}
}

// Seed 002 is a CMS export: "heading<TAB>value" rows whose values carry
// <p> and run-together "<ul>- a- b" lists. The rows become headings,
// paragraphs and list items on the file's own lines.
func TestTextExportFragments(t *testing.T) {
	doc := seedText(t, "002")
	if strings.ContainsAny(doc.Text, "<>") {
		t.Errorf("tags left in the text: %q", doc.Text[strings.IndexAny(doc.Text, "<>"):][:40])
	}
	got := blockTexts(doc)
	for _, want := range []string{
		"heading2:Rekisterinpitäjä",
		"paragraph:Rautavaaran kunta Koulutie 1 73900 Rautavaara kirjaamo@rautavaara.fi",
		"heading2:Rekisterin tietosisältö",
		"paragraph:Henkilörekisteri sisältää seuraavia tietoja:",
		"list-item:Henkilön etu- ja sukunimi",
		"list-item:Henkilötunnus (vain kun tarpeen)",
		"list-item:Sosiaalitukien ja -palveluiden tarve",
		"heading2:Evästeet",
	} {
		if !slices.Contains(got, want) {
			t.Errorf("no block %q", want)
		}
	}
	// the row "Rekisterin tietosisältö" is line 10 of the file
	if l := doc.Position(strings.Index(doc.Text, "Henkilötunnus (vain")).Line; l != 10 {
		t.Errorf("list item on line %d, want 10", l)
	}
	if doc.Lines() != strings.Count(readSeed(t, "002"), "\n")+1 {
		t.Errorf("%d lines, the file has %d", doc.Lines(), strings.Count(readSeed(t, "002"), "\n")+1)
	}
}

func TestTextEntitiesAndInlineTags(t *testing.T) {
	doc, err := Text("x.txt", []byte("Rekisterinpit&auml;j&auml;\t<p>Kunta &amp; <strong>Oy</strong></p><p>Toinen&nbsp;kappale</p><br/>Kolmas\nRivi 2 ilman tageja <osoite>\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"heading2:Rekisterinpitäjä", "paragraph:Kunta & Oy", "paragraph:Toinen kappale", "paragraph:Kolmas", "paragraph:Rivi 2 ilman tageja <osoite>"}
	if got := blockTexts(doc); !slices.Equal(got, want) {
		t.Errorf("blocks\n got %q\nwant %q", got, want)
	}
}

func readSeed(t *testing.T, id string) string {
	t.Helper()
	return seedText(t, id).Text
}

func TestSplitRunTogetherList(t *testing.T) {
	tests := []struct {
		in     string
		inList bool
		want   []string
	}{
		{"- Nimi- Osoite (koti)- Puhelin", true, []string{"- Nimi", "- Osoite (koti)", "- Puhelin"}},
		{"- Henkilön etu- ja sukunimi- Henkilötunnus", true, []string{"- Henkilön etu- ja sukunimi", "- Henkilötunnus"}},
		{" - Postiosoite - www-osoite -pankkitiedot", true, []string{" ", "- Postiosoite ", "- www-osoite -pankkitiedot"}},
		{"Tietoja: - Nimi - Osoite", false, []string{"Tietoja: ", "- Nimi ", "- Osoite"}},
		{"Asiakasrekisteri - Tietosuojaseloste", false, []string{"Asiakasrekisteri - Tietosuojaseloste"}},
		{"Sosiaalitukien ja -palveluiden tarve", true, []string{"Sosiaalitukien ja -palveluiden tarve"}},
	}
	for _, tt := range tests {
		got := splitRunTogetherList(tt.in, tt.inList)
		got = slices.DeleteFunc(got, func(s string) bool { return strings.TrimSpace(s) == "" })
		want := slices.DeleteFunc(tt.want, func(s string) bool { return strings.TrimSpace(s) == "" })
		if !slices.Equal(got, want) {
			t.Errorf("splitRunTogetherList(%q, %v) = %q, want %q", tt.in, tt.inList, got, want)
		}
	}
}
