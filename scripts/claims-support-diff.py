#!/usr/bin/env python3
"""(claim, support) pairs cited in one briefs folder and not the other, each with the gold's judgement
(docs/claims.md, ninth pass): C the two sentences share an action instance (corroborate), R only another
instance, U none, - unjudgeable (a side in no annotated sentence: the gold does not count it).

usage: claims-support-diff.py BEFORE_DIR AFTER_DIR [--all] [--gold FILE]
Folders hold `parallax digest .bench/claims/inputs/event-E.jsonl --format json > DIR/event-E.json` for any
events (scripts/claims-inputs.py writes the inputs). Without --all only judgeable pairs are printed; the
counts by judgement are printed for both directions. A removed C pair may cost the eval's sentence recall.
"""
import gzip, json, os, re, sys
from collections import Counter

args = [a for a in sys.argv[1:] if not a.startswith("--")]
gold = sys.argv[sys.argv.index("--gold") + 1] if "--gold" in sys.argv else "/work/shared/eval/corroboration/ecbplus-dev.jsonl.gz"
if gold in args:
    args.remove(gold)
docs = {}
for line in gzip.open(gold, "rt"):
    d = json.loads(line)
    docs[d["input_id"]] = d


def locate(doc, text):
    at = doc["text"].find(text)
    if at >= 0:
        return (at, at + len(text))
    found = re.search(r"\s+".join(map(re.escape, text.split())), doc["text"])
    return (found.start(), found.end()) if found else None


def instances(doc, span):
    annotated = [s for s in doc["sentences"] if s["annotated"] and s["start"] < span[1] and span[0] < s["end"]]
    if not annotated:
        return None
    return {
        m["instance"] for m in doc["mentions"]
        if span[0] <= m["start"] and m["end"] <= span[1] and any(s["start"] <= m["start"] < s["end"] for s in annotated)
    }


def judge(claim_article, claim, support_article, support):
    if claim_article not in docs or support_article not in docs:
        return "-"
    spans = locate(docs[claim_article], claim), locate(docs[support_article], support)
    if None in spans:
        return "-"
    left, right = instances(docs[claim_article], spans[0]), instances(docs[support_article], spans[1])
    if left is None or right is None:
        return "-"
    shared = left & right
    return "C" if any(i.startswith(("ACT", "NEG")) for i in shared) else ("R" if shared else "U")


def pairs(folder):
    found = set()
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".json"):
            continue
        for story in json.load(open(os.path.join(folder, name)))["stories"]:
            for fact in story["facts"]:
                claims = [s for s in fact["support"] if s["text"] == fact["text"]]
                if not claims:
                    continue
                for s in fact["support"]:
                    if s["text"] != fact["text"] and s["article"] != claims[0]["article"]:
                        found.add((name[6:-5], claims[0]["article"], fact["text"], s["article"], s["text"]))
    return found


before, after = pairs(args[0]), pairs(args[1])
for label, changed in (("removed", before - after), ("added", after - before)):
    counts = Counter()
    for event, claim_article, claim, support_article, support in sorted(changed):
        verdict = judge(claim_article, claim, support_article, support)
        counts[verdict] += 1
        if verdict != "-" or "--all" in sys.argv:
            print(label[0], verdict, event, "C:", claim[:110], "\n      S:", support[:150])
    print(label, dict(counts))
