package main

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// progressMin is the number of inputs above which a run shows progress:
// fewer finish before a person would wonder.
const progressMin = 20

// progress shows "linting 120/5000 …" on stderr, rewritten in place with
// \r, and clears it at the end. It is silent when stderr is not a terminal
// (CI logs, pipes) or when there are few inputs.
type progress struct {
	w     io.Writer
	total int
	on    bool
	last  time.Time
	width int
}

func newProgress(e *env, total int) *progress {
	return &progress{w: e.stderr, total: total, on: total > progressMin && e.isTerminal(e.stderr)}
}

// update shows that done inputs are finished, at most ten times a second.
func (p *progress) update(done int) {
	if !p.on {
		return
	}
	now := time.Now()
	if done < p.total && now.Sub(p.last) < 100*time.Millisecond {
		return
	}
	p.last = now
	line := fmt.Sprintf("linting %d/%d …", done, p.total)
	if n := len([]rune(line)); n > p.width {
		p.width = n
	}
	fmt.Fprintf(p.w, "\r%s", line)
}

// done clears the line, so that what follows on stderr starts clean.
func (p *progress) done() {
	if p.on && p.width > 0 {
		fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", p.width))
	}
}
