"""Real crawls (Scrapy in a subprocess) against the replica server on 127.0.0.1."""
from __future__ import annotations

import json
import re
from collections import Counter

import pytest
from conftest import (
    FAST,
    MANIFEST,
    SITES,
    add_links,
    check_feed,
    copy_site,
    expected_docs,
    gold,
    normalised,
    pages_of,
    quarantine,
    read_jsonl,
)  # fmt: skip

from scrapers.replica_server import serve_site
from scrapers.run import CrawlError, crawl

AR, EN, NEWS = "iq_pmo_releases_ar", "iq_pmo_releases_en", "iq_yesiraq_news"


@pytest.fixture(scope="module")
def pmo_base():
    with serve_site(SITES / "pmo") as base:
        yield base


def test_pmo_ar_crawl_then_incremental_rerun(tmp_path, pmo_base):
    first = crawl(AR, tmp_path, pmo_base + "/press.htm", FAST)
    docs = check_feed(first, AR, pmo_base)
    assert (first.n_documents, first.n_quarantined) == (len(docs), 0)
    for doc in docs:  # raw HTML kept beside the feed, as fetched
        assert (tmp_path / doc["html_path"]).read_bytes().startswith(b"<")
    cp1256 = next(d for d in docs if d["url"].endswith("/press2020/21-5-202001.htm"))
    assert (tmp_path / cp1256["html_path"]).read_bytes().decode("cp1256")  # raw bytes, not re-encoded
    assert (tmp_path / "crawl_stats" / AR / f"{first.run_id}.json").exists()

    second = crawl(AR, tmp_path, pmo_base + "/press.htm", FAST)
    listings = len(MANIFEST["pmo"]["listings"][AR])
    assert second.stats["diwan/listing_pages"] == listings  # listings fetched again...
    assert second.stats.get("diwan/release_requests", 0) == 0  # ...but no release
    assert second.stats["diwan/skipped_stored"] == len(docs)
    assert second.n_requests == listings + 1  # + robots.txt
    assert second.feed_path is None and second.n_documents == 0
    assert len(list((tmp_path / "feeds" / AR).iterdir())) == 1


def test_pmo_en_crawl(tmp_path, pmo_base):
    result = crawl(EN, tmp_path, pmo_base + "/pme/ipresse.htm", FAST)
    assert len(check_feed(result, EN, pmo_base)) == len(pages_of(EN))


def test_yesiraq_crawl_uses_live_canonical_ids(tmp_path):
    with serve_site(SITES / "yesiraq") as base:
        result = crawl(NEWS, tmp_path, base + "/", FAST)
    docs = check_feed(result, NEWS, base)
    assert all(d["canonical_url"].startswith("https://yesiraq.com/") for d in docs)
    assert {d["lang"] for d in docs} == {"ar", "en"}


def test_failures_are_quarantined_and_retried_next_run(tmp_path):
    broken = {"/press2020/8-5-20202.htm": "500", "/press2021/31-3-20211.htm": "slow:3",
              "/press2019/24-7-201901.htm": "404"}  # fmt: skip
    faults = dict(broken)
    with serve_site(SITES / "pmo", faults=faults) as base:
        first = crawl(AR, tmp_path, base + "/press.htm", {**FAST, "DOWNLOAD_TIMEOUT": 1, "RETRY_TIMES": 1})
        stored = {d["url"] for d in read_jsonl(first.feed_path)}
        assert stored == set(expected_docs(AR, base)) - {base + p for p in broken}  # the rest completed
        rows = {row["url"]: row for row in quarantine(tmp_path, AR)}
        assert rows[base + "/press2020/8-5-20202.htm"]["reason"] == "http_error"
        assert rows[base + "/press2020/8-5-20202.htm"]["detail"] == "HTTP 500"
        assert rows[base + "/press2021/31-3-20211.htm"]["reason"] == "timeout"
        assert rows[base + "/press2019/24-7-201901.htm"]["detail"] == "HTTP 404"
        state = json.loads((tmp_path / "crawl_state" / f"{AR}.json").read_text())
        assert set(state["failed"]) == {base + p for p in broken}

        faults.clear()  # the site recovers
        second = crawl(AR, tmp_path, base + "/press.htm", FAST)
    assert {d["url"] for d in read_jsonl(second.feed_path)} == {base + p for p in broken}
    assert second.stats["diwan/release_requests"] == len(broken)  # only the failed ones
    assert json.loads((tmp_path / "crawl_state" / f"{AR}.json").read_text())["failed"] == {}


def test_bad_pages_are_quarantined_with_reasons(tmp_path):
    site = copy_site("pmo", tmp_path / "site")
    release = (site / "press2020" / "14-5-20203.htm").read_text(encoding="utf-8")
    body = release[release.index('<div class="pressText">') : release.index("</td></tr></table>")]
    bad = {
        "/press2020/1-6-20201.htm": release.replace(body, '<div class="pressText"><p>&nbsp;</p></div>'),
        "/press2020/2-6-20201.htm": "<html><head><title>صور</title></head><body><img src=a.jpg></body></html>",
        "/press2020/3-6-20201.htm": re.sub(r"<title>.*?</title>", "<title></title>", release),
        "/press2020/14-5-202003.htm": release,  # the same release typed under a second file name
    }
    for path, text in bad.items():
        (site / path.lstrip("/")).write_text(text, encoding="utf-8")
    add_links(site / "press.htm", [p.lstrip("/") for p in bad])
    data = tmp_path / "data"
    faults = {"/press2019/14-1-201901.htm": "cp1256", "/press2019/24-7-201901.htm": "cp1256-wrong-header"}
    with serve_site(site, faults=faults) as base:
        result = crawl(AR, data, base + "/press.htm", FAST)
    reasons = Counter(row["reason"] for row in quarantine(data, AR))
    assert reasons == {"empty_body": 1, "not_a_release": 1, "no_title": 1, "duplicate": 1}
    docs = read_jsonl(result.feed_path)
    urls = {d["url"] for d in docs}
    pair = {base + "/press2020/14-5-20203.htm", base + "/press2020/14-5-202003.htm"}
    assert len(urls & pair) == 1 and len(docs) == len(pages_of(AR))  # one document, one duplicate row
    for path in faults:  # windows-1256 bytes, no usable charset: decoded all the same
        doc = next(d for d in docs if d["url"] == base + path)
        info = MANIFEST["pmo"]["pages"][path]
        assert normalised(doc["body_text"]) == normalised(gold()[info["gold_id"]]["text"])


def test_listing_without_links_fails_the_run(tmp_path):
    site = copy_site("pmo", tmp_path / "site")
    data = tmp_path / "data"
    with serve_site(site) as base:
        crawl(AR, data, base + "/press.htm", {**FAST})
        listing = site / "press.htm"
        text = listing.read_text(encoding="utf-8")
        # a redesign: the index now lists releases through a script the spider can't read
        listing.write_text(re.sub(r'<table border="0" width="760".*?</table>', '<div id="app"></div>', text,
                                  flags=re.DOTALL), encoding="utf-8")
        with pytest.raises(CrawlError, match="layout_changed"):
            crawl(AR, data, base + "/press.htm", FAST)
    assert quarantine(data, AR)[-1]["reason"] == "layout_changed"


def test_unknown_spider_raises_crawl_error(tmp_path):
    with pytest.raises(CrawlError, match="no_such_spider") as info:
        crawl("no_such_spider", tmp_path, "http://127.0.0.1:9/", FAST, timeout=60)
    assert "KeyError" in info.value.stderr_tail or "not found" in info.value.stderr_tail.lower()


def test_amp_and_print_copies_of_a_release_are_one_document(tmp_path):
    # AMP copies declare the release as canonical (their body differs: no hash match); print copies
    # declare nothing but carry the same text (a hash match). Either way one document, one duplicate row.
    site = copy_site("pmo", tmp_path / "site")
    original = "/press2020/14-5-20203.htm"
    release = (site / original.lstrip("/")).read_text(encoding="utf-8")
    amp = release.replace("</head>", f'<link rel="canonical" href="{original}"></head>', 1)
    amp = amp.replace('<div class="pressText">', '<div class="pressText"><p>النسخة المختصرة للهواتف</p>', 1)
    copies = {"/press2020/14-5-20203-amp.htm": amp, "/press2020/14-5-20203-print.htm": release}
    for path, text in copies.items():
        (site / path.lstrip("/")).write_text(text, encoding="utf-8")
    add_links(site / "press.htm", [p.lstrip("/") for p in copies])
    data = tmp_path / "data"
    with serve_site(site) as base:
        result = crawl(AR, data, base + "/press.htm", FAST)
        again = crawl(AR, data, base + "/press.htm", FAST)
    docs = read_jsonl(result.feed_path)
    family = {base + original, *(base + p for p in copies)}
    stored = [d for d in docs if d["url"] in family]
    # never the AMP copy (whichever the crawl met first); the print copy has the very same text, and
    # without a declared canonical nothing says which of the two is the original
    assert len(stored) == 1 and stored[0]["url"] in (base + original, base + "/press2020/14-5-20203-print.htm")
    assert "المختصرة" not in stored[0]["body_text"]
    assert len(docs) == len(pages_of(AR))
    rows = [r for r in quarantine(data, AR) if r["url"] in family]
    assert len(rows) == 2 and {r["reason"] for r in rows} == {"duplicate"}
    assert again.n_documents == 0 and again.stats.get("diwan/release_requests", 0) == 0  # not fetched again


def test_backfill_since_stops_at_the_folder_year_and_never_asks_older_releases(tmp_path):
    since = "2022-01-01"  # listing page 2 holds only 2020-2021 releases: page 3 is never asked for
    with serve_site(SITES / "pmo") as base:
        full = crawl(AR, tmp_path / "full", base + "/press.htm", FAST)
        result = crawl(AR, tmp_path / "since", base + "/press.htm", FAST, spider_args={"since": since})
        expected = {u for u, i in expected_docs(AR, base).items() if not i["published"] or i["published"] >= since}
    assert {d["url"] for d in read_jsonl(result.feed_path)} == expected
    older = [p for p, _ in pages_of(AR) if (m := re.match(r"/press(\d{4})/", p)) and m[1] < since[:4]]
    assert older  # the replica has releases from folders before 2022: none of them is asked for
    assert result.stats["diwan/release_requests"] == full.stats["diwan/release_requests"] - len(older)
    assert result.stats["diwan/listing_pages"] < full.stats["diwan/listing_pages"]  # pagination stopped
    assert result.stats["diwan/backfill_reached"] == since
