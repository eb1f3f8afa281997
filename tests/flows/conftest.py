"""Stand-ins for the pipeline's steps, to test the flow's wiring in seconds.

The fakes replace the step *functions* on the real modules (scrapers.run.crawl, ...), so the flow's own
imports and the real exception classes are used. The e2e test runs the real steps.
"""
from __future__ import annotations

import importlib
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest

from flows import pipeline


@dataclass
class FakeSteps:
    """Records every step call; set `fail_crawl`/`critical` to make steps fail."""

    fail_crawl: dict[str, int] = field(default_factory=dict)  # spider -> how many attempts fail
    critical: list[str] = field(default_factory=list)
    crawl_gate: threading.Event | None = None  # when set, crawls wait for it
    calls: list[tuple] = field(default_factory=list)

    def crawl(self, spider, data_dir=None, start_url=None, settings=None, timeout=600):
        from scrapers.run import CrawlError

        self.calls.append(("crawl", spider, start_url, settings))
        if self.crawl_gate is not None:
            self.crawl_gate.wait(timeout=60)
        if self.fail_crawl.get(spider, 0) > 0:
            self.fail_crawl[spider] -= 1
            raise CrawlError(spider, "connection refused", "Traceback ...\nConnectionRefusedError")
        n = {"iq_pmo_releases_ar": 3, "iq_pmo_releases_en": 2, "iq_yesiraq_news": 1, "iq_ina_news_ar": 1,
             "iq_ina_news_en": 1, "iq_shafaq_news_ar": 2, "iq_shafaq_news_en": 1}[spider]
        return SimpleNamespace(spider=spider, run_id="20260101T000000Z-abcd", returncode=0,
                               feed_path=Path(data_dir) / "feeds" / spider / "x.jsonl", n_documents=n,
                               n_quarantined=0, n_requests=n + 1, stats={})

    def extract(self, data_dir=None):
        self.calls.append(("extract", Path(data_dir)))
        return {"feeds_extracted": 3, "documents": 6, "meetings": 4, "invitations": 2, "messages": 1}

    def build(self, data_dir=None):
        self.calls.append(("build", Path(data_dir)))
        return {"warehouse": str(Path(data_dir) / "warehouse.duckdb"), "rules_version": "1",
                "counts": {"fct_meetings": 4, "fct_invitations": 2, "fct_messages": 1, "dim_documents": 6},
                "nodes": {"success": 12, "pass": 40}}

    def validate(self, data_dir=None):
        self.calls.append(("validate", Path(data_dir)))
        return SimpleNamespace(success=not self.critical, n_expectations=10, n_failed=len(self.critical),
                               failed_critical=list(self.critical), failed_warning=[],
                               docs_path=Path(data_dir) / "docs" / "gx")

    def docs(self, data_dir=None):
        self.calls.append(("docs", Path(data_dir)))
        return Path(data_dir) / "docs" / "dbt" / "index.html"

    def steps(self) -> list[str]:
        return [c[0] for c in self.calls]


@pytest.fixture
def fake_steps(monkeypatch) -> FakeSteps:
    """Fake every step, and make the crawl task retry without waiting."""
    fake = FakeSteps()
    for module, attr, fn in [
        ("scrapers.run", "crawl", fake.crawl),
        ("extraction.pipeline", "extract_new_feeds", fake.extract),
        ("flows.warehouse", "build_warehouse", fake.build),
        ("flows.warehouse", "generate_docs", fake.docs),
        ("expectations.run", "validate", fake.validate),
    ]:
        monkeypatch.setattr(_module(module, monkeypatch), attr, fn, raising=False)
    monkeypatch.setattr(pipeline, "crawl_source", pipeline.crawl_source.with_options(retry_delay_seconds=0))
    return fake


def _module(name: str, monkeypatch) -> ModuleType:
    """The real module, or, while its author hasn't landed it yet, a stand-in with its exception classes."""
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name != name:
            raise
    stub = ModuleType(name)
    if name == "scrapers.run":

        class CrawlError(RuntimeError):
            def __init__(self, spider: str, message: str, stderr_tail: str = ""):
                super().__init__(f"crawl of {spider} failed: {message}\n--- stderr (tail) ---\n{stderr_tail}")

        stub.CrawlError = CrawlError
    if name == "expectations.run":
        stub.ValidationFailed = type("ValidationFailed", (RuntimeError,), {})

        def raise_on_critical(summary):
            if summary.failed_critical:
                raise stub.ValidationFailed("critical checks failed: " + ", ".join(summary.failed_critical))

        stub.raise_on_critical = raise_on_critical
    monkeypatch.setitem(sys.modules, name, stub)
    parent, _, child = name.rpartition(".")
    monkeypatch.setattr(importlib.import_module(parent), child, stub, raising=False)
    return stub
