#!/usr/bin/env python3
"""Runs the peers on the page evaluation sets and writes their predictions as JSON.

  extraction: trafilatura.extract(html, include_comments=False), as the ScrapingHub
              benchmark's own runner calls it; output {id: text}.
  dates:      htmldate.find_date(html, url=URL, extensive_search=True, original_date=True),
              htmldate's extensive mode given the page address as Parallax is; output {id: date}.

Usage: scripts/pages-peers.py extraction|dates SHARED_EVAL_FOLDER OUTPUT.json
"""
import gzip
import json
import pathlib
import sys
import time


def extraction(folder: pathlib.Path) -> dict:
    import trafilatura

    truth = json.loads((folder / "extraction/scrapinghub/ground-truth.json").read_text())
    output = {}
    for page_id in sorted(truth):
        html = gzip.open(folder / f"extraction/scrapinghub/html/{page_id}.html.gz", "rt", encoding="utf8").read()
        output[page_id] = trafilatura.extract(html, include_comments=False) or ""
    return output


def dates(folder: pathlib.Path) -> dict:
    import logging

    from htmldate import find_date

    logging.disable(logging.CRITICAL)
    output = {}
    for line in (folder / "dates/gold.jsonl").read_text().splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        raw = gzip.open(folder / "dates" / item["file"], "rb").read()
        try:
            output[item["id"]] = find_date(raw, url=item["url"], extensive_search=True, original_date=True)
        except Exception:  # a crash counts as no date, as in htmldate's own comparison
            output[item["id"]] = None
    return output


def main() -> None:
    task, folder, target = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    started = time.perf_counter()
    result = extraction(folder) if task == "extraction" else dates(folder)
    target.write_text(json.dumps(result, ensure_ascii=False, sort_keys=True))
    print(f"{task} peer: {len(result)} pages in {time.perf_counter() - started:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
