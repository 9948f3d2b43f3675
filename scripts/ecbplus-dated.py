#!/usr/bin/env python3
"""ECB+ development articles as a dated stream, for the continuity check of story clustering.

ECB+ articles carry no dates. Each event gets a first day; its articles are spread over up to ten
days after it (the first article on the first day); the two events of a topic are 30-90 days
apart; topics are spread over 120 days. The blind topics (docs/clustering.md) are left out.
Output: the input lines with "published" added, in publication order. Fixed seed.

Usage: scripts/ecbplus-dated.py [FILE] > dated.jsonl
"""
import datetime
import json
import random
import sys

BLIND_TOPICS = {"4", "5", "8", "9", "12", "19", "21"}


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "../shared/eval/clustering/ecbplus-dev.jsonl"
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    rows = [row for row in rows if str(row["topic"]) not in BLIND_TOPICS]
    rng = random.Random(7)
    start = datetime.date(2026, 1, 5)
    events = sorted({(str(row["topic"]), row["event"]) for row in rows})
    first_day = {}
    topic_day = {}
    for topic, event in events:
        if topic not in topic_day:
            topic_day[topic] = rng.randrange(120)
            first_day[event] = topic_day[topic]
        else:
            first_day[event] = topic_day[topic] + rng.randint(30, 90)
    by_event = {}
    for row in rows:
        by_event.setdefault(row["event"], []).append(row)
    dated = []
    for event in sorted(by_event):
        members = by_event[event]
        rng.shuffle(members)
        for position, row in enumerate(members):
            lag = 0 if position == 0 else min(int(rng.expovariate(1 / 3.0)), 10)
            minute = rng.randrange(6 * 60, 23 * 60)
            day = start + datetime.timedelta(days=first_day[event] + lag)
            row = dict(row)
            row["published"] = f"{day.isoformat()}T{minute // 60:02d}:{minute % 60:02d}:00Z"
            dated.append(row)
    dated.sort(key=lambda row: (row["published"], row["id"]))
    out = sys.stdout
    for row in dated:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
