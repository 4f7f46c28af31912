package analyzer

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize prepares extracted text for matching while keeping its line
// structure: NFC, ligatures expanded (NFKC for U+FB00-FB06 only, so that
// other compatibility characters keep their meaning), soft hyphens and
// zero-width characters removed, non-breaking and other odd spaces folded to
// a plain space, CR LF and lone CR turned into LF. Invalid UTF-8 becomes
// U+FFFD.
func Normalize(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '\r':
			b.WriteByte('\n')
			if i < len(s) && s[i] == '\n' {
				i++
			}
		case r == '\u00AD', r == '\u200B', r == '\u200C', r == '\u200D',
			r == '\u2060', r == '\uFEFF', r == '\u200E', r == '\u200F':
			// soft hyphen, zero-width characters and direction marks carry no text
		case r == '\u00A0', r == '\u2007', r == '\u202F', r == '\u2009',
			r == '\u200A', r == '\u2002', r == '\u2003', r == '\u2004',
			r == '\u2005', r == '\u2006', r == '\u2008', r == '\u205F', r == '\u3000',
			r == '\u2000', r == '\u2001', r == '\u1680': // NFC turns U+2000/2001 into U+2002/2003
			b.WriteByte(' ')
		case r == '\u2028', r == '\u2029', r == '\u0085':
			b.WriteByte('\n')
		case r >= '\uFB00' && r <= '\uFB06':
			b.WriteString(norm.NFKC.String(string(r)))
		case r == '\u2010', r == '\u2011':
			b.WriteByte('-') // typographic hyphens behave like ASCII ones in words
		default:
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}
