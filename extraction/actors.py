"""Who is named in a sentence: titles with their country or organisation, office holders, names."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from extraction.lexicon import Match, function_words, read_csv, resolve_overlaps
from extraction.romanize import romanize
from extraction.text import Sentence, _resolve_markers

IN_PERSON_ROLES = {"ambassador", "envoy", "delegation", "minister", "foreign_minister", "org_official"}
# words that may stand between a title and its country ("سفير فرنسا لدى العراق", "Ambassador of the EU")
CONNECTORS = {"في", "لدي", "of", "the", "to", "for", "in", "at", "دوله", "بلاده", "المعتمد", "المعتمده",
              "سفاره", "embassy", "الخاص", "الخاصه", "العام", "الجديد", "الجديده", "السابق", "الحالي", "new", "outgoing", "'s"}
# between a title and the name: "الرئيس آنذاك حسن روحاني", "the then President"
NAME_SKIP = {"-", ".", "the", "انذاك", "السابق", "السابقه", "former", "then", "late", "الراحل"} | function_words("elect")
LIST_JOINERS = {"و", ",", "،", "and", "كل", "من", ":"}
FROM_WORDS = {"من", "from"}
TO_WORDS = {"الي", "ل", "to", "for"}
STRICT_PREPS = {"في", "in", "at"}
PLACE_NOUNS = {"العاصمه", "مدينه", "محافظه", "capital", "city", "province"}
LOCATION_PREPS = {"في", "الي", "in", "at", "to", "مدينه", "العاصمه", "مطار", "مقر", "موتمر", "قمه", "منتدي",
                  "محافظه", "province", "conference", "summit", "forum", "capital", "زياره", "زيارته"}



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



class ActorReading:
    """Builds the actors of each sentence (a mixin of DocExtractor)."""

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
        if m.entry.sub == "pm":
            words = words - {"to"}  # "the first visit of the Premier to the United States"
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
                    and s.tokens[k].text not in ("الي", "والي") and self._ent_at(s, k) is None:  # "الى" is "to"
                k += 1
            portfolio = k > m.j
            # "رئيس حكومة الوحدة الوطنية في دولة ليبيا": the portfolio, "في", then the country
            while portfolio and k < len(s.tokens) and k - m.j < 5 and s.tokens[k].text in ("في", "لدوله") \
                    and self._ent_at(s, k) is None:
                k += 1
            e = self._ent_at(s, k) if portfolio else None
            if e is None or e.kind != "country" or e.entry.sub == "capital":
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
        k0 = min(k, i)
        k = self._skip(s, k, words=NAME_SKIP)
        k = self._apposition_start(s, k)
        # a known name may begin with the honorific skipped ("الأمير محمد بن سلمان" is one name)
        e = next((x for x in s.ents if x.kind == "person" and k0 <= x.i <= k), None)
        if e is not None:
            used.add(id(e))
            return e.value, None, e.j
        # an unknown name: word tokens up to punctuation or the next rules word
        stop = {m.i for m in s.ents} | {m.i for m in s.marks if m.kind not in ("honorific", "present_verb")} | {
            c.i for c in s.cities}
        j = k
        english = not ("\u0600" <= s.tokens[k].text[:1] <= "\u06ff") if k < len(s.tokens) else False
        while j < len(s.tokens) and j - k < 7:
            t = s.tokens[j]
            if english and t.text == "-" and j > k and j + 1 < len(s.tokens) and \
                    self._orig(s, j + 1, j + 2)[:1].isupper():
                j += 1  # "Marzouq Al-Ghanim": a hyphen inside the name
                continue
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
        # Gulf names run longer: "فيصل بن بندر بن عبد العزيز"
        longest = 6 if any(s.tokens[x].text in ("بن", "ابن", "بنت") for x in range(k, j)) else 4
        if not english and 2 <= j - k <= longest and ends:
            return None, self._orig(s, k, j), j
        return None, None, i

    def _apposition_start(self, s: Sentence, k: int) -> int:
        """Where a name set off after its title begins: "the Foreign Minister of the Czech Republic, Jan
        Lipavsky", "the Executive Director of the World Food Programme (WFP), Mr. David Beasley". Only a
        capitalised English word or a known person counts: after an Arabic comma most words are not names."""
        j = k
        if j + 2 < len(s.tokens) and s.tokens[j].text == "(" and s.tokens[j + 2].text == ")":
            j += 3  # an acronym in brackets
        if j >= len(s.tokens) or s.tokens[j].text not in (",", "،"):
            return k
        start = self._skip(s, j + 1, words=NAME_SKIP)
        if start >= len(s.tokens):
            return k
        known = any(e.kind == "person" and e.i == start for e in s.ents)
        word = self._orig(s, start, start + 1)
        english = word[:1].isascii() and word[:1].isupper() and s.tokens[start].text not in _NAME_STOP
        taken = any(m.i == start for m in s.ents) or any(c.i == start for c in s.cities)
        return start if known or (english and not taken) else k

    def _title_actor(self, s: Sentence, m: Match, used: set[int], with_name: bool = True) -> Actor | None:
        scope, role = m.entry.sub, m.value
        if scope == "domestic":
            return Actor(m.i, m.j, "domestic", role=role)
        if scope == "domestic_anchor":
            return None
        if scope == "possessive":
            return Actor(m.i, m.j, "foreign", role=role, nested=True)
        if scope == "guest":  # "ترحيبه بالضيف": the visitor received last
            last = self.meetings[-1] if getattr(self, "meetings", None) else None
            if last is None or last["mode"] != "in_person":
                return None
            return Actor(m.i, m.j, "foreign", role=last["counterpart_role"], country=last["counterpart_country"],
                         org=last["counterpart_org"], person_id=last.get("_person"), name=last["counterpart_name"])
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
        if anchor is None and scope == "foreign" and any(
                h.kind == "honorific" and h.i == m.i for h in s.marks) and m.i + 1 < len(s.tokens) \
                and self._ent_at(s, m.j) is None:
            return None  # "الأمير فيصل بن بندر": "prince" before a name, not an emir's title
        if scope == "regional" and anchor is None:
            # "أمير منطقة الرياض": a province's governor belongs to the province's country
            city = next((c for c in s.cities if m.j <= c.i <= m.j + 1), None)
            if city is None or not city.entry.sub or city.entry.sub == "IQ":
                return None
            anchor = ("country", city.entry.sub, city.j)
        if scope == "counterpart" and anchor and anchor[1] == "IQ":
            # "نظيره العراقي" is told from the foreigner's side: his Iraqi counterpart
            return self._iraqi_counterpart(s, m, anchor[2], used)
        end = anchor[2] if anchor else m.j
        person_id, name, name_end = self._name_after(s, end, used) if with_name else (None, None, end)
        if name and any(mk.kind == "place_word" and mk.i == name_end for mk in s.marks):
            return None  # "King Abdulaziz International Airport": a place named after a king
        end = max(end, name_end)
        start = anchor[3] if anchor and len(anchor) > 3 else m.i
        if role != "delegation" and not person_id and not name and min(start, m.i) > 0 \
                and s.tokens[min(start, m.i) - 1].text in ("a", "an"):
            return None  # "talks with a US president": any holder of the office ("a delegation" is one)
        actor = Actor(start, end, "foreign", role=role, title_role=role, title_key=m.entry.tokens)
        if person_id:
            self._apply_person(actor, person_id, hint=role)
            if actor.kind != "foreign":
                return actor
        elif name:
            actor.name = romanize(name)
            # a two-word Arabic guess may be any phrase; three words or more are a name
            actor.guessed = "\u0600" <= name[:1] <= "\u06ff" and len(name.split()) < 3
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
            if not name and scope in ("speaker", "deputy_pm") and any(e.kind == "person" and e.j == m.i for e in s.ents):
                return None  # "شهاب بن طارق آل سعيد نائب رئيس الوزراء": the named man's own title
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
        # "the newly elected President of Iran", "الرئيس الإيراني المنتخب": not who holds the office that day
        elect = any(t.text in function_words("elect") for t in s.tokens[max(start - 2, 0):min(end + 1, len(s.tokens))])
        if actor.party and not actor.name and not actor.person_id and actor.role and not elect:
            hint = "president" if scope == "president" else None
            holder = self.reg.holder(actor.role, self.pub, actor.country, actor.org, office_hint=hint)
            if holder and scope != "regional" and actor.role in (
                    "head_of_state", "head_of_government", "foreign_minister", "other"):
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

    def _iraqi_counterpart(self, s: Sentence, m: Match, end: int, used: set[int]) -> Actor:
        """The Iraqi official of the foreigner's rank: a foreign minister's counterpart is Iraq's foreign
        minister, a head of government's is the Prime Minister (and the foreigner is then the guest)."""
        _, _, name_end = self._name_after(s, end, used)
        subject = next((e for e in reversed(s.ents) if e.j <= m.i and e.kind in ("person", "title")), None)
        # a surname met earlier ("بحث ظريف مع نظيره العراقي") is a subject too
        alias = next(((k, self.aliases[key]) for k in range(m.i - 1, (subject.j if subject else 0) - 1, -1)
                      for key in s.tokens[k].keys if key in self.aliases), None)
        person = alias[1] if alias else (subject.value if subject is not None and subject.kind == "person" else None)
        role = None
        if person:
            t = self.reg.term_on(person, self.pub)
            role = t.role if t and t.country != "IQ" and not t.role.startswith("iq_") else None
        elif subject is not None and subject.entry.sub not in ("pm", "pm_honorific", "domestic"):
            role = subject.value
        guest = None
        if role is None:  # "جمعه بنظيره العراقي": the foreign head of government named before
            guest = next((p for p in reversed(self.memory) if p.role == "head_of_government"), None)
            role = guest.role if guest else "head_of_government"
        if role not in ("head_of_government", "head_of_state"):
            return Actor(m.i, max(end, name_end), "domestic", role=role)
        self._guest = guest
        return Actor(m.i, max(end, name_end), "pm")

    def _apposition_of_foreign(self, s: Sentence, m: Match) -> bool:
        """"Prince Salman bin Hamad, Crown Prince and Prime Minister,": the title is his, not Iraq's PM.
        Set off by commas on both sides; "استقبل الملك سلمان، رئيسَ مجلس الوزراء والوفد" is an object."""
        k = m.i - 1
        if k < 0 or s.tokens[k].text not in ("and", "و", ",", "،"):
            return False
        close = self._skip(s, m.j, words={"the"}, honorifics=False)
        if close < len(s.tokens) and s.tokens[close].text not in (",", "،", ".") and s.tokens[close].text[:1] != "'":
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
        # earlier sentences, then this one so far ("the greetings of President Bashar al-Assad, as well as
        # the President's invitation")
        memory = self.memory + [a for a in self._so_far if a.kind == "foreign" and a.party]
        if actor.name:  # "King Abdullah" after "Jordan's King Abdullah II"
            named = next((p for p in reversed(memory) if p.name and _same_name(p.name, actor.name)
                          and (p.role == want or p.title_role == want)), None)
            if named:
                actor.country, actor.org, actor.role = named.country, named.org, named.role
                actor.person_id, actor.name = named.person_id, named.name
                return
        same_title = [p for p in memory if p.title_key and p.title_key == actor.title_key]
        for prev in reversed(same_title or memory):
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
        if t.role == "other" and self.pub:
            # "Saudi Crown Prince Mohammed bin Salman" in 2024: a crown prince who heads the government is
            # coded by that office (gold_format.md)
            t = next((x for x in self.reg.terms_of(person_id) if x.covers(self.pub) and x.role != "other"
                      and not x.role.startswith("iq_")), t)
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
        self._so_far = out  # for coreference within the sentence
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
                # "heading to the prime minister's office": the office, not the man
                if a.kind == "pm" and a.j + 1 < len(s.tokens) and s.tokens[a.j].text == "'s" and \
                        s.tokens[a.j + 1].text in ("office", "media", "spokesman", "spokesperson", "government"):
                    a.nested = True
                out.append(a)
            elif m.kind == "person":
                used.add(id(m))
                if m.i > 0 and s.tokens[m.i - 1].text in function_words("nasab"):
                    continue  # "محمد بن سلمان بن عبد العزيز آل سعود": the father in a son's name
                a = Actor(m.i, m.j, "foreign")
                self._apply_person(a, m.value)
                if a.person_id is None:
                    continue
                out.append(a)
        out += self._alias_actors(s, out)
        out += self._pair_actors(s, out)
        guest, self._guest = getattr(self, "_guest", None), None
        if guest is not None and not any(a.party == guest.party for a in out):
            out.append(Actor(guest.i, guest.i, "foreign", role=guest.role, country=guest.country, org=guest.org,
                             person_id=guest.person_id, name=guest.name))
        return self._consolidate(s, out)

    def _pair_actors(self, s: Sentence, found: list[Actor]) -> list[Actor]:
        """"الرئيسان" / "the two leaders": the Prime Minister and the counterpart last met."""
        pairs = self._marks(s, "pair")
        if not pairs or not (self.meetings or self.memory):
            return []
        p = pairs[0]
        if self.meetings:
            last = self.meetings[-1]
            met = Actor(p.i, p.j, "foreign", role=last["counterpart_role"], country=last["counterpart_country"],
                        org=last["counterpart_org"], person_id=last.get("_person"), name=last["counterpart_name"])
        else:  # "Borrell has invited al-Sudani ... when the two men met": the one named last, not yet met
            last = self.memory[-1]
            met = Actor(p.i, p.j, "foreign", role=last.role, country=last.country, org=last.org,
                        person_id=last.person_id, name=last.name)
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

_NAME_STOP = {"في", "الي", "من", "علي", "عن", "مع", "خلال", "لدي", "اليوم", "امس", "و", "the", "who", "in", "on",
              "at", "to", "of", "and", "today", "said", "الذي", "التي", "قد", "كما", "بعد", "قبل", "حيث"
              } | function_words("portfolio")  # "نائب رئيس الوزراء لشؤون الدفاع": a portfolio, not a name


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


# a title that may name someone already met with a more precise role ("the minister" → the FM)
_ROLE_KIN = {"minister": {"minister", "foreign_minister"}, "head_of_state": {"head_of_state"},
             "envoy": {"envoy"}, "ambassador": {"ambassador"}, "org_official": {"org_official"},
             "head_of_government": {"head_of_government"}, "foreign_minister": {"foreign_minister"},
             "other": {"other"}, "delegation": {"delegation"}}
