"""iq_pmo_releases_en on saved replica pages (no network)."""
from __future__ import annotations

import hashlib

import pytest
from conftest import MANIFEST, SITES, document, file_response, gold, make_spider, normalised, parse_page

from scrapers.items import Document

SPIDER = "iq_pmo_releases_en"
PAGE = "/pme/press2020en/12-5-20202en.htm"
GOLD_ID = "en-pmo-2020-05-12-arab-league-call"


@pytest.fixture
def item(unit_data_dir) -> Document:
    return document(SPIDER, PAGE, unit_data_dir)


def test_title(item):
    assert item.title == gold()[GOLD_ID]["title"]


def test_lang(item):
    assert item.lang == "en"


def test_published_at(item):
    assert item.published_at == "2020-05-12T00:00:00+03:00"


def test_published_date(item):
    assert item.published_date == "2020-05-12"


def test_body_text_is_gold_text(item):
    # the breadcrumb 'Home> Press Releases' is part of this release's text, so it stays
    assert normalised(item.body_text) == normalised(gold()[GOLD_ID]["text"])
    assert item.body_text.startswith("Home> Press Releases\n")


def test_canonical_url(item):
    assert item.canonical_url == "https://pmo.iq/pme/press2020en/12-5-20202en.htm"


def test_doc_id_is_deterministic(item):
    assert item.doc_id == hashlib.sha1(b"https://pmo.iq/pme/press2020en/12-5-20202en.htm").hexdigest()[:16]


def test_breadcrumb_outside_the_body_is_chrome(unit_data_dir):
    doc = document(SPIDER, "/pme/press2021en/8-9-20212en.htm", unit_data_dir)
    assert "Home>" not in doc.body_text


def test_date_line_without_spaces(unit_data_dir):
    # 'May9- 2019' in the header, 'May- 9 - 2019' in the closing
    assert document(SPIDER, "/pme/press2019en/9-5-201901en.htm", unit_data_dir).published_date == "2019-05-09"


def test_malformed_file_name(unit_data_dir):
    assert document(SPIDER, "/pme/press2020en/10-9-201201en.htm", unit_data_dir).published_date == "2020-09-10"


def test_sudani_era_cms_date(unit_data_dir):
    doc = document(SPIDER, "/?article=1420&lang=en", unit_data_dir)
    assert doc.published_at == "2023-05-21T00:00:00+03:00"
    assert doc.canonical_url == "https://pmo.iq/?article=1420&lang=en"


def test_cms_title_from_og_title_not_the_site_suffix(unit_data_dir):
    doc = document(SPIDER, "/?article=1890&lang=en", unit_data_dir)
    assert doc.title == gold()["en-pmo-2023-10-28-eu-ambassador-seiler"]["title"]


def test_listing_follows_relative_links_and_next(tmp_path):
    spider = make_spider(SPIDER, tmp_path)
    page = file_response(SITES / "pmo" / "pme" / "ipresse.htm", "https://pmo.iq/pme/ipresse.htm")
    urls = [r.url for r in spider.parse_listing(page)]
    assert "https://pmo.iq/pme/press2021en/30-11-20211en.htm" in urls
    assert "https://pmo.iq/?article=1890&lang=en" in urls
    assert urls[-1] == "https://pmo.iq/pme/ipresse-2.htm"
    page2 = file_response(SITES / "pmo" / "pme" / "ipresse-2.htm", "https://pmo.iq/pme/ipresse-2.htm")
    urls2 = [r.url for r in spider.parse_listing(page2)]
    assert urls2 == [
        "https://pmo.iq/pme/press2020en/10-9-201201en.htm",
        "https://pmo.iq/pme/press2020en/12-5-20202en.htm",
        "https://pmo.iq/pme/press2019en/9-5-201901en.htm",
    ]


def test_start_url_and_allowed_domain_arguments(tmp_path):
    spider = make_spider(SPIDER, tmp_path)
    assert (spider.start_url, spider.allowed_domains) == ("https://pmo.iq/pme/ipresse.htm", ["pmo.iq"])
    replica = make_spider(SPIDER, tmp_path, start_url="http://127.0.0.1:8701/pme/ipresse.htm")
    assert replica.allowed_domains == ["127.0.0.1"]


# ------------------------------------------------------------------- invariants over every page


def _gold(release):
    return gold()[MANIFEST["pmo"]["pages"][release]["gold_id"]]


def test_every_page_yields_one_document(release, unit_data_dir):
    items = parse_page(SPIDER, release, unit_data_dir)
    assert len(items) == 1 and isinstance(items[0], Document)


def test_every_body_text_is_gold(release, unit_data_dir):
    assert normalised(document(SPIDER, release, unit_data_dir).body_text) == normalised(_gold(release)["text"])


def test_every_title_and_lang_is_gold(release, unit_data_dir):
    doc = document(SPIDER, release, unit_data_dir)
    assert (doc.title, doc.lang) == (_gold(release)["title"], "en")


def test_every_published_date_is_gold(release, unit_data_dir):
    doc = document(SPIDER, release, unit_data_dir)
    assert doc.published_date == _gold(release)["published"]
    assert doc.published_at.endswith("+03:00")


def test_every_id_and_hash_is_well_formed(release, unit_data_dir):
    doc = document(SPIDER, release, unit_data_dir)
    assert doc.doc_id == hashlib.sha1(doc.canonical_url.encode()).hexdigest()[:16]
    assert len(doc.content_hash) == 40 and doc.fetched_at.endswith("Z")
