package extract

import (
	"fmt"
	"io"
	"math"
	"strings"
	"time"

	"github.com/ledongthuc/pdf"
)

// glyph is one decoded character code placed on the page, in points with
// y growing upwards.
type glyph struct {
	x, y, w, size float64
	s             string
	font          *pdfFont
	seq           int // order drawn: breaks ties in sorts (a base letter before its accent)
}

// matrix is a PDF transformation [a b c d e f].
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m × n in PDF's row-vector convention (m applied first).
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

type gstate struct {
	ctm                       matrix
	tc, tw, th, tl, tfs, rise float64
	font                      *pdfFont
}

// interpreter turns content streams into glyphs. It is the one place where
// the reader's budgets are enforced: decoded bytes, glyphs and time.
type interpreter struct {
	deadline time.Time
	budget   budget
	glyphs   int // kept in the whole document
	fonts    map[string]*pdfFont
	fallback *pdfFont // stands in when text is shown before any Tf
}

func newInterpreter(deadline time.Time) *interpreter {
	return &interpreter{deadline: deadline, budget: budget{doc: pdfMaxDecoded}, fonts: map[string]*pdfFont{},
		fallback: &pdfFont{scale: 0.001, dw: 500, cache: map[uint32]string{}, widths: map[uint32]float64{}}}
}

// rule is a horizontal or vertical line drawn on the page: a table border.
type rule struct{ x0, y0, x1, y1 float64 }

// maxRules bounds the table borders kept per page.
const maxRules = 4096

// pathSeg is a segment of a path under construction; a hairline is a
// rectangle too thin to be anything but a ruled line.
type pathSeg struct {
	rule
	hairline bool
}

// pageRun is the state of one page being read.
type pageRun struct {
	in     *interpreter
	glyphs []glyph
	rules  []rule
	path   []pathSeg  // segments of the path being built
	cur    [2]float64 // its current point
	start  [2]float64 // and the start of its subpath
	g      gstate
	stack  []gstate
	tm     matrix
	tlm    matrix
	ops    int
	full   bool                // glyph limit reached: the rest of the page is skipped
	fonts  map[string]*pdfFont // by resource name, for the stream being read
}

// page reads the glyphs of p and the lines drawn on it. A panic of the
// library while resolving the page's objects fails only this page.
func (in *interpreter) page(p pdfPage) (glyphs []glyph, rules []rule, err error) {
	defer func() {
		if x := recover(); x != nil {
			glyphs, rules, err = nil, nil, fmt.Errorf("%v", x)
		}
	}()
	in.budget.page = pdfMaxStream
	run := &pageRun{in: in, g: gstate{ctm: identity, th: 1}, tm: identity, tlm: identity}
	if err := run.content(p.v.Key("Contents"), p.resources, 0); err != nil {
		return nil, nil, err
	}
	return run.glyphs, run.rules, nil
}

// streamReader concatenates a stream or an array of streams, with a line
// break between them so that no token spans two.
func streamReader(v pdf.Value) io.Reader {
	if v.Kind() == pdf.Array {
		var rs []io.Reader
		for i := 0; i < v.Len() && i < 4096; i++ {
			rs = append(rs, v.Index(i).Reader(), strings.NewReader("\n"))
		}
		return io.MultiReader(rs...)
	}
	return v.Reader()
}

func (r *pageRun) content(strm, res pdf.Value, depth int) error {
	if strm.Kind() != pdf.Stream && strm.Kind() != pdf.Array {
		return nil
	}
	// Font names are local to the resources of this stream.
	saved := r.fonts
	r.fonts = map[string]*pdfFont{}
	defer func() { r.fonts = saved }()
	l := newLexer(budgetReader{streamReader(strm), &r.in.budget})
	var args []obj
	for {
		o, ok := l.next()
		if !ok {
			break
		}
		if o.kind != objOp {
			if len(args) < 64 { // no operator takes more; junk is dropped
				args = append(args, o)
			}
			continue
		}
		if r.ops++; r.ops%1024 == 0 && time.Now().After(r.in.deadline) {
			return errDeadline
		}
		if o.s == "ID" {
			l.skipInlineImage()
		}
		if !r.full {
			if err := r.op(o.s, args, res, depth); err != nil {
				return err
			}
		}
		args = args[:0]
	}
	if l.err == errBudget || l.err == errDeadline {
		return l.err
	}
	// Other read errors (a damaged deflate stream) end the page with what
	// was read so far.
	return nil
}

func num(args []obj, i int) float64 {
	if i < len(args) && args[i].kind == objNum {
		return args[i].num
	}
	return 0
}

func mat(args []obj) matrix {
	return matrix{num(args, 0), num(args, 1), num(args, 2), num(args, 3), num(args, 4), num(args, 5)}
}

func (r *pageRun) op(op string, args []obj, res pdf.Value, depth int) error {
	g := &r.g
	switch op {
	case "q":
		if len(r.stack) < 256 {
			r.stack = append(r.stack, *g)
		}
	case "Q":
		if n := len(r.stack); n > 0 {
			*g, r.stack = r.stack[n-1], r.stack[:n-1]
		}
	case "cm":
		if len(args) == 6 {
			g.ctm = mat(args).mul(g.ctm)
		}
	case "m":
		r.cur = r.point(num(args, 0), num(args, 1))
		r.start = r.cur
	case "l":
		p := r.point(num(args, 0), num(args, 1))
		r.segment(r.cur, p, false)
		r.cur = p
	case "h":
		r.segment(r.cur, r.start, false)
		r.cur = r.start
	case "c", "v", "y":
		if len(args) >= 2 {
			r.cur = r.point(num(args, len(args)-2), num(args, len(args)-1))
		}
	case "re":
		x, y, w, h := num(args, 0), num(args, 1), num(args, 2), num(args, 3)
		a, b, c, d := r.point(x, y), r.point(x+w, y), r.point(x+w, y+h), r.point(x, y+h)
		if math.Abs(w) < 2 || math.Abs(h) < 2 {
			// a hairline drawn as a thin rectangle, Word's way of ruling
			r.segment([2]float64{math.Min(a[0], c[0]), math.Min(a[1], c[1])}, [2]float64{math.Max(a[0], c[0]), math.Max(a[1], c[1])}, true)
		} else {
			r.segment(a, b, false)
			r.segment(b, c, false)
			r.segment(c, d, false)
			r.segment(d, a, false)
		}
		r.cur, r.start = a, a
	case "S", "s":
		r.paint(true)
	case "f", "F", "f*", "B", "B*", "b", "b*":
		r.paint(false)
	case "n":
		r.path = r.path[:0]
	case "BT":
		r.tm, r.tlm = identity, identity
	case "Tc":
		g.tc = num(args, 0)
	case "Tw":
		g.tw = num(args, 0)
	case "Tz":
		g.th = num(args, 0) / 100
	case "TL":
		g.tl = num(args, 0)
	case "Ts":
		g.rise = num(args, 0)
	case "Tf":
		if len(args) == 2 {
			f, ok := r.fonts[args[0].s]
			if !ok {
				f = r.in.font(res, args[0].s)
				r.fonts[args[0].s] = f
			}
			g.font, g.tfs = f, num(args, 1)
		}
	case "Td":
		r.moveLine(num(args, 0), num(args, 1))
	case "TD":
		g.tl = -num(args, 1)
		r.moveLine(num(args, 0), num(args, 1))
	case "Tm":
		if len(args) == 6 {
			r.tm, r.tlm = mat(args), mat(args)
		}
	case "T*":
		r.moveLine(0, -g.tl)
	case "Tj":
		if len(args) == 1 {
			r.show(args[0].s)
		}
	case "'":
		r.moveLine(0, -g.tl)
		if len(args) == 1 {
			r.show(args[0].s)
		}
	case "\"":
		if len(args) == 3 {
			g.tw, g.tc = num(args, 0), num(args, 1)
			r.moveLine(0, -g.tl)
			r.show(args[2].s)
		}
	case "TJ":
		if len(args) == 1 {
			for _, e := range args[0].arr {
				if e.kind == objStr {
					r.show(e.s)
				} else if e.kind == objNum {
					r.advance(-e.num / 1000 * g.tfs * g.th)
				}
			}
		}
	case "Do":
		if len(args) == 1 && depth < pdfMaxFormDepth {
			return r.form(res.Key("XObject").Key(args[0].s), res, depth)
		}
	}
	return nil
}

// form draws a form XObject: page content that producers factor out.
func (r *pageRun) form(x, res pdf.Value, depth int) error {
	if x.Kind() != pdf.Stream || x.Key("Subtype").Name() != "Form" {
		return nil
	}
	saved, savedTm, savedTlm := r.g, r.tm, r.tlm
	if m := x.Key("Matrix"); m.Len() == 6 {
		var fm matrix
		for i := range fm {
			fm[i] = m.Index(i).Float64()
		}
		r.g.ctm = fm.mul(r.g.ctm)
	}
	if fr := x.Key("Resources"); fr.Kind() == pdf.Dict {
		res = fr
	}
	err := r.content(x, res, depth+1)
	r.g, r.tm, r.tlm = saved, savedTm, savedTlm
	return err
}

// point maps user space to the page.
func (r *pageRun) point(x, y float64) [2]float64 {
	m := r.g.ctm
	return [2]float64{x*m[0] + y*m[2] + m[4], x*m[1] + y*m[3] + m[5]}
}

// segment adds a horizontal or vertical segment to the path; slanted ones
// cannot be table borders. A hairline's two corners collapse to a line.
func (r *pageRun) segment(a, b [2]float64, hairline bool) {
	if hairline {
		if b[0]-a[0] < b[1]-a[1] {
			a[0], b[0] = (a[0]+b[0])/2, (a[0]+b[0])/2
		} else {
			a[1], b[1] = (a[1]+b[1])/2, (a[1]+b[1])/2
		}
	}
	horizontal := math.Abs(a[1]-b[1]) < 1 && math.Abs(a[0]-b[0]) >= 5
	vertical := math.Abs(a[0]-b[0]) < 1 && math.Abs(a[1]-b[1]) >= 5
	if (horizontal || vertical) && len(r.path) < maxRules {
		r.path = append(r.path, pathSeg{rule{math.Min(a[0], b[0]), math.Min(a[1], b[1]), math.Max(a[0], b[0]), math.Max(a[1], b[1])}, hairline})
	}
}

// paint keeps the path's segments as rules: all of a stroked path, only
// the hairlines of a filled one (the edges of a filled area, such as the
// white page LibreOffice paints first, are not borders).
func (r *pageRun) paint(stroke bool) {
	for _, s := range r.path {
		if len(r.rules) < maxRules && (stroke || s.hairline) {
			r.rules = append(r.rules, s.rule)
		}
	}
	r.path = r.path[:0]
}

func (r *pageRun) moveLine(tx, ty float64) {
	r.tlm = matrix{1, 0, 0, 1, tx, ty}.mul(r.tlm)
	r.tm = r.tlm
}

func (r *pageRun) advance(tx float64) {
	r.tm = matrix{1, 0, 0, 1, tx, 0}.mul(r.tm)
}

// show places the glyphs of one string operand.
func (r *pageRun) show(raw string) {
	g := &r.g
	f := g.font
	if f == nil {
		f = r.in.fallback
	}
	step := 1
	if f.twoByte {
		step = 2
	}
	for i := 0; i+step <= len(raw); i += step {
		code := uint32(raw[i])
		if step == 2 {
			code = code<<8 | uint32(raw[i+1])
		}
		w0 := f.width(code)
		trm := matrix{g.tfs * g.th, 0, 0, g.tfs, 0, g.rise}.mul(r.tm).mul(g.ctm)
		s := f.text(code, raw[i:i+step])
		// Upright text only: rotated runs are watermarks or margin notes
		// whose words would land inside the body lines.
		if s != "" && trm[0] > 0 && math.Abs(trm[1]) < 0.05*trm[0] && math.Abs(trm[2]) < 0.05*trm[0] {
			r.emit(glyph{
				x: trm[4], y: trm[5], w: w0 * math.Hypot(trm[0], trm[1]),
				size: math.Abs(trm[3]), s: s, font: f,
			})
		}
		tx := w0*g.tfs + g.tc
		if step == 1 && raw[i] == ' ' {
			tx += g.tw
		}
		r.advance(tx * g.th)
	}
}

func (r *pageRun) emit(gl glyph) {
	if len(r.glyphs) >= pdfMaxGlyphsPage || r.in.glyphs >= pdfMaxGlyphsDoc {
		r.full = true
		return
	}
	r.in.glyphs++
	gl.seq = len(r.glyphs)
	r.glyphs = append(r.glyphs, gl)
}

// font returns the font resource name of res, loading each font once per
// document.
func (in *interpreter) font(res pdf.Value, name string) *pdfFont {
	v := res.Key("Font").Key(name)
	if v.Kind() != pdf.Dict {
		return in.fallback
	}
	// A font dictionary's String lists its entries and references: equal
	// strings are the same font, which is what the cache needs.
	key := v.String()
	if f, ok := in.fonts[key]; ok {
		return f
	}
	f := loadFont(v)
	if len(in.fonts) < 4096 {
		in.fonts[key] = f
	}
	return f
}
