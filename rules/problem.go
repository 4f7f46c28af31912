package rules

import "github.com/seloste/seloste/analyzer"

// problemRule is the shape of the rules that flag a wrong or outdated
// statement: check returns the findings, each quoting the statement.
type problemRule struct {
	id       string
	article  string
	severity analyzer.Severity
	doc      analyzer.RuleDoc
	check    func(p *analyzer.Pass) []analyzer.Finding
}

func (r *problemRule) ID() string                  { return r.id }
func (r *problemRule) Article() string             { return r.article }
func (r *problemRule) Severity() analyzer.Severity { return r.severity }
func (r *problemRule) Doc() analyzer.RuleDoc       { return r.doc }

func (r *problemRule) Check(p *analyzer.Pass) []analyzer.Finding {
	fs := r.check(p)
	for i := range fs {
		if fs[i].Suggestion == "" {
			fs[i].Suggestion = r.doc.Fix.In(p.Lang)
		}
	}
	return fs
}
