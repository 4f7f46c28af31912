package main

import (
	"context"
	"fmt"
	"math"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"

	"github.com/urfave/cli/v3"

	"github.com/seloste/seloste/analyzer"
	"github.com/seloste/seloste/analyzer/extract"
	"github.com/seloste/seloste/analyzer/report"
)

// Flag categories; --help lists them alphabetically.
const (
	catOutput   = "Output"
	catChecking = "Checking"
	catReading  = "Reading"
)

var languages = []string{"fi", "sv", "en"}

func newApp(e *env) *cli.Command {
	onUsageError := func(_ context.Context, cmd *cli.Command, err error, _ bool) error {
		return usageError(cmd.FullName(), "%v", err)
	}
	return &cli.Command{
		Name:  "seloste",
		Usage: "check privacy notices against GDPR Articles 13 and 14",
		Description: `seloste reads a published privacy notice (tietosuojaseloste,
dataskyddsbeskrivning, privacy notice) in Finnish, Swedish or English, as
text, HTML, PDF or DOCX, from a file, a folder, standard input or a URL. It
reports which of the information items GDPR Articles 13 and 14 require are
missing, and statements that are wrong or outdated, with a rule id, the
article, the place in the notice and the quoted text.

Start with:   seloste lint NOTICE-OR-FOLDER
More:         seloste lint --help, seloste rules, seloste explain RULE`,
		Reader:          e.stdin,
		Writer:          e.stdout,
		ErrWriter:       e.stderr,
		HideVersion:     true, // our own --version prints "seloste <version>"
		HideHelpCommand: true,
		Suggest:         true,
		// Errors come back to run, which prints them and picks the exit code.
		ExitErrHandler: func(context.Context, *cli.Command, error) {},
		OnUsageError:   onUsageError,
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "version", Aliases: []string{"v"}, Local: true, Usage: "print the version and exit"},
		},
		Action: func(ctx context.Context, cmd *cli.Command) error {
			if cmd.Bool("version") {
				fmt.Fprintf(e.stdout, "seloste %s\n", versionString())
				return nil
			}
			if cmd.Args().Len() > 0 {
				arg := cmd.Args().First()
				if looksLikeInput(arg) {
					return usageError("seloste", "unknown command %q (to check a notice: seloste lint %s)", arg, arg)
				}
				return usageError("seloste", "unknown command %q (commands: lint, diff, fix, rules, explain, eval, version)", arg)
			}
			return cli.ShowRootCommandHelp(cmd)
		},
		Commands: []*cli.Command{
			lintCommand(e, onUsageError),
			rulesCommand(e, onUsageError),
			explainCommand(e, onUsageError),
			evalCommand(e, onUsageError),
			diffCommand(e, onUsageError),
			fixCommand(e, onUsageError),
			lexiconCommand(e, onUsageError),
			{
				Name:         "version",
				Usage:        "print the version",
				OnUsageError: onUsageError,
				Action: func(context.Context, *cli.Command) error {
					fmt.Fprintf(e.stdout, "seloste %s\n", versionString())
					return nil
				},
			},
		},
	}
}

// looksLikeInput tells a notice given without `lint` from a mistyped
// command.
func looksLikeInput(arg string) bool {
	if arg == "-" || strings.Contains(arg, "://") || strings.ContainsAny(arg, "./\\") {
		return true
	}
	_, err := os.Stat(arg)
	return err == nil
}

func langFlag() *cli.StringFlag {
	return &cli.StringFlag{
		Name:     "lang",
		Category: catOutput,
		Usage:    "`LANG` of messages: fi, sv or en (default: $SELOSTE_LANG, else the locale)",
	}
}

func lintCommand(e *env, onUsageError cli.OnUsageErrorFunc) *cli.Command {
	return &cli.Command{
		Name:      "lint",
		Usage:     "check notices and report what is missing or wrong",
		ArgsUsage: "PATH|URL|- ...",
		Description: `Checks each notice and reports, per notice, the mandatory information
that is missing and the statements that are wrong or outdated. PATH is a
file (.txt .md .html .pdf .docx), a folder (every notice in it), an http(s)
URL, or - for standard input. Flags may come before or after the paths.

Examples:
  seloste lint corpus/notices/                 every notice in a folder
  seloste lint https://example.fi/tietosuoja   a published notice
  curl -s https://example.fi/privacy | seloste lint -
  seloste lint --checklist --lang fi seloste.pdf
  seloste lint notices/ --format json --output report.json
  seloste lint notices/ --fail-on warning      in CI: fail on warnings too

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it;
2 usage error; 3 an input could not be read (the others are still checked).`,
		OnUsageError: onUsageError,
		Flags: append([]cli.Flag{
			&cli.StringSliceFlag{Name: "format", Aliases: []string{"f"}, Category: catOutput,
				Usage: "report `FORMAT`: " + strings.Join(report.Formats(), ", ") + " (default text); repeat with --output for several reports"},
			&cli.StringSliceFlag{Name: "output", Aliases: []string{"o"}, Category: catOutput, TakesFile: true,
				Usage: "write the report of the matching --format to `FILE` (in order; the last --format without one goes to standard output)"},
			&cli.StringFlag{Name: "baseline", Category: catChecking, TakesFile: true,
				Usage: "report only findings not recorded in baseline `FILE`"},
			&cli.StringFlag{Name: "write-baseline", Category: catChecking, TakesFile: true,
				Usage: "record this run's findings in baseline `FILE`"},
			&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Category: catOutput,
				Usage: "findings only: no headers, summaries or suggested fixes"},
			&cli.BoolFlag{Name: "checklist", Category: catOutput,
				Usage: "list the 21 information items per notice: ✔ present, ✗ missing, – not applicable"},
			noColorFlag(),
			&cli.StringFlag{Name: "fail-on", Category: catChecking, Value: "error",
				Usage: "exit 1 on a finding of this `SEVERITY` or worse: error, warning, info or none"},
			&cli.DurationFlag{Name: "doc-timeout", Category: catReading, Value: extract.DefaultTimeout,
				Usage: "give up reading one notice (once downloaded) after this `DURATION`"},
			&cli.StringFlag{Name: "max-text", Category: catReading, Value: "4MiB",
				Usage: "skip notices whose extracted text is larger than `SIZE`"},
			&cli.DurationFlag{Name: "host-delay", Category: catReading, Value: extract.DefaultHostDelay,
				Usage: "wait this `DURATION` between requests to the same web server (at most 2 at a time)"},
			&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, Category: catReading, Value: runtime.NumCPU(),
				Usage: "read and check `N` notices at a time (the report keeps the input order)"},
		}, readingFlags()...),
		Action: func(ctx context.Context, cmd *cli.Command) error {
			cfg, err := lintConfigFrom(cmd, e)
			if err != nil {
				return err
			}
			return runLint(ctx, e, cfg)
		},
	}
}

// lintConfigFrom checks the flags of `seloste lint` and turns them into a
// lintConfig.
func lintConfigFrom(cmd *cli.Command, e *env) (*lintConfig, error) {
	name := cmd.FullName()
	bad := func(format string, a ...any) (*lintConfig, error) { return nil, usageError(name, format, a...) }
	cfg := &lintConfig{
		args:          cmd.Args().Slice(),
		quiet:         cmd.Bool("quiet"),
		checklist:     cmd.Bool("checklist"),
		configFile:    cmd.String("config"),
		baseline:      cmd.String("baseline"),
		writeBaseline: cmd.String("write-baseline"),
		failOnSet:     cmd.IsSet("fail-on"),
		langSet:       cmd.IsSet("lang") || e.getenv("SELOSTE_LANG") != "",
	}
	if len(cfg.args) == 0 {
		return bad("no notice given: name a file, a folder, a URL or - for standard input")
	}
	outputs, err := pairOutputs(cmd.StringSlice("format"), cmd.StringSlice("output"))
	if err != nil {
		return bad("%v", err)
	}
	cfg.outputs = outputs
	failOn, err := analyzer.ParseSeverity(cmd.String("fail-on"))
	if err != nil {
		return bad("--fail-on: %v", err)
	}
	cfg.failOn = failOn
	lang, err := messageLang(cmd, e.getenv)
	if err != nil {
		return nil, usageError(name, "%v", err)
	}
	cfg.lint = analyzer.Options{MessageLang: lang, NoticeLang: cmd.String("notice-lang"), Controller: cmd.String("controller")}
	if l := cfg.lint.NoticeLang; l != "" && !slices.Contains(languages, l) {
		return bad("unknown --notice-lang %q (want fi, sv or en)", l)
	}
	if c := cfg.lint.Controller; c != "" && c != "public" && c != "private" {
		return bad("unknown --controller %q (want public or private)", c)
	}
	pdf := cmd.String("pdf-engine")
	if pdf != "builtin" && pdf != "pdftotext" {
		return bad("unknown --pdf-engine %q (want builtin or pdftotext)", pdf)
	}
	if cmd.Duration("timeout") <= 0 {
		return bad("--timeout must be positive, not %v", cmd.Duration("timeout"))
	}
	maxBytes, err := parseSize(cmd.String("max-bytes"))
	if err != nil {
		return bad("--max-bytes: %v", err)
	}
	if cmd.Duration("doc-timeout") <= 0 {
		return bad("--doc-timeout must be positive, not %v", cmd.Duration("doc-timeout"))
	}
	maxText, err := parseSize(cmd.String("max-text"))
	if err != nil {
		return bad("--max-text: %v", err)
	}
	if maxText > math.MaxInt32 {
		return bad("--max-text: %s is more than 2GiB", cmd.String("max-text"))
	}
	if cmd.Duration("host-delay") < 0 {
		return bad("--host-delay must not be negative, not %v", cmd.Duration("host-delay"))
	}
	if cfg.jobs = int(cmd.Int("jobs")); cfg.jobs < 1 {
		return bad("--jobs must be at least 1, not %d", cmd.Int("jobs"))
	}
	cfg.read = extract.Options{
		MaxBytes:    maxBytes,
		HTTPTimeout: cmd.Duration("timeout"),
		Timeout:     cmd.Duration("doc-timeout"),
		MaxText:     int(maxText),
		Hosts:       extract.NewHosts(extract.DefaultPerHost, cmd.Duration("host-delay")),
		PDFEngine:   pdf,
		UserAgent:   extract.UserAgentFor(versionString()),
	}
	// Colour only ever goes to standard output (writeReports).
	cfg.color = !cmd.Bool("no-color") && e.getenv("NO_COLOR") == "" && e.isTerminal(e.stdout)
	return cfg, nil
}

// messageLang is --lang, else $SELOSTE_LANG, else the locale's language.
func messageLang(cmd *cli.Command, getenv func(string) string) (string, error) {
	if cmd.IsSet("lang") {
		l := cmd.String("lang")
		if !slices.Contains(languages, l) {
			return "", fmt.Errorf("unknown --lang %q (want fi, sv or en)", l)
		}
		return l, nil
	}
	if l := getenv("SELOSTE_LANG"); l != "" {
		if !slices.Contains(languages, l) {
			return "", fmt.Errorf("unknown SELOSTE_LANG=%q (want fi, sv or en)", l)
		}
		return l, nil
	}
	return localeLang(getenv), nil
}

// localeLang maps the POSIX locale (LC_ALL, then LC_MESSAGES, then LANG) to
// fi or sv, and anything else to en.
func localeLang(getenv func(string) string) string {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		loc := getenv(v)
		if loc == "" {
			continue
		}
		switch {
		case loc == "fi" || strings.HasPrefix(loc, "fi_"):
			return "fi"
		case loc == "sv" || strings.HasPrefix(loc, "sv_"):
			return "sv"
		}
		return "en"
	}
	return "en"
}

// parseSize reads a byte count such as 1048576, 512KiB, 64MiB or 1GiB (KB,
// MB, GB and K, M, G mean the same powers of 1024).
func parseSize(s string) (int64, error) {
	t, mult := strings.TrimSpace(s), int64(1)
	for _, u := range sizeUnits {
		if rest, ok := strings.CutSuffix(t, u.suffix); ok {
			t, mult = strings.TrimSpace(rest), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("%q is not a size (want e.g. 1048576, 512KiB or 64MiB)", s)
	}
	if n <= 0 || n > math.MaxInt64/mult {
		return 0, fmt.Errorf("%q is out of range", s)
	}
	return n * mult, nil
}

// sizeUnits are tried in order: longer suffixes before their tails.
var sizeUnits = []struct {
	suffix string
	mult   int64
}{
	{"GiB", 1 << 30}, {"GB", 1 << 30}, {"G", 1 << 30},
	{"MiB", 1 << 20}, {"MB", 1 << 20}, {"M", 1 << 20},
	{"KiB", 1 << 10}, {"KB", 1 << 10}, {"kB", 1 << 10}, {"K", 1 << 10}, {"k", 1 << 10},
	{"B", 1},
}
