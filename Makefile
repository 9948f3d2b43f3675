# Parallax: `make demo` and `make test` work on a fresh Debian/Ubuntu or macOS machine.
SWIFT ?= swift
RELEASE := .build/release/parallax

.PHONY: deps build demo test lint format bench bench-extraction browser-check crash-check postgres-check postgres-workers-check postgres-watch-check bench-ingest bench-serve bench-cluster bench-analyze fuzz hardening-check clean

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build -c release --product parallax

demo: build
	@$(RELEASE) digest Samples/news --format markdown

test: deps
	$(SWIFT) test

lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift

format:
	$(SWIFT) format --in-place --recursive Sources Tests Package.swift

bench: build
	@scripts/bench-digest.sh

bench-extraction: build
	@scripts/bench-extraction.sh

# The newsroom site in headless Chromium (installed from apt when absent); screenshots in out/.
browser-check: build
	@PARALLAX=$(RELEASE) scripts/browser-check.sh

# Issue 15's acceptance: 401/415/421 on hostile posts, a javascript: URL never a link in Chromium.
hardening-check: build
	@PARALLAX=$(RELEASE) scripts/hardening-check.sh

# SIGKILLs an ingest of 10,000 generated articles at random moments and checks the store.
crash-check: build
	@PARALLAX=$(RELEASE) scripts/crash-ingest.sh 10000 4

# Issue 16: three ingests into one PostgreSQL, two SIGKILLed, then PostgreSQL restarted mid-ingest;
# every article stored once, every brief current (needs scripts/postgres-local.sh start).
postgres-check: build
	@PARALLAX=$(RELEASE) scripts/postgres-fault-check.sh 2000

# Issue 16: 10,000 queued articles, three `parallax worker`s: the assignment holder SIGKILLed
# (restarted), its lock's connection terminated, another worker SIGKILLed, PostgreSQL restarted;
# every article stored once, every brief current, the assignment taken over (105 s here).
postgres-workers-check: build
	@PARALLAX=$(RELEASE) scripts/postgres-worker-check.sh 10000

# Issue 16: two `parallax watch` processes over six loopback feeds: PostgreSQL restarted, one
# watcher SIGKILLed; each feed polled once per interval, every item stored once.
postgres-watch-check: build
	@PARALLAX=$(RELEASE) scripts/postgres-watch-check.sh

bench-ingest: build
	@PARALLAX=$(RELEASE) scripts/bench-ingest.sh

bench-serve: build
	@PARALLAX=$(RELEASE) scripts/bench-serve.sh

bench-cluster: build
	@scripts/bench-cluster.sh

# The analysis stage alone, one core: 10,000 PolNeAR news articles (from ../shared) and 10,000 generated ones.
bench-analyze: build
	@scripts/bench-analyze.sh

# libFuzzer over the HTML extractor, feed parser, JSONL reader, text cleaner and HTTP routes,
# FUZZ_SECONDS each (default 60); crashes, hangs over 5 s and inputs over 200 MB fail.
FUZZ_SECONDS ?= 60
fuzz: deps
	@FUZZ_SECONDS=$(FUZZ_SECONDS) scripts/fuzz.sh

clean:
	rm -rf .build
