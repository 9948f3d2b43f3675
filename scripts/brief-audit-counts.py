#!/usr/bin/env python3
"""Mechanical counts over the briefs of the ECB+ development events (issue 13): the parts of the
brief audit (../shared/docs/brief-audit.md) a program can count without a reader. They are not
the audit's reading labels; they count the error kinds the audit named.

For each digest JSON given (one per gold event: `parallax digest EVENT.jsonl --format json`):
- quotes: speakers that are no person or body by the analysis' own types (a place, a nationality,
  a month or weekday, a news agency or outlet named as the one told), quotes without a speaker,
  and quotes that hold their own attribution tag ("…, Smith said").
- timeline: entries whose sentence is an article's first line (the headline) or opens with a
  dateline ("LOS ANGELES, Jan. 5 (Reuters) -", "Updated:"), and entries dated after the latest
  date any article of the event states with its year (a past event after publication).
- key players: junk names (weekdays, months, time zones, a sentence-opening function word) and
  duplicates (two people sharing a full last name where one name is the other's short form).

Usage: scripts/brief-audit-counts.py DIGEST.json... [--show N]
"""
import json, re, sys

NOT_SPEAKERS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "american", "russian", "british", "french", "german", "chinese", "israeli", "iranian", "indian",
    "reuters", "ap", "afp", "associated press", "the associated press", "cnn", "bbc", "dw", "abc news", "cbs",
    "nbc", "fox news", "people", "people magazine", "us weekly", "tmz", "e! news", "e! online",
}
JUNK = {
    "gmt", "bst", "utc", "est", "edt", "pst", "pdt", "cet", "cest", "et", "pt", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "june", "july",
    "august", "september", "october", "november", "december", "whenever", "however", "when", "while",
    "after", "before", "the", "but", "and", "if", "as", "it", "he", "she", "they", "we", "this", "that",
}
DATELINE = re.compile(r"^([A-Z][A-Za-z.\- ]+,\s*)?([A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)[^.]{0,40}(\(|--|—|–|-)")


def main():
    paths = [p for p in sys.argv[1:] if p.endswith(".json")]
    show = int(sys.argv[sys.argv.index("--show") + 1]) if "--show" in sys.argv else 0
    totals = dict(quotes=0, no_speaker=0, bad_speaker=0, tag_only=0, timeline=0, headline=0, dateline=0,
                  after=0, entities=0, junk=0, duplicates=0, places_as_person=0)
    examples = {k: [] for k in totals}
    for path in paths:
        digest = json.load(open(path, encoding="utf-8"))
        articles = {a["id"]: a for a in digest["articles"]}
        for story in digest["stories"]:
            types = {}
            for entity in story["entities"]:
                for name in [entity["name"]] + entity.get("aliases", []):
                    types[name.lower()] = entity["type"]
            for quote in story["quotes"]:
                totals["quotes"] += 1
                speaker = (quote.get("speaker") or "").strip()
                if not speaker:
                    totals["no_speaker"] += 1
                elif speaker.lower() in NOT_SPEAKERS or types.get(speaker.lower()) == "place":
                    totals["bad_speaker"] += 1
                    examples["bad_speaker"].append((path, speaker, quote["text"][:90]))
                if re.search(r"\b(said|says|told)\s*\.?$", quote["text"]) and quote["kind"] == "indirect":
                    totals["tag_only"] += 1
                    examples["tag_only"].append((path, speaker, quote["text"][:90]))
            for event in story["timeline"]:
                totals["timeline"] += 1
                text = event["text"].strip()
                firsts = [articles[s].get("text", "").split("\n", 1)[0].strip() for s in event["sources"] if s in articles]
                titles = [(articles[s].get("title") or "").strip() for s in event["sources"] if s in articles]
                if text in firsts or text in titles:
                    totals["headline"] += 1
                    examples["headline"].append((path, event["date"], text[:90]))
                elif DATELINE.match(text) or text.lower().startswith(("updated", "published", "posted", "last updated")):
                    totals["dateline"] += 1
                    examples["dateline"].append((path, event["date"], text[:90]))
            for entity in story["entities"]:
                totals["entities"] += 1
                words = entity["name"].lower().split()
                if entity["name"].lower() in JUNK or (words and words[0] in JUNK):
                    totals["junk"] += 1
                    examples["junk"].append((path, entity["name"], entity["type"]))
            people = [e["name"] for e in story["entities"] if e["type"] == "person"]
            for name in people:
                if " " not in name and any(other.split()[-1] == name and other != name for other in people):
                    totals["duplicates"] += 1
                    examples["duplicates"].append((path, name, ""))
    print("quotes %(quotes)d  without speaker %(no_speaker)d  speaker not a person/body %(bad_speaker)d  "
          "tag-only %(tag_only)d" % totals)
    print("timeline %(timeline)d  headline %(headline)d  dateline/updated %(dateline)d" % totals)
    print("key players %(entities)d  junk %(junk)d  short-form duplicates %(duplicates)d" % totals)
    for kind, rows in examples.items():
        for row in rows[:show]:
            print("  ", kind, *row)


if __name__ == "__main__":
    main()
