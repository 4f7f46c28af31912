package analyzer

import (
	"strings"
	"testing"
)

func TestLanguageSections(t *testing.T) {
	fi := strings.Repeat("Henkilötietoja käsitellään asiakassuhteen hoitamiseksi ja tietoja säilytetään kaksi vuotta, minkä jälkeen ne poistetaan. ", 5)
	sv := strings.Repeat("Personuppgifterna behandlas för att sköta kundförhållandet och de sparas i två år, varefter de raderas. ", 5)
	en := "We also use the following services for the website."
	tests := []struct {
		name      string
		text      string
		langs     []string
		bilingual bool
	}{
		{"finnish only", "Tietosuojaseloste\n\n" + fi, []string{"fi"}, false},
		{"finnish then swedish", "Tietosuojaseloste\n\n" + fi + "\n\nDataskyddsbeskrivning\n\n" + sv, []string{"fi", "sv"}, true},
		// a short English line inside a Finnish notice is not a section
		{"english sentence", "Tietosuojaseloste\n\n" + fi + "\n\n" + en + "\n\n" + fi, []string{"fi"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := NewDocument("x", FormatText, tt.text, nil)
			secs := LanguageSections(doc)
			var got []string
			for _, s := range secs {
				got = append(got, s.Lang)
			}
			if strings.Join(got, ",") != strings.Join(tt.langs, ",") {
				t.Errorf("sections %v, want %v", got, tt.langs)
			}
			if Bilingual(secs) != tt.bilingual {
				t.Errorf("bilingual = %v, want %v", Bilingual(secs), tt.bilingual)
			}
			if secs[0].Start != 0 || secs[len(secs)-1].End != len(tt.text) {
				t.Errorf("sections do not cover the text: %+v", secs)
			}
		})
	}
}
