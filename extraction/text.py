"""Sentences of a document: boilerplate lines dropped, split where a sentence ends, rules matched."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from extraction.lexicon import Match, Token, read_csv, resolve_overlaps
from extraction.normalize import normalize

if TYPE_CHECKING:
    from extraction.actors import Actor

CLAUSE_END = {",", "،", ".", ";", "؛", ":", "(", ")", '"'}
SENTENCE_END = {".", "!", "?", "؟"}


@dataclass
class Sentence:
    start: int  # normalised offsets
    end: int
    tokens: list[Token]
    ents: list[Match] = field(default_factory=list)
    marks: list[Match] = field(default_factory=list)
    cities: list[Match] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)


@lru_cache(maxsize=1)
def _static():
    boiler = [re.compile(r["pattern"]) for r in read_csv("boilerplate.csv")]
    present = {normalize(r["term"]).text for r in read_csv("markers.csv") if r["kind"] == "present_verb"}
    return boiler, present


def _ignored_spans(norm_text: str) -> list[tuple[int, int]]:
    """Lines that are captions, source lines or signatures: never read for events."""
    boiler, _ = _static()
    spans, pos = [], 0
    for line in norm_text.split("\n"):
        if any(rx.search(line.strip()) for rx in boiler):
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _sentences(norm_text: str, tokens: list[Token]) -> list[Sentence]:
    ignored = _ignored_spans(norm_text)
    out, cur = [], []

    def flush():
        if cur:
            out.append(Sentence(cur[0].start, cur[-1].end, list(cur)))
            cur.clear()

    prev_end = 0
    for t in tokens:
        if "\n" in norm_text[prev_end:t.start]:
            flush()
        prev_end = t.end
        if any(a <= t.start < b for a, b in ignored):
            continue
        cur.append(t)
        if t.text in SENTENCE_END and not (t.text == "." and len(cur) > 1 and _abbreviation(cur[-2].text)):
            flush()
    flush()
    return out


def _resolve_markers(matches: list[Match]) -> list[Match]:
    """Markers may share a span with another kind ("استقباله" is a meeting and a visit cue)."""
    kept = []
    by_kind: dict[str, list[Match]] = {}
    for m in matches:
        by_kind.setdefault(m.kind, []).append(m)
    for group in by_kind.values():
        kept += resolve_overlaps(group)
    return sorted(kept, key=lambda m: (m.i, m.j))


ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "gen", "lt", "col", "st", "jr", "sr", "prof", "h.e", "no", "vs",
                 "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}


def _abbreviation(word: str) -> bool:
    """"Mohammed S. Al-Sudani", "Mr. Bogdanov": a dot that ends no sentence."""
    return (len(word) == 1 and word.isalpha() and word.isascii()) or word in ABBREVIATIONS
