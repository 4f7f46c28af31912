package fix

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"

	"github.com/seloste/seloste/analyzer/extract"
)

// sourceEncoding is how a source file's bytes became text, so that the
// corrected text can be written back the same way.
type sourceEncoding struct {
	name string
	bom  []byte
	enc  encoding.Encoding // nil: the bytes are UTF-8 (or kept as they are)
}

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// decodeText decodes a plain-text notice as extract.Text does: a BOM
// selects UTF-8 or UTF-16, NUL-heavy bytes are UTF-16, valid UTF-8 stays,
// anything else is windows-1252.
func decodeText(data []byte) (string, sourceEncoding, error) {
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		return string(data[3:]), sourceEncoding{name: "UTF-8", bom: bomUTF8}, nil
	case bytes.HasPrefix(data, bomUTF16LE):
		return decodeWith(data[2:], sourceEncoding{name: "UTF-16LE", bom: bomUTF16LE, enc: unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)})
	case bytes.HasPrefix(data, bomUTF16BE):
		return decodeWith(data[2:], sourceEncoding{name: "UTF-16BE", bom: bomUTF16BE, enc: unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)})
	}
	// UTF-16 without a BOM, recognised as the reader recognises it
	if order := extract.UTF16Order(data); order != nil {
		endian, name := unicode.BigEndian, "UTF-16BE"
		if order == binary.LittleEndian {
			endian, name = unicode.LittleEndian, "UTF-16LE"
		}
		return decodeWith(data, sourceEncoding{name: name, enc: unicode.UTF16(endian, unicode.IgnoreBOM)})
	}
	if utf8.Valid(data) {
		return string(data), sourceEncoding{name: "UTF-8"}, nil
	}
	return decodeWith(data, sourceEncoding{name: "windows-1252", enc: charmap.Windows1252})
}

// decodeHTML decodes a web page as extract.HTML does: BOM, meta charset,
// else UTF-8 when the bytes are valid UTF-8 and windows-1252 when not.
func decodeHTML(data []byte) (string, sourceEncoding, error) {
	var bom []byte
	if bytes.HasPrefix(data, bomUTF8) {
		bom, data = bomUTF8, data[3:]
	}
	enc, name, certain := charset.DetermineEncoding(data, "")
	if !certain && name == "windows-1252" && utf8.Valid(data) {
		head := bytes.ToLower(data[:min(len(data), 1024)])
		if !bytes.Contains(head, []byte("charset")) {
			name = "utf-8"
		}
	}
	if name == "utf-8" {
		// kept byte for byte: an invalid sequence stays what it was
		return string(data), sourceEncoding{name: "UTF-8", bom: bom}, nil
	}
	// charset's encoders write what the encoding lacks as &#NNNN;; the
	// plain one fails instead, so that such a correction is refused
	if plain, err := htmlindex.Get(name); err == nil {
		enc = plain
	}
	return decodeWith(data, sourceEncoding{name: name, bom: bom, enc: enc})
}

func decodeWith(data []byte, se sourceEncoding) (string, sourceEncoding, error) {
	b, err := se.enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", se, fmt.Errorf("decoding %s: %w", se.name, err)
	}
	return string(b), se, nil
}

// encode turns text back into the source's bytes.
func (se sourceEncoding) encode(s string) ([]byte, error) {
	if se.enc == nil {
		return append(append([]byte{}, se.bom...), s...), nil
	}
	b, err := se.enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		return nil, err
	}
	return append(append([]byte{}, se.bom...), b...), nil
}

// canEncode reports whether every character of s exists in the source's
// encoding.
func (se sourceEncoding) canEncode(s string) error {
	if se.enc == nil {
		return nil
	}
	for _, r := range s {
		if _, err := se.enc.NewEncoder().String(string(r)); err != nil {
			return fmt.Errorf("%q cannot be written in %s", r, se.name)
		}
	}
	return nil
}

// errNotRoundTrip: decoding and encoding again does not give the file's
// bytes back, so writing would change more than the fixes.
var errNotRoundTrip = errors.New("the file's encoding does not survive a round trip")
