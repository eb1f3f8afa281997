"""Two pipeline runs at once on one data folder, end to end in two processes: the second refuses with a
clear message and changes nothing; the first completes; the warehouse holds every document once."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import date, timedelta

import pytest

from bench.corpus import CorpusGenerator, write_replica
from flows.lock import LOCK_NAME, data_folder_lock
from scrapers.replica_server import serve_site
from tests.faults.faultkit import PROJECT_ROOT, assert_each_once, warehouse_contents

pytestmark = pytest.mark.slow

SPIDER = "iq_pmo_releases_ar"
N_RELEASES = 12
SETTINGS = {"AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0, "CONCURRENT_REQUESTS": 1,
            "CONCURRENT_REQUESTS_PER_DOMAIN": 1}


def _env(tmp_path, name: str) -> dict:
    # each run its own temporary Prefect server and database, as on two terminals of one machine
    home = tmp_path / f"prefect-{name}"
    return dict(os.environ, PREFECT_HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false",
                PREFECT_LOGGING_LEVEL="WARNING")


def _holder(data) -> int | None:
    try:
        return json.loads((data / LOCK_NAME).read_text())["pid"]
    except (OSError, ValueError, KeyError):
        return None


def test_a_second_run_on_a_busy_data_folder_refuses_and_the_first_completes(tmp_path):
    site, data = tmp_path / "site", tmp_path / "data"
    gen = CorpusGenerator(seed=12)
    docs = []
    for i in range(N_RELEASES):
        doc = gen.document(SPIDER, "pmo", "ar", date.today() - timedelta(days=i + 1))
        doc["body_text"] += f"\nالنشرة رقم {i}"
        docs.append(doc)
    write_replica(site, docs)
    paths = ["/" + d["url"].split("://", 1)[1].split("/", 1)[1] for d in docs]
    faults = {p: "slow:1.0" for p in paths}  # the first run crawls for ~12 s while holding the folder

    with serve_site(site, port=0, faults=faults) as base:
        first = subprocess.Popen(
            [sys.executable, "-c",
             ("import json\n"
             "from flows.pipeline import run_pipeline\n"
             f"s = run_pipeline(data_dir={str(data)!r}, sources=[{SPIDER!r}],\n"
             f"    start_urls={{{SPIDER!r}: {base + '/press.htm'!r}}}, crawl_settings={SETTINGS!r})\n"
             "print(json.dumps({'new': s['new_documents'], 'marts': s['marts']}))\n")],
            cwd=PROJECT_ROOT, env=_env(tmp_path, "first"), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True)
        try:
            deadline = time.monotonic() + 120
            while _holder(data) != first.pid:
                assert first.poll() is None, f"the first run ended early:\n{first.communicate()[1][-3000:]}"
                assert time.monotonic() < deadline, "the first run never took the data folder"
                time.sleep(0.1)
            # the second run: the `diwan` command a person (or a second scheduler) would start
            second = subprocess.run(
                [sys.executable, "-m", "flows.cli", "run", "--replica", "--source", SPIDER,
                 "--data-dir", str(data)],
                cwd=PROJECT_ROOT, env=_env(tmp_path, "second"), capture_output=True, text=True, timeout=300,
                check=False)
            still_running = first.poll() is None
            out, err = first.communicate(timeout=300)
        finally:
            if first.poll() is None:
                first.kill()

    assert still_running, "the first run finished before the second reached the lock: the test proved nothing"
    assert second.returncode == 2, second.stderr[-3000:]
    assert "another Diwan run is using the data folder" in second.stderr
    assert f"pid {first.pid}" in second.stderr  # it names who holds the folder
    assert first.returncode == 0, err[-3000:]
    result = json.loads(out.strip().splitlines()[-1])
    assert result["new"] == N_RELEASES

    # the refused run wrote nothing: one feed (the first run's), every document and fact once
    assert len(list((data / "feeds" / SPIDER).glob("*.jsonl"))) == 1
    contents = warehouse_contents(data)
    assert_each_once(contents)
    assert len(contents["documents"]) == N_RELEASES
    # and the folder is free again
    with data_folder_lock(data):
        pass
