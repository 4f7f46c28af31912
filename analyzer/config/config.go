// Package config reads seloste's configuration file, .seloste.yaml:
//
//	rules:                      # turn rules off or change their severity
//	  dpo-contact: warning
//	  vague-retention: off
//	controller:                 # who the controller is; first match wins
//	  - {path: "kunta/**", kind: public}
//	  - {path: "**", kind: private}
//	ignore: ["drafts/**", "*.bak"]
//	lang: fi                    # language of messages: fi, sv or en
//	fail-on: warning            # error, warning, info or none
//
// Globs are matched against paths relative to the directory that holds the
// file, with '/' as separator; '**' matches any number of directories, and
// a glob without '/' matches a file or directory name at any depth. URLs
// are matched as they are written.
//
// Every mistake in the file is an *Error that names the file and the line,
// so that the CLI can report it and exit with status 2.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/seloste/seloste/analyzer"
)

// FileName is the name looked for in the working directory and its parents.
const FileName = ".seloste.yaml"

// Config is a parsed configuration file.
type Config struct {
	File string // the file read, as given
	Dir  string // absolute directory of File: globs are relative to it

	// Rules maps a rule id to its severity; 0 turns the rule off.
	Rules      map[string]analyzer.Severity
	Controller []ControllerGlob
	Ignore     []string
	Lang       string // "" when not set
	// FailOn is the --fail-on level; HasFailOn says whether the file set it
	// (FailOn 0 is "none").
	FailOn    analyzer.Severity
	HasFailOn bool
}

// ControllerGlob says that the notices matching Path are from a Kind
// ("public" or "private") controller.
type ControllerGlob struct {
	Path string
	Kind string
}

// Error is a mistake in a configuration file.
type Error struct {
	File   string
	Line   int // 1-based; 0 when unknown
	Column int
	Msg    string
}

func (e *Error) Error() string {
	switch {
	case e.Line > 0 && e.Column > 0:
		return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Column, e.Msg)
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// Find looks for FileName in dir and its parents and returns its path, or
// "" when there is none.
func Find(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		p := filepath.Join(dir, FileName)
		st, err := os.Stat(p)
		if err == nil && !st.IsDir() {
			return p, nil
		}
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return "", fmt.Errorf("%s: %w", p, err)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// Load reads and checks the file at path. ruleIDs are the rules that exist;
// any other id in the file is an error.
func Load(file string, ruleIDs []string) (*Config, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, &Error{File: file, Msg: errMsg(err)}
	}
	dir, err := filepath.Abs(filepath.Dir(file))
	if err != nil {
		return nil, &Error{File: file, Msg: err.Error()}
	}
	c, err := Parse(file, data, ruleIDs)
	if err != nil {
		return nil, err
	}
	c.Dir = dir
	return c, nil
}

func errMsg(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// Parse checks the content of a configuration file; name is used in errors.
// The returned Config has no Dir: globs are then relative to the working
// directory.
func Parse(name string, data []byte, ruleIDs []string) (*Config, error) {
	c := &Config{File: name, Rules: map[string]analyzer.Severity{}}
	p := parser{file: name}
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return c, nil // an empty file configures nothing
		}
		return nil, p.yamlError(err)
	}
	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) > 0 {
		root = root.Content[0]
	}
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
		return c, nil
	}
	if root.Kind != yaml.MappingNode {
		return nil, p.errorf(root, "want a mapping of settings (rules, controller, ignore, lang, fail-on)")
	}
	known := map[string]bool{}
	for _, id := range ruleIDs {
		known[id] = true
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if seen[k.Value] {
			return nil, p.errorf(k, "%s is set twice", k.Value)
		}
		seen[k.Value] = true
		var err error
		switch k.Value {
		case "rules":
			err = p.rules(v, known, c.Rules)
		case "controller":
			c.Controller, err = p.controller(v)
		case "ignore":
			c.Ignore, err = p.globs(v, "ignore")
		case "lang":
			c.Lang, err = p.oneOf(v, "lang", "fi", "sv", "en")
		case "fail-on":
			var s string
			if s, err = p.oneOf(v, "fail-on", "error", "warning", "info", "none"); err == nil {
				c.FailOn, _ = analyzer.ParseSeverity(s)
				c.HasFailOn = true
			}
		default:
			err = p.errorf(k, "unknown key %q (want rules, controller, ignore, lang or fail-on)", k.Value)
		}
		if err != nil {
			return nil, err
		}
	}
	return c, nil
}

type parser struct{ file string }

func (p parser) errorf(n *yaml.Node, format string, a ...any) error {
	return &Error{File: p.file, Line: n.Line, Column: n.Column, Msg: fmt.Sprintf(format, a...)}
}

// yamlError turns a yaml.v3 syntax error ("yaml: line 3: ...") into an
// Error with the line.
func (p parser) yamlError(err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	var line int
	if n, _ := fmt.Sscanf(msg, "line %d:", &line); n == 1 {
		msg = strings.TrimSpace(msg[strings.IndexByte(msg, ':')+1:])
	}
	return &Error{File: p.file, Line: line, Msg: "malformed YAML: " + msg}
}

func (p parser) rules(v *yaml.Node, known map[string]bool, out map[string]analyzer.Severity) error {
	if v.Kind != yaml.MappingNode {
		return p.errorf(v, "rules: want a mapping of rule id to off, error, warning or info")
	}
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, val := v.Content[i], v.Content[i+1]
		if !known[k.Value] {
			return p.errorf(k, "unknown rule %q (seloste rules lists them)", k.Value)
		}
		if _, dup := out[k.Value]; dup {
			return p.errorf(k, "rule %s is set twice", k.Value)
		}
		s, err := p.oneOf(val, "rules: "+k.Value, "off", "error", "warning", "info")
		if err != nil {
			return err
		}
		sev, _ := analyzer.ParseSeverity(s) // "off" is 0
		out[k.Value] = sev
	}
	return nil
}

func (p parser) controller(v *yaml.Node) ([]ControllerGlob, error) {
	if v.Kind != yaml.SequenceNode {
		return nil, p.errorf(v, `controller: want a list of {path: "glob", kind: public|private}`)
	}
	var out []ControllerGlob
	for _, item := range v.Content {
		if item.Kind != yaml.MappingNode {
			return nil, p.errorf(item, `controller: want {path: "glob", kind: public|private}`)
		}
		var g ControllerGlob
		var hasPath, hasKind bool
		for i := 0; i+1 < len(item.Content); i += 2 {
			k, val := item.Content[i], item.Content[i+1]
			switch k.Value {
			case "path":
				s, err := p.glob(val, "controller: path")
				if err != nil {
					return nil, err
				}
				g.Path, hasPath = s, true
			case "kind":
				s, err := p.oneOf(val, "controller: kind", "public", "private")
				if err != nil {
					return nil, err
				}
				g.Kind, hasKind = s, true
			default:
				return nil, p.errorf(k, "controller: unknown key %q (want path and kind)", k.Value)
			}
		}
		if !hasPath || !hasKind {
			return nil, p.errorf(item, "controller: each entry needs both path and kind")
		}
		out = append(out, g)
	}
	return out, nil
}

func (p parser) globs(v *yaml.Node, what string) ([]string, error) {
	if v.Kind != yaml.SequenceNode {
		return nil, p.errorf(v, "%s: want a list of globs", what)
	}
	var out []string
	for _, item := range v.Content {
		s, err := p.glob(item, what)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

func (p parser) glob(v *yaml.Node, what string) (string, error) {
	if v.Kind != yaml.ScalarNode || v.Value == "" {
		return "", p.errorf(v, "%s: want a non-empty glob", what)
	}
	for _, seg := range strings.Split(v.Value, "/") {
		if seg == "**" {
			continue
		}
		if _, err := path.Match(seg, ""); err != nil {
			return "", p.errorf(v, "%s: bad glob %q: %v", what, v.Value, err)
		}
	}
	return v.Value, nil
}

func (p parser) oneOf(v *yaml.Node, what string, allowed ...string) (string, error) {
	if v.Kind == yaml.ScalarNode {
		for _, a := range allowed {
			if strings.EqualFold(v.Value, a) {
				return a, nil
			}
		}
	}
	got := v.Value
	if v.Kind != yaml.ScalarNode {
		got = "a " + kindName(v.Kind)
	}
	return "", p.errorf(v, "%s: %q is not one of %s", what, got, strings.Join(allowed, ", "))
}

func kindName(k yaml.Kind) string {
	switch k {
	case yaml.MappingNode:
		return "mapping"
	case yaml.SequenceNode:
		return "list"
	}
	return "value"
}

// Apply writes the file's rule settings into opt.
func (c *Config) Apply(opt *analyzer.Options) {
	if len(c.Rules) == 0 {
		return
	}
	if opt.Severity == nil {
		opt.Severity = map[string]analyzer.Severity{}
	}
	if opt.Disabled == nil {
		opt.Disabled = map[string]bool{}
	}
	for id, sev := range c.Rules {
		if sev == 0 {
			opt.Disabled[id] = true
		} else {
			opt.Severity[id] = sev
		}
	}
}

// ControllerFor returns the kind of the first controller glob that matches
// input, or "" (also for a nil Config).
func (c *Config) ControllerFor(input string) string {
	if c == nil {
		return ""
	}
	rel := c.rel(input)
	for _, g := range c.Controller {
		if Match(g.Path, rel) {
			return g.Kind
		}
	}
	return ""
}

// Ignored reports whether input matches an ignore glob (never for a nil
// Config).
func (c *Config) Ignored(input string) bool {
	if c == nil {
		return false
	}
	rel := c.rel(input)
	for _, g := range c.Ignore {
		if Match(g, rel) {
			return true
		}
	}
	return false
}

// rel makes a file path relative to the config file's directory, with '/'
// separators; URLs, stdin and paths outside that directory stay as given.
func (c *Config) rel(input string) string {
	if input == "-" || strings.Contains(input, "://") {
		return input
	}
	if c.Dir != "" {
		if abs, err := filepath.Abs(input); err == nil {
			if r, err := filepath.Rel(c.Dir, abs); err == nil && r != ".." && !strings.HasPrefix(r, ".."+string(filepath.Separator)) {
				return filepath.ToSlash(r)
			}
		}
	}
	return strings.TrimPrefix(filepath.ToSlash(filepath.Clean(input)), "./")
}

// Match reports whether name (slash-separated) matches glob. '**' as a
// whole segment matches zero or more segments; other segments use
// path.Match. A glob without '/' is matched against every segment, so
// "*.bak" or "drafts" work at any depth. A glob that matches a directory
// matches everything in it.
func Match(glob, name string) bool {
	g := strings.Split(strings.Trim(glob, "/"), "/")
	n := strings.Split(strings.Trim(name, "/"), "/")
	if len(g) == 1 && g[0] != "**" {
		for _, seg := range n {
			if ok, _ := path.Match(g[0], seg); ok {
				return true
			}
		}
		return false
	}
	// A match of any leading part of name counts: the glob named a
	// directory that holds the file.
	for end := len(n); end >= 1; end-- {
		if matchSegments(g, n[:end]) {
			return true
		}
	}
	return false
}

func matchSegments(g, n []string) bool {
	for len(g) > 0 {
		if g[0] == "**" {
			for len(g) > 0 && g[0] == "**" {
				g = g[1:]
			}
			if len(g) == 0 {
				return true
			}
			for i := 0; i <= len(n); i++ {
				if matchSegments(g, n[i:]) {
					return true
				}
			}
			return false
		}
		if len(n) == 0 {
			return false
		}
		if ok, _ := path.Match(g[0], n[0]); !ok {
			return false
		}
		g, n = g[1:], n[1:]
	}
	return len(n) == 0
}
