"""The whole pipeline, for real: the replica served on 127.0.0.1, crawled by Scrapy, extracted, built by
dbt, validated by GX, sequenced by Prefect; then run a second time, which must change nothing."""
from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import duckdb
import pytest

from flows.paths import PROJECT_ROOT
from flows.pipeline import run_pipeline
from flows.sources import REPLICA_CRAWL_SETTINGS, SOURCES, replica_start_urls, serve_replicas

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

SEED = json.loads((PROJECT_ROOT / "tests/fixtures/gold/seed_gold.jsonl").read_text(encoding="utf-8"))
MANIFEST = json.loads((PROJECT_ROOT / "tests/fixtures/sites/manifest.json").read_text(encoding="utf-8"))
# gold field -> mart column, where they differ
MART_COLUMNS = {
    "meetings": ("fct_meetings", {"date": "meeting_date", "pm": "pm_name"}),
    "invitations": ("fct_invitations", {"date": "invitation_date"}),
    "messages": ("fct_messages", {"date": "message_date"}),
}


@pytest.fixture(scope="module")
def runs(prefect_harness, tmp_path_factory):
    data = tmp_path_factory.mktemp("data")
    with pytest.MonkeyPatch.context() as mp, serve_replicas() as bases:
        mp.setenv("DIWAN_DATA_DIR", str(data))
        mp.delenv("DIWAN_WAREHOUSE", raising=False)
        start_urls = replica_start_urls(bases)
        first = run_pipeline(data_dir=data, start_urls=start_urls, crawl_settings=REPLICA_CRAWL_SETTINGS)
        marts_first = _snapshot(data / "warehouse.duckdb")
        second = run_pipeline(data_dir=data, start_urls=start_urls, crawl_settings=REPLICA_CRAWL_SETTINGS)
        marts_second = _snapshot(data / "warehouse.duckdb")
    return SimpleNamespace(data=data, first=first, second=second, marts_first=marts_first,
                           marts_second=marts_second)


def test_every_spider_crawled_documents(runs):
    assert runs.first["failed_sources"] == {}
    for spider in SOURCES:
        assert runs.first["sources"][spider]["new_documents"] > 0, spider
        assert list((runs.data / "feeds" / spider).glob("*.jsonl")), spider
        assert list((runs.data / "raw" / spider).glob("*.html")), spider


@pytest.mark.parametrize("kind", list(MART_COLUMNS))
def test_the_seed_articles_facts_are_in_the_marts_exactly(runs, kind):
    seed_doc = _seed_doc_id(runs.data)
    table, renamed = MART_COLUMNS[kind]
    gold_fields = sorted({field for event in SEED[kind] for field in event})
    columns = [renamed.get(field, field) for field in gold_fields]
    with duckdb.connect(str(runs.data / "warehouse.duckdb"), read_only=True) as con:
        rows = con.execute(
            f"select {', '.join(columns)} from marts.{table} where list_contains(source_doc_ids, ?)", [seed_doc]
        ).fetchall()
    found = sorted(tuple(None if v is None else str(v) for v in row) for row in rows)
    expected = sorted(tuple(event.get(field) for field in gold_fields) for event in SEED[kind])
    assert found == expected, f"{table} for the seed article; columns {columns}"


def test_a_meeting_in_a_release_and_in_a_shafaq_story_is_one_official_fact(runs):
    """Shafaq re-publishes a media-office release under its own headline: two documents, one fact."""
    releases = {info["gold_id"]: path for path, info in MANIFEST["pmo"]["pages"].items()}
    ((story, info),) = [(p, i) for p, i in MANIFEST["shafaq"]["pages"].items() if i["gold_id"] in releases]
    release = releases[info["gold_id"]]
    with duckdb.connect(str(runs.data / "warehouse.duckdb"), read_only=True) as con:
        facts = con.execute("select n_sources, is_official, source_urls from marts.fct_meetings").fetchall()
    reported = [f for f in facts if any(url.endswith(story) for url in f[2])]
    assert len(reported) == 1, reported
    n_sources, is_official, urls = reported[0]
    assert n_sources == 2 and is_official and any(url.endswith(release) for url in urls)


def test_the_warehouse_passes_its_checks(runs):
    checks = runs.first["checks"]
    assert checks["success"], checks
    assert checks["failed_critical"] == []
    assert checks["total"] > 0 and checks["passed"] == checks["total"] - checks["failed"]
    assert runs.second["checks"]["success"]


def test_the_counts_match_the_marts(runs):
    with duckdb.connect(str(runs.data / "warehouse.duckdb"), read_only=True) as con:
        for kind, (table, _) in MART_COLUMNS.items():
            n = con.execute(f"select count(*) from marts.{table}").fetchone()[0]
            assert runs.first[kind] == n > 0, table
    assert runs.first["warehouse"] == str(runs.data / "warehouse.duckdb")


def test_both_docs_sites_are_built(runs):
    dbt_docs, gx_docs = Path(runs.first["docs"]["dbt"]), Path(runs.first["docs"]["gx"])
    assert dbt_docs.name == "index.html" and dbt_docs.is_file()
    assert gx_docs.name == "index.html" and gx_docs.is_file()
    assert runs.data in dbt_docs.parents and runs.data in gx_docs.parents


def test_a_second_run_crawls_no_new_release(runs):
    assert runs.second["failed_sources"] == {}
    assert {s: v["new_documents"] for s, v in runs.second["sources"].items()} == dict.fromkeys(SOURCES, 0)
    assert runs.second["new_documents"] == 0


def test_a_second_run_leaves_the_marts_unchanged(runs):
    assert set(runs.marts_first) >= {"fct_meetings", "fct_invitations", "fct_messages"}
    assert runs.marts_second == runs.marts_first
    for kind in MART_COLUMNS:
        assert runs.second[kind] == runs.first[kind]


def _snapshot(warehouse: Path) -> dict[str, list[tuple]]:
    """Every row of every mart, in a stable order."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        tables = [t for (t,) in con.execute(
            "select table_name from information_schema.tables where table_schema = 'marts'").fetchall()]
        return {t: sorted(con.execute(f"select * from marts.{t}").fetchall(), key=repr) for t in tables}


def _seed_doc_id(data: Path) -> str:
    """The seed article's doc_id, as the Yes Iraq spider wrote it."""
    for feed in sorted((data / "feeds" / "iq_yesiraq_news").glob("*.jsonl")):
        for line in feed.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            if doc["title"].strip() == SEED["title"].strip():
                return doc["doc_id"]
    pytest.fail("the seed article is not in the Yes Iraq feed")

