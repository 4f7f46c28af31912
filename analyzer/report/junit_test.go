package report

import (
	"bytes"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/seloste/seloste/analyzer"
)

func writeJUnit(t *testing.T, results []analyzer.Result, opt Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := JUnit(&buf, results, opt); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// junitDoc is read with its own types, not the writer's, so that the test
// checks the XML, not the struct tags.
type junitDoc struct {
	XMLName  xml.Name `xml:"testsuites"`
	Tests    int      `xml:"tests,attr"`
	Failures int      `xml:"failures,attr"`
	Errors   int      `xml:"errors,attr"`
	Skipped  int      `xml:"skipped,attr"`
	Suites   []struct {
		Name       string `xml:"name,attr"`
		Tests      int    `xml:"tests,attr"`
		Failures   int    `xml:"failures,attr"`
		Errors     int    `xml:"errors,attr"`
		Skipped    int    `xml:"skipped,attr"`
		Properties []struct {
			Name  string `xml:"name,attr"`
			Value string `xml:"value,attr"`
		} `xml:"properties>property"`
		Cases []struct {
			Name      string `xml:"name,attr"`
			Classname string `xml:"classname,attr"`
			Skipped   *struct {
				Message string `xml:"message,attr"`
			} `xml:"skipped"`
			Error *struct {
				Message string `xml:"message,attr"`
			} `xml:"error"`
			Failure *struct {
				Message string `xml:"message,attr"`
				Type    string `xml:"type,attr"`
				Text    string `xml:",chardata"`
			} `xml:"failure"`
			SystemOut string `xml:"system-out"`
		} `xml:"testcase"`
	} `xml:"testsuite"`
}

func TestJUnit(t *testing.T) {
	out := writeJUnit(t, fxResults(), Options{Rules: fxRules(), FailOn: analyzer.Error})
	golden(t, "junit/fixture.xml", out)
	var doc junitDoc
	if err := xml.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Suites) != 4 {
		t.Fatalf("%d testsuites, want one per input (4)", len(doc.Suites))
	}
	var tests, failures, errs, skipped int
	for _, s := range doc.Suites {
		var f, e, sk int
		for _, c := range s.Cases {
			if c.Classname != s.Name {
				t.Errorf("testcase %s: classname %q, want the path %q", c.Name, c.Classname, s.Name)
			}
			if c.Failure != nil {
				f++
			}
			if c.Error != nil {
				e++
			}
			if c.Skipped != nil {
				sk++
			}
		}
		if s.Tests != len(s.Cases) || s.Failures != f || s.Errors != e || s.Skipped != sk {
			t.Errorf("suite %s: counts %d/%d/%d/%d, testcases say %d/%d/%d/%d", s.Name, s.Tests, s.Failures, s.Errors, s.Skipped, len(s.Cases), f, e, sk)
		}
		tests, failures, errs, skipped = tests+s.Tests, failures+f, errs+e, skipped+sk
	}
	if doc.Tests != tests || doc.Failures != failures || doc.Errors != errs || doc.Skipped != skipped {
		t.Errorf("root counts %d/%d/%d/%d, suites add up to %d/%d/%d/%d", doc.Tests, doc.Failures, doc.Errors, doc.Skipped, tests, failures, errs, skipped)
	}

	kunta := doc.Suites[0]
	if kunta.Name != "notices/kunta.txt" || kunta.Tests != len(fxRules()) {
		t.Errorf("suite %s has %d testcases, want one per rule (%d)", kunta.Name, kunta.Tests, len(fxRules()))
	}
	// dpo-contact, retention, complaint-right, outdated-law fail at error;
	// vague-retention is a warning: it passes and is listed in system-out.
	if kunta.Failures != 4 || kunta.Skipped != 2 {
		t.Errorf("kunta: %d failures, %d skipped; want 4 and 2", kunta.Failures, kunta.Skipped)
	}
	for _, c := range kunta.Cases {
		switch c.Name {
		case "outdated-law":
			if c.Failure == nil || !strings.Contains(c.Failure.Text, "notices/kunta.txt:5:7") || !strings.Contains(c.Failure.Text, "henkilötietolaki (523/1999)") || c.Failure.Type != "error" {
				t.Errorf("outdated-law failure %+v: want line, quote and severity", c.Failure)
			}
		case "vague-retention":
			if c.Failure != nil || !strings.Contains(c.SystemOut, "tarpeen mukaan") {
				t.Errorf("warning below --fail-on: failure %+v, system-out %q", c.Failure, c.SystemOut)
			}
		case "legitimate-interest":
			if c.Skipped == nil {
				t.Error("not-applicable element is not skipped")
			}
		}
	}
	if broken := doc.Suites[3]; broken.Errors != 1 || len(broken.Cases) != 1 || broken.Cases[0].Error == nil || !strings.Contains(broken.Cases[0].Error.Message, "encrypted") {
		t.Errorf("unreadable input suite %+v", broken)
	}
}

func TestJUnitFailOn(t *testing.T) {
	count := func(failOn analyzer.Severity) int {
		var doc junitDoc
		if err := xml.Unmarshal(writeJUnit(t, fxResults(), Options{FailOn: failOn}), &doc); err != nil {
			t.Fatal(err)
		}
		return doc.Failures
	}
	for _, c := range []struct {
		failOn analyzer.Severity
		want   int
	}{{0, 0}, {analyzer.Error, 4}, {analyzer.Warning, 6}, {analyzer.Info, 7}} {
		if got := count(c.failOn); got != c.want {
			t.Errorf("fail-on %v: %d failures, want %d", c.failOn, got, c.want)
		}
	}
}

// TestJUnitSchema checks the output against the JUnit XSD with xmllint
// (libxml2-utils), when it is installed.
func TestJUnitSchema(t *testing.T) {
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		needTool(t, "xmllint not installed: apt-get install libxml2-utils")
	}
	dir := t.TempDir()
	good := filepath.Join(dir, "good.xml")
	if err := os.WriteFile(good, writeJUnit(t, fxResults(), Options{Rules: fxRules(), FailOn: analyzer.Warning}), 0o644); err != nil {
		t.Fatal(err)
	}
	xsd := filepath.Join("testdata", "junit", "junit.xsd")
	if out, err := exec.Command(xmllint, "--noout", "--schema", xsd, good).CombinedOutput(); err != nil {
		t.Errorf("xmllint rejects the report: %v\n%s", err, out)
	}
	// Control: the schema does reject a testcase with two outcomes.
	bad := filepath.Join(dir, "bad.xml")
	os.WriteFile(bad, []byte(`<testsuites><testsuite name="a" tests="1"><testcase name="r" classname="a"><failure/><skipped/></testcase></testsuite></testsuites>`), 0o644)
	if err := exec.Command(xmllint, "--noout", "--schema", xsd, bad).Run(); err == nil {
		t.Error("control: the schema accepted a testcase that both failed and was skipped")
	}
}
