package fix

import (
	"strings"
	"testing"
)

func keys(us []unit) string {
	var b strings.Builder
	for _, u := range us {
		b.WriteRune(u.r)
	}
	return b.String()
}

func TestView(t *testing.T) {
	for _, tc := range []struct {
		in     string
		markup bool
		want   string
	}{
		{"Ratapihantie\u00a09,\r\n 00521", false, "Ratapihantie 9, 00521"},
		{"henkilö\u00adtieto\u200blain", false, "henkilötietolain"},
		{"henkilo\u0308tietolain", false, "henkilötietolain"}, // NFD
		{"tietosuoja\u2011asetus \ufb01", false, "tietosuoja-asetus fi"},
		{"<p>k&auml;sitell&auml;&auml;n <b>lain</b><!-- x --> mukaan</p>", true, " käsitellään lain mukaan "},
		{"<script>var a = '<p>laki</p>';</script>Teksti a < b", true, " Teksti a < b"},
		{"<p>k&auml;sitell&auml;&auml;n</p>", false, "<p>k&auml;sitell&auml;&auml;n</p>"},
	} {
		if got := keys(view(tc.in, 0, len(tc.in), tc.markup)); got != tc.want {
			t.Errorf("view(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestLocate(t *testing.T) {
	plain := func(s string) []unit { return view(s, 0, len(s), false) }
	doc := plain("Laki A. Henkilötietolain mukaan. Toinen henkilötietolain kohta.")
	src := "<nav>henkilötietolain</nav><p>Laki A. Henkilötietolain mukaan. Toinen henkil&ouml;tietolain kohta.</p>"
	su := view(src, 0, len(src), true)
	// the second "henkilötietolain" of the document (lower case)
	i := strings.Index(keys(doc), "henkilötietolain")
	ds := len([]rune(keys(doc)[:i]))
	s, e, why := locate(doc, ds, ds+len([]rune("henkilötietolain")), su)
	if why != "" {
		t.Fatal(why)
	}
	if got := src[su[s].start:su[e-1].end]; got != "henkil&ouml;tietolain" {
		t.Errorf("located %q", got)
	}
	// words that are not there
	if _, _, why := locate(plain("ei löydy"), 0, 2, su); why == "" {
		t.Error("located words that are not in the source")
	}
	// a word inside a longer one is not a match
	if occ := occurrences(plain("tietosuojalaki lakia"), plain("laki")); len(occ) != 0 {
		t.Errorf("occurrences inside words: %v", occ)
	}
}

func FuzzViewLocate(f *testing.F) {
	f.Add("<p>a &amp; b</p>", "b")
	f.Add("henkilötietolain\r\nx", "x")
	f.Fuzz(func(t *testing.T, src, needle string) {
		for _, markup := range []bool{false, true} {
			us := view(src, 0, len(src), markup)
			for i, u := range us {
				if u.start < 0 || u.end > len(src) || u.start > u.end || (i > 0 && u.start < us[i-1].start) {
					t.Fatalf("unit %d %+v out of order", i, u)
				}
			}
			nu := view(needle, 0, len(needle), false)
			if len(nu) > 0 {
				locate(nu, 0, len(nu), us)
			}
		}
	})
}
