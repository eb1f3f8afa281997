"""Rules-driven extraction of the Prime Minister's meetings, invitations and messages.

normalise → split sentences → match the rules (entities, titles, markers, cities) → build actors
(a title with its country/organisation anchor and a name, or a known office holder) → decide,
sentence by sentence, which actors met the Prime Minister, invited or were invited, or wrote to
him → merge repeats inside the document. All words come from rules/; the grammar is in
text.py (sentences), actors.py (who is named), context.py (clauses, dates, places) and events.py
(meetings, invitations, messages); this file sequences them for one document.
"""
from __future__ import annotations

import datetime as dt
import hashlib

from extraction.actors import Actor, ActorReading
from extraction.context import Context
from extraction.dates import parse_iso
from extraction.events import EventFinding
from extraction.lexicon import load_lexicon, tokenize
from extraction.normalize import normalize
from extraction.registry import Registry, load_registry
from extraction.text import _sentences


class DocExtractor(ActorReading, Context, EventFinding):
    """The extraction of one document; its state is the memory a reader keeps while reading."""

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
        self._group = None  # a group reception whose heads the next sentences name (events.GroupReception)
        self._so_far: list[Actor] = []  # this sentence's actors so far, for coreference within it

    # ---------- matching ----------
    def _prime_minister(self) -> str | None:
        """The PM in office on the publication day, or, undated, the one the text names."""
        if self.pub:
            holder = self.reg.iraqi_pm(self.pub)
            if holder:
                return holder.name_en
        for s in self.sentences:
            for m in s.ents:
                if m.kind == "person":
                    t = self.reg.term_on(m.value, None, role_hint="iq_prime_minister")
                    if t and t.role == "iq_prime_minister":
                        return t.name_en
        return None

    def run(self) -> dict:
        for s in self.sentences:
            self._analyse(s)
        self.pm_name = self._prime_minister()  # may stay unknown: an undated text naming only his title
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
                and s.tokens[m.i].text.startswith(("استقبل", "استقبال", "التقا", "التقت", "هاتف", "ودع"))
                for m in s.marks))
            # "He was received at the airport by ...": the English pronoun continues the Prime Minister
            pm_here = pm_here or (prev_pm and any(t.text in ("he", "him", "his") for t in s.tokens[:4]))
            self._events(s, pm_here, prev_pm)
            prev_pm = pm_here or bool(s.actors and any(a.kind == "foreign" for a in s.actors) and prev_pm)
            self.memory += [a for a in s.actors if a.kind == "foreign" and a.party]
            if background_place:
                self.location, self.location_country = self._saved_location
        self._fill_carriers()
        return self._result()


def extract_document(doc: dict) -> dict:
    """The gold-format events of one document ({id, lang, published, title, text})."""
    return DocExtractor(doc).run()


def event_id(doc_id: str, event_type: str, ev: dict) -> str:
    key = "|".join(str(ev.get(k)) for k in sorted(ev) if k not in ("evidence", "confidence"))
    return hashlib.sha1(f"{doc_id}|{event_type}|{key}".encode()).hexdigest()[:16]
