package extract

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/ledongthuc/pdf"
)

// pdfPage is a leaf of the page tree with the resources it inherits; we
// resolve inheritance during our own walk because the library's
// Page.Resources follows /Parent without a bound.
type pdfPage struct {
	v         pdf.Value
	resources pdf.Value
}

// openPDF opens data with the library after checks that keep it from
// looping: the /Prev chain of cross-reference sections must be acyclic.
// Encrypted files open when their user password is empty.
func openPDF(data []byte) (*pdf.Reader, error) {
	if !bytes.HasPrefix(data, []byte("%PDF-")) {
		return nil, fmt.Errorf("no %%PDF- header: %w", ErrCorruptPDF)
	}
	data = trimAfterEOF(data)
	if err := checkXrefChain(data); err != nil {
		return nil, err
	}
	r, err := pdf.NewReader(headerFix{data}, int64(len(data)))
	switch {
	case err == nil:
		return r, nil
	case errors.Is(err, pdf.ErrInvalidPassword):
		return nil, ErrEncrypted
	case strings.Contains(err.Error(), "encryption"):
		if aes, open := aes256EmptyPassword(data); aes && open {
			return nil, fmt.Errorf("AES-256 without a user password: %w", ErrUnsupportedEncryption)
		} else if aes {
			return nil, fmt.Errorf("AES-256: %w", ErrEncrypted)
		}
		return nil, fmt.Errorf("%v: %w", err, ErrUnsupportedEncryption)
	default:
		return nil, fmt.Errorf("%v: %w", err, ErrCorruptPDF)
	}
}

// headerFix presents the file with a header the library accepts: it only
// knows "%PDF-1.0" to "%PDF-1.7" followed by a line break, while PDF 2.0
// files and some producers write otherwise. The header line is a comment, so
// rewriting its first nine bytes changes nothing else.
type headerFix struct{ data []byte }

func (h headerFix) ReadAt(p []byte, off int64) (int, error) {
	if off < 0 || off >= int64(len(h.data)) {
		return 0, io.EOF
	}
	n := copy(p, h.data[off:])
	const fake = "%PDF-1.7\n"
	for i := off; i < int64(len(fake)) && i < off+int64(n); i++ {
		if i < 8 || !(h.data[8] == '\r' || h.data[8] == '\n') {
			p[i-off] = fake[i]
		}
	}
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

// trimAfterEOF cuts bytes after the last %%EOF: the library looks for it in
// the final 100 bytes only and some servers append junk.
func trimAfterEOF(data []byte) []byte {
	if i := bytes.LastIndex(data, []byte("%%EOF")); i >= 0 && len(data)-i > 64 {
		return data[:i+5]
	}
	return data
}

var (
	reStartXref = regexp.MustCompile(`startxref\s+(\d+)\s+%%EOF\s*$`)
	rePrev      = regexp.MustCompile(`/Prev\s+(\d+)`)
)

// checkXrefChain follows startxref and the /Prev links the way the library
// will and fails on a cycle, which would make the library loop forever.
func checkXrefChain(data []byte) error {
	tail := data[max(0, len(data)-1024):]
	m := reStartXref.FindSubmatch(tail)
	if m == nil {
		return nil // the library reports the missing startxref itself
	}
	seen := map[int64]bool{}
	off, _ := strconv.ParseInt(string(m[1]), 10, 64)
	for {
		if seen[off] || len(seen) > pdfMaxXrefChain {
			return fmt.Errorf("cross-reference sections form a cycle: %w", ErrCorruptPDF)
		}
		seen[off] = true
		if off < 0 || off >= int64(len(data)) {
			return nil
		}
		prev, ok := prevOffset(data[off:])
		if !ok {
			return nil
		}
		off = prev
	}
}

// prevOffset finds the /Prev entry of the cross-reference section at the
// start of sec: in the trailer after a classic table, or in the dictionary
// of an xref stream.
func prevOffset(sec []byte) (int64, bool) {
	dictStart := 0
	if bytes.HasPrefix(bytes.TrimLeft(sec, " \t\r\n"), []byte("xref")) {
		i := bytes.Index(sec, []byte("trailer"))
		if i < 0 {
			return 0, false
		}
		dictStart = i
	}
	end := bytes.Index(sec[dictStart:], []byte(">>"))
	if end < 0 {
		return 0, false
	}
	// Nested dictionaries end earlier than the outer one; /Prev is a
	// top-level key that producers write before or after them, so look a
	// little further than the first ">>".
	end = min(len(sec), dictStart+end+4096)
	if s := bytes.Index(sec[dictStart:end], []byte("stream")); s >= 0 {
		end = dictStart + s
	}
	m := rePrev.FindSubmatch(sec[dictStart:end])
	if m == nil {
		return 0, false
	}
	off, err := strconv.ParseInt(string(m[1]), 10, 64)
	return off, err == nil
}

var (
	reRef      = regexp.MustCompile(`(\d+) (\d+) R`)
	rePagesRef = regexp.MustCompile(`/Pages (\d+ \d+) R`)
)

// pageTree lists the pages in order by walking Root → Pages → Kids with a
// depth limit, a node limit and a set of visited objects, so that a tree
// that references itself or claims a huge /Count cannot make us loop.
func pageTree(r *pdf.Reader) ([]pdfPage, error) {
	root := r.Trailer().Key("Root")
	if root.Kind() != pdf.Dict {
		return nil, fmt.Errorf("no document catalog: %w", ErrCorruptPDF)
	}
	top := root.Key("Pages")
	if top.Kind() != pdf.Dict {
		return nil, fmt.Errorf("no page tree: %w", ErrCorruptPDF)
	}
	w := treeWalk{seen: map[string]bool{}}
	// The library hides object numbers, but a dictionary's String shows its
	// references ("2 0 R"), which is enough to know which objects we visit.
	if m := rePagesRef.FindStringSubmatch(root.String()); m != nil {
		w.seen[m[1]] = true
	}
	w.walk(top, pdf.Value{}, 0)
	if len(w.pages) == 0 {
		if w.problem != nil {
			return nil, fmt.Errorf("%w: %w", w.problem, ErrCorruptPDF)
		}
		return nil, fmt.Errorf("page tree has no pages: %w", ErrCorruptPDF)
	}
	return w.pages, nil
}

type treeWalk struct {
	seen    map[string]bool
	nodes   int
	pages   []pdfPage
	problem error // why part of the tree was skipped
}

func (w *treeWalk) walk(node, resources pdf.Value, depth int) {
	if res := node.Key("Resources"); res.Kind() == pdf.Dict {
		resources = res
	}
	kids := node.Key("Kids")
	if node.Key("Type").Name() == "Page" || kids.Kind() != pdf.Array {
		if node.Key("Contents").Kind() != pdf.Null || node.Key("Type").Name() == "Page" {
			w.pages = append(w.pages, pdfPage{v: node, resources: resources})
		}
		return
	}
	if depth >= pdfMaxTreeDepth {
		w.problem = fmt.Errorf("page tree nested deeper than %d levels", pdfMaxTreeDepth)
		return
	}
	refs := reRef.FindAllStringSubmatch(kids.String(), -1)
	for i := 0; i < kids.Len(); i++ {
		if len(w.pages) >= pdfMaxPages {
			return
		}
		if w.nodes++; w.nodes > pdfMaxTreeNodes {
			w.problem = fmt.Errorf("page tree has more than %d nodes", pdfMaxTreeNodes)
			return
		}
		if len(refs) == kids.Len() {
			id := refs[i][1] + " " + refs[i][2]
			if w.seen[id] {
				w.problem = fmt.Errorf("page tree references object %s R twice", id)
				continue
			}
			w.seen[id] = true
		}
		kid := kids.Index(i)
		if kid.Kind() != pdf.Dict {
			continue
		}
		w.walk(kid, resources, depth+1)
	}
}
