import datetime as dt

import pytest

from extraction.dates import find_dates
from extraction.normalize import normalize

PUB = dt.date(2020, 5, 14)  # a Thursday


def first(text, pub=PUB):
    found = find_dates(normalize(text).text, pub)
    return found[0].date if found else "none"


@pytest.mark.parametrize("text,expected", [
    ("اليوم الخميس", dt.date(2020, 5, 14)),  # the weekday confirms the publication day
    ("أمس الأربعاء", dt.date(2020, 5, 13)),
    ("فجر اليوم", dt.date(2020, 5, 14)),
    ("الخميس الماضي", dt.date(2020, 5, 7)),
    ("يوم الإثنين", dt.date(2020, 5, 11)),
    ("30 نيسان 2019", dt.date(2019, 4, 30)),
    ("3- تشرين الثاني- 2022", dt.date(2022, 11, 3)),
    ("٢٩ آب ٢٠٢٢", dt.date(2022, 8, 29)),
    ("13 أكتوبر 2021", dt.date(2021, 10, 13)),
    ("today, Thursday", dt.date(2020, 5, 14)),
    ("yesterday", dt.date(2020, 5, 13)),
    ("on Tuesday", dt.date(2020, 5, 12)),
    ("May9- 2019", dt.date(2019, 5, 9)),
    ("January - 15– 2020", dt.date(2020, 1, 15)),
    ("December 1, 2024", dt.date(2024, 12, 1)),
    ("on 18 October", dt.date(2019, 10, 18)),  # no year: the latest one not after publication
])
def test_resolved(text, expected):
    assert first(text) == expected


def test_month_only_is_not_a_day():
    found = find_dates(normalize("في تموز 2020").text, PUB)
    assert found[0].kind == "month" and found[0].date is None


def test_relative_without_publication_date_is_unknown():
    assert first("اليوم الخميس", pub=None) is None


def test_may_the_verb_is_not_a_month():
    assert first("the visit may take place") == "none"
