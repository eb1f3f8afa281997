"""DataLife Engine (DLE) news sites, e.g. the Iraqi News Agency (sites/README.md §3).

Ways in: the site's RSS (``rss.xml`` beside the start URL: ``/rss.xml``, ``/eng/rss.xml``), else the
HTML listing at the start URL with ``/page/N/`` pagination; a backfill (``-a since=...``) walks the
HTML listing, since DLE's RSS holds only the newest stories. Story URLs are ``/{id}-{slug}.html``
(the slug is often empty: ``/168941--.html``).

Story page: ``h1.title`` (or ``og:title``), the body in ``div.full-text``/``#full-text``/``.full-story
.text``; the date line ``21-05-2023, 17:14`` (DD-MM-YYYY, HH:MM, Baghdad time) in ``.news-date``
(else any whole line of the story header), then ``article:published_time``, then the RSS
``pubDate``. The ``+A -A`` font controls and tags sit outside the body.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime

import scrapy
from parsel import Selector
from scrapy.http import Response

from scrapers.dates import BAGHDAD, parse_iso
from scrapers.mixins.feed import FeedMixin
from scrapers.pagetext import selector_lines
from scrapers.spiders.base import NotARelease, Page

DLE_DATE = re.compile(r"(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>\d{4}),?\s+(?P<H>\d{1,2}):(?P<M>\d{2})")
BODY_SELECTORS = ("div.full-text", "#full-text", "div.full-story div.text", "div.fullstory")
TITLE_SUFFIX = re.compile(r"\s*».*$")


def dle_date(text: str | None) -> datetime | None:
    m = DLE_DATE.search(text or "")
    if not m:
        return None
    try:
        return datetime(int(m["y"]), int(m["m"]), int(m["d"]), int(m["H"]), int(m["M"]), tzinfo=BAGHDAD)
    except ValueError:
        return None


class DleNewsMixin(FeedMixin):
    feed_path = "rss.xml"
    feed_paged = False
    story_path: re.Pattern[str]  # what a story URL's path looks like on this site/language
    story_lang = "ar"

    def listing_requests(self) -> Iterable[scrapy.Request]:
        if self.since or getattr(self, "via", "feed") == "html":
            return [self.listing_request(self.start_url, 1)]
        return [self.feed_request(1)]

    def link_id(self, url: str) -> int | None:
        """DLE numbers stories as they are published: ``/190400--.html`` is newer than ``/190387--.html``."""
        from urllib.parse import urlsplit

        m = re.match(r"^(?:/[a-z]+)?/(\d+)-", urlsplit(url).path)
        return int(m[1]) if m else None

    def is_release_url(self, url: str) -> bool:
        from urllib.parse import urlsplit

        parts = urlsplit(url)
        return not parts.query and bool(self.story_path.match(parts.path))

    def parse_page(self, response: Response, sel: Selector) -> Page:
        body = next((found[0] for css in BODY_SELECTORS if (found := sel.css(css))), None)
        if body is None:
            raise NotARelease("no story text (div.full-text) on the page")
        title = (sel.css("h1.title").xpath("string()").get() or sel.css('meta[property="og:title"]::attr(content)').get()
                 or TITLE_SUFFIX.sub("", sel.css("title::text").get() or ""))
        published = (
            dle_date(" ".join(sel.css(".news-date ::text, .story-date ::text, .date ::text").getall()))
            or parse_iso(sel.css('meta[property="article:published_time"]::attr(content)').get())
        )
        return Page(
            title=title.strip(),
            body_lines=selector_lines(body, drop=("script", "style", ".font-size")),
            published=published,
            lang=self.story_lang,
            declared_canonical=sel.css('link[rel="canonical"]::attr(href)').get(),
        )
