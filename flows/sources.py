"""The crawled sources: their spiders, the names shown in Prefect, and their bundled offline replicas."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from typing import Any

from flows.paths import PROJECT_ROOT

REPLICA_ROOT = PROJECT_ROOT / "tests" / "fixtures" / "sites"


@dataclass(frozen=True)
class Source:
    spider: str
    label: str  # the task name a user reads in the Prefect UI
    replica: str  # folder under tests/fixtures/sites/
    replica_index: str  # index page, relative to the replica's root URL


SOURCES: dict[str, Source] = {
    s.spider: s
    for s in (
        Source("iq_pmo_releases_ar", "crawl pmo.iq releases (Arabic)", "pmo", "press.htm"),
        Source("iq_pmo_releases_en", "crawl pmo.iq releases (English)", "pmo", "pme/ipresse.htm"),
        Source("iq_yesiraq_news", "crawl Yes Iraq news", "yesiraq", ""),
        Source("iq_ina_news_ar", "crawl INA news (Arabic)", "ina", ""),
        Source("iq_ina_news_en", "crawl INA news (English)", "ina", "eng/"),
        Source("iq_shafaq_news_ar", "crawl Shafaq News (Arabic)", "shafaq", "ar/%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9"),
        Source("iq_shafaq_news_en", "crawl Shafaq News (English)", "shafaq", "en/Iraq"),
    )
}
# replica folders in a fixed order, so each keeps its port as sources are added (pmo 8701, yesiraq 8702...)
REPLICAS = ["pmo", "yesiraq", "ina", "shafaq"]

# On loopback the live site's politeness (throttle, delay, one request at a time) only slows the demo.
REPLICA_CRAWL_SETTINGS: dict[str, Any] = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
}


@contextmanager
def serve_replicas(port: int = 0) -> Iterator[dict[str, str]]:
    """Serve every bundled replica site on 127.0.0.1; yield {replica name: base URL}.

    With a fixed `port`, the replicas take consecutive ports from it in REPLICAS order (pmo on `port`,
    yesiraq on `port + 1`, ina on `port + 2`, shafaq on `port + 3`).
    """
    from scrapers.replica_server import serve_site

    replicas = [r for r in REPLICAS if any(s.replica == r for s in SOURCES.values())]
    with ExitStack() as stack:
        yield {
            name: stack.enter_context(serve_site(REPLICA_ROOT / name, port=port + i if port else 0))
            for i, name in enumerate(replicas)
        }


def replica_start_urls(bases: dict[str, str]) -> dict[str, str]:
    """Each spider's start URL on the served replicas."""
    return {s.spider: bases[s.replica].rstrip("/") + "/" + s.replica_index for s in SOURCES.values()}
