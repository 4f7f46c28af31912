package rules

import (
	"strings"

	"github.com/seloste/seloste/analyzer"
)

// controllerContact: an e-mail address, a phone number or a postal address
// for the controller. Contact details of the supervisory authority do not
// count.
func controllerContact() *elementRule {
	return &elementRule{id: "controller-contact", article: "GDPR 13(1)(a)", severity: analyzer.Error,
		detect: func(p *analyzer.Pass) analyzer.Element {
			el := firstSentence(p, func(s int) bool {
				if p.HasAny(s, "authority", "ombudsman") || p.HeadingHas(s, "authority", "ombudsman") {
					return false
				}
				return hasContactDetail(p, s)
			})
			return el
		}}
}

// hasContactDetail reports whether s holds an e-mail address, a phone number
// or a postal address (postcode or PO box).
func hasContactDetail(p *analyzer.Pass, s int) bool {
	toks := p.Tokens(s)
	if p.Has(s, "po-box") {
		return true
	}
	digits := 0
	for i, t := range toks {
		switch {
		case isEmail(t.Text):
			return true
		case strings.Contains(t.Text, "[at]") || t.Text == "at" && i > 0 && i+1 < len(toks) && strings.Contains(toks[i+1].Text, "."):
			return true // obfuscated address: "name [ at ] example.fi"
		case isPostcode(t.Text) && i+1 < len(toks) && isPlaceName(p.Doc.Text[toks[i+1].Start:toks[i+1].End]):
			return true
		}
		if isPhonePart(t.Text) {
			if digits == 0 && !strings.HasPrefix(t.Text, "0") && !strings.HasPrefix(t.Text, "+") {
				continue // Finnish numbers start with 0 or +358
			}
			digits += countDigits(t.Text)
			if digits >= 7 {
				return true
			}
		} else {
			digits = 0
		}
	}
	return false
}

func isEmail(w string) bool {
	at := strings.IndexByte(w, '@')
	return at > 0 && strings.Contains(w[at:], ".") && !strings.Contains(w, "example.")
}

func isPostcode(w string) bool {
	if len(w) != 5 {
		return false
	}
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func isPlaceName(w string) bool {
	r := []rune(w)
	return len(r) > 1 && r[0] >= 'A' && r[0] <= 'Ö' && !strings.ContainsAny(w, "0123456789")
}

func countDigits(w string) int {
	n := 0
	for _, c := range w {
		if c >= '0' && c <= '9' {
			n++
		}
	}
	return n
}

// isPhonePart reports whether w can be a group of a phone number: digits,
// '+', '-' and parentheses, but not the '.' and '/' of dates and statute
// numbers (17.11.2021, 523/1999).
func isPhonePart(w string) bool {
	if countDigits(w) == 0 {
		return false
	}
	for _, c := range w {
		if !(c >= '0' && c <= '9' || c == '+' || c == '-' || c == '(' || c == ')') {
			return false
		}
	}
	return true
}
