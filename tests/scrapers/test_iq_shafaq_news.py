"""iq_shafaq_news_ar and iq_shafaq_news_en (Shafaq News, its own CMS): saved pages, then real crawls of
the Shafaq replica (RSS first, the dated HTML section listing as fallback and for backfill) on 127.0.0.1."""
from __future__ import annotations

import json
import re

import pytest
from conftest import (
    FAST,
    LIVE,
    MANIFEST,
    SITES,
    check_feed,
    copy_site,
    document,
    expected_docs,
    gold,
    gold_lines,
    is_stored,
    make_spider,
    normalised,
    pages_of,
    parse_page,
    quarantine,
    read_jsonl,
)  # fmt: skip
from parsel import Selector
from scrapy.http import HtmlResponse, Request

from scrapers.dates import BAGHDAD, parse_iso
from scrapers.items import Document, Rejected
from scrapers.mixins.shafaq import strip_byline
from scrapers.replica_server import serve_site
from scrapers.run import CrawlError, crawl
from scrapers.urls import canonicalize

AR, EN = "iq_shafaq_news_ar", "iq_shafaq_news_en"
SITE = MANIFEST["shafaq"]
PAGES = SITE["pages"]
(AMP, AMP_INFO), = SITE["copies"].items()


def path_of(gold_id: str) -> str:
    return next(p for p, i in PAGES.items() if i["gold_id"] == gold_id)


def baghdad(iso: str) -> str:
    return parse_iso(iso).astimezone(BAGHDAD).isoformat()


# ------------------------------------------------------------------------------------ page parts


@pytest.mark.parametrize("value", ["2021-09-08T16:47:35+0000", "2023-01-12T11:03:12.000000Z",
                                   "2021-05-06T14:09:52+00:00"])
def test_shafaq_iso_dates_are_utc_with_or_without_microseconds(value):
    assert parse_iso(value).utcoffset().total_seconds() == 0
    assert parse_iso(value).strftime("%Y-%m-%dT%H:%M:%S") == value[:19]


def test_the_byline_is_cut_wherever_the_body_opens():
    assert strip_byline(["Shafaq News/ The PM met ...", "More."]) == ["The PM met ...", "More."]
    assert strip_byline(["شفق نيوز/ تلقى رئيس مجلس الوزراء"]) == ["تلقى رئيس مجلس الوزراء"]
    assert strip_byline(["Shafaq News /", "The PM met ..."]) == ["The PM met ..."]  # a line of its own
    assert strip_byline(["A title", "Shafaq News/ The PM met ..."], "A Title") == ["A title", "The PM met ..."]
    # only the dateline that opens the story; the outlet named later is text
    assert strip_byline(["The PM told Shafaq News/ ..."]) == ["The PM told Shafaq News/ ..."]
    assert strip_byline(["Lead.", "Shafaq News/ later"]) == ["Lead.", "Shafaq News/ later"]


def test_shafaqs_own_stories_are_stored_without_their_dateline(unit_data_dir):
    own = [(p, i) for p, i in PAGES.items() if i["byline"] and i["gold_id"]]
    assert {i["lang"] for _, i in own} == {"ar", "en"}
    for path, info in own:
        doc = document(info["spider"], path, unit_data_dir)
        assert info["byline"].strip() in gold()[info["gold_id"]]["text"]
        assert info["byline"].strip() not in doc.body_text, path
        assert normalised(doc.body_text) == gold_lines(info)


@pytest.mark.parametrize("place", ["jsonld", "meta", "line"])
def test_the_date_comes_from_the_pages_own_metadata(place, unit_data_dir):
    """JSON-LD ``datePublished``, ``article:published_time`` or the visible ``Date:`` line, each alone on
    some pages: the stored time is the page's to the second (htmldate's fallback would give midnight)."""
    pages = [(p, i) for p, i in PAGES.items() if i["date_in"] == place and is_stored(i)]
    assert pages
    for path, info in pages:
        doc = document(info["spider"], path, unit_data_dir)
        assert doc.published_at == baghdad(info["published_utc"]), path


def test_another_storys_date_is_never_the_pages(unit_data_dir):
    related = ('<aside class="related"><time datetime="2020-01-01T08:00:00Z">x</time>'
               "<p>Date: 2020-01-01T08:00:00Z</p></aside>")
    spider = make_spider(EN, unit_data_dir)
    for own, expected in (('<div class="news-date">Date: 2021-09-08T16:47:35+0000</div>', "2021-09-08T16:47:35+00:00"),
                          ("", None)):
        html = f'<html><body>{related}<h1>t</h1>{own}<div class="article-body"><p>Text.</p></div></body></html>'
        response = HtmlResponse(url=LIVE["shafaq"] + "/en/Iraq/t", body=html.encode(), encoding="utf-8")
        published = spider.parse_page(response, Selector(text=html)).published
        assert (published.isoformat() if published else None) == expected


def test_a_story_stamped_late_in_the_utc_evening_is_dated_in_baghdad(unit_data_dir):
    path = path_of("c5-ar-news-2022-11-24-shafaq-putin-calls-sudani-telegram")
    assert PAGES[path]["published_utc"].startswith("2022-11-23T22:40")
    doc = document(AR, path, unit_data_dir)
    assert (doc.published_at, doc.published_date) == ("2022-11-24T01:40:00+03:00", "2022-11-24")


def test_undated_story_is_kept_with_null_date(unit_data_dir):
    path, info = next((p, i) for p, i in PAGES.items() if i["published"] is None and is_stored(i))
    doc = document(info["spider"], path, unit_data_dir)
    assert doc.published_at is None and doc.published_date is None


def test_english_story_fields(unit_data_dir):
    path = path_of("c5-en-news-2025-01-26-shafaq-sudani-fidan-baghdad-erdogan-background")
    assert path.startswith("/en/Iraq/")  # 2024+ URL shape
    doc = document(EN, path, unit_data_dir)
    assert doc.title == gold()["c5-en-news-2025-01-26-shafaq-sudani-fidan-baghdad-erdogan-background"]["title"]
    assert doc.lang == "en" and doc.published_date == "2025-01-26"
    assert doc.canonical_url == "https://shafaq.com" + path
    assert "Share:" not in doc.body_text and "Related" not in doc.body_text


def test_story_urls_by_language():
    from scrapers.spiders import spider_class

    ar, en = spider_class(AR), spider_class(EN)
    for url in ("https://shafaq.com/en/Iraq-News/Al-Kadhimi-receives-a-phone-call-from-Erdogan",
                "https://www.shafaq.com/en/Iraq/Al-Sudani-Fidan-stress-agreements-implementation",
                "https://shafaq.com/amp/en/Iraq/Al-Sudani-Fidan-stress-agreements-implementation",
                "http://195.201.164.17:8081/en/iraq-news/al-kadhimi-receives-the-french-ambassador"):
        assert en.is_release_url(en, url), url
        assert not ar.is_release_url(ar, url), url
    for url in ("https://shafaq.com/en/Iraq", "https://shafaq.com/en/Iraq?page=2", "https://shafaq.com/rss/en",
                "https://shafaq.com/en/Economy/Oil-prices-rise"):
        assert not en.is_release_url(en, url), url
    story = "https://shafaq.com/ar/%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9/%D8%A8%D9%88%D8%AA%D9%8A%D9%86"
    assert ar.is_release_url(ar, story) and ar.is_release_url(ar, "https://shafaq.com/ar/رياضة/منتخب-العراق")
    for url in ("https://shafaq.com/ar/%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9", "https://shafaq.com/ar/author/someone",
                "https://shafaq.com/rss/ar", story + "?page=2"):
        assert not ar.is_release_url(ar, url), url
    assert not en.is_release_url(en, story)


@pytest.mark.parametrize("spider", [AR, EN])
def test_every_relevant_page_is_gold_and_fillers_are_skipped(spider, unit_data_dir):
    n_fillers = 0
    for path, info in PAGES.items():
        if info["spider"] != spider:
            continue
        items = parse_page(spider, path, unit_data_dir)
        if not is_stored(info):
            assert items == [], path
            n_fillers += not info["gold_id"]
            continue
        (doc,) = items
        assert isinstance(doc, Document)
        assert (doc.title, doc.lang, doc.published_date) == (info["title"], info["lang"], info["published"])
        assert normalised(doc.body_text) == gold_lines(info)
    assert n_fillers >= 1


def test_an_amp_copy_names_the_story_and_is_not_stored(unit_data_dir):
    spider = make_spider(EN, unit_data_dir)
    url = LIVE["shafaq"] + AMP
    body = (SITES / "shafaq" / AMP_INFO["file"]).read_bytes()
    items = list(spider.parse_release(HtmlResponse(url=url, body=body, request=Request(url),
                                                   headers={"Content-Type": "text/html; charset=UTF-8"})))
    rejected, follow = items
    assert isinstance(rejected, Rejected) and rejected.reason == "duplicate"
    assert follow.url == LIVE["shafaq"] + AMP_INFO["copy_of"]  # the story itself is asked for instead


def test_listing_entries_carry_their_dates(unit_data_dir):
    """Each listing entry's date (``<time datetime>`` or the ISO text beside the link) is known before the
    story is fetched: that is what lets a backfill stop early."""
    for spider, listing in ((AR, SITE["listings"][AR][0]), (EN, SITE["listings"][EN][0])):
        instance = make_spider(spider, unit_data_dir)
        response = replica_response_listing(listing)
        links = list(instance.listing_links(response, instance.decode(response)[1]))
        on_page = {p for p, i in PAGES.items() if i["spider"] == spider and i.get("listing_page") == 1}
        assert {canonicalize(LIVE["shafaq"] + h) for h in links} == {canonicalize(LIVE["shafaq"] + p) for p in on_page}
        for path in on_page:
            when = instance.link_dates.get(canonicalize(LIVE["shafaq"] + path))
            assert when == parse_iso(PAGES[path]["published_utc"]), path


def replica_response_listing(url_path: str) -> HtmlResponse:
    file = json.loads((SITES / "shafaq" / "site.json").read_text(encoding="utf-8"))["routes"][url_path]
    url = LIVE["shafaq"] + url_path
    return HtmlResponse(url=url, body=(SITES / "shafaq" / file).read_bytes(), request=Request(url),
                        headers={"Content-Type": "text/html; charset=UTF-8"})


# ---------------------------------------------------------------------------------------- crawls


def start(spider: str) -> str:
    return SITE["start_paths"][spider]


@pytest.mark.parametrize("spider", [AR, EN])
def test_crawl_by_rss_then_incremental_rerun(tmp_path, spider):
    with serve_site(SITES / "shafaq") as base:
        first = crawl(spider, tmp_path, base + start(spider), FAST)
        second = crawl(spider, tmp_path, base + start(spider), FAST)
    docs = check_feed(first, spider, base)  # exactly the relevant gold documents, once each
    assert docs and first.stats["diwan/feed_pages"] == 1 and not first.stats.get("diwan/fallback")
    n_pages = len(pages_of(spider))
    n_amp = sum(1 for c in SITE["copies"].values() if c["spider"] == spider)
    # every story in the feed is fetched once (the AMP copy, then the story it names)
    assert first.stats["diwan/release_requests"] == n_pages + n_amp
    assert first.stats.get("diwan/skipped/irrelevant", 0) == n_pages - len(docs)
    assert first.n_quarantined == n_amp
    # second run: robots.txt + the feed; nothing stored, skipped or found a copy before is asked again
    assert second.n_requests == 2 and not second.stats.get("diwan/release_requests") and second.feed_path is None


def test_an_amp_link_in_the_feed_yields_one_document_the_canonical_story(tmp_path):
    with serve_site(SITES / "shafaq") as base:
        result = crawl(EN, tmp_path, base + start(EN), FAST)
    docs = read_jsonl(result.feed_path)
    story = [d for d in docs if d["title"] == PAGES[AMP_INFO["copy_of"]]["title"]]
    assert len(story) == 1 and story[0]["url"] == base + AMP_INFO["copy_of"]
    assert story[0]["canonical_url"] == "https://shafaq.com" + AMP_INFO["copy_of"]
    assert not any("/amp/" in d["url"] for d in docs)
    (row,) = quarantine(tmp_path, EN)
    assert (row["url"], row["reason"]) == (base + AMP, "duplicate")


def test_html_listing_when_the_feed_is_missing(tmp_path):
    with serve_site(SITES / "shafaq", faults={"/rss/en": "404"}) as base:
        result = crawl(EN, tmp_path, base + start(EN), FAST)
        again = crawl(EN, tmp_path, base + start(EN), FAST)
    check_feed(result, EN, base)
    assert result.stats["diwan/fallback"] == 1
    assert result.stats["diwan/listing_pages"] == len(SITE["listings"][EN])
    assert quarantine(tmp_path, EN) == []  # the listing links the stories, not their AMP copies
    # incremental: the first listing page holds nothing new, so the walk ends there
    assert again.n_requests == 3  # robots.txt, the missing feed, listing page 1
    assert again.stats["diwan/incremental_stop"] == 1 and again.feed_path is None


def test_backfill_walks_the_listing_and_stops_at_the_date(tmp_path):
    """The listing shows each story's date: the backfill stores the stories since the date, asks no older
    story, and never asks the listing pages after the first one that is all older."""
    since = "2023-06-01"
    listed = [(i["listing_page"], i) for i in PAGES.values() if i["spider"] == AR and i.get("listing_page")]
    n_listings = len(SITE["listings"][AR])
    stop = min(n for n in range(1, n_listings + 1)
               if all(i["published"] and i["published"] < since for page, i in listed if page == n))
    assert stop < n_listings  # the replica has listing pages past the date: they must not be asked
    assert any(i["published"] and i["published"] < since for page, i in listed if page < stop)  # a page of both
    with serve_site(SITES / "shafaq") as base:
        result = crawl(AR, tmp_path, base + start(AR), FAST, spider_args={"since": since})
        expected = {u for u, i in expected_docs(AR, base).items() if i["published"] and i["published"] >= since}
    assert {d["url"] for d in read_jsonl(result.feed_path)} == expected
    assert result.stats["diwan/listing_pages"] == stop
    assert result.stats["diwan/backfill_reached"] == since
    wanted = [i for page, i in listed if page < stop and i["published"] and i["published"] >= since]
    assert result.stats["diwan/release_requests"] == len(wanted)  # no story older than the date
    assert result.n_requests == 1 + stop + len(wanted)  # robots.txt, the listing pages, the stories


def test_a_listing_that_lost_its_stories_fails_the_run_naming_the_source(tmp_path):
    site = copy_site("shafaq", tmp_path / "site")
    data = tmp_path / "data"
    faults = {"/rss/en": "404"}
    with serve_site(site, faults=faults) as base:
        crawl(EN, data, base + start(EN), FAST)
        listing = site / "lists" / "en-1.html"
        # a redesign: the section page now loads its stories through a script the spider can't read
        listing.write_text(re.sub(r'<div class="news-list">.*?</div><div class="pagination">',
                                  '<div id="app"></div><div class="pagination">', listing.read_text(encoding="utf-8"),
                                  flags=re.DOTALL), encoding="utf-8")
        with pytest.raises(CrawlError, match=f"crawl of {EN} failed: layout_changed"):
            crawl(EN, data, base + start(EN), FAST)
    assert quarantine(data, EN)[-1]["reason"] == "layout_changed"
