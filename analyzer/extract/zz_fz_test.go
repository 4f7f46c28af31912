package extract

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestZZFuzzFile(t *testing.T) {
	f := os.Getenv("FZFILE")
	if f == "" {
		t.Skip()
	}
	raw, _ := os.ReadFile(f)
	lines := strings.SplitN(string(raw), "\n", 3)
	s := strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(lines[1]), "[]byte("), ")")
	data, err := strconv.Unquote(s)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(f+".pdf", []byte(data), 0o644)
	start := time.Now()
	_, err = PDF("x", []byte(data), Options{})
	fmt.Println(time.Since(start), err)
}
