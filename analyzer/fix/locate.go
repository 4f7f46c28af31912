package fix

import (
	"html"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// unit is one character of a text as the matcher sees it: r folded the
// way analyzer.Normalize folds it (NFC, odd spaces to a space, typographic
// hyphens to "-", ligatures expanded), with the byte span of the source it
// came from. A run of white space, and in markup a tag, is one space unit;
// tag marks a unit that holds markup.
type unit struct {
	r          rune
	start, end int
	tag        bool
}

var entity = regexp.MustCompile(`^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});`)

// view returns the units of s[from:to]. With markup, tags, comments and
// the content of script and style elements count as space and entities
// as the characters they stand for.
func view(s string, from, to int, markup bool) []unit { return viewOf(s, from, to, markup, true) }

// viewOf is view; without tagSpace, markup counts as nothing, which finds
// words that tags split ("henkilö<b>tieto</b>lain").
func viewOf(s string, from, to int, markup, tagSpace bool) []unit {
	var out []unit
	space := func(start, end int, tag bool) {
		if n := len(out); n > 0 && out[n-1].r == ' ' && out[n-1].end == start {
			out[n-1].end = end
			out[n-1].tag = out[n-1].tag || tag
			return
		}
		out = append(out, unit{r: ' ', start: start, end: end, tag: tag})
	}
	for i := from; i < to; {
		c := s[i]
		if markup && c == '<' {
			if end := tagEnd(s, i, to); end > i {
				if tagSpace {
					space(i, end, true)
				} else if n := len(out); n > 0 {
					out[n-1].tag = true // the unit before the markup
				}
				i = end
				continue
			}
		}
		if markup && c == '&' {
			if m := entity.FindString(s[i:to]); m != "" {
				dec := html.UnescapeString(m)
				if dec != m {
					for _, r := range dec {
						if isSpace(r) {
							space(i, i+len(m), false)
						} else {
							out = append(out, unit{r: r, start: i, end: i + len(m)})
						}
					}
					i += len(m)
					continue
				}
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:to])
		// a base character and the combining marks after it are one unit
		end := i + size
		for end < to {
			m, ms := utf8.DecodeRuneInString(s[end:to])
			if !unicode.Is(unicode.Mn, m) {
				break
			}
			end += ms
		}
		switch {
		case isSpace(r):
			space(i, end, false)
		case ignorable(r):
		case r >= '\uFB00' && r <= '\uFB06':
			for _, x := range norm.NFKC.String(string(r)) {
				out = append(out, unit{r: x, start: i, end: end})
			}
		case r == '\u2010' || r == '\u2011':
			out = append(out, unit{r: '-', start: i, end: end})
		default:
			if end > i+size {
				if c := []rune(norm.NFC.String(s[i:end])); len(c) == 1 {
					r = c[0]
				}
			}
			out = append(out, unit{r: r, start: i, end: end})
		}
		i = end
	}
	return out
}

// tagEnd returns the end of the tag, comment or raw-text element that
// starts at s[i] == '<', or i when '<' starts no markup.
func tagEnd(s string, i, to int) int {
	rest := s[i:to]
	if strings.HasPrefix(rest, "<!--") {
		if e := strings.Index(rest[4:], "-->"); e >= 0 {
			return i + 4 + e + 3
		}
		return to
	}
	if len(rest) < 2 {
		return i
	}
	if c := rest[1]; !(c == '/' || c == '!' || c == '?' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
		return i
	}
	e := strings.IndexByte(rest, '>')
	if e < 0 {
		return i
	}
	end := i + e + 1
	// the text of script and style is code, not notice text
	lower := strings.ToLower(rest[:min(len(rest), 8)])
	for _, raw := range []string{"script", "style"} {
		if strings.HasPrefix(lower, "<"+raw) && (len(lower) == len(raw)+1 || !isNameByte(lower[len(raw)+1])) {
			if c := strings.Index(strings.ToLower(s[end:to]), "</"+raw); c >= 0 {
				return tagEnd(s, end+c, to)
			}
			return to
		}
	}
	return end
}

func isNameByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' }

func isSpace(r rune) bool {
	switch r {
	case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u2002', '\u2003', '\u2004',
		'\u2005', '\u2006', '\u2008', '\u205F', '\u3000', '\u2028', '\u2029', '\u0085':
		return true
	}
	return unicode.IsSpace(r)
}

// ignorable runes carry no text: soft hyphen, zero-width characters,
// direction marks, BOM.
func ignorable(r rune) bool {
	switch r {
	case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u200E', '\u200F':
		return true
	}
	return false
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// occurrences returns the unit indices where needle occurs in hay as whole
// words: a needle that begins (ends) with a letter or digit must not
// follow (precede) one.
func occurrences(hay, needle []unit) []int {
	var out []int
	if len(needle) == 0 {
		return nil
	}
	for i := 0; i+len(needle) <= len(hay); i++ {
		ok := true
		for j := range needle {
			if hay[i+j].r != needle[j].r {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if isWordRune(needle[0].r) && i > 0 && isWordRune(hay[i-1].r) {
			continue
		}
		if e := i + len(needle); isWordRune(needle[len(needle)-1].r) && e < len(hay) && isWordRune(hay[e].r) {
			continue
		}
		out = append(out, i)
	}
	return out
}

// unitAt returns the index of the first unit of us that ends after byte
// off, len(us) when none does.
func unitAt(us []unit, off int) int {
	for i, u := range us {
		if u.end > off {
			return i
		}
	}
	return len(us)
}

// locate finds in the source units src the text that the document units
// doc[ds:de] are. It first counts: when the words occur as often in both,
// the n-th in the document is the n-th in the source. Otherwise it widens
// the words by their neighbours in the document, a word at a time, until
// they occur once in each. It returns the source unit range or a reason.
func locate(doc []unit, ds, de int, src []unit) (int, int, string) {
	core := doc[ds:de]
	docOcc, srcOcc := occurrences(doc, core), occurrences(src, core)
	if len(srcOcc) == 0 {
		return 0, 0, "the words are not in the source file"
	}
	if len(docOcc) == len(srcOcc) {
		for k, at := range docOcc {
			if at == ds {
				return srcOcc[k], srcOcc[k] + len(core), ""
			}
		}
	}
	ls, le := ds, de
	for w := 0; w < 8; w++ {
		nls, nle := wordLeft(doc, ls), wordRight(doc, le)
		if nls == ls && nle == le {
			break
		}
		ls, le = nls, nle
		needle := doc[ls:le]
		srcOcc = occurrences(src, needle)
		docOcc = occurrences(doc, needle)
		if len(srcOcc) == 0 {
			return 0, 0, "the words around it differ in the source file"
		}
		if len(srcOcc) == 1 && len(docOcc) == 1 {
			return srcOcc[0] + ds - ls, srcOcc[0] + de - ls, ""
		}
	}
	return 0, 0, "the words occur more than once and cannot be told apart"
}

// wordLeft moves i back over the space before it and the word before that.
func wordLeft(us []unit, i int) int {
	for i > 0 && us[i-1].r == ' ' {
		i--
	}
	for i > 0 && us[i-1].r != ' ' {
		i--
	}
	return i
}

// wordRight moves i forward over the space after it and the next word.
func wordRight(us []unit, i int) int {
	for i < len(us) && us[i].r == ' ' {
		i++
	}
	for i < len(us) && us[i].r != ' ' {
		i++
	}
	return i
}
