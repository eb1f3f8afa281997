"""Who held which office when (rules/office_holders.csv), and where countries' capitals are."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from extraction.dates import parse_iso
from extraction.lexicon import read_csv


@dataclass(frozen=True)
class Term:
    person_id: str
    name_en: str
    country: str | None
    org: str | None
    role: str
    office: str
    valid_from: dt.date | None
    valid_to: dt.date | None

    def covers(self, day: dt.date | None) -> bool:
        if day is None:
            return False
        # valid_to is exclusive (rules/README.md): on a hand-over day the successor holds the office
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day < self.valid_to)


@dataclass
class Registry:
    terms: list[Term]
    capitals: dict[str, str]  # iso2 -> English capital

    def terms_of(self, person_id: str) -> list[Term]:
        return [t for t in self.terms if t.person_id == person_id]

    def term_on(self, person_id: str, day: dt.date | None, role_hint: str | None = None) -> Term | None:
        """The person's office on that day; without a day, the one matching the hint, else the latest."""
        terms = self.terms_of(person_id)
        if not terms:
            return None
        on_day = [t for t in terms if t.covers(day)]
        pool = on_day or terms
        if role_hint:
            hinted = [t for t in pool if t.role == role_hint]
            pool = hinted or pool
        # several offices at once (a crown prince who is also prime minister): the senior one
        return min(pool, key=lambda t: (_SENIORITY.get(t.role, 9), -(t.valid_from or dt.date.min).toordinal()))

    def holder(self, role: str, day: dt.date | None, country: str | None = None, org: str | None = None,
               office_hint: str | None = None):
        """Who held the role that day; with two holders (Iran's Leader and President), the hinted office."""
        if day is None:
            return None
        found = [t for t in self.terms
                 if t.role == role and t.covers(day) and (t.country or None) == country and (t.org or None) == org]
        if office_hint:
            found.sort(key=lambda t: office_hint not in t.office.lower())
        return found[0] if found else None

    def iraqi_pm(self, day: dt.date | None) -> Term | None:
        return self.holder("iq_prime_minister", day, country="IQ")


_SENIORITY = {"head_of_state": 0, "head_of_government": 1, "iq_prime_minister": 1, "foreign_minister": 2,
              "org_official": 3, "envoy": 4, "minister": 5, "ambassador": 6, "other": 7}


@lru_cache(maxsize=1)
def load_registry() -> Registry:
    terms = [
        Term(r["person_id"], r["name_en"], r.get("country") or None, r.get("org") or None, r["role"],
             r.get("office", ""), parse_iso(r.get("valid_from")), parse_iso(r.get("valid_to")))
        for r in read_csv("office_holders.csv")
    ]
    capitals = {r["iso2"].upper(): r["capital_en"] for r in read_csv("countries.csv") if r.get("capital_en")}
    return Registry(terms, capitals)
