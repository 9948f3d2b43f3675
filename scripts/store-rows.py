#!/usr/bin/env python3
"""Prints a sha256 of each table of an ingest's SQLite store that holds no clock (briefs' stored
JSON text, articles with their MinHash bytes, archives and highlights, search entries, band keys,
the clustering state, stories, current memberships): two builds that ingested the same input into
fresh stores wrote the same rows when every line is the same.

Usage: scripts/store-rows.py STORE.sqlite
"""
import hashlib
import sqlite3
import sys

queries = {
    "brief": "SELECT storyId, revision, story FROM brief ORDER BY storyId",
    "briefRevision": "SELECT storyId, revision, story FROM briefRevision ORDER BY storyId, revision",
    "article": "SELECT number, id, hex(minHash), duplicateOf, contentHash, language, authors, removed"
    " FROM article ORDER BY number",
    "analysis": "SELECT articleId, entities, quotes, hex(analysis) FROM articleAnalysis ORDER BY articleId",
    "search": "SELECT id, c0, c1 FROM articleSearch_content ORDER BY id",
    "bands": "SELECT key, articleId FROM nearDuplicateBand ORDER BY rowid",
    "clustering": "SELECT version, hex(state) FROM clusteringState",
    "story": "SELECT id, headline, articleCount, outletCount, firstPublished, lastPublished, revision"
    " FROM story ORDER BY id",
    "membership": "SELECT articleId, storyId, leftAt IS NULL FROM storyMembership ORDER BY number",
}
store = sqlite3.connect(sys.argv[1])
for table, sql in queries.items():
    rows = list(store.execute(sql))
    print(table, len(rows), hashlib.sha256(repr(rows).encode()).hexdigest()[:16])
