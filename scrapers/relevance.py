"""The news pre-filter: is an article possibly about the Prime Minister's foreign encounters?

Cheap and recall-first (tested on every gold document with events): title + body must name the
Prime Minister (office or a holder's name) *and* use a diplomacy word (receive, meet, call,
ambassador, visit, invitation, letter...). Both lists are data, in ``relevance_terms.csv``
(``group,term,note``). Matching is substring after folding (lower case, alef forms, tatweel), so
Arabic clitics (وال، بال) and English inflections (receives, invited) match. Precision is the
extractor's job: a trap article (the President receiving an ambassador) may pass, a football
report may not.
"""
from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path

TERMS_CSV = Path(__file__).with_name("relevance_terms.csv")


def fold(text: str) -> str:
    text = re.sub("[أإآٱ]", "ا", text or "").replace("ـ", "")
    text = re.sub("[\u064b-\u0652]", "", text)  # diacritics
    return re.sub(r"\s+", " ", text).lower()


@cache
def terms() -> dict[str, tuple[str, ...]]:
    groups: dict[str, list[str]] = {}
    with TERMS_CSV.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            groups.setdefault(row["group"], []).append(fold(row["term"]))
    return {group: tuple(values) for group, values in groups.items()}


def matches(title: str, body: str) -> dict[str, list[str]]:
    text = " " + fold(f"{title}\n{body}") + " "
    return {group: [t for t in values if t in text] for group, values in terms().items()}


def is_relevant(title: str, body: str) -> bool:
    found = matches(title, body)
    return bool(found.get("pm")) and bool(found.get("diplomacy"))
