#!/usr/bin/env python3
"""Sets aside a blind third of each analysis development set (issue 13) with a fixed seed and
writes the development and blind parts as JSON Lines under .bench/analysis-eval/ (git-ignored).

Groups: PolNeAR dev articles by article; TimeBank by document; ECB+ by gold event (the same 13
of 40 events are blind for the entity mentions and for the brief audit). The lists are also
written down in docs/analysis-evaluation.md; `--print` prints them.

Usage: scripts/analysis-blind-split.py [--shared ../shared] [--print]
"""
import argparse, gzip, json, os, random, sys

SEED = 13


def blind_third(names):
    names = sorted(names)
    rng = random.Random(SEED)
    chosen = rng.sample(names, len(names) // 3)
    return sorted(chosen)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
    parser.add_argument("--out", default=".bench/analysis-eval")
    parser.add_argument("--print", action="store_true")
    args = parser.parse_args()
    shared = args.shared
    quotes = os.path.join(shared, "eval/quotes/polnear-dev.jsonl.gz")
    timex = os.path.join(shared, "eval/timex/timebank.jsonl")
    ecb = os.path.join(shared, "eval/corroboration/ecbplus-dev.jsonl.gz")
    events_file = os.path.join(shared, "eval/clustering/ecbplus-dev.jsonl")
    for path in (quotes, timex, ecb, events_file):
        if not os.path.exists(path):
            print(f"skipped: {path} is absent (the development sets live in ../shared/eval)")
            return 0
    os.makedirs(args.out, exist_ok=True)

    polnear = [json.loads(line) for line in gzip.open(quotes, "rt", encoding="utf-8")]
    polnear_dev = [a for a in polnear if a["split"] == "dev"]
    blind_polnear = set(blind_third(a["id"] for a in polnear_dev))
    timebank = [json.loads(line) for line in open(timex, encoding="utf-8")]
    blind_timebank = set(blind_third(d["id"] for d in timebank))
    documents = [json.loads(line) for line in open(events_file, encoding="utf-8")]
    blind_events = set(blind_third({d["event"] for d in documents}))
    corroboration = [json.loads(line) for line in gzip.open(ecb, "rt", encoding="utf-8")]

    def write(name, rows):
        with open(os.path.join(args.out, name), "w", encoding="utf-8") as file:
            for row in rows:
                file.write(json.dumps(row, ensure_ascii=False) + "\n")

    write("polnear-dev-open.jsonl", [a for a in polnear_dev if a["id"] not in blind_polnear])
    write("polnear-dev-blind.jsonl", [a for a in polnear_dev if a["id"] in blind_polnear])
    os.makedirs(os.path.join(args.out, "timex-open"), exist_ok=True)
    os.makedirs(os.path.join(args.out, "timex-blind"), exist_ok=True)
    with open(os.path.join(args.out, "timex-open/timebank.jsonl"), "w", encoding="utf-8") as file:
        for d in timebank:
            if d["id"] not in blind_timebank:
                file.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(args.out, "timex-blind/timebank.jsonl"), "w", encoding="utf-8") as file:
        for d in timebank:
            if d["id"] in blind_timebank:
                file.write(json.dumps(d, ensure_ascii=False) + "\n")
    write("ecb-entities-open.jsonl", [d for d in corroboration if d["event"] not in blind_events])
    write("ecb-entities-blind.jsonl", [d for d in corroboration if d["event"] in blind_events])
    for event in sorted({d["event"] for d in documents}):
        part = "blind" if event in blind_events else "open"
        os.makedirs(os.path.join(args.out, "events-" + part), exist_ok=True)
        write(f"events-{part}/{event}.jsonl",
              [{"id": d["id"], "title": d["text"].split("\n", 1)[0], "text": d["text"]}
               for d in documents if d["event"] == event])
    if args.print:
        print("PolNeAR dev blind (%d of %d):" % (len(blind_polnear), len(polnear_dev)), " ".join(sorted(blind_polnear)))
        print("TimeBank blind (%d of %d):" % (len(blind_timebank), len(timebank)), " ".join(sorted(blind_timebank)))
        print("ECB+ events blind (%d of 40):" % len(blind_events), " ".join(sorted(blind_events)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
