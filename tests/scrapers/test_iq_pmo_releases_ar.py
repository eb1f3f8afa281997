"""iq_pmo_releases_ar on saved replica pages (no network)."""
from __future__ import annotations

import hashlib
from datetime import date

import pytest
from conftest import (
    MANIFEST,
    SITES,
    document,
    file_response,
    gold,
    make_spider,
    normalised,
    parse_page,
    replica_response,
)  # fmt: skip

from scrapers.items import Document, Rejected
from scrapers.mixins.pmo import choose_date

SPIDER = "iq_pmo_releases_ar"
PAGE = "/press2020/14-5-20203.htm"
GOLD_ID = "ar-pmo-2020-05-14-kadhimi-russian-ambassador-putin-mishustin-invitations"


@pytest.fixture
def item(unit_data_dir) -> Document:
    return document(SPIDER, PAGE, unit_data_dir)


def test_title(item):
    assert item.title == gold()[GOLD_ID]["title"]


def test_lang(item):
    assert item.lang == "ar"


def test_published_at(item):
    assert item.published_at == "2020-05-14T00:00:00+03:00"


def test_published_date(item):
    assert item.published_date == "2020-05-14"


def test_body_text_is_gold_text(item):
    assert normalised(item.body_text) == normalised(gold()[GOLD_ID]["text"])


def test_body_text_has_no_page_chrome(item):
    assert "جميع الحقوق محفوظة" not in item.body_text and "الرئيسية" not in item.body_text


def test_canonical_url(item):
    assert item.canonical_url == "https://pmo.iq/press2020/14-5-20203.htm"


def test_doc_id_is_deterministic(item, tmp_path):
    again = next(iter(make_spider(SPIDER, tmp_path).parse_release(replica_response("pmo", PAGE))))
    assert item.doc_id == again.doc_id == hashlib.sha1(item.canonical_url.encode()).hexdigest()[:16]


def test_source_fields(item):
    assert (item.source, item.source_kind) == (SPIDER, "pmo")


def test_windows_1256_page_without_header_charset(unit_data_dir):
    doc = document(SPIDER, "/press2020/21-5-202001.htm", unit_data_dir)
    gold_doc = gold()["ar-pmo-2020-05-21-kadhimi-syrian-ambassador-khamis-letter"]
    assert doc.title == gold_doc["title"]
    assert normalised(doc.body_text) == normalised(gold_doc["text"])


def test_windows_1256_page_with_no_charset_anywhere(tmp_path):
    page = SITES / "pmo" / "press2020" / "14-5-20203.htm"
    html = page.read_text(encoding="utf-8").replace("; charset=utf-8", "")
    (tmp_path / "p.htm").write_bytes(html.encode("cp1256"))
    (doc,) = make_spider(SPIDER, tmp_path).parse_release(
        file_response(tmp_path / "p.htm", "https://pmo.iq" + PAGE, content_type=None)
    )
    assert doc.title == gold()[GOLD_ID]["title"]


def test_date_from_header_line_not_from_prose(unit_data_dir):
    # the body mentions (٨ أيلول ٢٠٢٠) and (١١ أيلول ٢٠٢٠); the page's date line says 11 September
    assert document(SPIDER, "/press2020/11-9-20204.htm", unit_data_dir).published_date == "2020-09-11"


def test_eastern_arabic_closing_date(unit_data_dir):
    assert document(SPIDER, "/press2022/29-8-20221.htm", unit_data_dir).published_date == "2022-08-29"


def test_malformed_file_name_does_not_change_the_date(unit_data_dir):
    assert document(SPIDER, "/press2020/5-8-201201.htm", unit_data_dir).published_date == "2020-08-05"


def test_undated_release_is_kept_with_null_date(unit_data_dir):
    doc = document(SPIDER, "/?article=87", unit_data_dir)
    assert (doc.published_at, doc.published_date) == (None, None)
    assert doc.body_text


def test_cms_release_uses_declared_canonical(unit_data_dir):
    assert document(SPIDER, "/?article=3012", unit_data_dir).canonical_url == "https://pmo.iq/?article=3012"


def test_listing_page_is_not_a_release(tmp_path):
    response = file_response(SITES / "pmo" / "press.htm", "https://pmo.iq/press.htm")
    (rejected,) = make_spider(SPIDER, tmp_path).parse_release(response)
    assert isinstance(rejected, Rejected) and rejected.reason == "not_a_release"


def test_listing_links_and_next_page(tmp_path):
    spider = make_spider(SPIDER, tmp_path)
    requests = list(spider.parse_listing(file_response(SITES / "pmo" / "press.htm", "https://pmo.iq/press.htm")))
    urls = [r.url for r in requests]
    assert urls == [
        "https://pmo.iq/?article=3012", "https://pmo.iq/?article=1876", "https://pmo.iq/?article=1204",
        "https://pmo.iq/?article=87", "https://pmo.iq/press2022/29-8-20221.htm",
        "https://pmo.iq/archive/press-2.htm",
    ]  # fmt: skip


def test_relative_links_on_later_listing_pages(tmp_path):
    spider = make_spider(SPIDER, tmp_path)
    page = file_response(SITES / "pmo" / "archive" / "press-2.htm", "https://pmo.iq/archive/press-2.htm")
    urls = [r.url for r in spider.parse_listing(page)]
    assert "https://pmo.iq/press2021/30-6-202102.htm" in urls
    assert urls[-1] == "https://pmo.iq/archive/press-3.htm"


def test_english_releases_are_not_followed(tmp_path):
    spider = make_spider(SPIDER, tmp_path)
    assert not spider.is_release_url("https://pmo.iq/pme/press2020en/12-5-20202en.htm")
    assert not spider.is_release_url("https://pmo.iq/?article=1890&lang=en")
    assert spider.is_release_url("https://pmo.iq/press2020/6-5-202002.htm")


@pytest.mark.parametrize(
    ("lines", "url", "expected"),
    [
        (["14 أيار 2020", "نص", "المكتب الإعلامي لرئيس مجلس الوزراء", "3- تشرين الثاني- 2022"],
         "https://pmo.iq/?article=1", date(2022, 11, 3)),
        # header year typo: the closing date agrees with the URL folder and wins
        (["January - 15– 2019", "text", "Media Office of the Prime Minister", "January -15– 2020"],
         "https://pmo.iq/pme/press2020en/15-1-201201en.htm", date(2020, 1, 15)),
        # both page dates disagree with the folder year: the URL date wins
        (["January - 6– 2019"], "https://pmo.iq/pme/press2020en/6-1-201201en.htm", date(2020, 1, 6)),
        ([], "https://pmo.iq/press2020/6-5-202002.htm", date(2020, 5, 6)),
        ([], "https://pmo.iq/?article=3907", None),
    ],
)  # fmt: skip
def test_choose_date(lines, url, expected):
    assert choose_date(lines, url) == expected


# ------------------------------------------------------------------- invariants over every page


def test_every_page_yields_one_document(release, unit_data_dir):
    items = parse_page(SPIDER, release, unit_data_dir)
    assert len(items) == 1 and isinstance(items[0], Document)


def test_every_body_text_is_gold(release, unit_data_dir):
    info = MANIFEST["pmo"]["pages"][release]
    assert normalised(document(SPIDER, release, unit_data_dir).body_text) == normalised(gold()[info["gold_id"]]["text"])


def test_every_title_and_lang_is_gold(release, unit_data_dir):
    doc, expected = document(SPIDER, release, unit_data_dir), gold()[MANIFEST["pmo"]["pages"][release]["gold_id"]]
    assert (doc.title, doc.lang) == (expected["title"], expected["lang"])


def test_every_published_date_is_gold(release, unit_data_dir):
    doc, expected = document(SPIDER, release, unit_data_dir), gold()[MANIFEST["pmo"]["pages"][release]["gold_id"]]
    assert doc.published_date == expected["published"]
    assert doc.published_at is None or doc.published_at.endswith("+03:00")


def test_every_id_and_hash_is_well_formed(release, unit_data_dir):
    doc = document(SPIDER, release, unit_data_dir)
    assert doc.doc_id == hashlib.sha1(doc.canonical_url.encode()).hexdigest()[:16]
    assert len(doc.content_hash) == 40 and doc.fetched_at.endswith("Z")
