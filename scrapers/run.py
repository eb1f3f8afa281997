"""Run a crawl from Python (the Prefect flow and the CLI call this).

    crawl(spider, data_dir=None, start_url=None, settings=None, timeout=600, spider_args=None) -> CrawlResult

Each crawl runs ``python -m scrapers.crawl`` in a subprocess (Scrapy's Twisted reactor cannot be
restarted in one process). ``CrawlError`` is raised, with the spider name and the tail of the
subprocess's stderr, when the crawl fails, times out, or a listing page lost its release links
(``layout_changed``: the site's layout probably changed and the spider must be fixed).
"""
from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from scrapers.store import new_run_id

PROJECT_ROOT = Path(__file__).resolve().parent.parent
EXIT_LAYOUT_CHANGED = 3


class CrawlError(RuntimeError):
    def __init__(self, spider: str, message: str, stderr_tail: str = ""):
        super().__init__(f"crawl of {spider} failed: {message}\n--- stderr (tail) ---\n{stderr_tail}")
        self.spider = spider
        self.stderr_tail = stderr_tail


@dataclass
class CrawlResult:
    spider: str
    run_id: str
    returncode: int
    feed_path: Path | None
    n_documents: int
    n_quarantined: int
    n_requests: int
    stats: dict = field(default_factory=dict, repr=False)


def _count_lines(path: Path) -> int:
    if not path.exists():
        return 0
    return sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


def crawl(
    spider: str,
    data_dir: Path | None = None,
    start_url: str | None = None,
    settings: dict | None = None,
    timeout: float = 600,
    spider_args: dict[str, str] | None = None,
) -> CrawlResult:
    """Crawl ``spider`` once (incrementally) into the data folder; see the module docstring.
    ``spider_args`` are the spider's ``-a`` arguments (``{"since": "2020-05-01"}`` to backfill)."""
    if data_dir is None:
        from flows.paths import data_dir as default_data_dir

        data_dir = default_data_dir()
    data_dir = Path(data_dir).resolve()
    run_id = new_run_id()
    cmd = [sys.executable, "-m", "scrapers.crawl", spider, "--data-dir", str(data_dir), "--run-id", run_id]
    if start_url:
        cmd += ["--start-url", start_url]
    if settings:
        cmd += ["--settings-json", json.dumps(settings)]
    for name, value in (spider_args or {}).items():
        cmd += ["-a", f"{name}={value}"]
    try:
        proc = subprocess.run(cmd, check=False, cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        tail = (exc.stderr or b"")[-4000:]
        raise CrawlError(spider, f"timed out after {timeout} s", tail.decode("utf-8", "replace")
                         if isinstance(tail, bytes) else tail) from exc
    tail = proc.stderr[-4000:]
    stats_path = data_dir / "crawl_stats" / spider / f"{run_id}.json"
    stats = json.loads(stats_path.read_text(encoding="utf-8")) if stats_path.exists() else {}
    if proc.returncode == EXIT_LAYOUT_CHANGED:
        raise CrawlError(spider, "layout_changed: a listing page has no release links any more", tail)
    if proc.returncode != 0 or not stats:
        raise CrawlError(spider, f"exit status {proc.returncode}", tail)
    feed_path = data_dir / "feeds" / spider / f"{run_id}.jsonl"
    return CrawlResult(
        spider=spider,
        run_id=run_id,
        returncode=proc.returncode,
        feed_path=feed_path if feed_path.exists() else None,
        n_documents=_count_lines(feed_path),
        n_quarantined=_count_lines(data_dir / "quarantine" / spider / f"{run_id}.jsonl"),
        n_requests=int(stats.get("downloader/request_count", 0)),
        stats=stats,
    )
