// Package rules holds seloste's checks, one file per rule id, the lexicons
// (rules/lexicons/LANG/*.yaml) that they match against, and the rule texts
// (rules/text/LANG.yaml) in Finnish, Swedish and English. All are embedded.
package rules

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"

	"github.com/seloste/seloste/analyzer"
)

//go:embed lexicons/*/*.yaml
var lexiconFiles embed.FS

// ruleSpec is what a rule file declares; All turns it into a rule with its
// documentation.
type ruleSpec interface {
	analyzer.Rule
	setDoc(analyzer.RuleDoc)
}

func (r *elementRule) setDoc(d analyzer.RuleDoc) { r.doc = d }
func (r *problemRule) setDoc(d analyzer.RuleDoc) { r.doc = d }

// specs lists every rule in registry order: the 21 elements in the order of
// the JSON contract, then the problems, then advice.
func specs() []ruleSpec {
	return []ruleSpec{
		controllerIdentity(), controllerContact(), dpoContact(), purposes(),
		legalBasis(), legitimateInterest(), recipients(), transfers(),
		retention(), rightAccess(), rightRectification(), rightErasure(),
		rightRestriction(), rightObjection(), rightPortability(),
		consentWithdrawal(), complaintRight(), requirement(),
		automatedDecisions(), dataCategories(), dataSource(),
		outdatedLaw(), outdatedAuthorityAddress(), invalidTransferMechanism(),
		specialCategoryWithoutBasis(), vagueRetention(), transferContradiction(),
		preGDPRDate(), nationalIDWithoutBasis(), outdatedTitle(), outdatedTerm(),
	}
}

// All returns every rule in registry order, with its documentation. It
// panics only if the embedded rule texts are malformed, which the package
// tests rule out.
func All() []analyzer.Rule {
	docs, err := loadDocs()
	if err != nil {
		panic(err)
	}
	var out []analyzer.Rule
	for _, r := range specs() {
		r.setDoc(docs[r.ID()])
		out = append(out, r)
	}
	return out
}

// Lexicon compiles the embedded lexicons of every language into one matcher.
func Lexicon() (*analyzer.Lexicon, error) {
	names, err := fs.Glob(lexiconFiles, "lexicons/*/*.yaml")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var files []*analyzer.LexiconFile
	for _, n := range names {
		data, err := lexiconFiles.ReadFile(n)
		if err != nil {
			return nil, err
		}
		f, err := analyzer.ParseLexicon(n, data)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	lex, err := analyzer.CompileLexicon(files...)
	if err != nil {
		return nil, fmt.Errorf("embedded lexicons: %w", err)
	}
	return lex, nil
}

// NewEngine returns an engine with every rule and the embedded lexicons.
func NewEngine() (*analyzer.Engine, error) {
	lex, err := Lexicon()
	if err != nil {
		return nil, err
	}
	return analyzer.NewEngine(All(), lex), nil
}
