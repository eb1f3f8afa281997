"""Shafaq News (shafaq.com), Arabic and English: the outlet's own CMS, neither WordPress nor DLE
(sites/README.md §4).

Ways in: the RSS feed (``/rss/en``, ``/rss/ar``: paths seen in public code, UNVERIFIED live), else the
HTML section listing at the start URL (``/en/Iraq``, ``/ar/سياسة``) with ``?page=N`` pagination by its
"next" link. A backfill (``-a since=...``) walks the listing, since the feed holds only the newest
stories; each listing entry shows its date, so the walk stops at the first page whose stories are all
older than ``since`` and never asks the pages after it. On the listing, a page holding nothing new ends
the walk of an incremental run (as the feed mixin does with its pages).

Story URLs: English ``/en/Iraq-News/<Title-Slug>`` (to 2023) and ``/en/Iraq/<Title-Slug>`` (2024+);
Arabic ``/ar/<section>/<slug>``. AMP copies (``/amp/en/Iraq/<slug>``, ``/amp/ar/...``) are story URLs
too: they declare the story as canonical, so the base spider quarantines them as ``duplicate`` and
stores the story itself.

Story page: the title in ``h1`` (or ``og:title``); the body in the article container
(``BODY_SELECTORS``); the date from the page's own metadata, all ISO in UTC with or without
microseconds or ``Z`` (``2021-09-08T16:47:35+0000``, ``2023-01-12T11:03:12.000000Z``): JSON-LD
``datePublished``, ``article:published_time``, a ``<time datetime>``, the visible ``Date: ...`` line;
then the RSS ``pubDate`` (base spider), never the crawl time. The body opens with the outlet's dateline
``Shafaq News/`` (``شفق نيوز/``): it is cut, it is not part of the story. No container, no story: the
page is quarantined as ``not_a_release`` (as for every spider; no generic text extraction).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import scrapy
from parsel import Selector
from scrapy.http import Response

from scrapers.dates import parse_iso
from scrapers.mixins.feed import FeedMixin
from scrapers.mixins.wordpress import jsonld_date
from scrapers.pagetext import selector_lines
from scrapers.spiders.base import NotARelease, Page
from scrapers.urls import canonicalize

BODY_SELECTORS = ("div.article-body", "div.news-body", "div.post-content", "div.entry-content")
BODY_CHROME = ("script", "style", ".share", ".related", ".ad", ".tags")
# Other stories' dates sit in these (related stories, menus): never the page's own date.
OTHER_STORIES = ("aside", "nav", "footer", ".related")
_OWN_TIME = ("//time[@datetime][not(ancestor::aside or ancestor::nav or ancestor::footer"
             " or ancestor::*[contains(concat(' ', normalize-space(@class), ' '), ' related ')])]/@datetime")
ISO = r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?"
DATE_LINE = re.compile(rf"(?:Date|التاريخ)\s*:\s*(?P<iso>{ISO})", re.IGNORECASE)
ISO_IN_TEXT = re.compile(ISO)
BYLINE = re.compile(r"^\s*(?:Shafaq\s+News|شفق\s+نيوز)\s*/\s*", re.IGNORECASE)
TITLE_SUFFIX = re.compile(r"\s*[|\-–]\s*(?:Shafaq News|شفق نيوز)\s*$", re.IGNORECASE)


def strip_byline(lines: list[str], title: str = "") -> list[str]:
    """The body without the ``Shafaq News/`` dateline that opens it (a prefix of the first line, or a line
    of its own; after the title, where the body repeats it first)."""
    first = 1 if lines and title and lines[0].casefold() == title.strip().casefold() else 0
    if len(lines) <= first or not BYLINE.match(lines[first]):
        return lines
    rest = BYLINE.sub("", lines[first], count=1).strip()
    return lines[:first] + ([rest] if rest else []) + lines[first + 1 :]


def shafaq_date(sel: Selector, outside_body: list[str]) -> datetime | None:
    """The page's publication time: JSON-LD, ``article:published_time``, its own ``<time datetime>``, then
    a whole ``Date: <ISO>`` line of the page outside the body and the other stories (``outside_body``)."""
    for value in (
        jsonld_date(sel),
        sel.css('meta[property="article:published_time"]::attr(content)').get(),
        sel.xpath(_OWN_TIME).get(),
    ):
        if when := parse_iso(value):
            return when
    for line in outside_body:
        if m := DATE_LINE.fullmatch(line.strip()):
            return parse_iso(m["iso"])
    return None


class ShafaqNewsMixin(FeedMixin):
    feed_path: str  # "/rss/en", "/rss/ar"
    feed_paged = False
    story_path: re.Pattern[str]  # what a story URL's path looks like in this language
    story_lang = "ar"

    # ------------------------------------------------------------------------------- the ways in

    def listing_requests(self) -> Iterable[scrapy.Request]:
        if self.since or getattr(self, "via", "feed") == "html":
            return [self.listing_request(self.start_url, 1)]
        return [self.feed_request(1)]

    def listing_links(self, response: Response, sel: Selector) -> Iterable[str]:
        """Story links of a section listing; each entry's own date (``<time datetime>`` or an ISO
        timestamp in the entry) is kept, so a backfill knows where to stop before fetching anything."""
        links = []
        for anchor in sel.css("a[href]"):
            href = anchor.attrib["href"].strip()
            url = urljoin(response.url, href)
            if not self.is_release_url(url):
                continue
            links.append(href)
            if when := self._entry_date(anchor, url):
                self.link_dates.setdefault(canonicalize(url), when)
        return links

    def _entry_date(self, anchor: Selector, url: str) -> datetime | None:
        """The date of the listing entry holding ``anchor``: the smallest element around it (the link
        itself, up to three levels up) that links to this story only."""
        key = canonicalize(url)
        for entry in anchor.xpath("ancestor-or-self::*[position() <= 4]")[::-1]:
            hrefs = {canonicalize(urljoin(url, h)) for h in entry.css("a::attr(href)").getall()}
            if {h for h in hrefs if self.is_release_url(h)} != {key}:
                return None  # the element spans other stories: no date of this one's
            found = entry.css("time::attr(datetime)").get() or next(
                (m.group(0) for t in entry.css("::text").getall() if (m := ISO_IN_TEXT.search(t))), None)
            if when := parse_iso(found):
                return when
        return None

    def parse_listing(self, response: Response) -> Iterable[Any]:
        """The base walk, but an incremental run stops at a listing page that holds nothing new."""
        out = list(super().parse_listing(response))
        new = any(isinstance(i, scrapy.Request) and i.meta.get("release") for i in out)
        for item in out:
            if isinstance(item, scrapy.Request) and "listing_page" in item.meta and not new and not self.since:
                self.crawler.stats.inc_value("diwan/incremental_stop")
                continue
            yield item

    # ----------------------------------------------------------------------------- story pages

    def is_release_url(self, url: str) -> bool:
        parts = urlsplit(url)
        return not parts.query and bool(self.story_path.match(parts.path))

    def parse_page(self, response: Response, sel: Selector) -> Page:
        css = next((c for c in BODY_SELECTORS if sel.css(c)), None)
        if css is None:
            raise NotARelease("no story text (div.article-body) on the page")
        body = sel.css(css)[0]
        page = sel.css("body")
        outside = selector_lines(page[0], drop=(css, "script", "style", *OTHER_STORIES)) if page else []
        title = (sel.css("h1").xpath("string()").get() or sel.css('meta[property="og:title"]::attr(content)').get()
                 or TITLE_SUFFIX.sub("", sel.css("title::text").get() or "")).strip()
        return Page(
            title=title,
            body_lines=strip_byline(selector_lines(body, drop=BODY_CHROME), title),
            published=shafaq_date(sel, outside),
            lang=self.story_lang,
            declared_canonical=sel.css('link[rel="canonical"]::attr(href)').get(),
        )
