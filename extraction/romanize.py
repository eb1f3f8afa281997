"""A plain romanisation for names that no gazetteer knows (rules/romanization.csv)."""
from __future__ import annotations

from functools import lru_cache

from extraction.lexicon import read_csv
from extraction.normalize import is_arabic, normalize


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    return {r["letter"]: r["latin"] for r in read_csv("romanization.csv")}


def romanize(name: str) -> str:
    """Latin letters for an Arabic name; other names come back as written."""
    if not is_arabic(name):
        return " ".join(name.split())
    table = _table()
    words = []
    for word in normalize(name).text.split():
        if word.startswith("ال") and len(word) > 3:
            latin = "al-" + "".join(table.get(c, c) for c in word[2:])
        else:
            latin = "".join(table.get(c, c) for c in word)
        # long vowels written as w/y between consonants read as u/i
        latin = latin.replace("yy", "iy").replace("ww", "uw")
        words.append(latin[:1].upper() + latin[1:] if not latin.startswith("al-") else "al-" + latin[3:4].upper() + latin[4:])
    return " ".join(w for w in words if w)
