"""One normaliser for rules and text, with an offset map back into the original.

Every change is one character to one character, or one character to none, so the map is a
list: ``orig_index[i]`` is where normalised character ``i`` came from. Evidence found in the
normalised text is reported with offsets into the original text through it.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

# Arabic diacritics (harakat, tanwin, shadda, sukun), the superscript alef, tatweel,
# Quranic marks, and invisible direction / joiner characters: all dropped.
_DROP = set(range(0x064B, 0x0653)) | {0x0670, 0x0640} | set(range(0x06D6, 0x06EE))
_DROP |= {0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
          0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF, 0x00AD}

_MAP = {
    # alef forms → bare alef; alef maqsura → ya; ta marbuta → ha
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه",
    # hamza on carriers → the carrier (رئيس/رييس, مسؤول/مسوول are one word)
    "ؤ": "و", "ئ": "ي",
    # Persian / Urdu letters seen in Iranian outlets
    "ی": "ي", "ي": "ي", "ک": "ك", "ە": "ه", "ۀ": "ه",
    # punctuation variants
    "–": "-", "—": "-", "‐": "-", "‑": "-", "’": "'", "‘": "'", "`": "'", "“": '"', "”": '"',
    "«": '"', "»": '"', "\u00a0": " ", "\u2009": " ", "\u202f": " ",
}
_LATIN = {"ı": "i", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ß": "s", "æ": "a", "Æ": "A"}
for _d in range(10):
    _MAP[chr(0x0660 + _d)] = str(_d)  # Eastern Arabic digits
    _MAP[chr(0x06F0 + _d)] = str(_d)  # Persian digits


def normalize_char(ch: str) -> str:
    """The normalised form of one character ('' when it is dropped)."""
    if ord(ch) in _DROP:
        return ""
    ch = _MAP.get(ch, ch)
    if "\u00c0" <= ch <= "\u024f" or "\u1e00" <= ch <= "\u1eff":
        # Latin letters with accents fold to the bare letter: Erdoğan/Erdogan, Sánchez/Sanchez
        ch = _LATIN.get(ch) or unicodedata.normalize("NFD", ch)[0]
    return ch.lower()


@dataclass(frozen=True)
class Normalized:
    text: str
    orig_index: Sequence[int]  # one entry per normalised char, plus one past the end
    original: str

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text to the original text."""
        if end <= start:
            o = self.orig_index[start]
            return o, o
        return self.orig_index[start], self.orig_index[end - 1] + 1


class _Table(dict):
    """str.translate table filled on demand: each character normalised once per process."""

    def __missing__(self, code: int) -> str:
        value = self[code] = normalize_char(chr(code))
        return value


_TABLE = _Table()


def normalize(text: str) -> Normalized:
    out = text.translate(_TABLE)
    if all(len(_TABLE[ord(c)]) == 1 for c in set(text)):
        return Normalized(out, range(len(text) + 1), text)  # one character for one: offsets unchanged
    index: list[int] = []
    for i, ch in enumerate(text):
        index.extend([i] * len(_TABLE[ord(ch)]))  # dropped marks add nothing, "İ" → "i̇" adds two
    index.append(len(text))
    return Normalized(out, tuple(index), text)


def normalize_term(term: str) -> str:
    """Normalise a rules term the same way, and fold runs of white space."""
    return " ".join(normalize(term).text.split())


_ARABIC = re.compile(r"[\u0600-\u06FF]")


def is_arabic(text: str) -> bool:
    return bool(_ARABIC.search(text))
