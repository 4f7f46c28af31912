package analyzer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is a word of the document, lower-cased, with its byte span.
type Token struct {
	Text     string // lower-cased, surrounding punctuation trimmed
	Start    int
	End      int
	Sentence int // index into Index.Sentences
}

// IsNumber reports whether the token is made of digits and the separators
// of dates, statute numbers and phone numbers (523/1999, 17.11.2021, 00530).
func (t Token) IsNumber() bool { return isNumberWord(t.Text) }

func isNumberWord(s string) bool {
	digits := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '.' || r == '/' || r == '-' || r == ',' || r == '+':
		default:
			return false
		}
	}
	return digits > 0
}

// trimSet is the punctuation trimmed from both ends of a token.
const trimSet = ".,;:!?()[]{}\"'«»“”„‘’*•–—-…<>|#=_~`´"

// tokenize splits text into tokens. A token is a run of non-space runes,
// also split at '/' unless digits stand on both sides (523/1999 stays one
// token, "ja/tai" becomes two), with punctuation trimmed from its ends.
func tokenize(text string) []Token { return appendTokens(nil, text, 0, 0) }

// appendTokens appends the tokens of text to dst, with their spans moved by
// base and their sentence set to sentence.
func appendTokens(dst []Token, text string, base, sentence int) []Token {
	emit := func(start, end int) {
		s := text[start:end]
		l := len(s)
		s = trimLeftPunct(s)
		start += l - len(s)
		s = trimRightPunct(s)
		end = start + len(s)
		if s == "" {
			return
		}
		dst = append(dst, Token{Text: strings.ToLower(s), Start: start + base, End: end + base, Sentence: sentence})
	}
	start := -1
	for i := 0; i < len(text); {
		var r rune
		size := 1
		if c := text[i]; c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		var split bool
		if r < utf8.RuneSelf {
			split = asciiSpace[r]
		} else {
			split = unicode.IsSpace(r)
		}
		if !split && (r == '/' || r == '|' || r == '\\') && start >= 0 {
			prev, _ := utf8.DecodeLastRuneInString(text[:i])
			next, _ := utf8.DecodeRuneInString(text[i+size:])
			split = !(unicode.IsDigit(prev) && unicode.IsDigit(next)) && r != '\\'
			if r == '/' && (strings.HasSuffix(text[start:i], "http:/") || strings.HasSuffix(text[start:i], "https:/") || strings.Contains(text[start:i], "://") || strings.HasSuffix(text[start:i], ":")) {
				split = false // keep URLs whole
			}
		}
		if split {
			if start >= 0 {
				emit(start, i)
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		emit(start, len(text))
	}
	return dst
}

// asciiSpace is unicode.IsSpace for ASCII.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// asciiTrim holds the ASCII runes of trimSet; trimNonASCII the others.
var asciiTrim, trimNonASCII = func() ([utf8.RuneSelf]bool, string) {
	var set [utf8.RuneSelf]bool
	var rest strings.Builder
	for _, r := range trimSet {
		if r < utf8.RuneSelf {
			set[r] = true
		} else {
			rest.WriteRune(r)
		}
	}
	return set, rest.String()
}()

// trimLeftPunct is strings.TrimLeft(s, trimSet) without building the
// cutset's table on every call.
func trimLeftPunct(s string) string {
	for len(s) > 0 {
		if c := s[0]; c < utf8.RuneSelf {
			if !asciiTrim[c] {
				break
			}
			s = s[1:]
			continue
		}
		r, n := utf8.DecodeRuneInString(s)
		if !strings.ContainsRune(trimNonASCII, r) {
			break
		}
		s = s[n:]
	}
	return s
}

// trimRightPunct is strings.TrimRight(s, trimSet).
func trimRightPunct(s string) string {
	for len(s) > 0 {
		if c := s[len(s)-1]; c < utf8.RuneSelf {
			if !asciiTrim[c] {
				break
			}
			s = s[:len(s)-1]
			continue
		}
		r, n := utf8.DecodeLastRuneInString(s)
		if !strings.ContainsRune(trimNonASCII, r) {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}
