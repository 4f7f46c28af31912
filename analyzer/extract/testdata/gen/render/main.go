// Command gen renders the seed notices as web pages and as bare HTML for
// LibreOffice to turn into DOCX; gen.sh runs it. The renderings vary how
// headings, rows and lists are marked up, so that the readers' tests cover
// several CMS styles with the same words.
package main

import (
	"flag"
	"fmt"
	"html"
	"log"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

func main() {
	seeds := flag.String("seeds", "/work/shared/seeds/notices", "folder of seed notices (*.txt)")
	out := flag.String("out", "../..", "testdata folder to write seeds/ and html/ into")
	bare := flag.String("bare", "", "folder for the bare HTML given to LibreOffice")
	flag.Parse()
	files, err := filepath.Glob(filepath.Join(*seeds, "*.txt"))
	if err != nil || len(files) == 0 {
		log.Fatalf("no seeds in %s", *seeds)
	}
	for _, dir := range []string{"seeds", "html"} {
		if err := os.MkdirAll(filepath.Join(*out, dir), 0o755); err != nil {
			log.Fatal(err)
		}
	}
	for i, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			log.Fatal(err)
		}
		base := strings.TrimSuffix(filepath.Base(f), ".txt")
		id := base[:3]
		write(filepath.Join(*out, "seeds", base+".txt"), data)
		text := string(data)
		write(filepath.Join(*out, "html", id+".utf8.html"), []byte(page(render(text, i, true), "utf8", i)))
		write(filepath.Join(*out, "html", id+".cp1252.html"), cp1252(page(render(text, i+1, false), "cp1252", i)))
		if *bare != "" {
			doc := "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + id + "</title></head><body>\n" + render(text, i, false) + "</body></html>\n"
			write(filepath.Join(*bare, id+".html"), []byte(doc))
		}
	}
}

func write(name string, data []byte) {
	if err := os.WriteFile(name, data, 0o644); err != nil {
		log.Fatal(err)
	}
}

// render marks up a seed: style picks h2 or bold paragraphs for headings
// and a table or h3+div for "heading<TAB>value" rows; entities spells some
// letters as named entities, as old CMSs do.
func render(text string, style int, entities bool) string {
	var b strings.Builder
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	var para, list []string
	n := 0
	esc := func(s string) string {
		s = html.EscapeString(s)
		n++
		if entities && n%3 == 0 {
			s = strings.NewReplacer("ä", "&auml;", "ö", "&ouml;", "Ä", "&Auml;", "å", "&aring;", " ja ", "&nbsp;ja&#160;").Replace(s)
		}
		return s
	}
	flush := func() {
		if len(para) > 0 {
			fmt.Fprintf(&b, "<p>%s</p>\n", strings.Join(para, "<br>\n"))
			para = nil
		}
		if len(list) > 0 {
			b.WriteString("<ul>\n")
			for _, l := range list {
				fmt.Fprintf(&b, "  <li>%s</li>\n", l)
			}
			b.WriteString("</ul>\n")
			list = nil
		}
	}
	inTable := false
	for i, line := range lines {
		t := strings.TrimSpace(line)
		head, value, row := strings.Cut(line, "\t")
		if !row && inTable {
			b.WriteString("</table>\n")
			inTable = false
		}
		switch {
		case row:
			// values of CMS exports are HTML fragments already
			flush()
			if style%2 == 0 {
				if !inTable {
					b.WriteString("<table class=\"seloste\">\n")
					inTable = true
				}
				fmt.Fprintf(&b, "<tr><th>%s</th><td>%s</td></tr>\n", head, value)
			} else {
				fmt.Fprintf(&b, "<h3>%s</h3>\n<div class=\"value\">%s</div>\n", head, value)
			}
		case t == "":
			flush()
		case strings.HasPrefix(t, "- "):
			if len(para) > 0 {
				flush()
			}
			list = append(list, esc(strings.TrimPrefix(t, "- ")))
		case isHeading(t, lines, i):
			flush()
			if style%2 == 0 {
				fmt.Fprintf(&b, "<h2>%s</h2>\n", esc(t))
			} else {
				fmt.Fprintf(&b, "<p><strong>%s</strong></p>\n", esc(t))
			}
		default:
			if len(list) > 0 {
				flush()
			}
			para = append(para, esc(t))
		}
	}
	flush()
	if inTable {
		b.WriteString("</table>\n")
	}
	return b.String()
}

func isHeading(t string, lines []string, i int) bool {
	next := i+1 >= len(lines) || strings.TrimSpace(lines[i+1]) == ""
	return next && utf8.RuneCountInString(t) < 70 && !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, ",")
}

// page wraps a notice in the chrome of a municipal web page: scripts,
// styles, a cookie banner, header, navigation, aside, hidden elements and
// a footer. The UTF-8 variant has <main>; the windows-1252 one does not.
func page(notice, variant string, i int) string {
	meta := `<meta charset="utf-8">`
	open, close := `<main id="main-content" class="content`+[]string{"", " cookie-policy"}[i%2]+`"><article>`, "</article>\n<aside class=\"related\"><h2>Katso myös</h2><ul><li><a href=\"/saavutettavuus\">Saavutettavuusseloste</a></li></ul></aside>\n</main>"
	if variant == "cp1252" {
		meta = `<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">`
		open, close = `<div id="content" class="page">`, "</div>\n<aside><p>Päivitetty viimeksi &ndash; katso arkisto</p></aside>"
	}
	return `<!DOCTYPE html>
<html lang="fi">
<head>
` + meta + `
<title>Tietosuojaseloste – Kunnan verkkosivut</title>
<style>body{font-family:sans-serif}.cc-banner{position:fixed;bottom:0}</style>
<script>window.dataLayer=window.dataLayer||[];var label="Rekisterinpitäjä";</script>
</head>
<body>
<div id="cookie-consent" class="cc-banner" role="dialog"><p>Käytämme sivustollamme evästeitä parantaaksemme käyttökokemusta. <button>Hyväksy kaikki</button> <a href="/evasteet">Evästeasetukset</a></p></div>
<header class="site-header"><a href="/" class="logo">Kunnan verkkosivut</a><form role="search"><input name="q" placeholder="Hae"><button>Hae</button></form></header>
<nav aria-label="Päävalikko"><ul><li><a href="/">Etusivu</a></li><li><a href="/palvelut">Palvelut &amp; asiointi</a></li><li><a href="/yhteystiedot">Yhteystiedot</a></li></ul></nav>
<div class="breadcrumbs" aria-hidden="true">Etusivu › Tietosuoja</div>
` + open + "\n" + notice + close + `
<div hidden>Piilotettu ilmoitus</div>
<div class="mobile-menu" style="display: none">Valikko Sulje</div>
<noscript><p>Ota JavaScript käyttöön nähdäksesi kartan.</p></noscript>
<template><p>Mallipohja</p></template>
<footer><p>&copy; 2024 Kunta &middot; <a href="/saavutettavuus">Saavutettavuus</a> &middot; <a href="/evasteet">Evästeet</a></p></footer>
<script src="/js/app.js"></script>
</body>
</html>
`
}

// cp1252 encodes s in windows-1252, writing characters it lacks as
// numeric character references.
func cp1252(s string) []byte {
	enc := charmap.Windows1252
	var out []byte
	for _, r := range s {
		if b, ok := enc.EncodeRune(r); ok {
			out = append(out, b)
		} else {
			out = append(out, fmt.Sprintf("&#%d;", r)...)
		}
	}
	return out
}
