#!/usr/bin/env bash
# The continuity check of story clustering: does one event stay one story as its coverage moves
# from the first reports to the aftermath, tolls and reactions, while a new event of the same kind
# at the same place weeks later starts a new story? Two streams, both in the git-ignored
# .bench/clustering/:
#  - generated: scripts/generate-articles.py --multi-day 0.5 --repeat 0.15 (half the events covered
#    for 5-14 days with drifting vocabulary; some events repeat an earlier event's type and place
#    at least ten days after its coverage ends), seed 3 (the speed benchmark uses seed 1);
#  - ECB+ dated: the ECB+ development articles of the non-blind topics, each event given a first
#    day and its articles spread over up to ten days, the two events of a topic 30-90 days apart
#    (scripts/ecbplus-dated.py).
# Prints `parallax eval clustering` for each, fed in one batch and in batches of 200 as the store's
# ingest feeds them: BCubed F1 and stories per true (multi-day) story.
# Usage: scripts/cluster-continuity.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cache=.bench/clustering
mkdir -p "$cache"
# PARALLAX=path picks the binary (default: the release build, built if absent).
if [ -z "${PARALLAX:-}" ]; then
    [ -x .build/release/parallax ] || swift build -c release --product parallax
    PARALLAX=.build/release/parallax
fi
generator=$(sha1sum scripts/generate-articles.py | cut -c1-10)
stream="$cache/continuity-seed3-$generator.jsonl"
if [ ! -s "$stream" ]; then
    python3 scripts/generate-articles.py --count 6000 --days 40 --seed 3 --multi-day 0.5 --repeat 0.15 --label \
        >"$stream.part"
    mv "$stream.part" "$stream"
fi
echo "--- generated stream with multi-day coverage (6000 articles, seed 3), one batch"
"$PARALLAX" eval clustering "$stream"
echo "--- the same in batches of 200"
"$PARALLAX" eval clustering "$stream" --batch-size 200
ecb=../shared/eval/clustering/ecbplus-dev.jsonl
if [ -f "$ecb" ]; then
    dated="$cache/ecbplus-dated.jsonl"
    python3 scripts/ecbplus-dated.py "$ecb" >"$dated"
    echo "--- ECB+ development articles of the non-blind topics, dated, one batch"
    "$PARALLAX" eval clustering "$dated"
    echo "--- the same in batches of 200"
    "$PARALLAX" eval clustering "$dated" --batch-size 200
else
    echo "skipped: $ecb is absent (ECB+ development topics live in ../shared/eval/clustering)"
fi
