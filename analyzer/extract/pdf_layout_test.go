package extract

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

func TestJoinHyphen(t *testing.T) {
	vocab := map[string]bool{"rekisterinpitäjä": true, "list-style": true}
	tests := []struct{ prev, next, want string }{
		{"tieto-", "suoja on", "tietosuoja on"},                    // the typesetter's hyphen goes
		{"tietosuoja-", "asetus", "tietosuoja-asetus"},             // identical vowels: Finnish hyphen
		{"EU-", "alueen", "EU-alueen"},                             // after an abbreviation
		{"Kanta-", "Hämeen", "Kanta-Hämeen"},                       // before a capital
		{"ISO-", "27001", "ISO-27001"},                             // before a digit
		{"markkina-", "ja mielipide", "markkina- ja mielipide"},    // shared compound end
		{"rekisterin-", "pitäjä", "rekisterinpitäjä"},              // the document has the joined word
		{"list-", "style", "list-style"},                           // the document has the compound
		{"käyttää Chrome-", "selainta", "käyttää Chrome-selainta"}, // proper name in a sentence
		{"loppu. Palve-", "limelle", "loppu. Palvelimelle"},        // capital at a sentence start
		{"www-", "osoite", "www-osoite"},                           // no vowel: not a syllable
		{"Suomi.fi-", "maksuna", "Suomi.fi-maksuna"},               // dotted name
		{"sähkö\u00ad", "posti", "sähköposti"},                     // soft hyphen
		{"sähkö\u2010", "posti", "sähköposti"},                     // U+2010 hyphen
	}
	for _, tt := range tests {
		got, ok := joinHyphen(tt.prev, tt.next, vocab)
		if !ok || got != tt.want {
			t.Errorf("joinHyphen(%q, %q) = %q, %v; want %q", tt.prev, tt.next, got, ok, tt.want)
		}
	}
	for _, tt := range [][2]string{{"text -", "and more"}, {"2018-", "2020"}, {"tieto", "suoja"}, {"tieto-", "(suoja)"}} {
		if got, ok := joinHyphen(tt[0], tt[1], vocab); ok {
			t.Errorf("joinHyphen(%q, %q) joined to %q", tt[0], tt[1], got)
		}
	}
}

// run places a word's glyphs side by side, each w wide.
func run(x, y, size float64, s string) []glyph {
	var gs []glyph
	for _, r := range s {
		gs = append(gs, glyph{x: x, y: y, w: 0.5 * size, size: size, s: string(r)})
		x += 0.5 * size
	}
	return gs
}

func TestMakeLine(t *testing.T) {
	tests := []struct {
		name string
		row  []glyph
		want string
	}{
		{"gap makes a space", append(run(0, 0, 10, "seloste"), run(38, 0, 10, "Laatimispäivä")...), "seloste Laatimispäivä"},
		{"kerning is no space", append(run(0, 0, 10, "Tie"), run(16, 0, 10, "tosuoja")...), "Tietosuoja"},
		{"space glyph", append(run(0, 0, 10, "ja "), run(15, 0, 10, "tai")...), "ja tai"},
		{"overprinted bold", append(run(0, 0, 10, "Otsikko"), run(0.2, 0, 10, "Otsikko")...), "Otsikko"},
	}
	for _, tt := range tests {
		row := groupRows(tt.row)
		if len(row) != 1 {
			t.Fatalf("%s: %d rows", tt.name, len(row))
		}
		if l, _ := makeLine(row[0]); l.text != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, l.text, tt.want)
		}
	}
}

func TestFindGutter(t *testing.T) {
	var cols, single, form []glyph
	for i := range 20 {
		y := 800 - 12*float64(i)
		cols = append(cols, run(50, y, 10, strings.Repeat("vasen ", 8)[:46])...)
		cols = append(cols, run(320, y, 10, strings.Repeat("oikea ", 8)[:46])...)
		single = append(single, run(50, y, 10, strings.Repeat("rivi ", 20)[:99])...)
		if i%3 == 0 {
			form = append(form, run(50, y, 10, "Nimike")...)
		}
		form = append(form, run(200, y, 10, strings.Repeat("arvo ", 12)[:58])...)
	}
	for _, tt := range []struct {
		name   string
		glyphs []glyph
		want   bool
	}{{"two columns", cols, true}, {"one column", single, false}, {"label form", form, false}} {
		g0, g1, ok := findGutter(groupRows(tt.glyphs))
		if ok != tt.want {
			t.Errorf("%s: gutter %v (%.0f-%.0f), want %v", tt.name, ok, g0, g1, tt.want)
		}
		if ok && (g0 < 270 || g1 > 320) {
			t.Errorf("%s: gutter %.0f-%.0f, want inside 280-320", tt.name, g0, g1)
		}
	}
	lines := pageLines(1, cols, nil)
	if !strings.HasPrefix(lines[19].text, "vasen") || !strings.HasPrefix(lines[20].text, "oikea") {
		t.Errorf("two columns not read left first: %q, %q", lines[19].text, lines[20].text)
	}
}

func TestPageNumberLine(t *testing.T) {
	for _, s := range []string{"2", "- 2 -", "Sivu 2 / 5", "Page 3 of 10", "sida 4 av 7", "12"} {
		if !rePageNumber.MatchString(s) {
			t.Errorf("%q not a page number", s)
		}
	}
	for _, s := range []string{"2 §", "1. Rekisterinpitäjä", "Sivu", "17.11.2021"} {
		if rePageNumber.MatchString(s) {
			t.Errorf("%q taken for a page number", s)
		}
	}
}

func TestLexer(t *testing.T) {
	src := `% comment
/F1 12 Tf (a\(b\)\101\n) Tj <48 65 6c6C 6> Tj [(x) -250 (y)] TJ
BI /W 2 /H 2 ID ` + "\x00EI\xffEI" + ` EI << /A [1 2] /B << /C (d) >> >> BDC -.5 +3 Q`
	l := newLexer(bytes.NewReader([]byte(src)))
	var got []string
	for {
		o, ok := l.next()
		if !ok {
			break
		}
		switch o.kind {
		case objOp:
			got = append(got, o.s)
			if o.s == "ID" {
				l.skipInlineImage()
			}
		case objName:
			got = append(got, "/"+o.s)
		case objStr:
			got = append(got, "("+o.s+")")
		case objNum:
			got = append(got, "n")
		case objArray:
			got = append(got, "[]")
		case objDict:
			got = append(got, "<<>>")
		}
	}
	want := "/F1 n Tf (a(b)A\n) Tj (Hell`) Tj [] TJ BI /W n /H n ID <<>> BDC n n Q"
	if s := strings.Join(got, " "); s != want {
		t.Errorf("tokens\n%q\nwant\n%q", s, want)
	}
	if l.err != nil {
		t.Error(l.err)
	}
}

func TestPDFPositionedWords(t *testing.T) {
	doc, err := readPDFFile(t, filepath.Join(pdfDir, "crafted-positioned.pdf"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"Tietosuojaseloste Laatimispäivä", "Rekisterinpitäjä Esimerkin kunta", "Tietosuojalain", "Oikeus tarkastaa", "Yksi kaksi"} {
		if !strings.Contains(doc.Text, w) {
			t.Errorf("%q not in %q", w, doc.Text)
		}
	}
	// A form is read row by row, each value after its label.
	doc, err = readPDFFile(t, filepath.Join(pdfDir, "crafted-form.pdf"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{
		"Rekisterinpitäjä Esimerkin kunta, Kuntakatu 1, 00100 Kunta kirjaamo@esimerkki.fi",
		"Tarkoitus Asiakassuhteen hoitaminen ja laskutus sekä palvelujen kehittäminen",
		"Säilytysaika Kuusi vuotta asiakkuuden päättymisestä",
	} {
		blockWith(t, doc, w)
	}
}

func TestTableCells(t *testing.T) {
	// Two rows; the right column of the second is split in two by a short
	// vertical rule, the left cell of the first spans both rows' height of
	// text. Text below the table is outside every box.
	rules := []rule{
		{50, 800, 500, 800}, {50, 750, 500, 750}, {50, 700, 500, 700}, // rows
		{50, 700, 50, 800}, {200, 700, 200, 800}, {500, 700, 500, 800}, // columns
		{350, 700, 350, 750}, // splits the second row's right cell
	}
	var gs []glyph
	gs = append(gs, run(60, 785, 10, "Nimike")...)
	gs = append(gs, run(60, 772, 10, "jatkuu")...)
	gs = append(gs, run(210, 785, 10, "Arvo")...)
	gs = append(gs, run(210, 730, 10, "Vasen")...)
	gs = append(gs, run(360, 730, 10, "Oikea")...)
	gs = append(gs, run(60, 650, 10, "Alla")...)
	cells, free := tableCells(gs, rules)
	var got []string
	for _, c := range cells {
		var words []string
		for _, l := range c.lines(1, 0) {
			words = append(words, l.text)
		}
		got = append(got, strings.Join(words, "/"))
	}
	if s := strings.Join(got, " | "); s != "Nimike/jatkuu | Arvo | Vasen | Oikea" {
		t.Errorf("cells %q", s)
	}
	if len(free) != 4 || free[0].s != "A" {
		t.Errorf("free glyphs %v", free)
	}
	// Without rules on all four sides there is no cell: an underline is not a table.
	if cells, _ := tableCells(gs, rules[:3]); len(cells) != 0 {
		t.Errorf("cells from horizontal rules only: %d", len(cells))
	}
}
