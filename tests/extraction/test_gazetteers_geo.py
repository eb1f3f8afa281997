"""Checks on the geographic and organisational gazetteers in extraction/rules/.

countries.csv, country_terms.csv, cities.csv, organisations.csv, org_terms.csv: coverage of the
world (UN members + observers), the forms Iraqi media use, and the absence of undocumented
ambiguity once terms are normalised the way the extractor normalises them.
"""
from __future__ import annotations

import csv
import json
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest

from extraction.normalize import normalize_term

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "extraction" / "rules"
GOLD = ROOT / "tests" / "fixtures" / "gold"

HEADERS = {
    "countries.csv": ["iso2", "iso3", "name_en", "name_ar", "official_en", "official_ar", "capital_en",
                      "capital_ar", "region", "un_member"],
    "country_terms.csv": ["iso2", "lang", "kind", "term"],
    "cities.csv": ["name_en", "iso2", "lang", "term"],
    "organisations.csv": ["code", "name_en", "name_ar", "kind"],
    "org_terms.csv": ["code", "lang", "term"],
}
REGIONS = {"Middle East & North Africa", "Sub-Saharan Africa", "Europe", "Central Asia", "South Asia",
           "East Asia & Pacific", "Americas"}
# ISO 3166-1 entries that are not sovereign UN members (dependencies, territories, SARs) ...
PYCOUNTRY_NOT_UN = {
    "AI", "AQ", "AS", "AW", "AX", "BL", "BM", "BQ", "BV", "CC", "CK", "CW", "CX", "EH", "FK", "FO", "GF",
    "GG", "GI", "GL", "GP", "GS", "GU", "HK", "HM", "IM", "IO", "JE", "KY", "MF", "MO", "MP", "MQ", "MS",
    "NC", "NF", "NU", "PF", "PM", "PN", "PR", "RE", "SH", "SJ", "SX", "TC", "TF", "TK", "UM", "VG", "VI",
    "WF", "YT",
}
# ... and the parties we list although they are not UN members.
NON_MEMBERS_LISTED = {"PS", "VA", "XK", "TW"}
UN_MEMBERS = {c.alpha_2 for c in pycountry.countries} - PYCOUNTRY_NOT_UN - NON_MEMBERS_LISTED

# Documented ambiguities (normalised term -> the iso2 codes it legitimately names).
# "Congolese" / الكونغولي is the demonym of both Congos; the text must disambiguate (Kinshasa/Brazzaville).
AMBIGUOUS_WITHIN_KIND = {
    ("ar", "الكونغولي"): {"CG", "CD"},
    ("ar", "الكونغوليه"): {"CG", "CD"},
    ("en", "congolese"): {"CG", "CD"},
    # "Dominican" is the demonym of Dominica and of the Dominican Republic (longest match on the name wins)
    ("en", "dominican"): {"DM", "DO"},
}
# Once diacritics are dropped, عُمان (Oman, name) and عمّان (Amman, capital of Jordan) are one word.
AMBIGUOUS_ACROSS_KINDS = {("ar", "عمان"): {"OM", "JO"}}
# Correct forms withheld because, normalised and article-stripped, they are frequent ordinary words
# (see WITHHELD in extraction/rules/tools/build_geo.py and the README).
WITHHELD = {("ML", "ar", "مالي"), ("ML", "ar", "المالي"), ("ML", "ar", "المالية"), ("KM", "ar", "القمري"),
            ("KM", "ar", "القمرية"), ("CI", "ar", "العاجي"), ("CI", "ar", "العاجية"), ("KR", "ar", "سيول"),
            ("AF", "ar", "كابل")}
NO_ARABIC_DEMONYM = {"ML", "KM"}  # their only demonyms are withheld (المالي 'financial', القمري 'lunar')
# City-states: the bare country name is also the city (elsewhere a bare country name is never a city).
CITY_STATES = {"SG", "MC", "SM"}

REQUIRED_ORGS = {"UN", "UNAMI", "EU", "NATO", "ARAB_LEAGUE", "OIC", "GCC", "ICRC", "WORLD_BANK", "IMF",
                 "GLOBAL_COALITION", "ICG", "OPEC", "UNICEF", "UNHCR", "WFP", "WHO", "UNDP", "UNESCO",
                 "IAEA", "UNITAD", "AU", "OSCE", "IOM", "FAO"}


def N(term: str) -> str:
    return normalize_term(term)


def _read(name: str) -> list[dict]:
    with open(RULES / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def countries() -> dict[str, dict]:
    return {r["iso2"]: r for r in _read("countries.csv")}


@pytest.fixture(scope="module")
def terms() -> list[dict]:
    return _read("country_terms.csv")


@pytest.fixture(scope="module")
def cities() -> list[dict]:
    return _read("cities.csv")


@pytest.fixture(scope="module")
def orgs() -> dict[str, dict]:
    return {r["code"]: r for r in _read("organisations.csv")}


@pytest.fixture(scope="module")
def org_terms() -> list[dict]:
    return _read("org_terms.csv")


@pytest.fixture(scope="module")
def index(terms) -> dict[tuple[str, str], set[tuple[str, str]]]:
    """(lang, normalised term) -> {(iso2, kind)}"""
    out: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    for r in terms:
        out[(r["lang"], N(r["term"]))].add((r["iso2"], r["kind"]))
    return out


def resolve(index, lang: str, term: str, kind: str | None = None) -> set[str]:
    return {iso for iso, k in index.get((lang, N(term)), set()) if kind is None or k == kind}


# --------------------------------------------------------------------------- file format

@pytest.mark.parametrize("name", sorted(HEADERS))
def test_file_format(name):
    raw = (RULES / name).read_bytes()
    text = raw.decode("utf-8")
    assert not text.startswith("\ufeff"), "no BOM"
    assert "\r" not in text, "LF line endings only"
    assert text.endswith("\n")
    rows = list(csv.reader(text.splitlines()))
    assert rows[0] == HEADERS[name]
    body = rows[1:]
    assert body, "file has rows"
    for row in body:
        assert len(row) == len(HEADERS[name]), row
        assert all(cell.strip() == cell and cell for cell in row), f"empty or padded cell in {row}"
    assert len({tuple(r) for r in body}) == len(body), "duplicate rows"


def test_sorted():
    def keys(name, fn):
        rows = _read(name)
        return [fn(r) for r in rows]
    for name, fn in [("countries.csv", lambda r: r["iso2"]),
                     ("country_terms.csv", lambda r: (r["iso2"], r["lang"], r["kind"], r["term"])),
                     ("cities.csv", lambda r: (r["iso2"], r["name_en"], r["lang"], r["term"])),
                     ("organisations.csv", lambda r: r["code"]),
                     ("org_terms.csv", lambda r: (r["code"], r["lang"], r["term"]))]:
        k = keys(name, fn)
        assert k == sorted(k), f"{name} is not sorted"


# --------------------------------------------------------------------------- countries.csv

def test_every_un_member_and_listed_observer_present(countries):
    assert len(UN_MEMBERS) == 193
    assert set(countries) == UN_MEMBERS | NON_MEMBERS_LISTED
    for iso2, r in countries.items():
        expected = "false" if iso2 in NON_MEMBERS_LISTED else "true"
        assert r["un_member"] == expected, iso2
    assert countries["IQ"]["un_member"] == "true"


def test_country_fields(countries):
    for iso2, r in countries.items():
        assert r["region"] in REGIONS, (iso2, r["region"])
        for col in ("name_en", "name_ar", "official_en", "official_ar", "capital_en", "capital_ar"):
            assert r[col].strip(), (iso2, col)
        for col in ("name_ar", "official_ar", "capital_ar"):
            assert any("\u0600" <= ch <= "\u06ff" for ch in r[col]), (iso2, col, "must be Arabic")
        for col in ("name_en", "official_en", "capital_en"):
            assert not any("\u0600" <= ch <= "\u06ff" for ch in r[col]), (iso2, col, "must be Latin")
        if iso2 == "XK":
            assert r["iso3"] == "XKX"
        else:
            assert r["iso3"] == pycountry.countries.get(alpha_2=iso2).alpha_3


def test_short_names_as_briefed(countries):
    expected = {"RU": "Russia", "GB": "United Kingdom", "US": "United States", "IR": "Iran", "SY": "Syria",
                "KR": "South Korea", "TR": "Turkey", "KP": "North Korea", "VA": "Holy See"}
    for iso2, name in expected.items():
        assert countries[iso2]["name_en"] == name
    assert countries["US"]["name_ar"] == "الولايات المتحدة"
    assert countries["EG"]["official_ar"] == "جمهورية مصر العربية"
    assert countries["RU"]["official_ar"] == "روسيا الاتحادية"
    assert countries["SA"]["official_ar"] == "المملكة العربية السعودية"
    assert countries["IR"]["official_ar"] == "الجمهورية الإسلامية الإيرانية"
    assert countries["SY"]["official_ar"] == "الجمهورية العربية السورية"
    assert countries["JO"]["official_ar"] == "المملكة الأردنية الهاشمية"
    assert countries["KW"]["official_ar"] == "دولة الكويت"
    assert countries["TR"]["official_ar"] == "الجمهورية التركية"
    assert countries["CN"]["official_ar"] == "جمهورية الصين الشعبية"
    assert countries["US"]["official_ar"] == "الولايات المتحدة الأمريكية"


def test_regions_of_the_neighbourhood(countries):
    for iso2 in ("IQ", "IR", "TR", "SY", "JO", "SA", "KW", "EG", "AE", "QA", "BH", "OM", "YE", "LB", "PS",
                 "IL", "DZ", "MA", "TN", "LY", "SD"):
        assert countries[iso2]["region"] == "Middle East & North Africa", iso2
    for iso2 in ("FR", "DE", "GB", "RU", "IT", "VA"):
        assert countries[iso2]["region"] == "Europe", iso2
    assert countries["US"]["region"] == "Americas"
    assert countries["CN"]["region"] == "East Asia & Pacific"
    assert countries["PK"]["region"] == "South Asia"
    assert countries["KZ"]["region"] == "Central Asia"
    assert countries["ZA"]["region"] == "Sub-Saharan Africa"


# --------------------------------------------------------------------------- country_terms.csv

def test_terms_reference_known_countries_and_kinds(terms, countries):
    seen = set()
    for r in terms:
        assert r["iso2"] in countries, r
        assert r["lang"] in ("ar", "en"), r
        assert r["kind"] in ("name", "official", "demonym", "capital"), r
        if r["lang"] == "ar":
            assert any("\u0600" <= ch <= "\u06ff" for ch in r["term"]), r
        else:
            assert not any("\u0600" <= ch <= "\u06ff" for ch in r["term"]), r
        key = (r["iso2"], r["lang"], N(r["term"]))
        assert key not in seen, f"(iso2, lang, term) not unique: {r}"
        seen.add(key)


def test_every_country_has_names_demonyms_and_capital_in_both_languages(terms, countries):
    by = defaultdict(list)
    for r in terms:
        by[(r["iso2"], r["lang"])].append(r)
    for iso2, c in countries.items():
        for lang in ("ar", "en"):
            rows = by[(iso2, lang)]
            kinds = {r["kind"] for r in rows}
            assert "name" in kinds, (iso2, lang)
            if not (lang == "ar" and iso2 in NO_ARABIC_DEMONYM):
                assert "demonym" in kinds, (iso2, lang)
            have = {N(r["term"]) for r in rows}
            # the columns of countries.csv are all surface forms of the country
            for col in (f"name_{lang}", f"capital_{lang}"):
                if (iso2, lang, c[col]) not in WITHHELD:
                    assert N(c[col]) in have, (iso2, col, c[col])
            if "(" not in c[f"official_{lang}"]:
                assert N(c[f"official_{lang}"]) in have, (iso2, f"official_{lang}")
        ar = by[(iso2, "ar")]
        dem = [r["term"] for r in ar if r["kind"] == "demonym"]
        if iso2 in NO_ARABIC_DEMONYM:
            assert not dem
            continue
        assert any(t.startswith("ال") and any(w.endswith("ي") for w in t.split()) for t in dem), \
            (iso2, "masculine Arabic demonym (nisba in -ي with the article)")
        # the feminine may coincide with the name (السعودية), so any kind counts for it
        assert any(w.endswith("ية") for r in ar for w in r["term"].split()), (iso2, "feminine Arabic demonym")
        masc = {N(t) for t in dem}
        for t in dem:
            words = t.split()
            if all(not w.endswith("ي") for w in words[1:]) and words[-1].endswith("ي"):
                fem = " ".join(w + "ة" if w.endswith("ي") else w for w in words)
                assert N(fem) in {N(r["term"]) for r in ar}, (iso2, "feminine of", t)
        assert masc


@pytest.mark.parametrize("lang,term,iso2", [
    # official forms quoted by Iraqi releases
    ("ar", "جمهورية مصر العربية", "EG"), ("ar", "روسيا الاتحادية", "RU"), ("ar", "الجمهورية التركية", "TR"),
    ("ar", "دولة الكويت", "KW"), ("ar", "جمهورية الصين الشعبية", "CN"),
    ("ar", "الجمهورية الجزائرية الديمقراطية الشعبية", "DZ"), ("ar", "الجمهورية العربية السورية", "SY"),
    ("ar", "المملكة العربية السعودية", "SA"), ("ar", "الولايات المتحدة الأمريكية", "US"),
    ("ar", "الولايات المتحدة الأميركية", "US"), ("ar", "الجمهورية الإيطالية", "IT"),
    ("ar", "المملكة الأردنية الهاشمية", "JO"), ("ar", "الجمهورية الإسلامية الإيرانية", "IR"),
    ("ar", "الجمهورية الاسلامية الايرانية", "IR"), ("ar", "الاتحاد الروسي", "RU"),
    ("ar", "جمهورية ألمانيا الاتحادية", "DE"), ("ar", "دولة قطر", "QA"), ("ar", "مملكة البحرين", "BH"),
    ("ar", "سلطنة عمان", "OM"), ("ar", "دولة الإمارات العربية المتحدة", "AE"), ("ar", "الجمهورية اللبنانية", "LB"),
    ("ar", "الكرسي الرسولي", "VA"), ("ar", "الجمهورية الفرنسية", "FR"), ("ar", "جمهورية العراق", "IQ"),
    # short names and variants
    ("ar", "روسيا", "RU"), ("ar", "مصر", "EG"), ("ar", "سوريا", "SY"), ("ar", "سورية", "SY"), ("ar", "الصين", "CN"),
    ("ar", "تركيا", "TR"), ("ar", "ايران", "IR"), ("ar", "إيران", "IR"), ("ar", "بريطانيا", "GB"),
    ("ar", "المملكة المتحدة", "GB"), ("ar", "الولايات المتحدة", "US"), ("ar", "أمريكا", "US"),
    ("ar", "أميركا", "US"), ("ar", "امريكا", "US"), ("ar", "الكويت", "KW"), ("ar", "ألمانيا", "DE"),
    ("ar", "المانيا", "DE"), ("ar", "إيطاليا", "IT"), ("ar", "النمسا", "AT"), ("ar", "البرتغال", "PT"),
    ("ar", "الأردن", "JO"), ("ar", "السعودية", "SA"), ("ar", "الإمارات", "AE"), ("ar", "كوريا الشمالية", "KP"),
    ("ar", "كوريا الجنوبية", "KR"), ("ar", "كوريا", "KR"), ("ar", "الفاتيكان", "VA"), ("ar", "الجزائر", "DZ"),
    ("ar", "العراق", "IQ"), ("ar", "فلسطين", "PS"), ("ar", "لبنان", "LB"), ("ar", "الهند", "IN"),
    ("ar", "اليابان", "JP"), ("ar", "جنوب أفريقيا", "ZA"), ("ar", "جنوب افريقيا", "ZA"),
    ("en", "Russia", "RU"), ("en", "Russian Federation", "RU"), ("en", "UK", "GB"), ("en", "Britain", "GB"),
    ("en", "Great Britain", "GB"), ("en", "United Kingdom", "GB"), ("en", "US", "US"), ("en", "U.S.", "US"),
    ("en", "USA", "US"), ("en", "United States", "US"), ("en", "America", "US"), ("en", "Georgia", "GE"),
    ("en", "Congo", "CG"), ("en", "Democratic Republic of the Congo", "CD"), ("en", "Korea", "KR"),
    ("en", "North Korea", "KP"), ("en", "Vatican", "VA"), ("en", "Holy See", "VA"), ("en", "Türkiye", "TR"),
    ("en", "Turkey", "TR"), ("en", "Iran", "IR"), ("en", "Iraq", "IQ"), ("en", "UAE", "AE"),
    # demonyms (the media write them after a noun: السفير السعودي، السفيرة الأمريكية)
    ("ar", "الأمريكية", "US"), ("ar", "الأمريكي", "US"), ("ar", "الأميركي", "US"), ("ar", "الأميركية", "US"),
    ("ar", "السوري", "SY"), ("ar", "السورية", "SY"), ("ar", "الروسي", "RU"), ("ar", "الروسية", "RU"),
    ("ar", "البريطاني", "GB"), ("ar", "البريطانية", "GB"), ("ar", "الفرنسي", "FR"), ("ar", "الفرنسية", "FR"),
    ("ar", "المصري", "EG"), ("ar", "المصرية", "EG"), ("ar", "السعودي", "SA"), ("ar", "الإيراني", "IR"),
    ("ar", "الإيرانية", "IR"), ("ar", "التركي", "TR"), ("ar", "التركية", "TR"), ("ar", "الألماني", "DE"),
    ("ar", "الألمانية", "DE"), ("ar", "الصيني", "CN"), ("ar", "الصينية", "CN"), ("ar", "الأردني", "JO"),
    ("ar", "الأردنية", "JO"), ("ar", "اللبناني", "LB"), ("ar", "الإماراتي", "AE"), ("ar", "الهولندي", "NL"),
    ("ar", "الفاتيكاني", "VA"), ("ar", "الهندي", "IN"), ("ar", "الياباني", "JP"), ("ar", "الكوري الجنوبي", "KR"),
    ("ar", "الكورية الجنوبية", "KR"), ("ar", "الكوري الشمالي", "KP"), ("ar", "الجنوب أفريقي", "ZA"),
    ("ar", "الكندي", "CA"), ("ar", "الإيطالي", "IT"), ("ar", "العراقي", "IQ"), ("ar", "العراقى", "IQ"),
    ("ar", "العراقية", "IQ"), ("ar", "الكويتي", "KW"), ("ar", "القطري", "QA"), ("ar", "البحريني", "BH"),
    ("ar", "العماني", "OM"), ("ar", "اليمني", "YE"), ("ar", "الفلسطيني", "PS"), ("ar", "الجزائري", "DZ"),
    ("en", "Russian", "RU"), ("en", "British", "GB"), ("en", "French", "FR"), ("en", "Egyptian", "EG"),
    ("en", "Saudi", "SA"), ("en", "Iranian", "IR"), ("en", "Turkish", "TR"), ("en", "German", "DE"),
    ("en", "Chinese", "CN"), ("en", "American", "US"), ("en", "Iraqi", "IQ"), ("en", "Canadian", "CA"),
    # capitals as metonyms
    ("ar", "موسكو", "RU"), ("ar", "واشنطن", "US"), ("ar", "باريس", "FR"), ("ar", "القاهرة", "EG"),
    ("ar", "دمشق", "SY"), ("ar", "طهران", "IR"), ("ar", "أنقرة", "TR"), ("ar", "الرياض", "SA"),
    ("ar", "بغداد", "IQ"), ("ar", "الكرملين", "RU"), ("ar", "البيت الأبيض", "US"), ("ar", "مدينة الكويت", "KW"),
    ("en", "Moscow", "RU"), ("en", "Washington", "US"), ("en", "Paris", "FR"), ("en", "Cairo", "EG"),
    ("en", "Tehran", "IR"), ("en", "Ankara", "TR"), ("en", "Riyadh", "SA"), ("en", "Kremlin", "RU"),
])
def test_quoted_forms_resolve(index, lang, term, iso2):
    assert resolve(index, lang, term) == {iso2}, (term, index.get((lang, N(term))))


@pytest.mark.parametrize("lang,term,iso2,kind", [
    ("ar", "جمهورية مصر العربية", "EG", "official"), ("ar", "الأمريكية", "US", "demonym"),
    ("ar", "روسيا الاتحادية", "RU", "official"), ("ar", "الجمهورية التركية", "TR", "official"),
    ("ar", "الولايات المتحدة", "US", "name"), ("ar", "موسكو", "RU", "capital"), ("en", "Saudi", "SA", "demonym"),
])
def test_kinds(index, lang, term, iso2, kind):
    assert resolve(index, lang, term, kind) == {iso2}


def test_no_term_names_two_countries_within_a_kind(terms):
    seen: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for r in terms:
        seen[(r["lang"], r["kind"], N(r["term"]))].add(r["iso2"])
    for (lang, kind, term), isos in seen.items():
        if len(isos) > 1:
            assert AMBIGUOUS_WITHIN_KIND.get((lang, term)) == isos, (lang, kind, term, isos)
    for (lang, term), isos in AMBIGUOUS_WITHIN_KIND.items():
        assert any(seen[(lang, k, term)] == isos for k in ("name", "official", "demonym", "capital"))


def test_no_term_names_two_countries_across_kinds(index):
    for key, pairs in index.items():
        isos = {iso for iso, _ in pairs}
        if len(isos) > 1:
            assert key in AMBIGUOUS_WITHIN_KIND or AMBIGUOUS_ACROSS_KINDS.get(key) == isos, (key, pairs)


def test_iraq_is_listed_so_it_can_be_excluded(index):
    for lang, term in [("ar", "العراق"), ("ar", "العراقي"), ("ar", "العراقية"), ("en", "Iraq"), ("en", "Iraqi")]:
        assert resolve(index, lang, term) == {"IQ"}


def test_withheld_forms_are_absent(terms, cities):
    listed = {(r["iso2"], r["lang"], N(r["term"])) for r in terms}
    listed |= {(r["iso2"], r["lang"], N(r["term"])) for r in cities}
    for iso2, lang, term in WITHHELD:
        assert (iso2, lang, N(term)) not in listed, term
    # the countries stay recognisable through safe forms
    assert {r["iso2"] for r in terms if N(r["term"]) == N("جمهورية مالي")} == {"ML"}
    assert {r["iso2"] for r in terms if N(r["term"]) == N("جزر القمر")} == {"KM"}
    assert {r["name_en"] for r in cities if N(r["term"]) == N("سول")} == {"Seoul"}
    assert {r["name_en"] for r in cities if N(r["term"]) == N("كابول")} == {"Kabul"}


def test_turkmen_is_not_turkmenistan(index):
    # التركماني / Turkmen name an Iraqi community (the Iraqi Turkmen), not Turkmenistan
    assert not resolve(index, "ar", "التركماني")
    assert not resolve(index, "en", "Turkmen")


# --------------------------------------------------------------------------- cities.csv

@pytest.fixture(scope="module")
def city_index(cities) -> dict[tuple[str, str], set[tuple[str, str]]]:
    out: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    for r in cities:
        out[(r["lang"], N(r["term"]))].add((r["name_en"], r["iso2"]))
    return out


def test_city_rows(cities, countries):
    by_city = defaultdict(set)
    for r in cities:
        assert r["iso2"] in countries, r
        assert r["lang"] in ("ar", "en"), r
        by_city[(r["name_en"], r["iso2"])].add(r["lang"])
    for city, langs in by_city.items():
        assert langs == {"ar", "en"}, city
    names = defaultdict(set)
    for name, iso2 in by_city:
        names[name].add(iso2)
    assert all(len(v) == 1 for v in names.values()), {k: v for k, v in names.items() if len(v) > 1}


def test_no_term_names_two_cities(city_index):
    for key, targets in city_index.items():
        assert len(targets) == 1, (key, targets)


def test_every_capital_is_a_city(countries, cities, terms):
    by_city = defaultdict(set)
    for r in cities:
        by_city[(r["name_en"], r["iso2"])].add((r["lang"], N(r["term"])))
    own_names = defaultdict(set)
    for r in terms:
        if r["kind"] in ("name", "official"):
            own_names[r["iso2"]].add((r["lang"], N(r["term"])))
    for iso2, c in countries.items():
        forms = by_city.get((c["capital_en"], iso2))
        assert forms, (iso2, c["capital_en"])
        assert ("en", N(c["capital_en"])) in forms or ("en", N(c["capital_en"])) in own_names[iso2]
        ar = ("ar", N(c["capital_ar"]))
        if (iso2, "ar", c["capital_ar"]) in WITHHELD:
            assert ar not in forms, iso2
        elif ar in own_names[iso2] and iso2 not in CITY_STATES:
            # الجزائر، تونس، جيبوتي، لوكسمبورغ: the bare form names the country; not a city term
            assert ar not in forms, iso2
        else:
            assert ar in forms, (iso2, c["capital_ar"])


def test_bare_country_names_are_not_cities(city_index, terms):
    for r in terms:
        if r["kind"] in ("name", "official") and r["iso2"] not in CITY_STATES:
            targets = city_index.get((r["lang"], N(r["term"])), set())
            assert all(iso != r["iso2"] for _, iso in targets), (r, targets)


@pytest.mark.parametrize("lang,term,city", [
    ("ar", "بغداد", "Baghdad"), ("ar", "أربيل", "Erbil"), ("ar", "البصرة", "Basra"), ("ar", "النجف", "Najaf"),
    ("ar", "النجف الأشرف", "Najaf"), ("ar", "كربلاء", "Karbala"), ("ar", "كربلاء المقدسة", "Karbala"),
    ("ar", "الموصل", "Mosul"), ("ar", "السليمانية", "Sulaymaniyah"), ("ar", "كركوك", "Kirkuk"),
    ("ar", "الناصرية", "Nasiriyah"), ("ar", "نيويورك", "New York"), ("ar", "جنيف", "Geneva"),
    ("ar", "دافوس", "Davos"), ("ar", "ميونخ", "Munich"), ("ar", "ميونيخ", "Munich"),
    ("ar", "شرم الشيخ", "Sharm el-Sheikh"), ("ar", "جدة", "Jeddah"), ("ar", "مكة", "Mecca"),
    ("ar", "مكة المكرمة", "Mecca"), ("ar", "إسطنبول", "Istanbul"), ("ar", "اسطنبول", "Istanbul"),
    ("ar", "دبي", "Dubai"), ("ar", "الدوحة", "Doha"), ("ar", "المنامة", "Manama"), ("ar", "مسقط", "Muscat"),
    ("ar", "العقبة", "Aqaba"), ("ar", "عمّان", "Amman"), ("ar", "بيروت", "Beirut"), ("ar", "مشهد", "Mashhad"),
    ("ar", "قم", "Qom"), ("ar", "أصفهان", "Isfahan"), ("ar", "سانت بطرسبورغ", "Saint Petersburg"),
    ("ar", "سوتشي", "Sochi"), ("ar", "أبوظبي", "Abu Dhabi"), ("ar", "أبو ظبي", "Abu Dhabi"),
    ("ar", "مدينة الكويت", "Kuwait City"), ("ar", "واشنطن", "Washington"), ("ar", "البيت الأبيض", "Washington"),
    ("ar", "الكرملين", "Moscow"), ("ar", "الإليزيه", "Paris"), ("ar", "بروكسل", "Brussels"),
    ("ar", "ستراسبورغ", "Strasbourg"), ("ar", "فيينا", "Vienna"), ("ar", "روما", "Rome"),
    ("ar", "موسكو", "Moscow"), ("ar", "طهران", "Tehran"), ("ar", "الرياض", "Riyadh"), ("ar", "القاهرة", "Cairo"),
    ("ar", "لندن", "London"), ("ar", "برلين", "Berlin"), ("ar", "القصر الحكومي", "Baghdad"),
    ("ar", "العاصمة الروسية", "Moscow"), ("ar", "مدينة الفاتيكان", "Vatican City"),
    ("en", "Baghdad", "Baghdad"), ("en", "Washington", "Washington"), ("en", "Washington D.C.", "Washington"),
    ("en", "Washington, DC", "Washington"), ("en", "White House", "Washington"), ("en", "Kremlin", "Moscow"),
    ("en", "Élysée", "Paris"), ("en", "Downing Street", "London"), ("en", "Kuwait City", "Kuwait City"),
    ("en", "New York", "New York"), ("en", "Munich", "Munich"), ("en", "Mashhad", "Mashhad"),
    ("en", "Erbil", "Erbil"), ("en", "Vatican City", "Vatican City"), ("en", "Glasgow", "Glasgow"),
])
def test_city_terms_resolve(city_index, lang, term, city):
    assert {name for name, _ in city_index.get((lang, N(term)), set())} == {city}


def test_ambiguous_bare_kuwait_is_not_a_city(city_index):
    assert ("ar", N("الكويت")) not in city_index
    assert ("en", N("Kuwait")) not in city_index


# --------------------------------------------------------------------------- organisations

def test_organisations(orgs, org_terms):
    assert REQUIRED_ORGS <= set(orgs)
    assert "NATO_MISSION_IRAQ" not in orgs  # the NATO Mission in Iraq is coded NATO
    for code, r in orgs.items():
        assert r["kind"] in ("intergovernmental", "un_agency", "ngo"), code
        assert r["name_en"] and r["name_ar"], code
    by_code = defaultdict(set)
    owner: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in org_terms:
        assert r["code"] in orgs, r
        assert r["lang"] in ("ar", "en"), r
        by_code[r["code"]].add((r["lang"], N(r["term"])))
        owner[(r["lang"], N(r["term"]))].add(r["code"])
    for code, r in orgs.items():
        assert ("ar", N(r["name_ar"])) in by_code[code], code
        assert ("en", N(r["name_en"])) in by_code[code], code
    ambiguous = {k: v for k, v in owner.items() if len(v) > 1}
    assert not ambiguous


@pytest.mark.parametrize("lang,term,code", [
    ("ar", "الأمم المتحدة", "UN"), ("ar", "المنظمة الدولية", "UN"), ("ar", "هيئة الأمم المتحدة", "UN"),
    ("en", "United Nations", "UN"), ("en", "UN", "UN"), ("en", "U.N.", "UN"),
    ("ar", "يونامي", "UNAMI"), ("ar", "بعثة الأمم المتحدة لمساعدة العراق", "UNAMI"),
    ("ar", "بعثة الأمم المتحدة في العراق", "UNAMI"), ("en", "UNAMI", "UNAMI"),
    ("en", "United Nations Assistance Mission for Iraq", "UNAMI"),
    ("ar", "الممثلة الخاصة للأمين العام للأمم المتحدة في العراق", "UNAMI"),
    ("ar", "الاتحاد الأوروبي", "EU"), ("ar", "الاتحاد الأوربي", "EU"), ("en", "European Union", "EU"),
    ("en", "EU", "EU"), ("ar", "حلف شمال الأطلسي", "NATO"), ("ar", "حلف الناتو", "NATO"), ("ar", "الناتو", "NATO"),
    ("ar", "حلف شمال الاطلسي", "NATO"), ("en", "NATO", "NATO"), ("en", "North Atlantic Treaty Organization", "NATO"),
    ("en", "NATO Mission Iraq", "NATO"), ("ar", "جامعة الدول العربية", "ARAB_LEAGUE"),
    ("ar", "الجامعة العربية", "ARAB_LEAGUE"), ("en", "Arab League", "ARAB_LEAGUE"),
    ("en", "League of Arab States", "ARAB_LEAGUE"), ("ar", "منظمة التعاون الإسلامي", "OIC"),
    ("ar", "مجلس التعاون الخليجي", "GCC"), ("ar", "مجلس التعاون لدول الخليج العربية", "GCC"),
    ("ar", "اللجنة الدولية للصليب الأحمر", "ICRC"), ("ar", "الصليب الأحمر الدولي", "ICRC"),
    ("en", "International Committee of the Red Cross", "ICRC"), ("en", "ICRC", "ICRC"),
    ("ar", "البنك الدولي", "WORLD_BANK"), ("ar", "صندوق النقد الدولي", "IMF"),
    ("ar", "التحالف الدولي", "GLOBAL_COALITION"), ("ar", "التحالف الدولي لمحاربة داعش", "GLOBAL_COALITION"),
    ("ar", "التحالف الدولي ضد داعش", "GLOBAL_COALITION"), ("en", "Global Coalition against Daesh", "GLOBAL_COALITION"),
    ("en", "Global Coalition against ISIS", "GLOBAL_COALITION"),
    ("ar", "مجموعة الأزمات الدولية", "ICG"), ("en", "International Crisis Group", "ICG"),
    ("ar", "المنظمة الدولية للهجرة", "IOM"), ("ar", "الاتحاد الأفريقي", "AU"), ("ar", "الاتحاد الإفريقي", "AU"),
])
def test_org_terms_resolve(org_terms, lang, term, code):
    found = {r["code"] for r in org_terms if r["lang"] == lang and N(r["term"]) == N(term)}
    assert found == {code}


def test_faw_is_a_city_not_fao(org_terms, city_index):
    # الفاو is Iraq's Faw peninsula / port far more often than the FAO
    assert not any(N(r["term"]) == N("الفاو") for r in org_terms)
    assert city_index[("ar", N("الفاو"))] == {("Faw", "IQ")}


# --------------------------------------------------------------------------- gold coverage

def test_gold_parties_and_places_are_covered(countries, orgs, cities):
    city_names = {r["name_en"] for r in cities}
    for path in sorted(GOLD.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            doc = json.loads(line)
            for m in doc.get("meetings", []):
                assert m["counterpart_country"] is None or m["counterpart_country"] in countries
                assert m["counterpart_org"] is None or m["counterpart_org"] in orgs
                assert m["location"] is None or m["location"] in city_names, m["location"]
            for i in doc.get("invitations", []):
                assert i["foreign_country"] is None or i["foreign_country"] in countries
                assert i["foreign_org"] is None or i["foreign_org"] in orgs
                assert i["destination"] is None or i["destination"] in city_names, i["destination"]
            for msg in doc.get("messages", []):
                assert msg["from_country"] is None or msg["from_country"] in countries


def test_readme_documents_the_gazetteers():
    text = (RULES / "README.md").read_text(encoding="utf-8")
    assert "## Geographic and organisational gazetteers" in text
    for name in HEADERS:
        assert name in text
