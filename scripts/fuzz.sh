#!/usr/bin/env bash
# Runs every libFuzzer target of Fuzz/ for FUZZ_SECONDS each (default 60), starting from the
# seed corpus kept in Fuzz/Corpus/TARGET. A crash, an input taking over 5 s (-timeout=5) or
# one needing over 200 MB (-rss_limit_mb=200) fails the run and prints the saved input, which
# replays with
#   Fuzz/.build/release/parallax-fuzz TARGET out/fuzz/TARGET-crash-…
# New inputs the fuzzer finds go to out/fuzz/corpus/TARGET (not kept in the repository).
# FUZZ_TARGETS="feed-parser routes" runs only those.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${FUZZ_SECONDS:-60}"
targets="${FUZZ_TARGETS:-html-extractor feed-parser jsonl-reader text-cleaner routes}"
fuzzer=Fuzz/.build/release/parallax-fuzz

# The fuzz package pins the versions the main package resolved, so no new download is needed.
if [ -f Package.resolved ]; then cp Package.resolved Fuzz/Package.resolved; fi
# One executable for every target: the dependencies are built once, with coverage
# instrumentation (libFuzzer) and AddressSanitizer, into Fuzz/.build; later builds are incremental.
mkdir -p out/fuzz/linker
# Debian's gold (the linker swiftc picks on Linux) stops with "internal error in
# format_file_lineno" on libFuzzer + AddressSanitizer objects; the toolchain's lld links them.
# It is put in gold's place on PATH, so the compile commands, and with them the built modules,
# stay the same (-use-ld=lld among -Xswiftc flags would rebuild every module).
lld="$(dirname "$(command -v swift)")/ld.lld"
if [ -x "$lld" ]; then
    printf '#!/bin/sh\nexec "%s" "$@"\n' "$lld" >out/fuzz/linker/ld.gold
    chmod +x out/fuzz/linker/ld.gold
    export PATH="$PWD/out/fuzz/linker:$PATH"
fi
started=$(date +%s)
swift build --package-path Fuzz -c release -Xswiftc -sanitize=fuzzer,address --product parallax-fuzz \
    >out/fuzz/build.log 2>&1 || { tail -40 out/fuzz/build.log >&2; echo "fuzz: the build failed" >&2; exit 1; }
echo "--- fuzz build: $(($(date +%s) - started)) s"

# AddressSanitizer keeps freed memory aside (256 MB by default) to catch use after free; that
# would count against -rss_limit_mb, so it keeps 16 MB. Leak reports are off: the Swift runtime's
# caches and the routes target's store live for the whole run.
export ASAN_OPTIONS="${ASAN_OPTIONS:-quarantine_size_mb=16:detect_leaks=0}"
# A Swift runtime failure goes straight to libFuzzer's handler, which saves the input; the
# runtime's own backtracer would run first, slowly, and trips AddressSanitizer itself.
export SWIFT_BACKTRACE=enable=no
status=0
for target in $targets; do
    test -d "Fuzz/Corpus/$target" || { echo "fuzz: no target $target" >&2; exit 2; }
    mkdir -p "out/fuzz/corpus/$target"
    rm -f out/fuzz/"$target"-*
    echo "--- fuzz $target for ${seconds} s"
    # The routes target holds about 200 MB before its first input (the instrumented server, its
    # store and the sample ingest) and its store keeps what the fuzzed POSTs add (about 3 KB a
    # request, with libFuzzer's own tables), so there the process may reach 1 GB while one input
    # may still allocate no more than 200 MB.
    memory="-rss_limit_mb=200"
    if [ "$target" = routes ]; then memory="-rss_limit_mb=1024 -malloc_limit_mb=200"; fi
    # shellcheck disable=SC2086
    if ! "$fuzzer" "$target" "out/fuzz/corpus/$target" "Fuzz/Corpus/$target" \
        -max_total_time="$seconds" -timeout=5 $memory -max_len=65536 \
        -artifact_prefix="out/fuzz/$target-" -print_final_stats=1 >"out/fuzz/$target.log" 2>&1; then
        echo "fuzz: $target failed; see out/fuzz/$target.log" >&2
        grep -E 'ERROR|Fatal error|deadly signal|timeout|out-of-memory|Test unit written' "out/fuzz/$target.log" |
            head -20 >&2 || true
        for input in out/fuzz/"$target"-*; do
            test -e "$input" || continue
            echo "fuzz: reproduce with $fuzzer $target $input" >&2
        done
        status=1
    fi
    grep -E '^stat::(number_of_executed_units|peak_rss_mb)' "out/fuzz/$target.log" | tr '\n' ' '
    echo
done
exit $status
