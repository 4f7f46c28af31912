package review

import (
	"strings"
	"testing"
)

func texts(ts []Token) []string {
	var out []string
	for _, t := range ts {
		out = append(out, t.Text)
	}
	return out
}

func TestTokens(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"henkilötietolain (523/1999).", "henkilötietolain|(|523/1999|)|."},
		{"EU:n ja ETA:n ulkopuolelle", "EU:n|ja|ETA:n|ulkopuolelle"},
		{"  kirjaamo@kunta.fi, «nimi»\n", "kirjaamo@kunta.fi|,|«|nimi|»"},
		{"tietosuoja-asetus\u00a0(EU)", "tietosuoja-asetus|(|EU|)"},
		{"", ""},
	} {
		if got := strings.Join(texts(Tokens(tc.in)), "|"); got != tc.want {
			t.Errorf("Tokens(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	s := "a, b"
	for _, tk := range Tokens(s) {
		if s[tk.Start:tk.End] != tk.Text {
			t.Errorf("token %q has span %d-%d", tk.Text, tk.Start, tk.End)
		}
	}
}

// An inflected word that changes is one whole-word change, never a
// change of its ending.
func TestWordsKeepsWordsWhole(t *testing.T) {
	old := "Rekisterinpitäjän yhteystiedot ovat alla."
	new := "Rekisterinpitäjälle voi lähettää viestin."
	ch := Words(old, new)
	var del, ins []string
	for _, c := range ch {
		switch c.Op {
		case Delete:
			del = append(del, texts(c.Old)...)
		case Insert:
			ins = append(ins, texts(c.New)...)
		}
	}
	if strings.Join(del, " ") != "Rekisterinpitäjän yhteystiedot ovat alla" || strings.Join(ins, " ") != "Rekisterinpitäjälle voi lähettää viestin" {
		t.Errorf("deleted %q, inserted %q", del, ins)
	}
}

func TestWordsIgnoresLayout(t *testing.T) {
	old := "Tietoja säilytetään\nviisi vuotta.  Sen jälkeen ne poistetaan."
	new := "Tietoja  säilytetään viisi\nvuotta. Sen jälkeen\n\nne poistetaan."
	for _, c := range Words(old, new) {
		if c.Op != Equal {
			t.Errorf("change %+v between texts that differ only in spacing", c)
		}
	}
}

func TestHunks(t *testing.T) {
	old := "yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän kymmenen\ntoinen rivi pysyy\nkolmas rivi"
	new := "yksi kaksi KOLME neljä viisi kuusi seitsemän kahdeksan yhdeksän kymmenen\ntoinen rivi pysyy\nkolmas lisätty rivi"
	hs := Hunks(Words(old, new), old, new, 2)
	if len(hs) != 2 {
		t.Fatalf("%d hunks, want 2", len(hs))
	}
	if h := hs[0]; h.OldLine != 1 || h.OldLines != 1 || h.NewLine != 1 || h.NewLines != 1 {
		t.Errorf("first hunk -%d,%d +%d,%d", h.OldLine, h.OldLines, h.NewLine, h.NewLines)
	}
	// a word inserted into line 3: the old line 3 is touched, not only
	// the new one
	h := hs[1]
	if h.OldLine != 3 || h.OldLines != 1 || h.NewLine != 3 || h.NewLines != 1 {
		t.Errorf("second hunk -%d,%d +%d,%d, want -3 +3", h.OldLine, h.OldLines, h.NewLine, h.NewLines)
	}
	if got := strings.Join(texts(h.Inserted()), " "); got != "lisätty" {
		t.Errorf("inserted %q", got)
	}
	// changes closer than 2*context+1 words share a hunk
	hs = Hunks(Words(old, new), old, new, 10)
	if len(hs) != 1 {
		t.Errorf("%d hunks with a wide context, want 1", len(hs))
	}
}

// An added paragraph begins at its first word, whether the diff found it
// before or after the full stop it shares with its neighbour.
func TestSlideToLines(t *testing.T) {
	for _, tc := range []struct{ old, new, want string }{
		{"Eka rivi.\nKolmas rivi.", "Eka rivi.\nToinen rivi.\nKolmas rivi.", "Toinen rivi ."},
		{"Eka rivi.\nKolmas rivi.", "Eka rivi.\nKolmas rivi.\nNeljäs rivi.", "Neljäs rivi ."},
		{"Alku.\nA b.\nLoppu.", "Alku.\nLoppu.", "A b ."},
	} {
		var got []string
		for _, c := range Words(tc.old, tc.new) {
			if c.Op != Equal {
				got = append(got, texts(c.Old)...)
				got = append(got, texts(c.New)...)
			}
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%q → %q: changed %q, want %q", tc.old, tc.new, got, tc.want)
		}
	}
}
