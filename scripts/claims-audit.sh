#!/bin/sh
# Editor's audit helpers (docs/claims.md, third pass). Usage:
#   scripts/claims-audit.sh digest NAME      every event and topic input of .bench/claims/inputs
#                                            digested into .bench/claims/briefs/NAME/
#   scripts/claims-audit.sh discrepancies NAME   every discrepancy and update of the event briefs
#   scripts/claims-audit.sh supports OLD NEW EVENT...   (claim, support) pairs removed and added
#                                            between two brief folders, to be labelled S/P/N
BIN=${BIN:-.build/debug/parallax}
case $1 in
digest)
  out=.bench/claims/briefs/$2; mkdir -p $out
  for f in .bench/claims/inputs/*.jsonl; do
    $BIN digest $f --format json > $out/$(basename $f .jsonl).json 2>/dev/null
  done ;;
discrepancies)
  for f in .bench/claims/briefs/$2/event-*.json; do python3 - "$f" <<'PY'
import json, os, sys
d = json.load(open(sys.argv[1]))
for st in d['stories']:
    for k in ('discrepancies', 'updates'):
        for x in st.get(k, []):
            print(os.path.basename(sys.argv[1])[:-5], k[:4], x['about'])
            for c in x['claims']: print('    [%s] %s' % (c.get('value'), c['text'][:200]))
PY
  done ;;
supports)
  old=$2; new=$3; shift 3
  python3 - "$old" "$new" "$@" <<'PY'
import json, sys
def pairs(path):
    out = set()
    for st in json.load(open(path))['stories']:
        for f in st['facts']:
            out |= {(f['text'], x['text']) for x in f['support'] if x['text'] != f['text']}
    return out
old, new = sys.argv[1], sys.argv[2]
for e in sys.argv[3:]:
    a, b = pairs(f'{old}/event-{e}.json'), pairs(f'{new}/event-{e}.json')
    print(f'## {e}: old {len(a)} new {len(b)} removed {len(a - b)} added {len(b - a)}')
    for c, s in sorted(a - b): print(f'  - C: {c[:220]}\n    S: {s[:220]}')
    for c, s in sorted(b - a): print(f'  + C: {c[:220]}\n    S: {s[:220]}')
PY
  ;;
esac
