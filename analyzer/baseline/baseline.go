// Package baseline records the findings a team has accepted and filters
// them out of later runs, so that CI reports only what is new.
//
// A finding is identified by its fingerprint: a hash of the rule id, the
// document's path and the normalised quoted evidence. Line numbers are left
// out on purpose, so that editing a notice above a finding does not make an
// accepted finding new again. The same fingerprint is SARIF's
// partialFingerprints["selosteFingerprint/v1"].
package baseline

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/seloste/seloste/analyzer"
)

// Version is the version of the baseline file format.
const Version = 1

// FingerprintKey is the key of the fingerprint in SARIF partialFingerprints.
const FingerprintKey = "selosteFingerprint/v1"

// Fingerprint identifies finding f of the document at path independently of
// where in the document it sits.
func Fingerprint(path string, f analyzer.Finding) string {
	h := sha256.New()
	for _, part := range []string{f.Rule, NormalizePath(path), NormalizeQuote(f.Quote)} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// NormalizePath makes a path comparable across runs and systems: URLs are
// kept, file paths are cleaned and use forward slashes.
func NormalizePath(p string) string {
	if p == "" || p == "-" || strings.Contains(p, "://") {
		return p
	}
	return filepath.ToSlash(filepath.Clean(p))
}

// NormalizeQuote folds case, white space and surrounding punctuation, so
// that re-flowing a paragraph or re-extracting a PDF keeps the fingerprint.
func NormalizeQuote(q string) string {
	q = strings.ToLower(strings.Join(strings.Fields(q), " "))
	return strings.TrimFunc(q, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) })
}

// Entry is one accepted finding. A finding that occurs twice with the same
// fingerprint is recorded as two entries.
type Entry struct {
	Path        string `json:"path"`
	Rule        string `json:"rule"`
	Fingerprint string `json:"fingerprint"`
	// Quote is for the person reviewing the baseline file; matching uses
	// the fingerprint only.
	Quote string `json:"quote,omitempty"`
}

// Baseline is a set of accepted findings, as stored in a baseline file.
type Baseline struct {
	Version int     `json:"version"`
	Entries []Entry `json:"entries"`
}

// New records every finding of results. Unreadable inputs have no findings
// and are not recorded: an input that cannot be read is never accepted.
func New(results []analyzer.Result) *Baseline {
	b := &Baseline{Version: Version, Entries: []Entry{}}
	for _, r := range results {
		for _, f := range r.Findings {
			b.Entries = append(b.Entries, Entry{
				Path:        NormalizePath(r.Path),
				Rule:        f.Rule,
				Fingerprint: Fingerprint(r.Path, f),
				Quote:       f.Quote,
			})
		}
	}
	sort.SliceStable(b.Entries, func(i, j int) bool {
		a, c := b.Entries[i], b.Entries[j]
		if a.Path != c.Path {
			return a.Path < c.Path
		}
		if a.Rule != c.Rule {
			return a.Rule < c.Rule
		}
		return a.Fingerprint < c.Fingerprint
	})
	return b
}

// Write writes b as indented JSON.
func (b *Baseline) Write(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(b)
}

// Read reads a baseline file's content; name is used in errors.
func Read(name string, r io.Reader) (*Baseline, error) {
	var b Baseline
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		return nil, fmt.Errorf("%s: not a seloste baseline: %w", name, err)
	}
	if b.Version != Version {
		return nil, fmt.Errorf("%s: baseline version %d, want %d", name, b.Version, Version)
	}
	for i, e := range b.Entries {
		if e.Rule == "" || e.Fingerprint == "" {
			return nil, fmt.Errorf("%s: entry %d: rule and fingerprint are required", name, i+1)
		}
	}
	return &b, nil
}

// Load reads the baseline file at path.
func Load(path string) (*Baseline, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("baseline: %w", err)
	}
	defer f.Close()
	return Read(path, f)
}

// Save writes b to path.
func (b *Baseline) Save(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("baseline: %w", err)
	}
	if err := b.Write(f); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	return f.Close()
}

// Filter returns results with the accepted findings removed, and how many
// were removed. Each entry accepts one finding: if the baseline holds a
// fingerprint once and the run finds it twice, the second is new. results
// is not modified.
func (b *Baseline) Filter(results []analyzer.Result) ([]analyzer.Result, int) {
	left := map[string]int{}
	for _, e := range b.Entries {
		left[e.Fingerprint]++
	}
	out := make([]analyzer.Result, len(results))
	suppressed := 0
	for i, r := range results {
		if len(r.Findings) > 0 {
			kept := make([]analyzer.Finding, 0, len(r.Findings))
			for _, f := range r.Findings {
				fp := Fingerprint(r.Path, f)
				if left[fp] > 0 {
					left[fp]--
					suppressed++
					continue
				}
				kept = append(kept, f)
			}
			r.Findings = kept
		}
		out[i] = r
	}
	return out, suppressed
}
