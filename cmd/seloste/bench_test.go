package main

import (
	"context"
	"io"
	"testing"
)

// BenchmarkLintOne runs `seloste lint` on one notice in-process: what a
// run costs besides the Go runtime's start (scripts/bench.sh measures the
// whole process).
func BenchmarkLintOne(b *testing.B) {
	e := systemEnv()
	e.stdout, e.stderr = io.Discard, io.Discard
	args := []string{"seloste", "lint", "--fail-on", "none", "../../corpus/notices/002-rautavaara-asiakasrekisteri.txt"}
	b.ReportAllocs()
	for b.Loop() {
		if code := run(context.Background(), args, e); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}
