"""The warehouse built by the real `build_warehouse` from tests/fixtures/warehouse/good/:
values of the marts, de-duplication across sources, documents, and the build's failure mode."""
from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from flows import paths
from flows.warehouse import build_warehouse

GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "gold" / "seed_gold.jsonl"
SEED_DATE = "2020-05-14"


@pytest.fixture
def con(good_warehouse):
    """A read-only connection, closed after each test (dbt needs the file lock for docs)."""
    data_dir, _ = good_warehouse
    with duckdb.connect(str(data_dir / "warehouse.duckdb"), read_only=True) as connection:
        yield connection


def rows(con, sql: str, *params) -> list[dict]:
    cursor = con.execute(sql, list(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r)) for r in cursor.fetchall()]


@pytest.fixture(scope="module")
def gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8").splitlines()[0])


def test_build_returns_rows_per_mart(good_warehouse):
    _, result = good_warehouse
    counts = result["counts"]
    assert counts == {
        "fct_meetings": 14, "fct_invitations": 5, "fct_messages": 4,
        "dim_countries": counts["dim_countries"], "dim_documents": 8,
        "dim_persons": counts["dim_persons"], "dim_person_terms": counts["dim_person_terms"],
        "dim_prime_ministers": 4, "fct_invitation_outcomes": 5, "fct_release_parity": 11,
        "mart_monthly_activity": 8,
    }
    assert counts["dim_person_terms"] == sum(1 for _ in (paths.RULES_DIR / "office_holders.csv").open()) - 1
    assert 0 < counts["dim_persons"] <= counts["dim_person_terms"]
    assert result["counts"]["dim_countries"] > 150
    assert result["rules_version"] == "fixture-1"
    assert result["nodes"].get("error", 0) == 0 and result["nodes"].get("fail", 0) == 0


def test_build_ran_the_unit_tests_and_data_tests(good_warehouse):
    data_dir, _ = good_warehouse
    results = json.loads((data_dir / "dbt_target" / "build_run_results.json").read_text())["results"]
    unit = [r for r in results if r["unique_id"].startswith("unit_test.")]
    data_tests = [r for r in results if r["unique_id"].startswith("test.")]
    assert len(unit) >= 16 and all(r["status"] == "pass" for r in unit)
    assert len(data_tests) >= 50 and all(r["status"] == "pass" for r in data_tests)
    names = {r["unique_id"].split(".")[2] for r in data_tests}
    assert {"assert_no_duplicate_facts", "assert_fact_dates_within_pm_term", "assert_every_event_in_one_fact"} <= names


def test_seed_article_meetings(con, gold):
    got = rows(con, "select * from marts.fct_meetings where meeting_date = ?::date order by counterpart_country", SEED_DATE)
    assert [r["counterpart_country"] for r in got] == sorted(m["counterpart_country"] for m in gold["meetings"])
    for r in got:
        assert r["pm_name"] == "Mustafa al-Kadhimi"
        assert (r["counterpart_role"], r["mode"], r["location"]) == ("ambassador", "in_person", "Baghdad")
        assert r["rules_version"] == "fixture-1"
        assert r["evidence"]
    by_country = {r["counterpart_country"]: r for r in got}
    assert by_country["CA"]["counterpart_name"] == "Ulric Shannon"
    assert by_country["CA"]["n_sources"] == 1 and by_country["CA"]["is_official"] is False
    # the Russian ambassador is also in the PMO's own release: one meeting, two sources,
    # the PMO's spelling of his name, official
    ru = by_country["RU"]
    assert ru["n_sources"] == 2 and ru["is_official"] is True
    assert ru["counterpart_name"] == "Maxim Maksimov"
    assert ru["source_urls"][0].startswith("https://pmo.iq/")
    assert len(ru["source_doc_ids"]) == 2 and ru["languages"] == ["ar"]


def test_seed_article_invitations(con, gold):
    got = rows(con, "select * from marts.fct_invitations order by all")
    assert len(got) == 5
    key = lambda i: (i["direction"], i["foreign_country"], i["foreign_person"], i["foreign_role"], i["destination"])
    assert sorted(map(key, got)) == sorted(map(key, gold["invitations"]))
    putin_received = next(i for i in got if i["direction"] == "received" and i["foreign_person"] == "Vladimir Putin")
    assert putin_received["n_sources"] == 2 and putin_received["is_official"]
    macron = next(i for i in got if i["foreign_person"] == "Emmanuel Macron")
    assert macron["n_sources"] == 1 and not macron["is_official"]
    assert all(str(i["invitation_date"]) == SEED_DATE for i in got)


def test_messages(con, gold):
    got = rows(con, "select * from marts.fct_messages order by from_country, from_role")
    senders = {(m["from_country"], m["from_person"], m["from_role"], m["carrier_role"]) for m in got}
    for m in gold["messages"]:  # the seed article's two messages
        assert (m["from_country"], m["from_person"], m["from_role"], m["carrier_role"]) in senders
    # plus Putin's and Mishustin's letter, from the PMO release only
    assert {("RU", "Vladimir Putin"), ("RU", "Mikhail Mishustin")} <= {(m["from_country"], m["from_person"]) for m in got}
    assert len(got) == 4


def test_arabic_and_english_release_of_one_call_are_one_meeting(con):
    got = rows(con, "select * from marts.fct_meetings where counterpart_org = 'ARAB_LEAGUE'")
    assert len(got) == 1
    call = got[0]
    assert str(call["meeting_date"]) == "2020-05-12"
    assert call["n_sources"] == 2 and call["languages"] == ["ar", "en"] and call["is_official"]
    assert call["mode"] == "phone" and call["location"] is None
    assert call["counterpart_name"] == "Ahmed Aboul Gheit"  # the Arabic release's value is preferred
    # the English release was fetched twice and also under an archive URL: still one source
    assert sorted(call["source_urls"]) == [
        "https://pmo.iq/pme/press2020en/12-5-20202en.htm", "https://pmo.iq/press2020ar/12-5-20203.htm",
    ]
    assert len(call["event_ids"]) == 3


def test_same_country_two_roles_same_day_stay_two(con):
    got = rows(con, "select counterpart_role, counterpart_name from marts.fct_meetings "
                    "where meeting_date = '2023-03-05' and counterpart_country = 'FR' order by 1")
    assert got == [
        {"counterpart_role": "ambassador", "counterpart_name": "Eric Chevallier"},
        {"counterpart_role": "foreign_minister", "counterpart_name": "Catherine Colonna"},
    ]


def test_two_officials_of_one_org_in_one_release_stay_two(con):
    got = rows(con, "select counterpart_name, n_sources from marts.fct_meetings where counterpart_org = 'NATO' order by 1")
    assert got == [{"counterpart_name": "Giovanni Iannucci", "n_sources": 1}, {"counterpart_name": "José Antonio", "n_sources": 1}]


def test_undated_meetings_do_not_merge_with_dated_ones(con):
    undated = rows(con, "select * from marts.fct_meetings where meeting_date is null order by counterpart_name")
    assert len(undated) == 4
    assert {r["counterpart_country"] or r["counterpart_org"] for r in undated} == {"UNAMI", "FR", "IT", "RU"}
    assert all(r["n_sources"] == 1 for r in undated)


def test_events_of_other_rules_versions_are_ignored(con):
    assert con.execute("select count(*) from marts.fct_meetings where counterpart_org = 'UN'").fetchone()[0] == 0
    versions = {v for (v,) in con.execute(
        "select distinct rules_version from marts.fct_meetings union select distinct rules_version from marts.fct_messages"
    ).fetchall()}
    assert versions == {"fixture-1"}


def test_dim_documents_one_row_per_article(con):
    docs = rows(con, "select * from marts.dim_documents order by doc_id")
    assert len(docs) == 8
    assert len({d["content_hash"] for d in docs}) == 8
    release = next(d for d in docs if d["url"] == "https://pmo.iq/pme/press2020en/12-5-20202en.htm")
    assert len(release["copy_doc_ids"]) == 2 and release["n_fetches"] == 3
    assert "https://pmo.iq/pme/archive/2020/05/12-5-20202en.htm" in release["copy_urls"]
    assert release["n_events"] == 1 and release["lang"] == "en" and release["source_kind"] == "pmo"
    seed = next(d for d in docs if d["source"] == "iq_yesiraq_news")
    assert seed["n_events"] == 12 and str(seed["published_date"]) == SEED_DATE
    assert seed["published_at"] is not None and seed["fetched_at"] is not None
    undated = next(d for d in docs if d["source"] == "iq_alrasheed_news")
    assert undated["published_date"] is None


def test_dim_countries_from_the_rules_gazetteer(con):
    by_code = {r["iso2"]: r for r in rows(con, "select * from marts.dim_countries")}
    assert by_code["IQ"]["iso3"] == "IRQ" and by_code["IQ"]["name_en"] == "Iraq"
    assert by_code["EG"]["name_ar"]
    with (paths.RULES_DIR / "countries.csv").open(encoding="utf-8") as handle:
        assert len(by_code) == sum(1 for _ in handle) - 1


def test_marts_live_in_schema_marts_and_repo_tree_stays_clean(con, good_warehouse):
    tables = {t for (t,) in con.execute(
        "select table_name from information_schema.tables where table_schema = 'marts'").fetchall()}
    assert {"fct_meetings", "fct_invitations", "fct_messages", "dim_countries", "dim_documents", "dim_persons",
            "dim_person_terms", "dim_prime_ministers", "fct_invitation_outcomes", "fct_release_parity",
            "mart_monthly_activity"} <= tables
    data_dir, _ = good_warehouse
    assert (data_dir / "dbt_target" / "manifest.json").exists() and (data_dir / "dbt_logs").is_dir()
    # (sqlfluff's dbt templater may leave target/partial_parse.msgpack; a build would write these)
    for leftover in ("target/run_results.json", "target/manifest.json", "logs", ".user.yml"):
        assert not (paths.DBT_PROJECT_DIR / leftover).exists()


def test_empty_data_folder_builds_empty_marts(tmp_path):
    result = build_warehouse(tmp_path, rules_version="fixture-1")
    counts = result["counts"]
    assert counts["fct_meetings"] == counts["fct_invitations"] == counts["fct_messages"] == 0
    assert counts["dim_documents"] == 0 and counts["dim_countries"] > 150


def test_failing_data_tests_raise_naming_the_nodes(corrupt_warehouse):
    _, error = corrupt_warehouse
    assert any("relationships_fct_meetings_counterpart_country" in n for n in error.failed_nodes)
    assert "test.diwan.assert_fact_dates_within_pm_term" in error.failed_nodes
    assert "assert_fact_dates_within_pm_term" in str(error)


def test_generate_docs_writes_a_static_site(good_warehouse, good_docs):
    data_dir, _ = good_warehouse
    site = good_docs
    assert site == data_dir / "docs" / "dbt" / "index.html"
    html = site.read_text(encoding="utf-8")
    assert "fct_meetings" in html and "int_meetings_deduplicated" in html
    # the new marts, their grain and the vocabularies' doc blocks are in the site
    for text in ("fct_invitation_outcomes", "fct_release_parity", "dim_persons", "mart_monthly_activity",
                 "Grain: one row per real-world encounter", "Host a visit"):
        assert text in html

