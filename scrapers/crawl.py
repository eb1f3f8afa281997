"""Run one spider in this process and write its stats: the subprocess behind ``scrapers.run.crawl``.

    python -m scrapers.crawl SPIDER [--data-dir DIR] [--start-url URL] [--allowed-domain HOST]
                                    [--run-id ID] [-a NAME=VALUE ...] [-s KEY=VALUE ...]
                                    [--settings-json JSON]

Twisted's reactor cannot be restarted inside one process, so every crawl is its own process.
Stats go to ``<data>/crawl_stats/<spider>/<run_id>.json``. Exit status: 0 crawled, 3 a listing
page lost its release links (``layout_changed``), 1 anything else went wrong.
"""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime
from pathlib import Path

EXIT_LAYOUT_CHANGED = 3


def _jsonable(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, int | float | str | bool) or value is None:
        return value
    return str(value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scrapers.crawl")
    parser.add_argument("spider")
    parser.add_argument("--data-dir")
    parser.add_argument("--start-url")
    parser.add_argument("--allowed-domain")
    parser.add_argument("--run-id")
    parser.add_argument("-a", dest="spider_args", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument("-s", dest="settings", action="append", default=[], metavar="KEY=VALUE")
    parser.add_argument("--settings-json", help="a JSON object of settings (keeps types)")
    args = parser.parse_args(argv)

    from scrapy.crawler import CrawlerProcess
    from scrapy.settings import Settings

    from flows.paths import data_dir as default_data_dir
    from scrapers.store import new_run_id

    settings = Settings()
    settings.setmodule("scrapers.settings", priority="project")
    data_dir = Path(args.data_dir).resolve() if args.data_dir else default_data_dir()
    settings.set("DIWAN_DATA_DIR", str(data_dir), priority="cmdline")
    if args.settings_json:
        settings.setdict(json.loads(args.settings_json), priority="cmdline")
    for item in args.settings:
        key, _, value = item.partition("=")
        settings.set(key, value, priority="cmdline")

    run_id = args.run_id or new_run_id()
    spider_kwargs = dict(item.split("=", 1) for item in args.spider_args)
    spider_kwargs["run_id"] = run_id
    if args.start_url:
        spider_kwargs["start_url"] = args.start_url
    if args.allowed_domain:
        spider_kwargs["allowed_domain"] = args.allowed_domain

    process = CrawlerProcess(settings, install_root_handler=True)
    crawler = process.create_crawler(args.spider)
    process.crawl(crawler, **spider_kwargs)
    process.start()

    stats = {key: _jsonable(value) for key, value in (crawler.stats.get_stats() or {}).items()}
    stats["diwan/run_id"] = run_id
    stats_path = data_dir / "crawl_stats" / args.spider / f"{run_id}.json"
    stats_path.parent.mkdir(parents=True, exist_ok=True)
    stats_path.write_text(json.dumps(stats, indent=1, sort_keys=True, ensure_ascii=False), encoding="utf-8")

    if stats.get("diwan/layout_changed"):
        print(f"layout_changed: {args.spider} found no release links on a listing page", file=sys.stderr)
        return EXIT_LAYOUT_CHANGED
    if stats.get("finish_reason") not in ("finished", None):
        print(f"crawl ended with finish_reason={stats.get('finish_reason')}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
