#!/usr/bin/env python3
"""Blind third of the ECB+ development events and topics for the claims work (issue 12).

Fixed seed; prints the blind and working lists. The blind events are not looked at while
tuning; their briefs are read only for the final report. A topic is blind when both its events
are blind or when it is drawn among the blind topics (whole-topic digests), as listed.
"""
import json, random, sys

path = sys.argv[1] if len(sys.argv) > 1 else "../shared/eval/clustering/ecbplus-dev.jsonl"
events, topics = set(), set()
for line in open(path):
    record = json.loads(line)
    events.add(record["event"]); topics.add(record["topic"])
rng = random.Random(20261206)
events = sorted(events); topics = sorted(topics)
blind_topics = sorted(rng.sample(topics, round(len(topics) / 3)))
# Blind events: both events of the blind topics, so that nothing of a blind topic is read.
blind_events = sorted(e for e in events if int(e.split("_")[0]) in blind_topics)
print("blind topics:", " ".join(map(str, blind_topics)))
print("blind events:", " ".join(blind_events))
print("working topics:", " ".join(str(t) for t in topics if t not in blind_topics))
