#!/bin/sh
# Seventh and eighth passes (docs/claims.md): one setting's labelled supports and folds.
# usage: BIN=... scripts/claims-support-sweep.sh NAME [COVERAGE [NUMBERS]] [SETTING=VALUE ...]
#   COVERAGE: supportCoverage (default: the build's), NUMBERS: supportsRepeatTheNumbers (true/false),
#   SETTING=VALUE: any other alignment setting (e.g. supportRivalMargin=0.05), passed to both
#   `parallax digest` and `eval corroboration` as --setting SETTING=VALUE.
# Digests the 12 labelled working events into .bench/claims/briefs/s7-NAME, prints support precision
# and facts fully supported (scripts/claims-supports.py), then the two folds (scripts/claims-cv.sh).
B=${BIN:-.build/debug/parallax}; name=$1; shift
settings=""
case "$1" in *=*|"") ;; *) settings="--setting supportCoverage=$1"; shift ;; esac
case "$1" in *=*|"") ;; *) settings="$settings --setting supportsRepeatTheNumbers=$1"; shift ;; esac
for pair in "$@"; do settings="$settings --setting $pair"; done
out=.bench/claims/briefs/s7-$name; mkdir -p $out
for e in 1_ecb 1_ecbplus 2_ecb 2_ecbplus 4_ecb 4_ecbplus 5_ecb 5_ecbplus 6_ecb 6_ecbplus 8_ecb 8_ecbplus; do
  nice -n 10 $B digest .bench/claims/inputs/event-$e.jsonl --format json $settings > $out/event-$e.json 2>/dev/null
done
python3 scripts/claims-supports.py $out
BIN=$B nice -n 10 scripts/claims-cv.sh $settings
