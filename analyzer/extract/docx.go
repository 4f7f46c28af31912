package extract

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/seloste/seloste/analyzer"
)

// maxZipEntries bounds the central directory: a real DOCX has a few dozen
// entries, a hostile zip can declare millions.
const maxZipEntries = 10000

// docxMaxStyles bounds word/styles.xml, which Word writes in tens of KiB.
const docxMaxStyles = 4 << 20

// DOCX reads a Word notice: the paragraphs and table cells of
// word/document.xml, with headings resolved through word/styles.xml.
// Tracked deletions are left out and text boxes are read once.
func DOCX(name string, data []byte, opt Options) (*analyzer.Document, error) {
	return docxDoc(name, data, opt.withDefaults(), nil)
}

// docxDoc is DOCX within lim (nil = no limits but opt's).
func docxDoc(name string, data []byte, opt Options, lim *docLimits) (*analyzer.Document, error) {
	zr, err := openZip(data)
	if err != nil {
		return nil, fmt.Errorf("%s: broken zip archive: %w", name, err)
	}
	var docFile, stylesFile *zip.File
	for _, f := range zr.File {
		switch f.Name {
		case "word/document.xml":
			docFile = f
		case "word/styles.xml":
			stylesFile = f
		}
	}
	if docFile == nil {
		return nil, fmt.Errorf("%s: not a DOCX (no word/document.xml): %w", name, ErrUnsupported)
	}
	var styles docxStyles
	if stylesFile != nil {
		// Broken or oversized styles only cost us heading levels; styles
		// are decoded whole, and millions of them would take gigabytes.
		if b, err := readZipEntry(stylesFile, min(opt.MaxBytes, docxMaxStyles)); err == nil {
			styles = parseDocxStyles(b)
		}
	}
	body, err := readZipEntry(docFile, opt.MaxBytes)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var b analyzer.Builder
	if err := readDocxBody(body, styles, &b, lim); err != nil {
		if errors.Is(err, ErrTooLarge) || errors.Is(err, errStopped) {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		return nil, fmt.Errorf("%s: malformed word/document.xml: %v: %w", name, err, ErrCorrupt)
	}
	if b.Len() == 0 {
		return nil, fmt.Errorf("%s: %w", name, ErrEmpty)
	}
	return finish(b.Document(name, analyzer.FormatDOCX)), nil
}

// openZip opens a zip held in memory after checking the entry count its
// end-of-central-directory record declares.
func openZip(data []byte) (*zip.Reader, error) {
	// The record is the last 22 bytes plus a comment of at most 64 KiB.
	tail := data[max(0, len(data)-(22+65535)):]
	i := bytes.LastIndex(tail, []byte("PK\x05\x06"))
	if i < 0 || len(tail)-i < 22 {
		return nil, errors.New("no end of central directory (truncated?)")
	}
	if n := binary.LittleEndian.Uint16(tail[i+10:]); n > maxZipEntries {
		return nil, fmt.Errorf("%d entries, limit %d: %w", n, maxZipEntries, ErrTooLarge)
	}
	return zip.NewReader(bytes.NewReader(data), int64(len(data)))
}

// zipNames lists the entry names of a zip held in memory.
func zipNames(data []byte) ([]string, error) {
	zr, err := openZip(data)
	if err != nil {
		return nil, err
	}
	names := make([]string, len(zr.File))
	for i, f := range zr.File {
		names[i] = f.Name
	}
	return names, nil
}

// readZipEntry reads one entry, at most max bytes of it: the sizes in the
// zip headers are the attacker's word, the LimitReader is ours.
func readZipEntry(f *zip.File, limit int64) ([]byte, error) {
	if f.UncompressedSize64 > uint64(limit) {
		return nil, fmt.Errorf("%s expands to %d bytes, limit %d: %w", f.Name, f.UncompressedSize64, limit, ErrTooLarge)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%s: %v: %w", f.Name, err, ErrCorrupt)
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, limit+1))
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%s expands beyond %d bytes: %w", f.Name, limit, ErrTooLarge)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %v: %w", f.Name, err, ErrCorrupt)
	}
	return b, nil
}

type docxStyle struct {
	name, basedOn string
	level         int // heading level 1-6 from the style's own properties; 0 unknown
	list          bool
}

type docxStyles struct {
	para     map[string]docxStyle
	boldChar map[string]bool // character styles that make text bold ("Strong")
}

// parseDocxStyles reads the paragraph styles' names, parents, outline
// levels and numbering, and which character styles are bold.
func parseDocxStyles(data []byte) docxStyles {
	var doc struct {
		Styles []struct {
			Type    string `xml:"type,attr"`
			ID      string `xml:"styleId,attr"`
			Name    valAttr
			BasedOn valAttr `xml:"basedOn"`
			PPr     struct {
				OutlineLvl *valAttr `xml:"outlineLvl"`
				NumPr      *struct {
					NumID valAttr `xml:"numId"`
				} `xml:"numPr"`
			} `xml:"pPr"`
			RPr struct {
				B *valAttr `xml:"b"`
			} `xml:"rPr"`
		} `xml:"style"`
	}
	out := docxStyles{para: map[string]docxStyle{}, boldChar: map[string]bool{}}
	if xml.Unmarshal(data, &doc) != nil {
		return out
	}
	for _, s := range doc.Styles {
		if s.Type == "character" {
			out.boldChar[s.ID] = s.RPr.B != nil && isOn(s.RPr.B.Val)
			continue
		}
		if s.Type != "" && s.Type != "paragraph" {
			continue
		}
		st := docxStyle{name: s.Name.Val, basedOn: s.BasedOn.Val}
		if l := s.PPr.OutlineLvl; l != nil {
			if n, err := strconv.Atoi(l.Val); err == nil && n >= 0 && n < 6 {
				st.level = n + 1
			}
		}
		st.list = s.PPr.NumPr != nil && s.PPr.NumPr.NumID.Val != "0"
		out.para[s.ID] = st
	}
	return out
}

// isOn reads an OOXML on/off value; an absent value means on.
func isOn(v string) bool {
	switch v {
	case "", "1", "true", "on":
		return true
	}
	return false
}

type valAttr struct {
	Val string `xml:"val,attr"`
}

// headingLevel resolves a paragraph style to a heading level (0 = not a
// heading) by its id, its name, its outline level or its parent's.
func headingLevel(styles map[string]docxStyle, id string) int {
	for depth := 0; id != "" && depth < 10; depth++ {
		st := styles[id]
		for _, n := range []string{id, st.name} {
			if l := headingLevelByName(n); l > 0 {
				return l
			}
		}
		if st.level > 0 {
			return st.level
		}
		id = st.basedOn
	}
	return 0
}

// headingLevelByName knows the built-in heading and title styles in
// English, Finnish, Swedish and German Word, by id or display name.
func headingLevelByName(n string) int {
	n = strings.ToLower(strings.ReplaceAll(n, " ", ""))
	switch n {
	case "title", "otsikko", "rubrik", "titel":
		return 1
	}
	for _, p := range []string{"heading", "otsikko", "rubrik", "überschrift", "berschrift"} {
		if rest, ok := strings.CutPrefix(n, p); ok && len(rest) == 1 && rest[0] >= '1' && rest[0] <= '9' {
			return min(int(rest[0]-'0'), 6)
		}
	}
	return 0
}

func styleIsList(styles map[string]docxStyle, id string) bool {
	for depth := 0; id != "" && depth < 10; depth++ {
		if styles[id].list {
			return true
		}
		id = styles[id].basedOn
	}
	return false
}

const nsMC = "http://schemas.openxmlformats.org/markup-compatibility/2006"

// docxPara is a paragraph being read; text boxes nest paragraphs inside
// paragraphs, so they form a stack.
type docxPara struct {
	text       strings.Builder
	style      string
	list       bool
	noList     bool // numId 0: numbering of the style switched off
	outlineLvl int  // from the paragraph's own w:outlineLvl, 1-based
	hasText    bool // some text
	plain      bool // some text that is not bold
}

// readDocxBody streams document.xml into b. Streaming keeps memory flat on
// large documents and lets deletions and duplicate text boxes be skipped
// as whole subtrees.
func readDocxBody(data []byte, st docxStyles, b *analyzer.Builder, lim *docLimits) error {
	styles := st.para
	d := xml.NewDecoder(bytes.NewReader(data))
	var (
		paras     []*docxPara
		cells     []*strings.Builder
		altChosen []bool // per open mc:AlternateContent: a branch was read
		inRun     int
		inPPr     int
		inText    bool
		runBold   bool
	)
	emit := func(p *docxPara) {
		text := p.text.String()
		if len(cells) > 0 {
			c := cells[len(cells)-1]
			if c.Len() > 0 {
				c.WriteByte('\n')
			}
			c.WriteString(text)
			return
		}
		switch level := headingLevel(styles, p.style); {
		case level > 0:
			b.Add(analyzer.BlockHeading, level, 0, text)
		case p.outlineLvl > 0:
			b.Add(analyzer.BlockHeading, p.outlineLvl, 0, text)
		case p.list || !p.noList && styleIsList(styles, p.style):
			b.Add(analyzer.BlockListItem, 0, 0, text)
		case p.hasText && !p.plain && utf8.RuneCountInString(strings.TrimSpace(text)) <= 150:
			// a paragraph in bold only is how many notices mark headings
			b.Add(analyzer.BlockHeading, 3, 0, text)
		default:
			b.Add(analyzer.BlockParagraph, 0, 0, text)
		}
	}
	top := func() *docxPara {
		if len(paras) == 0 {
			return nil
		}
		return paras[len(paras)-1]
	}
	blocks := 0
	for {
		// A paragraph's text grows before it becomes a block: count it too.
		open := 0
		if p := top(); p != nil {
			open = p.text.Len()
		}
		if err := lim.step(b.Len()+open, blocks); err != nil {
			return err
		}
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Space == nsMC {
				switch t.Name.Local {
				case "AlternateContent":
					altChosen = append(altChosen, false)
				case "Choice", "Fallback":
					// Choice and Fallback carry the same content for old and new
					// readers; read the first one only.
					if n := len(altChosen); n > 0 {
						if altChosen[n-1] {
							if err := d.Skip(); err != nil {
								return err
							}
							continue
						}
						altChosen[n-1] = true
					}
				}
				continue
			}
			switch t.Name.Local {
			case "del", "moveFrom", "pPrChange", "rPrChange", "instrText", "delText":
				// deleted text and old formatting are not part of the notice
				if err := d.Skip(); err != nil {
					return err
				}
			case "p":
				paras = append(paras, &docxPara{})
			case "tc":
				cells = append(cells, &strings.Builder{})
			case "pPr":
				inPPr++
			case "pStyle":
				if p := top(); p != nil && inPPr > 0 {
					p.style = attr(t, "val")
				}
			case "numPr":
				if p := top(); p != nil && inPPr > 0 {
					p.list = true
				}
			case "numId":
				if p := top(); p != nil && inPPr > 0 && attr(t, "val") == "0" {
					p.list, p.noList = false, true
				}
			case "outlineLvl":
				if p := top(); p != nil && inPPr > 0 {
					if n, err := strconv.Atoi(attr(t, "val")); err == nil && n >= 0 && n < 6 {
						p.outlineLvl = n + 1
					}
				}
			case "r":
				inRun++
				runBold = false
			case "rStyle":
				if inRun > 0 && inPPr == 0 && st.boldChar[attr(t, "val")] {
					runBold = true
				}
			case "b":
				if inRun > 0 && inPPr == 0 {
					runBold = isOn(attr(t, "val"))
				}
			case "t":
				inText = inRun > 0 || top() != nil
			case "tab":
				if p := top(); p != nil && inRun > 0 {
					p.text.WriteByte('\t')
				}
			case "br", "cr":
				if p := top(); p != nil && inRun > 0 {
					p.text.WriteByte('\n')
				}
			case "noBreakHyphen":
				if p := top(); p != nil {
					p.text.WriteByte('-')
				}
			}
		case xml.EndElement:
			if t.Name.Space == nsMC {
				if t.Name.Local == "AlternateContent" && len(altChosen) > 0 {
					altChosen = altChosen[:len(altChosen)-1]
				}
				continue
			}
			switch t.Name.Local {
			case "p":
				if p := top(); p != nil {
					paras = paras[:len(paras)-1]
					emit(p)
					blocks++
				}
			case "tc":
				if n := len(cells); n > 0 {
					c := cells[n-1]
					cells = cells[:n-1]
					b.Add(analyzer.BlockTableCell, 0, 0, c.String())
					blocks++
				}
			case "pPr":
				inPPr = max(inPPr-1, 0)
			case "r":
				inRun = max(inRun-1, 0)
			case "t":
				inText = false
			}
		case xml.CharData:
			if p := top(); p != nil && inText {
				p.text.Write(t)
				if len(bytes.TrimSpace(t)) > 0 {
					p.hasText = true
					p.plain = p.plain || !runBold
				}
			}
		}
	}
}

func attr(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}
