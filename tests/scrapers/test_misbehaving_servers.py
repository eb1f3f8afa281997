"""Misbehaving servers: each failure is bounded and recorded with its reason, the rest of the run
goes on, and the failed pages are asked again next run. Real crawls of the pmo replica on 127.0.0.1."""
from __future__ import annotations

import json

from conftest import FAST, MANIFEST, SITES, copy_site, expected_docs, gold, normalised, quarantine, read_jsonl

from scrapers.replica_server import serve_site
from scrapers.run import crawl

AR = "iq_pmo_releases_ar"
FAULTS = {
    "/press2020/8-5-20202.htm": "503",  # a burst of 503s: retried with backoff, then http_error
    "/press2021/31-3-20211.htm": "slow:3",  # slower than the timeout
    "/press2020/11-9-20204.htm": "reset",  # connection dropped mid-body
    "/press2021/30-6-202102.htm": "truncate",  # half an HTML document
    "/press2022/29-8-20221.htm": "huge:3",  # over DOWNLOAD_MAXSIZE
    "/press2020/5-8-201201.htm": "redirect-loop",
}
REASONS = {
    "/press2020/8-5-20202.htm": "http_error", "/press2021/31-3-20211.htm": "timeout",
    "/press2020/11-9-20204.htm": "network_error", "/press2021/30-6-202102.htm": "truncated",
    "/press2022/29-8-20221.htm": "too_large", "/press2020/5-8-201201.htm": "redirect_loop",
}  # fmt: skip
SETTINGS = {**FAST, "DOWNLOAD_TIMEOUT": 1, "RETRY_TIMES": 1, "DOWNLOAD_MAXSIZE": 1024 * 1024}


def test_every_failure_is_bounded_recorded_and_retried_next_run(tmp_path):
    faults = dict(FAULTS)
    with serve_site(SITES / "pmo", faults=faults) as base:
        first = crawl(AR, tmp_path, base + "/press.htm", SETTINGS, timeout=120)
        stored = {d["url"] for d in read_jsonl(first.feed_path)}
        assert stored == set(expected_docs(AR, base)) - {base + p for p in FAULTS}  # the rest completed
        rows = {row["url"]: row for row in quarantine(tmp_path, AR)}
        assert {p: rows[base + p]["reason"] for p in FAULTS} == REASONS
        assert all(rows[base + p]["detail"] for p in FAULTS)
        assert first.stats["diwan/retry_backoff_waits"] >= 2  # 503 and timeout retried after a pause
        state = json.loads((tmp_path / "crawl_state" / f"{AR}.json").read_text())
        assert set(state["failed"]) == {base + p for p in FAULTS}

        faults.clear()  # the site recovers: only the failed pages are asked again
        second = crawl(AR, tmp_path, base + "/press.htm", FAST)
    assert {d["url"] for d in read_jsonl(second.feed_path)} == {base + p for p in FAULTS}
    assert second.stats["diwan/release_requests"] == len(FAULTS)


def test_invalid_utf8_bytes_are_dropped_not_mojibake(tmp_path):
    path = "/press2020/14-5-20203.htm"
    with serve_site(SITES / "pmo", faults={path: "invalid-utf8"}) as base:
        result = crawl(AR, tmp_path, base + "/press.htm", FAST)
    doc = next(d for d in read_jsonl(result.feed_path) if d["url"] == base + path)
    assert normalised(doc["body_text"]) == normalised(gold()[MANIFEST["pmo"]["pages"][path]["gold_id"]]["text"])
    assert result.stats["diwan/encoding/utf-8-lossy"] == 1


def test_endless_pagination_stops_at_the_page_limit(tmp_path):
    with serve_site(SITES / "pmo", faults={"/archive/press-3.htm": "trap"}) as base:
        result = crawl(AR, tmp_path, base + "/press.htm", {**FAST, "DIWAN_MAX_LISTING_PAGES": 8})
    assert result.stats["diwan/listing_pages"] == 8 and result.stats["diwan/listing_page_limit"] == 8


def test_robots_txt_is_obeyed_and_recorded(tmp_path):
    site = copy_site("pmo", tmp_path / "site")
    (site / "robots.txt").write_text("User-agent: *\nDisallow: /press2019/\n", encoding="utf-8")
    with serve_site(site) as base:
        result = crawl(AR, tmp_path / "data", base + "/press.htm", FAST)
    urls = {d["url"] for d in read_jsonl(result.feed_path)}
    assert urls and not any("/press2019/" in u for u in urls)
    rows = [r for r in quarantine(tmp_path / "data", AR) if "/press2019/" in r["url"]]
    assert rows and {r["reason"] for r in rows} == {"robots_disallowed"}
    state = json.loads((tmp_path / "data" / "crawl_state" / f"{AR}.json").read_text())
    assert not any("/press2019/" in u for u in state["failed"])  # not a failure to retry
