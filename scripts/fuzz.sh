#!/usr/bin/env bash
# Runs every libFuzzer target of Fuzz/ for FUZZ_SECONDS each (default 60), starting from the
# seed corpus kept in Fuzz/Corpus/TARGET. A crash, an input taking over 5 s (-timeout=5) or
# one needing over 200 MB (-rss_limit_mb=200) fails the run; the input is left in
# out/fuzz/TARGET-crash-… (or -timeout-…, -oom-…) to reproduce with
#   Fuzz/.build/release/TARGET out/fuzz/TARGET-crash-…
# New inputs the fuzzer finds go to out/fuzz/corpus/TARGET (not kept in the repository).
# FUZZ_TARGETS="FuzzFeedParser FuzzRoutes" runs only those.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${FUZZ_SECONDS:-60}"
targets="${FUZZ_TARGETS:-FuzzHTMLExtractor FuzzFeedParser FuzzJSONLReader FuzzTextCleaner FuzzRoutes}"

# The fuzz package pins the versions the main package resolved, so no new download is needed.
if [ -f Package.resolved ]; then cp Package.resolved Fuzz/Package.resolved; fi
# Sanitizer flags stay inside Fuzz/.build; products after the first reuse what it built.
for target in $targets; do
    swift build --package-path Fuzz -c release -Xswiftc -sanitize=fuzzer \
        --product "$target" 2>&1 | grep -Ev '^\[[0-9]+/[0-9]+\]' || true
    test -x "Fuzz/.build/release/$target" || { echo "fuzz: $target did not build" >&2; exit 1; }
done

mkdir -p out/fuzz
status=0
for target in $targets; do
    mkdir -p "out/fuzz/corpus/$target"
    echo "--- fuzz $target for ${seconds} s"
    if ! "Fuzz/.build/release/$target" "out/fuzz/corpus/$target" "Fuzz/Corpus/$target" \
        -max_total_time="$seconds" -timeout=5 -rss_limit_mb=200 -max_len=65536 \
        -artifact_prefix="out/fuzz/$target-" -print_final_stats=1 >"out/fuzz/$target.log" 2>&1; then
        echo "fuzz: $target failed; see out/fuzz/$target.log" >&2
        grep -E 'ERROR|Fatal error|deadly signal|timeout|out-of-memory|Test unit written' "out/fuzz/$target.log" | head -20 >&2 || true
        status=1
    fi
    grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)' "out/fuzz/$target.log" | tr '\n' ' '
    echo
done
exit $status
