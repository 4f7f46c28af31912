package main

import (
	"fmt"

	"github.com/seloste/seloste/analyzer"
	"github.com/seloste/seloste/analyzer/baseline"
	"github.com/seloste/seloste/analyzer/config"
)

// applyConfigFile reads --config, or the .seloste.yaml found in the working
// directory or above it, and merges it under the command line: a flag (or
// $SELOSTE_LANG for the language) wins over the file. Rule ids are checked
// against the engine's rules.
func applyConfigFile(cfg *lintConfig, engine *analyzer.Engine) error {
	file := cfg.configFile
	if file == "" {
		found, err := config.Find(".")
		if err != nil {
			return err
		}
		if found == "" {
			return nil
		}
		file = found
	}
	var ids []string
	for _, r := range engine.Rules() {
		ids = append(ids, r.ID())
	}
	conf, err := config.Load(file, ids)
	if err != nil {
		return err
	}
	cfg.conf = conf
	conf.Apply(&cfg.lint)
	if conf.Lang != "" && !cfg.langSet {
		cfg.lint.MessageLang = conf.Lang
	}
	if conf.HasFailOn && !cfg.failOnSet {
		cfg.failOn = conf.FailOn
	}
	return nil
}

// loadBaseline reads --baseline before any input is read, so that a wrong
// path fails at once.
func loadBaseline(cfg *lintConfig) (*baseline.Baseline, error) {
	if cfg.baseline == "" {
		return nil, nil
	}
	return baseline.Load(cfg.baseline)
}

// applyBaseline writes --write-baseline from every finding of the run, then
// drops the findings --baseline accepts. It returns the results to report
// and how many findings the baseline hid.
func applyBaseline(cfg *lintConfig, base *baseline.Baseline, results []analyzer.Result) ([]analyzer.Result, int, error) {
	if cfg.writeBaseline != "" {
		if err := baseline.New(results).Save(cfg.writeBaseline); err != nil {
			return nil, 0, fmt.Errorf("--write-baseline: %w", err)
		}
	}
	if base == nil {
		return results, 0, nil
	}
	filtered, hidden := base.Filter(results)
	return filtered, hidden, nil
}
