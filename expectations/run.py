"""Validate the warehouse with Great Expectations; fail loudly on critical checks.

`validate()` reads each checked table through a READ-ONLY DuckDB connection into pandas (GX's SQL
datasource fails on DuckDB, see shared/DESIGN.md), runs one checkpoint per table, then
builds the run's Data Docs pages into `data/docs/gx/` once, and writes a JSON summary to
`data/validation/<run_at>.json`. `raise_on_critical()` turns failed critical expectations into
`ValidationFailed`.

The GX file context lives in the DATA folder (`data/gx/`), created from code on every run: the
suites are defined in `expectations/suites/` and synced into it, so nothing GX generates
(stores, validation results, docs) is written into the repository tree. (STYLE.md suggests
`expectations/gx/`, but a file context there would fill the tree with run-time output.)
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

from expectations import reference
from expectations.suites import SUITES, crawl
from flows import paths

log = logging.getLogger(__name__)

DATASOURCE = "diwan_warehouse"
SITE_NAME = "diwan_local_site"
FACT_DATE_COLUMNS = {
    "fct_meetings": ("meeting_date", ("counterpart_country", "counterpart_org")),
    "fct_invitations": ("invitation_date", ("foreign_country", "foreign_org")),
    "fct_messages": ("message_date", ("from_country", "from_org")),
}


class ValidationFailed(RuntimeError):
    """Critical expectations failed; `failed` lists them as "suite: expectation on column"."""

    def __init__(self, failed: list[str], summary: ValidationSummary | None = None):
        self.failed = list(failed)
        self.summary = summary
        super().__init__("critical data checks failed:\n  " + "\n  ".join(self.failed))


@dataclass
class ValidationSummary:
    success: bool  # no critical expectation failed (warnings are reported, not fatal)
    n_expectations: int
    n_failed: int
    failed_critical: list[str] = field(default_factory=list)
    failed_warning: list[str] = field(default_factory=list)
    docs_path: Path | None = None
    results_path: Path | None = None
    run_at: str = ""
    suites: dict[str, dict] = field(default_factory=dict)  # suite -> {"rows", "n_expectations", "n_failed"}
    skipped: list[str] = field(default_factory=list)  # suites of marts the build did not create

    def to_json(self) -> dict:
        data = asdict(self)
        data["docs_path"] = str(self.docs_path) if self.docs_path else None
        data["results_path"] = str(self.results_path) if self.results_path else None
        return data


# --------------------------------------------------------------------------- batches


def _days_in_future(dates: pd.Series, today: dt.date) -> pd.Series:
    return (pd.to_datetime(dates) - pd.Timestamp(today)).dt.days


def _distance(term: reference.Term, day: dt.date | None) -> int:
    """Days between a date and a term (0 inside it, or for an unknown date)."""
    if day is None:
        return 0
    if day < term.valid_from:
        return (term.valid_from - day).days
    if term.valid_to and day >= term.valid_to:
        return (day - term.valid_to).days + 1
    return 0


def _with_terms(df: pd.DataFrame, date_column: str, ref: reference.Reference) -> pd.DataFrame:
    """Add the term of the Prime Minister named in `pm_name` holding `date_column`'s date.

    A name with several terms gets the one containing the date, else the nearest; the
    pair expectations then check date >= pm_term_start and date < pm_term_end (valid_to is
    exclusive, extraction/rules/README.md). `days_in_future` is the date minus today.
    """
    dates = pd.to_datetime(df[date_column])
    starts, ends = [], []
    for name, date in zip(df["pm_name"], dates, strict=True):
        terms = [t for t in ref.pm_terms if t.name == name]
        if not terms:
            starts.append(pd.NaT)
            ends.append(pd.NaT)
            continue
        day = None if pd.isna(date) else date.date()
        best = min(terms, key=lambda t: _distance(t, day))
        starts.append(pd.Timestamp(best.valid_from))
        ends.append(pd.Timestamp(best.valid_to) if best.valid_to else pd.NaT)
    out = df.copy()
    out[date_column] = dates
    out["pm_term_start"] = pd.Series(starts, index=df.index, dtype="datetime64[ns]")
    out["pm_term_end"] = pd.Series(ends, index=df.index, dtype="datetime64[ns]")
    out["days_in_future"] = _days_in_future(dates, ref.today)
    return out


def _hashable(df: pd.DataFrame) -> pd.DataFrame:
    """`df` with its list cells (source_urls, event_ids...) as text, one item per line.

    GX fingerprints every batch with pandas' row hash, which list cells defeat: it then pickles the
    whole frame instead (5 s at 100,000 facts). No suite checks a list column.
    """
    def is_list_column(column: pd.Series) -> bool:
        first = column.dropna().head(1)
        return column.dtype == object and not first.empty and isinstance(first.iloc[0], list | tuple | np.ndarray)

    lists = [c for c in df.columns if is_list_column(df[c])]
    if not lists:
        return df
    out = df.copy()
    for column in lists:
        out[column] = [v if v is None else "\n".join(map(str, v)) for v in out[column]]
    return out


def _latest_runs(data_dir: Path) -> dict[str, str]:
    """The newest run id of each spider, from the feed files' names (an empty run file counts)."""
    latest: dict[str, str] = {}
    for feed in sorted((data_dir / "feeds").glob("*/*.jsonl")):
        spider, run_id = feed.parent.name, feed.stem
        if run_id > latest.get(spider, ""):
            latest[spider] = run_id
    return latest


def load_batches(con: duckdb.DuckDBPyConnection, data_dir: Path, ref: reference.Reference) -> dict[str, pd.DataFrame]:
    """One dataframe per suite, with the derived columns the suites check (documented per column)."""
    batches: dict[str, pd.DataFrame] = {}
    for table, (date_column, party_columns) in FACT_DATE_COLUMNS.items():
        df = con.execute(f"select * from marts.{table}").df()
        df = _with_terms(df, date_column, ref)
        # party: the country code, else the organisation code
        df["party"] = df[party_columns[0]].where(df[party_columns[0]].notna(), df[party_columns[1]])
        if table == "fct_meetings":
            # the location of a call (should be null)
            df["phone_location"] = df["location"].where(df["mode"].isin(["phone", "video"]))
        batches[table] = df

    # the analyst marts (issue 5), with the derived columns their suites check; a build whose fact
    # tests failed skips the marts built on the facts, and their suites are skipped too
    present = {name for (name,) in con.execute(
        "select table_name from information_schema.tables where table_schema = 'marts'").fetchall()}
    batches.update(_analyst_batches(con, ref, present))

    docs = con.execute("select * from marts.dim_documents").df()
    docs["days_in_future"] = _days_in_future(docs["published_date"], ref.today)
    batches["dim_documents"] = docs

    feed = con.execute("select * exclude (body_text), body_text is not null as has_body from staging.stg_feeds__documents").df()
    latest = _latest_runs(data_dir)
    keep = [latest.get(s) == r for s, r in zip(feed["feed_spider"], feed["run_id"])]
    run = feed[pd.Series(keep, index=feed.index, dtype=bool)].copy()
    now = pd.Timestamp.now(tz="UTC")
    fetched = pd.to_datetime(run["fetched_at"], utc=True)
    run["fetched_age_hours"] = (now - fetched).dt.total_seconds() / 3600
    run["days_in_future"] = _days_in_future(run["published_date"], ref.today)
    run["body_text"] = run.pop("has_body").map({True: "present", False: None})
    batches[crawl.SUITE_NAME] = run
    return batches


def _analyst_batches(con: duckdb.DuckDBPyConnection, ref: reference.Reference, present: set[str]) -> dict:
    batches: dict[str, pd.DataFrame] = {}
    if "fct_invitation_outcomes" in present:
        outcomes = con.execute("select * exclude (evidence) from marts.fct_invitation_outcomes").df()
        # a visit found whose outcome does not say made, or the reverse (should be null)
        mismatch = outcomes["is_visit_made"] != outcomes["outcome"].isin(["visit_made", "visit_made_elsewhere"])
        outcomes["visit_without_outcome"] = outcomes["invitation_id"].where(mismatch)
        batches["fct_invitation_outcomes"] = outcomes

    if "fct_release_parity" in present:
        parity = con.execute("select * from marts.fct_release_parity").df()
        # releases published that day in the languages that report the fact (at least one)
        parity["n_releases_of_reporting_languages"] = (
            parity["n_ar_releases_that_day"].where(parity["is_in_ar_releases"], 0)
            + parity["n_en_releases_that_day"].where(parity["is_in_en_releases"], 0)
        )
        parity["days_in_future"] = _days_in_future(parity["parity_date"], ref.today)
        batches["fct_release_parity"] = parity

    if "mart_monthly_activity" in present:
        monthly = con.execute("select * exclude (groupings) from marts.mart_monthly_activity").df()
        monthly["count_gap"] = monthly["n_facts"] - (
            monthly["n_meetings"] + monthly["n_invitations_received"] + monthly["n_invitations_extended"]
            + monthly["n_messages"]
        )
        monthly["days_in_future"] = _days_in_future(monthly["activity_month"], ref.today)
        batches["mart_monthly_activity"] = monthly

    if "dim_prime_ministers" in present:
        pms = con.execute("select * from marts.dim_prime_ministers order by valid_from").df()
        # days between a term's end and the next term's start (0 when contiguous; null for the last)
        next_start = pd.to_datetime(pms["valid_from"]).shift(-1)
        pms["days_to_next_term"] = (next_start - pd.to_datetime(pms["valid_to"])).dt.days
        batches["dim_prime_ministers"] = pms

    if "dim_persons" in present:
        batches["dim_persons"] = con.execute("select * exclude (names_en, names_ar) from marts.dim_persons").df()
    return batches


# --------------------------------------------------------------------------- GX context


def _context(data_dir: Path):
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    root = data_dir / "gx"
    root.mkdir(parents=True, exist_ok=True)
    context = gx.get_context(mode="file", project_root_dir=str(root))
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    docs_dir = data_dir / "docs" / "gx"
    site_config = {
        "class_name": "SiteBuilder",
        "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
        "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(docs_dir)},
    }
    sites = context.variables.data_docs_sites or {}
    for name in list(sites):
        if name != SITE_NAME:
            context.delete_data_docs_site(name)
    if SITE_NAME in (context.variables.data_docs_sites or {}):
        context.update_data_docs_site(SITE_NAME, site_config)
    else:
        context.add_data_docs_site(SITE_NAME, site_config)
    context.variables.save()
    return context


def _label(suite: str, config) -> str:
    kwargs = config.kwargs
    column = kwargs.get("column") or (
        f"{kwargs['column_A']}/{kwargs['column_B']}" if "column_A" in kwargs else "table"
    )
    return f"{suite}: {config.type} on {column}"


def validate(data_dir: Path | None = None, today: dt.date | None = None) -> ValidationSummary:
    """Run every suite on the built warehouse. Never raises on failed expectations (see raise_on_critical)."""
    import great_expectations as gx
    data_dir = Path(data_dir).resolve() if data_dir else paths.data_dir()
    warehouse = paths.warehouse_path(data_dir)
    if not warehouse.exists():
        raise FileNotFoundError(f"no warehouse at {warehouse}: build it first (flows.warehouse.build_warehouse)")
    with duckdb.connect(str(warehouse), read_only=True) as con:
        countries = [c for (c,) in con.execute("select iso2 from marts.dim_countries").fetchall()]
        ref = reference.load(countries, today=today)
        batches = load_batches(con, data_dir, ref)

    context = _context(data_dir)
    datasource = context.data_sources.add_or_update_pandas(DATASOURCE)
    run_at = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    summary = ValidationSummary(success=True, n_expectations=0, n_failed=0, run_at=run_at)
    validation_ids: list = []

    for name, module in SUITES.items():
        if name not in batches:  # a mart the build skipped (its upstream tests failed)
            summary.skipped.append(name)
            continue
        df = batches[name]
        suite = context.suites.add_or_update(module.build(ref))
        asset = next((a for a in datasource.assets if a.name == name), None) or datasource.add_dataframe_asset(name)
        batch_definition = next(
            (b for b in asset.batch_definitions if b.name == "whole_table"), None
        ) or asset.add_batch_definition_whole_dataframe("whole_table")
        definition = context.validation_definitions.add_or_update(
            gx.ValidationDefinition(name=name, data=batch_definition, suite=suite)
        )
        checkpoint = context.checkpoints.add_or_update(
            gx.Checkpoint(
                name=f"diwan_{name}",
                validation_definitions=[definition],
                result_format={"result_format": "SUMMARY"},
            )
        )
        result = checkpoint.run(batch_parameters={"dataframe": _hashable(df)}, run_id=None)
        validation_ids.extend(result.run_results)
        n_suite = n_failed = 0
        for validation in result.run_results.values():
            for r in validation.results:
                n_suite += 1
                if r.success:
                    continue
                n_failed += 1
                label = _label(name, r.expectation_config)
                severity = (r.expectation_config.meta or {}).get("severity", "critical")
                (summary.failed_critical if severity == "critical" else summary.failed_warning).append(label)
        summary.n_expectations += n_suite
        summary.n_failed += n_failed
        summary.suites[name] = {"rows": len(df), "n_expectations": n_suite, "n_failed": n_failed}

    # once for the whole run (an action per checkpoint rebuilt the site's index ten times), and only
    # this run's pages: earlier runs' pages are already there
    context.build_data_docs(site_names=[SITE_NAME], resource_identifiers=validation_ids)
    summary.success = not summary.failed_critical
    summary.docs_path = data_dir / "docs" / "gx" / "index.html"
    out = data_dir / "validation" / f"{run_at}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    n = 1
    while out.exists():  # two runs in one second keep both summaries
        out = out.with_name(f"{run_at}-{n}.json")
        n += 1
    summary.results_path = out
    out.write_text(json.dumps(summary.to_json(), indent=2, ensure_ascii=False), encoding="utf-8")
    log.info("validation: %d expectations, %d failed (%d critical)", summary.n_expectations, summary.n_failed,
             len(summary.failed_critical))
    return summary


def raise_on_critical(summary: ValidationSummary) -> None:
    """Raise ValidationFailed listing the failed critical expectations, if any."""
    if summary.failed_critical:
        raise ValidationFailed(summary.failed_critical, summary)
