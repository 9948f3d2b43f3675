#!/bin/sh
# Seventh pass (docs/claims.md): one setting's labelled supports and folds.
# usage: BIN=... scripts/claims-support-sweep.sh NAME [COVERAGE [NUMBERS]]
#   COVERAGE: supportCoverage (default: the build's), NUMBERS: supportsRepeatTheNumbers (true/false).
# Digests the 12 labelled working events into .bench/claims/briefs/s7-NAME, prints support precision
# and facts fully supported (scripts/claims-supports.py), then the two folds (scripts/claims-cv.sh).
B=${BIN:-.build/debug/parallax}; name=$1
digest=""; eval=""
if [ -n "$2" ]; then digest="--support-coverage $2"; eval="--setting supportCoverage=$2"; fi
if [ -n "$3" ]; then
  digest="$digest --supports-repeat-the-numbers $3"; eval="$eval --setting supportsRepeatTheNumbers=$3"
fi
out=.bench/claims/briefs/s7-$name; mkdir -p $out
for e in 1_ecb 1_ecbplus 2_ecb 2_ecbplus 4_ecb 4_ecbplus 5_ecb 5_ecbplus 6_ecb 6_ecbplus 8_ecb 8_ecbplus; do
  nice -n 10 $B digest .bench/claims/inputs/event-$e.jsonl --format json $digest > $out/event-$e.json 2>/dev/null
done
python3 scripts/claims-supports.py $out
BIN=$B nice -n 10 scripts/claims-cv.sh $eval
