"""The ten example questions of dbt_project/analyses/, compiled by dbt (docs generate compiles
them) and run read-only on the fixture warehouse: each returns the expected rows."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pytest

from flows import paths

ANALYSES = sorted(p.stem for p in (paths.DBT_PROJECT_DIR / "analyses").glob("*.sql"))
D = dt.date

EXPECTED = {
    "ambassadors_received_per_pm": [
        ("Mustafa al-Kadhimi", "France", 2, 1),
        ("Mustafa al-Kadhimi", "Russia", 2, 1),
        ("Mustafa al-Kadhimi", "Canada", 1, 3),
        ("Mustafa al-Kadhimi", "Egypt", 1, 3),
        ("Mustafa al-Kadhimi", "Italy", 1, 3),
        ("Mustafa al-Kadhimi", "Syria", 1, 3),
        ("Mohammed Shia al-Sudani", "France", 1, 1),
    ],
    "invitations_never_fulfilled": [
        (D(2020, 5, 14), "Mustafa al-Kadhimi", "extended", "Emmanuel Macron", "Baghdad", False),
        (D(2020, 5, 14), "Mustafa al-Kadhimi", "extended", "Vladimir Putin", "Baghdad", True),
        (D(2020, 5, 14), "Mustafa al-Kadhimi", "received", "Abdel Fattah el-Sisi", "Cairo", False),
        (D(2020, 5, 14), "Mustafa al-Kadhimi", "received", "Mikhail Mishustin", "Moscow", True),
        (D(2020, 5, 14), "Mustafa al-Kadhimi", "received", "Vladimir Putin", "Moscow", True),
    ],
    "first_foreign_leader_per_pm": [
        ("Mustafa al-Kadhimi", D(2020, 5, 12), "Ahmed Aboul Gheit", "org_official", "ARAB_LEAGUE", "phone", None, 5),
        ("Mohammed Shia al-Sudani", D(2023, 3, 5), "Catherine Colonna", "foreign_minister", "FR", "in_person",
         "Baghdad", 129),
    ],
    "official_vs_reported_share": [
        ("invitation", 5, 3, 2, 0.6),
        ("meeting", 14, 6, 8, 0.43),
        ("message", 4, 2, 2, 0.5),
    ],
    "putin_invitation_followed": [
        (D(2020, 5, 14), "Vladimir Putin", "Moscow", "not_made", None, None, None, True, 0),
    ],
    "release_parity_by_month": [
        (D(2020, 5, 1), 7, 1, 0, 0, 6),
        (D(2023, 3, 1), 2, 0, 0, 0, 2),
        (D(2023, 5, 1), 2, 0, 0, 0, 2),
    ],
    "cameo_counts_per_pm": [
        ("Mohammed Shia al-Sudani", "043", "CONSULT", "visit", 4),
        ("Mustafa al-Kadhimi", "010", None, None, 4),
        ("Mustafa al-Kadhimi", "036", "AGREE", None, 5),
        ("Mustafa al-Kadhimi", "041", "CONSULT", "phone", 1),
        ("Mustafa al-Kadhimi", "043", "CONSULT", "visit", 9),
    ],
    "activity_by_region_per_pm": [
        ("Mohammed Shia al-Sudani", "Europe", 2, 0, 0, 2),
        ("Mohammed Shia al-Sudani", "International organisations", 2, 0, 0, 2),
        ("Mustafa al-Kadhimi", "Europe", 2, 4, 2, 8),
        ("Mustafa al-Kadhimi", "Middle East & North Africa", 2, 1, 2, 5),
        ("Mustafa al-Kadhimi", "Americas", 1, 0, 0, 1),
        ("Mustafa al-Kadhimi", "International organisations", 1, 0, 0, 1),
    ],
    "reciprocated_invitations": [
        (D(2020, 5, 14), "extended", "RU", "Vladimir Putin", "received", "Vladimir Putin", 0),
        (D(2020, 5, 14), "received", "RU", "Mikhail Mishustin", "extended", "Vladimir Putin", 0),
        (D(2020, 5, 14), "received", "RU", "Vladimir Putin", "extended", "Vladimir Putin", 0),
    ],
    "groupings_per_pm": [
        ("Mohammed Shia al-Sudani", "eu", 1, 2),
        ("Mohammed Shia al-Sudani", "p5", 1, 2),
        ("Mustafa al-Kadhimi", "p5", 2, 8),
        ("Mustafa al-Kadhimi", "arab_league", 2, 5),
        ("Mustafa al-Kadhimi", "eu", 1, 2),
        ("Mustafa al-Kadhimi", "iraq_neighbours", 1, 2),
    ],
}


@pytest.fixture(scope="module")
def compiled(good_warehouse, good_docs) -> Path:
    data_dir, _ = good_warehouse
    return data_dir / "dbt_target" / "compiled" / "diwan" / "analyses"


def test_ten_analyses_each_with_expected_rows():
    assert len(ANALYSES) == 10
    assert set(ANALYSES) == set(EXPECTED)


@pytest.mark.parametrize("name", ANALYSES)
def test_analysis_returns_the_expected_rows(name, compiled, good_warehouse):
    data_dir, _ = good_warehouse
    sql = (compiled / f"{name}.sql").read_text(encoding="utf-8")
    with duckdb.connect(str(data_dir / "warehouse.duckdb"), read_only=True) as con:
        got = [tuple(float(v) if hasattr(v, "as_integer_ratio") and not isinstance(v, (int, bool)) else v for v in r)
               for r in con.execute(sql).fetchall()]
    assert got == EXPECTED[name]
