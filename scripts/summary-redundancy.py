#!/usr/bin/env python3
"""Share of summary sentences that restate another (issue 12, docs/claims.md "Ninth pass: summary
redundancy") over the working events' digests in BRIEFS_DIR (--folds: by fold A and B too) (`parallax digest
.bench/claims/inputs/event-E.jsonl --format json`), by the hand labels in
docs/labels/summary-redundant.tsv (event, opening of a sentence marked as restating an earlier
summary sentence of its story). Sentences never seen before are counted as unlabelled: --show
prints their summaries to read, --record remembers them as read (.bench/summary/seen.tsv)."""
import json,glob,sys,os
BLIND={3,7,9,11,12,18,22}
root=os.path.join(os.path.dirname(os.path.abspath(__file__)),'..')
here=os.path.join(root,'.bench','summary')
os.makedirs(here,exist_ok=True)
labels=[l.rstrip('\n').split('\t') for l in open(os.path.join(root,'docs','labels','summary-redundant.tsv')) if l.strip()]
seen=set()
if os.path.exists(os.path.join(here,'seen.tsv')):
    seen={tuple(l.rstrip('\n').split('\t',1)) for l in open(os.path.join(here,'seen.tsv'))}
d=sys.argv[1]; show='--show' in sys.argv; record='--record' in sys.argv
tot=red=new=0; per={}
rows=[]
for f in sorted(glob.glob(d+'/event-*.json')):
    ev=os.path.basename(f)[:-5]; t=int(ev.split('-')[1].split('_')[0])
    if t in BLIND: continue
    for s in json.load(open(f))['stories']:
        summ=[x['text'] for x in s.get('summary',[])]
        out=[]
        for x in summ:
            r=any(e==ev and x.startswith(p) for e,p in labels)
            k=(ev,x)
            isnew = k not in seen
            tot+=1; red+=r; new+=isnew
            per.setdefault(t,[0,0]); per[t][0]+=1; per[t][1]+=r
            out.append(('R ' if r else '  ')+('NEW ' if isnew else '    ')+x[:220])
            rows.append(k)
        if show and any('NEW' in o[:8] for o in out):
            print('==',ev,s['headline'][:70]); [print('  ',o) for o in out]
print(f'{d}: {red}/{tot} redundant = {red/tot:.3f}; new unlabelled {new}')
if '--folds' in sys.argv:
    # The working folds of docs/claims.md (cross-validation over topics).
    for name,fold in (('A',{1,2,5,10,16,20,21}),('B',{4,6,8,13,14,19})):
        n=sum(per[t][0] for t in fold if t in per); r=sum(per[t][1] for t in fold if t in per)
        print(f'  fold {name}: {r}/{n} = {r/n:.3f}')
if record:
    with open(os.path.join(here,'seen.tsv'),'a') as h:
        for e,x in rows:
            if (e,x) not in seen: h.write(e+'\t'+x+'\n')
