#!/usr/bin/env bash
# The evaluation figures issue 11 asks to list before and after a change, one line each, from one
# binary: extraction, dates, feeds, timex, clustering, quotes and corroboration on the development
# sets in SHARED/eval (default ../shared). Run it with two builds to compare them side by side.
#
# Usage: scripts/eval-figures.sh [PARALLAX_BINARY] [SHARED]   (default .build/debug/parallax, ../shared)
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-.build/debug/parallax}"
eval_dir="${2:-../shared}/eval"
if [ ! -d "$eval_dir" ]; then
    echo "eval-figures: no development sets at $eval_dir (they are beside a CI clone, not in a user's)" >&2
    exit 1
fi
echo "extraction    $("$bin" eval extraction "$eval_dir/extraction/scrapinghub" | grep '^pages')"
echo "dates         $("$bin" eval dates "$eval_dir/dates" | grep '^pages' | sed 's/  [0-9]* pages\/s$//')"
echo "feeds         $("$bin" eval feeds "$eval_dir/feeds" | tail -1 | sed 's/; parsing.*//')"
echo "timex         $("$bin" eval timex "$eval_dir/timex" | grep -E 'span|^value ' | tr -s ' ' | paste -sd ';' -)"
echo "clustering    $("$bin" eval clustering "$eval_dir/clustering/ecbplus-dev.jsonl" | grep -E '^all articles' | sed 's/  stories .*//')"
echo "quotes        $("$bin" eval quotes "$eval_dir/quotes/polnear-dev.jsonl.gz" | grep -E '^(dev|train):' | sed 's/  analysis.*//' | paste -sd ';' -)"
echo "corroboration $("$bin" eval corroboration "$eval_dir/corroboration/ecbplus-dev.jsonl.gz" --scope both | grep -E '^(scope|precision)' | paste -sd ' ' -)"
