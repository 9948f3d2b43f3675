#!/bin/sh
# Seventh pass (docs/claims.md): one setting's labelled supports and folds.
# usage: BIN=... scripts/claims-support-sweep.sh NAME [overrides, e.g. --support-coverage 0.3]
# Digests the 12 labelled working events into .bench/claims/briefs/s7-NAME (the overrides go to
# `parallax digest`), prints support precision and facts fully supported (scripts/claims-supports.py),
# then the two folds (scripts/claims-cv.sh, the same overrides to `parallax eval corroboration`).
B=${BIN:-.build/debug/parallax}; name=$1; shift
out=.bench/claims/briefs/s7-$name; mkdir -p $out
for e in 1_ecb 1_ecbplus 2_ecb 2_ecbplus 4_ecb 4_ecbplus 5_ecb 5_ecbplus 6_ecb 6_ecbplus 8_ecb 8_ecbplus; do
  nice -n 10 $B digest .bench/claims/inputs/event-$e.jsonl --format json "$@" > $out/event-$e.json 2>/dev/null
done
python3 scripts/claims-supports.py $out
BIN=$B nice -n 10 scripts/claims-cv.sh "$@"
