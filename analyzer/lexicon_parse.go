package analyzer

import "strings"

// parseLexiconFast reads a lexicon file written in the plain layout of
// rules/lexicons (a "lang:" line, a "concepts:" line, then one
// "  name: [pattern, "pattern", ...]" line per concept, comments and blank
// lines) without the YAML library, whose decoding was most of the start-up
// time of every run. It returns false on anything else, and ParseLexicon
// then decodes the file as YAML: both give the same LexiconFile.
func parseLexiconFast(data []byte) (*LexiconFile, bool) {
	f := &LexiconFile{Concepts: map[string][]string{}}
	inConcepts := false
	text := string(data)
	for len(text) > 0 {
		var line string
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			line, text = text, ""
		}
		if strings.ContainsAny(line, "\t\r\\") {
			return nil, false
		}
		trimmed := strings.TrimSpace(line)
		if trimmed == "" || trimmed[0] == '#' {
			continue
		}
		switch {
		case strings.HasPrefix(line, "lang: "):
			v := plainValue(strings.TrimSpace(line[len("lang: "):]))
			if v == "" || f.Lang != "" || inConcepts {
				return nil, false
			}
			f.Lang = v
		case line == "concepts:" || strings.HasPrefix(line, "concepts: #") || strings.HasPrefix(line, "concepts:  #"):
			if inConcepts {
				return nil, false
			}
			inConcepts = true
		case inConcepts && strings.HasPrefix(line, "  ") && line[2] != ' ':
			name, rest, ok := strings.Cut(line[2:], ": [")
			if !ok || !isPlainKey(name) {
				return nil, false
			}
			if _, dup := f.Concepts[name]; dup {
				return nil, false
			}
			items, ok := flowSequence(rest)
			if !ok {
				return nil, false
			}
			f.Concepts[name] = items
		default:
			return nil, false
		}
	}
	if f.Lang == "" || !inConcepts || len(f.Concepts) == 0 {
		return nil, false
	}
	return f, true
}

// flowSequence parses the rest of a one-line flow sequence after '[': plain
// or double-quoted items without escapes, then ']' and an optional comment.
func flowSequence(s string) ([]string, bool) {
	var items []string
	for {
		s = strings.TrimLeft(s, " ")
		var item string
		if strings.HasPrefix(s, `"`) {
			end := strings.IndexByte(s[1:], '"')
			if end < 0 {
				return nil, false
			}
			item, s = s[1:1+end], s[2+end:]
		} else {
			end := strings.IndexAny(s, ",]")
			if end < 0 {
				return nil, false
			}
			item, s = plainValue(strings.TrimRight(s[:end], " ")), s[end:]
			if item == "" {
				return nil, false
			}
		}
		items = append(items, item)
		s = strings.TrimLeft(s, " ")
		switch {
		case strings.HasPrefix(s, ","):
			s = s[1:]
		case strings.HasPrefix(s, "]"):
			rest := strings.TrimSpace(s[1:])
			if rest != "" && !strings.HasPrefix(rest, "#") || rest != "" && !strings.HasPrefix(s[1:], " ") {
				return nil, false
			}
			return items, true
		default:
			return nil, false
		}
	}
}

// plainValue returns s if YAML reads it as that very string, else "".
func plainValue(s string) string {
	if s == "" || strings.ContainsAny(s[:1], "-?:,[]{}#&*!|>'\"%@`0123456789+.~") ||
		strings.Contains(s, ": ") || strings.Contains(s, " #") || strings.HasSuffix(s, ":") {
		return ""
	}
	switch strings.ToLower(s) {
	case "true", "false", "yes", "no", "on", "off", "y", "n", "null", "nan", "inf":
		return ""
	}
	return s
}

func isPlainKey(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return false
		}
	}
	return plainValue(s) != ""
}
