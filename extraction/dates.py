"""Date expressions in a sentence, resolved against the publication date.

Month names (Iraqi/Levantine, Egyptian/Gregorian, English) and relative-day words live in
rules/months.csv and rules/relative_days.csv. "اليوم الخميس" is the publication day itself (the
weekday is a check, not an offset): dateparser's PREFER_DATES_FROM=past would move it a week
back, so relative days are resolved here.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from extraction.lexicon import read_csv
from extraction.normalize import normalize_term


@dataclass(frozen=True)
class DateExpr:
    start: int  # offsets in the normalised sentence
    end: int
    date: dt.date | None
    kind: str  # explicit, relative, weekday, month


def _alt(terms) -> str:
    return "|".join(re.escape(t) for t in sorted(set(terms), key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns():
    months = {normalize_term(r["term"]): int(r["month"]) for r in read_csv("months.csv")}
    rel = read_csv("relative_days.csv")
    weekdays = {normalize_term(r["term"]): int(r["value"]) for r in rel if r["kind"] == "weekday"}
    offsets = {normalize_term(r["term"]): int(r["value"]) for r in rel if r["kind"] == "offset"}
    lasts = {normalize_term(r["term"]) for r in rel if r["kind"] == "last"}
    numbers = {normalize_term(r["term"]): int(r["value"]) for r in rel if r["kind"] == "number"}
    nexts = {normalize_term(r["term"]) for r in rel if r["kind"] == "next"}
    ordinals = {normalize_term(r["term"]): int(r["value"]) for r in rel if r["kind"] == "ordinal"}
    m = _alt(months)
    b, e = r"(?<![\w])", r"(?![\w])"
    day_first = re.compile(
        rf"{b}(\d{{1,2}})(?:st|nd|rd|th)?\s*[-/ ]?\s*(?:of\s+)?({m})\s*[-/ ,]?\s*(\d{{4}})?{e}")
    month_first = re.compile(rf"{b}({m})\s*-?\s*(\d{{1,2}})(?:st|nd|rd|th)?{e}\s*[-,]?\s*(\d{{4}})?{e}")
    numeric = re.compile(rf"{b}(\d{{1,2}})[/.-](\d{{1,2}})[/.-](\d{{4}}){e}|{b}(\d{{4}})-(\d{{2}})-(\d{{2}}){e}")
    month_only = re.compile(rf"{b}({m})(?:\s+(?:من\s+)?(?:عام\s+|العام\s+)?(\d{{4}}))?{e}")
    offset = re.compile(rf"{b}(?:[وف]?)({_alt(offsets)}){e}")
    weekday = re.compile(rf"{b}(?:يوم\s+|ليل\s+|ليله\s+|مساء\s+|on\s+)?(?:[وب]?)({_alt(weekdays)}){e}"
                         rf"(\s+(?:{_alt(lasts)}))?")
    last_before = re.compile(rf"(?:{_alt(lasts)})\s+$")
    # "two days earlier", "a week ago", "قبل يومين", "قبل ثلاثة أيام"
    n = _alt([k for k in numbers if k.isascii()] + [r"\d+"])
    ago_en = re.compile(rf"{b}((?:{n}))\s+(days?|week)\s+(?:earlier|ago|before|previously){e}")
    ago_ar = re.compile(rf"{b}قبل\s+({_alt([k for k in numbers if not k.isascii()])}|\d+\s+ايام){e}")
    next_word = re.compile(rf"\s+(?:{_alt(nexts)}){e}")
    # "في الخامس من كانون الثاني الماضي", "العشرين من آب"
    ordinal = re.compile(rf"{b}(?:يوم\s+)?({_alt(ordinals)})\s+من\s+(?:شهر\s+)?({m})(?:\s+(?:من\s+)?(?:عام\s+|العام\s+)?(\d{{4}}))?{e}")
    return (months, weekdays, offsets, day_first, month_first, numeric, month_only, offset, weekday, last_before,
            numbers, ago_en, ago_ar, next_word, ordinal, ordinals)


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _infer_year(m: int, d: int, pub: dt.date | None) -> dt.date | None:
    if pub is None:
        return None
    cand = _safe_date(pub.year, m, d)
    if cand and cand > pub + dt.timedelta(days=1):
        cand = _safe_date(pub.year - 1, m, d)
    return cand


def find_dates(sentence: str, pub: dt.date | None) -> list[DateExpr]:
    """All date expressions in a normalised sentence, each resolved (or None)."""
    (months, weekdays, offsets, day_first, month_first, numeric, month_only, offset, weekday,
     last_before, numbers, ago_en, ago_ar, next_word, ordinal, ordinals) = _patterns()
    found: list[DateExpr] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    def add(a, b, date, kind):
        if free(a, b):
            taken.append((a, b))
            found.append(DateExpr(a, b, date, kind))

    for rx in (numeric,):
        for mt in rx.finditer(sentence):
            if mt.group(1):
                d, m, y = int(mt.group(1)), int(mt.group(2)), int(mt.group(3))
            else:
                y, m, d = int(mt.group(4)), int(mt.group(5)), int(mt.group(6))
            add(mt.start(), mt.end(), _safe_date(y, m, d), "explicit")
    for mt in day_first.finditer(sentence):
        d, m = int(mt.group(1)), months[mt.group(2)]
        date = _safe_date(int(mt.group(3)), m, d) if mt.group(3) else _infer_year(m, d, pub)
        add(mt.start(), mt.end(), date, "explicit")
    for mt in month_first.finditer(sentence):
        m, d = months[mt.group(1)], int(mt.group(2))
        date = _safe_date(int(mt.group(3)), m, d) if mt.group(3) else _infer_year(m, d, pub)
        add(mt.start(), mt.end(), date, "explicit")
    for mt in ordinal.finditer(sentence):
        d, m = ordinals[mt.group(1)], months[mt.group(2)]
        date = _safe_date(int(mt.group(3)), m, d) if mt.group(3) else _infer_year(m, d, pub)
        add(mt.start(), mt.end(), date, "explicit")
    for mt in month_only.finditer(sentence):
        # "may" is also an English modal verb: only a month when a year follows
        if mt.group(1) == "may" and not mt.group(2):
            continue
        # "تشرين الثاني المقبل", "next February": a month still to come dates something else
        ahead = next_word.match(sentence, mt.end())
        add(mt.start(), mt.end(), None, "future" if ahead else "month")
    for mt in ago_en.finditer(sentence):
        k = int(mt.group(1)) if mt.group(1).isdigit() else numbers.get(mt.group(1), 1)
        k *= 7 if mt.group(2) == "week" else 1
        add(mt.start(), mt.end(), pub - dt.timedelta(days=k) if pub else None, "relative")
    for mt in ago_ar.finditer(sentence):
        word = mt.group(1)
        k = int(word.split()[0]) if word[0].isdigit() else numbers.get(word, 1)
        add(mt.start(), mt.end(), pub - dt.timedelta(days=k) if pub else None, "relative")
    rel_spans = []
    for mt in offset.finditer(sentence):
        date = pub + dt.timedelta(days=offsets[mt.group(1)]) if pub else None
        add(mt.start(), mt.end(), date, "relative")
        rel_spans.append((mt.start(), mt.end()))
    for mt in weekday.finditer(sentence):
        # a weekday right after "today"/"yesterday" only confirms it
        if any(0 <= mt.start() - e <= 3 or 0 <= s - mt.end() <= 3 for s, e in rel_spans):
            continue
        if pub is None:
            add(mt.start(), mt.end(), None, "weekday")
            continue
        wd = weekdays[mt.group(1)]
        back = (pub.weekday() - wd) % 7
        strictly_before = bool(mt.group(2)) or bool(last_before.search(sentence[: mt.start()]))
        if strictly_before and back == 0:
            back = 7
        add(mt.start(), mt.end(), pub - dt.timedelta(days=back), "weekday")
    return sorted(found, key=lambda x: x.start)


def parse_iso(value) -> dt.date | None:
    if not value:
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
