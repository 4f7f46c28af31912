package analyzer

import (
	"fmt"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

// LexiconFile is one language's lexicon as written in a data file:
//
//	lang: fi
//	concepts:
//	  retention-verb: [säilyt*, säilö*]
//	  data-removed: ["poist* .. kuluttua"]
//
// A pattern is a sequence of token patterns separated by spaces. A token
// pattern is an exact word (säilytysaika), a prefix (säilyt*), a suffix
// (*aika), an infix (*viranomai*), alternatives joined by '|'
// (ei|eikä|emme), a class (#num for numbers, #email, #url, * for any
// word), or '..', which
// skips up to six tokens of the same sentence. Matching is case-insensitive.
type LexiconFile struct {
	Lang     string              `yaml:"lang"`
	Concepts map[string][]string `yaml:"concepts"`
}

// ParseLexicon reads a lexicon file; name is used in errors.
func ParseLexicon(name string, data []byte) (*LexiconFile, error) {
	var f LexiconFile
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if f.Lang == "" {
		return nil, fmt.Errorf("%s: missing lang", name)
	}
	return &f, nil
}

// Lexicon is the compiled form of one or more lexicon files. Concepts of the
// same name in several languages are merged, so that a bilingual notice
// matches in both languages with one pass.
type Lexicon struct {
	exact    map[string][]int // first-token exact word -> patterns
	prefixes *trieNode        // first-token prefixes -> patterns
	others   []int            // patterns whose first token is a suffix, infix or class
	patterns []pattern
	concepts map[string]bool
}

type atomKind int

const (
	atomExact atomKind = iota
	atomPrefix
	atomSuffix
	atomInfix
	atomClass
)

type atom struct {
	kind atomKind
	s    string
}

type element struct {
	alts []atom
	gap  bool // ".." — skip up to maxGap tokens
}

type pattern struct {
	concept string
	lang    string
	source  string
	elems   []element
}

const maxGap = 6

type trieNode struct {
	next     map[rune]*trieNode
	patterns []int
}

// Concepts returns the names of all concepts, sorted.
func (l *Lexicon) Concepts() []string {
	var out []string
	for c := range l.concepts {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}

// Has reports whether the lexicon defines concept.
func (l *Lexicon) Has(concept string) bool { return l.concepts[concept] }

// Patterns returns the source patterns of concept in every language, for
// documentation and the grep reference benchmark.
func (l *Lexicon) Patterns(concept string) []string {
	var out []string
	for _, p := range l.patterns {
		if p.concept == concept {
			out = append(out, p.source)
		}
	}
	return out
}

// CompileLexicon compiles lexicon files into one matcher.
func CompileLexicon(files ...*LexiconFile) (*Lexicon, error) {
	l := &Lexicon{exact: map[string][]int{}, prefixes: &trieNode{}, concepts: map[string]bool{}}
	for _, f := range files {
		names := make([]string, 0, len(f.Concepts))
		for c := range f.Concepts {
			names = append(names, c)
		}
		sort.Strings(names)
		for _, c := range names {
			l.concepts[c] = true
			for _, src := range f.Concepts[c] {
				p, err := compilePattern(c, f.Lang, src)
				if err != nil {
					return nil, fmt.Errorf("lexicon %s, concept %s: %w", f.Lang, c, err)
				}
				l.add(p)
			}
		}
	}
	return l, nil
}

func compilePattern(concept, lang, src string) (pattern, error) {
	p := pattern{concept: concept, lang: lang, source: src}
	for _, f := range strings.Fields(strings.ToLower(src)) {
		if f == ".." {
			if len(p.elems) == 0 {
				return p, fmt.Errorf("pattern %q starts with '..'", src)
			}
			p.elems = append(p.elems, element{gap: true})
			continue
		}
		var e element
		for _, a := range strings.Split(f, "|") {
			switch {
			case a == "":
				return p, fmt.Errorf("pattern %q has an empty alternative", src)
			case a == "*":
				e.alts = append(e.alts, atom{atomClass, "*"})
			case strings.HasPrefix(a, "#"):
				if a != "#num" && a != "#email" && a != "#url" {
					return p, fmt.Errorf("pattern %q: unknown class %s", src, a)
				}
				e.alts = append(e.alts, atom{atomClass, a})
			case len(a) > 2 && strings.HasPrefix(a, "*") && strings.HasSuffix(a, "*"):
				e.alts = append(e.alts, atom{atomInfix, a[1 : len(a)-1]})
			case len(a) > 1 && strings.HasPrefix(a, "*"):
				e.alts = append(e.alts, atom{atomSuffix, a[1:]})
			case len(a) > 1 && strings.HasSuffix(a, "*"):
				e.alts = append(e.alts, atom{atomPrefix, a[:len(a)-1]})
			case strings.Contains(a, "*"):
				return p, fmt.Errorf("pattern %q: '*' only at the start or end of a word", src)
			default:
				e.alts = append(e.alts, atom{atomExact, a})
			}
		}
		p.elems = append(p.elems, e)
	}
	if len(p.elems) == 0 {
		return p, fmt.Errorf("empty pattern")
	}
	if p.elems[len(p.elems)-1].gap {
		return p, fmt.Errorf("pattern %q ends with '..'", src)
	}
	return p, nil
}

func (l *Lexicon) add(p pattern) {
	id := len(l.patterns)
	l.patterns = append(l.patterns, p)
	for _, a := range p.elems[0].alts {
		switch a.kind {
		case atomExact:
			l.exact[a.s] = append(l.exact[a.s], id)
		case atomPrefix:
			n := l.prefixes
			for _, r := range a.s {
				if n.next == nil {
					n.next = map[rune]*trieNode{}
				}
				c := n.next[r]
				if c == nil {
					c = &trieNode{}
					n.next[r] = c
				}
				n = c
			}
			n.patterns = append(n.patterns, id)
		default:
			l.others = append(l.others, id)
		}
	}
}

func (a atom) matches(t *Token) bool {
	switch a.kind {
	case atomExact:
		return t.Text == a.s
	case atomPrefix:
		return strings.HasPrefix(t.Text, a.s)
	case atomSuffix:
		return strings.HasSuffix(t.Text, a.s)
	case atomInfix:
		return strings.Contains(t.Text, a.s)
	case atomClass:
		switch a.s {
		case "*":
			return true
		case "#num":
			return t.IsNumber()
		case "#email":
			return strings.Contains(t.Text, "@") && strings.Contains(t.Text[strings.Index(t.Text, "@"):], ".")
		case "#url":
			return strings.HasPrefix(t.Text, "http://") || strings.HasPrefix(t.Text, "https://") || strings.HasPrefix(t.Text, "www.")
		}
	}
	return false
}

func (e element) matches(t *Token) bool {
	for _, a := range e.alts {
		if a.matches(t) {
			return true
		}
	}
	return false
}

// Match is one occurrence of a concept: tokens [Tok0, Tok1) of one sentence.
type Match struct {
	Concept    string
	Lang       string
	Tok0, Tok1 int
	Sentence   int
	Start, End int // bytes of Document.Text
}

// match finds every concept occurrence. A pattern matches at most once per
// start token; overlapping matches of different patterns are all kept.
func (l *Lexicon) match(toks []Token, sents []Sentence) []Match {
	var out []Match
	var cands []int
	for i := range toks {
		t := &toks[i]
		cands = cands[:0]
		cands = append(cands, l.exact[t.Text]...)
		n := l.prefixes
		for _, r := range t.Text {
			if n = n.next[r]; n == nil {
				break
			}
			cands = append(cands, n.patterns...)
		}
		for _, id := range l.others {
			if l.patterns[id].elems[0].matches(t) {
				cands = append(cands, id)
			}
		}
		end := sents[t.Sentence].Tok1
		first := len(out)
		for _, id := range cands {
			p := &l.patterns[id]
			j, ok := matchFrom(p.elems[1:], toks, i+1, end)
			if !ok || duplicate(out[first:], p.concept, j) {
				continue // several patterns of a concept may match the same words
			}
			out = append(out, Match{Concept: p.concept, Lang: p.lang, Tok0: i, Tok1: j, Sentence: t.Sentence, Start: t.Start, End: toks[j-1].End})
		}
	}
	return out
}

// duplicate reports whether ms, the matches starting at the same token,
// already hold concept ending at token end.
func duplicate(ms []Match, concept string, end int) bool {
	for _, m := range ms {
		if m.Concept == concept && m.Tok1 == end {
			return true
		}
	}
	return false
}

// matchFrom matches elems against toks[i:end] and returns the end token.
func matchFrom(elems []element, toks []Token, i, end int) (int, bool) {
	if len(elems) == 0 {
		return i, true
	}
	e := elems[0]
	if e.gap {
		for k := i; k <= i+maxGap && k < end; k++ {
			if j, ok := matchFrom(elems[1:], toks, k, end); ok {
				return j, true
			}
		}
		return 0, false
	}
	if i >= end || !e.matches(&toks[i]) {
		return 0, false
	}
	return matchFrom(elems[1:], toks, i+1, end)
}
