package analyzer

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

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
	if f, ok := parseLexiconFast(data); ok {
		return f, nil
	}
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
	prefixes byteTrie         // first-token prefixes -> patterns
	others   []int            // patterns whose first token is a suffix, infix or class
	patterns []pattern
	concepts map[string]bool
	// first finds, for one token, the positions in others whose pattern's
	// first element matches the token, without trying each in turn.
	first firstIndex
	// cache maps a token text to its first-token candidates ([]int32).
	cache     sync.Map
	cacheSize atomic.Int64
}

// firstIndex indexes every alternative of the first element of the
// patterns in Lexicon.others. Values are positions in others.
type firstIndex struct {
	exact                 map[string][]int32
	prefix, suffix, infix byteTrie // suffix holds reversed words
	any, num, email, url  []int32
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

// byteTrie is a trie over the bytes of lower-cased words. Patterns are
// whole UTF-8 sequences, so a byte walk reaches the same nodes as a walk
// over runes. Nodes, edges and values live in three flat slices without
// pointers: every process builds the tries before its first notice.
type byteTrie struct {
	nodes []trieNode
	edges []trieEdge
	vals  []trieVal
}

type trieNode struct {
	edge         int32 // first edge, or -1
	val, lastVal int32 // first and last value, or -1
}

type trieEdge struct {
	b           byte
	child, next int32 // next: the node's next edge, or -1
}

type trieVal struct {
	v, next int32
}

func (t *byteTrie) newNode() int32 {
	t.nodes = append(t.nodes, trieNode{edge: -1, val: -1, lastVal: -1})
	return int32(len(t.nodes) - 1)
}

func (t *byteTrie) insert(word string, v int32) {
	if len(t.nodes) == 0 {
		t.newNode()
	}
	n := int32(0)
	for i := 0; i < len(word); i++ {
		n = t.child(n, word[i], true)
	}
	k := int32(len(t.vals))
	t.vals = append(t.vals, trieVal{v, -1})
	if nd := &t.nodes[n]; nd.val < 0 {
		nd.val, nd.lastVal = k, k
	} else {
		t.vals[nd.lastVal].next = k
		nd.lastVal = k
	}
}

// child returns node n's child for b, or -1; with add, it creates it.
func (t *byteTrie) child(n int32, b byte, add bool) int32 {
	for e := t.nodes[n].edge; e >= 0; e = t.edges[e].next {
		if t.edges[e].b == b {
			return t.edges[e].child
		}
	}
	if !add {
		return -1
	}
	c := t.newNode()
	t.edges = append(t.edges, trieEdge{b: b, child: c, next: t.nodes[n].edge})
	t.nodes[n].edge = int32(len(t.edges) - 1)
	return c
}

// walk calls f with the values, in the order inserted, of every node on
// the path spelled by the bytes of s from i on, going forward (step 1) or
// backward (step -1).
func (t *byteTrie) walk(s string, i, step int, f func(int32)) {
	if len(t.nodes) == 0 {
		return
	}
	n := int32(0)
	for ; i >= 0 && i < len(s); i += step {
		if n = t.child(n, s[i], false); n < 0 {
			return
		}
		for k := t.nodes[n].val; k >= 0; k = t.vals[k].next {
			f(t.vals[k].v)
		}
	}
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
	l := &Lexicon{exact: map[string][]int{}, concepts: map[string]bool{}}
	n := 0
	for _, f := range files {
		for _, srcs := range f.Concepts {
			n += len(srcs)
		}
	}
	ps := make([]pattern, 0, n)
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
				ps = append(ps, p)
			}
		}
	}
	l.patterns = ps
	for id := range ps {
		l.add(id)
	}
	l.indexOthers()
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

// add indexes pattern id by its first element.
func (l *Lexicon) add(id int) {
	for _, a := range l.patterns[id].elems[0].alts {
		switch a.kind {
		case atomExact:
			l.exact[a.s] = append(l.exact[a.s], id)
		case atomPrefix:
			l.prefixes.insert(a.s, int32(id))
		default:
			l.others = append(l.others, id)
		}
	}
}

// indexOthers indexes every alternative of the first element of each
// pattern in others: a position in others is a candidate for a token
// exactly when element.matches holds, as if each were tried in turn.
func (l *Lexicon) indexOthers() {
	fi := &l.first
	fi.exact = map[string][]int32{}
	for k, id := range l.others {
		pos := int32(k)
		for _, a := range l.patterns[id].elems[0].alts {
			switch a.kind {
			case atomExact:
				fi.exact[a.s] = append(fi.exact[a.s], pos)
			case atomPrefix:
				fi.prefix.insert(a.s, pos)
			case atomSuffix:
				fi.suffix.insert(reverse(a.s), pos)
			case atomInfix:
				fi.infix.insert(a.s, pos)
			case atomClass:
				switch a.s {
				case "*":
					fi.any = append(fi.any, pos)
				case "#num":
					fi.num = append(fi.num, pos)
				case "#email":
					fi.email = append(fi.email, pos)
				case "#url":
					fi.url = append(fi.url, pos)
				}
			}
		}
	}
}

func reverse(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

// firstCandidates appends to dst, in the order the patterns were added,
// the ids of the patterns whose first element may match token text w:
// the exact words, then the prefixes by length, then the others in
// order (each once).
func (l *Lexicon) firstCandidates(dst []int32, w string, pos []int32) ([]int32, []int32) {
	for _, id := range l.exact[w] {
		dst = append(dst, int32(id))
	}
	add := func(v int32) { dst = append(dst, v) }
	l.prefixes.walk(w, 0, 1, add)

	fi := &l.first
	pos = pos[:0]
	addPos := func(v int32) { pos = append(pos, v) }
	pos = append(pos, fi.exact[w]...)
	fi.prefix.walk(w, 0, 1, addPos)
	fi.suffix.walk(w, len(w)-1, -1, addPos)
	for i := 0; i < len(w); i++ {
		fi.infix.walk(w, i, 1, addPos)
	}
	pos = append(pos, fi.any...)
	t := Token{Text: w}
	for _, c := range []struct {
		kind string
		pos  []int32
	}{{"#num", fi.num}, {"#email", fi.email}, {"#url", fi.url}} {
		if len(c.pos) > 0 && (atom{atomClass, c.kind}).matches(&t) {
			pos = append(pos, c.pos...)
		}
	}
	slices.Sort(pos)
	pos = slices.Compact(pos)
	for _, k := range pos {
		dst = append(dst, int32(l.others[k]))
	}
	return dst, pos
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
	var scratch, pos []int32
	for i := range toks {
		t := &toks[i]
		cands, ok := l.cached(t.Text)
		if !ok {
			scratch, pos = l.firstCandidates(scratch[:0], t.Text, pos)
			cands = l.remember(t.Text, scratch)
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

// The first-token candidates of a word are found once per lexicon and
// remembered, since words recur within a notice and across notices; the
// cache stops growing at maxCachedWords words (a notice's rare words then
// cost a few trie walks each).
const maxCachedWords = 1 << 16

func (l *Lexicon) cached(w string) ([]int32, bool) {
	v, ok := l.cache.Load(w)
	if !ok {
		return nil, false
	}
	return v.([]int32), true
}

// remember caches a copy of cands, the candidates of w, and returns it.
func (l *Lexicon) remember(w string, cands []int32) []int32 {
	c := slices.Clone(cands)
	if l.cacheSize.Load() < maxCachedWords {
		// w may point into a document's text: copy it so as not to keep
		// the text alive.
		if _, loaded := l.cache.LoadOrStore(strings.Clone(w), c); !loaded {
			l.cacheSize.Add(1)
		}
	}
	return c
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
