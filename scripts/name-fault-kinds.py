#!/usr/bin/env python3
"""Counts fault kinds in the top-10 entities of each story of digests of unseen news (issue 13,
ninth round; docs/analysis-evaluation.md "Ninth round: names"): headline junk, words glued before
a person's name, names opened by a nationality typed a person, companies typed other or a place,
and a person's name that ends a longer one of the same list (a duplicate). The word lists are
the items read in the ninth round's lists (PolNeAR train odd half, dates and extraction pages), so
the counts say how many of those read faults are left, not a precision on new data. --show
prints every flagged item.

Tenth round (docs/analysis-evaluation.md "Tenth round: names") adds kinds found by shape, not by
word lists, so they count on any news: a company's legal suffix (Co, AG, S.A.) or an acronym
closing a name of words (County GOP, Principles PAC) not typed a body; a word capitalized inside
(LinkedIn, WikiLeaks) or a web address not typed a body; a nationality cut off a known place
("Arabia" beside or without "Saudi Arabia"); the plural of a person noun typed a place
("Democrats" after "in" or "from"); a given name, a surname and an acronym typed one person
("Lisa Stark ABC", a report's sign-off).

Eleventh round (docs/analysis-evaluation.md "Eleventh round: names") adds shape kinds read in the
PolNeAR train half the tenth round did not read: a name with a middle initial "A." not typed a
person ("William A. Ackman"); a preposition or conjunction opening a name ("Outside Carrier", "Given
Obama"; EntityLexicon.clauseOpeners); a title's plural opening a name ("Senators Rubio"); a
person's surname listed apart from that person, typed anything ("Clinton" beside "Hillary Clinton").

Twelfth round (docs/analysis-evaluation.md "Twelfth round: names") adds: a job closing a name typed
a person ("Software Engineer", "Deputy Managing Director"; EntityRecognizer+Roles.swift
closingRoles, first word no given name) and a lawmaker's party tag listed as a name ("D-Mass").

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
suffixes={"co","cos","ag","sa","nv","bv","kk","spa","oy","ab","pty","bhd","sarl","srl","ltda","bancorp","bancshares"}
prefixes={"mc","mac","de","di","da","du","la","le","van","von","vander","fitz","st","al","el","ben"}
def camel(w):
    if len(w)<4 or not w.isalpha() or not w[0].isupper(): return False
    for i in range(2,len(w)):
        if w[i].isupper() and w[i-1].islower() and len(w[i:])>=2 and any(c.islower() for c in w[i+1:]):
            return w[:i].lower() not in prefixes
    return False
places=set(l.strip() for l in open(ROOT + "/Sources/Parallax/WordLists/places.txt") if l.strip() and not l.startswith("#"))
cut={p.split()[1] for p in places if len(p.split())==2 and p.split()[0] in dem}
pn=set(re.findall(r'"([^"]+)"',re.search(r"static let personNouns: Set<String> = \[(.*?)\]",src,re.S).group(1)))
openers=set(re.findall(r'"([^"]+)"',re.search(r"static let clauseOpeners: Set<String> = \[(.*?)\]",src,re.S).group(1)))
plural_titles=set(re.findall(r'"([^"]+)"',re.search(r"static let pluralTitles: Set<String> = \[(.*?)\]",src,re.S).group(1)))
def eleventh(top):
    out=[]
    people=[e["name"].split() for e in top if e["type"]=="person" and len(e["name"].split())>=2]
    for e in top:
        n=e["name"]; w=n.split(); t=e["type"]
        if " A. " in n and t!="person": out.append(("initial A. not a person",n,t))
        elif len(w)>=2 and w[0].lower() in openers: out.append(("clause opener before a name",n,t))
        elif len(w)>=2 and w[0].lower().rstrip(".") in plural_titles: out.append(("title's plural before a name",n,t))
        elif len(w)==1 and any(p[-1]==n for p in people): out.append(("surname listed apart from its person",n,t))
    return out
roles_src=open(ROOT + "/Sources/Parallax/Analysis/Entities/EntityRecognizer+Roles.swift").read()
roles=set(re.findall(r'"([^"]+)"',re.search(r"static let closingRoles: Set<String> = \[(.*?)\]",roles_src,re.S).group(1)))
given=set()
for g in ("given-names-female.txt","given-names-male.txt"):
    given|={l.strip().lower() for l in open(ROOT + "/Sources/Parallax/WordLists/" + g) if l.strip() and not l.startswith("#")}
def twelfth(top):
    out=[]
    for e in top:
        n=e["name"]; w=n.split(); t=e["type"]
        last=w[-1].lower() if w else ""
        if t=="person" and len(w)>=2 and w[0].lower() not in given and (last in roles or last.endswith("s") and last[:-1] in roles): out.append(("job closing a name typed person",n,t))
        elif re.match(r"^[DRI]-[A-Z]",n): out.append(("party tag listed as a name",n,t))
    return out
def shapes(top):
    out=eleventh(top)+twelfth(top)
    for e in top:
        n=e["name"]; w=n.split(); t=e["type"]
        if t!="organization" and len(w)>=2 and w[-1].lower().replace(".","") in suffixes: out.append(("company suffix not a body",n,t))
        elif t!="organization" and len(w)>=2 and len([c for c in w[-1] if c.isalpha()])>=3 and w[-1].isupper() and all(any(c.islower() for c in x) for x in w[:-1]) and not set(w[-1])<=set("IVXLCDM"): out.append(("acronym closing a name not a body",n,t))
        elif t!="organization" and len(w)==1 and (camel(n) or re.search(r"\.(com|org|net|co\.uk)$",n.lower())): out.append(("capital inside / web address not a body",n,t))
        elif len(w)==1 and n.lower() in cut and n.lower() not in places and t!="organization": out.append(("nationality cut off a place",n,t))
        elif len(w)==1 and t=="place" and n.lower().endswith("s") and n.lower()[:-1] in pn: out.append(("plural of a person noun typed a place",n,t))
    return out
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
per_source=collections.Counter()
for path in sys.argv[1:]:
    if path.startswith("--"): continue
    for s in json.load(open(path))["stories"]:
        for k,n,t in kinds(s["entities"][:10]) + shapes(s["entities"][:10]): c[k]+=1; items[k].append(n + "/" + t[:3])
print("total",sum(c.values()))
for k,v in c.most_common(): print("  %-36s %3d  %s"%(k,v,"; ".join(items[k][:40]) if "--show" in sys.argv else ""))
