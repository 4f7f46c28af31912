package extract

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
)

// A damaged cross-reference table (offsets shifted by a CR LF conversion,
// a table overwritten, an edit that did not update it) makes the library
// fail although every object is still in the file. Like other readers we
// then rebuild the table by scanning for "n g obj" and append it with a
// fresh trailer. Objects inside object streams cannot be found this way.

var (
	reObjHeader = regexp.MustCompile(`(?:^|[\r\n\s])(\d{1,10})\s+(\d{1,5})\s+obj\b`)
	reCatalog   = regexp.MustCompile(`/Type\s*/Catalog\b`)
	reTrailerID = regexp.MustCompile(`/ID\s*\[\s*<[0-9A-Fa-f\s]*>\s*<[0-9A-Fa-f\s]*>\s*\]`)
	reRoot      = regexp.MustCompile(`/Root\s+(\d+)\s+(\d+)\s+R`)
	reInfo      = regexp.MustCompile(`/Info\s+(\d+)\s+(\d+)\s+R`)
)

const maxRepairObjects = 1 << 20

// repairXref returns data with a rebuilt cross-reference table appended,
// or false when no catalog can be found.
func repairXref(data []byte) ([]byte, bool) {
	type entry struct {
		off int
		gen int
	}
	objs := map[int]entry{}
	maxID := 0
	var root string
	for _, m := range reObjHeader.FindAllSubmatchIndex(data, maxRepairObjects) {
		id, err1 := strconv.Atoi(string(data[m[2]:m[3]]))
		gen, err2 := strconv.Atoi(string(data[m[4]:m[5]]))
		if err1 != nil || err2 != nil || id <= 0 || id >= maxRepairObjects {
			continue
		}
		objs[id] = entry{m[2], gen} // a later definition replaces an earlier one, as in an update
		maxID = max(maxID, id)
		body := data[m[1]:min(len(data), m[1]+512)]
		if end := bytes.Index(body, []byte("endobj")); end >= 0 {
			body = body[:end]
		}
		if reCatalog.Match(body) {
			root = fmt.Sprintf("%d %d R", id, gen)
		}
	}
	// Prefer what the last trailer says, when there is one.
	var extra []byte
	if t := bytes.LastIndex(data, []byte("trailer")); t >= 0 {
		tr := data[t:min(len(data), t+2048)]
		if m := reRoot.FindSubmatch(tr); m != nil {
			if e, ok := objs[atoi(m[1])]; ok && e.gen == atoi(m[2]) {
				root = fmt.Sprintf("%s %s R", m[1], m[2])
			}
		}
		if m := reInfo.Find(tr); m != nil {
			extra = append(append(extra, ' '), m...)
		}
		if m := reTrailerID.Find(tr); m != nil {
			extra = append(append(extra, ' '), m...)
		}
	}
	if root == "" {
		return nil, false
	}
	var b bytes.Buffer
	b.Grow(len(data) + 20*(maxID+1) + 256)
	b.Write(data)
	b.WriteString("\n")
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", maxID+1)
	for id := 1; id <= maxID; id++ {
		if e, ok := objs[id]; ok {
			fmt.Fprintf(&b, "%010d %05d n \n", e.off, e.gen)
		} else {
			b.WriteString("0000000000 65535 f \n")
		}
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root %s%s >>\nstartxref\n%d\n%%%%EOF\n", maxID+1, root, extra, xref)
	return b.Bytes(), true
}

func atoi(b []byte) int {
	n, _ := strconv.Atoi(string(b))
	return n
}
