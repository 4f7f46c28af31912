package analyzer

import (
	"strings"
	"sync"
)

// tokenBuffers lends DetectLanguage a token slice: the text of every notice
// is tokenised for it only to be counted.
var tokenBuffers = sync.Pool{New: func() any { return new([]Token) }}

// Function words that are frequent in notices of each language and rare in
// the others. Counting them is enough to tell fi, sv and en apart in a
// notice of a few hundred words, without a language-identification model.
var stopwords = map[string]map[string]bool{
	"fi": setOf("ja", "on", "tai", "ei", "että", "ovat", "sekä", "voidaan", "jos", "kuin", "mukaan", "tiedot", "tietoja", "henkilötietoja", "rekisterinpitäjä", "myös", "oikeus", "käsitellään", "joka", "jotka", "tietojen", "kanssa", "osalta", "vain", "ne", "se", "sen", "niiden", "minkä", "jälkeen", "kun", "tämä", "ole", "voi", "mitä", "mikä", "siitä", "henkilötiedot", "käsittely", "säilytetään", "käytetään", "rekisteröidyn"),
	"sv": setOf("och", "att", "är", "för", "som", "med", "av", "till", "på", "eller", "inte", "vi", "om", "den", "det", "har", "kan", "dina", "personuppgifter", "uppgifter", "från", "vid", "ska", "de", "ett", "enligt", "efter", "inom", "våra", "sina", "behandlas", "uppgifterna", "personuppgifterna", "eller"),
	"en": setOf("the", "and", "of", "to", "is", "for", "with", "your", "we", "are", "or", "not", "be", "you", "this", "that", "by", "data", "our", "personal", "will", "as", "on", "which", "in", "from", "if", "such", "may", "have", "has", "it"),
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// IsFunctionWord reports whether w (lower case) is a function word of any
// of the languages: a word that carries no content of its own.
func IsFunctionWord(w string) bool {
	for _, words := range stopwords {
		if words[w] {
			return true
		}
	}
	return false
}

// LanguageCounts counts the function words of each language in text.
func LanguageCounts(text string) map[string]int {
	counts := map[string]int{}
	for i, n := range countLanguages(tokenize(text)) {
		if n > 0 {
			counts[languageOrder[i]] = n
		}
	}
	return counts
}

// languageOrder is the order of countLanguages' counts, and the order in
// which ties are broken.
var languageOrder = [3]string{"fi", "sv", "en"}

// stopwordLangs maps a function word to the languages (bit i for
// languageOrder[i]) whose function word it is.
var stopwordLangs = func() map[string]uint8 {
	m := map[string]uint8{}
	for i, lang := range languageOrder {
		for w := range stopwords[lang] {
			m[w] |= 1 << i
		}
	}
	return m
}()

// countLanguages is LanguageCounts over tokens, in languageOrder.
func countLanguages(toks []Token) [3]int {
	var counts [3]int
	for _, t := range toks {
		if bits := stopwordLangs[t.Text]; bits != 0 {
			for i := range counts {
				if bits&(1<<i) != 0 {
					counts[i]++
				}
			}
		}
		// Case endings and letters tell Finnish and Swedish content words
		// apart where a short line has no function word.
		switch {
		case strings.ContainsRune(t.Text, 'å'):
			counts[1]++
		case finnishEnding(t.Text):
			counts[0]++
		}
	}
	return counts
}

// DetectLanguage returns "fi", "sv" or "en" for the language with the most
// function words, "fi" when nothing is recognised (the most common case in
// this domain).
func DetectLanguage(text string) string {
	if len(text) > 200000 {
		text = text[:200000]
		if i := strings.LastIndexByte(text, ' '); i > 0 {
			text = text[:i]
		}
	}
	buf := tokenBuffers.Get().(*[]Token)
	toks := appendTokens((*buf)[:0], text, 0, 0)
	counts := countLanguages(toks)
	clear(toks) // do not keep the text alive
	*buf = toks[:0]
	tokenBuffers.Put(buf)
	best, n := "fi", 0
	for i, lang := range languageOrder {
		if counts[i] > n {
			best, n = lang, counts[i]
		}
	}
	return best
}

// finnishEnding reports a word with a Finnish case ending and Finnish
// vowels: "säilytysajasta", "rekisterinpitäjälle".
func finnishEnding(w string) bool {
	if w == "" {
		return false
	}
	// every ending below ends in a, ä, e, i or n: most words are out at a
	// glance
	switch w[len(w)-1] {
	case 'a', 0xa4, 'e', 'i', 'n': // 0xa4 ends "ä"
	default:
		return false
	}
	if strings.IndexByte(w, 'y') < 0 && !strings.Contains(w, "ä") && !strings.Contains(w, "ö") {
		return false
	}
	for _, e := range []string{"ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi", "aan", "ään", "nen", "sen", "tään", "taan", "ja", "jä"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}
