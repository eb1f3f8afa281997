"""Publication dates as the sources print them: pmo.iq date lines and ISO metadata.

These are page-parsing conventions (how a site writes its own date line), not extraction rules.
Only whole date *lines* are parsed here; dates inside body prose are the extractor's business.
"""
from __future__ import annotations

import re
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

BAGHDAD = ZoneInfo("Asia/Baghdad")

EN_MONTHS = {
    m: i
    for i, m in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"], 1
    )
}
# Iraqi/Levantine names first, then the Egyptian/Gulf transliterations some pages use.
# Keys are written after _fold_ar (alef forms folded, single spaces).
AR_MONTHS = {
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6,
    "تموز": 7, "اب": 8, "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7,
    "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
}  # fmt: skip

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-", "−": "-"})

_EN_MON = "|".join(EN_MONTHS)
# pmo.iq static era: "May -12– 2020", "May9- 2019", "March  - 26– 2019", "July- 24 – 2019"
EN_PMO_LINE = re.compile(rf"(?P<mon>{_EN_MON})\s*-?\s*(?P<day>\d{{1,2}})\s*-\s*(?P<year>\d{{4}})", re.IGNORECASE)
# Sudani era and ordinary English: "May 21, 2023", "21 May 2023"
EN_PLAIN_LINE = re.compile(rf"(?P<mon>{_EN_MON})\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})", re.IGNORECASE)
EN_DAY_FIRST_LINE = re.compile(rf"(?P<day>\d{{1,2}})\s+(?P<mon>{_EN_MON}),?\s+(?P<year>\d{{4}})", re.IGNORECASE)
_AR_MON = "|".join(sorted((re.escape(m) for m in AR_MONTHS), key=len, reverse=True))
# "14 أيار 2020", "3- تشرين الثاني- 2022", "٢٩ آب ٢٠٢٢"
AR_LINE = re.compile(rf"(?P<day>\d{{1,2}})\s*[-/]?\s*(?P<mon>{_AR_MON})\s*[-/]?\s*(?P<year>\d{{4}})")


def _fold_ar(text: str) -> str:
    text = re.sub("[أإآٱ]", "ا", text).replace("ـ", "")
    return re.sub(r"\s+", " ", text).strip()


def _make(year: str, month: int, day: str) -> date | None:
    try:
        return date(int(year), month, int(day))
    except ValueError:
        return None


def parse_date_line(line: str) -> date | None:
    """A line that is *only* a date (header or closing line of a release), else None."""
    text = _fold_ar(line.translate(_DIGITS).translate(_DASHES)).strip(" .،,")
    for pattern in (EN_PMO_LINE, EN_PLAIN_LINE, EN_DAY_FIRST_LINE):
        m = pattern.fullmatch(text)
        if m:
            return _make(m["year"], EN_MONTHS[m["mon"].lower()], m["day"])
    m = AR_LINE.fullmatch(text)
    if m:
        return _make(m["year"], AR_MONTHS[m["mon"]], m["day"])
    return None


def parse_iso(value: str | None) -> datetime | None:
    """ISO 8601 from metadata; a naive value is taken as Baghdad time (the sites' own zone)."""
    if not value or not value.strip():
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        try:
            parsed = datetime.combine(date.fromisoformat(text[:10]), time())
        except ValueError:
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=BAGHDAD)
    return parsed


def baghdad_fields(value: datetime | date | None) -> tuple[str | None, str | None]:
    """``(published_at, published_date)``: ISO with the Baghdad offset, and the Baghdad-local date."""
    if value is None:
        return None, None
    if not isinstance(value, datetime):
        value = datetime.combine(value, time(), tzinfo=BAGHDAD)
    local = value.astimezone(BAGHDAD)
    return local.isoformat(), local.date().isoformat()


def fallback_date(html: str) -> date | None:
    """For layouts the spider does not know: ``htmldate`` on the page's markup only (meta tags,
    JSON-LD, ``<time>``; ``extensive_search=False`` keeps it out of the prose, so no date is better
    than a guessed one). Never the crawl time."""
    if not html:
        return None
    from htmldate import find_date

    try:
        found = find_date(html, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    except Exception:  # noqa: BLE001 - htmldate raises on odd markup; no date is the safe answer
        return None
    return date.fromisoformat(found) if found else None
