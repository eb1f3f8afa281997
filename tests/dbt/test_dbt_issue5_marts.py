"""The analyst marts of issue 5 on the fixture warehouse: persons and Prime Ministers' terms,
groupings, codes, invitation outcomes, release parity, monthly activity."""
from __future__ import annotations

import duckdb
import pytest

KADHIMI_TERM = "iq-mustafa-al-kadhimi/iq_prime_minister/2020-05-07"
SUDANI_TERM = "iq-mohammed-shia-al-sudani/iq_prime_minister/2022-10-27"


@pytest.fixture
def con(good_warehouse):
    data_dir, _ = good_warehouse
    with duckdb.connect(str(data_dir / "warehouse.duckdb"), read_only=True) as connection:
        yield connection


def rows(con, sql: str, *params) -> list[dict]:
    cursor = con.execute(sql, list(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r)) for r in cursor.fetchall()]


def test_prime_ministers_terms_in_order(con):
    got = rows(con, "select pm_name, pm_name_ar, term_number, valid_from::varchar as f, valid_to::varchar as t "
                    "from marts.dim_prime_ministers order by term_number")
    assert [(r["pm_name"], r["f"], r["t"]) for r in got] == [
        ("Haider al-Abadi", "2014-09-08", "2018-10-25"),
        ("Adil Abdul-Mahdi", "2018-10-25", "2020-05-07"),
        ("Mustafa al-Kadhimi", "2020-05-07", "2022-10-27"),
        ("Mohammed Shia al-Sudani", "2022-10-27", None),
    ]
    assert got[2]["pm_name_ar"] == "مصطفى الكاظمي"


def test_every_fact_has_its_pm_term(con):
    for table in ("fct_meetings", "fct_invitations", "fct_messages"):
        assert con.execute(f"select count(*) from marts.{table} where pm_term_id is null").fetchone()[0] == 0
    terms = dict(con.execute("select pm_name, pm_term_id from marts.fct_meetings where meeting_date is not null "
                             "group by all").fetchall())
    assert terms == {"Mustafa al-Kadhimi": KADHIMI_TERM, "Mohammed Shia al-Sudani": SUDANI_TERM}


def test_dim_persons_has_both_scripts_and_all_variants(con):
    putin = rows(con, "select * from marts.dim_persons where person_id = 'ru-vladimir-putin'")[0]
    assert putin["name_en"] == "Vladimir Putin" and putin["country"] == "RU" and putin["is_in_office"]
    assert "بوتين" in " ".join(putin["names_ar"]) and putin["name_ar"] in putin["names_ar"]
    assert "Vladimir Putin" in putin["names_en"]


def test_facts_point_to_persons_and_unknown_people_keep_their_name(con):
    got = {r["counterpart_name"]: r for r in rows(con, "select * from marts.fct_meetings")}
    assert got["Maxim Maksimov"]["counterpart_person_id"] == "ru-maxim-maksimov"
    assert got["Maxim Maksimov"]["counterpart_resolved_by"] == "name"
    assert got["Maxim Maksimov"]["counterpart_person_term_id"] == "ru-maxim-maksimov/ambassador/2016-10-03"
    assert got["José Antonio"]["counterpart_person_id"] == "nato-jose-antonio-aguero-martinez"
    # the unnamed, undated Russian ambassador: no name, no date, no id
    unnamed = rows(con, "select * from marts.fct_meetings where counterpart_name is null")
    assert len(unnamed) == 1 and unnamed[0]["counterpart_person_id"] is None
    invitations = {r["foreign_person"]: r["foreign_person_id"] for r in rows(con, "select * from marts.fct_invitations")}
    assert invitations["Emmanuel Macron"] == "fr-emmanuel-macron" and invitations["Vladimir Putin"] == "ru-vladimir-putin"


def test_cameo_and_plover_codes(con):
    meetings = rows(con, "select counterpart_org, counterpart_country, setting, cameo_code, cameo_source, cameo_target, "
                         "plover_event, plover_mode from marts.fct_meetings")
    call = next(m for m in meetings if m["counterpart_org"] == "ARAB_LEAGUE")
    assert (call["setting"], call["cameo_code"], call["plover_event"], call["plover_mode"]) == (
        "phone", "041", "CONSULT", "phone")
    ru = [m for m in meetings if m["counterpart_country"] == "RU"]
    assert {(m["setting"], m["cameo_code"], m["cameo_source"], m["cameo_target"]) for m in ru} == {
        ("hosted_in_iraq", "043", "IRQ", "RUS")}
    invitations = rows(con, "select direction, cameo_code, cameo_source, cameo_target, plover_event "
                            "from marts.fct_invitations where foreign_person = 'Vladimir Putin' order by direction")
    assert invitations == [
        {"direction": "extended", "cameo_code": "036", "cameo_source": "IRQ", "cameo_target": "RUS", "plover_event": "AGREE"},
        {"direction": "received", "cameo_code": "036", "cameo_source": "RUS", "cameo_target": "IRQ", "plover_event": "AGREE"},
    ]
    assert {c for (c,) in con.execute("select distinct cameo_code from marts.fct_messages").fetchall()} == {"010"}
    assert {lang for (lang,) in con.execute("select distinct evidence_lang from marts.fct_meetings").fetchall()} == {"ar", "en"}


def test_dim_countries_groupings(con):
    got = {r["iso2"]: r for r in rows(con, "select * from marts.dim_countries")}
    assert got["SA"]["groupings"] == ["arab_league", "gcc", "iraq_neighbours"]
    assert got["FR"]["is_eu"] and got["FR"]["is_p5"] and not got["GB"]["is_eu"] and got["GB"]["is_p5"]
    assert got["IR"]["is_iraq_neighbours"] and not got["IR"]["is_arab_league"]
    assert sum(r["is_arab_league"] for r in got.values()) == 22 and sum(r["is_eu"] for r in got.values()) == 27
    assert got["IQ"]["is_iraq"] and got["IQ"]["is_arab_league"]


def test_invitation_outcomes_on_the_seed_day(con):
    got = rows(con, "select * from marts.fct_invitation_outcomes order by direction, foreign_country, foreign_person")
    assert [(r["direction"], r["foreign_person"], r["outcome"], r["is_reciprocated"]) for r in got] == [
        ("extended", "Emmanuel Macron", "not_made", False),
        ("extended", "Vladimir Putin", "not_made", True),
        ("received", "Abdel Fattah el-Sisi", "not_made", False),
        ("received", "Mikhail Mishustin", "not_made", True),
        ("received", "Vladimir Putin", "not_made", True),
    ]
    putin = got[4]
    assert putin["destination_country"] == "RU" and putin["days_to_reciprocation"] == 0
    assert putin["reciprocal_invitation_id"] == got[1]["invitation_id"]


def test_release_parity(con):
    got = rows(con, "select parity_date::varchar as day, fact_type, parity_status, count(*) as n "
                    "from marts.fct_release_parity group by all order by all")
    assert got == [
        {"day": "2020-05-12", "fact_type": "meeting", "parity_status": "both", "n": 1},
        {"day": "2020-05-14", "fact_type": "invitation", "parity_status": "ar_only", "n": 3},
        {"day": "2020-05-14", "fact_type": "meeting", "parity_status": "ar_only", "n": 1},
        {"day": "2020-05-14", "fact_type": "message", "parity_status": "ar_only", "n": 2},
        {"day": "2023-03-05", "fact_type": "meeting", "parity_status": "en_only", "n": 2},
        {"day": "2023-05-21", "fact_type": "meeting", "parity_status": "en_only", "n": 2},
    ]
    # news-only facts (the Canadian ambassador) are not compared
    assert con.execute("select count(*) from marts.fct_release_parity p join marts.fct_meetings m "
                       "on p.fact_id = m.meeting_id where m.counterpart_country = 'CA'").fetchone()[0] == 0


def test_monthly_activity(con):
    got = rows(con, "select * from marts.mart_monthly_activity where party_code = 'RU'")
    assert len(got) == 1
    ru = got[0]
    assert str(ru["activity_month"]) == "2020-05-01" and ru["pm_name"] == "Mustafa al-Kadhimi"
    assert (ru["n_meetings"], ru["n_hosted_in_iraq"], ru["n_invitations_received"], ru["n_invitations_extended"],
            ru["n_messages"], ru["n_facts"]) == (1, 1, 2, 1, 2, 6)
    assert ru["region"] == "Europe" and ru["groupings"] == ["p5"]
    nato = rows(con, "select * from marts.mart_monthly_activity where party_code = 'NATO'")[0]
    assert nato["party_kind"] == "organisation" and nato["region"] == "International organisations"
    assert nato["pm_term_id"] == SUDANI_TERM and nato["n_meetings"] == 2
