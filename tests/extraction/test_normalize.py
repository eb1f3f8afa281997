import pytest

from extraction.lexicon import token_keys, tokenize
from extraction.normalize import normalize


@pytest.mark.parametrize("raw,expected", [
    ("إستقبل", "استقبل"), ("رئاسة", "رياسه"), ("الـملك", "الملك"), ("مُصطفى", "مصطفي"),
    ("٢٩ آب ٢٠٢٢", "29 اب 2022"), ("May -12– 2020", "may -12- 2020"), ("Al’Sudani", "al'sudani"),
])
def test_normalise(raw, expected):
    assert normalize(raw).text == expected


def test_offsets_map_back_to_the_original():
    raw = "قال رئيسُ الـوزراء: «اليوم»"
    n = normalize(raw)
    start = n.text.index("الوزراء")
    a, b = n.span_to_original(start, start + len("الوزراء"))
    assert raw[a:b] == "الـوزراء"


@pytest.mark.parametrize("word,key", [
    ("وبحث", "بحث"), ("للسفير", "سفير"), ("بالسفير", "سفير"), ("والسفير", "سفير"), ("للكاظمي", "الكاظمي"),
])
def test_clitics(word, key):
    assert key in token_keys(normalize(word).text)


def test_tokens_keep_initials_and_acronyms():
    assert [t.text for t in tokenize("the u.s. envoy")] == ["the", "u.s.", "envoy"]
