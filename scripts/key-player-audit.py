#!/usr/bin/env python3
"""Key players of the ECB+ event briefs scored against a reader's labels (issue 13, brief audit
"key players": right type, no junk, no duplicates).

Each story's first PLAYERS entities (the list a renderer shows) are looked up in LABELS, a
tab-separated file `event<TAB>name<TAB>verdict` written by a reader against the articles:
verdict is the entity's right type (person, organization, place, other; several joined by "|"
where either is right, "White House" organization|place), `junk` (no name: "Whenever Pell",
"GMT"), or `same:OTHER NAME` (a spelling or short form of another entity: a duplicate where
OTHER NAME is also listed in the story). An item is clean when its type is a right one, it is
not junk and not a duplicate. Items without a label are printed (`?`) for the reader and left
out of the figure, so the labels file grows with each reading and a figure says how many items
it rests on.

Usage: scripts/key-player-audit.py LABELS.tsv PLAYERS DIGEST.json... [--show] [--unlabeled]
"""
import json, sys


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    labels_path, players, paths = args[0], int(args[1]), args[2:]
    labels = {}
    for line in open(labels_path, encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        event, name, verdict = line.rstrip("\n").split("\t")
        labels[(event, name)] = verdict
    clean = judged = 0
    kinds = {}
    unlabeled = []
    for path in sorted(paths):
        event = path.rsplit("/", 1)[-1].rsplit(".", 1)[0].split("-")[-1]  # events-open-10_ecb.json -> 10_ecb
        for story in json.load(open(path, encoding="utf-8"))["stories"]:
            everyone = {e["name"] for e in story["entities"]}
            for entity in story["entities"][:players]:
                verdict = labels.get((event, entity["name"]))
                if verdict is None:
                    unlabeled.append((event, entity["name"], entity["type"]))
                    continue
                judged += 1
                if verdict == "junk":
                    kind = "junk"
                elif verdict.startswith("same:"):
                    kind = "duplicate" if verdict[5:] in everyone else None
                    if kind is None:
                        clean += 1
                        continue
                elif entity["type"] in verdict.split("|"):
                    clean += 1
                    continue
                else:
                    kind = "%s as %s" % (verdict, entity["type"])
                kinds.setdefault(kind, []).append("%s: %s" % (event, entity["name"]))
    print("key players judged %d  clean %d (%.4f)  unlabeled %d" % (
        judged, clean, clean / max(judged, 1), len(unlabeled)))
    for kind, items in sorted(kinds.items(), key=lambda kv: -len(kv[1])):
        print("  %-28s %3d  %s" % (kind, len(items), "; ".join(items[:12]) if "--show" in sys.argv else ""))
    if "--unlabeled" in sys.argv:
        for row in unlabeled:
            print("?", *row, sep="\t")


if __name__ == "__main__":
    main()
