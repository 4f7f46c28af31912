package analyzer

import (
	"regexp"
	"strings"
)

// GrepPattern returns every pattern of the lexicon as one POSIX extended
// regular expression for GNU grep -i -E, the reference of the throughput
// benchmark (scripts/bench.sh): an exact word w becomes \bw\b, a prefix
// stem* \bstem\w*, a suffix *end \w*end\b, an infix *mid* \w*mid\w*, a
// class a run of its characters, '..' up to six words, and the words of a
// pattern are joined by \W+.
func (l *Lexicon) GrepPattern() string {
	alts := make([]string, 0, len(l.patterns))
	seen := map[string]bool{}
	for _, p := range l.patterns {
		re := grepPattern(p)
		if !seen[re] {
			seen[re] = true
			alts = append(alts, re)
		}
	}
	return strings.Join(alts, "|")
}

func grepPattern(p pattern) string {
	var b strings.Builder
	for i, e := range p.elems {
		if e.gap {
			b.WriteString(`(\W+\w+){0,6}`)
			continue
		}
		if i > 0 {
			b.WriteString(`\W+`)
		}
		if len(e.alts) > 1 {
			b.WriteByte('(')
		}
		for k, a := range e.alts {
			if k > 0 {
				b.WriteByte('|')
			}
			b.WriteString(grepAtom(a))
		}
		if len(e.alts) > 1 {
			b.WriteByte(')')
		}
	}
	return b.String()
}

func grepAtom(a atom) string {
	q := regexp.QuoteMeta(a.s)
	switch a.kind {
	case atomExact:
		return `\b` + q + `\b`
	case atomPrefix:
		return `\b` + q + `\w*`
	case atomSuffix:
		return `\w*` + q + `\b`
	case atomInfix:
		return `\w*` + q + `\w*`
	}
	switch a.s {
	case "#num":
		return `[0-9][-0-9./,+]*`
	case "#email":
		return `[^ @]+@[^ @]+\.[^ @]+`
	case "#url":
		return `(https?://|www\.)[^ ]+`
	}
	return `\w+`
}
