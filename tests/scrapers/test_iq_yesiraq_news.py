"""iq_yesiraq_news: saved replica pages (no network), then real crawls of the WordPress replica
(REST API, feed, HTML fallback, search, backfill, incremental) on 127.0.0.1."""
from __future__ import annotations

import hashlib

import pytest
from conftest import (
    FAST,
    MANIFEST,
    SITES,
    check_feed,
    document,
    expected_docs,
    file_response,
    gold,
    is_stored,
    make_spider,
    normalised,
    parse_page,
    read_jsonl,
    replica_response,
)  # fmt: skip

from scrapers.items import Document
from scrapers.replica_server import serve_site
from scrapers.run import crawl

SPIDER = "iq_yesiraq_news"
SEED_PATH = next(p for p, i in MANIFEST["yesiraq"]["pages"].items() if i["gold_id"] and i["gold_id"].startswith("seed"))
SEED_ID = "seed-yesiraq-2020-05-14-kadhimi-ambassadors"
# The one yesiraq URL seen in the wild (sites/README.md §2): the seed article's.
SEEN_URL = (
    "https://yesiraq.com/%D9%8A%D9%88%D9%85-%D8%B7%D9%88%D9%8A%D9%84-%D9%84%D9%84%D9%83%D8%A7%D8%B8%D9%85%D9%8A-"
    "%D8%A8%D8%B3%D9%84%D8%B3%D9%84%D8%A9-%D9%84%D9%82%D8%A7%D8%A1%D8%A7%D8%AA-%D8%AF%D8%A8%D9%84%D9%88%D9%85%D8%A7/"
)


def path_of(gold_id: str) -> str:
    return next(p for p, i in MANIFEST["yesiraq"]["pages"].items() if i["gold_id"] == gold_id)


@pytest.fixture
def item(unit_data_dir) -> Document:
    return document(SPIDER, SEED_PATH, unit_data_dir)


def test_title(item):
    assert item.title == gold()[SEED_ID]["title"]


def test_lang(item):
    assert item.lang == "ar"


def test_published_at(item):
    assert item.published_at == "2020-05-14T19:42:11+03:00"


def test_published_date(item):
    assert item.published_date == "2020-05-14"


def test_body_text_is_gold_text(item):
    assert normalised(item.body_text) == normalised(gold()[SEED_ID]["text"])


def test_caption_and_byline_are_kept_sharing_blocks_are_not(item):
    lines = item.body_text.splitlines()
    assert lines[0].startswith("A handout image") and lines[1] == "متابعة يس عراق:"
    assert "شارك هذا" not in item.body_text and "ذات صلة" not in item.body_text


def test_canonical_url_is_the_seen_slug(item):
    assert item.canonical_url == SEEN_URL


def test_doc_id_is_deterministic(item):
    assert item.doc_id == hashlib.sha1(SEEN_URL.encode()).hexdigest()[:16]


def test_utc_metadata_gives_the_baghdad_date(unit_data_dir):
    doc = document(SPIDER, path_of("ar-news-2020-07-30-pm-office-denies-kadhimi-washington-date"), unit_data_dir)
    assert doc.published_at == "2020-07-30T00:40:00+03:00"
    assert doc.published_date == "2020-07-30"


def test_date_from_json_ld(unit_data_dir):
    doc = document(SPIDER, path_of("ar-news-2019-05-08-pompeo-surprise-baghdad-abdulmahdi"), unit_data_dir)
    assert doc.published_at == "2019-05-08T09:12:44+03:00"


def test_undated_article_is_kept_with_null_date(unit_data_dir):
    doc = document(SPIDER, path_of("en-news-jordan-denies-king-visit-baghdad"), unit_data_dir)
    assert (doc.published_at, doc.published_date, doc.lang) == (None, None, "en")


def test_english_article_lang_from_html_lang(unit_data_dir):
    assert document(SPIDER, path_of("en-news-2020-09-18-fm-hussein-le-drian-paris"), unit_data_dir).lang == "en"


def test_lang_falls_back_to_script(tmp_path):
    page = SITES / "yesiraq" / MANIFEST["yesiraq"]["pages"][SEED_PATH]["file"]
    (tmp_path / "p.html").write_text(page.read_text(encoding="utf-8").replace(' lang="ar"', ""), encoding="utf-8")
    (doc,) = make_spider(SPIDER, tmp_path).parse_release(file_response(tmp_path / "p.html", SEEN_URL))
    assert doc.lang == "ar"


def test_listing_links_and_next_page(tmp_path):
    spider = make_spider(SPIDER, tmp_path)
    urls = [r.url for r in spider.parse_listing(file_response(SITES / "yesiraq" / "index.html", "https://yesiraq.com/"))]
    assert len(urls) == 9 and urls[-1] == "https://yesiraq.com/page/2/"
    assert not any("/category/" in u or "/about/" in u for u in urls)


def test_irrelevant_articles_are_skipped_not_stored(tmp_path):
    fillers = [p for p, i in MANIFEST["yesiraq"]["pages"].items() if i["gold_id"] is None]
    assert len(fillers) == 3
    spider = make_spider(SPIDER, tmp_path)
    for path in fillers:
        assert list(spider.parse_release(replica_response("yesiraq", path))) == []
    assert spider.crawler.stats.get_value("diwan/skipped/irrelevant") == 3
    assert set(spider.store.state["skipped"].values()) == {"irrelevant"}  # not fetched again next run


# ------------------------------------------------------------------- invariants over every page


def _info(release):
    return MANIFEST["yesiraq"]["pages"][release]


def test_every_relevant_page_yields_one_document_the_rest_none(release, unit_data_dir):
    items = parse_page(SPIDER, release, unit_data_dir)
    if is_stored(_info(release)):
        assert len(items) == 1 and isinstance(items[0], Document)
    else:
        assert items == []


def test_every_body_text_is_gold(gold_release, unit_data_dir):
    expected = gold()[_info(gold_release)["gold_id"]]["text"]
    assert normalised(document(SPIDER, gold_release, unit_data_dir).body_text) == normalised(expected)


def test_every_title_lang_and_date_match_the_manifest(stored_release, unit_data_dir):
    doc, info = document(SPIDER, stored_release, unit_data_dir), _info(stored_release)
    assert (doc.title, doc.lang, doc.published_date) == (info["title"], info["lang"], info["published"])


def test_every_canonical_is_the_live_url(stored_release, unit_data_dir):
    doc = document(SPIDER, stored_release, unit_data_dir)
    assert doc.canonical_url == _info(stored_release)["canonical_url"]
    assert doc.doc_id == hashlib.sha1(doc.canonical_url.encode()).hexdigest()[:16]


# ------------------------------------------------------------------ crawls of the WordPress replica

N_POSTS = len(MANIFEST["yesiraq"]["pages"])


def test_api_crawl_stores_every_relevant_article_and_skips_the_rest(tmp_path):
    with serve_site(SITES / "yesiraq") as base:
        result = crawl(SPIDER, tmp_path, base + "/", {**FAST})
    docs = check_feed(result, SPIDER, base)
    assert all(d["canonical_url"].startswith("https://yesiraq.com/") for d in docs)
    assert {d["lang"] for d in docs} == {"ar", "en"}
    stats = result.stats
    assert stats["diwan/api_pages"] == 1 and not stats.get("diwan/feed_pages") and not stats.get("diwan/fallback")
    assert stats["diwan/release_requests"] == N_POSTS  # every post of the API, fetched once
    assert stats["diwan/skipped/irrelevant"] == N_POSTS - len(docs)
    assert result.n_quarantined == 0


def test_api_pages_by_x_wp_totalpages_then_a_rerun_asks_one_page(tmp_path):
    with serve_site(SITES / "yesiraq") as base:
        first = crawl(SPIDER, tmp_path, base + "/", FAST, spider_args={"per_page": 4})
        second = crawl(SPIDER, tmp_path, base + "/", FAST, spider_args={"per_page": 4})
    assert first.stats["diwan/api_pages"] == -(-N_POSTS // 4)
    assert first.n_documents == len(expected_docs(SPIDER, base))
    # second run: robots.txt + API page 1; it held nothing new, so pagination stops; no article fetched
    assert second.n_requests == 2 and second.stats["diwan/incremental_stop"] == 1
    assert not second.stats.get("diwan/release_requests") and second.feed_path is None


def test_backfill_since_asks_the_api_for_newer_posts_only(tmp_path):
    with serve_site(SITES / "yesiraq") as base:
        result = crawl(SPIDER, tmp_path, base + "/", FAST, spider_args={"since": "2020-05-01"})
        expected = {u for u, i in expected_docs(SPIDER, base).items() if i["published"] and i["published"] >= "2020-05-01"}
    assert {d["url"] for d in read_jsonl(result.feed_path)} == expected
    assert result.stats["diwan/release_requests"] == sum(
        1 for i in MANIFEST["yesiraq"]["pages"].values() if i["published"] and i["published"] >= "2020-05-01")


def test_search_filter(tmp_path):
    with serve_site(SITES / "yesiraq") as base:
        result = crawl(SPIDER, tmp_path, base + "/", FAST, spider_args={"search": "الكاظمي"})
    docs = read_jsonl(result.feed_path)
    assert docs and all("الكاظمي" in (d["title"] + d["body_text"]) for d in docs)
    assert len(docs) < len(expected_docs(SPIDER, base))


def test_without_the_api_the_feed_is_used(tmp_path):
    with serve_site(SITES / "yesiraq", faults={"/wp-json/wp/v2/posts": "404"}) as base:
        result = crawl(SPIDER, tmp_path, base + "/", FAST)
    check_feed(result, SPIDER, base)
    assert result.stats["diwan/fallback"] == 1
    assert result.stats["diwan/feed_pages"] == 2 and not result.stats.get("diwan/api_pages")  # 10 + 8 items
    assert result.n_quarantined == 0


def test_feed_dates_stand_in_when_the_page_has_none(tmp_path):
    """The undated article has no date in the feed either; a dated page's own metadata wins."""
    with serve_site(SITES / "yesiraq", faults={"/wp-json/wp/v2/posts": "404"}) as base:
        result = crawl(SPIDER, tmp_path, base + "/", FAST)
    by_title = {d["title"]: d for d in read_jsonl(result.feed_path)}
    assert by_title[gold()[SEED_ID]["title"]]["published_at"] == "2020-05-14T19:42:11+03:00"


def test_without_api_and_feed_the_html_listing_is_used(tmp_path):
    faults = {"/wp-json/wp/v2/posts": "404", "/feed/": "404"}
    with serve_site(SITES / "yesiraq", faults=faults) as base:
        result = crawl(SPIDER, tmp_path, base + "/", FAST)
    check_feed(result, SPIDER, base)
    assert result.stats["diwan/fallback"] == 2 and result.stats["diwan/listing_pages"] == 3  # /, /page/2/, /page/3/
