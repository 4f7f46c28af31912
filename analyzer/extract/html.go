package extract

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"

	"github.com/seloste/seloste/analyzer"
)

// htmlMaxTags bounds the elements of a page (a long notice page has tens
// of thousands): 250,000 of them take some 150 MiB to parse.
const htmlMaxTags = 250_000

// HTML reads a web page notice. The encoding comes from a BOM, the content
// type, a meta charset, or else UTF-8 when the bytes are valid UTF-8 and
// windows-1252 when not. Page chrome (navigation, header, footer, scripts,
// cookie banners, hidden elements) is skipped, and the page's <main> or
// <article> is preferred when it holds most of the text.
func HTML(name string, data []byte, contentType string) (*analyzer.Document, error) {
	return htmlDoc(name, data, contentType, nil)
}

// htmlDoc is HTML within lim (nil = no limits).
func htmlDoc(name string, data []byte, contentType string, lim *docLimits) (*analyzer.Document, error) {
	s, err := decodeHTML(data, contentType)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if lim != nil && len(s) > lim.maxText*4 {
		// markup and all: a page this size is not a notice
		return nil, fmt.Errorf("%s: %d bytes of HTML, limit %d: %w", name, len(s), lim.maxText*4, ErrTooLarge)
	}
	var b *analyzer.Builder
	// The parser's tree costs some 350 bytes an element and cannot be
	// stopped half-way: a page with more tags than a notice ever has is
	// read by the tokenizer only, like markup the parser rejects.
	if strings.Count(s, "<") > htmlMaxTags {
		if b, err = htmlTokenBlocks(s, lim); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	} else if root, err := html.Parse(strings.NewReader(s)); err == nil {
		revealControlledPanels(root)
		body := find(root, func(n *html.Node) bool { return n.DataAtom == atom.Body })
		if body == nil {
			body = root
		}
		if b, err = htmlBlocks(body, lim); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		if main := mainContent(body); main != nil {
			m, err := htmlBlocks(main, lim)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", name, err)
			}
			if m.Len()*2 >= b.Len() {
				b = m
			}
		}
	} else {
		// The parser gives up on pathological nesting; the text is still there.
		if b, err = htmlTokenBlocks(s, lim); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
	if b.Len() == 0 {
		return nil, fmt.Errorf("%s: %w", name, ErrEmpty)
	}
	return finish(b.Document(name, analyzer.FormatHTML)), nil
}

func decodeHTML(data []byte, contentType string) (string, error) {
	data = bytes.TrimPrefix(data, bomUTF8)
	enc, name, certain := charset.DetermineEncoding(data, contentType)
	if !certain && name == "windows-1252" && utf8.Valid(data) {
		// DetermineEncoding only looks at the first KiB; when that is ASCII
		// and nothing declares a charset, a valid UTF-8 page is UTF-8.
		head := bytes.ToLower(data[:min(len(data), 1024)])
		if !bytes.Contains(head, []byte("charset")) {
			enc = encoding.Nop
		}
	}
	b, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", fmt.Errorf("decoding %s: %w", name, err)
	}
	return string(b), nil
}

// mainContent returns the page's <main> (or role=main), else its largest
// <article>.
func mainContent(body *html.Node) *html.Node {
	if m := find(body, func(n *html.Node) bool {
		return n.DataAtom == atom.Main || attrOf(n, "role") == "main"
	}); m != nil && !skipped(m, false) {
		return m
	}
	var best *html.Node
	bestLen := 0
	walk(body, func(n *html.Node) bool {
		if n.DataAtom == atom.Article && !skipped(n, false) {
			if l := len(textOf(n)); l > bestLen {
				best, bestLen = n, l
			}
			return false
		}
		return !skipped(n, false)
	})
	return best
}

// find returns the first element in document order for which ok holds.
func find(root *html.Node, ok func(*html.Node) bool) *html.Node {
	var found *html.Node
	walk(root, func(n *html.Node) bool {
		if found != nil {
			return false
		}
		if n.Type == html.ElementNode && ok(n) {
			found = n
			return false
		}
		return true
	})
	return found
}

// revealControlledPanels un-hides the panels that a control on the page
// opens (aria-controls="p1" on an accordion button over <div id="p1"
// hidden>): their text is the notice, shown on a click, unlike hidden
// elements nothing opens, such as an old version kept in the page.
func revealControlledPanels(root *html.Node) {
	controlled := map[string]bool{}
	walk(root, func(n *html.Node) bool {
		for _, id := range strings.Fields(attrOf(n, "aria-controls")) {
			controlled[id] = true
		}
		return true
	})
	if len(controlled) == 0 {
		return
	}
	walk(root, func(n *html.Node) bool {
		if n.Type == html.ElementNode && controlled[attrOf(n, "id")] {
			attrs := n.Attr[:0]
			for _, a := range n.Attr {
				hides := a.Key == "hidden" || a.Key == "aria-hidden" ||
					a.Key == "style" && strings.Contains(strings.ToLower(strings.ReplaceAll(a.Val, " ", "")), "display:none")
				if !hides {
					attrs = append(attrs, a)
				}
			}
			n.Attr = attrs
		}
		return true
	})
}

// walk visits root and its descendants in document order without
// recursion, so that absurdly deep markup cannot exhaust the stack; visit
// returns whether to descend.
func walk(root *html.Node, visit func(*html.Node) bool) {
	n := root
	for n != nil {
		if visit(n) && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		for n != nil {
			if n == root {
				return
			}
			if n.NextSibling != nil {
				n = n.NextSibling
				break
			}
			n = n.Parent
		}
	}
}

func textOf(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
		return c.Type != html.ElementNode || !skipped(c, false)
	})
	return strings.TrimSpace(b.String())
}

func attrOf(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// skipped reports elements that are not part of the notice: code, media,
// forms, page chrome, hidden elements and cookie banners. Header and
// footer count as chrome only outside <main> and <article>, where they
// hold the notice's own title or date.
func skipped(n *html.Node, inContent bool) bool {
	if n.Type != html.ElementNode {
		return n.Type == html.CommentNode || n.Type == html.DoctypeNode
	}
	if n.DataAtom == atom.Button && n.Parent != nil && isHeading(n.Parent.DataAtom) {
		return false // <h2><button aria-expanded>Title</button></h2>: an accordion's heading
	}
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math,
		atom.Nav, atom.Aside, atom.Form, atom.Button, atom.Select, atom.Textarea,
		atom.Iframe, atom.Object, atom.Embed, atom.Canvas, atom.Head, atom.Dialog, atom.Input:
		return true
	case atom.Header, atom.Footer:
		if !inContent {
			return true
		}
	}
	if n.Data == "svg" || n.Data == "math" {
		return true
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") {
				return true
			}
		case "style":
			st := strings.ToLower(strings.ReplaceAll(a.Val, " ", ""))
			if strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden") {
				return true
			}
		case "role":
			switch strings.ToLower(a.Val) {
			case "navigation", "search", "complementary", "alertdialog":
				return true
			case "banner", "contentinfo":
				if !inContent {
					return true
				}
			}
		case "id", "class":
			if n.DataAtom == atom.Main || n.DataAtom == atom.Article || n.DataAtom == atom.Body || n.DataAtom == atom.Html {
				break
			}
			if isCookieBanner(a.Val) || !inContent && isChrome(a.Val) {
				return true
			}
		}
	}
	return false
}

var cookieMarkers = []string{"cookie", "consent", "gdpr-banner", "cc-banner", "cc-window",
	"onetrust", "cookiebot", "cybot", "cmplz", "cookieyes", "cky-", "borlabs", "moove_gdpr", "evaste"}

// isCookieBanner reports an id or class list naming a consent banner;
// names that merely mention a cookie policy (a page about cookies) do not
// count.
func isCookieBanner(v string) bool {
	for _, f := range strings.Fields(strings.ToLower(v)) {
		if strings.Contains(f, "policy") || strings.Contains(f, "statement") || strings.Contains(f, "seloste") {
			continue
		}
		for _, m := range cookieMarkers {
			if strings.Contains(f, m) {
				return true
			}
		}
	}
	return false
}

// chromeClass matches the ids and classes that older CMS themes give the
// page chrome they build from <div>s instead of <nav>, <header> and
// <footer>. Only whole names count: "page-header" may hold the notice's
// title, "article-footer" its date.
var chromeClass = regexp.MustCompile(`^(?:(?:main|site|top|global|mobile|primary|secondary)[-_]?)?(?:nav|navbar|navigation|menu|breadcrumbs?|sidebar|footer|skip[-_]?links?|header)$`)

func isChrome(v string) bool {
	for _, f := range strings.Fields(strings.ToLower(v)) {
		if chromeClass.MatchString(f) {
			return true
		}
	}
	return false
}

// htmlLine is a line of a block being gathered; bold tells whether all its
// text was bold, which is how many CMS pages mark their headings.
type htmlLine struct {
	text    strings.Builder
	bold    bool
	hasText bool
}

type htmlWalker struct {
	b       analyzer.Builder
	kind    analyzer.BlockKind
	level   int
	lines   []*htmlLine
	bold    int // open <b>/<strong> elements
	pre     int
	content int // open <main>/<article>
	cell    int // open <td>/<th>: everything inside is one block
}

func htmlBlocks(root *html.Node, lim *docLimits) (*analyzer.Builder, error) {
	w := &htmlWalker{kind: analyzer.BlockParagraph}
	n := root
	// The walk is iterative (see walk) but needs a leave event to close
	// blocks, so it is spelled out here.
	for n != nil {
		if err := lim.step(w.b.Len(), 0); err != nil {
			return nil, err
		}
		if w.enter(n) && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		for n != nil {
			if !skipped(n, w.content > 0) {
				w.leave(n)
			}
			if n == root {
				n = nil
				break
			}
			if n.NextSibling != nil {
				n = n.NextSibling
				break
			}
			n = n.Parent
		}
	}
	w.flush()
	return &w.b, nil
}

func isHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Summary, atom.Dt:
		return true
	}
	return false
}

// blockKind says how an element breaks the flow of text.
func blockKind(a atom.Atom) (kind analyzer.BlockKind, level int, isBlock bool) {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return analyzer.BlockHeading, int(a.String()[1] - '0'), true
	case atom.Li:
		return analyzer.BlockListItem, 0, true
	case atom.Dt, atom.Summary:
		// a definition list's term and an accordion's summary title the
		// text that follows them
		return analyzer.BlockHeading, 4, true
	case atom.Td, atom.Th:
		return analyzer.BlockTableCell, 0, true
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Main, atom.Blockquote, atom.Dd,
		atom.Dl, atom.Ul, atom.Ol, atom.Table, atom.Tr, atom.Tbody, atom.Thead, atom.Tfoot,
		atom.Caption, atom.Figure, atom.Figcaption, atom.Address, atom.Pre, atom.Center,
		atom.Header, atom.Footer, atom.Hr, atom.Details, atom.Body, atom.Html:
		return analyzer.BlockParagraph, 0, true
	}
	return "", 0, false
}

func (w *htmlWalker) enter(n *html.Node) bool {
	if skipped(n, w.content > 0) {
		return false
	}
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return false
	case html.ElementNode:
	default:
		return true
	}
	switch n.DataAtom {
	case atom.Br:
		w.lines = append(w.lines, &htmlLine{})
		return false
	case atom.B, atom.Strong:
		w.bold++
	case atom.Pre:
		w.pre++
	case atom.Main, atom.Article:
		w.content++
	case atom.Img:
		return false
	}
	if kind, level, ok := blockKind(n.DataAtom); ok {
		if w.cell > 0 {
			w.lines = append(w.lines, &htmlLine{})
		} else {
			w.flush()
			w.kind, w.level = kind, level
		}
		if kind == analyzer.BlockTableCell {
			w.cell++
		}
	}
	return true
}

func (w *htmlWalker) leave(n *html.Node) {
	if n.Type != html.ElementNode {
		return
	}
	switch n.DataAtom {
	case atom.B, atom.Strong:
		w.bold--
	case atom.Pre:
		w.pre--
	case atom.Main, atom.Article:
		w.content--
	}
	if kind, _, ok := blockKind(n.DataAtom); ok {
		if kind == analyzer.BlockTableCell {
			w.cell--
		}
		if w.cell > 0 {
			w.lines = append(w.lines, &htmlLine{})
			return
		}
		w.flush()
		// text after a nested block inside a list item or cell still belongs
		// to it
		w.kind, w.level = analyzer.BlockParagraph, 0
		for p := n.Parent; p != nil; p = p.Parent {
			if k, l, ok := blockKind(p.DataAtom); ok && k != analyzer.BlockParagraph {
				w.kind, w.level = k, l
				break
			} else if ok {
				break
			}
		}
	}
}

func (w *htmlWalker) text(s string) {
	if len(w.lines) == 0 {
		w.lines = append(w.lines, &htmlLine{})
	}
	if w.pre > 0 {
		parts := strings.Split(s, "\n")
		for i, p := range parts {
			if i > 0 {
				w.lines = append(w.lines, &htmlLine{})
			}
			w.addText(p)
		}
		return
	}
	w.addText(strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' || r == '\f' {
			return ' '
		}
		return r
	}, s))
}

func (w *htmlWalker) addText(s string) {
	l := w.lines[len(w.lines)-1]
	if !l.hasText {
		l.bold = true // until text that is not bold comes
	}
	if strings.TrimSpace(analyzer.Normalize(s)) != "" {
		l.hasText = true
		if w.bold == 0 {
			l.bold = false
		}
	}
	l.text.WriteString(s)
}

// flush adds the gathered lines as a block. In a paragraph, a line that is
// all bold and short is a heading of its own.
func (w *htmlWalker) flush() {
	lines := w.lines
	w.lines = nil
	if len(lines) == 0 {
		return
	}
	var run []string
	addRun := func() {
		if len(run) > 0 {
			w.b.Add(w.kind, w.level, 0, strings.Join(run, "\n"))
			run = nil
		}
	}
	for _, l := range lines {
		t := l.text.String()
		if w.kind == analyzer.BlockParagraph && l.hasText && l.bold && utf8.RuneCountInString(strings.TrimSpace(t)) <= 150 {
			addRun()
			w.b.Add(analyzer.BlockHeading, 3, 0, t)
			continue
		}
		run = append(run, t)
	}
	addRun()
}

// htmlTokenBlocks reads the text of markup the tree builder rejected: one
// paragraph per block element, scripts and styles left out.
func htmlTokenBlocks(s string, lim *docLimits) (*analyzer.Builder, error) {
	var b analyzer.Builder
	var text strings.Builder
	z := html.NewTokenizer(strings.NewReader(s))
	skip := 0
	for {
		if err := lim.step(b.Len()+text.Len(), 0); err != nil {
			return nil, err
		}
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			b.Add(analyzer.BlockParagraph, 0, 0, text.String())
			return &b, nil
		case html.TextToken:
			if skip == 0 {
				text.Write(bytes.ReplaceAll(z.Text(), []byte("\n"), []byte(" ")))
			}
		case html.StartTagToken, html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch a {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg:
				if tt == html.StartTagToken {
					skip++
				} else {
					skip = max(skip-1, 0)
				}
			}
			if _, _, ok := blockKind(a); ok || a == atom.Br {
				b.Add(analyzer.BlockParagraph, 0, 0, text.String())
				text.Reset()
			}
		}
	}
}
