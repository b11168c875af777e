# dateline: the Makefile is the user interface.
#   make all                         build out/ from raw/
#   make all RAW=dir OUT=dir JOBS=n  any corpus, any number of workers
#   make test                        type-check and run the test suite
#   make clean                       remove $(OUT) and leftovers of interrupted runs
# STRICT=1 makes `make all` exit non-zero when anything was rejected.

RAW ?= raw
OUT ?= out
JOBS ?= $(shell node -p "require('os').availableParallelism()" 2>/dev/null || echo 2)
STRICT ?=

NODE := node
DATELINE := $(NODE) bin/dateline.mjs

.PHONY: all test typecheck clean

all: node_modules/.installed
	$(DATELINE) run --raw "$(RAW)" --out "$(OUT)" --jobs $(JOBS) $(if $(filter 1 true yes,$(STRICT)),--strict,)

test: node_modules/.installed typecheck
	npx vitest run

typecheck: node_modules/.installed
	npx tsc --noEmit -p .

# npm ci when node_modules is missing or older than the lockfile.
node_modules/.installed: package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

clean:
	rm -rf "$(OUT)"
	find "$(dir $(abspath $(OUT)))" -maxdepth 1 \( -name ".$(notdir $(abspath $(OUT))).new-*" -o -name ".$(notdir $(abspath $(OUT))).old-*" \) -exec rm -rf {} +
