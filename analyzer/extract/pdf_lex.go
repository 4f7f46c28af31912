package extract

import (
	"bufio"
	"errors"
	"io"
	"strconv"
)

// A small lexer for content streams and CMaps. We do not use the library's
// interpreter because it reads tokens of any size from streams of any
// decoded size; this one reads through a budget and caps every token.

var (
	errBudget   = errors.New("decoded content exceeds the size limit (compression bomb?)")
	errDeadline = errors.New("reading exceeds the time limit")
	errToken    = errors.New("content token too large")
)

const (
	maxTokenBytes = 1 << 20 // one string or name in a content stream
	maxArrayLen   = 1 << 16 // elements of one array operand
	maxNesting    = 32      // arrays and dictionaries inside each other
)

type objKind uint8

const (
	objNull objKind = iota
	objNum
	objName
	objStr
	objArray
	objDict // contents skipped: no operator we interpret needs them
	objOp
)

// obj is an operand or operator of a content stream.
type obj struct {
	kind objKind
	num  float64
	s    string // name (without '/'), string bytes or operator
	arr  []obj
}

// budget counts decoded bytes of one page and of the whole document.
type budget struct{ page, doc int64 }

type budgetReader struct {
	r io.Reader
	b *budget
}

func (br budgetReader) Read(p []byte) (int, error) {
	if br.b.page <= 0 || br.b.doc <= 0 {
		return 0, errBudget
	}
	p = p[:min(int64(len(p)), br.b.page, br.b.doc)]
	n, err := br.r.Read(p)
	br.b.page -= int64(n)
	br.b.doc -= int64(n)
	return n, err
}

type lexer struct {
	r   *bufio.Reader
	err error // first error other than io.EOF
	buf []byte
}

func newLexer(r io.Reader) *lexer { return &lexer{r: bufio.NewReaderSize(r, 32<<10)} }

func (l *lexer) readByte() (byte, bool) {
	c, err := l.r.ReadByte()
	if err != nil {
		if err != io.EOF && l.err == nil {
			l.err = err
		}
		return 0, false
	}
	return c, true
}

func isPDFSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

func isPDFDelim(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

// next returns the next complete object: a number, name, string, array,
// skipped dictionary or an operator. ok is false at the end of the stream.
func (l *lexer) next() (o obj, ok bool) { return l.object(0) }

func (l *lexer) object(depth int) (obj, bool) {
	c, ok := l.skipSpace()
	if !ok {
		return obj{}, false
	}
	switch c {
	case '/':
		return obj{kind: objName, s: string(l.regular(nil))}, l.err == nil
	case '(':
		return obj{kind: objStr, s: l.literal()}, l.err == nil
	case '<':
		n, ok := l.readByte()
		if !ok {
			return obj{}, false
		}
		if n == '<' {
			return l.dict(depth)
		}
		l.r.UnreadByte()
		return obj{kind: objStr, s: l.hex()}, l.err == nil
	case '[':
		return l.array(depth)
	case ']', '>', ')', '{', '}':
		return obj{kind: objOp, s: string(c)}, true
	}
	tok := l.regular([]byte{c})
	if l.err != nil {
		return obj{}, false
	}
	if f, err := strconv.ParseFloat(string(tok), 64); err == nil && (tok[0] == '-' || tok[0] == '+' || tok[0] == '.' || tok[0] >= '0' && tok[0] <= '9') {
		return obj{kind: objNum, num: f}, true
	}
	return obj{kind: objOp, s: string(tok)}, true
}

// skipSpace skips white space and comments and returns the next byte.
func (l *lexer) skipSpace() (byte, bool) {
	for {
		c, ok := l.readByte()
		if !ok {
			return 0, false
		}
		if c == '%' {
			for c != '\n' && c != '\r' {
				if c, ok = l.readByte(); !ok {
					return 0, false
				}
			}
			continue
		}
		if !isPDFSpace(c) {
			return c, true
		}
	}
}

// regular reads a run of regular characters after the ones in prefix.
func (l *lexer) regular(prefix []byte) []byte {
	l.buf = append(l.buf[:0], prefix...)
	for {
		c, ok := l.readByte()
		if !ok {
			return l.buf
		}
		if isPDFSpace(c) || isPDFDelim(c) {
			l.r.UnreadByte()
			return l.buf
		}
		if len(l.buf) >= maxTokenBytes {
			l.err = errToken
			return l.buf
		}
		if c == '#' && len(prefix) == 0 { // #xx escape in names
			h1, _ := l.readByte()
			h2, _ := l.readByte()
			if v, err := strconv.ParseUint(string([]byte{h1, h2}), 16, 8); err == nil {
				c = byte(v)
			}
		}
		l.buf = append(l.buf, c)
	}
}

func (l *lexer) literal() string {
	l.buf = l.buf[:0]
	depth := 1
	for {
		c, ok := l.readByte()
		if !ok {
			return string(l.buf)
		}
		if len(l.buf) >= maxTokenBytes {
			l.err = errToken
			return ""
		}
		switch c {
		case '(':
			depth++
		case ')':
			if depth--; depth == 0 {
				return string(l.buf)
			}
		case '\\':
			if c, ok = l.readByte(); !ok {
				return string(l.buf)
			}
			switch c {
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case '\r', '\n': // line continuation
				if c == '\r' {
					if n, ok := l.readByte(); ok && n != '\n' {
						l.r.UnreadByte()
					}
				}
				continue
			case '0', '1', '2', '3', '4', '5', '6', '7':
				v := int(c - '0')
				for range 2 {
					n, ok := l.readByte()
					if !ok || n < '0' || n > '7' {
						if ok {
							l.r.UnreadByte()
						}
						break
					}
					v = v*8 + int(n-'0')
				}
				c = byte(v)
			}
		}
		l.buf = append(l.buf, c)
	}
}

func (l *lexer) hex() string {
	l.buf = l.buf[:0]
	var hi byte
	half := false
	for {
		c, ok := l.readByte()
		if !ok || c == '>' {
			break
		}
		if len(l.buf) >= maxTokenBytes {
			l.err = errToken
			return ""
		}
		var v byte
		switch {
		case c >= '0' && c <= '9':
			v = c - '0'
		case c >= 'a' && c <= 'f':
			v = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			v = c - 'A' + 10
		default:
			continue
		}
		if half {
			l.buf = append(l.buf, hi<<4|v)
		} else {
			hi = v
		}
		half = !half
	}
	if half {
		l.buf = append(l.buf, hi<<4)
	}
	return string(l.buf)
}

func (l *lexer) array(depth int) (obj, bool) {
	if depth >= maxNesting {
		l.err = errToken
		return obj{}, false
	}
	a := obj{kind: objArray}
	for {
		o, ok := l.object(depth + 1)
		if !ok {
			return a, l.err == nil
		}
		if o.kind == objOp && o.s == "]" {
			return a, true
		}
		if len(a.arr) >= maxArrayLen {
			l.err = errToken
			return obj{}, false
		}
		a.arr = append(a.arr, o)
	}
}

// dict skips a dictionary (after "<<"), keeping its nesting right.
func (l *lexer) dict(depth int) (obj, bool) {
	if depth >= maxNesting {
		l.err = errToken
		return obj{}, false
	}
	for {
		o, ok := l.object(depth + 1)
		if !ok {
			return obj{kind: objDict}, l.err == nil
		}
		if o.kind == objOp && o.s == ">" {
			if c, ok := l.readByte(); ok && c != '>' {
				l.r.UnreadByte()
			}
			return obj{kind: objDict}, true
		}
	}
}

// skipInlineImage skips the binary data of an inline image, after the ID
// operator, up to and including "EI" between white space.
func (l *lexer) skipInlineImage() {
	var p3, p2, p1 byte = ' ', ' ', ' '
	for {
		c, ok := l.readByte()
		if !ok {
			return
		}
		if isPDFSpace(p3) && p2 == 'E' && p1 == 'I' && (isPDFSpace(c) || isPDFDelim(c)) {
			return
		}
		p3, p2, p1 = p2, p1, c
	}
}
