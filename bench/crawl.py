"""Crawl benchmark: the real spider against a large pmo.iq-style replica on 127.0.0.1, politeness off.

    uv run python bench/crawl.py [--pages 2000] [--repeat 3] [--concurrency 8]

It writes `--pages` Arabic release pages and their listing pages (bench/corpus.py `write_replica`, 20
releases per listing, linked by "التالي") into a temporary folder, serves them with
`scrapers.replica_server.serve_site`, and crawls them from an empty data folder with
`scrapers.run.crawl("iq_pmo_releases_ar", ...)` (a subprocess, as in the flow), with AutoThrottle and
the download delay off. It prints pages/s, the crawler's CPU time per page (the crawl subprocess's
user + system time), and the replica server's CPU time per page (this process), medians of the runs.
On loopback the network costs nearly nothing, so pages/s here is the crawler's own ceiling: the
live crawl, at one polite request at a time, is bounded by the site, never by the crawler.
"""
from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.corpus import CorpusGenerator, write_replica
from bench.run import machine


def _cpu(who: int) -> float:
    ru = resource.getrusage(who)
    return ru.ru_utime + ru.ru_stime


def crawl_once(site: Path, work: Path, concurrency: int) -> dict:
    from scrapers.replica_server import serve_site
    from scrapers.run import crawl

    data_dir = work / f"data-{time.monotonic_ns()}"
    settings = {"AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0, "CONCURRENT_REQUESTS": concurrency,
                "CONCURRENT_REQUESTS_PER_DOMAIN": concurrency, "LOG_LEVEL": "WARNING"}
    with serve_site(site, port=0) as base:
        children0, self0 = _cpu(resource.RUSAGE_CHILDREN), _cpu(resource.RUSAGE_SELF)
        t = time.perf_counter()
        result = crawl("iq_pmo_releases_ar", data_dir=data_dir, start_url=base + "/press.htm", settings=settings,
                       timeout=900)
        seconds = time.perf_counter() - t
        crawler_cpu = _cpu(resource.RUSAGE_CHILDREN) - children0
        server_cpu = _cpu(resource.RUSAGE_SELF) - self0
    shutil.rmtree(data_dir, ignore_errors=True)
    return {"seconds": seconds, "requests": result.n_requests, "documents": result.n_documents,
            "quarantined": result.n_quarantined, "crawler_cpu": crawler_cpu, "server_cpu": server_cpu}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python bench/crawl.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="diwan-bench-crawl-") as tmp:
        site, work = Path(tmp) / "site", Path(tmp) / "work"
        gen = CorpusGenerator(seed=7)
        docs = (gen.document("iq_pmo_releases_ar", "pmo", "ar", d["day"]) for d in _days(args.pages))
        n = write_replica(site, docs)
        runs = [crawl_once(site, work, args.concurrency) for _ in range(args.repeat)]
    med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    pages = med["requests"]
    print(f"Diwan crawl benchmark, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC")
    print(f"Machine: {machine()}")
    print(f"Replica: {n} release pages + {-(-n // 20)} listing pages on 127.0.0.1; spider iq_pmo_releases_ar, "
          f"politeness off, {args.concurrency} concurrent requests")
    rows = [
        ("requests (pages fetched)", f"{pages:,.0f}"),
        ("documents stored / quarantined", f"{med['documents']:,.0f} / {med['quarantined']:,.0f}"),
        ("wall time (s)", f"{med['seconds']:.1f}"),
        ("pages/s", f"{pages / med['seconds']:,.0f}"),
        ("crawler CPU per page (ms)", f"{1000 * med['crawler_cpu'] / pages:.2f}"),
        ("  crawler CPU-bound ceiling (pages/s, 1 core)", f"{pages / med['crawler_cpu']:,.0f}"),
        ("replica server CPU per page (ms)", f"{1000 * med['server_cpu'] / pages:.2f}"),
    ]
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"{label:<{width}}  {value:>10}")
    print(f"(medians of {args.repeat} crawls, each from an empty data folder)")
    return 0


def _days(n: int):
    from datetime import date, timedelta

    first = date(2019, 1, 1)
    for i in range(n):
        yield {"day": first + timedelta(days=(2500 * i) // max(n, 1))}


if __name__ == "__main__":
    raise SystemExit(main())
