package rules

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/seloste/seloste/analyzer"
	"github.com/seloste/seloste/analyzer/extract"
)

// BenchmarkLint runs the rule engine (tokenising, lexicon matching and every
// rule, no reading) over corpus notices of three size classes, and over the
// whole corpus at once. `make bench` runs it; scripts/bench.sh measures the
// whole process.
func BenchmarkLint(b *testing.B) {
	eng, err := NewEngine()
	if err != nil {
		b.Fatal(err)
	}
	paths, _ := filepath.Glob("../corpus/notices/*.txt")
	type notice struct {
		name string
		doc  *analyzer.Document
		size int
	}
	var all []notice
	for _, p := range paths {
		doc, err := extract.Read(context.Background(), p, nil, extract.Options{})
		if err != nil {
			b.Fatal(err)
		}
		all = append(all, notice{filepath.Base(p), doc, len(doc.Text)})
	}
	if len(all) == 0 {
		b.Skip("no corpus notices")
	}
	sort.Slice(all, func(i, j int) bool { return all[i].size < all[j].size })
	classes := []struct {
		name string
		n    notice
	}{{"small", all[0]}, {"median", all[len(all)/2]}, {"large", all[len(all)-1]}}
	for _, c := range classes {
		b.Run(c.name+"/"+strings.TrimSuffix(c.n.name, ".txt"), func(b *testing.B) {
			b.SetBytes(int64(c.n.size))
			b.ReportAllocs()
			for b.Loop() {
				eng.Lint(c.n.doc, analyzer.Options{})
			}
		})
	}
	b.Run("corpus", func(b *testing.B) {
		total := 0
		for _, n := range all {
			total += n.size
		}
		b.SetBytes(int64(total))
		b.ReportAllocs()
		for b.Loop() {
			for _, n := range all {
				eng.Lint(n.doc, analyzer.Options{})
			}
		}
		b.ReportMetric(float64(len(all)*b.N)/b.Elapsed().Seconds(), "notices/s")
	})
}

// BenchmarkStartup measures what every process pays before its first
// notice: parsing the rule texts and lexicons and compiling the matcher.
func BenchmarkStartup(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := NewEngine(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLintLong lints one notice made of the whole corpus run
// together, where a cost that grows faster than the text shows.
func BenchmarkLintLong(b *testing.B) {
	eng, err := NewEngine()
	if err != nil {
		b.Fatal(err)
	}
	paths, _ := filepath.Glob("../corpus/notices/*.txt")
	var sb strings.Builder
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
		sb.WriteString("\n\n")
	}
	doc, err := extract.Text("long.txt", []byte(sb.String()))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	for b.Loop() {
		eng.Lint(doc, analyzer.Options{NoticeLang: "fi"})
	}
}

// BenchmarkPipeline reads (from memory) and lints every corpus notice: the
// per-notice work of `seloste lint` without the process and the report.
func BenchmarkPipeline(b *testing.B) {
	eng, err := NewEngine()
	if err != nil {
		b.Fatal(err)
	}
	paths, _ := filepath.Glob("../corpus/notices/*.txt")
	var datas [][]byte
	total := 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		datas = append(datas, data)
		total += len(data)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for i, data := range datas {
			doc, err := extract.Parse(paths[i], data, "", extract.Options{})
			if err != nil {
				b.Fatal(err)
			}
			eng.Lint(doc, analyzer.Options{})
		}
	}
	b.ReportMetric(float64(len(datas)*b.N)/b.Elapsed().Seconds(), "notices/s")
}
