package extract

import (
	"strings"
	"unicode/utf16"

	"github.com/ledongthuc/pdf"
)

// pdfFont decodes the codes of one font to text and knows their widths.
// The library's Content() takes widths from /Widths only, so glyphs of
// CID fonts (what LibreOffice, cairo and Word write for non-Latin-1 text)
// get width 0 and words run together; we read /W and /DW as well.
type pdfFont struct {
	name    string // BaseFont without the subset prefix
	bold    bool
	twoByte bool              // Type0 fonts use two-byte codes
	toUni   map[uint32]string // from /ToUnicode, preferred
	enc     pdf.TextEncoding  // the library's decoder, for codes not in toUni
	widths  map[uint32]float64
	dw      float64 // width of codes missing from widths
	scale   float64 // glyph space to text space (1/1000 except Type3)
	cache   map[uint32]string
}

// maxCMapEntries bounds the codes a ToUnicode CMap may define.
const maxCMapEntries = 1 << 16

func loadFont(v pdf.Value) (f *pdfFont) {
	f = &pdfFont{scale: 0.001, cache: map[uint32]string{}, widths: map[uint32]float64{}}
	f.name = v.Key("BaseFont").Name()
	if i := strings.IndexByte(f.name, '+'); i >= 0 {
		f.name = f.name[i+1:]
	}
	lower := strings.ToLower(f.name)
	for _, w := range []string{"bold", "black", "heavy", "semibold", "demi"} {
		if strings.Contains(lower, w) {
			f.bold = true
		}
	}
	desc := v.Key("FontDescriptor")
	switch v.Key("Subtype").Name() {
	case "Type0":
		f.twoByte = true
		cid := v.Key("DescendantFonts").Index(0)
		desc = cid.Key("FontDescriptor")
		f.dw = 1000
		if dw := cid.Key("DW"); dw.Kind() == pdf.Integer || dw.Kind() == pdf.Real {
			f.dw = dw.Float64()
		}
		f.readW(cid.Key("W"))
	case "Type3":
		// Glyph space is the font's own: widths scale by /FontMatrix.
		if m := v.Key("FontMatrix"); m.Len() == 6 && m.Index(0).Float64() > 0 {
			f.scale = m.Index(0).Float64()
		}
		fallthrough
	default:
		first := int(v.Key("FirstChar").Int64())
		ws := v.Key("Widths")
		for i := 0; i < ws.Len() && i < 256; i++ {
			f.widths[uint32(first+i)] = ws.Index(i).Float64()
		}
		if mw := desc.Key("MissingWidth"); mw.Kind() != pdf.Null {
			f.dw = mw.Float64()
		}
	}
	if len(f.widths) == 0 && f.dw == 0 {
		// The standard 14 fonts come without widths; an average advance
		// keeps the glyphs of one string apart.
		f.dw = 500
	}
	if desc.Key("FontWeight").Float64() >= 600 || desc.Key("Flags").Int64()&(1<<18) != 0 {
		f.bold = true
	}
	f.toUni = readToUnicode(v.Key("ToUnicode"))
	encKind := v.Key("Encoding").Kind()
	encName := v.Key("Encoding").Name()
	// The library's decoder for Identity-H or a missing /Encoding parses the
	// ToUnicode CMap with its own unbounded interpreter: never let it see
	// one, even one that ours rejected as too large.
	if v.Key("ToUnicode").Kind() != pdf.Stream || encKind == pdf.Dict || encKind == pdf.Name && !strings.HasPrefix(encName, "Identity") {
		func() {
			defer func() {
				if recover() != nil {
					f.enc = nil
				}
			}()
			lf := pdf.Font{V: v}
			f.enc = lf.Encoder()
		}()
	}
	return f
}

// readW reads a CIDFont /W array: "c [w1 w2 ...]" or "cfirst clast w".
func (f *pdfFont) readW(w pdf.Value) {
	for i := 0; i+1 < w.Len() && len(f.widths) < maxCMapEntries; {
		c := uint32(w.Index(i).Int64())
		if next := w.Index(i + 1); next.Kind() == pdf.Array {
			for j := 0; j < next.Len() && len(f.widths) < maxCMapEntries; j++ {
				f.widths[c+uint32(j)] = next.Index(j).Float64()
			}
			i += 2
			continue
		}
		if i+2 >= w.Len() {
			return
		}
		last, width := uint32(w.Index(i+1).Int64()), w.Index(i+2).Float64()
		for k := c; k <= last && len(f.widths) < maxCMapEntries; k++ {
			f.widths[k] = width
		}
		i += 3
	}
}

// width is the advance of code in text space per unit of font size.
func (f *pdfFont) width(code uint32) float64 {
	if w, ok := f.widths[code]; ok {
		return w * f.scale
	}
	return f.dw * f.scale
}

// text decodes one code; raw is its bytes.
func (f *pdfFont) text(code uint32, raw string) string {
	if s, ok := f.cache[code]; ok {
		return s
	}
	s, ok := f.toUni[code]
	if !ok {
		switch {
		case f.enc != nil:
			s = decodeSafely(f.enc, raw)
		case f.twoByte:
			s = "\uFFFD"
		default:
			s = string(rune(raw[0])) // Latin-1 is the best guess left
		}
	}
	if len(f.cache) < maxCMapEntries {
		f.cache[code] = s
	}
	return s
}

func decodeSafely(enc pdf.TextEncoding, raw string) (s string) {
	defer func() {
		if recover() != nil {
			s = "\uFFFD"
		}
	}()
	return strings.ToValidUTF8(enc.Decode(raw), "\uFFFD")
}

// readToUnicode parses a ToUnicode CMap (bfchar and bfrange sections) with
// our bounded lexer. It returns nil when there is none or it is unusable.
func readToUnicode(v pdf.Value) (m map[uint32]string) {
	if v.Kind() != pdf.Stream {
		return nil
	}
	defer func() {
		if recover() != nil {
			m = nil
		}
	}()
	rd := v.Reader()
	defer rd.Close()
	l := newLexer(budgetReader{rd, &budget{page: pdfMaxCMap, doc: pdfMaxCMap}})
	m = map[uint32]string{}
	var ops []obj
	for len(m) < maxCMapEntries {
		o, ok := l.next()
		if !ok {
			break
		}
		if o.kind != objOp {
			ops = append(ops, o)
			if len(ops) > 3*maxCMapEntries {
				return nil
			}
			continue
		}
		switch o.s {
		case "endbfchar":
			for i := 0; i+1 < len(ops); i += 2 {
				if ops[i].kind == objStr && ops[i+1].kind == objStr {
					m[codeOf(ops[i].s)] = utf16BE(ops[i+1].s)
				}
			}
		case "endbfrange":
			for i := 0; i+2 < len(ops); i += 3 {
				lo, hi, dst := codeOf(ops[i].s), codeOf(ops[i+1].s), ops[i+2]
				for c := lo; c <= hi && c-lo < maxCMapEntries && len(m) < maxCMapEntries; c++ {
					switch dst.kind {
					case objStr:
						m[c] = utf16BE(incrementLast(dst.s, c-lo))
					case objArray:
						if k := int(c - lo); k < len(dst.arr) {
							m[c] = utf16BE(dst.arr[k].s)
						}
					}
				}
			}
		}
		ops = ops[:0]
	}
	if len(m) == 0 || l.err != nil {
		return nil
	}
	return m
}

func codeOf(s string) uint32 {
	var c uint32
	for i := 0; i < len(s) && i < 4; i++ {
		c = c<<8 | uint32(s[i])
	}
	return c
}

// incrementLast adds n to the last UTF-16 unit of the big-endian s.
func incrementLast(s string, n uint32) string {
	if len(s) < 2 || n == 0 {
		return s
	}
	b := []byte(s)
	v := uint32(b[len(b)-2])<<8 | uint32(b[len(b)-1]) + n
	b[len(b)-2], b[len(b)-1] = byte(v>>8), byte(v)
	return string(b)
}

func utf16BE(s string) string {
	u := make([]uint16, 0, len(s)/2)
	for i := 0; i+1 < len(s); i += 2 {
		u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
	}
	return string(utf16.Decode(u))
}
