#!/usr/bin/env python3
"""The speaker audit of the ECB+ event briefs (issue 13): a fixed, labelled sample of the briefs'
quotes and a score of any build against it.

  draw SEED DIRECT REPORTED DIGEST.json...   prints a labelling sheet: DIRECT direct and REPORTED
      reported quotes drawn with random.Random(SEED) from the distinct (article, text) quotes of the
      briefs (sorted), each with its paragraph, and one unlabelled TSV row per quote to fill in.
  score LABELS.tsv DIGEST.json... [--show]   scores the briefs of a build against the labels.

Labels (TSV, '#' lines are comments): event, article, kind, verdict, speaker given when labelled,
truth, quote text. The truth is who said it, as accepted spellings separated by '|' ("Lindsay
Lohan|Lohan"), NONE when the text names nobody, NONQUOTE when the text is no quotation (the tag
alone, the object of a verb of no speech, a plot summary). The score judges each labelled quote
found again in the build (same article, same text; else the quote of that article sharing most
words, at least half) by its truth, not by the verdict written when labelling:
  right    the speaker is one of the truth's spellings (no speaker when the truth is NONE)
  wrong    another speaker
  missing  no speaker where the text gives one
  nonquote the truth is NONQUOTE
  gone     the quote is not in the build's briefs
Accuracy is right / (right + wrong + missing), direct and reported apart, then over four folds of
the events (random.Random(13)); non-quotes are counted apart. The verdict column is the labeller's reading for the build labelled; `score` prints the
rows whose judged verdict differs from it.
"""
import json
import random
import re
import sys


def quotes(paths):
    """Distinct (article, text) quotes of the briefs: {(article, text): (event, kind, speaker)}, the
    speaker being the name given, else the description ("a police source")."""
    found = {}
    for path in sorted(paths):
        brief = json.load(open(path, encoding="utf-8"))
        event = path.rsplit("/", 1)[-1].rsplit(".", 1)[0].replace("events-open-", "").replace("events-blind-", "")
        for story in brief["stories"]:
            for q in story["quotes"]:
                speaker = q.get("speaker") or q.get("speakerDescription")
                found.setdefault((q["article"], q["text"]), (event, q["kind"], speaker))
    return found


def texts(paths):
    articles = {}
    for path in paths:
        for a in json.load(open(path, encoding="utf-8"))["articles"]:
            articles[a["id"]] = a["text"]
    return articles


def draw(seed, direct, reported, paths):
    found = quotes(paths)
    articles = texts(paths)
    rng = random.Random(seed)
    keys = sorted(found)
    chosen = []
    for kind, n in (("direct", direct), ("indirect", reported)):
        pool = [k for k in keys if found[k][1] == kind]
        chosen += sorted(rng.sample(pool, min(n, len(pool))))
    for n, (article, text) in enumerate(chosen):
        event, kind, speaker = found[(article, text)]
        body = articles[article]
        at = body.find(text[:60])
        start = body.rfind("\n", 0, max(0, at - 250)) + 1
        print(f"## {n} {event} {article} [{kind}] speaker={speaker!r}")
        print(f"  quote: {text[:300]}")
        context = f"{body[start:at]}<<{text[:80]}…>>{body[at + len(text):at + len(text) + 160]}"
        print("  text: " + context.replace("\n", " ¶ "))
        print("\t".join([event, article, kind, "?", speaker or "", "?", text.replace("\n", " ")]))


def words(text):
    return set(re.findall(r"\w+", text.lower()))


def norm(name):
    return re.sub(r"\s+", " ", (name or "").strip().lower())


def judge(truth, speaker):
    if truth == "NONQUOTE":
        return "nonquote"
    if truth == "NONE":
        return "right" if not speaker else "wrong"
    if not speaker:
        return "missing"
    return "right" if norm(speaker) in {norm(t) for t in truth.split("|")} else "wrong"


def score(labels, paths, show):
    found = quotes(paths)
    by_article = {}
    for article, text in found:
        by_article.setdefault(article, []).append(text)
    counts = {}
    by_event = {}
    rows = [line.rstrip("\n").split("\t") for line in open(labels, encoding="utf-8") if line.strip() and not line.startswith("#")]
    for event, article, kind, verdict, given, truth, text in rows:
        key = (article, text)
        if key not in found:
            mine = words(text)
            best = max(by_article.get(article, []), key=lambda t: len(mine & words(t)), default=None)
            key = (article, best) if best and len(mine & words(best)) * 2 >= len(mine) else None
        judged = judge(truth, found[key][2]) if key else "gone"
        speaker = found[key][2] if key else None
        counts.setdefault(kind, {}).setdefault(judged, 0)
        counts[kind][judged] += 1
        by_event.setdefault(event, {}).setdefault(judged, 0)
        by_event[event][judged] += 1
        if show and judged != verdict:
            print(f"{event} {article} [{kind}] {verdict} -> {judged}: speaker {given!r} -> {speaker!r}, truth {truth!r}: {text[:120]}")
    total = {}
    for kind in sorted(counts):
        c = counts[kind]
        for k, v in c.items():
            total[k] = total.get(k, 0) + v
        print(line(kind, c))
    print(line("all", total))
    # Four folds over the events (random.Random(13).shuffle of the sorted names, every fourth one).
    events = sorted(by_event)
    random.Random(13).shuffle(events)
    for n in range(4):
        fold = {}
        for event in events[n::4]:
            for k, v in by_event[event].items():
                fold[k] = fold.get(k, 0) + v
        print(line(f"fold {n + 1} ({len(events[n::4])} events)", fold))


def line(name, c):
    judged = c.get("right", 0) + c.get("wrong", 0) + c.get("missing", 0)
    accuracy = c.get("right", 0) / judged if judged else 0
    parts = " ".join(f"{k} {c.get(k, 0)}" for k in ("right", "wrong", "missing", "nonquote", "gone"))
    return f"{name}: accuracy {accuracy:.4f} ({c.get('right', 0)}/{judged}); {parts}"


def main():
    if sys.argv[1] == "draw":
        draw(int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5:])
    elif sys.argv[1] == "score":
        score(sys.argv[2], [p for p in sys.argv[3:] if p.endswith(".json")], "--show" in sys.argv)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
