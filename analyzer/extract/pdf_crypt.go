package extract

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/sha256"
	"crypto/sha512"
	"regexp"
	"strconv"
)

// The library decrypts RC4 and AES-128 only. For AES-256 (revisions 5 and
// 6, qpdf's and Acrobat's default today) we can at least tell a file that
// anyone may open (empty user password) from one that needs a password, so
// that the error says which it is.

var (
	reEncryptRef = regexp.MustCompile(`/Encrypt\s+(\d+)\s+(\d+)\s+R`)
	reRevision   = regexp.MustCompile(`/R\s+(\d+)`)
	reUserKey    = regexp.MustCompile(`/U\s*[(<]`)
)

// aes256EmptyPassword reports whether data is AES-256 encrypted (aes) and,
// if so, whether its user password is empty (open).
func aes256EmptyPassword(data []byte) (aes, open bool) {
	m := reEncryptRef.FindSubmatch(data[max(0, len(data)-64<<10):])
	if m == nil {
		return false, false
	}
	start := regexp.MustCompile(`(?:^|[\r\n\s])` + string(m[1]) + `\s+` + string(m[2]) + `\s+obj\b`).FindIndex(data)
	if start == nil {
		return false, false
	}
	obj := data[start[1]:]
	if end := bytes.Index(obj, []byte("endobj")); end >= 0 {
		obj = obj[:end]
	}
	r := reRevision.FindSubmatch(obj)
	if r == nil {
		return false, false
	}
	rev, _ := strconv.Atoi(string(r[1]))
	if rev != 5 && rev != 6 {
		return false, false
	}
	u := reUserKey.FindIndex(obj)
	if u == nil {
		return true, false
	}
	s, ok := newLexer(bytes.NewReader(obj[u[1]-1:])).next()
	if !ok || s.kind != objStr || len(s.s) < 40 {
		return true, false
	}
	key := []byte(s.s)
	return true, bytes.Equal(hashR6(nil, key[32:40], nil, rev), key[:32])
}

// hashR6 is ISO 32000-2 algorithm 2.B (revision 6), or plain SHA-256 for
// the deprecated revision 5.
func hashR6(pw, salt, udata []byte, rev int) []byte {
	sum := sha256.Sum256(append(append(append([]byte{}, pw...), salt...), udata...))
	k := sum[:]
	if rev == 5 {
		return k
	}
	var e []byte
	for i := 0; i < 64 || int(e[len(e)-1]) > i-32; i++ {
		round := append(append(append([]byte{}, pw...), k...), udata...)
		k1 := bytes.Repeat(round, 64)
		block, _ := aes.NewCipher(k[:16])
		e = make([]byte, len(k1))
		cipher.NewCBCEncrypter(block, k[16:32]).CryptBlocks(e, k1)
		mod := 0
		for _, b := range e[:16] {
			mod += int(b)
		}
		switch mod % 3 {
		case 0:
			s := sha256.Sum256(e)
			k = s[:]
		case 1:
			s := sha512.Sum384(e)
			k = s[:]
		default:
			s := sha512.Sum512(e)
			k = s[:]
		}
	}
	return k[:32]
}
