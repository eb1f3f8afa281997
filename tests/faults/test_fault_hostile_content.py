"""Hostile scraped content passes through extraction → dbt → GX → docs as data.

Titles and bodies carrying `<script>`, SQL quotes and comment markers, bidi control characters, and
path-like URLs, ids and raw paths are stored verbatim, break no query, execute in no rendered page (the dbt
docs site and the GX Data Docs), and make nothing write outside the data folder.
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import duckdb
import pytest

from bench.corpus import CorpusGenerator, write_feeds
from expectations.run import validate
from extraction.pipeline import extract_new_feeds
from flows.warehouse import build_warehouse, generate_docs
from tests.faults.faultkit import assert_each_once, warehouse_contents

pytestmark = pytest.mark.slow

SCRIPT = "<script>alert('diwan')</script>"
IMG = '<img src=x onerror="alert(1)">'
SQL = "'; drop table marts.fct_meetings; --"
QUOTES = "O'Brien \"the\" `ambassador` \\' '' $$ $1 ?"
BIDI = "\u202eevil\u202c \u2066isolate\u2069 \u200f\u200e\u061c"
PATHS = ["../../etc/passwd", "..\\..\\windows\\system32", "/etc/shadow", "%2e%2e%2f%2e%2e%2fetc", "a/../../b"]
HOSTILE_STRINGS = [SCRIPT, IMG, SQL, QUOTES, BIDI, *PATHS]
INLINE_QUOTES = QUOTES.removesuffix(" ?")


def _hostile_documents() -> list[dict]:
    """Arabic and English releases whose every text field carries hostile strings, around real meetings."""
    gen = CorpusGenerator(seed=66)
    docs = []
    for i, doc in enumerate(gen.documents(40)):
        evil = HOSTILE_STRINGS[i % len(HOSTILE_STRINGS)]
        doc["title"] = f"{evil} {doc['title']} {SCRIPT}"
        lines = doc["body_text"].split("\n")
        first, sep, rest = lines[0].partition("،" if doc["lang"] == "ar" else ",")
        # inside the meeting's sentence, so its evidence carries them ("?" would end the sentence there)
        lines[0] = f"{first}{sep} {SCRIPT} {INLINE_QUOTES} {BIDI}{sep}{rest} {evil} {SQL}"
        doc["body_text"] = "\n".join([f"{IMG} {QUOTES}", *lines])
        if i % 4 == 0:  # path-like URL and raw path; the id is still sha1 of the canonical URL
            doc["url"] = doc["canonical_url"] = f"https://pmo.iq/{PATHS[i % len(PATHS)]}?n={i}"
            doc["doc_id"] = hashlib.sha1(doc["canonical_url"].encode()).hexdigest()[:16]
            doc["html_path"] = "../../../outside-" + PATHS[i % len(PATHS)]
        doc["content_hash"] = hashlib.sha1(f"{doc['title']}\n{doc['body_text']}".encode()).hexdigest()
        docs.append(doc)
    return docs


def _tree(root: Path, skip: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if skip not in p.parents and p != skip}


def test_hostile_content_passes_every_stage_as_data(tmp_path, monkeypatch):
    data = tmp_path / "box" / "data"
    cwd = tmp_path / "box" / "cwd"
    cwd.mkdir(parents=True)
    monkeypatch.chdir(cwd)
    docs = _hostile_documents()
    write_feeds(data, docs, raw=False)
    outside_before = _tree(tmp_path, data)

    extracted = extract_new_feeds(data)
    assert extracted["errors"] == 0 and extracted["documents"] == len(docs)
    assert extracted["meetings"] > 0
    build_warehouse(data)  # raises on any failed model or dbt test
    summary = validate(data)
    assert not summary.failed_critical, summary.failed_critical
    site = generate_docs(data)

    # stored verbatim: every hostile title, body and URL reads back exactly as scraped
    with duckdb.connect(str(data / "warehouse.duckdb"), read_only=True) as con:
        stored = {r[0]: r[1:] for r in con.execute(
            "select doc_id, title, body_text, url, html_path from staging.stg_feeds__documents").fetchall()}
        titles = {r[0]: r[1] for r in con.execute("select doc_id, title from marts.dim_documents").fetchall()}
        evidence = [r[0] for r in con.execute(
            "select evidence_text from staging.stg_extraction__events").fetchall()]
        tables = {r[0] for r in con.execute(
            "select table_name from information_schema.tables where table_schema = 'marts'").fetchall()}
    for doc in docs:
        assert stored[doc["doc_id"]] == (doc["title"], doc["body_text"], doc["url"], doc["html_path"])
        assert titles[doc["doc_id"]] == doc["title"]
    # evidence sentences are slices of the hostile bodies and keep their characters
    assert any(SCRIPT in e and INLINE_QUOTES in e and "\u2066isolate\u2069" in e for e in evidence)
    assert "fct_meetings" in tables  # the SQL in the data dropped nothing
    assert_each_once(warehouse_contents(data))

    # no file written outside the data folder (nor in the working directory)
    assert _tree(tmp_path, data) == outside_before
    assert not list(Path("/").glob("outside-*"))

    # no markup executes in the rendered pages: the hostile markup never appears unescaped
    pages = [site, *sorted((data / "docs").rglob("*.html"))]
    assert len(pages) > 2
    for page in pages:
        text = page.read_text(encoding="utf-8", errors="replace")
        for markup in ("alert('diwan')</script>", 'onerror="alert(1)"', "\u202eevil"):
            assert markup not in text, f"{page.relative_to(data)} carries unescaped {markup!r}"
    # and the validation results that feed the GX pages are data too (valid JSON)
    for result in (data / "validation").glob("*.json"):
        json.loads(result.read_text(encoding="utf-8"))
    assert os.path.commonpath([site, data]) == str(data)
