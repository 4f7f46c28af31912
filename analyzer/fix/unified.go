package fix

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Context is the number of unchanged lines around a change in the diff.
const Context = 3

// WriteDiff writes the edits as a unified diff of Source. Each hunk's
// header names the rules it corrects after the line numbers, as git puts
// a function name there: "@@ -9 +9 @@ outdated-law". A diff of a text or
// HTML file applies with patch(1); one of extracted text is for reading.
func (p *Plan) WriteDiff(w io.Writer) error {
	if len(p.Edits) == 0 {
		return nil
	}
	dw := &diffWriter{w: w}
	if p.Extracted {
		dw.printf("--- %s (extracted text)\n+++ %s (extracted text, corrected)\n", p.Path, p.Path)
	} else {
		dw.printf("--- %s\n+++ %s\n", p.Path, p.Path)
	}
	starts := lineStarts(p.Source)
	lineOf := func(off int) int { // 0-based
		lo, hi := 0, len(starts)-1
		for lo < hi {
			mid := (lo + hi + 1) / 2
			if starts[mid] <= off {
				lo = mid
			} else {
				hi = mid - 1
			}
		}
		return lo
	}
	// a change is the edits that share lines; a hunk the changes whose
	// contexts meet
	type change struct {
		first, last int // 0-based lines
		edits       []Edit
	}
	var changes []change
	for _, e := range p.Edits {
		a, b := lineOf(e.Start), lineOf(max(e.Start, e.End-1))
		if n := len(changes); n > 0 && a <= changes[n-1].last+1 {
			changes[n-1].last = max(changes[n-1].last, b)
			changes[n-1].edits = append(changes[n-1].edits, e)
			continue
		}
		changes = append(changes, change{first: a, last: b, edits: []Edit{e}})
	}
	nlines := len(starts)
	if starts[nlines-1] == len(p.Source) && nlines > 1 {
		nlines-- // the text ends with a line break: no empty last line
	}
	line := func(i int) (text, term string) {
		end := len(p.Source)
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		s := p.Source[starts[i]:end]
		body := strings.TrimRight(s, "\r\n\u2028\u2029\u0085")
		return body, s[len(body):]
	}
	delta := 0 // lines the edits so far added
	for i := 0; i < len(changes); {
		j := i
		for j+1 < len(changes) && changes[j+1].first-changes[j].last <= 2*Context+1 {
			j++
		}
		from, to := max(0, changes[i].first-Context), min(nlines-1, changes[j].last+Context)
		var body strings.Builder
		var rules []string
		oldCount, newCount := 0, 0
		at := from
		for _, c := range changes[i : j+1] {
			for ; at < c.first; at++ {
				t, term := line(at)
				writeLine(&body, " ", t, term)
				oldCount++
				newCount++
			}
			segStart := starts[c.first]
			segEnd := len(p.Source)
			if c.last+1 < len(starts) {
				segEnd = starts[c.last+1]
			}
			for k := c.first; k <= c.last; k++ {
				t, term := line(k)
				writeLine(&body, "-", t, term)
				oldCount++
			}
			// the new text of the lines, edited
			var nb strings.Builder
			pos := segStart
			for _, e := range c.edits {
				nb.WriteString(p.Source[pos:e.Start])
				nb.WriteString(e.New)
				pos = e.End
				if !contains(rules, e.Rule) {
					rules = append(rules, e.Rule)
				}
			}
			nb.WriteString(p.Source[pos:segEnd])
			for _, nl := range splitLines(nb.String()) {
				body2 := strings.TrimRight(nl, "\r\n\u2028\u2029\u0085")
				writeLine(&body, "+", body2, nl[len(body2):])
				newCount++
			}
			at = c.last + 1
		}
		for ; at <= to; at++ {
			t, term := line(at)
			writeLine(&body, " ", t, term)
			oldCount++
			newCount++
		}
		dw.printf("@@ -%s +%s @@ %s\n%s", hunkRange(from+1, oldCount), hunkRange(from+1+delta, newCount), strings.Join(rules, ", "), body.String())
		delta += newCount - oldCount
		i = j + 1
	}
	return dw.err
}

type diffWriter struct {
	w   io.Writer
	err error
}

func (d *diffWriter) printf(format string, a ...any) {
	if d.err == nil {
		_, d.err = fmt.Fprintf(d.w, format, a...)
	}
}

// writeLine writes one diff line; a CR LF line keeps its CR, so that the
// diff applies to a CR LF file, and a last line without a line break is
// marked as diff(1) marks it.
func writeLine(b *strings.Builder, prefix, text, term string) {
	b.WriteString(prefix)
	b.WriteString(text)
	switch term {
	case "":
		b.WriteString("\n\\ No newline at end of file\n")
	case "\r\n":
		b.WriteString("\r\n")
	default:
		b.WriteString("\n")
	}
}

func hunkRange(first, count int) string {
	if count == 1 {
		return fmt.Sprint(first)
	}
	if count == 0 {
		first-- // diff(1): an empty range names the line before it
	}
	return fmt.Sprintf("%d,%d", first, count)
}

// splitLines splits s after each line break, keeping the breaks.
func splitLines(s string) []string {
	starts := lineStarts(s)
	var out []string
	for i, st := range starts {
		end := len(s)
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		if st == end {
			continue
		}
		out = append(out, s[st:end])
	}
	return out
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// WriteNotes writes what the diff does not show: the corrections refused
// and why (in lang, the language of messages), and the paragraphs to add
// for the missing elements under a heading in the notice's language.
func (p *Plan) WriteNotes(w io.Writer, lang string) error {
	dw := &diffWriter{w: w}
	words := noteWords[lang]
	if words.refused == "" {
		words = noteWords["en"]
	}
	if len(p.Refused) > 0 {
		dw.printf("\n%s\n", words.refused)
		for _, r := range p.Refused {
			where := ""
			if r.Line > 0 {
				where = fmt.Sprintf("%s:%d: ", p.Path, r.Line)
			}
			dw.printf("  %s%s %q: %s\n", where, r.Rule, r.Old, r.Reason)
		}
	}
	if len(p.Additions) > 0 {
		head := noteWords[p.Lang].additions
		if head == "" {
			head = words.additions
		}
		dw.printf("\n%s\n", head)
		for _, a := range p.Additions {
			dw.printf("\n[%s]\n%s\n", a.Rule, strings.TrimSpace(a.Text))
		}
	}
	return dw.err
}

var noteWords = map[string]struct{ refused, additions string }{
	"en": {refused: "Not corrected (fix these by hand):", additions: "To add (fill in the «…» parts before publishing):"},
	"fi": {refused: "Ei korjattu (korjaa nämä käsin):", additions: "Lisättävät kohdat (täydennä «…»-kohdat ennen julkaisua):"},
	"sv": {refused: "Inte rättat (rätta dessa för hand):", additions: "Att lägga till (fyll i «…» före publicering):"},
}

// WriteFile replaces the file at path with data atomically: a temporary
// file in the same folder, synced, with the original's permissions, then
// renamed over it. A reader sees the old file or the new one, never half.
func WriteFile(path string, data []byte) error {
	fi, err := os.Stat(path)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".seloste-*")
	if err != nil {
		return err
	}
	done := false
	defer func() {
		if !done {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	if err := tmp.Chmod(fi.Mode().Perm()); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		done = true
		return err
	}
	done = true
	return nil
}
