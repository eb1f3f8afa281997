"""Fixtures for the scraper tests: replica pages as Scrapy responses, gold texts, spiders.

``file_response(path, url=...)`` builds a response from a saved page, like city-scrapers' helper.
Test modules that set ``SPIDER = "<name>"`` and ask for a ``release`` argument are parametrised
over every replica page of that spider (see ``pytest_generate_tests``).
"""
from __future__ import annotations

import json
import shutil
from functools import cache
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from scrapers.items import Document
from scrapers.pagetext import text_lines
from scrapers.relevance import is_relevant
from scrapers.spiders import spider_class
from scrapers.urls import canonical_url, doc_id

ROOT = Path(__file__).resolve().parents[2]
SITES = ROOT / "tests" / "fixtures" / "sites"
GOLD_DIR = ROOT / "tests" / "fixtures" / "gold"
MANIFEST = json.loads((SITES / "manifest.json").read_text(encoding="utf-8"))
# Unit tests parse replica files as if fetched from the live sites.
LIVE = {"pmo": "https://pmo.iq", "yesiraq": "https://yesiraq.com", "ina": "https://ina.iq",
        "shafaq": "https://shafaq.com"}
# Crawl tests: fast and impatient, but still obeying robots.txt.
FAST = {
    "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_TIMEOUT": 2, "RETRY_TIMES": 1,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 4, "LOG_LEVEL": "INFO", "DIWAN_RETRY_BACKOFF": 0.1,
}  # fmt: skip


@cache
def gold() -> dict[str, dict]:
    docs = {}
    for path in sorted(GOLD_DIR.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                doc = json.loads(line)
                docs[doc["id"]] = doc
    return docs


def site_of(spider: str) -> str:
    return next((site for site, info in MANIFEST.items() if spider in info["start_paths"]), "pmo")


def is_stored(info: dict) -> bool:
    """Whether a replica page ends up in the feed: news pages pass the relevance pre-filter first
    (filler articles have no gold document and are never relevant)."""
    if spider_class(info["spider"]).source_kind != "news":
        return True
    return bool(info["gold_id"]) and is_relevant(info["title"], gold()[info["gold_id"]]["text"])


def read_jsonl(path: Path | None) -> list[dict]:
    if path is None or not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def quarantine(data_dir: Path, spider: str) -> list[dict]:
    return [row for p in sorted((data_dir / "quarantine" / spider).glob("*.jsonl")) for row in read_jsonl(p)]


def expected_docs(spider: str, base: str, stored_only: bool = True) -> dict[str, dict]:
    """url fetched -> manifest entry plus the doc_id the crawl must give it."""
    out = {}
    for path, info in pages_of(spider):
        if stored_only and not is_stored(info):
            continue
        url = base + path
        out[url] = {**info, "doc_id": doc_id(canonical_url(url, info["canonical_url"]))}
    return out


def check_feed(result, spider: str, base: str) -> list[dict]:
    """The crawl stored every (relevant) replica page once, with the manifest's fields and gold text."""
    docs = read_jsonl(result.feed_path)
    expected = expected_docs(spider, base)
    assert sorted(d["url"] for d in docs) == sorted(expected)  # every release exactly once
    for doc in docs:
        info = expected[doc["url"]]
        assert doc["doc_id"] == info["doc_id"]
        assert (doc["title"], doc["lang"], doc["published_date"]) == (info["title"], info["lang"], info["published"])
        if info["gold_id"]:
            assert normalised(doc["body_text"]) == gold_lines(info)
    return docs


def gold_lines(info: dict) -> list[str]:
    """The gold text a replica page's body_text reads back, as normalised lines. A page whose gold text
    carries the outlet's own dateline (manifest ``byline``: Shafaq News's ``Shafaq News/``) reads back
    without it: the spider cuts it."""
    lines = normalised(gold()[info["gold_id"]]["text"])
    byline = (info.get("byline") or "").strip()
    if byline:
        at = next(i for i, line in enumerate(lines) if line.startswith(byline))
        lines[at] = lines[at][len(byline) :].strip()
        lines = [line for line in lines if line]
    return lines


def pages_of(spider: str) -> list[tuple[str, dict]]:
    return [(p, info) for p, info in MANIFEST[site_of(spider)]["pages"].items() if info["spider"] == spider]


def file_response(path: Path, url: str, content_type: str | None = "text/html") -> HtmlResponse:
    """A response whose body is the saved file's bytes, as if fetched from ``url``."""
    headers = {"Content-Type": content_type} if content_type else {}
    return HtmlResponse(url=url, body=Path(path).read_bytes(), headers=headers, request=Request(url))


def replica_response(site: str, url_path: str) -> HtmlResponse:
    info = MANIFEST[site]["pages"][url_path]
    charset = json.loads((SITES / site / "site.json").read_text(encoding="utf-8"))["charset_header"]
    return file_response(SITES / site / info["file"], LIVE[site] + url_path,
                         "text/html" + (f"; charset={charset}" if charset else ""))


def make_spider(name: str, data_dir: Path, **kwargs):
    crawler = get_crawler(spider_class(name), {"DIWAN_DATA_DIR": str(data_dir)})
    crawler.spider = crawler._create_spider(**kwargs)
    return crawler.spider


@cache
def _parsed(spider: str, url_path: str, data_dir: str) -> list:
    return list(make_spider(spider, Path(data_dir)).parse_release(replica_response(site_of(spider), url_path)))


def parse_page(spider: str, url_path: str, data_dir: Path) -> list:
    """Everything ``parse_release`` yields for a replica page (cached per page)."""
    return _parsed(spider, url_path, str(data_dir))


def document(spider: str, url_path: str, data_dir: Path) -> Document:
    (item,) = parse_page(spider, url_path, data_dir)
    assert isinstance(item, Document), item
    return item


def normalised(text: str) -> list[str]:
    """Gold comparison: each line whitespace-normalised, blank lines dropped."""
    return text_lines(text)


@pytest.fixture(scope="session")
def unit_data_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("unit-data")


def pytest_generate_tests(metafunc):
    if "release" in metafunc.fixturenames:
        spider = metafunc.module.SPIDER
        pages = pages_of(spider)
        metafunc.parametrize("release", [p for p, _ in pages], ids=[p for p, _ in pages])
    if "gold_release" in metafunc.fixturenames:  # pages rendered from a gold document and kept
        spider = metafunc.module.SPIDER
        pages = [p for p, info in pages_of(spider) if info.get("gold_id") and is_stored(info)]
        metafunc.parametrize("gold_release", pages, ids=pages)
    if "stored_release" in metafunc.fixturenames:  # pages the news pre-filter keeps
        spider = metafunc.module.SPIDER
        pages = [p for p, info in pages_of(spider) if is_stored(info)]
        metafunc.parametrize("stored_release", pages, ids=pages)


def copy_site(site: str, dest: Path) -> Path:
    """A writable copy of a replica, for tests that add or break pages."""
    target = dest / site
    shutil.copytree(SITES / site, target)
    return target


def add_links(listing_file: Path, hrefs: list[str]) -> None:
    """Append links to the release table of a pmo listing page."""
    text = listing_file.read_text(encoding="utf-8")
    rows = "".join(f'<tr><td class="news"><a href="{h}">extra</a></td></tr>' for h in hrefs)
    head, sep, tail = text.partition('</table>\n<p class="pages"')
    assert sep, "listing layout not recognised"
    listing_file.write_text(head + rows + sep + tail, encoding="utf-8")
