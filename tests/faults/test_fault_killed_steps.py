"""SIGKILL during extraction and during `dbt build`, then a normal run: every document and fact once.

Each step runs as its own process group, is killed with SIGKILL at a point where it is provably half done,
and the folder is then processed normally. The result must equal a clean build of the same corpus.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from extraction.pipeline import extract_new_feeds, rules_version
from flows.warehouse import build_warehouse
from tests.faults.faultkit import (
    assert_each_once,
    copy_folder,
    kill_when,
    make_corpus,
    python,
    warehouse_contents,
)

pytestmark = pytest.mark.slow

N_DOCS = 400
DOCS_PER_FEED = 20  # 20 feed files: extraction is killed between the first and the last


@pytest.fixture(scope="module")
def clean_build(tmp_path_factory) -> tuple[Path, dict]:
    """The corpus extracted and built once, without faults: what every repaired folder must hold."""
    data = make_corpus(tmp_path_factory.mktemp("clean") / "data", N_DOCS, docs_per_feed=DOCS_PER_FEED)
    extracted = extract_new_feeds(data)
    assert extracted["documents"] == N_DOCS and extracted["errors"] == 0
    build_warehouse(data)
    contents = warehouse_contents(data)
    assert_each_once(contents)
    assert contents["fct_meetings"] and contents["fct_invitations"] and contents["fct_messages"]
    return data, contents


def _events(data: Path, pattern: str = "*.jsonl") -> list[Path]:
    return sorted((data / "events" / rules_version()).glob(f"*/{pattern}"))


def test_sigkill_during_extraction_then_a_normal_run(tmp_path, clean_build):
    _, expected = clean_build
    data = make_corpus(tmp_path / "data", N_DOCS, docs_per_feed=DOCS_PER_FEED)
    n_feeds = len(list((data / "feeds").glob("*/*.jsonl")))
    # the real extraction, slowed down (10 ms a document) so that the kill lands half-way
    proc = python(
        "import time\n"
        "import extraction.pipeline as p\n"
        "real = p.extract_document\n"
        "def slow(doc):\n"
        "    time.sleep(0.01)\n"
        "    return real(doc)\n"
        "p.extract_document = slow\n"
        f"p.extract_new_feeds({str(data)!r})\n"
    )
    kill_when(proc, lambda: len(_events(data)) >= 3)
    done = len(_events(data))
    assert 3 <= done < n_feeds, "the kill should land between the first and the last feed file"

    result = extract_new_feeds(data)
    assert result["feeds_extracted"] == n_feeds - done  # what was finished is not redone
    assert not _events(data, "*.part"), "a half-written events file was left behind"
    build_warehouse(data)
    contents = warehouse_contents(data)
    assert_each_once(contents)
    assert contents == expected


def test_sigkill_during_dbt_build_then_a_normal_run(tmp_path, clean_build):
    src, expected = clean_build
    data = copy_folder(src, tmp_path / "data")
    log = data / "dbt_logs" / "dbt.log"
    log.unlink(missing_ok=True)
    # the daily case: a warehouse exists and the rebuild that replaces its tables is killed (dbt included:
    # the whole process group gets the SIGKILL, so DuckDB is left with whatever dbt had written)
    proc = python(f"from flows.warehouse import build_warehouse\nbuild_warehouse({str(data)!r})\n")
    kill_when(proc, lambda: log.exists() and "OK created sql table model" in log.read_text(errors="replace"))
    text = log.read_text(errors="replace")
    assert "Done. PASS=" not in text, "dbt finished before the kill"

    build_warehouse(data)
    contents = warehouse_contents(data)
    assert_each_once(contents)
    assert contents == expected
