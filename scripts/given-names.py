#!/usr/bin/env python3
"""Write Sources/Parallax/WordLists/census-given-names-{female,male}.txt from the 1990 US Census
given-name lists (public domain, US Census Bureau; as shipped in the PyPI package `names` 0.3.0,
MIT licence: dist.female.first, dist.male.first; columns name, % of the sex's population).

A name goes to one sex's list when its share there is at least RATIO times its share in the other
(or it is in that list only); names borne by both more evenly ("Jordan", "Leslie") say nothing, and
names in either hand-made list (given-names-*.txt) are left to it. Only quote finding reads these
lists (the gender of a speaker a pronoun may refer back to); the entity recognizer keeps the
hand-made ones. RATIO = 10: set by reading, not swept. MIN_SHARE = 0.01 (% of the sex's population):
rarer names are more often a word or a place ("Royal Oak" read as a man; ECB+ open briefs), so
they say nothing. Thirteenth round, quotes12; docs/analysis-evaluation.md, "Thirteenth round: speakers".

Usage: scripts/given-names.py DIR  (DIR holds dist.female.first and dist.male.first)
"""
import os
import sys

RATIO = 10.0
MIN_SHARE = 0.01
HERE = os.path.join(os.path.dirname(__file__), "..", "Sources", "Parallax", "WordLists")


def census(path):
    shares = {}
    for line in open(path):
        parts = line.split()
        if len(parts) >= 2:
            shares[parts[0].lower()] = float(parts[1])
    return shares


def hand_made(sex):
    return {line.strip() for line in open(os.path.join(HERE, f"given-names-{sex}.txt")) if not line.startswith("#")}


def main():
    female = census(os.path.join(sys.argv[1], "dist.female.first"))
    male = census(os.path.join(sys.argv[1], "dist.male.first"))
    hand = hand_made("female") | hand_made("male")
    for sex, own, other in (("female", female, male), ("male", male, female)):
        names = sorted(n for n, share in own.items() if share >= RATIO * other.get(n, 0.0) and share >= MIN_SHARE and n not in hand)
        with open(os.path.join(HERE, f"census-given-names-{sex}.txt"), "w") as out:
            out.write(f"# Given names the 1990 US Census gives {'women' if sex == 'female' else 'men'} at least {RATIO:g} times as often as the\n")
            out.write(f"# other sex, each borne by at least {MIN_SHARE:g}% of its sex (public domain; scripts/given-names.py).\n")
            out.write("# Read by quote finding only (Gender(speakerGivenName:)). One entry a line, lowercased.\n")
            out.write("\n".join(names) + "\n")


main()
