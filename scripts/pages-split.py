#!/usr/bin/env python3
"""Leave-sites-out split of the page evaluation sets (extraction and dates).

Every page is grouped by its site (the registrable domain of its URL; a web.archive.org copy
counts as the site it archives). A third of the sites, picked by a seeded hash, is the blind
part, scored only at the end; the other sites fall into FOLDS folds for cross-validation.
Writes scripts/pages-split.tsv: set, id, site, part (blind | fold1..foldN).

Usage: scripts/pages-split.py [SHARED_EVAL_FOLDER]   (default ../shared/eval)
"""
import hashlib
import json
import pathlib
import sys

SEED = "parallax-pages-2026-12-06"
FOLDS = 5
BLIND_SHARE = 1 / 3
# Second-level labels under which the registrable domain has three labels (co.uk, com.au...).
SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac", "edu", "gv", "or", "ne"}


def site(url: str) -> str:
    host = url.split("/")[2].lower() if "://" in url else url.lower()
    if host == "web.archive.org":
        # https://web.archive.org/web/20150101000000/http://example.com/page
        rest = url.split("/web/", 1)[1].split("/", 1)[1] if "/web/" in url else url
        return site(rest if "://" in rest else "http://" + rest)
    host = host.split(":")[0]
    labels = host.split(".")
    if len(labels) >= 3 and labels[-2] in SECOND_LEVEL and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def rank(name: str) -> str:
    return hashlib.sha1((SEED + "/" + name).encode()).hexdigest()


def assign(sites: list[str]) -> dict[str, str]:
    ordered = sorted(set(sites), key=rank)
    blind_count = round(len(ordered) * BLIND_SHARE)
    parts = {}
    for position, name in enumerate(ordered):
        if position < blind_count:
            parts[name] = "blind"
        else:
            parts[name] = f"fold{(position - blind_count) % FOLDS + 1}"
    return parts


def main() -> None:
    shared = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/eval")
    extraction = shared / "extraction/scrapinghub/ground-truth.json"
    dates = shared / "dates/gold.jsonl"
    if not extraction.exists() or not dates.exists():
        sys.exit(f"{shared} lacks the extraction or dates sets: nothing to split")
    rows = []
    truth = json.loads(extraction.read_text())
    pages = {page_id: site(entry["url"]) for page_id, entry in truth.items()}
    parts = assign(list(pages.values()))
    rows += [("extraction", page_id, name, parts[name]) for page_id, name in sorted(pages.items())]
    items = [json.loads(line) for line in dates.read_text().splitlines() if line.strip()]
    item_sites = {item["id"]: site(item["url"]) for item in items}
    parts = assign(list(item_sites.values()))
    rows += [("dates", item_id, name, parts[name]) for item_id, name in sorted(item_sites.items())]
    output = pathlib.Path(__file__).with_name("pages-split.tsv")
    with output.open("w") as handle:
        handle.write(f"# leave-sites-out split, seed {SEED}, {FOLDS} folds, blind share 1/3; scripts/pages-split.py\n")
        handle.write("set\tid\tsite\tpart\n")
        for row in rows:
            handle.write("\t".join(row) + "\n")
    for name in ("extraction", "dates"):
        counts: dict[str, int] = {}
        for row in rows:
            if row[0] == name:
                counts[row[3]] = counts.get(row[3], 0) + 1
        print(name, " ".join(f"{part}={count}" for part, count in sorted(counts.items())))


if __name__ == "__main__":
    main()
