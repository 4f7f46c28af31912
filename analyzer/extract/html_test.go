package extract

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

func TestHTMLStructure(t *testing.T) {
	page := `<!doctype html><html><head><title>Seloste</title><script>var x = "Rekisterinpitäjä";</script></head>
<body>
<div class="cookie-notice" id="cn"><p>Tämä sivusto käyttää evästeitä</p></div>
<div id="CybotCookiebotDialog"><p>Hyväksy</p></div>
<header><h1>Kunnan sivut</h1></header>
<nav><a href="/">Etusivu</a></nav>
<main class="page cookie-policy">
 <article>
  <header><h1>Tietosuoja&shy;seloste</h1></header>
  <h2>1. Rekisterinpitäjä</h2>
  <p>Kokkolan&nbsp;kaupunki<br>PL 43,
     67101 Kokkola</p>
  <p><strong>Yhteyshenkilö</strong></p>
  <p><b>Tietosuojavastaava</b><br>tietosuoja@kokkola.fi</p>
  <h3>Tietosisältö</h3>
  <ul><li>nimi</li><li>osoite<ul><li>katuosoite</li></ul></li></ul>
  <table><tr><th>Peruste</th><td><p>Sopimus &amp;</p><ul><li>laki</li></ul></td></tr></table>
  <p hidden>piilossa</p><p aria-hidden="true">piilossa</p><p style="color:red; display: none">piilossa</p>
  <noscript>piilossa</noscript><template><p>piilossa</p></template><svg><text>piilossa</text></svg>
  <form><label>Nimi</label><input><button>Lähetä</button><select><option>piilossa</option></select></form>
  <iframe src="x">piilossa</iframe>
  <pre>rivi 1
rivi 2</pre>
  <footer><p>Päivitetty 1.1.2024</p></footer>
 </article>
</main>
<aside>Katso myös</aside>
<footer>© Kunta</footer>
</body></html>`
	doc, err := HTML("x.html", []byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"heading1:Tietosuojaseloste",
		"heading2:1. Rekisterinpitäjä",
		"paragraph:Kokkolan kaupunki\nPL 43, 67101 Kokkola",
		"heading3:Yhteyshenkilö",
		"heading3:Tietosuojavastaava",
		"paragraph:tietosuoja@kokkola.fi",
		"heading3:Tietosisältö",
		"list-item:nimi", "list-item:osoite", "list-item:katuosoite",
		"table-cell:Peruste", "table-cell:Sopimus &\nlaki",
		"paragraph:rivi 1\nrivi 2",
		"paragraph:Päivitetty 1.1.2024",
	}
	if got := blockTexts(doc); !slices.Equal(got, want) {
		t.Errorf("blocks\n got %q\nwant %q", got, want)
	}
	if strings.Contains(doc.Text, "piilossa") {
		t.Error("hidden text read")
	}
}

// A page whose <main> is only a fraction of the text (a CMS that puts the
// notice beside it) is read whole; one whose <main> holds the notice is
// read without what lies around it.
func TestHTMLMainPreferred(t *testing.T) {
	long := strings.Repeat("Henkilötietoja käsitellään sopimuksen perusteella. ", 20)
	doc, err := HTML("a.html", []byte(`<body><div class="sidebar">Ajankohtaista: uusi kirjasto avattu</div><main><p>`+long+`</p></main></body>`), "")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(doc.Text, "kirjasto") {
		t.Error("text outside <main> read")
	}
	doc, err = HTML("b.html", []byte(`<body><main><p>Tietosuojaseloste</p></main><div>`+long+`</div></body>`), "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Text, "sopimuksen") {
		t.Error("text outside a small <main> lost")
	}
}

// Old themes build their chrome from <div>s; without <main> the reader
// still leaves it out by its ARIA role or its conventional name.
func TestHTMLDivChrome(t *testing.T) {
	page := `<body><div id="header"><a href="/">Kunta</a></div>
<div class="top-nav">Etusivu Palvelut</div><div class="breadcrumbs">Etusivu › Tietosuoja</div>
<div id="content"><div class="page-header"><h1>Tietosuojaseloste</h1></div>
<p>Rekisterinpitäjä on kunta.</p><div class="article-footer">Päivitetty 2024</div></div>
<div role="navigation">Sivukartta</div><div role="search">Hae</div><div role="contentinfo">Yhteystiedot</div>
<div class="site-footer">© Kunta</div></body>`
	doc, err := HTML("x.html", []byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"heading1:Tietosuojaseloste", "paragraph:Rekisterinpitäjä on kunta.", "paragraph:Päivitetty 2024"}
	if got := blockTexts(doc); !slices.Equal(got, want) {
		t.Errorf("blocks\n got %q\nwant %q", got, want)
	}
}

func TestHTMLCharsets(t *testing.T) {
	body := "<p>Rekisterinpit\xe4j\xe4 k\xe4sittelee henkil\xf6tietoja \x96 \x80 5</p>"
	want := "Rekisterinpitäjä käsittelee henkilötietoja – € 5"
	utf8Body := "<p>" + want + "</p>"
	tests := []struct {
		name, contentType, data string
	}{
		{"meta charset", "", `<html><head><meta charset="windows-1252"></head><body>` + body},
		{"meta http-equiv", "", `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>` + body},
		{"content type", "text/html; charset=windows-1252", `<html><body>` + body},
		{"undeclared, not UTF-8", "", `<html><body>` + body},
		{"undeclared UTF-8 after a long ASCII head", "", `<html><head><script>` + strings.Repeat("var a = 1;\n", 200) + `</script></head><body>` + utf8Body},
		{"meta UTF-8", "", `<meta charset="utf-8">` + utf8Body},
		{"UTF-8 BOM", "", "\xEF\xBB\xBF" + utf8Body},
		{"UTF-16 BOM", "", string(utf16Bytes(utf8Body, false, true))},
		{"content type wins over meta", "text/html; charset=utf-8", `<meta charset="windows-1252">` + utf8Body},
		{"entities", "", "<p>Rekisterinpit&auml;j&#228;&#xE4; k&auml;sittelee henkil&ouml;tietoja &ndash; &euro;&nbsp;5</p>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := HTML("x.html", []byte(tt.data), tt.contentType)
			if err != nil {
				t.Fatal(err)
			}
			got := doc.Text
			if tt.name == "entities" {
				want := "Rekisterinpitäjää käsittelee henkilötietoja – € 5"
				if got != want {
					t.Errorf("Text = %q, want %q", got, want)
				}
				return
			}
			if got != want {
				t.Errorf("Text = %q, want %q", got, want)
			}
		})
	}
}

func TestHTMLEmpty(t *testing.T) {
	for _, page := range []string{
		"",
		"<html><head><title>Tyhjä</title></head><body></body></html>",
		"<body><script>document.write('Rekisterinpitäjä')</script><nav>Etusivu</nav><div id=\"cookie-banner\">Evästeet</div></body>",
	} {
		_, err := HTML("e.html", []byte(page), "")
		if !errors.Is(err, ErrEmpty) || !strings.HasPrefix(err.Error(), "e.html: ") {
			t.Errorf("%q: err = %v, want ErrEmpty naming e.html", page, err)
		}
	}
}

func TestIsCookieBanner(t *testing.T) {
	for v, want := range map[string]bool{
		"cookie-banner":             true,
		"cc-banner cc-bottom":       true,
		"onetrust-consent-sdk":      true,
		"CybotCookiebotDialog":      true,
		"cmplz-cookiebanner":        true,
		"page cookie-policy":        false,
		"content tietosuojaseloste": false,
		"cookies-statement":         false,
		"article main-content":      false,
	} {
		if got := isCookieBanner(v); got != want {
			t.Errorf("isCookieBanner(%q) = %v, want %v", v, got, want)
		}
	}
}

// Deep nesting must neither overflow the stack nor take long.
func TestHTMLDeepNesting(t *testing.T) {
	page := strings.Repeat("<div><span>", 200000) + "Rekisterinpitäjä" + strings.Repeat("</span></div>", 200000)
	doc, err := HTML("deep.html", []byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Text, "Rekisterinpitäjä") {
		t.Errorf("Text = %q", doc.Text)
	}
}
