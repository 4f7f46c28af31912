package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// The readers' benchmarks (BenchmarkPDF is in pdf_test.go): each reads
// every fixture of its format once per iteration. `make bench` runs them.

func benchReader(b *testing.B, pattern string, read func(name string, data []byte) error) {
	files, _ := filepath.Glob(filepath.Join("testdata", pattern))
	if len(files) == 0 {
		b.Skip("no fixtures " + pattern)
	}
	var datas [][]byte
	total := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
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
			if err := read(files[i], data); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(datas)*b.N)/b.Elapsed().Seconds(), "docs/s")
}

func BenchmarkText(b *testing.B) {
	benchReader(b, "seeds/*.txt", func(name string, data []byte) error {
		_, err := Text(name, data)
		return err
	})
}

func BenchmarkHTML(b *testing.B) {
	benchReader(b, "html/*.html", func(name string, data []byte) error {
		_, err := HTML(name, data, "")
		return err
	})
}

func BenchmarkDOCX(b *testing.B) {
	benchReader(b, "docx/*.docx", func(name string, data []byte) error {
		_, err := DOCX(name, data, Options{})
		return err
	})
}
