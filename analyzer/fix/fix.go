// Package fix turns the mechanical corrections findings carry
// (analyzer.Finding.Replacement: the repealed law's name, the Ombudsman's
// old address, Privacy Shield, ...) into edits of the notice, for
// `seloste fix`: a unified diff whose hunks name the rule they fix, and
// for text and HTML sources the corrected file, written in place with its
// markup, line endings and encoding kept. Missing elements get the
// paragraphs to add, with «placeholders», never invented facts.
//
// The edits are made to the source file's own text, not to the extracted
// text: each correction is located by searching the flagged words in the
// source (in HTML, in its text, skipping tags), and a correction that
// cannot be located exactly once is refused and reported, not guessed.
package fix

import (
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/seloste/seloste/analyzer"
)

// Edit is one correction: Source[Start:End] becomes New.
type Edit struct {
	Rule       string
	Start, End int // byte offsets in Plan.Source
	Old, New   string
}

// Refusal is a finding whose correction is not made, and why.
type Refusal struct {
	Rule   string
	Line   int    // in the text as extracted (as lint reports it)
	Old    string // the flagged words
	Reason string
}

// Addition is the paragraph that would give a missing element, in the
// notice's language with «placeholders» for the facts only the controller
// knows.
type Addition struct {
	Rule, Text string
}

// Plan is everything `seloste fix` would do to one notice.
type Plan struct {
	Path   string
	Format analyzer.Format
	Lang   string
	// Source is the text the edits apply to: the decoded source file, or
	// the extracted text when Extracted (PDF, DOCX, a URL, standard input),
	// which cannot be written back.
	Source    string
	Extracted bool
	Edits     []Edit // sorted, not overlapping
	Refused   []Refusal
	Additions []Addition

	enc    sourceEncoding
	encErr error // why the source cannot be written back, if it cannot
}

// mechanical are the rules whose findings carry a Replacement when one can
// be made; their findings without one are reported as refused.
var mechanical = map[string]string{
	"outdated-law":               "no mechanical correction: a section (§) of the old law is cited, and the sections of the new law do not correspond",
	"invalid-transfer-mechanism": "no mechanical correction: Safe Harbor has no successor; name the safeguard the transfers really rely on",
	"outdated-authority-address": "no mechanical correction for this address",
	"outdated-title":             "no mechanical correction for this title",
	"outdated-term":              "no mechanical correction for this term",
}

// Prepare plans the corrections of a linted notice. src is the source
// file's bytes for a text or HTML notice; nil plans against the extracted
// text (PDF, DOCX, URL, standard input).
func Prepare(res *analyzer.Result, src []byte) (*Plan, error) {
	if res.Doc == nil {
		return nil, fmt.Errorf("%s: no document to fix", res.Path)
	}
	doc := res.Doc
	p := &Plan{Path: res.Path, Format: doc.Format, Lang: doc.Lang}
	markup := doc.Format == analyzer.FormatHTML
	if src == nil || (doc.Format != analyzer.FormatText && !markup) {
		p.Source, p.Extracted = doc.Text, true
	} else {
		var err error
		if markup {
			p.Source, p.enc, err = decodeHTML(src)
		} else {
			p.Source, p.enc, err = decodeText(src)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", res.Path, err)
		}
		if b, err := p.enc.encode(p.Source); err != nil || string(b) != string(src) {
			p.encErr = errNotRoundTrip
		}
	}

	var lines []int // text sources: byte offset of each source line
	var srcUnits, docUnits, bare []unit
	if !p.Extracted {
		if markup {
			srcUnits = view(p.Source, 0, len(p.Source), true)
			docUnits = view(doc.Text, 0, len(doc.Text), false)
		} else {
			lines = lineStarts(p.Source)
		}
	}

	for _, f := range res.Findings {
		pos := res.Position(f.Span)
		if f.Span.IsZero() {
			if f.Suggestion != "" {
				p.Additions = append(p.Additions, Addition{Rule: f.Rule, Text: f.Suggestion})
			}
			continue
		}
		if f.Span.Start < 0 || f.Span.End > len(doc.Text) || f.Span.Start >= f.Span.End {
			continue
		}
		old := doc.Text[f.Span.Start:f.Span.End]
		if f.Replacement == "" {
			if why, ok := mechanical[f.Rule]; ok {
				p.Refused = append(p.Refused, Refusal{Rule: f.Rule, Line: pos.Line, Old: old, Reason: why})
			}
			continue
		}
		refuse := func(reason string) {
			p.Refused = append(p.Refused, Refusal{Rule: f.Rule, Line: pos.Line, Old: old, Reason: reason})
		}
		repl := matchCase(old, f.Replacement)
		var start, end int
		switch {
		case p.Extracted:
			start, end = f.Span.Start, f.Span.End
		case markup:
			ds, de := unitAt(docUnits, f.Span.Start), unitAt(docUnits, f.Span.End-1)+1
			s, e, why := locate(docUnits, ds, min(de, len(docUnits)), srcUnits)
			if why != "" {
				if bare == nil {
					bare = viewOf(p.Source, 0, len(p.Source), true, false)
				}
				if _, _, w := locate(docUnits, ds, min(de, len(docUnits)), bare); w == "" {
					why = "the words are split by markup in the source file"
				}
				refuse(why)
				continue
			}
			if hasTag(srcUnits[s:e]) {
				refuse("the words are split by markup in the source file")
				continue
			}
			start, end = srcUnits[s].start, srcUnits[e-1].end
			repl = escapeText(repl)
		default:
			n := pos.Line
			if strings.Contains(old, "\n") {
				refuse("the words run over more than one line")
				continue
			}
			if n < 1 || n > len(lines) {
				refuse("line not in the source file")
				continue
			}
			ls, le := lines[n-1], lineEnd(p.Source, lines, n)
			// the line as the document has it, and as the file has it;
			// a line the reader cleaned of HTML fragments is read as markup
			du := view(doc.Text, lineStartOf(doc.Text, f.Span.Start), lineEndOf(doc.Text, f.Span.Start), false)
			frag := hasFragments(p.Source[ls:le])
			su := view(p.Source, ls, le, frag)
			ds, de := unitAt(du, f.Span.Start), unitAt(du, f.Span.End-1)+1
			s, e, why := locate(du, ds, min(de, len(du)), su)
			if why != "" {
				refuse(why)
				continue
			}
			if hasTag(su[s:e]) {
				refuse("the words are split by markup in the source file")
				continue
			}
			start, end = su[s].start, su[e-1].end
			if frag {
				repl = escapeText(repl)
			}
		}
		if !p.Extracted {
			if err := p.enc.canEncode(repl); err != nil {
				refuse(err.Error())
				continue
			}
		}
		p.Edits = append(p.Edits, Edit{Rule: f.Rule, Start: start, End: end, Old: p.Source[start:end], New: repl})
	}

	sort.SliceStable(p.Edits, func(i, j int) bool { return p.Edits[i].Start < p.Edits[j].Start })
	var kept []Edit
	for _, e := range p.Edits {
		if n := len(kept); n > 0 && e.Start < kept[n-1].End {
			p.Refused = append(p.Refused, Refusal{Rule: e.Rule, Old: e.Old, Reason: "overlaps the correction for " + kept[n-1].Rule})
			continue
		}
		if e.Old == e.New {
			continue
		}
		kept = append(kept, e)
	}
	p.Edits = kept
	return p, nil
}

// Fixed returns the source with the edits made.
func (p *Plan) Fixed() string {
	var b strings.Builder
	at := 0
	for _, e := range p.Edits {
		b.WriteString(p.Source[at:e.Start])
		b.WriteString(e.New)
		at = e.End
	}
	b.WriteString(p.Source[at:])
	return b.String()
}

// ErrNotWritable is wrapped by Bytes for a notice that cannot be corrected
// in place.
var ErrNotWritable = errors.New("cannot be corrected in place")

// Bytes returns the corrected file, encoded as the source was (BOM, line
// endings and encoding kept). It fails for PDF and DOCX notices and for
// inputs that are not files.
func (p *Plan) Bytes() ([]byte, error) {
	if p.Extracted {
		switch p.Format {
		case analyzer.FormatPDF, analyzer.FormatDOCX:
			return nil, fmt.Errorf("%s: cannot write %s; apply the diff to the source document: %w",
				p.Path, strings.ToUpper(string(p.Format)), ErrNotWritable)
		}
		return nil, fmt.Errorf("%s: not a file; save it and fix the file: %w", p.Path, ErrNotWritable)
	}
	if p.encErr != nil {
		return nil, fmt.Errorf("%s: %v (%s): %w", p.Path, p.encErr, p.enc.name, ErrNotWritable)
	}
	b, err := p.enc.encode(p.Fixed())
	if err != nil {
		return nil, fmt.Errorf("%s: the corrected text cannot be written in %s: %v: %w", p.Path, p.enc.name, err, ErrNotWritable)
	}
	return b, nil
}

// Encoding names the source file's encoding ("" for extracted text).
func (p *Plan) Encoding() string { return p.enc.name }

// matchCase gives the replacement the case of the first letter it
// replaces: "Registeransvarig" becomes "Personuppgiftsansvarig".
func matchCase(old, repl string) string {
	o, _ := utf8.DecodeRuneInString(old)
	r, size := utf8.DecodeRuneInString(repl)
	if unicode.IsUpper(o) && unicode.IsLower(r) {
		return string(unicode.ToUpper(r)) + repl[size:]
	}
	return repl
}

// escapeText makes plain text safe inside an HTML text node.
func escapeText(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

func hasTag(us []unit) bool {
	for _, u := range us {
		if u.tag {
			return true
		}
	}
	return false
}

// lineStarts returns the byte offset of each line of s, splitting where
// analyzer.Normalize does (LF, CR LF, lone CR, U+2028, U+2029, U+0085),
// so that line n of the file is line n of a plain-text document.
func lineStarts(s string) []int {
	out := []int{0}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch r {
		case '\r':
			if i < len(s) && s[i] == '\n' {
				i++
			}
			out = append(out, i)
		case '\n', '\u2028', '\u2029', '\u0085':
			out = append(out, i)
		}
	}
	return out
}

// lineEnd is the end of line n (1-based) without its terminator.
func lineEnd(s string, starts []int, n int) int {
	end := len(s)
	if n < len(starts) {
		end = starts[n]
	}
	for end > starts[n-1] {
		r, size := utf8.DecodeLastRuneInString(s[starts[n-1]:end])
		if r != '\n' && r != '\r' && r != '\u2028' && r != '\u2029' && r != '\u0085' {
			break
		}
		end -= size
	}
	return end
}

func lineStartOf(s string, off int) int { return strings.LastIndexByte(s[:off], '\n') + 1 }

func lineEndOf(s string, off int) int {
	if i := strings.IndexByte(s[off:], '\n'); i >= 0 {
		return off + i
	}
	return len(s)
}

var (
	fragmentTag    = regexp.MustCompile(`(?i)</?(p|br|ul|ol|li|div|span|strong|b|i|em|u|a|h[1-6]|table|tbody|thead|tr|td|th|font|sup|sub|blockquote|section|hr)(\s[^<>]*)?/?>`)
	entityAnywhere = regexp.MustCompile(`&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});`)
)

// hasFragments reports a line of a CMS text export that carries HTML tags
// or entities, which the text reader cleans (extract.Text).
func hasFragments(line string) bool {
	return strings.ContainsAny(line, "<&") && (fragmentTag.MatchString(line) || entityAnywhere.MatchString(line))
}
