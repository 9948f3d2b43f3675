#!/usr/bin/env python3
"""Writes Sources/Parallax/Claims/HappeningParaphrases.swift, the happenings' paraphrases from WordNet
(docs/claims.md, "Tenth pass: summary redundancy"). Run at build time by a developer, never by the
package: the Swift table is checked in, so Parallax has no WordNet at run time.

Reads WordNet 3.0 as Debian's `wordnet-base` installs it (/usr/share/wordnet; `apt-get install
wordnet-base`), or the folder given as the first argument. For each happening below, its seed
synsets (WordNet sense names, "lemma.pos.NN" in the order WordNet's index gives senses, most
frequent first) give:
  - every lemma of a seed synset, and
  - every lemma that a seed synset's lemma is derivationally related to ("die" -> "death"),
each kept only where the synset it comes from is that lemma's most frequent sense in its part of
speech (so "pass away", "decease" and "emcee" come in, but not "go", "exit", "pass", "can" or
"name", whose first senses are other happenings), a single word only where its most frequent sense
in the other part of speech is none or one of the kept senses or derived from one ("arrest" the act;
not "cop" or "collar", whose nouns are a policeman and a shirt's), and no noun of a person
("killer", "appointee": who did it, not what happened), plus the irregular forms WordNet lists for the
verbs kept (verb.exc). Lemmas of several words ("pass away", "check in") are phrases: Parallax
matches their first word by its stem and the rest word for word.

Usage: scripts/happening-paraphrases.py [WORDNET_DIR] > Sources/Parallax/Claims/HappeningParaphrases.swift
       scripts/happening-paraphrases.py --summary [WORDNET_DIR] > Sources/Parallax/Claims/SummaryParaphrases.swift
  then `swift format --in-place Sources/Parallax/Claims/HappeningParaphrases.swift` (the checked-in form).
"""
import os
import sys

# Happening (ClaimReader.happenings' names; "host" is new) -> seed synsets. Chosen for the
# happenings the working events' summaries restate in other words (docs/claims.md, tenth pass).
SEEDS = {
    "death": ["die.v.01", "death.n.01", "kill.v.01"],
    "appoint": ["appoint.v.01", "appoint.v.02", "appointment.n.01"],
    "resign": ["resign.v.01", "step_down.v.01"],
    "fire_job": ["fire.v.04"],
    "arrest": ["arrest.v.01"],
}

# Happenings only the summary's restatement test reads (`--summary`; docs/claims.md, "Eleventh pass:
# summary redundancy"): verbs the working events' summaries restate in other words ("will host" /
# "emcee", "will be replaced by" / "was appointed"). Kept out of the shared claims: "host" there cost
# the labelled supports 0.879 -> 0.847 (tenth pass). WordNet gives nothing for "direct a film" or
# "helm" (neither is its lemma's first sense). "offer" (offer.n.01, v.01, v.02) was tried and left
# out: a noun the happening's object, it made "have withdrawn their offer" restate "made an offer".
SUMMARY_SEEDS = {
    "host": ["host.v.01", "emcee.v.01"],
    "replace": ["replace.v.01"],
    "negotiate": ["negotiate.v.01"],
}

LICENSE = """WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Permission to use,
copy, modify and distribute this software and database and its documentation for any purpose and
without fee or royalty is hereby granted, provided that you agree to comply with the following
copyright notice and statements, including the disclaimer, and that the same appear on ALL copies
of the software, database and documentation, including modifications that you make for internal
use or for distribution. THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY
MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. The name of Princeton University or
Princeton may not be used in advertising or publicity pertaining to distribution of the software
and/or database. Title to copyright in this software, database and any associated documentation
shall at all times remain with Princeton University and LICENSEE agrees to preserve same."""

POS = {"v": "verb", "n": "noun"}
# WordNet's lexicographer file of nouns of persons (noun.person).
PERSON = 18


def load(folder, pos):
    """(index: lemma -> synset offsets, most frequent sense first; data: offset -> (lemmas, derivations,
    lexicographer file number))."""
    index, data = {}, {}
    for line in open(os.path.join(folder, "index." + POS[pos]), encoding="latin-1"):
        if line.startswith(" "):
            continue
        parts = line.split()
        pointers = int(parts[3])
        index[parts[0]] = parts[4 + pointers + 2:]
    for line in open(os.path.join(folder, "data." + POS[pos]), encoding="latin-1"):
        if line.startswith(" "):
            continue
        parts = line.partition("|")[0].split()
        count = int(parts[3], 16)
        lemmas = [parts[4 + 2 * i].lower() for i in range(count)]
        at = 4 + 2 * count
        derivations = []
        for i in range(int(parts[at])):
            symbol, offset, target_pos, source_target = parts[at + 1 + 4 * i:at + 5 + 4 * i]
            if symbol == "+" and target_pos in POS:
                derivations.append((int(source_target[:2], 16), target_pos, offset, int(source_target[2:], 16)))
        data[parts[0]] = (lemmas, derivations, int(parts[1]))
    return index, data


def main():
    summary = "--summary" in sys.argv
    arguments = [argument for argument in sys.argv[1:] if argument != "--summary"]
    folder = arguments[0] if arguments else "/usr/share/wordnet"
    wordnet = {pos: load(folder, pos) for pos in POS}
    irregular = {}
    for line in open(os.path.join(folder, "verb.exc"), encoding="latin-1"):
        form, base = line.split()[:2]
        irregular.setdefault(base, []).append(form)

    def first_sense(lemma, pos):
        senses = wordnet[pos][0].get(lemma)
        return senses[0] if senses else None

    table = {}
    for happening, seeds in (SUMMARY_SEEDS if summary else SEEDS).items():
        kept = []

        def tied(offset, pos, other):
            """Whether synset `other` (of the other part of speech) is derived from synset `offset`."""
            return any(target == other for _, _, target, _ in wordnet[pos][1][offset][1])

        def keep(lemma, pos, offset):
            if first_sense(lemma, pos) != offset or (pos == "n" and wordnet[pos][1][offset][2] == PERSON):
                return
            other_pos = "n" if pos == "v" else "v"
            other = first_sense(lemma, other_pos)
            if "_" not in lemma and other is not None and not tied(offset, pos, other):
                return
            words = [lemma.replace("_", " ")]
            if pos == "v" and "_" not in lemma:
                words += irregular.get(lemma, [])
            for word in words:
                if word not in kept:
                    kept.append(word)

        for seed in seeds:
            lemma, pos, number = seed.split(".")
            offset = wordnet[pos][0][lemma][int(number) - 1]
            lemmas, derivations, _ = wordnet[pos][1][offset]
            for position, name in enumerate(lemmas, start=1):
                keep(name, pos, offset)
                for source, target_pos, target, target_word in derivations:
                    if source in (0, position):
                        keep(wordnet[target_pos][1][target][0][target_word - 1], target_pos, target)
        table[happening] = kept

    out = sys.stdout
    out.write("// Generated by scripts/happening-paraphrases.py from WordNet 3.0 (Debian `wordnet-base`); do not edit:\n")
    out.write("// change the seeds in the script and run it again (docs/claims.md, \"Tenth pass: summary redundancy\").\n//\n")
    for line in LICENSE.splitlines():
        out.write("// " + line + "\n")
    if summary:
        out.write("\nextension SummaryHappenings {\n")
        out.write("    /// Happenings from WordNet that only the summary's restatement test reads, chosen as\n")
        out.write("    /// `ClaimReader.paraphrases` are (one word each: phrases are left out).\n")
        out.write("    static let paraphrases: KeyValuePairs<String, [String]> = [\n")
    else:
        out.write("\nextension ClaimReader {\n")
        out.write("    /// Paraphrases of happenings from WordNet: the lemmas of each happening's seed synsets and the\n")
        out.write("    /// nouns and verbs derived from them, each kept only where that sense is the lemma's most\n")
        out.write("    /// frequent one. Read after the hand-written `happenings`, which keep a stem they list.\n")
        out.write("    /// A lemma of several words is a phrase: its first word matched by stem, the rest as written.\n")
        out.write("    static let paraphrases: KeyValuePairs<String, [String]> = [\n")
    for happening, words in table.items():
        out.write(f'        "{happening}": [\n')
        line = "           "
        for word in words:
            if summary and " " in word:
                continue
            item = f' "{word}",'
            if len(line) + len(item) > 116:
                out.write(line + "\n")
                line = "           "
            line += item
        out.write(line + "\n        ],\n")
    out.write("    ]\n}\n")


if __name__ == "__main__":
    main()
