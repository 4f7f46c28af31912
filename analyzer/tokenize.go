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
func tokenize(text string) []Token {
	var toks []Token
	emit := func(start, end int) {
		s := text[start:end]
		l := len(s)
		s = strings.TrimLeft(s, trimSet)
		start += l - len(s)
		s = strings.TrimRight(s, trimSet)
		end = start + len(s)
		if s == "" {
			return
		}
		toks = append(toks, Token{Text: strings.ToLower(s), Start: start, End: end})
	}
	start := -1
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		split := unicode.IsSpace(r)
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
	return toks
}
