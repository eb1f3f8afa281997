"""Checks on the date-ranged registry of office holders (extraction/rules/office_holders.csv)
and its surface forms (extraction/rules/person_names.csv)."""
from __future__ import annotations

import csv
import datetime as dt
import itertools
import re
from collections import defaultdict
from pathlib import Path

import pytest

RULES = Path(__file__).resolve().parents[2] / "extraction" / "rules"
HOLDERS = RULES / "office_holders.csv"
NAMES = RULES / "person_names.csv"

HOLDER_COLUMNS = ["person_id", "name_en", "country", "org", "role", "office", "valid_from", "valid_to"]
NAME_COLUMNS = ["person_id", "lang", "name"]
GOLD_ROLES = {"head_of_state", "head_of_government", "foreign_minister", "minister", "envoy",
              "org_official", "ambassador", "other"}
IRAQ_ROLES = {"iq_prime_minister", "iq_president", "iq_speaker", "iq_foreign_minister"}
# an office holder's organisation is one the organisations gazetteer knows
with (RULES / "organisations.csv").open(encoding="utf-8") as _orgs:
    ORGS = {r["code"] for r in csv.DictReader(_orgs)}
CORE_ROLES = ("head_of_state", "head_of_government", "foreign_minister")
CORE_COUNTRIES = {
    "IR", "TR", "SY", "JO", "SA", "KW", "QA", "AE", "BH", "OM", "EG", "LB", "YE", "PS", "DZ", "MA",
    "TN", "LY", "SD", "US", "RU", "CN", "GB", "FR", "DE", "IT", "ES", "NL", "BE", "SE", "PL", "GR",
    "CY", "AT", "HU", "VA", "JP", "KR", "IN", "PK", "CA", "AU", "AZ", "AM", "UA",
}
# Offices that legitimately share a (country, role) with another holder at the same time:
# Iran's Supreme Leader and Iran's President are both coded head_of_state.
OVERLAP_EXCEPTIONS = {("ir-ali-khamenei", "Supreme Leader of Iran")}
SLUG = re.compile(r"^[a-z]{2,12}(-[a-z0-9]+)+$")
ARABIC = re.compile(r"[\u0600-\u06FF]")


def _read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    raw = path.read_bytes()
    assert b"\r\n" not in raw, f"{path.name} must use LF line endings"
    text = raw.decode("utf-8")
    reader = csv.DictReader(text.splitlines())
    return list(reader.fieldnames or []), list(reader)


@pytest.fixture(scope="module")
def holders() -> list[dict[str, str]]:
    header, rows = _read(HOLDERS)
    assert header == HOLDER_COLUMNS
    return rows


@pytest.fixture(scope="module")
def names() -> list[dict[str, str]]:
    header, rows = _read(NAMES)
    assert header == NAME_COLUMNS
    return rows


def _date(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def _end(row: dict[str, str]) -> dt.date:
    return _date(row["valid_to"]) if row["valid_to"] else dt.date.max


def holder_on(rows: list[dict[str, str]], day: str, *, role: str, country: str = "", org: str = "",
              exclude_offices: tuple[str, ...] = ()) -> list[str]:
    """Names of the holders of (country/org, role) on `day`. valid_to is exclusive: on a hand-over
    day the successor holds the office."""
    d = _date(day)
    return sorted({r["name_en"] for r in rows
                   if r["role"] == role and r["country"] == country and r["org"] == org
                   and r["office"] not in exclude_offices
                   and _date(r["valid_from"]) <= d < _end(r)})


def find_overlaps(rows: list[dict[str, str]], countries: set[str], roles: tuple[str, ...],
                  exceptions: set[tuple[str, str]]) -> list[tuple[str, str, str, str]]:
    """Pairs of different persons holding the same (country, role) at overlapping times
    (half-open intervals [valid_from, valid_to))."""
    groups: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for r in rows:
        if r["country"] in countries and r["role"] in roles and (r["person_id"], r["office"]) not in exceptions:
            groups[(r["country"], r["role"])].append(r)
    found = []
    for (country, role), grp in groups.items():
        grp = sorted(grp, key=lambda r: r["valid_from"])
        for i, a in enumerate(grp):
            for b in grp[i + 1:]:
                if a["person_id"] == b["person_id"]:
                    continue
                if _date(b["valid_from"]) < _end(a) and _date(a["valid_from"]) < _end(b):
                    found.append((country, role, a["person_id"], b["person_id"]))
    return found


def test_find_overlaps_helper() -> None:
    rows = [
        {"person_id": "x-a", "country": "XX", "role": "head_of_state", "office": "P", "valid_from": "2020-01-01", "valid_to": "2021-01-01"},
        {"person_id": "x-b", "country": "XX", "role": "head_of_state", "office": "P", "valid_from": "2021-01-01", "valid_to": ""},
        {"person_id": "x-c", "country": "XX", "role": "head_of_state", "office": "P", "valid_from": "2020-06-01", "valid_to": "2020-07-01"},
    ]
    assert find_overlaps(rows, {"XX"}, CORE_ROLES, set()) == [("XX", "head_of_state", "x-a", "x-c")]
    assert find_overlaps(rows, {"XX"}, CORE_ROLES, {("x-c", "P")}) == []


def test_holder_columns_and_vocabulary(holders: list[dict[str, str]]) -> None:
    assert holders
    for r in holders:
        assert SLUG.match(r["person_id"]), r
        assert r["name_en"].strip() == r["name_en"] and r["name_en"], r
        assert r["office"].strip(), r
        assert r["role"] in GOLD_ROLES | IRAQ_ROLES, r
        if r["role"] in IRAQ_ROLES:
            assert r["country"] == "IQ" and not r["org"], r
        assert r["country"] or r["org"], r
        if r["country"]:
            assert re.fullmatch(r"[A-Z]{2}", r["country"]), r
        if r["org"]:
            assert r["org"] in ORGS, r
            assert not r["country"], r
        if r["role"] == "org_official":
            assert r["org"], r


def test_holder_dates(holders: list[dict[str, str]]) -> None:
    for r in holders:
        start = _date(r["valid_from"])
        assert r["valid_from"] == start.isoformat(), r
        if r["valid_to"]:
            end = _date(r["valid_to"])
            assert r["valid_to"] == end.isoformat(), r
            assert start <= end, r


def test_one_canonical_name_per_person(holders: list[dict[str, str]]) -> None:
    seen: dict[str, str] = {}
    for r in holders:
        assert seen.setdefault(r["person_id"], r["name_en"]) == r["name_en"], r
    by_name: dict[str, set[str]] = defaultdict(set)
    for pid, name in seen.items():
        by_name[name].add(pid)
    assert {n: p for n, p in by_name.items() if len(p) > 1} == {}


def test_sorted_and_unique(holders: list[dict[str, str]], names: list[dict[str, str]]) -> None:
    keys = [(r["person_id"], r["valid_from"]) for r in holders]
    assert keys == sorted(keys)
    full = [tuple(r.values()) for r in holders]
    assert len(full) == len(set(full))
    nkeys = [(r["person_id"], r["lang"], r["name"]) for r in names]
    assert nkeys == sorted(nkeys)
    assert len(nkeys) == len(set(nkeys))


def test_names_file(holders: list[dict[str, str]], names: list[dict[str, str]]) -> None:
    holder_ids = {r["person_id"] for r in holders}
    name_ids = {r["person_id"] for r in names}
    assert name_ids - holder_ids == set(), "names for unknown persons"
    assert holder_ids - name_ids == set(), "persons without names"
    for r in names:
        assert r["lang"] in {"ar", "en"}, r
        assert r["name"] and r["name"].strip() == r["name"], r
        if r["lang"] == "ar":
            assert ARABIC.search(r["name"]), r
        else:
            assert not ARABIC.search(r["name"]), r
    canon = {(r["person_id"], r["name_en"]) for r in holders}
    en = {(r["person_id"], r["name"]) for r in names if r["lang"] == "en"}
    assert canon - en == set(), "the canonical name must also be listed as an English surface form"
    # one surface form must not point to two persons
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in names:
        owners[(r["lang"], r["name"].casefold())].add(r["person_id"])
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


def test_bare_common_words_not_listed(names: list[dict[str, str]]) -> None:
    ar = {r["name"] for r in names if r["lang"] == "ar"}
    for word in ("رئيسي", "محمد", "علي", "عبد الله", "عبدالله", "خميس", "الأسد", "ظريف", "هادي"):
        assert word not in ar, word


def test_no_overlaps_in_core_offices(holders: list[dict[str, str]]) -> None:
    assert find_overlaps(holders, CORE_COUNTRIES, CORE_ROLES, OVERLAP_EXCEPTIONS) == []
    iraq = find_overlaps(holders, {"IQ"}, tuple(sorted(IRAQ_ROLES)), set())
    assert iraq == []


def test_core_countries_covered(holders: list[dict[str, str]]) -> None:
    have = defaultdict(set)
    for r in holders:
        have[r["country"]].add(r["role"])
    for cc in CORE_COUNTRIES:
        assert "head_of_state" in have[cc] or "head_of_government" in have[cc], cc
        assert "foreign_minister" in have[cc] or cc in {"YE"}, cc


def test_iraqi_pm_terms_contiguous(holders: list[dict[str, str]]) -> None:
    pms = sorted((r for r in holders if r["role"] == "iq_prime_minister"), key=lambda r: r["valid_from"])
    by_name = {r["name_en"]: r for r in pms}
    chain = [by_name[n] for n in ("Adil Abdul-Mahdi", "Mustafa al-Kadhimi", "Mohammed Shia al-Sudani")]
    assert chain[0]["valid_from"] == "2018-10-25"
    assert chain[0]["valid_to"] == chain[1]["valid_from"] == "2020-05-07"
    assert chain[1]["valid_to"] == chain[2]["valid_from"] == "2022-10-27"
    for a, b in itertools.pairwise(pms):
        assert a["valid_to"] == b["valid_from"], (a, b)


@pytest.mark.parametrize(
    ("day", "kwargs", "expected"),
    [
        ("2020-05-14", {"role": "head_of_state", "country": "RU"}, "Vladimir Putin"),
        ("2020-05-14", {"role": "head_of_government", "country": "RU"}, "Mikhail Mishustin"),
        ("2021-03-31", {"role": "head_of_state", "country": "SA"}, "Salman bin Abdulaziz Al Saud"),
        ("2021-03-31", {"role": "other", "country": "SA"}, "Mohammed bin Salman"),
        ("2023-09-18", {"role": "head_of_state", "country": "US"}, "Joe Biden"),
        ("2023-09-18", {"role": "foreign_minister", "country": "US"}, "Antony Blinken"),
        ("2019-05-07", {"role": "foreign_minister", "country": "US"}, "Mike Pompeo"),
        ("2021-09-12", {"role": "head_of_state", "country": "IR", "exclude_offices": ("Supreme Leader of Iran",)}, "Ebrahim Raisi"),
        ("2024-09-11", {"role": "head_of_state", "country": "IR", "exclude_offices": ("Supreme Leader of Iran",)}, "Masoud Pezeshkian"),
        ("2024-05-22", {"role": "head_of_state", "country": "IR", "exclude_offices": ("Supreme Leader of Iran",)}, "Mohammad Mokhber"),
        ("2020-05-14", {"role": "iq_prime_minister", "country": "IQ"}, "Mustafa al-Kadhimi"),
        ("2023-01-10", {"role": "iq_prime_minister", "country": "IQ"}, "Mohammed Shia al-Sudani"),
        ("2019-01-14", {"role": "iq_prime_minister", "country": "IQ"}, "Adil Abdul-Mahdi"),
        ("2020-05-21", {"role": "head_of_government", "country": "SY"}, "Imad Khamis"),
        ("2020-08-05", {"role": "head_of_government", "country": "LB"}, "Hassan Diab"),
        ("2019-04-30", {"role": "head_of_government", "country": "DE"}, "Angela Merkel"),
        ("2020-10-22", {"role": "head_of_government", "country": "GB"}, "Boris Johnson"),
        ("2020-05-14", {"role": "head_of_state", "country": "EG"}, "Abdel Fattah el-Sisi"),
        ("2019-01-14", {"role": "head_of_state", "country": "JO"}, "Abdullah II"),
        ("2020-05-14", {"role": "head_of_state", "country": "FR"}, "Emmanuel Macron"),
        ("2021-06-30", {"role": "org_official", "org": "NATO", "exclude_offices": ("Commander of NATO Mission Iraq",)}, "Jens Stoltenberg"),
        ("2023-05-01", {"role": "org_official", "org": "NATO", "exclude_offices": ("Secretary General of NATO",)}, "Giovanni Iannucci"),
        ("2023-06-01", {"role": "org_official", "org": "NATO", "exclude_offices": ("Secretary General of NATO",)}, "José Antonio"),
        ("2020-05-12", {"role": "org_official", "org": "ARAB_LEAGUE"}, "Ahmed Aboul Gheit"),
        ("2021-09-08", {"role": "org_official", "org": "UNAMI"}, "Jeanine Hennis-Plasschaert"),
        ("2023-02-17", {"role": "org_official", "org": "ICG"}, "Comfort Ero"),
        ("2023-10-28", {"role": "ambassador", "org": "EU"}, "Thomas Seiler"),
        ("2020-05-14", {"role": "ambassador", "country": "SY"}, "Sattam Jadaan al-Dandah"),
        # the seed article's spelling is canonical; dev_ar's "Maksimov" is a surface form
        ("2020-05-14", {"role": "ambassador", "country": "RU"}, "Maxim Maximov"),
        ("2020-05-14", {"role": "ambassador", "country": "FR"}, "Bruno Aubert"),
        ("2020-05-14", {"role": "ambassador", "country": "CA"}, "Ulric Shannon"),
        ("2020-05-14", {"role": "ambassador", "country": "EG"}, "Alaa Moussa"),
        ("2020-01-06", {"role": "ambassador", "country": "US"}, "Matthew Tueller"),
    ],
)
def test_spot_checks(holders: list[dict[str, str]], day: str, kwargs: dict, expected: str) -> None:
    assert holder_on(holders, day, **kwargs) == [expected]


def test_iran_supreme_leader_and_others(holders: list[dict[str, str]]) -> None:
    assert holder_on(holders, "2021-09-12", role="head_of_state", country="IR") == ["Ali Khamenei", "Ebrahim Raisi"]
    assert holder_on(holders, "2021-09-12", role="other", country="IR",
                     exclude_offices=("First Vice President of Iran", "Commander of the IRGC Quds Force")) == [
        "Ali Shamkhani", "Mohammad Bagher Ghalibaf"]


def test_gold_names_resolve(holders: list[dict[str, str]], names: list[dict[str, str]]) -> None:
    """Every person named in the dev gold has a registry entry under exactly the gold spelling."""
    canon = {r["name_en"] for r in holders}
    for n in ("Abdel Fattah el-Sisi", "Salman bin Abdulaziz Al Saud", "Mohammed bin Salman",
              "Jeanine Hennis-Plasschaert", "Jens Stoltenberg", "Vladimir Putin", "Mikhail Mishustin",
              "Imad Khamis", "Hassan Diab", "Masoud Pezeshkian", "Ebrahim Raisi", "Hassan Rouhani",
              "Ali Khamenei", "Ali Shamkhani", "Mohammad Bagher Ghalibaf", "Ali Akbar Mehrabian",
              "Angela Merkel", "Mike Pompeo", "Antony Blinken", "Joe Biden", "Boris Johnson",
              "Ahmed Aboul Gheit", "Mikhail Bogdanov", "Emmanuel Macron", "Abdullah II", "Comfort Ero",
              "Sattam Jadaan al-Dandah", "Maxim Maximov", "Bruno Aubert", "Eric Chevallier",
              "Maurizio Greganti", "Giovanni Iannucci", "José Antonio", "Thomas Seiler", "Ulric Shannon",
              "Alaa Moussa"):
        assert n in canon, n
    surface = {(r["lang"], r["name"]) for r in names}
    for lang, n in (("en", "Abdel Fattah al-Sisi"), ("en", "Alaa Mousa"), ("en", "Maxim Maksimov"),
                    ("ar", "بوتين"), ("ar", "سطام جدعان الدندح"), ("ar", "ماوريتسيو كريكانتي"),
                    ("ar", "إبراهيم رئيسي"), ("ar", "الخامنئي"), ("ar", "بلاسخارت"), ("ar", "ستولتنبيرغ")):
        assert (lang, n) in surface, n
