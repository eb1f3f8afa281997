"""The staging models load only the feed and event files they have not loaded yet; a warehouse built
day by day equals one built from scratch on the same files.

Each build here is a real `dbt build` (about ten seconds).
"""
from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest
from warehouse_fixtures import FIXTURES, RULES_VERSION

from flows.warehouse import build_warehouse

# the files' own paths differ between two data folders; every other column must agree
PATH_COLUMNS = {"feed_path", "events_path"}
CUTOFF = "20230101"  # feed runs before this date arrive on the first day, the rest on the second


def _copy_runs(data_dir: Path, keep) -> None:
    for src in (FIXTURES / "good").rglob("*.jsonl"):
        if keep(src.stem):
            dest = data_dir / src.relative_to(FIXTURES / "good")
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, dest)


def _tables(con: duckdb.DuckDBPyConnection, catalog: str) -> list[tuple[str, str]]:
    return con.execute(
        "select table_schema, table_name from information_schema.tables where table_catalog = ? "
        "and table_type = 'BASE TABLE' and table_schema in ('staging', 'intermediate', 'marts') order by 1, 2",
        [catalog]).fetchall()


def _differences(a: Path, b: Path) -> dict[str, tuple[int, int]]:
    """{table: (rows only in a, rows only in b)} over every staging, intermediate and mart table."""
    out = {}
    with duckdb.connect(str(a / "warehouse.duckdb"), read_only=True) as con:
        con.execute(f"attach '{b / 'warehouse.duckdb'}' as other (read_only)")
        mine = _tables(con, "warehouse")
        assert mine == _tables(con, "other")
        for schema, table in mine:
            columns = [c for (c,) in con.execute(
                "select column_name from information_schema.columns where table_catalog = 'warehouse' "
                "and table_schema = ? and table_name = ? order by ordinal_position", [schema, table]).fetchall()
                if c not in PATH_COLUMNS]
            cols = ", ".join(f'"{c}"' for c in columns)
            left = f"select {cols} from warehouse.{schema}.{table}"
            right = f"select {cols} from other.{schema}.{table}"
            only_a = con.execute(f"select count(*) from ({left} except all {right})").fetchone()[0]
            only_b = con.execute(f"select count(*) from ({right} except all {left})").fetchone()[0]
            if only_a or only_b:
                out[f"{schema}.{table}"] = (only_a, only_b)
    return out


def _loaded(data_dir: Path, model: str) -> list[str]:
    """The incremental loads the last dbt build logged for `model`."""
    log = (data_dir / "dbt_logs" / "dbt.log").read_text(encoding="utf-8")
    last = log.rsplit("Running with dbt", 1)[-1]
    return [line.split(f"{model}: ", 1)[1] for line in last.splitlines() if f"{model}: loading" in line]


@pytest.fixture(scope="module")
def day_by_day(tmp_path_factory) -> Path:
    data_dir = tmp_path_factory.mktemp("incremental")
    _copy_runs(data_dir, lambda run: run < CUTOFF)
    build_warehouse(data_dir, rules_version=RULES_VERSION)
    _copy_runs(data_dir, lambda run: run >= CUTOFF)
    build_warehouse(data_dir, rules_version=RULES_VERSION)
    return data_dir


@pytest.fixture(scope="module")
def from_scratch(tmp_path_factory) -> Path:
    data_dir = tmp_path_factory.mktemp("full")
    _copy_runs(data_dir, lambda run: True)
    build_warehouse(data_dir, rules_version=RULES_VERSION)
    return data_dir


def test_the_second_day_loads_only_the_new_files(day_by_day):
    n_new = len([p for p in (FIXTURES / "good" / "feeds").rglob("*.jsonl") if p.stem >= CUTOFF])
    assert n_new >= 2
    assert _loaded(day_by_day, "stg_feeds__documents") == [f"loading {n_new} new file(s) of raw.documents"]
    assert _loaded(day_by_day, "stg_extraction__events") == [f"loading {n_new} new file(s) of raw.events"]


def test_a_warehouse_built_day_by_day_equals_one_built_from_scratch(day_by_day, from_scratch):
    assert _differences(day_by_day, from_scratch) == {}
    with duckdb.connect(str(day_by_day / "warehouse.duckdb"), read_only=True) as con:
        assert con.execute("select count(*) from marts.fct_meetings").fetchone()[0] > 0


def test_a_build_with_nothing_new_changes_nothing(day_by_day, from_scratch, tmp_path):
    again = tmp_path / "again"
    shutil.copytree(day_by_day, again)
    # the copy's file names are new to its warehouse: an incremental build swaps every row for itself
    build_warehouse(again, rules_version=RULES_VERSION)
    assert _differences(again, from_scratch) == {}
    build_warehouse(again, rules_version=RULES_VERSION)
    assert _loaded(again, "stg_feeds__documents") == ["loading 0 new file(s) of raw.documents"]
    assert _differences(again, from_scratch) == {}


def test_files_that_go_are_unloaded_and_a_new_rules_version_replaces_the_events(day_by_day, tmp_path):
    data_dir = tmp_path / "changed"
    shutil.copytree(day_by_day, data_dir)
    build_warehouse(data_dir, rules_version=RULES_VERSION)  # settle the copy's own file names
    gone = min((data_dir / "feeds").rglob("*.jsonl"))
    gone.unlink()
    build_warehouse(data_dir, rules_version="fixture-0")
    with duckdb.connect(str(data_dir / "warehouse.duckdb"), read_only=True) as con:
        feeds = {Path(p).name for (p,) in con.execute("select distinct feed_path from staging.stg_feeds__documents").fetchall()}
        versions = {v for (v,) in con.execute("select distinct rules_version from staging.stg_extraction__events").fetchall()}
    assert gone.name not in feeds and len(feeds) == len(list((data_dir / "feeds").rglob("*.jsonl")))
    assert versions == {"fixture-0"}


def test_the_daily_build_runs_the_data_tests_not_the_unit_tests(day_by_day):
    import json

    results = json.loads((day_by_day / "dbt_target" / "build_run_results.json").read_text(encoding="utf-8"))["results"]
    kinds = {r["unique_id"].split(".")[0] for r in results}
    assert "test" in kinds and "model" in kinds and "unit_test" not in kinds
