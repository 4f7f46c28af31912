package report

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/seloste/seloste/analyzer"
)

// fxRule is a rule with documentation only, for writers that describe rules.
type fxRule struct {
	id, article string
	sev         analyzer.Severity
	title       string
}

func (r fxRule) ID() string                  { return r.id }
func (r fxRule) Article() string             { return r.article }
func (r fxRule) Severity() analyzer.Severity { return r.sev }
func (r fxRule) Doc() analyzer.RuleDoc {
	return analyzer.RuleDoc{
		Title:   analyzer.Text{"en": r.title, "fi": "FI: " + r.title},
		Checks:  analyzer.Text{"en": "Checks that the notice gives " + r.id + "."},
		Why:     analyzer.Text{"en": "Required by " + r.article + "."},
		Message: analyzer.Text{"en": r.title + " is missing"},
		Fix:     analyzer.Text{"fi": "Lisää «" + r.id + "»."},
	}
}
func (r fxRule) Check(*analyzer.Pass) []analyzer.Finding { return nil }

func fxRules() []analyzer.Rule {
	var rules []analyzer.Rule
	for _, id := range analyzer.ElementIDs() {
		rules = append(rules, fxRule{id: id, article: "GDPR 13(1)", sev: analyzer.Error, title: "Notice gives " + id})
	}
	rules = append(rules,
		fxRule{id: "outdated-law", article: "GDPR 13(1)(c)", sev: analyzer.Error, title: "Cites the repealed Personal Data Act"},
		fxRule{id: "vague-retention", article: "GDPR 13(2)(a)", sev: analyzer.Warning, title: "Retention period is vague"},
	)
	return rules
}

// fxSpan returns the span of the first occurrence of s in text.
func fxSpan(text, s string) analyzer.Span {
	i := strings.Index(text, s)
	if i < 0 {
		panic("fixture: " + s + " not in text")
	}
	return analyzer.Span{Start: i, End: i + len(s)}
}

// fxElements returns the 21 elements: present unless missing, applicable
// unless listed as not applicable.
func fxElements(doc *analyzer.Document, missing, notApplicable []string) []analyzer.Element {
	var els []analyzer.Element
	for _, id := range analyzer.ElementIDs() {
		el := analyzer.Element{ID: id, Present: true, Applicable: true}
		for _, m := range missing {
			if m == id {
				el.Present = false
			}
		}
		for _, m := range notApplicable {
			if m == id {
				el.Present, el.Applicable = false, false
			}
		}
		if el.Present && len(doc.Text) > 0 {
			el.Span = analyzer.Span{Start: 0, End: strings.IndexByte(doc.Text, '\n')}
			el.Quote = doc.Quote(el.Span.Start, el.Span.End, 200)
		}
		els = append(els, el)
	}
	return els
}

const fxKunta = `Tietosuojaseloste
Rekisterinpitäjä: Esimerkin kunta, Kunnantie 1, 00100 Helsinki
Rekisterin nimi: Asiakasrekisteri
Käsittelyn peruste: lakisääteinen velvoite
Laki: henkilötietolaki (523/1999) 10 §
Tietoja säilytetään tarpeen mukaan.
`

const fxWeb = `Privacy notice
We process your data for <script>alert("x")</script> purposes & more.
Contact: privacy@example.fi
`

// fxResults returns four inputs: a public authority's text notice with
// errors, a PDF with a finding on page 2, a web notice whose text holds
// markup, and an unreadable PDF.
func fxResults() []analyzer.Result {
	kunta := analyzer.NewDocument("notices/kunta.txt", analyzer.FormatText, fxKunta, nil)
	kunta.Lang = "fi"
	var b analyzer.Builder
	b.Add(analyzer.BlockHeading, 1, 1, "Dataskyddsbeskrivning")
	b.Add(analyzer.BlockParagraph, 0, 1, "Personuppgiftsansvarig: Företaget Ab")
	b.Add(analyzer.BlockParagraph, 0, 2, "Uppgifterna sparas så länge det behövs.")
	pdf := b.Document("notices/företag ab.pdf", analyzer.FormatPDF)
	pdfText := pdf.Text
	pdf.Lang = "sv"
	web := analyzer.NewDocument("https://example.fi/tietosuoja?x=1&y=2", analyzer.FormatHTML, fxWeb, nil)
	web.Lang = "en"
	return []analyzer.Result{
		{
			Path: kunta.Path, Format: kunta.Format, Doc: kunta, Controller: "public",
			Elements: fxElements(kunta, []string{"dpo-contact", "retention", "complaint-right"}, []string{"legitimate-interest", "consent-withdrawal"}),
			Findings: []analyzer.Finding{
				{Rule: "dpo-contact", Severity: analyzer.Error, Article: "GDPR 13(1)(b)", Message: "The contact details of the data protection officer are missing", Suggestion: "Tietosuojavastaavan yhteystiedot: «nimi», «sähköposti»"},
				{Rule: "retention", Severity: analyzer.Error, Article: "GDPR 13(2)(a)", Message: "The retention period is missing", Suggestion: "Tietoja säilytetään «aika»."},
				{Rule: "complaint-right", Severity: analyzer.Error, Article: "GDPR 13(2)(d)", Message: "The right to lodge a complaint is missing"},
				{Rule: "outdated-law", Severity: analyzer.Error, Article: "GDPR 13(1)(c)", Message: "Cites the repealed Personal Data Act 523/1999", Span: fxSpan(fxKunta, "henkilötietolaki (523/1999)"), Quote: "Laki: henkilötietolaki (523/1999) 10 §", Suggestion: "Viittaa EU:n yleiseen tietosuoja-asetukseen (2016/679) ja tietosuojalakiin (1050/2018)."},
				{Rule: "vague-retention", Severity: analyzer.Warning, Article: "GDPR 13(2)(a)", Message: "The retention period is vague", Span: fxSpan(fxKunta, "Tietoja säilytetään"), Quote: "Tietoja säilytetään tarpeen mukaan."},
			},
		},
		{
			Path: pdf.Path, Format: pdf.Format, Doc: pdf, Controller: "private",
			Elements: fxElements(pdf, nil, []string{"dpo-contact", "legitimate-interest", "consent-withdrawal", "automated-decisions"}),
			Findings: []analyzer.Finding{
				{Rule: "vague-retention", Severity: analyzer.Warning, Article: "GDPR 13(2)(a)", Message: "The retention period is vague", Span: fxSpan(pdfText, "så länge det behövs"), Quote: "Uppgifterna sparas så länge det behövs."},
			},
		},
		{
			Path: web.Path, Format: web.Format, Doc: web, Controller: "private",
			Elements: fxElements(web, []string{"purposes"}, []string{"dpo-contact"}),
			Findings: []analyzer.Finding{
				{Rule: "purposes", Severity: analyzer.Info, Article: "GDPR 13(1)(c)", Message: `Purposes are unclear: "<script>"`, Span: fxSpan(fxWeb, "<script>"), Quote: `We process your data for <script>alert("x")</script> purposes & more.`},
			},
		},
		{
			Path: "notices/rikki.pdf", Format: analyzer.FormatPDF,
			Err: errors.New("notices/rikki.pdf: encrypted PDF <needs a password>"),
		},
	}
}

// needTool skips a test that needs an external program which is not
// installed, or fails it when $SELOSTE_REQUIRE_TOOLS is set, as .ci/run
// does, so that CI cannot pass by skipping the validators.
func needTool(t *testing.T, why string) {
	t.Helper()
	if os.Getenv("SELOSTE_REQUIRE_TOOLS") != "" {
		t.Fatal(why + " (required: SELOSTE_REQUIRE_TOOLS is set)")
	}
	t.Skip(why)
}
