# seloste — build, test and score the privacy-notice linter.
# `make help` lists the targets.

GO      ?= go
BIN     ?= bin/seloste
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.version=$(VERSION)

.PHONY: all help build install test lint fmt-check eval bench fuzz clean

all: build

help: ## list the targets
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-10s %s\n", $$1, $$2}'

build: ## build bin/seloste
	$(GO) build -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/seloste

install: ## install seloste into $GOBIN (or $GOPATH/bin)
	$(GO) install -ldflags '$(LDFLAGS)' ./cmd/seloste

test: lint ## vet, check formatting, run every test
	$(GO) test ./...

lint: fmt-check ## go vet and gofmt, failing on any report
	$(GO) vet ./...

fmt-check:
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "gofmt needed on:"; echo "$$out"; exit 1; fi

eval: ## score the rules against the labelled corpus
	$(GO) run ./cmd/seloste eval corpus

bench: ## Go benchmarks (readers, engine), then the whole-process benchmark
	$(GO) test -bench=. -run='^$$' ./...
	$(MAKE) bench-e2e

bench-e2e: ## whole-process benchmark on a replicated corpus, vs grep and pdftotext
	scripts/bench.sh

FUZZTIME ?= 30s
FUZZPAR  ?= 2
# time to minimise each new input; go's default, 60s, leaves little to fuzz
FUZZMIN  ?= 5s
FUZZ_TARGETS = ./analyzer/extract:FuzzText ./analyzer/extract:FuzzHTML ./analyzer/extract:FuzzDOCX \
	./analyzer/extract:FuzzPDF ./analyzer/extract:FuzzParse ./analyzer/extract:FuzzLint ./analyzer/fix:FuzzViewLocate

fuzz: ## fuzz every target for FUZZTIME each (crashers land in testdata/fuzz/)
	@set -e; for t in $(FUZZ_TARGETS); do \
		echo "== $${t#*:} ($(FUZZTIME))"; \
		$(GO) test -run='^$$' -fuzz="^$${t#*:}$$" -fuzztime=$(FUZZTIME) -fuzzminimizetime=$(FUZZMIN) -parallel=$(FUZZPAR) $${t%%:*}; \
	done

clean: ## remove build output
	rm -rf bin
