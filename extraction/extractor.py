"""Rules-driven extraction of the Prime Minister's meetings, invitations and messages.

normalise → split sentences → match the rules (entities, titles, markers, cities) → build actors
(a title with its country/organisation anchor and a name, or a known office holder) → decide,
sentence by sentence, which actors met the Prime Minister, invited or were invited, or wrote to
him → merge repeats inside the document. All words come from rules/; this file holds grammar.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache

from extraction.dates import find_dates, parse_iso
from extraction.lexicon import (
    Match,
    Token,
    load_lexicon,
    read_csv,
    resolve_overlaps,
    tokenize,
)
from extraction.normalize import normalize
from extraction.registry import Registry, load_registry
from extraction.romanize import romanize

IN_PERSON_ROLES = {"ambassador", "envoy", "delegation", "minister", "foreign_minister", "org_official"}
# words that may stand between a title and its country ("سفير فرنسا لدى العراق", "Ambassador of the EU")
CONNECTORS = {"في", "لدي", "of", "the", "to", "for", "in", "at", "دوله", "بلاده", "المعتمد", "المعتمده",
              "سفاره", "embassy",
              "الخاص", "الخاصه", "العام", "الجديد", "الجديده", "السابق", "الحالي", "new", "outgoing", "'s"}
# between a title and the name: "الرئيس آنذاك حسن روحاني", "the then President"
NAME_SKIP = {"-", "the", "انذاك", "السابق", "السابقه", "former", "then", "late", "الراحل"}
LIST_JOINERS = {"و", ",", "،", "and", "كل", "من", ":"}
CLAUSE_END = {",", "،", ".", ";", "؛", ":", "(", ")", '"'}
SENTENCE_END = {".", "!", "?", "؟"}
FROM_WORDS = {"من", "from"}
TO_WORDS = {"الي", "ل", "to", "for"}
STRICT_PREPS = {"في", "in", "at"}
PLACE_NOUNS = {"العاصمه", "مدينه", "محافظه", "capital", "city", "province"}
LOCATION_PREPS = {"في", "الي", "in", "at", "to", "مدينه", "العاصمه", "مطار", "مقر", "موتمر", "قمه", "منتدي",
                  "محافظه", "province",
                  "conference", "summit", "forum", "capital"}


@dataclass
class Actor:
    i: int
    j: int
    kind: str  # foreign, pm, domestic
    role: str | None = None
    country: str | None = None
    org: str | None = None
    person_id: str | None = None
    name: str | None = None
    title_role: str | None = None
    nested: bool = False
    guessed: bool = False  # an Arabic name read off the text, not a known person: weak evidence
    title_key: tuple = ()  # the title's words, for "the King" later on
    former: bool = False  # out of office well before publication: a meeting with him is a flashback

    @property
    def party(self):
        return self.country or (f"ORG:{self.org}" if self.org else None)


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


class DocExtractor:
    def __init__(self, doc: dict):
        self.doc = doc
        self.text = doc.get("text") or ""
        self.pub = parse_iso(doc.get("published"))
        self.lex = load_lexicon()
        self.reg: Registry = load_registry()
        self.norm = normalize(self.text)
        self.tokens = tokenize(self.norm.text)
        self.sentences = _sentences(self.norm.text, self.tokens)
        self.memory: list[Actor] = []  # foreign actors seen, for "the ambassador" later on
        self.meetings: list[dict] = []
        self.invitations: list[dict] = []
        self.messages: list[dict] = []
        self.location: str | None = None  # where the Prime Minister is, once the text says so
        self.location_country: str | None = None
        self.narrative_date: dt.date | None = None
        self.pm_name: str | None = None
        self.aliases: dict[str, str] = {}  # a surname seen in a full name earlier in this text → person

    # ---------- matching ----------
    def _analyse(self, s: Sentence) -> None:
        matches = self.lex.match_all(s.tokens)
        ents = [m for m in matches if m.entry.layer == "entity"]
        # "رئيس الجمهورية اللبنانية" is Lebanon's president, not Iraq's "رئيس الجمهورية"
        ents = [m for m in ents if not (m.kind == "title" and m.entry.sub == "domestic" and any(
            c.kind == "country" and m.i < c.i < m.j < c.j for c in ents))]
        s.ents = resolve_overlaps(ents)
        # "السفير السوداني" is the Sudanese ambassador, not the Prime Minister al-Sudani
        for k, m in enumerate(s.ents):
            if m.kind == "person" and k > 0 and s.ents[k - 1].kind == "title" and s.ents[k - 1].j == m.i:
                demonym = next((c for c in ents if c.kind == "country" and c.i == m.i and c.j == m.j), None)
                if demonym is not None:
                    s.ents[k] = demonym
        s.marks = _resolve_markers([m for m in matches if m.entry.layer == "marker"])
        s.cities = resolve_overlaps([m for m in matches if m.entry.layer == "city"])
        s.actors = self._actors(s)

    def _marks(self, s: Sentence, *kinds: str) -> list[Match]:
        return [m for m in s.marks if m.kind in kinds]

    def _orig(self, s: Sentence, i: int, j: int) -> str:
        a, b = self.norm.span_to_original(s.tokens[i].start, s.tokens[j - 1].end)
        return self.text[a:b]

    # ---------- actors ----------
    def _ent_at(self, s: Sentence, i: int) -> Match | None:
        return next((m for m in s.ents if m.i == i), None)

    def _skip(self, s: Sentence, i: int, words=CONNECTORS, honorifics=True) -> int:
        hon = {m.i: m.j for m in s.marks if m.kind == "honorific"} if honorifics else {}
        while i < len(s.tokens):
            if i in hon:
                i = hon[i]
            elif s.tokens[i].text in words or s.tokens[i].text == "-":
                i += 1
            else:
                break
        return i

    def _anchor_forward(self, s: Sentence, m: Match, used: set[int]):
        """The country/organisation a title belongs to, written after it; nested titles chain."""
        words = CONNECTORS | ({"من", "from"} if m.value == "delegation" else set())
        i, e = m.j, None
        while i < len(s.tokens) and i - m.j <= 3:
            e = self._ent_at(s, i)
            if e is not None or s.tokens[i].text not in words:
                break
            i += 1
        if e is None and s.tokens[m.i].text[:1] >= "\u0600":
            # "وزير الدفاع الأمريكي", "وزيرة التجارة والصناعة الفرنسية": the portfolio, then the country
            k = m.j
            while k < len(s.tokens) and k - m.j < 3 and s.tokens[k].text.startswith(("ال", "وال")) \
                    and self._ent_at(s, k) is None:
                k += 1
            e = self._ent_at(s, k) if k > m.j else None
            if e is None or e.kind != "country" or e.entry.sub != "demonym":
                return None
        if e is None:
            return None
        if e.kind == "country" and e.entry.sub != "capital":
            used.add(id(e))
            # "the Special Envoy of the Russian President": the president is only the possessor
            nxt = self._ent_at(s, e.j)
            if nxt is not None and nxt.kind == "title" and nxt.entry.sub not in ("domestic", "domestic_anchor"):
                used.add(id(nxt))
                return ("country", e.value, nxt.j)
            return ("country", e.value, e.j)
        if e.kind == "org":
            used.add(id(e))
            # the UN "in Iraq" is its mission there
            k = e.j
            if e.value == "UN" and k + 1 < len(s.tokens) and s.tokens[k].text in ("في", "لدي", "in", "for", "to"):
                nxt = self._ent_at(s, k + 1)
                if nxt is not None and nxt.kind == "country" and nxt.value == "IQ":
                    used.add(id(nxt))
                    return ("org", "UNAMI", nxt.j)
            return ("org", e.value, e.j)
        if e.kind == "title" and e.entry.sub == "domestic_anchor":
            used.add(id(e))
            return ("domestic", None, e.j)
        outer = s.tokens[m.i].text
        construct = e.i == m.j and "\u0600" <= outer[:1] <= "\u06ff" and not outer.startswith(("ال", "وال"))
        genitive = construct or s.tokens[e.i].text.startswith("ل") or (
            e.i > 0 and s.tokens[e.i - 1].text == "of") or (
            e.i > 1 and s.tokens[e.i - 1].text == "the" and s.tokens[e.i - 2].text == "of")
        if e.kind == "title" and e.entry.sub not in ("domestic", "domestic_anchor") and genitive \
                and m.entry.sub != "pm":
            inner = self._title_actor(s, e, used, with_name=False)
            if inner and inner.kind == "foreign" and inner.party:
                used.add(id(e))
                inner.nested = True
                return ("country", inner.country, inner.j) if inner.country else ("org", inner.org, inner.j)
        if e.kind == "person":
            t = self.reg.term_on(e.value, self.pub)
            if t and t.country and not t.role.startswith("iq_") and m.entry.sub not in ("pm", "president"):
                # "the envoy of Putin": the person is the possessor, not the one met
                prev = s.tokens[i].text
                if prev.startswith("ل") or (i > 0 and s.tokens[i - 1].text in ("of",)):
                    used.add(id(e))
                    return ("country", t.country, e.j)
        return None

    def _shared_anchor(self, s: Sentence, m: Match):
        """"the King and the Crown Prince of Bahrain": coordinated titles share the country after them."""
        k = self._skip(s, m.j, words={"the"}, honorifics=False)
        if k >= len(s.tokens) or s.tokens[k].text not in ("and", "و"):
            return None
        nxt = self._ent_at(s, self._skip(s, k + 1, words={"the"}, honorifics=False))
        if nxt is None or nxt.kind != "title" or nxt.entry.sub not in ("foreign", "president"):
            return None
        found = self._anchor_forward(s, nxt, set())
        return (found[0], found[1], m.j) if found else None

    def _anchor_backward(self, s: Sentence, m: Match, used: set[int]):
        """English "British Prime Minister", "the EU Ambassador" (Arabic adjectives follow the noun)."""
        if not s.tokens[m.i].text.isascii():
            return None
        i = m.i - 1
        if i >= 0 and s.tokens[i].text in ("the", "'s"):  # "the EU Ambassador", "Jordan's King"
            i -= 1
        e = next((x for x in s.ents if x.j == i + 1 and x.kind in ("country", "org")), None)
        if e is None or (e.kind == "country" and e.entry.sub == "capital"):
            return None
        used.add(id(e))
        return ("country" if e.kind == "country" else "org", e.value, m.j, e.i)

    def _anchor_list(self, s: Sentence, m: Match, used: set[int]) -> list[tuple[str, str, int]]:
        """Plural titles: "the ambassadors of Britain, Germany and France", "the British, German and
        French Ambassadors", "سفراء فرنسا وإيطاليا"."""
        out = []
        i = self._skip(s, m.j, words=CONNECTORS | {"دول", "countries", "states"}, honorifics=False)
        while True:
            e = self._ent_at(s, i)
            if e is None or e.kind not in ("country", "org") or e.entry.sub == "capital":
                break
            used.add(id(e))
            members = e.kind == "org" and e.i > 0 and s.tokens[e.i - 1].text in ("دول", "countries", "states")
            if not members:  # "سفراء دول مجلس التعاون": the member states' ambassadors, listed after
                out.append(("country" if e.kind == "country" else "org", e.value, e.j))
            i = e.j
            while i < len(s.tokens) and s.tokens[i].text in LIST_JOINERS | {"the"} and self._ent_at(s, i) is None:
                i += 1
        if out:
            return out
        # backward list
        i = m.i - 1
        while i >= 0:
            e = next((x for x in s.ents if x.j == i + 1 and x.kind == "country" and x.entry.sub != "capital"), None)
            if e is None:
                break
            used.add(id(e))
            out.insert(0, ("country", e.value, m.j))
            i = e.i - 1
            while i >= 0 and s.tokens[i].text in LIST_JOINERS:
                i -= 1
        return out

    def _name_after(self, s: Sentence, i: int, used: set[int]):
        """A known person or a written name after a title: (person_id, name, end)."""
        k = self._skip(s, i, words=NAME_SKIP)
        # "السفير الكندي في بغداد، اولريك شانون" / "the Ambassador of the EU to Iraq, Thomas Seiler"
        probe = k
        for _ in range(2):
            if probe < len(s.tokens) and s.tokens[probe].text in ("في", "لدي", "to", "in", "ب"):
                e = self._ent_at(s, probe + 1)
                cty = next((c for c in s.cities if c.i == probe + 1), None)
                if e is not None and e.kind == "country":
                    probe = e.j
                elif cty is not None:
                    probe = cty.j
                else:
                    break
            elif probe < len(s.tokens) and (s.tokens[probe].text.startswith("ب") and
                                             any(c.i == probe for c in s.cities)):
                probe = next(c.j for c in s.cities if c.i == probe)
            else:
                break
        if probe != k:
            if probe < len(s.tokens) and s.tokens[probe].text in (",", "،"):
                probe += 1
            k = probe
        k = self._skip(s, k, words=NAME_SKIP)
        e = self._ent_at(s, k)
        if e is not None and e.kind == "person":
            used.add(id(e))
            return e.value, None, e.j
        # an unknown name: word tokens up to punctuation or the next rules word
        stop = {m.i for m in s.ents} | {m.i for m in s.marks if m.kind != "honorific"} | {c.i for c in s.cities}
        j = k
        english = not ("\u0600" <= s.tokens[k].text[:1] <= "\u06ff") if k < len(s.tokens) else False
        while j < len(s.tokens) and j - k < 5:
            t = s.tokens[j]
            if t.is_punct or j in stop or t.text in _NAME_STOP or any(ch.isdigit() for ch in t.text):
                break
            if english:
                surface = self._orig(s, j, j + 1)
                if not (surface[:1].isupper() or t.text in ("al", "el", "bin", "ibn", "de", "von", "van")):
                    break
            j += 1
        if english and j > k:
            return None, self._orig(s, k, j), j
        # an Arabic run of words is a name only when it ends the phrase ("سطام جدعان الدندح،")
        ends = j >= len(s.tokens) or s.tokens[j].is_punct or s.tokens[j].text.startswith("و")
        if not english and 2 <= j - k <= 4 and ends:
            return None, self._orig(s, k, j), j
        return None, None, i

    def _title_actor(self, s: Sentence, m: Match, used: set[int], with_name: bool = True) -> Actor | None:
        scope, role = m.entry.sub, m.value
        if scope == "domestic":
            return Actor(m.i, m.j, "domestic", role=role)
        if scope == "domestic_anchor":
            return None
        if scope == "possessive":
            return Actor(m.i, m.j, "foreign", role=role, nested=True)
        if scope == "pm_honorific":
            # PMO releases call the Prime Minister "His Excellency"; before another title it is only courtesy
            nxt = self._skip(s, m.j, words={"the"}, honorifics=False)
            if self._ent_at(s, nxt) is None:
                return Actor(m.i, m.j, "pm")
            return None
        anchor = None
        if scope.startswith("implicit:"):
            code = scope.split(":", 1)[1]
            anchor = ("country", code, m.j)
        if anchor is None:
            anchor = self._anchor_backward(s, m, used) or self._anchor_forward(s, m, used)
        if anchor is None and scope in ("foreign", "president"):
            anchor = self._shared_anchor(s, m)
        end = anchor[2] if anchor else m.j
        person_id, name, name_end = self._name_after(s, end, used) if with_name else (None, None, end)
        end = max(end, name_end)
        start = anchor[3] if anchor and len(anchor) > 3 else m.i
        actor = Actor(start, end, "foreign", role=role, title_role=role, title_key=m.entry.tokens)
        if person_id:
            self._apply_person(actor, person_id, hint=role)
            if actor.kind != "foreign":
                return actor
        elif name:
            actor.name = romanize(name)
            actor.guessed = "\u0600" <= name[:1] <= "\u06ff"
        if anchor:
            kind, code = anchor[0], anchor[1]
            if kind == "domestic":
                actor.kind = "domestic"
                return actor
            if not person_id:
                actor.country, actor.org = (code, None) if kind == "country" else (None, code)
        if actor.party is None and not person_id:
            if scope == "pm" and self._apposition_of_foreign(s, m):
                return None
            if not name and scope == "foreign" and m.i > 1 and s.tokens[m.i - 1].text in (",", "،") and any(
                    e.kind == "person" and e.j == m.i - 1 for e in s.ents):
                return None  # "Prince Salman bin Hamad, Crown Prince ...": his title, already known
            if scope == "pm" and name and self.pm_name and not _same_name(romanize(name), self.pm_name) \
                    and not actor.guessed:
                return None  # "Prime Minister Anwar Ibrahim": another country's, unnamed here
            if scope == "pm":
                return Actor(m.i, end, "pm")
            host = self.location_country if self.location_country not in (None, "IQ") else None
            if scope in ("speaker", "deputy_pm") and host:
                # abroad, "نائب رئيس الوزراء" is the host country's deputy prime minister
                actor.country, actor.role = host, ("other" if scope == "speaker" else role)
                return actor
            if scope in ("speaker", "deputy_pm"):
                return Actor(m.i, end, "domestic", role=role)
            self._coreference(actor, scope)
        if actor.country == "IQ":
            actor.kind = "pm" if scope == "pm" else "domestic"
            return actor
        if scope == "speaker":
            actor.role = "other"
        if actor.org and not person_id and actor.role not in ("ambassador", "delegation"):
            actor.role = "org_official"
        mission = anchor and anchor[0] == "org" and s.tokens[min(m.j, len(s.tokens) - 1)].text in (
            "بعثه", "وفد", "mission", "delegation")
        if (scope == "mission_head" or mission) and actor.org and not person_id:
            actor.role = _mission_heads().get(actor.org, actor.role)
        if actor.party and not actor.name and not actor.person_id and actor.role:
            hint = "president" if scope == "president" else None
            holder = self.reg.holder(actor.role, self.pub, actor.country, actor.org, office_hint=hint)
            if holder and actor.role in ("head_of_state", "head_of_government", "foreign_minister", "other"):
                actor.person_id, actor.name = holder.person_id, holder.name_en
                # a crown prince who is also prime minister is coded by his senior office
                senior = self.reg.term_on(holder.person_id, self.pub)
                if senior and not senior.role.startswith("iq_"):
                    actor.role = senior.role
        if actor.party and not actor.name:  # "the executive director" named earlier in the text
            kin = _ROLE_KIN.get(actor.role, {actor.role})
            prev = next((p for p in reversed(self.memory) if p.party == actor.party and p.role in kin
                         and p.name), None)
            if prev:
                actor.person_id, actor.name, actor.guessed = prev.person_id, prev.name, prev.guessed
                actor.role = prev.role  # "the Bahraini minister" is the foreign minister met before
        if actor.party is None:
            return None
        return actor

    def _apposition_of_foreign(self, s: Sentence, m: Match) -> bool:
        """"Prince Salman bin Hamad, Crown Prince and Prime Minister": the title is his, not Iraq's PM."""
        k = m.i - 1
        if k < 0 or s.tokens[k].text not in ("and", "و", ",", "،"):
            return False
        prev = next((e for e in s.ents if e.j in (k, k - 1) and e.kind in ("title", "person")), None)
        if prev is None:
            return False
        if prev.kind == "person":
            t = self.reg.term_on(prev.value, self.pub)
            return bool(t and not t.role.startswith("iq_") and t.country != "IQ")
        return prev.entry.sub in ("foreign", "implicit", "president") or prev.entry.sub.startswith("implicit")

    def _coreference(self, actor: Actor, scope: str) -> None:
        """A title without a country ("the ambassador", "الرئيس") is the last one of that kind."""
        want = "head_of_state" if scope == "president" else actor.role
        if actor.name:  # "King Abdullah" after "Jordan's King Abdullah II"
            named = next((p for p in reversed(self.memory) if p.name and _same_name(p.name, actor.name)
                          and (p.role == want or p.title_role == want)), None)
            if named:
                actor.country, actor.org, actor.role = named.country, named.org, named.role
                actor.person_id, actor.name = named.person_id, named.name
                return
        same_title = [p for p in self.memory if p.title_key and p.title_key == actor.title_key]
        for prev in reversed(same_title or self.memory):
            if prev in same_title or prev.role == want or prev.title_role == want:
                actor.country, actor.org = prev.country, prev.org
                actor.role = prev.role
                if not actor.name or (prev.name and _same_name(prev.name, actor.name)):
                    actor.person_id, actor.name = prev.person_id, prev.name
                return

    def _apply_person(self, actor: Actor, person_id: str, hint: str | None = None) -> None:
        t = self.reg.term_on(person_id, self.pub, role_hint=hint)
        if t is None:
            return
        actor.person_id, actor.name = person_id, t.name_en
        actor.former = bool(self.pub and t.valid_to and t.valid_to < self.pub - dt.timedelta(days=31)
                            and not any(x.covers(self.pub) for x in self.reg.terms_of(person_id)))
        if t.role == "iq_prime_minister":
            actor.kind = "pm"
            self.pm_name = self.pm_name or t.name_en
        elif t.role.startswith("iq_") or t.country == "IQ":
            actor.kind = "domestic"
        else:
            actor.role, actor.country, actor.org = t.role, t.country, t.org

    def _actors(self, s: Sentence) -> list[Actor]:
        used: set[int] = set()
        out: list[Actor] = []
        pending_possessive = None
        for m in s.ents:
            if id(m) in used:
                continue
            if m.kind == "title":
                if m.entry.sub == "foreign_plural":
                    for kind, code, end in self._anchor_list(s, m, used):
                        a = Actor(m.i, end, "foreign", role=m.value, title_role=m.value)
                        a.country, a.org = (code, None) if kind == "country" else (None, code)
                        if a.country == "IQ":
                            continue
                        out.append(a)
                    used.add(id(m))
                    continue
                a = self._title_actor(s, m, used)
                used.add(id(m))
                if a is None:
                    continue
                if pending_possessive and a.kind == "foreign" and a.party is None:
                    a.country, a.org = pending_possessive
                if pending_possessive and a.kind == "foreign" and a.role in ("envoy", "org_official"):
                    a.country = a.country or pending_possessive[0]
                pending_possessive = None
                # "the Russian President's Special Representative": the president is only the possessor
                if a.j < len(s.tokens) and s.tokens[a.j].text == "'s" and a.kind == "foreign":
                    a.nested = True
                    pending_possessive = (a.country, a.org)
                out.append(a)
            elif m.kind == "person":
                used.add(id(m))
                a = Actor(m.i, m.j, "foreign")
                self._apply_person(a, m.value)
                if a.person_id is None:
                    continue
                out.append(a)
        out += self._alias_actors(s, out)
        out += self._pair_actors(s, out)
        return self._consolidate(s, out)

    def _pair_actors(self, s: Sentence, found: list[Actor]) -> list[Actor]:
        """"الرئيسان" / "the two leaders": the Prime Minister and the counterpart last met."""
        pairs = self._marks(s, "pair")
        if not pairs or not self.meetings:
            return []
        last = self.meetings[-1]
        p = pairs[0]
        met = Actor(p.i, p.j, "foreign", role=last["counterpart_role"], country=last["counterpart_country"],
                    org=last["counterpart_org"], person_id=last.get("_person"), name=last["counterpart_name"])
        return [met, Actor(p.i, p.j, "pm")]

    def _alias_actors(self, s: Sentence, found: list[Actor]) -> list[Actor]:
        """"أحمد الشرع" first, "الشرع" after: the surname alone names the same person in this text."""
        covered = {k for m in s.ents for k in range(m.i, m.j)} | {k for a in found for k in range(a.i, a.j)}
        out = []
        for k, t in enumerate(s.tokens):
            if k in covered or t.is_punct:
                continue
            pid = next((self.aliases[key] for key in t.keys if key in self.aliases), None)
            if pid:
                a = Actor(k, k + 1, "foreign")
                self._apply_person(a, pid)
                if a.person_id and a.kind == "foreign":
                    out.append(a)
        return out

    def _learn_aliases(self, s: Sentence) -> None:
        for m in s.ents:
            if m.kind == "person" and m.j - m.i >= 2:
                last = s.tokens[m.j - 1].text
                if len(last) >= 4 and last not in _NAME_STOP:
                    self.aliases.setdefault(last, m.value)

    def _consolidate(self, s: Sentence, actors: list[Actor]) -> list[Actor]:
        """Appositions name one person: "his Syrian counterpart, Prime Minister Imad Khamis"."""
        actors = sorted(actors, key=lambda a: a.i)
        merged: list[Actor] = []
        for a in actors:
            if merged:
                b = merged[-1]
                gap = [t.text for t in s.tokens[b.j:a.i]]
                hon = {t for m in s.marks if m.kind == "honorific" for t in range(m.i, m.j)}
                gap_ok = all(g in {",", "،", "and", "(", ")", "-", "و"} or (b.j + k) in hon
                             for k, g in enumerate(gap))
                if gap_ok and b.kind == a.kind == "foreign" and not b.nested and not a.nested \
                        and _compatible(b, a) and "and" not in gap and "و" not in gap:
                    merged[-1] = _merge(b, a)
                    continue
                if gap_ok and b.kind == a.kind == "foreign" and _compatible(b, a) and \
                        b.org and a.org and {b.org, a.org} <= {"UN", "UNAMI"}:
                    merged[-1] = _merge(b, a)
                    continue
            merged.append(a)
        return self._fold_unnamed(s, merged)

    def _fold_unnamed(self, s: Sentence, actors: list[Actor]) -> list[Actor]:
        """"the French Minister for Europe and Foreign Affairs, Catherine Colonna": a nameless title
        followed closely by a named person of the same country is that person."""
        out: list[Actor] = []
        for a in actors:
            if out:
                b = out[-1]
                gap = [t.text for t in s.tokens[b.j:a.i]]
                joined = any(g in ("و", "and") for g in gap[-2:]) or (a.i < len(s.tokens) and
                                                                      s.tokens[a.i].text.startswith("و"))
                marked = any(b.j <= m.i < a.i for m in s.marks if m.kind != "honorific")
                plain = not marked and not any(g in FROM_WORDS or g in TO_WORDS for g in gap)
                if (b.kind == a.kind == "foreign" and not b.name and a.name and b.party == a.party
                        and not b.nested and not a.nested and len(gap) <= 6 and not joined and plain):
                    out[-1] = _merge(b, a)
                    continue
            out.append(a)
        return out

    # ---------- scopes ----------
    def _clause_end(self, s: Sentence, i: int) -> int:
        rel = {m.i for m in s.marks if m.kind == "relative"}
        j = i
        while j < len(s.tokens):
            if s.tokens[j].text in CLAUSE_END or (j in rel and j > i):
                return j
            j += 1
        return j

    def _clause_start(self, s: Sentence, i: int) -> int:
        j = i
        while j > 0 and s.tokens[j - 1].text not in CLAUSE_END:
            j -= 1
        return j

    def _blocked(self, s: Sentence) -> list[tuple[int, int, str]]:
        spans = []
        for m in s.marks:
            if m.kind == "negation":
                spans.append((m.i, self._clause_end(s, m.j), "negation"))
            elif m.kind == "future":
                spans.append((m.i, len(s.tokens), "future"))
            elif m.kind == "accompany":
                spans.append((m.i, self._clause_end(s, m.j), "accompany"))
            elif m.kind == "aside":
                end = self._clause_end(s, m.j) if m.value == "clause" else m.j + (1 if m.value == "next1" else 2)
                spans.append((m.j, end, "aside"))
        _, present = _static()
        for k, t in enumerate(s.tokens):
            if t.text.startswith("س") and t.text[1:] in present:
                spans.append((k, len(s.tokens), "future"))
        return spans

    def _free(self, a: Actor, blocked, principals: set | None = None) -> bool:
        if a.nested:
            return False
        for x, y, kind in blocked:
            if x <= a.i < y:
                # "بحضور أمير دولة قطر": a leader of another state attends as a party of his own
                if kind == "accompany" and principals is not None and a.party not in principals \
                        and a.role in ("head_of_state", "head_of_government"):
                    continue
                return False
        return True

    def _clause_of(self, s: Sentence, i: int) -> tuple[int, int]:
        """Token span of the clause around i, cut at punctuation and at "الذي/فيما/who/while"."""
        rel = {m.i for m in s.marks if m.kind == "relative"}
        a = i
        while a > 0 and s.tokens[a - 1].text not in CLAUSE_END and a not in rel:
            a -= 1
        return a, self._clause_end(s, i)

    def _valid(self, m: Match, blocked, s: Sentence | None = None) -> bool:
        if any(x <= m.i < y for x, y, kind in blocked if kind in ("negation", "future")):
            return False
        if s is not None:  # "فيما التقى ظريف بنظيره العراقي": someone else's meeting, in its own clause
            a, b = self._clause_of(s, m.i)
            inside = [x for x in s.actors if a <= x.i < b and not x.nested]
            if any(x.kind == "domestic" for x in inside) and not any(x.kind == "pm" for x in inside):
                return False
        if s is not None:  # "المحادثات بين ترامب والكاظمي ستتناول": the future verb comes after its subject
            a, b = self._clause_start(s, m.i), self._punct_end(s, m.i)
            if any(kind == "future" and a <= x < b for x, _, kind in blocked):
                return False
        return True

    def _punct_end(self, s: Sentence, i: int) -> int:
        j = i
        while j < len(s.tokens) and s.tokens[j].text not in CLAUSE_END:
            j += 1
        return j

    # ---------- dates and places ----------
    def _date_for(self, s: Sentence, at: int, background: bool, also: tuple[int, int] | None = None) -> dt.date | None:
        """The date written nearest the trigger, in its clause first; a month alone there means unknown.
        Dates after a future marker ("to be hosted on May 16") belong to the future event, not this one."""
        text = self.norm.text[s.start:s.end]
        future_from = min((s.tokens[x].start - s.start for x, _, k in self._blocked(s) if k == "future"
                           and x > at), default=len(text))
        # dates inside a condolence or topic clause ("the bombing ... yesterday") date that, not this
        asides = [(s.tokens[x].start - s.start, s.tokens[min(y, len(s.tokens)) - 1].end - s.start)
                  for x, y, k in self._blocked(s) if k == "aside" and y > x]
        exprs = [e for e in find_dates(text, self.pub) if e.start < future_from and e.kind != "future"
                 and not any(x <= e.start < y for x, y in asides)]
        pos = s.tokens[min(at, len(s.tokens) - 1)].start - s.start
        a = s.tokens[self._clause_start(s, at)].start - s.start
        b_tok = self._clause_end(s, at)
        b = s.tokens[b_tok - 1].end - s.start if b_tok > 0 else len(text)
        in_clause = [e for e in exprs if a <= e.start < b]
        if also is not None:  # the counterpart's own clause counts as the trigger's
            ca = s.tokens[also[0]].start - s.start
            cb = s.tokens[min(also[1], len(s.tokens)) - 1].end - s.start
            in_clause += [e for e in exprs if ca <= e.start < cb and e not in in_clause]
        if in_clause:
            chosen = min(in_clause, key=lambda e: abs(e.start - pos))
            return None if chosen.kind == "month" else chosen.date
        days = [e for e in exprs if e.kind != "month"]
        if days:
            return min(days, key=lambda e: abs(e.start - pos)).date
        if background:
            return None
        return self.narrative_date

    def _lead_date(self) -> dt.date | None:
        """The day the story is told about: the first day named in its first sentences, else publication."""
        for s in self.sentences[:3]:
            if self._is_background(s):
                continue
            if sum(1 for t in s.tokens if not t.is_punct) < 6:
                continue  # a date line: the header's year is often a typo (sites/README.md)
            text = self.norm.text[s.start:s.end]
            days = [e for e in find_dates(text, self.pub) if e.kind != "month" and e.date]
            if days:
                return days[0].date
        return self.pub

    def _background_in(self, s: Sentence, span: tuple[int, int]) -> bool:
        """A flashback marker ("التي أجراها", "آنذاك", "previously") inside this clause."""
        a, b = span
        return any(a <= m.i < b for m in self._marks(s, "background"))

    def _is_background(self, s: Sentence) -> bool:
        words = [t.text for t in s.tokens if not t.is_punct]
        starts_kana = bool(words) and words[0] in ("كان", "وكان", "وكانت", "كانت")
        if starts_kana and "قد" in words:
            return True
        if self._marks(s, "background") and not (self._marks(s, "meet", "phone", "video", "convey")):
            return True
        return "had" in words and any(w.endswith("ed") or w in ("met", "held") for w in words)

    def _update_location(self, s: Sentence) -> None:
        """Where the Prime Minister is from this sentence on; a flashback only moves him for itself."""
        self._saved_location = (self.location, self.location_country)
        blocked = [(x, y) for x, y, k in self._blocked(s) if k in ("future", "negation")]
        for v in self._marks(s, "visit"):
            # "زيارة يقوم بها الكاظمي الى إيران": a visit to a country is a visit to its capital
            for k in range(v.j, min(v.j + 6, len(s.tokens) - 1)):
                if s.tokens[k].text in ("الي", "to") and not any(x <= k < y for x, y in blocked):
                    e = self._ent_at(s, k + 1)
                    if e is not None and e.kind == "country" and e.value != "IQ" and e.entry.sub != "capital":
                        self.location = self.reg.capitals.get(e.value, self.location)
                        self.location_country = e.value
                    break
        for m in self._marks(s, "arrival"):
            if any(x <= m.i < y for x, y in blocked):
                continue
            for c in s.cities:
                if m.j <= c.i <= m.j + 15 and not self._preceded_by_from(s, c.i):
                    self.location, self.location_country = c.value, c.entry.sub or None
                    break
            else:
                for e in s.ents:
                    if e.kind == "country" and m.j <= e.i <= m.j + 3 and e.value != "IQ":
                        cap = self.reg.capitals.get(e.value)
                        if cap:
                            self.location, self.location_country = cap, e.value
                        break

    def _preceded_by_from(self, s: Sentence, i: int) -> bool:
        return i > 0 and (s.tokens[i - 1].text in FROM_WORDS or s.tokens[i].text.startswith("من"))

    def _sentence_city(self, s: Sentence, blocked, clause: tuple[int, int] | None = None) -> str | None:
        if clause is not None:
            inside = self._city_in(s, blocked, clause)
            if inside:
                return inside
        rel = {m.i for m in s.marks if m.kind == "relative"}
        # elsewhere in the sentence, but not in a relative or flashback clause about something else
        spans = []
        k = 0
        while k < len(s.tokens):
            c0, c1 = self._clause_of(s, k)
            if c0 not in rel and not self._background_in(s, (c0, c1)):
                spans.append((c0, c1))
            k = max(c1, k) + 1
        for span in spans:
            found = self._city_in(s, blocked, span)
            if found:
                return found
        return None

    def _city_in(self, s: Sentence, blocked, span: tuple[int, int]) -> str | None:
        """The venue named in the sentence: "في/ب/in/at X" first, then "held in X", then a conference's city."""
        held = self._marks(s, "venue")
        cities = [c for c in s.cities if span[0] <= c.i < span[1]]
        for c in cities:
            if any(h.j <= c.i <= h.j + 1 for h in held) and not self._preceded_by_from(s, c.i):
                strict = s.tokens[c.i - 1].text in ("في", "in", "at")
                if strict or c.i > 0:
                    return c.value
        weak = None
        for c in cities:
            if any(x <= c.i < y for x, y, k in blocked if k in ("future", "negation")):
                continue
            prev = s.tokens[c.i - 1].text if c.i > 0 else ""
            if prev == "the" and c.i > 1:  # "at the White House"
                prev = s.tokens[c.i - 2].text
            first = s.tokens[c.i].text
            if self._preceded_by_from(s, c.i):
                continue
            # a city next to a country adjective is that country's capital named in full
            prev_keys = s.tokens[c.i - 1].keys if c.i > 0 else frozenset()
            prev2_keys = s.tokens[c.i - 2].keys if c.i > 1 else frozenset()
            # "ببغداد" is "in Baghdad"; "باريس" only starts with the letter
            in_city = first.startswith("ب") and first[1:].removeprefix("ال") == c.entry.tokens[0]
            if prev in STRICT_PREPS or in_city:
                return c.value
            # "في العاصمة الألمانية برلين": a place noun two words back; "الى دعم باريس" is not a place
            if weak is None and (prev in LOCATION_PREPS or prev_keys & LOCATION_PREPS or prev2_keys & PLACE_NOUNS):
                weak = c.value
        return weak

    # ---------- events ----------
    def run(self) -> dict:
        for s in self.sentences:
            self._analyse(s)
        pm_anywhere = any(a.kind == "pm" for s in self.sentences for a in s.actors)
        title_norm = normalize(self.doc.get("title") or "").text
        if not pm_anywhere and not title_norm:
            return self._result()
        if self.pub:
            holder = self.reg.iraqi_pm(self.pub)
            self.pm_name = holder.name_en if holder else None
        if not self.pm_name:
            for s in self.sentences:
                for a in s.actors:
                    if a.kind == "pm" and a.name:
                        self.pm_name = a.name
                        break
        if not pm_anywhere:
            return self._result()
        self.narrative_date = self._lead_date()
        prev_pm = False
        for s in self.sentences:
            self._update_location(s)  # first: "وكان في استقباله نائب رئيس الوزراء" abroad is the host's
            s.actors = self._actors(s)  # again, now that earlier sentences are in memory
            self._learn_aliases(s)
            background_place = self._is_background(s)
            asides = [(x, y) for x, y, k in self._blocked(s) if k in ("aside", "accompany")]
            pm_here = any(a.kind == "pm" and not a.nested and not any(x <= a.i < y for x, y in asides)
                          for a in s.actors)
            # "وكان الرئيس الإيراني قد استقبله": "him" is the Prime Minister of the sentence before
            pm_here = pm_here or (prev_pm and any(
                m.kind in ("meet", "phone") and s.tokens[m.j - 1].text.endswith("ه")
                and s.tokens[m.i].text.startswith(("استقبل", "التقا", "التقت", "هاتف", "ودع")) for m in s.marks))
            # "He was received at the airport by ...": the English pronoun continues the Prime Minister
            pm_here = pm_here or (prev_pm and any(t.text in ("he", "him", "his") for t in s.tokens[:4]))
            self._events(s, pm_here, prev_pm)
            prev_pm = pm_here or bool(s.actors and any(a.kind == "foreign" for a in s.actors) and prev_pm)
            self.memory += [a for a in s.actors if a.kind == "foreign" and a.party]
            if background_place:
                self.location, self.location_country = self._saved_location
        self._fill_carriers()
        return self._result()

    def _fill_carriers(self) -> None:
        """"ونقل الرسالة سفير ...": a letter's carrier named in another sentence of the same release."""
        for msg in self.messages:
            if msg["carrier_role"] is None and not msg.get("_sent"):
                met = next((m for m in self.meetings if m["counterpart_country"] == msg["from_country"]
                            and m["counterpart_role"] in ("ambassador", "envoy", "minister", "foreign_minister")
                            and m["mode"] == "in_person"), None)
                if met:
                    msg["carrier_role"] = met["counterpart_role"]

    def _events(self, s: Sentence, pm_here: bool, prev_pm: bool) -> None:
        domestic = [a for a in s.actors if a.kind == "domestic" and not a.nested]
        pms = [a for a in s.actors if a.kind == "pm"]
        if domestic and (not pms or domestic[0].i < pms[0].i):
            return
        if not pm_here and not prev_pm:
            return
        blocked = self._blocked(s)
        background = self._is_background(s)
        accompany = [(x, y) for x, y, k in blocked if k == "accompany"]
        principals = {a.party for a in s.actors if a.kind == "foreign" and a.party and not a.nested
                      and not any(x <= a.i < y for x, y in accompany)}
        foreign = [a for a in s.actors if a.kind == "foreign" and a.party and self._free(a, blocked, principals)]
        if not foreign:
            return
        taken: set[int] = set()
        authors = self._messages(s, foreign, blocked, background, taken)
        self._invitations(s, foreign, blocked, background, taken, authors)
        self._meetings(s, foreign, blocked, background, taken, pm_here)

    def _evidence(self, s: Sentence) -> dict:
        a, b = self.norm.span_to_original(s.start, s.end)
        return {"text": self.text[a:b], "start": a, "end": b}

    def _group_after(self, s: Sentence, i: int, foreign: list[Actor]) -> list[Actor]:
        """Actors starting at token i, with those joined to them by "و"/","/"and"."""
        out = []
        k = self._skip(s, i, words={"the", "-", "قبل", "his", "her", "its", "their"})
        for a in sorted(foreign, key=lambda a: a.i):
            if a.i < i:
                continue
            hon = {t for m in s.marks if m.kind == "honorific" for t in range(m.i, m.j)}
            gap_ok = out and all(t.text in LIST_JOINERS | {"the"} or (out[-1].j + x) in hon
                                 for x, t in enumerate(s.tokens[out[-1].j:a.i]))
            if (not out and a.i <= k) or gap_ok:
                out.append(a)
                k = a.j
            elif out:
                break
            else:
                break
        return out

    def _messages(self, s, foreign, blocked, background, taken) -> set[int]:
        authors_all: set[int] = set()
        for mk in self._marks(s, "message"):
            if not self._valid(mk, blocked):
                continue
            authors: list[Actor] = []
            for k in range(mk.j, min(mk.j + 6, len(s.tokens))):
                if s.tokens[k].text in FROM_WORDS:
                    authors = self._group_after(s, k + 1, foreign)
                    break
                if s.tokens[k].is_punct and s.tokens[k].text not in ("،", ","):
                    break
            sent = False
            if not authors:
                for av in self._marks(s, "author_verb"):
                    if av.j <= mk.i:
                        between = [a for a in foreign if av.j <= a.i < mk.i]
                        before = [a for a in foreign if a.j <= av.i and av.i - a.j <= 2]
                        authors = between or before
                        sent = bool(authors)
            authors = [a for a in authors if a.kind == "foreign"]
            if not authors:
                continue
            carriers = [a for a in foreign if id(a) not in {id(x) for x in authors}
                        and a.role in IN_PERSON_ROLES - {"org_official"}]
            carrier_role = None if sent else (carriers[0].role if carriers else self._recent_carrier())
            date = self._date_for(s, mk.i, background)
            for a in authors:
                taken.add(id(a))
                authors_all.add(id(a))
                self._add_message(a, carrier_role, date, s, sent)
        return authors_all

    def _principal(self, a: Actor) -> Actor:
        """An ambassador or envoy acts for his head of state."""
        if a.role not in ("ambassador", "envoy") or not a.country:
            return a
        head = self.reg.holder("head_of_state", self.pub, a.country, office_hint="president") \
            or self.reg.holder("head_of_state", self.pub, a.country)
        out = Actor(a.i, a.j, "foreign", role="head_of_state", country=a.country)
        if head:
            out.person_id, out.name = head.person_id, head.name_en
        return out

    def _recent_carrier(self) -> str | None:
        for m in reversed(self.meetings[-1:]):
            if m["counterpart_role"] in IN_PERSON_ROLES and m["mode"] == "in_person":
                return m["counterpart_role"]
        return None

    def _destination(self, s: Sentence, start: int) -> str | None:
        for h in self._marks(s, "host_city"):
            if h.i >= start:
                before = [c for c in s.cities if h.i - 3 <= c.i < h.i]
                if before and not any(c.j <= h.i - 1 and s.tokens[h.i - 1].text == "by" for c in before):
                    return before[-1].value
                # "which the Vatican will host": a city-state named as host is its city
                for e in s.ents:
                    if e.kind == "country" and h.i - 3 <= e.i < h.i:
                        cap = self.reg.capitals.get(e.value, "")
                        if self._orig(s, e.i, e.j).lower().removeprefix("the ") in cap.lower():
                            return cap
        for v in self._marks(s, "visit", "host_city"):
            if v.i < start - 1:
                continue
            for c in s.cities:
                if v.j <= c.i <= v.j + 3:
                    # "لزيارة سلطنة عُمان" names the country, not Amman
                    if any(e.kind == "country" and e.entry.sub != "capital" and e.i <= c.i < e.j and e.j - e.i >= c.j - c.i
                           for e in s.ents):
                        return None
                    return c.value
            for e in s.ents:
                if e.kind in ("country", "org") and v.j <= e.i <= v.j + 2:
                    return None
        return None

    def _invitations(self, s, foreign, blocked, background, taken, authors) -> None:
        visit = self._marks(s, "visit")
        responses = [m for m in self._marks(s, "response") if self._valid(m, blocked)]
        nouns = [m for m in self._marks(s, "invite_noun") if self._valid(m, blocked)]
        verbs = [m for m in self._marks(s, "invite_verb") if self._valid(m, blocked)]
        if not (visit or responses) or not (nouns or verbs or responses):
            return
        pms = [a for a in s.actors if a.kind == "pm"]
        found: list[tuple[str, Actor, int, bool]] = []  # direction, actor, position, is_response
        accepts = self._marks(s, "accept")
        spoken: set = set()
        for r in responses:
            if any(r.i - 2 <= x.j <= r.i for x in accepts) and any(p.i in (r.j, r.j + 1) for p in pms):
                # "رحّب بدعوة الكاظمي لزيارة العراق": the guest accepts the Prime Minister's invitation
                guest = next((a for a in reversed(foreign) if a.j <= r.i), None)
                if guest is not None:
                    found.append(("extended", guest, r.i, False))
                continue
            after = sorted([a for a in foreign if a.i >= r.j], key=lambda a: a.i)
            pm_after = [p for p in pms if p.i >= r.j and (not after or p.i < after[0].i)]
            extend = [x for x in self._marks(s, "extend_verb") if r.j <= x.i <= r.j + 3]
            pm_invites = any(p.i in (r.j, r.j + 1) for p in pms)  # "تلبيةً لدعوة رئيس مجلس الوزراء"
            addressed = [a for a in after if a.i > 0 and (s.tokens[a.i - 1].text in TO_WORDS or
                                                          s.tokens[a.i].text.startswith(("لل", "الي")))]
            if (extend or pm_invites) and not addressed:
                # "تلبيةً للدعوة التي وجّهها اليه رئيسا الجمهورية ومجلس الوزراء": the visitor was invited
                guest = next((a for a in reversed(foreign) if a.j <= r.i), None)
                if guest is not None:
                    found.append(("extended", guest, r.i, True))
                    spoken.add(("extended", id(guest), r.i))  # the visitor is the one received
                continue
            for a in (after[:1] + [x for x in after[1:] if x in self._group_after(s, after[0].i, foreign)]
                      if after else []):
                found.append(("extended" if pm_after else "received", a, r.i, True))
        for n in nouns:
            if any(x[2] <= n.i <= x[2] + 4 for x in found) or any(r.i <= n.i <= r.j for r in responses):
                continue
            if any(n.i - 3 <= x.j <= n.i for x in accepts):
                owner = [p for p in pms if p.i in (n.j, n.j + 1)]
                guest = next((a for a in reversed(foreign) if a.j <= n.i), None)
                if owner and guest is not None:  # "رحّب بدعوة الكاظمي": accepted the PM's invitation
                    found.append(("extended", guest, n.i, False))
                continue  # "welcomed the invitation": one already counted
            k = self._skip(s, n.j, words={"رسميه", "رسميا", "an", "official", "a", "the", "كريمه", "خطيه"})
            after_to = self._skip(s, k + 1 if k < len(s.tokens) and s.tokens[k].text in TO_WORDS else k,
                                  words={"the", "-"})
            to_pm = any(p.i in (k, k + 1, after_to) for p in pms) or (
                k < len(s.tokens) and s.tokens[k].text.startswith("ل") and any(p.i == k for p in pms))
            to_foreign = []
            for k3 in range(n.j, min(n.j + 5, len(s.tokens))):
                t3 = s.tokens[k3].text
                if t3 in TO_WORDS or t3.startswith("ل"):
                    start = k3 + 1 if t3 in TO_WORDS else k3
                    to_foreign = self._group_after(s, start, foreign)
                    if to_foreign or any(p.i in (start, k3) for p in pms):
                        break
            from_actors: list[Actor] = []
            for k2 in range(n.j, len(s.tokens)):
                if s.tokens[k2].text in FROM_WORDS:
                    from_actors = self._group_after(s, k2 + 1, foreign)
                    if from_actors:
                        break
            pm_before = any(p.i < n.i for p in pms)
            possessive = s.tokens[n.i].text.endswith(("ته", "تها")) and pm_before
            if to_foreign and not to_pm and (pm_before or possessive) and not from_actors:
                for a in to_foreign:
                    found.append(("extended", a, n.i, False))
            elif from_actors:
                for a in from_actors:
                    found.append(("received", a, n.i, False))
            elif authors:
                for a in foreign:
                    if id(a) in authors:
                        found.append(("received", a, n.i, False))
            elif n.i > 0 and s.tokens[n.i - 1].text == "'s":
                owner = [a for a in foreign if a.j == n.i - 1]
                found += [("received", a, n.i, False) for a in owner]
            elif to_pm or (pm_before and not to_foreign):
                # "قدّم وزير الخارجية السعودي دعوة الى الكاظمي": the one who hands it over; an ambassador
                # only carries it, for his head of state
                giver = next((a for a in reversed(foreign) if a.j <= n.i), None) or (foreign[0] if foreign else None)
                if giver is not None:
                    found.append(("received", self._principal(giver), n.i, False))
        for v in verbs:
            if any(x[2] == v.i for x in found):
                continue
            letters = [m for m in self._marks(s, "message") if m.i < v.i]
            if letters and authors:
                # "a joint letter from the King and the Crown Prince, inviting the Prime Minister"
                found += [("received", a, v.i, False) for a in foreign if id(a) in authors]
                continue
            clause_end = self._clause_end(s, v.j)
            english = not ("\u0600" <= s.tokens[v.i].text[:1] <= "\u06ff")
            after = [a for a in s.actors if v.j <= a.i < clause_end and not a.nested]
            before = [a for a in s.actors if a.j <= v.i and v.i - a.j <= 4 and not a.nested]
            who = [a for a in s.actors if a.j <= v.i and not a.nested and a.kind == "foreign"
                   and any(t.text in ("who", "الذي") for t in s.tokens[a.j:a.j + 2])]
            if who and not before:  # "Trump, who congratulated him and invited him to visit Washington"
                before = who[-1:]
            if english:
                subject = before[-1] if before else None
                obj = after[0] if after else None
                if obj is None and v.j < len(s.tokens) and s.tokens[v.j].text in ("him", "the"):
                    obj = next((a for a in s.actors if a.kind == "pm"), None)  # "who invited him"
            elif s.tokens[v.i].text.endswith(("ه", "ها")) and s.tokens[v.i].text != "دعوه":
                # "دعاه خلاله": "him" is the Prime Minister of the sentence, the caller invites him
                prior = [a for a in s.actors if a.j <= v.i and not a.nested]
                subject = next((a for a in reversed(prior) if a.kind == "foreign"), None)
                obj = next((a for a in s.actors if a.kind == "pm"), None)
            else:
                subject = before[-1] if before and before[-1].kind == "pm" else (after[0] if after else None)
                obj = (after[1] if len(after) > 1 else None) if subject in after else (after[0] if after else None)
            if subject is None or obj is None:
                continue
            if subject.kind == "foreign" and obj.kind == "pm" and subject in foreign:
                found.append(("received", subject, v.i, False))
                spoken.add(("received", id(subject), v.i))  # the inviter speaks: also the one met
            elif subject.kind == "pm" and obj.kind == "foreign" and obj in foreign:
                found.append(("extended", obj, v.i, False))
        named_only = {id(a) for _, a, _, _ in found}
        others = [a for a in foreign if id(a) not in named_only and id(a) not in taken]
        for direction, a, pos, is_response in found:
            # an inviter or invitee is met only when nobody else in the sentence carries the invitation
            if (direction, id(a), pos) not in spoken and (others or is_response):
                taken.add(id(a))
            date = None if is_response else self._date_for(s, pos, background)
            dest = self.location if is_response else self._destination(s, pos)
            if is_response and direction == "extended" and not dest:
                dest = "Baghdad"
            self._add_invitation(direction, a, dest, date, s)

    def _meetings(self, s, foreign, blocked, background, taken, pm_here) -> None:
        meets = [m for m in self._marks(s, "meet", "phone", "video") if self._valid(m, blocked, s)]
        conveys = [m for m in self._marks(s, "convey") if self._valid(m, blocked, s)]
        phone = [m for m in meets if m.kind == "phone" and not self._called_for(s, m)]
        video = [m for m in meets if m.kind == "video"]
        meets = [m for m in meets if m.kind != "phone" or m in phone]
        if not meets and not conveys:
            return
        mode = "video" if video else "phone" if phone else "in_person"
        pms = [a for a in s.actors if a.kind == "pm"]
        for a in foreign:
            if id(a) in taken:  # an author or inviter who is only named, not met
                continue
            # each counterpart goes with the nearest trigger before it ("استقباله ... والمباحثات التي أجراها
            # ... في بغداد في آذار الماضي" are two encounters with the same man)
            triggers = meets or conveys
            before = [m for m in triggers if m.i <= a.i]
            trigger = before[-1] if before else triggers[0]
            a_clause = self._clause_of(s, a.i)
            bg = background or self._background_in(s, a_clause) or self._background_in(s, self._clause_of(s, trigger.i))
            if a.former and not bg:  # "سقوط نظام بشار الأسد": named, not met
                continue
            date = self._date_for(s, trigger.i, bg, a_clause)
            already = any(m["date"] == _iso(date) and ((m.get("_person") and m.get("_person") == a.person_id) or (
                _party(m, "counterpart_country", "counterpart_org") == a.party and m["counterpart_role"] in
                _ROLE_KIN.get(a.role, {a.role}))) for m in self.meetings)
            if not pm_here and already:
                continue  # a later sentence about someone already met that day adds no encounter
            if not meets and a.role not in IN_PERSON_ROLES:
                continue
            # without the Prime Minister in the sentence, only someone already met, or a carrier
            # ("السفير الكندي ... نقل"), continues the encounter
            if not pm_here and a.role not in IN_PERSON_ROLES - {"org_official"} and \
                    not any(m.get("_person") and m.get("_person") == a.person_id for m in self.meetings):
                continue
            location = None
            if mode == "in_person":
                location = self._sentence_city(s, blocked, a_clause) or self.location
                if location is None:
                    host = self._is_host(s, a, pms, trigger)
                    location = self.reg.capitals.get(a.country) if host and a.country else None
                    if location and not bg:  # received abroad: the PM is there from now on
                        self.location, self.location_country = location, a.country
                elif not bg and self.location is None and location != "Baghdad":
                    self.location = location
                location = location or "Baghdad"
            self._add_meeting(a, mode, location, date, s)

    def _called_for(self, s: Sentence, m: Match) -> bool:
        # "called for a ceasefire", "the Union's call for": not a telephone
        nxt = s.tokens[m.j].text if m.j < len(s.tokens) else ""
        return s.tokens[m.j - 1].text in ("called", "call", "calls") and nxt in ("for", "on", "upon", "to", "in")

    def _is_host(self, s, a, pms, trigger) -> bool:
        """Did the foreign leader receive the Prime Minister ("استقبل الرئيس التركي رئيس مجلس الوزراء")?"""
        if a.role in ("ambassador", "delegation", "envoy", "org_official"):
            return False
        if s.tokens[trigger.j - 1].text.endswith("ه") and s.tokens[trigger.i].text.startswith(("استقبل", "التق")):
            return True  # "استقبله": the leader received him
        if not pms:
            return False
        english = not ("\u0600" <= s.tokens[trigger.i].text[:1] <= "\u06ff")
        if english:
            return a.j <= trigger.i < pms[0].i
        start = self._skip(s, trigger.j, words={",", "،"})
        return a.i <= start + 1 and a.i < pms[0].i and trigger.i < a.i

    # ---------- records ----------
    def _base(self, a: Actor) -> tuple:
        return a.country, a.org, a.person_id, a.name

    def _find(self, items, party_of, a: Actor, role_field: str, name_field: str, date, extra=None):
        for ev in items:
            if party_of(ev) != a.party or ev.get("date") != _iso(date):
                continue
            if extra and any(ev.get(k) != v for k, v in extra.items()):
                continue
            same_person = a.person_id and ev.get("_person") == a.person_id
            names = (ev.get(name_field), a.name)
            if same_person:
                return ev
            if all(names) and not _same_name(*names) and not (ev.get("_guessed") or a.guessed):
                continue
            if ev.get(role_field) == a.role:
                return ev
        return None

    def _add_meeting(self, a, mode, location, date, s) -> None:
        ev = self._find(self.meetings, lambda e: _party(e, "counterpart_country", "counterpart_org"),
                        a, "counterpart_role", "counterpart_name", date)
        if ev:
            if a.person_id and not ev.get("_person") or (ev.get("_guessed") and a.name and not a.guessed):
                ev["counterpart_name"], ev["_guessed"] = a.name, a.guessed
            ev["counterpart_name"] = ev["counterpart_name"] or a.name
            ev["_person"] = ev.get("_person") or a.person_id
            if ev["mode"] == "in_person" and mode != "in_person":  # an explicit call beats the default
                ev["mode"], ev["location"] = mode, None
            return
        self.meetings.append({
            "date": _iso(date), "pm": self.pm_name, "counterpart_name": a.name, "counterpart_role": a.role,
            "counterpart_country": a.country, "counterpart_org": a.org, "mode": mode, "location": location,
            "evidence": self._evidence(s), "confidence": 0.85, "_person": a.person_id, "_guessed": a.guessed,
        })

    def _add_invitation(self, direction, a, dest, date, s) -> None:
        ev = self._find(self.invitations, lambda e: _party(e, "foreign_country", "foreign_org"),
                        a, "foreign_role", "foreign_person", _iso(date), extra={"direction": direction})
        if ev is None:
            ev = next((e for e in self.invitations if e["direction"] == direction and
                       _party(e, "foreign_country", "foreign_org") == a.party and
                       (e.get("_person") == a.person_id or e["foreign_role"] == a.role)), None)
        if ev:
            if ev["date"] is None and date is not None:
                # "تلبيةً لدعوة" and the letter that carried it, dated: one invitation, the dated account
                ev["date"], ev["destination"] = _iso(date), dest
            ev["destination"] = ev["destination"] or dest
            return
        self.invitations.append({
            "direction": direction, "foreign_country": a.country, "foreign_org": a.org,
            "foreign_person": a.name, "foreign_role": a.role, "destination": dest, "date": _iso(date),
            "evidence": self._evidence(s), "confidence": 0.8, "_person": a.person_id,
        })

    def _add_message(self, a, carrier_role, date, s, sent=False) -> None:
        for ev in self.messages:
            if _party(ev, "from_country", "from_org") == a.party and (
                    ev.get("_person") == a.person_id or ev["from_role"] == a.role):
                return
        self.messages.append({
            "from_country": a.country, "from_org": a.org, "from_person": a.name, "from_role": a.role,
            "carrier_role": carrier_role, "date": _iso(date), "evidence": self._evidence(s),
            "confidence": 0.8, "_person": a.person_id, "_sent": sent,
        })

    def _result(self) -> dict:
        def clean(items):
            return [{k: v for k, v in e.items() if not k.startswith("_")} for e in items]
        for e in self.meetings:
            e["pm"] = self.pm_name
        # chronological, the senior counterpart first: the order a reader lists them in
        self.meetings.sort(key=lambda e: (e["date"] is None, e["date"] or "",
                                          _SENIOR.get(e["counterpart_role"], 9)))
        return {"id": self.doc.get("id"), "meetings": clean(self.meetings),
                "invitations": clean(self.invitations), "messages": clean(self.messages)}


_NAME_STOP = {"في", "الي", "من", "علي", "عن", "مع", "خلال", "لدي", "اليوم", "امس", "و", "the", "who", "in", "on",
              "at", "to", "of", "and", "today", "said", "الذي", "التي", "قد", "كما", "بعد", "قبل", "حيث"}


ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "gen", "lt", "col", "st", "jr", "sr", "prof", "h.e", "no", "vs"}


def _abbreviation(word: str) -> bool:
    """"Mohammed S. Al-Sudani", "Mr. Bogdanov": a dot that ends no sentence."""
    return (len(word) == 1 and word.isalpha() and word.isascii()) or word in ABBREVIATIONS


_NAME_FILLER = {"al", "el", "bin", "ibn", "bint", "ii", "iii", "sheikh", "king", "prince", "emir", "sayyed"}


def _name_words(x: str) -> set[str]:
    x = re.sub(r"\b(al|el)[- ]", "", x.lower())
    return {w for w in re.findall(r"\w+", x) if w not in _NAME_FILLER}


@lru_cache(maxsize=1)
def _mission_heads() -> dict[str, str]:
    return {r["org"]: r["role"] for r in read_csv("mission_heads.csv")}


def _same_name(a: str, b: str) -> bool:
    """One person: the same surname, or one name all inside the other ("Abdullah", "Abdullah II")."""
    wa, wb = _name_words(a), _name_words(b)
    if not wa or not wb:
        return False
    def last(x):
        words = re.findall(r"\w+", re.sub(r"\b(al|el)[- ]", "", x.lower()))
        return words[-1] if words else ""
    return last(a) == last(b) or wa <= wb or wb <= wa


def _compatible(a: Actor, b: Actor) -> bool:
    if a.person_id and b.person_id and a.person_id != b.person_id:
        return False
    if a.name and b.name and not _same_name(a.name, b.name) and not (a.guessed or b.guessed):
        return False
    if a.party and b.party and a.party != b.party:
        return {a.org, b.org} <= {"UN", "UNAMI"}
    return bool(a.person_id or b.person_id or a.name or b.name) or ({a.org, b.org} <= {"UN", "UNAMI"})


def _merge(a: Actor, b: Actor) -> Actor:
    """The named side gives the person; the first title gives the role unless the registry knows."""
    named = b if (b.person_id or b.name) else a
    other = a if named is b else b
    out = Actor(a.i, b.j, "foreign", role=other.role or named.role, country=named.country or other.country,
                org=named.org or other.org, person_id=named.person_id, name=named.name,
                title_role=other.title_role or named.title_role)
    if named.person_id:
        out.role = named.role or out.role
    if {a.org, b.org} == {"UN", "UNAMI"}:
        out.org = "UNAMI"
    return out


# a title that may name someone already met with a more precise role ("the minister" → the FM)
_ROLE_KIN = {"minister": {"minister", "foreign_minister"}, "head_of_state": {"head_of_state"},
             "envoy": {"envoy"}, "ambassador": {"ambassador"}, "org_official": {"org_official"},
             "head_of_government": {"head_of_government"}, "foreign_minister": {"foreign_minister"},
             "other": {"other"}, "delegation": {"delegation"}}

_SENIOR = {"head_of_state": 0, "head_of_government": 1, "foreign_minister": 2, "org_official": 3, "envoy": 4,
           "minister": 5, "other": 6, "delegation": 7, "ambassador": 8}


def _party(ev, cf, of):
    return ev.get(cf) or (f"ORG:{ev[of]}" if ev.get(of) else None)


def _iso(d):
    if isinstance(d, dt.date):
        return d.isoformat()
    return d


def extract_document(doc: dict) -> dict:
    """The gold-format events of one document ({id, lang, published, title, text})."""
    return DocExtractor(doc).run()


def event_id(doc_id: str, event_type: str, ev: dict) -> str:
    key = "|".join(str(ev.get(k)) for k in sorted(ev) if k not in ("evidence", "confidence"))
    return hashlib.sha1(f"{doc_id}|{event_type}|{key}".encode()).hexdigest()[:16]
