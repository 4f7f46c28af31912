package analyzer

import (
	"reflect"
	"strings"
	"testing"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"rekisterin\u00adpitäjä", "rekisterinpitäjä"},   // soft hyphen
		{"tieto\u200bsuoja", "tietosuoja"},               // zero-width space
		{"PL\u00a0800", "PL 800"},                        // no-break space
		{"\ufb01rma", "firma"},                           // ligature
		{"a\r\nb\rc", "a\nb\nc"},                         // line ends
		{"sa\u0308ilytys", "säilytys"},                   // NFC
		{"bad\xffbyte", "bad\ufffdbyte"},                 // invalid UTF-8
		{"Lintulahdenkuja\u20094", "Lintulahdenkuja 4"},  // thin space
		{"tietosuoja\u2011asetus", "tietosuoja-asetus"},  // non-breaking hyphen
		{"\ufeffTietosuojaseloste", "Tietosuojaseloste"}, // BOM
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPosition(t *testing.T) {
	text := "Otsikko\nSäilytämme tietoja\n\nkolme vuotta"
	doc := NewDocument("x", FormatPDF, text, []Block{
		{Kind: BlockHeading, Start: 0, End: 7, Page: 1},
		{Kind: BlockParagraph, Start: 8, End: 27, Page: 1},
		{Kind: BlockParagraph, Start: 29, End: len(text), Page: 2},
	})
	tests := []struct {
		offset int
		want   Position
	}{
		{0, Position{1, 1, 1}},
		{strings.Index(text, "tietoja"), Position{2, 12, 1}}, // columns count runes: ä is one
		{strings.Index(text, "vuotta"), Position{4, 7, 2}},
		{len(text) + 5, Position{4, 13, 2}}, // clamped
	}
	for _, tt := range tests {
		if got := doc.Position(tt.offset); got != tt.want {
			t.Errorf("Position(%d) = %+v, want %+v", tt.offset, got, tt.want)
		}
	}
	if doc.Line(2) != "Säilytämme tietoja" || doc.Lines() != 4 {
		t.Errorf("Line(2) = %q, Lines() = %d", doc.Line(2), doc.Lines())
	}
}

func TestTokenize(t *testing.T) {
	var got []string
	for _, tok := range tokenize(`Henkilötietolain (523/1999) 10 §:n mukaan, ks. EU:n "tietosuoja-asetus" ja/tai kirjaamo@kunta.fi https://www.tietosuoja.fi/ohje.`) {
		got = append(got, tok.Text)
	}
	want := []string{"henkilötietolain", "523/1999", "10", "§:n", "mukaan", "ks", "eu:n", "tietosuoja-asetus", "ja", "tai", "kirjaamo@kunta.fi", "https://www.tietosuoja.fi/ohje"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tokens\n got %q\nwant %q", got, want)
	}
}

func TestSplitSentences(t *testing.T) {
	text := "Tiedot säilytetään esim. kaksi vuotta. Laadittu 17.11.2021. Sen jälkeen ne poistetaan! Kysy meiltä"
	var got []string
	for _, s := range splitSentences(text, 0, len(text)) {
		got = append(got, text[s[0]:s[1]])
	}
	want := []string{"Tiedot säilytetään esim. kaksi vuotta.", "Laadittu 17.11.2021.", "Sen jälkeen ne poistetaan!", "Kysy meiltä"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("sentences\n got %q\nwant %q", got, want)
	}
}

func TestLooksLikeHeading(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Rekisterinpitäjä", true},
		{"3. Henkilötietojen käsittelyn tarkoitus", true},
		{"Mitä tietoja keräämme?", true},
		{"Käsittelyn oikeusperusteena on sopimus", false}, // a sentence without its period
		{"Tietoja säilytetään kaksi vuotta.", false},
		{"Opintie 4, 60100 Seinäjoki", false},
		{"kirjaamo@kunta.fi", false},
		{"Osoite | Opintie 4", false},
		{"You have the following rights regarding your data:", false},
		{"pieni kirjain alussa", false},
	}
	for _, tt := range tests {
		if got := LooksLikeHeading(tt.line); got != tt.want {
			t.Errorf("LooksLikeHeading(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestLexiconMatching(t *testing.T) {
	lex, err := CompileLexicon(&LexiconFile{Lang: "fi", Concepts: map[string][]string{
		"keep":      {"säilyt*"},
		"authority": {"*valvontaviranomai*"},
		"period":    {"#num vuo*", "kahden vuoden"},
		"transfer":  {"ei|eikä siirr* .. ulkopuol*"},
		"law":       {"*lain"},
	}})
	if err != nil {
		t.Fatal(err)
	}
	doc := NewDocument("x", FormatText, "Tietoja säilytetään 2 vuotta. Valitus valvontaviranomaiselle. Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle. Henkilötietolain mukaan.", nil)
	ix := buildIndex(doc, lex)
	tests := []struct {
		concept string
		want    []string
	}{
		{"keep", []string{"säilytetään"}},
		{"authority", []string{"valvontaviranomaiselle"}},
		{"period", []string{"2 vuotta"}},
		{"transfer", []string{"ei siirretä EU:n tai ETA:n ulkopuolelle"}},
		{"law", []string{"Henkilötietolain"}},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range ix.matches[tt.concept] {
			got = append(got, doc.Text[m.Start:m.End])
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.concept, got, tt.want)
		}
	}
}

func TestLexiconErrors(t *testing.T) {
	for _, bad := range []string{".. säilyt*", "säilyt* ..", "sä*lyt", "#foo", "a||b"} {
		if _, err := CompileLexicon(&LexiconFile{Lang: "fi", Concepts: map[string][]string{"c": {bad}}}); err == nil {
			t.Errorf("pattern %q compiled, want an error", bad)
		}
	}
	if _, err := ParseLexicon("x.yaml", []byte("lang: fi\nconcepts:\n  c: [a]\nextra: 1\n")); err == nil {
		t.Error("unknown key accepted")
	}
}
