"""Tokens and a phrase matcher over the rules data files.

Arabic words carry proclitics (و ف ب ل ك and the article ال): "وبحث", "للسفير", "بالسفير". A text
token matches a rules token when one of its clitic-stripped forms equals the rules token's
article-stripped form, so the data files list each word once, in its dictionary form.
"""
from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from extraction.normalize import Normalized, normalize, normalize_term

RULES_DIR = Path(__file__).resolve().parent / "rules"

_TOKEN = re.compile(r"'s\b|[^\W_]+(?:\.[^\W_])+\.?|[^\W_]+|[^\w\s]", re.UNICODE)
# proclitic chains, longest first; a stripped form must keep at least two letters
_PROCLITICS = sorted(
    ["و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وب", "ول", "وك",
     "فب", "فل", "وبال", "فبال", "وكال"],
    key=len, reverse=True,
)
PUNCT = set(",،.:;؛()[]\"!?؟")
SKIP_IN_TERMS = {"-", "'", "/"}


@dataclass(frozen=True)
class Token:
    text: str  # normalised surface
    start: int  # offsets in the normalised text
    end: int
    keys: frozenset  # forms it can match as

    @property
    def is_punct(self) -> bool:
        return self.text in PUNCT


def _bare(word: str) -> str:
    """Dictionary form of a rules word: the Arabic article dropped."""
    if word.startswith("ال") and len(word) >= 4:
        return word[2:]
    return word.replace(".", "") if "." in word and len(word) > 1 else word


@lru_cache(maxsize=200_000)
def token_keys(word: str) -> frozenset:
    keys = {word, _bare(word)}
    if "\u0600" <= word[:1] <= "\u06ff":
        for p in _PROCLITICS:
            if word.startswith(p) and len(word) - len(p) >= 2:
                keys.add(word[len(p):])
                if p.endswith("لل"):  # ل + ال: "للكاظمي" is "ل" + "الكاظمي"
                    keys.add("ال" + word[len(p):])
    return frozenset(keys)


def _article_added(term_word: str, text_word: str) -> bool:
    """A place name never takes the article: "المشهد السياسي" is not Mashhad."""
    if not ("\u0600" <= term_word[:1] <= "\u06ff") or term_word.startswith("ال"):
        return False
    for p in ("", "و", "ف", "ب", "ل", "ك"):
        if text_word == p + "ال" + term_word:
            return True
    return text_word == "لل" + term_word


def tokenize(norm_text: str) -> list[Token]:
    out = []
    for m in _TOKEN.finditer(norm_text):
        w = m.group()
        out.append(Token(w, m.start(), m.end(), token_keys(w)))
    return out


def term_tokens(term: str, keep_article: bool = False) -> tuple[str, ...]:
    """A rules term as tokens; names keep their "al-" ("الباريس" is not "باريس")."""
    words = [m.group() for m in _TOKEN.finditer(normalize_term(term)) if m.group() not in SKIP_IN_TERMS]
    if keep_article:
        return tuple(w.replace(".", "") if len(w) > 2 and "." in w else w for w in words)
    return tuple(_bare(w) for w in words)


@dataclass(frozen=True)
class Entry:
    tokens: tuple[str, ...]
    layer: str  # "entity", "city", "marker"
    kind: str  # country, org, person, title, city, or a marker kind
    value: str  # iso2 / org code / person_id / role spec / city name / marker detail
    sub: str = ""  # country term kind (name/official/demonym/capital), title scope...
    article: bool = True  # the rules term itself begins with the Arabic article


@dataclass
class Match:
    entry: Entry
    i: int  # first token index
    j: int  # one past the last token index

    @property
    def kind(self) -> str:
        return self.entry.kind

    @property
    def value(self) -> str:
        return self.entry.value


@dataclass
class Lexicon:
    index: dict = field(default_factory=lambda: defaultdict(list))

    def add(self, term: str, layer: str, kind: str, value: str, sub: str = "") -> None:
        toks = term_tokens(term, keep_article=(kind == "person"))
        if toks:
            article = normalize_term(term).startswith("ال")
            self.index[toks[0]].append(Entry(toks, layer, kind, value, sub, article))

    def match_all(self, tokens: list[Token]) -> list[Match]:
        """Every term occurrence; the caller resolves overlaps by layer."""
        found = []
        words = [(k, t) for k, t in enumerate(tokens) if t.text not in SKIP_IN_TERMS]
        n_words = len(words)
        index = self.index
        for w, (k, tok) in enumerate(words):
            seen: set[int] = set()
            for key in tok.keys:
                entries = index.get(key)
                if not entries:
                    continue
                for entry in entries:
                    n = len(entry.tokens)
                    if w + n > n_words or id(entry) in seen:
                        continue
                    seen.add(id(entry))
                    if n > 1 and not all(entry.tokens[x] in words[w + x][1].keys for x in range(1, n)):
                        continue
                    # a place name never takes the article ("المالية" is not Malé)
                    placed = entry.layer == "city" or (entry.kind == "country" and entry.sub in ("capital", "name"))
                    if placed and not entry.article and _article_added(entry.tokens[0], tok.text):
                        continue
                    found.append(Match(entry, k, words[w + n - 1][0] + 1))
        return found


def resolve_overlaps(matches: list[Match]) -> list[Match]:
    """Per layer, keep the longest matches that do not overlap (ties: the earlier one)."""
    kept: list[Match] = []
    by_layer = defaultdict(list)
    for m in matches:
        by_layer[m.entry.layer].append(m)
    for layer_matches in by_layer.values():
        taken: set[int] = set()
        for m in sorted(layer_matches, key=lambda m: (-(m.j - m.i), m.i, _KIND_RANK.get(m.kind, 9))):
            span = set(range(m.i, m.j))
            if span & taken:
                continue
            if any(k.entry.layer == m.entry.layer and k.i == m.i and k.j == m.j and k.kind != m.kind
                   for k in kept):
                continue
            taken |= span
            kept.append(m)
    return sorted(kept, key=lambda m: (m.i, m.j))


# when one span names two kinds of thing, which one wins
_KIND_RANK = {"person": 0, "org": 1, "title": 2, "country": 3}


def read_csv(name: str) -> list[dict]:
    path = RULES_DIR / name
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(f)]


@cache
def function_words(kind: str) -> frozenset[str]:
    """The normalised words of one kind in rules/function_words.csv (the small words some rules turn on)."""
    words = frozenset(normalize(r["word"]).text.lower() for r in read_csv("function_words.csv") if r["kind"] == kind)
    if not words:
        raise KeyError(f"function_words.csv has no word of kind {kind!r}")
    return words


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    lex = Lexicon()
    for r in read_csv("country_terms.csv"):
        lex.add(r["term"], "entity", "country", r["iso2"].upper(), r["kind"])
    for r in read_csv("org_terms.csv"):
        lex.add(r["term"], "entity", "org", r["code"].upper())
    for r in read_csv("person_names.csv"):
        lex.add(r["name"], "entity", "person", r["person_id"])
    for r in read_csv("titles.csv"):
        lex.add(r["term"], "entity", "title", r["role"], r["scope"])
    for r in read_csv("cities.csv"):
        lex.add(r["term"], "city", "city", r["name_en"], r["iso2"].upper())
    for r in read_csv("markers.csv"):
        lex.add(r["term"], "marker", r["kind"], r.get("value", ""))
    return lex


def analyse(text: str) -> tuple[Normalized, list[Token]]:
    norm = normalize(text)
    return norm, tokenize(norm.text)
