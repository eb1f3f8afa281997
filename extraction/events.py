"""Meetings, invitations and messages decided sentence by sentence, and merged in the document."""
from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from extraction.actors import (
    _ROLE_KIN,
    FROM_WORDS,
    IN_PERSON_ROLES,
    LIST_JOINERS,
    TO_WORDS,
    Actor,
    _same_name,
)
from extraction.lexicon import Match, function_words
from extraction.text import Sentence

_SENIOR = {"head_of_state": 0, "head_of_government": 1, "foreign_minister": 2, "org_official": 3, "envoy": 4,
           "minister": 5, "other": 6, "delegation": 7, "ambassador": 8}


class GroupReception(NamedTuple):
    """Delegations the Prime Minister received together, their heads not named yet."""

    date: dt.date | None
    location: str
    told: Sentence  # the reception's sentence: the meetings' evidence
    listing: bool = False  # the heads are being listed, sentence after sentence


class EventFinding:
    """Events of each sentence (a mixin of DocExtractor)."""

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
        coordinated = bool(pms) and (s.tokens[pms[0].i].text.startswith("و") or (
            pms[0].i > 0 and s.tokens[pms[0].i - 1].text in ("and", "و")))
        # the Prime Minister named only as the author: "رسالة دعوة من رئيس مجلس الوزراء", "a letter from"
        # or as its owner: "دعوات الكاظمي", "رسالة الكاظمي"
        owned = {m.j for m in self._marks(s, "invite_noun", "message")}
        authored = bool(pms) and all(p.i > 0 and (s.tokens[p.i - 1].text in FROM_WORDS or p.i in owned) for p in pms)
        # a minister handing over the Prime Minister's invitation acts for him
        # ("رسالة خطية من الكاظمي تضمّنت دعوته": the letter carries his invitation)
        carried = authored and (any(m.i < pms[0].i <= m.j + 2 for m in self._marks(s, "invite_noun")) or (
            any(m.i < pms[0].i <= m.j + 3 for m in self._marks(s, "message"))
            and any(m.i > pms[0].i for m in self._marks(s, "invite_noun"))))
        if domestic and (not pms or domestic[0].i < pms[0].i) and not coordinated and not carried:
            return  # someone else's encounter ("رئيس الجمهورية ورئيس مجلس الوزراء" invite together)
        group = self._group
        if group and not pm_here and (self._marks(s, "headed") or group.listing) and any(
                a.kind == "foreign" for a in s.actors):
            # "The delegations were headed by the Speaker of ...; the Speaker of ...": each head was met
            # ("headed by" only folds a head into his delegation elsewhere: here the heads are the guests)
            after_headed = {m.j for m in self._marks(s, "headed")}
            heads = [a for a in s.actors if a.kind == "foreign" and a.party and not a.nested and not any(
                x <= a.i < y for x, y, k in self._blocked(s) if not (k == "aside" and x in after_headed))]
            for a in heads:
                self._add_meeting(a, "in_person", group.location, group.date, group.told)
            self._group = group._replace(listing=True)
            return
        if not pm_here and not prev_pm:
            return
        blocked = self._blocked(s)
        background = self._is_background(s)
        accompany = [(x, y) for x, y, k in blocked if k == "accompany"]
        principals = {a.party for a in s.actors if a.kind == "foreign" and a.party and not a.nested
                      and not any(x <= a.i < y for x, y in accompany)}
        foreign = [a for a in s.actors if a.kind == "foreign" and a.party and self._free(a, blocked, principals)]
        self._group = None
        if not foreign:
            # "received the heads and members of the parliamentary delegations": who they were comes next
            meets = [m for m in self._marks(s, "meet") if self._valid(m, blocked, s)]
            if pm_here and meets and self._marks(s, "group") and not background:
                self._group = GroupReception(self._date_for(s, meets[0].i, background), self.location or "Baghdad", s)
            elif not s.actors:
                self._group = group  # a fragment in between ("العراق.. استقرار وتنمية"): the list may still come
            return
        taken: set[int] = set()
        authors = self._messages(s, foreign, blocked, background, taken)
        self._invitations(s, foreign, blocked, background, taken, authors)
        if authored and not self._marks(s, "phone", "video"):
            return  # the Prime Minister is not there: his envoy hands over what he wrote
        self._meetings(s, foreign, blocked, background, taken, pm_here)

    def _evidence(self, s: Sentence) -> dict:
        a, b = self.norm.span_to_original(s.start, s.end)
        return {"text": self.text[a:b], "start": a, "end": b}

    def _group_after(self, s: Sentence, i: int, foreign: list[Actor]) -> list[Actor]:
        """Actors starting at token i, with those joined to them by "و"/","/"and"."""
        out = []
        k = self._skip(s, i, words={"the", "-", ".", "قبل", "his", "her", "its", "their"})
        # "from Saudi King Salman", "from Saudi Arabia's King Salman": the country before a known name
        e = self._ent_at(s, k)
        if e is not None and e.kind == "country":
            k2 = e.j + (1 if e.j < len(s.tokens) and s.tokens[e.j].text == "'s" else 0)
            if any(a.i == k2 and a.country == e.value for a in foreign):
                k = k2
        for a in sorted(foreign, key=lambda a: a.i):
            if a.i < i:
                continue
            hon = {t for m in s.marks if m.kind == "honorific" for t in range(m.i, m.j)}
            gap_ok = out and all(t.text in LIST_JOINERS | {"the"} or t.keys & LIST_JOINERS or (out[-1].j + x) in hon
                                 for x, t in enumerate(s.tokens[out[-1].j:a.i]))
            if (not out and a.i <= k) or gap_ok:
                out.append(a)
                k = a.j
            elif out:
                break
            else:
                break
        return out

    def _clause_subject(self, s: Sentence, verb_at: int) -> Actor | None:
        """The first party after the clause's last opener ("فيما أكد الكاظمي ... ووجّه"), else the sentence's
        first ("كما هاتف ميتسوتاكيس الكاظمي ... ووجّه اليه"): Arabic puts the verb before its subject."""
        openers = function_words("clause_opener")
        opened = max((k for k in range(verb_at) if s.tokens[k].text in openers), default=0)
        return next((a for a in s.actors if not a.nested and a.kind in ("pm", "foreign") and a.i >= opened), None)

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
            after_verb = [av for av in self._marks(s, "author_verb") if mk.j <= av.i <= mk.j + 7]
            if not authors and after_verb:
                # "برقية التهنئة التي كان الرئيس الروسي قد بعث بها": the one named in between sent it;
                # "إضافة الى برقية التهنئة التي بعث بها": else the sentence's foreign subject
                authors = [a for a in foreign if mk.j <= a.i and a.j <= after_verb[0].i][:1] or [
                    a for a in foreign if a.j <= mk.i][:1] or [a for a in foreign if a.i >= after_verb[0].j][:1]
                sent = bool(authors)
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
            # "برقية التهنئة التي بعث بها في وقت سابق": a letter told of as earlier, with no date of its own
            span = (mk.i, self._clause_end(s, after_verb[0].j if after_verb else mk.j))
            earlier = not background and self._background_in(s, span)
            date = self._date_for(s, mk.i, background or earlier, within_clause=earlier)
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
                # "to visit the headquarters of the European Union in Brussels"
                if v.j <= c.i <= v.j + 8 and c.i < self._clause_end(s, v.j):
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
        exchanged = [m for m in self._marks(s, "exchange") if self._valid(m, blocked)]
        if exchanged and foreign:
            # "The two Prime Ministers exchanged invitations": one each way, with the one met
            a = foreign[0]
            for direction in ("received", "extended"):
                self._add_invitation(direction, a, None, self._date_for(s, exchanged[0].i, background), s)
            return
        visit = self._marks(s, "visit")
        responses = [m for m in self._marks(s, "response") if self._valid(m, blocked)]
        nouns = [m for m in self._marks(s, "invite_noun") if self._valid(m, blocked)]
        verbs = [m for m in self._marks(s, "invite_verb") if self._valid(m, blocked)]
        if not (visit or responses) or not (nouns or verbs or responses):
            return
        pms = [a for a in s.actors if a.kind == "pm"]
        # direction, actor, position, is_response: True for "تلبيةً لدعوة" (undated, to where the visit is),
        # "accepted" for an invitation accepted (undated, to where the sentence says)
        found: list[tuple[str, Actor, int, bool | str]] = []
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
            # "تلبيةً لدعوة رئيس مجلس الوزراء", "تلبيةً لدعوة رسمية من رئيس الجمهورية ورئيس مجلس الوزراء"
            first_foreign = min((a.i for a in after), default=len(s.tokens))
            pm_invites = any(r.j <= p.i <= r.j + 8 and p.i < first_foreign for p in pms)
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
                    continue
                inviters = next((g for k2 in range(n.j, min(n.j + 4, len(s.tokens)))
                                 if s.tokens[k2].text in FROM_WORDS and (g := self._group_after(s, k2 + 1, foreign))), [])
                if inviters and any(p.i < n.i for p in pms):
                    # "the Prime Minister accepted an invitation from King Salman": made on a day not told
                    found += [("received", a, n.i, "accepted") for a in inviters]
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
            # "سلّم ... الرئيس الإيراني رسالة دعوة من رئيس مجلس الوزراء", "رسالة خطية من الكاظمي تضمّنت
            # دعوته": the Prime Minister's invitation, handed to the one named before it (or "الى" after it)
            from_pm = any(s.tokens[k2].text in FROM_WORDS and any(p.i == k2 + 1 for p in pms)
                          for k2 in range(max(n.i - 4, 0), min(n.j + 2, len(s.tokens)))) or any(
                p.i > 0 and s.tokens[p.i - 1].text in FROM_WORDS and 0 <= n.i - p.j <= 3 for p in pms)
            # "ووجّه اليه دعوة رسمية": the subject of its clause directs it to the other one named
            directed = next((x for x in self._marks(s, "extend_verb") if n.i - 3 <= x.j <= n.i), None)
            giver = self._clause_subject(s, directed.i) if directed and pm_before and not from_actors else None
            if giver is not None and giver.kind == "foreign" and giver in foreign:
                found.append(("received", giver, n.i, False))  # "هاتف ميتسوتاكيس الكاظمي ... ووجّه اليه دعوة"
                continue
            if (giver is not None or from_pm) and not from_actors:
                # the Prime Minister's: to the one "الى" names, else to the last one named before it
                handed = to_foreign or [a for a in foreign if a.j <= n.i][-1:]
                found += [("extended", a, n.i, False) for a in handed]
                continue
            if found and n.j < len(s.tokens) and s.tokens[n.j].text in function_words("similar"):
                # "بعدما كان قد سلّم الرئيس التركي دعوة مماثلة": another of the invitations just told of
                handed = [a for a in foreign if a.j <= n.i and n.i - a.j <= 3][-1:]
                found += [(found[-1][0], a, n.i, False) for a in handed]
                continue
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
                # "the President's invitation": the owner, though only a possessor (nested) in the sentence
                owner = [a for a in s.actors if a.kind == "foreign" and a.party and a.j == n.i - 1]
                found += [("received", a, n.i, False) for a in owner]
            elif to_pm or (pm_before and not to_foreign):
                # "قدّم وزير الخارجية السعودي دعوة الى الكاظمي": the one who hands it over; an ambassador
                # only carries it, for his head of state
                giver = next((a for a in reversed(foreign) if a.j <= n.i), None) or next(
                    (a for a in foreign if a.role in ("ambassador", "envoy")), None)
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
                if subject is None and v.i == 0 and s.tokens[v.i].text == "inviting":
                    # "Inviting President Erdogan to visit Baghdad, His Excellency said": the main clause's subject
                    subject = next((a for a in s.actors if a.kind == "pm" and a.i >= clause_end), None)
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
            # "بعدما كان قد سلّم ... دعوة مماثلة": a flashback clause with no date of its own is undated
            bg = background or self._background_in(s, self._clause_of(s, pos))
            date = None if is_response else self._date_for(s, pos, bg, within_clause=bg and not background)
            dest = self.location if is_response is True else self._destination(s, pos)
            if is_response is True and direction == "extended" and not dest:
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
        met_here: set[str] = set()
        # an author or inviter who is only named, not met, nor is his title set after his name ("من الأمير
        # محمد بن سلمان، ولي العهد رئيس مجلس الوزراء")
        named_only = [x for x in foreign if id(x) in taken and x.person_id]
        for a in foreign:
            if id(a) in taken or any(x.person_id == a.person_id and 0 <= a.i - x.j <= 2 for x in named_only):
                continue
            # each counterpart goes with the nearest trigger before it ("استقباله ... والمباحثات التي أجراها
            # ... في بغداد في آذار الماضي" are two encounters with the same man)
            triggers = meets or conveys
            before = [m for m in triggers if m.i <= a.i]
            trigger = before[-1] if before else triggers[0]
            rel = {m.i for m in s.marks if m.kind == "relative"}
            if not before and self._clause_of(s, trigger.i)[0] in rel and not any(
                    self._clause_of(s, t.i)[0] not in rel for t in triggers):
                continue  # "thanked Guterres for the summit, which Baghdad hosted on Saturday"
            a_clause = self._clause_of(s, a.i)
            bg = background or self._background_in(s, a_clause) or self._background_in(s, self._clause_of(s, trigger.i))
            if a.former and not bg:  # "سقوط نظام بشار الأسد": named, not met
                continue
            if a.person_id in met_here and not bg:
                continue  # "a call from Joe Biden, the first call the new US president has made": him again
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
            if not pm_here and meets and not conveys:
                continue  # without the PM, only handing something over continues an encounter
            if not pm_here and a.role not in IN_PERSON_ROLES - {"org_official"} and \
                    not any(m.get("_person") and m.get("_person") == a.person_id for m in self.meetings):
                continue
            location = None
            if mode == "in_person":
                # a flashback happened elsewhere: where the PM is now says nothing about it
                here = self.location if not bg or self.location != self._saved_location[0] else None
                named = self._sentence_city(s, blocked, a_clause)
                location = named or here
                if location is None:
                    host = self._is_host(s, a, pms, trigger)
                    location = self.reg.capitals.get(a.country) if host and a.country else None
                    if location and not bg:  # received abroad: the PM is there from now on
                        self.location, self.location_country = location, a.country
                elif not bg and self.location is None and location != "Baghdad":
                    self.location = location
                if self._marks(s, "nowhere"):
                    location = None  # "عند منفذ طريبيل الحدودي": a border post, no city
                else:
                    location = location or "Baghdad"
            # where a meeting was is told where it is told as a meeting, not where a letter is handed over
            # ("سلّم السفير ... دعوة لزيارة موسكو")
            placed = mode == "in_person" and bool(meets) and bool(named or here)
            self._add_meeting(a, mode, location, date, s, placed=placed)
            if a.person_id:
                met_here.add(a.person_id)

    def _called_for(self, s: Sentence, m: Match) -> bool:
        # "called for a ceasefire", "the Union's call for": not a telephone ("a phone call on Saturday" is)
        if m.j - m.i > 1 or (m.i > 0 and s.tokens[m.i - 1].text in ("phone", "telephone")):
            return False
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
        if english:  # "X received the Prime Minister"; "X made a visit, meeting the PM" is no host
            reception = s.tokens[trigger.i].text in ("received", "receives", "hosted", "hosts", "welcomed", "welcomes")
            return reception and a.j <= trigger.i < pms[0].i
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

    def _add_meeting(self, a, mode, location, date, s, placed: bool = False) -> None:
        """Record a meeting, or complete the one already found; `placed`: the text says where it was."""
        ev = self._find(self.meetings, lambda e: _party(e, "counterpart_country", "counterpart_org"),
                        a, "counterpart_role", "counterpart_name", date)
        if ev:
            if a.person_id and not ev.get("_person") or (ev.get("_guessed") and a.name and not a.guessed):
                ev["counterpart_name"], ev["_guessed"] = a.name, a.guessed
            ev["counterpart_name"] = ev["counterpart_name"] or a.name
            ev["_person"] = ev.get("_person") or a.person_id
            if ev["mode"] == "in_person" and mode != "in_person":  # an explicit call beats the default
                ev["mode"], ev["location"] = mode, None
            elif ev["mode"] == mode == "in_person" and placed and not ev.get("_placed"):
                # the title's "meets Xi Jinping" said nowhere; "at the Great Hall ... in Beijing" does
                ev["location"], ev["_placed"] = location, True
            return
        self.meetings.append({
            "date": _iso(date), "pm": self.pm_name, "counterpart_name": a.name, "counterpart_role": a.role,
            "counterpart_country": a.country, "counterpart_org": a.org, "mode": mode, "location": location,
            "evidence": self._evidence(s), "confidence": 0.85, "_person": a.person_id, "_guessed": a.guessed,
            "_placed": placed,
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
            # the Prime Minister in office on the meeting's day: a flashback to a predecessor's call is his
            # ("اتصالاً هاتفياً برئيس الوزراء السابق عادل عبد المهدي"); undated, the document's
            holder = self.reg.iraqi_pm(dt.date.fromisoformat(e["date"])) if e["date"] else None
            e["pm"] = holder.name_en if holder else self.pm_name
        # chronological, the senior counterpart first: the order a reader lists them in
        self.meetings.sort(key=lambda e: (e["date"] is None, e["date"] or "",
                                          _SENIOR.get(e["counterpart_role"], 9)))
        return {"id": self.doc.get("id"), "meetings": clean(self.meetings),
                "invitations": clean(self.invitations), "messages": clean(self.messages)}



def _party(ev, cf, of):
    return ev.get(cf) or (f"ORG:{ev[of]}" if ev.get(of) else None)


def _iso(d):
    if isinstance(d, dt.date):
        return d.isoformat()
    return d
