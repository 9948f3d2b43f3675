# Parallax: `make demo` and `make test` work on a fresh Debian/Ubuntu or macOS machine.
SWIFT ?= swift
RELEASE := .build/release/parallax

.PHONY: deps build demo test lint format bench bench-extraction bench-cluster clean

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

bench-cluster: build
	@scripts/bench-cluster.sh

clean:
	rm -rf .build
