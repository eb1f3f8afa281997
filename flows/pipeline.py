"""The daily flow: crawl → extract → dbt build → GX validation → docs.

Each task calls one function of an importable module and nothing else; this file only sequences them.

Failure policy:
- a source whose crawl fails (after the crawl task's retries) does not stop the run: the other sources
  are extracted, built and validated, and the run fails at the end naming the source;
- a failed critical Great Expectations check fails the run naming the checks, and the dbt docs are not
  regenerated (the GX Data Docs, which show the failure, are);
- extraction, dbt build or validation raising stops the run there.
A failing run raises `PipelineFailed`, which carries the same summary a successful run returns.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from flows import paths
from flows.lock import data_folder_lock
from flows.sources import SOURCES
from flows.summary import build_summary

# Every step has side effects on the data folder: never skip one because its inputs look the same.
# Only the crawl talks to the network, so only the crawl retries.
CRAWL_RETRIES = 2
CRAWL_RETRY_DELAYS = [30, 120]


class PipelineFailed(RuntimeError):
    """The run finished with failed sources or failed critical checks; `summary` says what was done."""

    def __init__(self, message: str, summary: dict[str, Any]):
        super().__init__(message, summary)
        self.message = message
        self.summary = summary

    def __str__(self) -> str:
        return self.message


@task(name="crawl source", retries=CRAWL_RETRIES, retry_delay_seconds=CRAWL_RETRY_DELAYS, cache_policy=NO_CACHE)
def crawl_source(spider: str, data_dir: Path, start_url: str | None = None,
                 settings: dict[str, Any] | None = None):
    from scrapers import run

    return run.crawl(spider, data_dir=data_dir, start_url=start_url, settings=settings)


@task(name="extract events", cache_policy=NO_CACHE)
def extract_events(data_dir: Path) -> dict:
    from extraction import pipeline

    return pipeline.extract_new_feeds(data_dir)


@task(name="build warehouse (dbt)", cache_policy=NO_CACHE)
def build_warehouse(data_dir: Path) -> dict:
    from flows import warehouse

    return warehouse.build_warehouse(data_dir)


@task(name="validate warehouse (GX)", cache_policy=NO_CACHE)
def validate_warehouse(data_dir: Path):
    from expectations import run

    return run.validate(data_dir)


@task(name="generate docs", cache_policy=NO_CACHE)
def generate_docs(data_dir: Path) -> Path:
    from flows import warehouse

    return warehouse.generate_docs(data_dir)


@flow(name="run_pipeline", description="Crawl pmo.iq and Yes Iraq, extract the PM's diplomacy, build and "
      "validate the DuckDB warehouse, publish the docs.")
def run_pipeline(
    data_dir: Path | None = None,
    sources: list[str] | None = None,
    start_urls: dict[str, str] | None = None,
    crawl_settings: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Run the whole pipeline once into `data_dir` (default: the DIWAN_DATA_DIR folder).

    `sources` picks spiders (default all), `start_urls` points spiders elsewhere (the replica), and
    `crawl_settings` overrides Scrapy settings for every crawl.
    """
    from expectations.run import ValidationFailed, raise_on_critical

    data_dir = Path(data_dir).resolve() if data_dir else paths.data_dir()
    spiders = list(sources or SOURCES)
    unknown = sorted(set(spiders) - SOURCES.keys())
    if unknown:
        raise ValueError(f"unknown source(s) {', '.join(unknown)}; known: {', '.join(SOURCES)}")

    with data_folder_lock(data_dir):
        crawls: dict[str, Any] = {}
        for spider in spiders:
            crawl = crawl_source.with_options(name=SOURCES[spider].label)
            state = crawl(spider, data_dir, (start_urls or {}).get(spider), crawl_settings, return_state=True)
            crawls[spider] = state.result(raise_on_failure=False)

        extracted = extract_events(data_dir)
        warehouse = build_warehouse(data_dir)
        validation = validate_warehouse(data_dir)
        try:
            raise_on_critical(validation)
            critical = None
        except ValidationFailed as exc:
            critical = str(exc)
        dbt_docs = generate_docs(data_dir) if critical is None else None

    summary = build_summary(data_dir, crawls, extracted, warehouse, validation, dbt_docs)
    problems = [f"crawl of {s} failed: {e.removeprefix(f'crawl of {s} failed: ')}"
                for s, e in summary["failed_sources"].items()]
    if critical:
        problems.append(critical)
    if problems:
        raise PipelineFailed("; ".join(problems), summary)
    return summary
