// Command seloste checks published privacy notices (tietosuojaseloste,
// dataskyddsbeskrivning, privacy notice) against GDPR Articles 13 and 14 and
// reports missing information and wrong statements the way a linter does.
//
// This package is the command line only: flags, wiring and exit codes. The
// work is done by analyzer/extract (reading), rules (checking) and
// analyzer/report (writing).
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"

	"github.com/mattn/go-isatty"

	"github.com/seloste/seloste/analyzer"
	"github.com/seloste/seloste/rules"
)

// version is set at build time: -ldflags "-X main.version=v1.2.3".
var version string

// Exit codes: a public contract (DESIGN.md, "Exit codes").
const (
	exitOK         = 0 // no finding at or above --fail-on
	exitFindings   = 1 // findings at or above --fail-on
	exitUsage      = 2 // usage or configuration error
	exitUnreadable = 3 // one or more inputs could not be read
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args, systemEnv())
	stop()
	os.Exit(code)
}

// env is everything the command takes from the outside world, so that tests
// can run it in-process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	isTerminal     func(io.Writer) bool
	newEngine      func() (*analyzer.Engine, error)
	source         source
}

func systemEnv() *env {
	return &env{
		stdin:      os.Stdin,
		stdout:     os.Stdout,
		stderr:     os.Stderr,
		getenv:     os.Getenv,
		isTerminal: isTerminal,
		newEngine:  rules.NewEngine,
		source:     extractSource(),
	}
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

// run runs the command line args (args[0] is the program name) and returns
// the exit code.
func run(ctx context.Context, args []string, e *env) int {
	err := newApp(e).Run(ctx, args)
	if err == nil {
		return exitOK
	}
	var ex *exitError
	if errors.As(err, &ex) {
		if ex.err != nil {
			fmt.Fprintf(e.stderr, "seloste: %v\n", ex.err)
		}
		if ex.code == exitUsage {
			cmd := ex.cmd
			if cmd == "" {
				cmd = "seloste"
			}
			fmt.Fprintf(e.stderr, "Run '%s --help' for usage.\n", cmd)
		}
		return ex.code
	}
	// Errors urfave/cli returns itself are about the command line.
	fmt.Fprintf(e.stderr, "seloste: %v\nRun 'seloste --help' for usage.\n", err)
	return exitUsage
}

// exitError ends the command with an exit code and, when err is set, a
// one-line reason on stderr. For usage errors cmd names the command whose
// --help to suggest.
type exitError struct {
	code int
	err  error
	cmd  string
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit %d", e.code)
	}
	return e.err.Error()
}

// ExitCode makes exitError a cli.ExitCoder.
func (e *exitError) ExitCode() int { return e.code }

func usageError(cmd string, format string, a ...any) error {
	return &exitError{code: exitUsage, err: fmt.Errorf(format, a...), cmd: cmd}
}

// versionString is the version set at build time, else the module version
// `go install` recorded, else "dev".
func versionString() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}
