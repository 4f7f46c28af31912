package analyzer

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// naiveCandidates is the first-token candidate list as the matcher first
// computed it: exact words, the prefix walk, then every other pattern
// tried in turn. firstCandidates must give exactly this list.
func naiveCandidates(l *Lexicon, w string) []int32 {
	var out []int32
	for _, id := range l.exact[w] {
		out = append(out, int32(id))
	}
	// prefixes: every prefix pattern whose word is a prefix of w, by length
	type pre struct {
		n, id int
	}
	var ps []pre
	for id, p := range l.patterns {
		for _, a := range p.elems[0].alts {
			if a.kind == atomPrefix && strings.HasPrefix(w, a.s) {
				ps = append(ps, pre{len(a.s), id})
			}
		}
	}
	slices.SortStableFunc(ps, func(a, b pre) int { return a.n - b.n })
	for _, p := range ps {
		out = append(out, int32(p.id))
	}
	t := Token{Text: w}
	for _, id := range l.others {
		if l.patterns[id].elems[0].matches(&t) {
			out = append(out, int32(id))
		}
	}
	return out
}

func TestFirstCandidatesAsNaive(t *testing.T) {
	var files []*LexiconFile
	for _, lang := range []string{"en", "fi", "sv"} {
		data, err := os.ReadFile(filepath.Join("..", "rules", "lexicons", lang, "base.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		f, err := ParseLexicon(lang, data)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	l, err := CompileLexicon(files...)
	if err != nil {
		t.Fatal(err)
	}
	words := map[string]bool{"": true, "@": true, "a@b.fi": true, "https://x.fi": true, "www.": true, "523/1999": true}
	paths, _ := filepath.Glob("../corpus/notices/*.txt")
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, tok := range tokenize(string(data)) {
			words[tok.Text] = true
		}
	}
	for _, p := range l.patterns {
		for _, e := range p.elems {
			for _, a := range e.alts {
				words[a.s] = true
				words[a.s+"ssa"] = true
				words["x"+a.s] = true
				words["yy"+a.s+"z"] = true
			}
		}
	}
	var pos []int32
	for w := range words {
		var got []int32
		got, pos = l.firstCandidates(nil, w, pos)
		if want := naiveCandidates(l, w); !slices.Equal(got, want) {
			t.Errorf("%q: got %v, want %v", w, got, want)
		}
	}
}

// The fast reader must read the real lexicons, and exactly as YAML does.
func TestParseLexiconFastAsYAML(t *testing.T) {
	paths, _ := filepath.Glob("../rules/lexicons/*/*.yaml")
	if len(paths) == 0 {
		t.Skip("no lexicons")
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		fast, ok := parseLexiconFast(data)
		if !ok {
			t.Errorf("%s: the fast reader gave up", p)
			continue
		}
		var want LexiconFile
		if err := yaml.Unmarshal(data, &want); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(*fast, want) {
			t.Errorf("%s: fast reader differs from YAML", p)
		}
	}
	for _, bad := range []string{
		"lang: fi\nconcepts:\n  a: [x, y]\n  a: [z]\n", // duplicate
		"lang: fi\nconcepts:\n  a: [x,\n    y]\n",      // multi-line
		"lang: fi\nconcepts:\n  a: [\"x\\\"y\"]\n",     // escape
		"lang: fi\nconcepts:\n  a: [yes, 12]\n",        // not strings
		"lang: fi\nconcepts:\n  a: [*x]\n",             // alias
		"lang: fi\nconcepts:\n  a:\n    - x\n",         // block list
		"lang: fi\nother: 1\nconcepts:\n  a: [x]\n",    // unknown field
		"lang: fi\nconcepts:\n  a: [x] y\n",            // junk
		"lang: fi\nconcepts:\n  a: []\n",               // empty
	} {
		if _, ok := parseLexiconFast([]byte(bad)); ok {
			t.Errorf("fast reader accepted %q", bad)
		}
	}
	f, ok := parseLexiconFast([]byte("# c\nlang: sv\nconcepts:\n  # x\n  a-b: [x*, \"y .. z\", w|v]  # c\n\n  c: [\"#num\"]\n"))
	if !ok || f.Lang != "sv" || !reflect.DeepEqual(f.Concepts, map[string][]string{"a-b": {"x*", "y .. z", "w|v"}, "c": {"#num"}}) {
		t.Errorf("got %+v, %v", f, ok)
	}
}

func TestFinnishEndingAsBefore(t *testing.T) {
	before := func(w string) bool {
		if !strings.ContainsAny(w, "äöy") {
			return false
		}
		for _, e := range []string{"ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi", "aan", "ään", "nen", "sen", "tään", "taan", "ja", "jä"} {
			if strings.HasSuffix(w, e) {
				return true
			}
		}
		return false
	}
	words := []string{"", "a", "ä", "y", "ja", "jä", "yja", "säilytysajasta", "rekisterinpitäjälle", "yllä", "öö", "\xa4", "y\xa4"}
	paths, _ := filepath.Glob("../corpus/notices/*.txt")
	for _, p := range paths {
		data, _ := os.ReadFile(p)
		for _, tok := range tokenize(string(data)) {
			words = append(words, tok.Text)
		}
	}
	for _, w := range words {
		if finnishEnding(w) != before(w) {
			t.Errorf("%q: %v", w, finnishEnding(w))
		}
	}
}

// Lint takes the language sections from the index; they must be those of
// LanguageSections, for line blocks and for paragraph blocks.
func TestIndexLanguageSectionsAsLanguageSections(t *testing.T) {
	paths, _ := filepath.Glob("../corpus/notices/*.txt")
	more, _ := filepath.Glob("../rules/testdata/*/*.txt")
	paths = append(paths, more...)
	if len(paths) == 0 {
		t.Skip("no notices")
	}
	var all strings.Builder
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		all.Write(data)
		all.WriteString("\n\n")
		text := string(data)
		docs := []*Document{NewDocument(p, FormatText, text, nil)}
		var paras []Block
		for start := 0; start < len(text); {
			end := strings.Index(text[start:], "\n\n")
			if end < 0 {
				end = len(text)
			} else {
				end += start
			}
			if strings.TrimSpace(text[start:end]) != "" {
				paras = append(paras, Block{Kind: BlockParagraph, Start: start, End: end})
			}
			start = end + 2
		}
		docs = append(docs, NewDocument(p, FormatText, text, paras))
		for _, doc := range docs {
			if got, want := buildIndex(doc, nil).languageSections(), LanguageSections(doc); !reflect.DeepEqual(got, want) {
				t.Errorf("%s (%d blocks): got %+v, want %+v", p, len(doc.Blocks), got, want)
			}
		}
	}
	doc := NewDocument("all", FormatText, all.String(), nil)
	if got, want := buildIndex(doc, nil).languageSections(), LanguageSections(doc); !reflect.DeepEqual(got, want) {
		t.Errorf("all notices: got %+v, want %+v", got, want)
	}
}

func BenchmarkCompileLexicon(b *testing.B) {
	var files []*LexiconFile
	for _, lang := range []string{"en", "fi", "sv"} {
		data, err := os.ReadFile(filepath.Join("..", "rules", "lexicons", lang, "base.yaml"))
		if err != nil {
			b.Skip(err)
		}
		f, err := ParseLexicon(lang, data)
		if err != nil {
			b.Fatal(err)
		}
		files = append(files, f)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := CompileLexicon(files...); err != nil {
			b.Fatal(err)
		}
	}
}
