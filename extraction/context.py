"""Where and when: clauses and scopes, dates of encounters, the Prime Minister's whereabouts."""
from __future__ import annotations

import datetime as dt
import re

from extraction.actors import FROM_WORDS, LOCATION_PREPS, PLACE_NOUNS, STRICT_PREPS, Actor
from extraction.dates import find_dates
from extraction.lexicon import Match, function_words
from extraction.text import CLAUSE_END, Sentence, _static

# quoted speech keeps its own time ("لقاء اليوم" said yesterday)
_QUOTED = re.compile(r'"[^"]{1,400}"')


class Context:
    """Clauses, scopes, dates and places (a mixin of DocExtractor)."""

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
                # "من المقرر أن يجري، في وقت لاحق اليوم، مباحثات" reaches the sentence's end; a modal
                # ("warning that this would ..., when he hosted Erdogan") only its clause
                end = self._clause_end(s, m.j) if m.value == "clause" else len(s.tokens)
                spans.append((m.i, end, "future"))
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
        if s is not None and m.i > 0 and s.tokens[m.i - 1].text == "to":
            return False  # "keenness to receive the Prime Minister": wished, not done
        if s is not None and m.kind == "meet" and s.tokens[m.i].text in ("received", "receives", "receive"):
            # "received today, Monday, an official invitation from ...": a thing, not a guest
            k = m.j
            while k < len(s.tokens) and k - m.j < 6 and (s.tokens[k].is_punct or s.tokens[k].text in function_words("received_filler")):
                k += 1
            if k < len(s.tokens) and s.tokens[k].text in ("a", "an") and k + 1 < len(s.tokens) and any(
                    mk.i in (k + 1, k + 2) for mk in s.marks if mk.kind in ("invite_noun", "message", "phone")):
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
    def _date_for(self, s: Sentence, at: int, background: bool, also: tuple[int, int] | None = None,
                  within_clause: bool = False) -> dt.date | None:
        """The date written nearest the trigger, in its clause first; a month alone there means unknown.
        Dates after a future marker ("to be hosted on May 16") belong to the future event, not this one."""
        text = self.norm.text[s.start:s.end]
        future_from = min((s.tokens[x].start - s.start for x, _, k in self._blocked(s) if k == "future"
                           and x > at), default=len(text))
        # dates inside a condolence or topic clause ("the bombing ... yesterday") date that, not this
        asides = [(s.tokens[x].start - s.start, s.tokens[min(y, len(s.tokens)) - 1].end - s.start)
                  for x, y, k in self._blocked(s) if k == "aside" and y > x]
        quotes = [(mq.start(), mq.end()) for mq in _QUOTED.finditer(text)]
        exprs = [e for e in find_dates(text, self.pub) if e.start < future_from and e.kind != "future"
                 and not any(x <= e.start < y for x, y in asides + quotes)]
        # "كشف مسؤول، اليوم الخميس، أن السوداني التقى ... يوم الثلاثاء الماضي": a date before the "أن"/"that"
        # the trigger is reported in dates the telling; one after it, the event
        told = [x for x in range(min(at, len(s.tokens))) if s.tokens[x].text in function_words("complementizer")]
        if told:
            cut = s.tokens[told[-1]].start - s.start
            exprs = [e for e in exprs if e.start >= cut] or exprs
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
        if within_clause:  # a flashback clause: the sentence's other dates are not its own
            return None
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
        return any(a <= m.i < b for m in self._flashbacks(s))

    def _flashbacks(self, s: Sentence) -> list:
        """The flashback markers, but not a pluperfect in reported speech ("the office said al-Sudani had
        received a call": English shifts the tense back, the call is today's)."""
        return [m for m in self._marks(s, "background") if not (
            s.tokens[m.i].text == "had" and any(t.text in function_words("reporting_verb") for t in s.tokens[max(m.i - 6, 0):m.i]))]

    def _is_background(self, s: Sentence) -> bool:
        words = [t.text for t in s.tokens if not t.is_punct]
        starts_kana = bool(words) and words[0] in ("كان", "وكان", "وكانت", "كانت")
        if starts_kana and "قد" in words:
            return True
        if self._flashbacks(s) and not (self._marks(s, "meet", "phone", "video", "convey", "message")):
            return True
        if any(m.i <= 1 for m in self._flashbacks(s)):
            return True  # "Before heading to Tehran, ...": the whole sentence is earlier
        # English pluperfect: "had" before a past participle ("had met", "had already conveyed"), unless in a
        # relative clause ("talks with Li Keqiang, who had received him") or reported speech, whose tenses
        # shift back ("the office said al-Sudani had received a call from Putin": that call, today)
        for k, w in enumerate(words):
            if w != "had" or (k > 0 and words[k - 1] in function_words("relative_pronoun")):
                continue
            n = words[k + 2] if k + 2 < len(words) and words[k + 1] in ("already", "previously", "earlier") else (
                words[k + 1] if k + 1 < len(words) else "")
            if not (n.endswith("ed") or n in ("met", "held", "spoken", "made", "been", "sent")):
                continue
            if any(x in function_words("reporting_verb") for x in words[max(k - 6, 0):k]):
                continue
            return True
        return False

    def _update_location(self, s: Sentence) -> None:
        """Where the Prime Minister is from this sentence on; a flashback only moves him for itself."""
        self._saved_location = (self.location, self.location_country)
        blocked = [(x, y) for x, y, k in self._blocked(s) if k in ("future", "negation")]
        for v in self._marks(s, "visit"):
            # "زيارة يقوم بها الكاظمي الى إيران": a visit to a country is a visit to its capital
            for k in range(v.j, min(v.j + 6, len(s.tokens) - 1)):
                if s.tokens[k].text in ("الي", "to") and not any(x <= k < y for x, y in blocked):
                    e = self._ent_at(s, k + 1)
                    if e is not None and e.kind == "country" and e.entry.sub != "capital":
                        # "a visit to Iraq" brings the visitor to Baghdad; "زيارة الى إيران" the PM to Tehran
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
