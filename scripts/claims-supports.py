#!/usr/bin/env python3
"""Support precision and facts fully supported of the 12 labelled working events (docs/claims.md).

usage: scripts/claims-supports.py BRIEFS_DIR  (briefs: parallax digest .bench/claims/inputs/event-E.jsonl
--format json > BRIEFS_DIR/event-E.json). Labels: docs/claims-audit/supports-working-pass4.txt plus the
pairs read in the fifth and sixth passes (below; docs/claims-audit/supports-working-pass5.txt, -pass6.txt).
Prints unlabelled pairs, which must be read and added before a figure is quoted.
"""
import json,re,sys
lab={}
c=None
for l in open('docs/claims-audit/supports-working-pass4.txt'):
    m=re.match(r'## (\S+) s\d+ F\d+ C: (.*)',l.rstrip('\n'))
    if m: c=m.group(2)[:150]; continue
    m=re.match(r'\[(S|P|N)\] (\S+) S: (.*)',l.rstrip('\n'))
    if m and c: lab[(c, m.group(3)[:150])]=m.group(1)
# labels read this pass for pairs new since pass 4
extra={('Reid has starred in American Pie, and had a guest role in television sitcom Scrubs.','Reid has had a recurring role'):'P',
       ('Zadan and Meron added: "We are thrilled to have Ellen DeGeneres host the Oscars."',''):'S',
       ('DiLeo has spent 19 seasons with the 76ers','DiLeo is in his 19th season'):'S',
       ('DiLeo has spent 19 seasons with the 76ers','Stefanski named assistant general manager Tony DiLeo coach'):'P',
       ('Demonstrators chanting "thieves, thieves" attempted','As the protesters tried to break through a police line'):'P',
       ('Demonstrators chanting "thieves, thieves" attempted','On the streets of Athens, demonstrators chanted'):'S',
       ('Demonstrators chanting "thieves, thieves" attempted','Also in the capital, a large group of people attempted'):'P',
       ('Dalembert is down almost five points per game (5.8 ppg) and just over two rebounds (8.0) per contest.',''):'S',
       # seventh pass: pairs new on main a8a7e2d (read; docs/claims.md, seventh pass)
       ('Mr. Jackman, 40, has never been nominated for an Oscar','"Jackman has never been an Oscar nominee'):'S',
       ('Of course DeGeneres, a double-digit Emmy winner, was also nominated','She was nominated for a Primetime Emmy'):'S',
       ('Esther Williams, the swimming champion turned actress','The self-described "Million Dollar Mermaid,"'):'S',
       # tenth pass: pairs new on main 7125fb3 (read; docs/claims.md, tenth pass): the nomination without the
       # directing of American Pie the claim also asserts (one happening of two)
       ('The two directed and produced American Pie and then were nominated','On the one hand, Weitz has shown his skill'):'P',
       ('The two directed and produced American Pie and then were nominated','Weitz previously penned ABOUT A BOY'):'P',
       # tenth pass, after summary4 and supports7 merged (integrator; docs/claims.md): the death facts
       # regrouped by WordNet's "pass away" and their supports, read as earlier passes read them (the
       # death and its place told: S), a filmography and the strike's cause as another claim (P)
       ('Famous 1950s pin up star Betty Page has died in Los Angeles, aged 85.','Bettie Page, the 1950s pinup and bondage'):'S',
       ('Famous 1950s pin up star Betty Page has died in Los Angeles, aged 85.','Yesterday in Los Angeles, pin-up icon'):'S',
       ('Famous 1950s pin up star Betty Page has died in Los Angeles, aged 85.','Bettie Page, the notorious Southern'):'S',
       ('Famous 1950s pin up star Betty Page has died in Los Angeles, aged 85.','Pinup icon Bettie Page died Thursday'):'S',
       ('Famous 1950s pin up star Betty Page has died in Los Angeles, aged 85.','Bettie Page, the raven-haired pin-up'):'S',
       ('Famous 1950s pin up star Betty Page has died in Los Angeles, aged 85.','Bettie Page, whose trademark raven hair'):'S',
       ('Famous 1950s pin up star Betty Page has died in Los Angeles, aged 85.','Her agent, Mark Roesler, said Page died'):'S',
       ('Famous 1950s pin up star Betty Page has died in Los Angeles, aged 85.','Legendary pinup queen Bettie Page died'):'S',
       ('Famous 1950s pin up star Betty Page has died in Los Angeles, aged 85.','Page died late yesterday in a Los Angeles'):'S',
       ('Famous 1950s pin up star Betty Page has died in Los Angeles, aged 85.','Bettie Page died Thursday of pneumonia'):'S',
       ('Famous 1950s pin up star Betty Page has died in Los Angeles, aged 85.','Many people were shocked and saddened'):'S',
       ("Bettie Page, one of entertainment's original sex kittens",'Bettie Page, the 1950s pin-up model who helped'):'S',
       ('Williams died peacefully in her sleep Thursday in Beverly Hills','Williams, 91, passed away early Thursday'):'S',
       ('The star of such MGM movie hits as','The champion swimmer starred in such films'):'P',
       ('The national strike was held to protest the austerity measures','A firebomb attack on a bank in Greece killed'):'P',
       ("The general strike was the first major test of the Socialist government's resolve","The general strike was the first major test of the Socialist government's resolve"):'S',
       # eleventh pass, after the merges (integrator, main 6483d0b): the found bomb told whole in a
       # "police said" sentence; "bomb technician" read as the bombing, so the blast's deaths cited
       # for the two men's careers
       ('A bank employee found the bomb in bushes outside, and it exploded after officers took it inside.','But police said the investigation led them to the nearby West Coast office where the bomb was found'):'S',
       ('Captain Tennant was a 28-year veteran of the Woodburn Police Department','Bomb explodes at Woodburn bank, killing a police officer'):'N'}
d=sys.argv[1]
def label(e,fact,s):
    L=lab.get((fact[:150], s[:150]))
    if L is None:
        for (a,b),v in extra.items():
            if fact.startswith(a) and s.startswith(b): L=v
    if L is None: unk.append((e,fact[:100],s[:100])); L='?'
    return L
# Eleventh pass: a fact's partial supports (`partial`, cited as telling a part of it) are counted apart:
# a partial citation is right where the sentence tells the fact's happening (S or P); a full support is
# right only where it states the claim (S). A fact is fully supported where every full support is S and
# every partial one S or P.
tot=S=facts=full=0; unk=[]; folds={'A':[0,0],'B':[0,0]}; part={'S':0,'P':0,'N':0,'?':0}; wrong=[]
for e in '1_ecb 1_ecbplus 2_ecb 2_ecbplus 4_ecb 4_ecbplus 5_ecb 5_ecbplus 6_ecb 6_ecbplus 8_ecb 8_ecbplus'.split():
    fold='A' if e.split('_')[0] in '125' else 'B'
    for st in json.load(open(f'{d}/event-{e}.json'))['stories']:
        for f in st['facts']:
            sup=[x['text'] for x in f['support'] if x['text']!=f['text']]
            if not sup: continue
            facts+=1; ok=True
            for s in sup:
                L=label(e,f['text'],s)
                tot+=1; S+= L=='S'; ok = ok and L=='S'; folds[fold][0]+=L=='S'; folds[fold][1]+=1
                if L!='S': wrong.append((e,L,f['text'][:100],s[:100]))
            for x in f.get('partial',[]):
                L=label(e,f['text'],x['text']); part[L]+=1; ok = ok and L in 'SP'
            full+=ok
print(d, 'supports',tot,'S',S,'precision %.3f'%(S/tot),'facts',facts,'fully',full,'%.3f'%(full/facts),
      'folds A %d/%d=%.3f B %d/%d=%.3f'%(folds['A'][0],folds['A'][1],folds['A'][0]/folds['A'][1],folds['B'][0],folds['B'][1],folds['B'][0]/folds['B'][1]),
      'partial S %(S)d P %(P)d N %(N)d ? %(?)d'%part)
for u in unk: print('  unlabelled', u)
if '--wrong' in sys.argv:
    for w in wrong: print('  wrong', w)
