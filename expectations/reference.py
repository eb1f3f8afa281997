"""Reference data the suites check against, read from where that knowledge lives.

- Prime Ministers' terms and organisation codes: the rules gazetteers in `extraction/rules/`.
- Vocabularies (roles, modes, directions, languages, source kinds, settings, invitation outcomes,
  parity statuses, resolutions): the `vars` of `dbt_project/dbt_project.yml`, which the dbt tests
  use too; CAMEO/PLOVER codes: the dbt seed `dbt_project/seeds/event_codes.csv`.
- Country codes: the warehouse's own `marts.dim_countries` (built from `extraction/rules/countries.csv`).
"""
from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from flows import paths

PM_ROLE = "iq_prime_minister"


class ReferenceDataMissing(RuntimeError):
    """A rules file the suites need is missing or has none of the expected rows."""


@dataclass(frozen=True)
class Term:
    name: str
    valid_from: dt.date
    valid_to: dt.date | None  # exclusive (extraction/rules/README.md); None while in office


@dataclass(frozen=True)
class Reference:
    pm_terms: tuple[Term, ...]
    org_codes: tuple[str, ...]
    country_codes: tuple[str, ...]
    counterpart_roles: tuple[str, ...]
    meeting_modes: tuple[str, ...]
    invitation_directions: tuple[str, ...]
    languages: tuple[str, ...]
    source_kinds: tuple[str, ...]
    today: dt.date = field(default_factory=dt.date.today)
    # warehouse vocabularies (dbt vars) and the codes of the seed event_codes
    settings: tuple[str, ...] = ()
    invitation_outcomes: tuple[str, ...] = ()
    parity_statuses: tuple[str, ...] = ()
    resolutions: tuple[str, ...] = ()
    cameo_codes: tuple[str, ...] = ()
    plover_events: tuple[str, ...] = ()

    @property
    def pm_names(self) -> list[str]:
        return sorted({t.name for t in self.pm_terms})


def _read_csv(path: Path, required: set[str]) -> list[dict[str, str]]:
    if not path.exists():
        raise ReferenceDataMissing(f"{path} is missing: the validation suites read it (see extraction/rules/README.md)")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = required - set(reader.fieldnames or ())
        if missing:
            raise ReferenceDataMissing(f"{path} lacks the columns {sorted(missing)}")
        return list(reader)


def pm_terms(rules_dir: Path = paths.RULES_DIR) -> tuple[Term, ...]:
    """Terms of the Iraqi Prime Ministers (role `iq_prime_minister`) from office_holders.csv."""
    path = rules_dir / "office_holders.csv"
    rows = _read_csv(path, {"name_en", "role", "valid_from", "valid_to"})
    terms = tuple(
        Term(
            name=row["name_en"].strip(),
            valid_from=dt.date.fromisoformat(row["valid_from"].strip()),
            valid_to=dt.date.fromisoformat(row["valid_to"].strip()) if row["valid_to"].strip() else None,
        )
        for row in rows
        if row["role"].strip() == PM_ROLE
    )
    if not terms:
        raise ReferenceDataMissing(f"{path} lists no office holder with role {PM_ROLE!r}")
    return terms


def org_codes(rules_dir: Path = paths.RULES_DIR) -> tuple[str, ...]:
    rows = _read_csv(rules_dir / "organisations.csv", {"code"})
    return tuple(sorted({row["code"].strip() for row in rows if row["code"].strip()}))


def event_codes(project_dir: Path = paths.DBT_PROJECT_DIR) -> list[dict[str, str]]:
    """The CAMEO/PLOVER code table (dbt seed `event_codes`, the warehouse's own lookup)."""
    return _read_csv(project_dir / "seeds" / "event_codes.csv", {"event_type", "setting", "cameo_code", "plover_event"})


def dbt_vars(project_dir: Path = paths.DBT_PROJECT_DIR) -> dict:
    return yaml.safe_load((project_dir / "dbt_project.yml").read_text(encoding="utf-8"))["vars"]


def load(country_codes: list[str], today: dt.date | None = None) -> Reference:
    v = dbt_vars()
    codes = event_codes()
    return Reference(
        pm_terms=pm_terms(),
        org_codes=org_codes(),
        country_codes=tuple(sorted(country_codes)),
        counterpart_roles=tuple(v["counterpart_roles"]),
        meeting_modes=tuple(v["meeting_modes"]),
        invitation_directions=tuple(v["invitation_directions"]),
        languages=tuple(v["languages"]),
        source_kinds=tuple(v["source_kinds"]),
        today=today or dt.date.today(),
        settings=tuple(v["settings"]),
        invitation_outcomes=tuple(v["invitation_outcomes"]),
        parity_statuses=tuple(v["parity_statuses"]),
        resolutions=tuple(v["resolutions"]),
        cameo_codes=tuple(sorted({row["cameo_code"] for row in codes})),
        plover_events=tuple(sorted({row["plover_event"] for row in codes if row["plover_event"]})),
    )
