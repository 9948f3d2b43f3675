#!/usr/bin/env bash
# Times `parallax digest` (release) on the seed story, where ../shared is present, and on a
# generated stream of JSONL articles. Usage: scripts/bench-digest.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-10000}"
swift build -c release --product parallax >/dev/null
binary=.build/release/parallax
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

measure() {
    local label="$1"
    shift
    /usr/bin/time -f "$label: %e s wall, %U s user, %M KB peak" "$@" --format json --output "$work/out.json" --quiet
    python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print('  %d articles, %d stories, %d facts' % (len(d['articles']), len(d['stories']), sum(len(s['facts']) for s in d['stories'])))" "$work/out.json"
}

if [ -d ../shared/corpus/seed-story ]; then
    measure "seed story" "$binary" digest ../shared/corpus/seed-story
else
    echo "../shared/corpus/seed-story is absent: seed-story timing skipped"
fi
python3 scripts/generate-articles.py --count "$count" --seed 1 >"$work/articles.jsonl"
measure "$count generated articles" "$binary" digest "$work/articles.jsonl"
