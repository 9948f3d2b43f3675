#!/usr/bin/env python3
"""Scores the names `parallax analyze` finds against the ECB+ participant and place mentions of
the annotated sentences (../shared/eval/corroboration, issue 13).

Gold: cross-document mentions inside annotated sentences whose instance is a person
(HUMAN_PART_PER), an organisation (HUMAN_PART_ORG), a place (LOC_GEO, HUMAN_PART_GPE) or a
facility (LOC_FAC), and whose text holds a capitalised word other than a determiner or pronoun
(a name, not "the actress"). A gold mention is found when an entity of the analysis overlaps
it; its type is right when person/organization/place match (a facility may be a place or an
organization). Precision is not measured: ECB+ marks only the mentions of its events.

Usage: parallax analyze DOCS.jsonl > OUT.jsonl; scripts/ecb-entity-eval.py DOCS.jsonl OUT.jsonl [--errors N]
"""
import json, sys

TYPES = {"HUMAN_PART_PER": {"person"}, "HUMAN_PART_ORG": {"organization"}, "HUMAN_PART_GPE": {"place"},
         "LOC_GEO": {"place"}, "LOC_FAC": {"place", "organization"}}
NOT_NAMES = {"The", "A", "An", "He", "She", "They", "It", "His", "Her", "Their", "Its", "This", "That", "Who", "I", "We"}


def main():
    gold_path, predicted_path = sys.argv[1], sys.argv[2]
    errors = int(sys.argv[sys.argv.index("--errors") + 1]) if "--errors" in sys.argv else 0
    predicted = {}
    for line in open(predicted_path, encoding="utf-8"):
        row = json.loads(line)
        predicted[row["id"]] = row
    total = found = typed = 0
    by_tag = {}
    mistakes = []
    for line in open(gold_path, encoding="utf-8"):
        doc = json.loads(line)
        row = predicted.get(doc["input_id"]) or predicted.get(doc["id"])
        if row is None:
            continue
        text = row["text"]
        annotated = [s for s in doc["sentences"] if s["annotated"]]
        for mention in doc["mentions"]:
            tag = doc["instances"][mention["instance"]]["tag"]
            if tag not in TYPES:
                continue
            sentence = next((s for s in annotated if s["start"] <= mention["start"] < s["end"]), None)
            if sentence is None:
                continue
            words = doc["text"][mention["start"]:mention["end"]].split()
            if not any(w[:1].isupper() and w not in NOT_NAMES for w in words):
                continue
            # Locate the sentence in the analyzed text (the reader may have trimmed or cleaned it).
            sentence_text = doc["text"][sentence["start"]:sentence["end"]]
            at = text.find(sentence_text)
            if at < 0:
                continue
            start = at + mention["start"] - sentence["start"]
            end = at + mention["end"] - sentence["start"]
            total += 1
            counts = by_tag.setdefault(tag, [0, 0, 0])
            counts[0] += 1
            overlapping = [e for e in row.get("entities", []) if e["start"] < end and e["end"] > start]
            if not overlapping:
                mistakes.append(("missing", tag, text[start:end], doc["id"]))
                continue
            found += 1
            counts[1] += 1
            if any(e["type"] in TYPES[tag] for e in overlapping):
                typed += 1
                counts[2] += 1
            else:
                mistakes.append(("type " + "/".join(e["type"] for e in overlapping), tag, text[start:end], doc["id"]))
    print("name mentions %d  found %d (recall %.4f)  rightly typed %d (%.4f of found, %.4f of all)" % (
        total, found, found / max(total, 1), typed, typed / max(found, 1), typed / max(total, 1)))
    for tag, (n, f, t) in sorted(by_tag.items()):
        print("  %-15s %4d  found %.3f  typed %.3f" % (tag, n, f / max(n, 1), t / max(f, 1)))
    for mistake in mistakes[:errors]:
        print("  ", *mistake)


if __name__ == "__main__":
    main()
