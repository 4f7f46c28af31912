package extract

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"time"
)

// ErrTimeout: a reader ran past Options.Timeout and was given up on.
var ErrTimeout = errors.New("reading took too long")

// docLimits is what a reader checks in its loops (XML tokens, HTML nodes):
// the document's deadline, cancellation, and the text and block budgets.
type docLimits struct {
	ctx       context.Context
	maxText   int
	maxBlocks int
	steps     int
}

func newDocLimits(ctx context.Context, opt Options) *docLimits {
	return &docLimits{ctx: ctx, maxText: opt.MaxText, maxBlocks: opt.MaxBlocks}
}

// step is called once per unit of work; every 256 calls it looks at the
// clock, and it checks the sizes gathered so far on every call.
func (l *docLimits) step(textLen, blocks int) error {
	if l == nil {
		return nil
	}
	if textLen > l.maxText {
		return fmt.Errorf("extracted text beyond %d bytes: %w", l.maxText, ErrTooLarge)
	}
	if blocks > l.maxBlocks {
		return fmt.Errorf("more than %d blocks of text: %w", l.maxBlocks, ErrTooLarge)
	}
	if l.steps++; l.steps%256 == 0 {
		if err := l.ctx.Err(); err != nil {
			return errStopped
		}
	}
	return nil
}

// errStopped tells the watchdog in parse that a reader noticed its
// deadline (or cancellation) and returned; parse words the error.
var errStopped = errors.New("stopped at the deadline")

// abandoned counts reader goroutines that ran past their deadline without
// returning (a library call we cannot interrupt). Go cannot kill a
// goroutine, so each keeps its CPU and memory until it ends; after
// Options.MaxAbandoned of them, parse refuses the formats that could get
// stuck (everything but plain text) rather than pile up more. This is the
// one piece of process-wide state of the package: what it counts is
// process-wide.
var abandoned atomic.Int64

// Abandoned returns the number of readers given up on that are still
// running.
func Abandoned() int { return int(abandoned.Load()) }

// watch runs read in its own goroutine and returns its result, or an error
// naming the input once the deadline of ctx has passed and a grace period
// for the reader to notice it has gone by. A reader that does not return
// is left behind and counted in abandoned until it does.
func watch[T any](ctx context.Context, name string, timeout time.Duration, read func() (T, error)) (T, error) {
	type result struct {
		v   T
		err error
	}
	done := make(chan result, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				var zero T
				done <- result{zero, fmt.Errorf("%s: reader failed on malformed input (%v): %w", name, r, ErrCorrupt)}
			}
		}()
		v, err := read()
		done <- result{v, err}
	}()
	var zero T
	select {
	case r := <-done:
		if errors.Is(r.err, errStopped) || errors.Is(r.err, ErrTimeout) {
			return zero, stopError(ctx, name, timeout)
		}
		return r.v, r.err
	case <-ctx.Done():
	}
	// Readers check the deadline in their loops and return within
	// milliseconds; the grace also lets the PDF reader's own watchdog
	// (which fires at 110 % of the timeout) speak first.
	grace := time.NewTimer(timeout/5 + time.Second)
	defer grace.Stop()
	select {
	case r := <-done:
		if r.err == nil || errors.Is(r.err, errStopped) || errors.Is(r.err, ErrTimeout) {
			return zero, stopError(ctx, name, timeout)
		}
		return r.v, r.err
	case <-grace.C:
		abandoned.Add(1)
		go func() {
			<-done
			abandoned.Add(-1)
		}()
		return zero, stopError(ctx, name, timeout)
	}
}

// stopError words why a reader was stopped: its deadline (also when a
// reader's own watchdog noticed it first), or the run being cancelled.
func stopError(ctx context.Context, name string, timeout time.Duration) error {
	if err := ctx.Err(); errors.Is(err, context.Canceled) && !errors.Is(context.Cause(ctx), errDocDeadline) {
		return fmt.Errorf("%s: %w", name, err)
	}
	return fmt.Errorf("%s: reading took longer than %v, gave up: %w", name, timeout, ErrTimeout)
}

var errDocDeadline = errors.New("document deadline")
