package rules

import (
	"context"
	"strings"
	"testing"

	"github.com/seloste/seloste/analyzer"
	"github.com/seloste/seloste/analyzer/eval"
	"github.com/seloste/seloste/analyzer/extract"
)

// The accuracy reached on corpus/ is a regression guard: a change to a rule
// or lexicon that loses precision or recall fails the tests. Raise the
// floors as the rules improve.
const (
	minPrecision     = 0.98
	minRecall        = 0.98
	minLangPrecision = 0.95
	minLangRecall    = 0.90
)

func score(t *testing.T, dir string) *eval.Scores {
	t.Helper()
	eng, err := NewEngine()
	if err != nil {
		t.Fatal(err)
	}
	scores, err := eval.Run(dir, func(path string) analyzer.Result {
		doc, err := extract.Read(context.Background(), path, nil, extract.Options{})
		if err != nil {
			return analyzer.Result{Path: path, Err: err}
		}
		return eng.Lint(doc, analyzer.Options{})
	})
	if err != nil {
		t.Fatal(err)
	}
	return scores
}

// The held-out notices (testdata/heldout) were labelled blind by someone
// who did not see the rules; their first score was precision 0.943, recall
// 1.000. Keep them at least there.
// The second set (testdata/heldout2), by another labeller, first scored
// precision 0.971, recall 0.986; the third (testdata/heldout3) 0.962 and
// 0.944; the fourth (testdata/heldout4) 0.978 and 0.957; the fifth
// (testdata/heldout5) 1.000 and 0.977.
func TestHeldOutAccuracy(t *testing.T) {
	for _, dir := range []string{"../testdata/heldout", "../testdata/heldout2", "../testdata/heldout3", "../testdata/heldout4", "../testdata/heldout5"} {
		scores := score(t, dir)
		total := scores.Total()
		t.Logf("%s: tp %d fp %d fn %d, precision %.3f recall %.3f", dir, total.TP, total.FP, total.FN, total.Precision(), total.Recall())
		if total.Precision() < 0.97 || total.Recall() < 0.97 {
			t.Errorf("%s: accuracy fell: precision %.3f recall %.3f", dir, total.Precision(), total.Recall())
		}
	}
}

func TestCorpusAccuracy(t *testing.T) {
	scores := score(t, "../corpus")
	if len(scores.Unread) > 0 {
		t.Errorf("unreadable notices: %v", scores.Unread)
	}
	total := scores.Total()
	t.Logf("corpus: tp %d fp %d fn %d, precision %.3f recall %.3f", total.TP, total.FP, total.FN, total.Precision(), total.Recall())
	if total.Precision() < minPrecision || total.Recall() < minRecall {
		t.Errorf("accuracy fell: precision %.3f (floor %.2f), recall %.3f (floor %.2f)", total.Precision(), minPrecision, total.Recall(), minRecall)
	}
	for _, lang := range scores.Langs() {
		c := scores.LangTotal(lang)
		if c.Precision() < minLangPrecision || c.Recall() < minLangRecall {
			t.Errorf("%s: precision %.3f recall %.3f below the floors", lang, c.Precision(), c.Recall())
		}
	}
	// The five seed notices must be linted exactly as labelled.
	for _, m := range scores.Misses {
		if strings.HasPrefix(m.Notice, "00") {
			t.Errorf("seed %s: %s %s (ours %q, label %q)", m.Notice, m.Kind, m.Rule, m.Quote, m.Label)
		}
	}
}
