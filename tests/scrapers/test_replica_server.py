"""The replica server: routing, robots.txt, charset headers and injected faults."""
from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from conftest import MANIFEST, SITES

from scrapers.replica_server import serve_site


def fetch(url: str, timeout: float = 5) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read()


@pytest.fixture(scope="module")
def pmo():
    faults = {}
    with serve_site(SITES / "pmo", faults=faults) as base:
        yield base, faults


def test_base_url_is_loopback(pmo):
    assert pmo[0].startswith("http://127.0.0.1:")


def test_robots_allows_all(pmo):
    assert fetch(pmo[0] + "/robots.txt")[2] == b"User-agent: *\nAllow: /\n"


def test_static_page_has_no_charset_header(pmo):
    status, ctype, body = fetch(pmo[0] + "/press2020/21-5-202001.htm")
    assert (status, ctype) == (200, "text/html")
    assert b"charset=windows-1256" in body


def test_query_routes_ignore_parameter_order(pmo):
    a, b = fetch(pmo[0] + "/?article=1890&lang=en"), fetch(pmo[0] + "/?lang=en&article=1890")
    assert a[0] == 200 and a[2] == b[2]


def test_unknown_path_and_query_are_404(pmo):
    assert fetch(pmo[0] + "/press2020/nope.htm")[0] == 404
    assert fetch(pmo[0] + "/?article=999999")[0] == 404


def test_fault_by_route_table(pmo):
    base, faults = pmo
    faults["/press.htm"] = "500"
    try:
        assert fetch(base + "/press.htm")[0] == 500
    finally:
        faults.clear()
    assert fetch(base + "/press.htm")[0] == 200


def test_fault_by_query_flag(pmo):
    assert fetch(pmo[0] + "/press.htm?__fault=503")[0] == 503


def test_slow_fault(pmo):
    start = time.monotonic()
    assert fetch(pmo[0] + "/press.htm?__fault=slow:0.5")[0] == 200
    assert time.monotonic() - start >= 0.5


def test_cp1256_fault_strips_every_charset(pmo):
    _, ctype, body = fetch(pmo[0] + "/press2020/14-5-20203.htm?__fault=cp1256")
    assert ctype == "text/html" and b"charset" not in body.lower()
    assert "الكاظمي" in body.decode("cp1256")
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")


def test_cp1256_wrong_header_fault(pmo):
    _, ctype, body = fetch(pmo[0] + "/press2020/14-5-20203.htm?__fault=cp1256-wrong-header")
    assert ctype == "text/html; charset=UTF-8" and "الكاظمي" in body.decode("cp1256")


def test_wordpress_slugs_in_either_percent_case():
    path = next(p for p in MANIFEST["yesiraq"]["pages"] if p.startswith("/%D9%8A%D9%88%D9%85"))
    with serve_site("yesiraq") as base:
        upper, lower = fetch(base + path), fetch(base + path.lower())
        listing = fetch(base + "/page/2/")
    assert upper[0] == lower[0] == 200 and upper[1] == "text/html; charset=UTF-8"
    assert listing[0] == 200


def test_command_line_serves_a_site():
    proc = subprocess.Popen(
        [sys.executable, "-m", "scrapers.replica_server", "--site", "yesiraq", "--port", "0"],
        stdout=subprocess.PIPE, text=True, cwd=SITES.parents[2],
    )  # fmt: skip
    try:
        line = proc.stdout.readline()
        base = line.rsplit(" at ", 1)[1].strip().rstrip("/")
        assert fetch(base + "/robots.txt")[0] == 200
    finally:
        proc.terminate()
        proc.wait(timeout=5)


def test_wordpress_api_pages_with_headers():
    with serve_site("yesiraq") as base:
        with urllib.request.urlopen(base + "/wp-json/wp/v2/posts?per_page=5&page=2", timeout=5) as response:
            headers, posts = response.headers, json.loads(response.read())
        past_end = fetch(base + "/wp-json/wp/v2/posts?per_page=5&page=99")
        after = json.loads(fetch(base + "/wp-json/wp/v2/posts?per_page=100&after=2021-01-01T00:00:00")[2])
    total = len(MANIFEST["yesiraq"]["pages"])
    assert headers["X-WP-Total"] == str(total) and headers["X-WP-TotalPages"] == str(-(-total // 5))
    assert headers["Content-Type"] == "application/json; charset=UTF-8"
    assert len(posts) == 5 and all(p["link"].startswith(base + "/") for p in posts)
    assert past_end[0] == 400 and b"rest_post_invalid_page_number" in past_end[2]
    assert after and all(p["date"] > "2021-01-01" for p in after)


def test_wordpress_feed_is_rss_with_paged():
    with serve_site("yesiraq") as base:
        first, second, past = fetch(base + "/feed/"), fetch(base + "/feed/?paged=2"), fetch(base + "/feed/?paged=9")
    assert first[1] == "application/rss+xml; charset=UTF-8" and first[2].count(b"<item>") == 10
    assert second[2].count(b"<item>") == len(MANIFEST["yesiraq"]["pages"]) - 10 and past[0] == 404
