package analyzer

import "strings"

// Function words that are frequent in notices of each language and rare in
// the others. Counting them is enough to tell fi, sv and en apart in a
// notice of a few hundred words, without a language-identification model.
var stopwords = map[string]map[string]bool{
	"fi": setOf("ja", "on", "tai", "ei", "että", "ovat", "sekä", "voidaan", "jos", "kuin", "mukaan", "tiedot", "tietoja", "henkilötietoja", "rekisterinpitäjä", "myös", "oikeus", "käsitellään", "joka", "jotka", "tietojen", "kanssa", "osalta", "vain"),
	"sv": setOf("och", "att", "är", "för", "som", "med", "av", "till", "på", "eller", "inte", "vi", "om", "den", "det", "har", "kan", "dina", "personuppgifter", "uppgifter", "från", "vid", "ska", "de"),
	"en": setOf("the", "and", "of", "to", "is", "for", "with", "your", "we", "are", "or", "not", "be", "you", "this", "that", "by", "data", "our", "personal", "will", "as", "on", "which"),
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// LanguageCounts counts the function words of each language in text.
func LanguageCounts(text string) map[string]int {
	counts := map[string]int{}
	for _, t := range tokenize(text) {
		for lang, words := range stopwords {
			if words[t.Text] {
				counts[lang]++
			}
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
	counts := LanguageCounts(text)
	best, n := "fi", 0
	for _, lang := range []string{"fi", "sv", "en"} {
		if counts[lang] > n {
			best, n = lang, counts[lang]
		}
	}
	return best
}
