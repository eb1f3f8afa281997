"""The crawl killed mid-way (SIGKILL), then run again: every release stored once, none lost."""
from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, timedelta

import pytest

from bench.corpus import CorpusGenerator, write_replica
from scrapers.replica_server import serve_site
from scrapers.run import crawl
from tests.faults.faultkit import PROJECT_ROOT, kill_when

pytestmark = pytest.mark.slow

SPIDER = "iq_pmo_releases_ar"
N_RELEASES = 60
SETTINGS = {"AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0, "CONCURRENT_REQUESTS": 2,
            "CONCURRENT_REQUESTS_PER_DOMAIN": 2}


def test_crawl_killed_mid_way_then_rerun_loses_and_duplicates_nothing(tmp_path):
    site, data = tmp_path / "site", tmp_path / "data"
    gen = CorpusGenerator(seed=11)
    docs = []
    for i in range(N_RELEASES):
        doc = gen.document(SPIDER, "pmo", "ar", date(2024, 1, 1) + timedelta(days=i))
        doc["body_text"] += f"\nالنشرة رقم {i}"  # every page distinct, so none is a duplicate of another
        docs.append(doc)
    assert write_replica(site, docs) == N_RELEASES
    paths = ["/" + d["url"].split("://", 1)[1].split("/", 1)[1] for d in docs]

    faults = {p: "slow:0.2" for p in paths}  # slow release pages: the kill lands mid-crawl
    with serve_site(site, port=0, faults=faults) as base:
        proc = subprocess.Popen(
            [sys.executable, "-m", "scrapers.crawl", SPIDER, "--data-dir", str(data),
             "--start-url", base + "/press.htm", "--settings-json", json.dumps(SETTINGS)],
            cwd=PROJECT_ROOT, start_new_session=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        raw = data / "raw" / SPIDER
        kill_when(proc, lambda: raw.is_dir() and len(list(raw.glob("*.html"))) >= 10)
        fetched_before_kill = len(list(raw.glob("*.html")))
        assert fetched_before_kill < N_RELEASES
        assert list((data / "feeds" / SPIDER).glob(".*.jsonl.part"))  # the killed run's unpublished feed
        faults.clear()

        result = crawl(SPIDER, data_dir=data, start_url=base + "/press.htm", settings=SETTINGS)
        # a second run finds nothing new and changes nothing
        again = crawl(SPIDER, data_dir=data, start_url=base + "/press.htm", settings=SETTINGS)
        expected = sorted(base + p for p in paths)

    rows = [json.loads(line) for feed in sorted((data / "feeds" / SPIDER).glob("*.jsonl"))
            for line in feed.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert sorted(r["canonical_url"] for r in rows) == expected  # each release exactly once
    assert len({r["doc_id"] for r in rows}) == N_RELEASES
    assert result.n_documents == N_RELEASES  # the killed run published no feed: all come from the rerun
    for r in rows:
        page = (data / r["html_path"]).read_text(encoding="utf-8")
        assert page.rstrip().endswith("</html>"), f"{r['html_path']} is truncated"
    assert again.n_documents == 0
    # the rerun removed what the killed run left half-written
    assert not list((data / "feeds" / SPIDER).glob(".*")) and not list(raw.glob(".*"))
