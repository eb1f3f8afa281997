"""iq_ina_news_ar and iq_ina_news_en (the Iraqi News Agency, DataLife Engine): saved pages, then real
crawls of the INA replica (RSS first, HTML listing as fallback and for backfill) on 127.0.0.1."""
from __future__ import annotations

import pytest
from conftest import (
    FAST,
    MANIFEST,
    SITES,
    check_feed,
    document,
    expected_docs,
    gold,
    is_stored,
    normalised,
    parse_page,
    quarantine,
    read_jsonl,
)  # fmt: skip

from scrapers.items import Document
from scrapers.mixins.dle import dle_date
from scrapers.replica_server import serve_site
from scrapers.run import crawl

AR, EN = "iq_ina_news_ar", "iq_ina_news_en"
PAGES = MANIFEST["ina"]["pages"]


def path_of(gold_id: str) -> str:
    return next(p for p, i in PAGES.items() if i["gold_id"] == gold_id)


def test_dle_date_line_is_baghdad_time():
    assert dle_date("Politics 21-05-2023, 17:14").isoformat() == "2023-05-21T17:14:00+03:00"
    assert dle_date("no date here") is None and dle_date("31-02-2023, 10:00") is None


def test_arabic_story_in_windows_1256(unit_data_dir):
    path = path_of("c3-ar-news-president-rashid-receives-credentials-ambassadors")
    assert PAGES[path]["encoding"] == "windows-1256" and path.endswith("--.html")
    items = parse_page(AR, path, unit_data_dir)
    # the President, not the Prime Minister: the pre-filter may keep it, the extractor rejects it
    if items:
        assert normalised(items[0].body_text) == normalised(gold()[PAGES[path]["gold_id"]]["text"])


def test_english_story_fields(unit_data_dir):
    path = path_of("c3-en-news-2024-04-16-ina-sudani-biden-white-house")
    doc = document(EN, path, unit_data_dir)
    assert doc.title == gold()["c3-en-news-2024-04-16-ina-sudani-biden-white-house"]["title"]
    assert doc.lang == "en" and doc.published_date == "2024-04-16"
    assert doc.canonical_url == "https://ina.iq" + path
    assert "+A" not in doc.body_text and "Tags:" not in doc.body_text


def test_undated_story_is_kept_with_null_date(unit_data_dir):
    path, info = next((p, i) for p, i in PAGES.items() if i["published"] is None)
    assert is_stored(info)  # the undated fact-check names the Prime Minister and Washington
    assert document(info["spider"], path, unit_data_dir).published_at is None


def test_story_urls_by_language():
    from scrapers.spiders import spider_class

    ar, en = spider_class(AR), spider_class(EN)
    assert ar.is_release_url(ar, "https://ina.iq/168941--.html")
    assert not ar.is_release_url(ar, "https://ina.iq/eng/26597-al-sudani-welcomes.html")
    assert en.is_release_url(en, "https://ina.iq/eng/10766--.html")
    assert not en.is_release_url(en, "https://ina.iq/168941--.html")


@pytest.mark.parametrize("spider", [AR, EN])
def test_every_relevant_page_is_gold_and_fillers_are_skipped(spider, unit_data_dir):
    for path, info in PAGES.items():
        if info["spider"] != spider:
            continue
        items = parse_page(spider, path, unit_data_dir)
        if not is_stored(info):
            assert items == [], path
            continue
        (doc,) = items
        assert isinstance(doc, Document)
        assert (doc.title, doc.lang, doc.published_date) == (info["title"], info["lang"], info["published"])
        assert normalised(doc.body_text) == normalised(gold()[info["gold_id"]]["text"])


# ---------------------------------------------------------------------------------------- crawls


@pytest.mark.parametrize(("spider", "home"), [(AR, "/"), (EN, "/eng/")])
def test_crawl_by_rss_then_incremental_rerun(tmp_path, spider, home):
    with serve_site(SITES / "ina") as base:
        first = crawl(spider, tmp_path, base + home, FAST)
        second = crawl(spider, tmp_path, base + home, FAST)
    docs = check_feed(first, spider, base)
    assert docs and first.stats["diwan/feed_pages"] == 1 and first.n_quarantined == 0
    n_pages = sum(1 for i in PAGES.values() if i["spider"] == spider)
    assert first.stats["diwan/release_requests"] == n_pages
    assert first.stats.get("diwan/skipped/irrelevant", 0) == n_pages - len(docs)
    # second run: robots.txt + the feed; nothing stored or skipped before is asked again
    assert second.n_requests == 2 and not second.stats.get("diwan/release_requests") and second.feed_path is None


def test_html_listing_when_the_feed_is_missing(tmp_path):
    with serve_site(SITES / "ina", faults={"/eng/rss.xml": "404"}) as base:
        result = crawl(EN, tmp_path, base + "/eng/", FAST)
    check_feed(result, EN, base)
    assert result.stats["diwan/fallback"] == 1
    assert result.stats["diwan/listing_pages"] == len(MANIFEST["ina"]["listings"][EN])
    assert quarantine(tmp_path, EN) == []


def test_backfill_stores_only_stories_since_the_date(tmp_path):
    """DLE's listing carries no dates: the backfill walks the HTML archive and keeps stories dated on or
    after ``since``. An undated story numbered below one dated before ``since`` is older too."""
    since = "2021-01-01"
    with serve_site(SITES / "ina") as base:
        result = crawl(AR, tmp_path, base + "/", FAST, spider_args={"since": since})
        expected = {u for u, i in expected_docs(AR, base).items() if i["published"] and i["published"] >= since}
    assert {d["url"] for d in read_jsonl(result.feed_path)} == expected
    assert result.stats["diwan/skipped_before_since"] >= 1


def test_backfill_stops_at_the_story_numbers_before_the_date(tmp_path):
    """Story ids grow with time: once a story dated before ``since`` is read, every smaller id is older.
    The walk reads a listing page's stories before asking for the next page, so it stops there."""
    since = "2023-01-01"
    listing = MANIFEST["ina"]["listings"][AR]
    ids = {p: int(p.strip("/").split("-")[0]) for p, i in PAGES.items() if i["spider"] == AR}
    with serve_site(SITES / "ina") as base:
        full = crawl(AR, tmp_path / "full", base + "/", FAST, spider_args={"via": "html"})
        result = crawl(AR, tmp_path / "since", base + "/", FAST, spider_args={"since": since})
        expected = {u for u, i in expected_docs(AR, base).items() if i["published"] and i["published"] >= since}
    assert {d["url"] for d in read_jsonl(result.feed_path)} == expected
    # the newest story dated before the date, and the listing page that holds it
    boundary = max(n for p, n in ids.items() if PAGES[p]["published"] and PAGES[p]["published"] < since)
    older = [p for p, n in ids.items() if n < boundary]
    assert len(older) >= 6 and result.stats["diwan/backfill_reached"] == since
    # the replica lists six stories a page, newest first: the walk ends on the boundary's page
    newest_first = sorted(ids.values(), reverse=True)
    boundary_page = newest_first.index(boundary) // 6 + 1
    assert full.stats["diwan/listing_pages"] == len(listing) > boundary_page
    assert result.stats["diwan/listing_pages"] == boundary_page
    assert result.stats["diwan/release_requests"] == boundary_page * 6 < full.stats["diwan/release_requests"]
