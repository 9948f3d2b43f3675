#!/usr/bin/env python3
"""Counts fault kinds in the top-10 entities of each story of digests of unseen news (issue 13,
ninth round; docs/analysis-evaluation.md "Ninth round: names"): headline junk, words glued before
a person's name, names opened by a nationality typed a person, companies typed other or a place,
and a person's name that ends a longer one of the same list (a duplicate). The word lists are
the items read in the ninth round's lists (PolNeAR train odd half, dates and extraction pages), so
the counts say how many of those read faults are left, not a precision on new data. --show
prints every flagged item.

Usage: scripts/name-fault-kinds.py DIGEST.json... [--show]
"""
import json,sys,re,collections,os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src=open(ROOT + "/Sources/Parallax/Analysis/Entities/EntityLexicon.swift").read()
dem=set(re.findall(r'"([^"]+)"',re.search(r"static let demonyms: Set<String> = \[(.*?)\]",src,re.S).group(1)))
stop=set(l.strip() for l in open(ROOT + "/Sources/Parallax/WordLists/stop-words.txt") if l.strip() and not l.startswith("#"))
keep={"new","first","old","great","little","big","high","grand","of","al","de","da","del","bin","van","von","la","for","year","years","day","days","time","times","week","weeks","month","months","way","kind","lot"}
lead={"rival","democrat","billionaire","former","asserting","given","talk","follow","leading","plus","cheeto","fascist","impeaching","hosting","getting","using","anchor","employee","half","beneath","unlike","celebrating","crooked","debating","bashing","chasing","joining","watching","regarding","questioning","state","republican","presumptive","traditionally","outside"}
brands={"twitter","facebook","google","apple","amazon","instagram","netflix","politico","gallup","breitbart","fox","youtube","tiktok","linkedin","reddit","gofundme","wikipedia","microsoft","walmart","boeing","intel","chevron","lyft","uber","nasdaq","politifact","axios","salesforce"}
def kinds(top):
    out=[]
    names=[e["name"] for e in top]
    for e in top:
        n=e["name"]; w=n.split(); t=e["type"]
        if len(w)>=5 and any(x.lower() in stop and x.lower() not in keep and x[0].isupper() and x!=x.upper() for x in w[1:-1]): out.append(("headline junk",n,t))
        elif t=="person" and len(w)>=2 and w[0].lower() in lead: out.append(("word glued before a name",n,t))
        elif t=="person" and len(w)>=2 and w[0].lower() in dem: out.append(("nationality-led name typed person",n,t))
        elif len(w)==1 and w[0].lower() in brands and t!="organization": out.append(("company typed %s"%t,n,t))
        if t=="person" and len(w)>=2:
            for m in names:
                if m!=n and m.lower().endswith(" "+n.lower()) and len(m.split())>len(w): out.append(("person duplicate (last words)",n+" / "+m,t))
    return out
c=collections.Counter(); items=collections.defaultdict(list)
for path in sys.argv[1:]:
    if path.startswith("--"): continue
    for s in json.load(open(path))["stories"]:
        for k,n,t in kinds(s["entities"][:10]): c[k]+=1; items[k].append(n)
print("total",sum(c.values()))
for k,v in c.most_common(): print("  %-36s %3d  %s"%(k,v,"; ".join(items[k][:40]) if "--show" in sys.argv else ""))
