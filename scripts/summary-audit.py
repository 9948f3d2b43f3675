#!/usr/bin/env python3
"""Mechanical counts of the summary and sentence-hygiene audit (issue 12 points 6 and 7,
docs/claims.md "Sixth pass: summary") over digests (`parallax digest INPUT --format json`).

Per summary sentence: opens with a pronoun or a pointing-back noun ("He said…", "The expert…",
"A second man…"); names a person by a surname the summary has not introduced in full (by the
story's own key players); a day ("Friday", "yesterday") without its date in `dated`; restates an
earlier summary sentence (`same` by `parallax align`, with the event's articles as context).
In every section (summary, facts and their supports, discrepancies, updates, timeline): a
dateline ("LONDON (AP) --"), a time stamp ("Updated: July 02, 2013 15:50 IST"), a headline-like
line (no closing mark, or title case), a fragment (opens lower case or with punctuation), a ticker,
markup residue or a caption.

Usage: scripts/summary-audit.py BRIEFS_DIR [--inputs DIR] [--bin PARALLAX] [--show] [--only GROUP] [--no-align]
(--only "working" prints the flagged lines and totals of the groups whose name begins so.)
Groups: working / blind events and topics (blind topics 3 7 9 11 12 18 22, docs/claims.md).
"""
import glob, json, os, re, subprocess, sys

BLIND = {3, 7, 9, 11, 12, 18, 22}
PRONOUNS = {"he", "she", "it", "they", "his", "her", "its", "their", "him", "them"}
POINTING = {"expert", "source", "official", "spokesman", "spokeswoman", "spokesperson", "man", "woman", "boy",
            "girl", "suspect", "victim", "analyst", "actress", "actor", "singer", "player", "company", "firm",
            "couple", "starlet", "star", "teen", "teenager", "member", "newspaper", "paper", "magazine",
            "deputy", "officer", "driver", "gunman", "shooter", "director", "coach", "pastor", "pair", "duo",
            "group", "team", "band", "agency", "department", "minister", "president", "judge", "lawyer",
            "attorney", "mother", "father", "wife", "husband", "son", "daughter", "brother", "sister", "boss"}
ORDINAL = {"second", "third", "fourth", "other", "same", "latter", "former"}
CALENDAR = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
            "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
DAYS = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|tomorrow)\b",
                  re.I)
DATELINE = re.compile(r"^\s*([A-Z][A-Z.'\- ]{2,}(,\s*[A-Z][A-Za-z.\- ]+)*\s*(\([A-Za-z. ]+\))?\s*(--|—|–|-|:)\s)"
                      r"|^\s*[A-Z][A-Za-z.\- ]+,?\s*(\([A-Za-z. ]+\))\s*(--|—|–|-)\s"
                      r"|\((AP|Reuters|AFP|UPI|CNN|PTI|IANS)\)\s*(--|—|–|-|:)")
STAMP = re.compile(r"^\s*(updated|posted|published|last updated|last modified|first published)\b", re.I)
CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
MONTH = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s", re.I)
ZONE = re.compile(r"\b(ist|gmt|utc|est|edt|pst|pdt|bst|cet|am|pm|a\.m|p\.m)\b", re.I)
TICKER = re.compile(r"(nasdaq:|nyse:|- news - people|amex:)", re.I)
MARKUP = re.compile(r"(<[a-z/]|&amp;|&quot;|&nbsp;|https?://|www\.|\{|\})", re.I)
CAPTION = re.compile(r"(photo:|\(photo|ap photo|getty images|image:|file photo|caption:)", re.I)


def furniture(text):
    """The hygiene kind of a line, or None for prose."""
    if DATELINE.search(text):
        return "dateline"
    if STAMP.search(text) or (CLOCK.search(text) and MONTH.search(text) and ZONE.search(text)
                              and len(text.split()) <= 14):
        return "timestamp"
    if TICKER.search(text):
        return "ticker"
    if MARKUP.search(text):
        return "markup"
    if CAPTION.search(text):
        return "caption"
    stripped = text.strip()
    if not stripped or stripped[0].islower() or stripped[0] in ",;:)]}!?.":
        return "fragment"
    ending = stripped.rstrip("\"”’')] ")
    words = [w for w in stripped.split() if w[:1].isalpha()]
    capital = sum(1 for w in words if w[0].isupper())
    if not ending or ending[-1] not in ".!?…":
        return "headline"
    if len(words) >= 4 and capital * 10 >= len(words) * 8 and not stripped.endswith("."):
        return "headline"
    # Title case closed by a full stop: hardly a lower-case word of four letters or more.
    lower = sum(1 for w in words if w[0].islower() and len(re.sub(r"[^a-z]", "", w)) >= 4)
    if len(words) >= 6 and capital * 10 >= len(words) * 8 and lower <= 1:
        return "headline"
    if stripped.endswith("...") and not stripped.endswith("...."):
        return "trails off"
    return None


def opener(text, earlier):
    """"He …", "A second man …", or "The (26-year-old) actress …" with no actress told before."""
    raw = text.split()[:5]
    words = [re.sub(r"[^a-z]", "", w.lower()) for w in raw]
    if words and words[0] in PRONOUNS:
        return "pronoun"
    if len(words) >= 2 and words[0] in {"a", "an", "the", "another"} and words[1] in ORDINAL:
        return "points back"
    if words and words[0] in {"the", "this", "these", "those"}:
        for word, plain in zip(raw[1:4], words[1:4]):
            if word[:1].isupper():
                break
            if plain in POINTING or plain.rstrip("s") in POINTING:
                told = " ".join(earlier).lower()
                return None if re.search(r"\b%s" % plain.rstrip("s"), told) else "points back"
    return None


def unintroduced(text, earlier, people):
    """Surnames of the story's people named alone ("Weitz said") where neither this nor an
    earlier summary sentence names them with a first name or a title ("Chris Weitz", "Deputy Ortiz")."""
    seen = " ".join(earlier + [text])
    surnames = {full.split()[-1] for full in people if len(full.split()[-1]) >= 3} - CALENDAR
    missing = []
    for last in sorted(surnames):
        lone = [m for m in re.finditer(r"\b%s\b" % re.escape(last), text)
                if not re.search(r"[A-Z][\w.'-]*\s+$", text[:m.start()])]
        if not lone:
            continue
        if re.search(r"[A-Z][\w.'-]*\s+%s\b" % re.escape(last), seen):
            continue
        missing.append(last)
    # "Melvin says …": a capitalised opener the summary never named before, then a verb of saying.
    m = re.match(r"^([A-Z][a-z]+)\s+(says|said|told|added|tells|explained|noted)\b", text)
    if m and m.group(1) not in " ".join(earlier) and m.group(1) not in missing:
        missing.append(m.group(1))
    return missing


def undated(line):
    dated = line.get("dated") or line["text"]
    out = []
    for m in DAYS.finditer(dated):
        if not re.match(r"\s*\(\d{4}-\d{2}", dated[m.end():]):
            out.append(m.group(0))
    return out


def group_of(name):
    kind, _, rest = name.partition("-")
    topic = int(rest.split("_")[0])
    return ("blind" if topic in BLIND else "working") + " " + kind + "s"


def align(pairs, context, binary):
    if not pairs:
        return []
    lines = "".join(json.dumps({"a": a, "b": b}) + "\n" for a, b in pairs)
    args = [binary, "align", "-"] + (["--context", context] if context and os.path.exists(context) else [])
    out = subprocess.run(args, input=lines, capture_output=True, text=True, check=True).stdout
    return [json.loads(x)["relation"] for x in out.splitlines() if x.strip()]


def main():
    folder = sys.argv[1]
    inputs = sys.argv[sys.argv.index("--inputs") + 1] if "--inputs" in sys.argv else ".bench/claims/inputs"
    binary = sys.argv[sys.argv.index("--bin") + 1] if "--bin" in sys.argv else ".build/debug/parallax"
    show = "--show" in sys.argv
    shown = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else ""
    totals = {}
    for path in sorted(glob.glob(os.path.join(folder, "*.json"))):
        name = os.path.basename(path)[:-5]
        group = group_of(name)
        visible = show and group.startswith(shown)
        t = totals.setdefault(group, dict(briefs=0, sentences=0, redundant=0, pronoun=0, points_back=0,
                                          surname=0, undated_day=0, noted=0, furniture_summary=0,
                                          furniture_other=0, lines_other=0))
        t["briefs"] += 1
        digest = json.load(open(path, encoding="utf-8"))
        for story in digest["stories"]:
            # Full names of people; a surname that is also a place or body of the story is left out.
            others = {e["name"] for e in story["entities"] if e["type"] != "person"}
            people = [e["name"] for e in story["entities"] if e["type"] == "person" and " " in e["name"]
                      and e["name"].split()[-1] not in others]
            summary = story["summary"]
            texts = [s["text"] for s in summary]
            pairs = [(texts[j], texts[i]) for i in range(len(texts)) for j in range(i)]
            relations = [] if "--no-align" in sys.argv else align(
                pairs, os.path.join(inputs, name + ".jsonl"), binary)
            same_as = {}
            for (a, b), relation in zip(pairs, relations):
                if relation == "same":
                    same_as.setdefault(b, a)
            for index, line in enumerate(summary):
                text = line["text"]
                t["sentences"] += 1
                flags = []
                if text in same_as:
                    t["redundant"] += 1
                    flags.append("same as: " + same_as[text][:90])
                kind = opener(text, texts[:index])
                if kind == "pronoun":
                    t["pronoun"] += 1
                    flags.append("pronoun opener")
                elif kind:
                    t["points_back"] += 1
                    flags.append("points back")
                missing = unintroduced(text, texts[:index], people)
                if missing:
                    t["surname"] += 1
                    flags.append("not introduced: " + ", ".join(missing))
                days = undated(line)
                if days:
                    t["undated_day"] += 1
                    flags.append("day without date: " + ", ".join(days))
                if line.get("note"):
                    t["noted"] += 1
                shape = furniture(text)
                if shape:
                    t["furniture_summary"] += 1
                    flags.append(shape)
                if visible and flags:
                    print(f"{name} S{index + 1}: {text[:160]}\n      -> {'; '.join(flags)}")
            others = []
            for fact in story["facts"]:
                others += [("F", fact["text"])] + [("F.support", s["text"]) for s in fact["support"]]
            for key in ("discrepancies", "updates"):
                for d in story.get(key, []):
                    others += [("D", c["text"]) for c in d["claims"]]
            others += [("T", e["text"]) for e in story["timeline"]]
            for section, text in others:
                t["lines_other"] += 1
                shape = furniture(text)
                if shape:
                    t["furniture_other"] += 1
                    if visible:
                        print(f"{name} {section}: {text[:160]}\n      -> {shape}")
    for group in sorted(totals):
        if not group.startswith(shown):
            continue
        t = totals[group]
        n = max(1, t["sentences"])
        alone = t["pronoun"] + t["points_back"] + t["surname"]
        print(f"{group}: {t['briefs']} briefs, {t['sentences']} summary sentences; redundant (aligner same) "
              f"{t['redundant']} ({100 * t['redundant'] / n:.1f} %); cannot stand alone {alone} "
              f"(pronoun {t['pronoun']}, points back {t['points_back']}, surname {t['surname']}); "
              f"day without date {t['undated_day']}; noted {t['noted']}; furniture in summary "
              f"{t['furniture_summary']}; furniture in other sections {t['furniture_other']} of {t['lines_other']}")


main()
