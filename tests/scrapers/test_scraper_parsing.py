"""Small parsing helpers of the crawling layer: dates, URLs, decoding, text lines, the store."""
from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from parsel import Selector

from scrapers.dates import BAGHDAD, baghdad_fields, fallback_date, parse_date_line, parse_iso
from scrapers.items import Document
from scrapers.pagetext import decode_page, detect_script_lang, selector_lines
from scrapers.store import CrawlStore
from scrapers.urls import canonical_url, canonicalize, doc_id


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("December-22- 2018", date(2018, 12, 22)), ("May9- 2019", date(2019, 5, 9)),
        ("March  - 26– 2019", date(2019, 3, 26)), ("January - 15– 2019", date(2019, 1, 15)),
        ("May -11– 2020", date(2020, 5, 11)), ("March – 26- 2019", date(2019, 3, 26)),
        ("July- 24 – 2019", date(2019, 7, 24)), ("May- 5 - 2019", date(2019, 5, 5)),
        ("April-12 -2020", date(2020, 4, 12)), ("May 21, 2023", date(2023, 5, 21)),
        ("December 1, 2024", date(2024, 12, 1)), ("14 أيار 2020", date(2020, 5, 14)),
        ("3- تشرين الثاني- 2022", date(2022, 11, 3)), ("٢٩ آب ٢٠٢٢", date(2022, 8, 29)),
        ("10 تشرين الأول 2023", date(2023, 10, 10)), ("1 كانون الثاني 2020", date(2020, 1, 1)),
        ("31 اذار 2021", date(2021, 3, 31)),
        ("Media Office of the Prime Minister", None), ("اليوم الخميس 14 أيار 2020", None),
        ("February 30, 2020", None),
    ],
)  # fmt: skip
def test_parse_date_line(line, expected):
    assert parse_date_line(line) == expected


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (('<html><head><meta property="article:published_time" content="2023-07-16T10:20:00+03:00">'
         "</head><body><p>نص</p></body></html>"), date(2023, 7, 16)),
        (('<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
         '"datePublished": "2021-03-06"}</script></head><body><p>t</p></body></html>'), date(2021, 3, 6)),
        ('<html><body><article><time datetime="2020-05-14">14 أيار</time><p>t</p></article></body></html>',
         date(2020, 5, 14)),
        # a date only in the prose is not the page's date: no guess
        ("<html><body><p>التقى رئيس الوزراء يوم 3 آذار 2019 بالسفير</p></body></html>", None),
        ("", None),
        ("<html><head><meta property='article:published_time' content='not a date'></head></html>", None),
    ],
)  # fmt: skip
def test_fallback_date_reads_markup_only(html, expected):
    assert fallback_date(html) == expected


def test_baghdad_fields_from_a_date_and_from_utc():
    assert baghdad_fields(date(2020, 5, 14)) == ("2020-05-14T00:00:00+03:00", "2020-05-14")
    assert baghdad_fields(parse_iso("2020-07-29T21:40:00+00:00")) == ("2020-07-30T00:40:00+03:00", "2020-07-30")
    assert baghdad_fields(None) == (None, None)


def test_parse_iso_naive_is_baghdad_time():
    assert parse_iso("2020-05-14T10:00:00") == datetime(2020, 5, 14, 10, tzinfo=BAGHDAD)
    assert parse_iso("not a date") is None and parse_iso("") is None


def test_canonicalize_drops_tracking_and_fragment_keeps_www():
    url = "HTTPS://WWW.PMO.IQ/pme/press2019en/16-12-201901en.htm?utm_source=x&fbclid=y#top"
    assert canonicalize(url) == "https://www.pmo.iq/pme/press2019en/16-12-201901en.htm"
    assert canonicalize("https://pmo.iq/?article=3907&amp=1") == "https://pmo.iq/?article=3907"


def test_canonicalize_one_spelling_of_percent_escapes():
    assert canonicalize("https://yesiraq.com/%d9%8a%d9%88%d9%85/") == "https://yesiraq.com/%D9%8A%D9%88%D9%85/"
    assert canonicalize("https://yesiraq.com/يوم/") == "https://yesiraq.com/%D9%8A%D9%88%D9%85/"


def test_declared_canonical_wins_and_doc_id_is_sha1_prefix():
    assert canonical_url("http://127.0.0.1:8702/x/", "https://yesiraq.com/x/") == "https://yesiraq.com/x/"
    assert doc_id("https://pmo.iq/press2020/6-5-202002.htm") == "f6b4bfb3e446b9c9"  # sha1(url)[:16]


@pytest.mark.parametrize(
    ("body", "content_type", "encoding"),
    [
        ("<meta charset=utf-8>عربي".encode(), "text/html; charset=utf-8", "utf-8"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">عربي'.encode("cp1256"),
         "text/html", "cp1256"),
        ("عربي".encode("cp1256"), "text/html; charset=UTF-8", "cp1256"),  # wrong header: skipped
        ("عربي".encode("cp1256"), None, "cp1256"),  # nothing declared: utf-8 fails, cp1256
        ("عربي".encode(), None, "utf-8"),
    ],
)  # fmt: skip
def test_decode_page(body, content_type, encoding):
    text, used = decode_page(body, content_type)
    assert "عربي" in text and used == encoding


def test_selector_lines_blocks_breaks_and_dropped_chrome():
    sel = Selector(text="<div><p>a  <b>b</b></p><p>&nbsp;</p>c<br>d<div class=share>x</div>e</div>")
    assert selector_lines(sel.css("div")[0]) == ["a b", "c", "d", "x", "e"]
    assert selector_lines(sel.css("div")[0], drop=(".share",)) == ["a b", "c", "d", "e"]


def test_detect_script_lang():
    assert detect_script_lang("استقبل رئيس مجلس الوزراء السفير الروسي في بغداد") == "ar"
    assert detect_script_lang("Prime Minister received the Russian ambassador") == "en"
    assert detect_script_lang("2020 - 12") is None


def _doc(n: int) -> Document:
    return Document(doc_id=f"{n:016d}", source="s", source_kind="pmo", url=f"https://x/{n}",
                    canonical_url=f"https://x/{n}", lang="ar", title="t", published_at=None,
                    published_date=None, body_text="b", content_hash=f"{n}", fetched_at="2020-01-01T00:00:00Z",
                    raw_html=b"<html></html>")  # fmt: skip


def test_store_writes_no_feed_when_nothing_stored(tmp_path):
    store = CrawlStore(tmp_path, "s", "run1")
    assert store.close() is None
    assert not (tmp_path / "feeds" / "s").exists() or not any((tmp_path / "feeds" / "s").iterdir())
    assert json.loads((tmp_path / "crawl_state" / "s.json").read_text())["failed"] == {}


def test_store_after_a_killed_run_removes_its_leftovers_and_refetches_its_pages(tmp_path):
    killed = CrawlStore(tmp_path, "s", "run1")
    killed.write_document(_doc(1))  # the process dies here: the feed is still .part, never closed
    killed._feed.close()
    (killed.raw_dir / ".0000000000000002.html.run1.tmp").write_bytes(b"<html><bo")  # half a page
    assert killed._feed_part.exists()

    later = CrawlStore(tmp_path, "s", "run2")
    assert later.n_leftovers_removed == 2
    assert not killed._feed_part.exists() and not list(later.raw_dir.glob(".*"))
    assert not later.already_stored("https://x/1")  # never published, so fetched again
    later.write_document(_doc(1))
    later.write_document(_doc(2))
    assert later.close() == later.feed_path
    assert len(later.feed_path.read_text().splitlines()) == 2
    assert (later.raw_dir / "0000000000000002.html").read_bytes() == b"<html></html>"


def test_store_writes_raw_pages_whole_and_never_rewrites_them(tmp_path):
    store = CrawlStore(tmp_path, "s", "run1")
    store.write_document(_doc(1))
    page = store.raw_dir / "0000000000000001.html"
    assert page.read_bytes() == b"<html></html>" and sorted(p.name for p in store.raw_dir.iterdir()) == [page.name]
    again = _doc(1)
    again.raw_html = b"<html>changed</html>"
    store.write_document(again)
    assert page.read_bytes() == b"<html></html>"


def test_store_feed_is_published_on_close_and_known_next_run(tmp_path):
    store = CrawlStore(tmp_path, "s", "run1")
    store.write_document(_doc(1))
    assert not store.feed_path.exists()  # still a .part file while the run goes on
    assert store.close() == store.feed_path
    record = json.loads(store.feed_path.read_text())
    assert "raw_html" not in record and record["html_path"] == "raw/s/0000000000000001.html"
    later = CrawlStore(tmp_path, "s", "run2")
    assert later.already_stored("https://x/1") and not later.already_stored("https://x/2")
