"""Helpers of the fault tests: small synthetic data folders, and what a warehouse holds.

The corpus comes from bench/corpus.py (deterministic with its seed), so a folder crashed and repaired can be
compared with one built cleanly from the same input.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest

from bench.corpus import CorpusGenerator, write_feeds

PROJECT_ROOT = Path(__file__).resolve().parents[2]
FACTS = ("fct_meetings", "fct_invitations", "fct_messages")


def make_corpus(data_dir: Path, n: int, seed: int = 6, docs_per_feed: int = 20) -> Path:
    """`n` synthetic documents as feed files of `docs_per_feed` lines (and raw pages) in `data_dir`."""
    write_feeds(data_dir, CorpusGenerator(seed).documents(n), docs_per_feed=docs_per_feed)
    return data_dir


def warehouse_contents(data_dir: Path) -> dict:
    """What the warehouse holds, read-only: document ids, event ids and fact keys, each as sorted lists
    (so duplicates show), plus the row counts of every fact table."""
    with duckdb.connect(str(data_dir / "warehouse.duckdb"), read_only=True) as con:
        out = {
            "documents": [r[0] for r in con.execute("select doc_id from marts.dim_documents order by 1").fetchall()],
            "events": [r[0] for r in con.execute(
                "select event_id from staging.stg_extraction__events order by 1").fetchall()],
        }
        for fact in FACTS:
            cols = [r[0] for r in con.execute(
                "select column_name from information_schema.columns where table_schema = 'marts' "
                "and table_name = ? order by ordinal_position", [fact]).fetchall()]
            key = cols[0]  # each fact's first column is its id (meeting_id, ...)
            out[fact] = [r[0] for r in con.execute(f"select {key} from marts.{fact} order by 1").fetchall()]
    return out


def assert_each_once(contents: dict) -> None:
    for name, ids in contents.items():
        assert len(ids) == len(set(ids)), f"{name}: {len(ids) - len(set(ids))} duplicated rows"


def python(code: str, **kwargs) -> subprocess.Popen:
    """A Python subprocess of this environment, in its own process group (so a kill reaches its children)."""
    return subprocess.Popen([sys.executable, "-c", code], cwd=PROJECT_ROOT, start_new_session=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)


def kill_when(proc: subprocess.Popen, ready: Callable[[], bool], timeout: float = 120) -> None:
    """SIGKILL `proc`'s whole process group as soon as `ready()` holds; fail if it ended first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if ready():
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
            return
        if proc.poll() is not None:
            _, err = proc.communicate()
            pytest.fail(f"the process ended (exit {proc.returncode}) before the kill point:\n{err[-3000:]}")
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)
    pytest.fail("the kill point was never reached")


def copy_folder(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst)
    return dst
