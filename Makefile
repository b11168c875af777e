# dateline: the Makefile is the user interface.
#   make all                         build out/ from raw/
#   make all RAW=dir OUT=dir JOBS=n  any corpus, any number of workers
#   make test                        type-check and run the test suite
#   make diff OLD=a NEW=b [FORMAT=json]  rows added, removed and changed between two datasets
#   make diff [REV=HEAD~1]           out/ against the out/ committed at a revision
#   make bench                       BBC News x8: throughput and peak memory beside chrono-node, and a re-run after one edit
#   make bench-written               138 written pages in the seeds' field (bench/written), scored like the seeds
#   make bench-stages                milliseconds per article of each per-document stage, one thread (BBC News)
#   make clean                       remove $(OUT) and leftovers of interrupted runs (the cache stays; make clean-cache)
# STRICT=1 makes `make all` exit non-zero when anything was rejected.

RAW ?= raw
OUT ?= out
JOBS ?= $(shell node -p "require('os').availableParallelism()" 2>/dev/null || echo 2)
STRICT ?=
# Articles whose bytes, manifest entry and pipeline did not change are taken from here (CACHE= for none).
CACHE ?= .dateline-cache
# The dataset a build is a new version of (its version number and changelog); default: $(OUT) as it is.
PREVIOUS ?=
# make diff: OLD and NEW out folders, or out/ against the out/ of a git revision (REV, default HEAD).
OLD ?=
NEW ?=
REV ?= HEAD
FORMAT ?= text

NODE := node
# Single-threaded GC: the worker pool keeps every core busy, and V8's GC helper threads would only compete with it
# (a re-run of BBC News x8 publishes in 5.7 s instead of 6.9 s).
DATELINE := $(NODE) --single-threaded-gc bin/dateline.mjs

.PHONY: all test typecheck clean clean-cache diff score bench bench-boilerplate bench-timex bench-stages bench-written

all: node_modules/.installed
	$(DATELINE) run --raw "$(RAW)" --out "$(OUT)" --jobs $(JOBS) $(if $(CACHE),--cache "$(CACHE)",) $(if $(filter 1 true yes,$(STRICT)),--strict,) $(if $(PREVIOUS),--previous "$(PREVIOUS)",)

# Row diff between two datasets: make diff OLD=dir NEW=dir [FORMAT=json], or
# make diff [REV=rev] for out/ against the out/ committed at REV.
diff: node_modules/.installed
ifneq ($(OLD),)
	@$(DATELINE) diff "$(OLD)" "$(or $(NEW),$(OUT))" --format $(FORMAT)
else
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	git archive "$(REV)" out | tar -x -C "$$tmp" && \
	$(DATELINE) diff "$$tmp/out" "$(or $(NEW),out)" --format $(FORMAT)
endif

test: node_modules/.installed typecheck
	npx vitest run

typecheck: node_modules/.installed
	npx tsc --noEmit -p .

# Scores against the hand annotation and the development benchmarks in ../shared
# (the scorer is ../shared/tools/score.py; each bench writes to a scratch folder).
SHARED ?= ../shared
SCORE := python3 $(SHARED)/tools/score.py
BENCH_OUT ?= $(or $(TMPDIR),/tmp)/dateline-bench

score: all
	$(SCORE) seeds "$(OUT)" $(SHARED)/gold/seeds.json $(SHARED)/seeds

bench-boilerplate: node_modules/.installed
	$(DATELINE) run --raw $(SHARED)/bench/boilerplate/scrapinghub-dev/raw --out "$(BENCH_OUT)/boilerplate" --jobs $(JOBS)
	$(SCORE) boilerplate "$(BENCH_OUT)/boilerplate" $(SHARED)/bench/boilerplate/scrapinghub-dev/gold.jsonl

bench-timex: node_modules/.installed
	$(DATELINE) run --raw $(SHARED)/bench/timex/tbaq/raw --out "$(BENCH_OUT)/timex" --jobs $(JOBS)
	$(SCORE) timex "$(BENCH_OUT)/timex" $(SHARED)/bench/timex/tbaq/gold.jsonl
	$(NODE) bench/timex-breakdown.mjs "$(BENCH_OUT)/timex" $(SHARED)/bench/timex/tbaq/gold.jsonl

# The written development articles of bench/written (gold in the seeds' format).
bench-written: node_modules/.installed
	for set in hold1 hold2 hold3 hold4 hold5 hold6 hold7 hold8 hold9 hold10 hold11 hold12 hold13 hold14 hold15 hold16 hold17 hold18 hold19 hold20 hold21 hold22 hold23; do \
	  $(DATELINE) run --raw bench/written/$$set/raw --out "$(BENCH_OUT)/written-$$set" --jobs $(JOBS) >/dev/null && \
	  $(SCORE) seeds "$(BENCH_OUT)/written-$$set" bench/written/$$set/gold.json bench/written/$$set/raw | tail -2; \
	done

# Where an article's time goes: each stage over the BBC corpus, one thread (bench/stages.ts).
bench-stages: node_modules/.installed
	$(NODE) --import tsx bench/stages.ts $(SHARED)/bench/corpora/bbc

# Throughput and memory on 17,800 articles (bench/bench.mjs; writes bench-out/).
bench: node_modules/.installed
	JOBS=$(JOBS) SHARED=$(SHARED) $(NODE) bench/bench.mjs

# npm ci when node_modules is missing or older than the lockfile.
node_modules/.installed: package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

clean-cache:
	rm -rf "$(CACHE)"

clean:
	rm -rf "$(OUT)"
	find "$(dir $(abspath $(OUT)))" -maxdepth 1 \( -name ".$(notdir $(abspath $(OUT))).new-*" -o -name ".$(notdir $(abspath $(OUT))).old-*" \) -exec rm -rf {} +
