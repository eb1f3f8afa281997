"""RSS feeds as a way into a site, shared by the WordPress and DataLife Engine mixins.

``feed_request(1)`` asks ``feed_path`` (relative to the start URL); items' ``<link>`` are the article
URLs and ``<pubDate>`` is kept as their date should the page carry none. With ``feed_paged`` the
next page is ``?paged=N`` (WordPress), asked only while a full page still held something new. A
missing feed (404, an error after retries, an answer that is not RSS) falls back to the HTML
listing at the start URL.
"""
from __future__ import annotations

from collections.abc import Iterable
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin

import scrapy
from parsel import Selector
from scrapy.http import Response

from scrapers.urls import canonicalize


class FeedMixin:
    feed_path = "/feed/"
    feed_paged = True

    def site_url(self, path: str) -> str:
        return urljoin(self.start_url, path)

    def feed_request(self, page_no: int) -> scrapy.Request:
        url = self.site_url(self.feed_path) + (f"?paged={page_no}" if page_no > 1 else "")
        fallback = (lambda: [self.listing_request(self.start_url, 1)]) if page_no == 1 else (list)
        return scrapy.Request(url, callback=self.parse_feed, errback=self.on_error,
                              meta={"listing_page": page_no, "on_missing": fallback})

    def parse_feed(self, response: Response) -> Iterable[Any]:
        page_no = response.meta["listing_page"]
        sel = Selector(text=response.text, type="xml")
        entries = sel.xpath("//item")
        if not entries and page_no == 1 and not sel.xpath("/rss|/feed"):
            self.crawler.stats.inc_value("diwan/fallback")
            yield from response.meta["on_missing"]()
            return
        self.crawler.stats.inc_value("diwan/listing_pages")
        self.crawler.stats.inc_value("diwan/feed_pages")
        links = []
        for entry in entries:
            link = (entry.xpath("link/text()").get() or "").strip()
            if not link or not self.is_release_url(link):
                continue
            links.append(link)
            try:
                when = parsedate_to_datetime(entry.xpath("pubDate/text()").get() or "")
            except (TypeError, ValueError):
                when = None
            if when:
                self.link_dates[canonicalize(link)] = when
        items, older = self.follow_releases(response.url, links, page_no)
        yield from items
        if page_no == 1:
            self._feed_size = len(entries)
        full = len(entries) >= getattr(self, "_feed_size", 1)
        if self.feed_paged and links and full and not older and self._more_wanted(items, links, page_no):
            yield self.feed_request(page_no + 1)

    def _more_wanted(self, items: list, links: list[str], page_no: int) -> bool:
        """Another listing page: only if this one held something new (or we are backfilling)."""
        if page_no >= self.page_limit:
            self.crawler.stats.set_value("diwan/listing_page_limit", self.page_limit)
            return False
        new = any(isinstance(i, scrapy.Request) for i in items)
        if not new and not self.since:
            self.crawler.stats.inc_value("diwan/incremental_stop")
        return new or bool(self.since)

