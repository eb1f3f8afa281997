"""WordPress news sites: the REST API first, then the RSS feed, then the HTML listing.

A WordPress outlet is a small configuration class (see ``spiders/iq_yesiraq_news.py``)::

    class IqSomeOutletNewsSpider(WordPressMixin, DiwanSpider):
        name = "iq_someoutlet_news"
        source_kind = "news"
        default_start_url = "https://someoutlet.iq/"
        title_suffix = r"\\s+[-–|]\\s+Some Outlet\\s*$"

Ways in, each used only when the one before it is missing (404, an error after retries, or an
answer that is not what WordPress sends):

1. ``/wp-json/wp/v2/posts?per_page=N&page=P&orderby=date&order=desc`` with ``after=<since>`` in
   backfill mode and ``search=<words>`` when the spider is given ``-a search=...``; pages follow
   ``X-WP-TotalPages`` (``-a per_page=N``, default 20). ``date_gmt`` is kept as the article's date should its page carry none.
2. ``/feed/`` (RSS 2.0), ``?paged=N`` for older items; ``pubDate`` kept the same way.
3. The HTML listing at the start URL, ``/page/N/`` by its "next" link (the base spider).

Incremental: listing pages (API pages, feed pages) are requested until one holds nothing new, and
articles an earlier run stored are not requested. ``-a via=feed`` / ``-a via=html`` starts lower.
Article pages are always fetched (raw HTML is kept); their own metadata gives the date:
``article:published_time``, Yoast JSON-LD ``datePublished``, ``<time class="entry-date">``.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode, urlsplit

import scrapy
from parsel import Selector
from scrapy.http import Response

from scrapers.dates import parse_iso
from scrapers.mixins.feed import FeedMixin
from scrapers.pagetext import detect_script_lang, html_lang, selector_lines
from scrapers.spiders.base import NotARelease, Page
from scrapers.urls import canonicalize

# One path segment, not one of WordPress's own sections.
ARTICLE_PATH = re.compile(r"^/(?!(?:page|category|tag|author|feed|wp-[a-z]+|about|contact)(?:/|$))[^/?#]+/?$")
# Plugin blocks injected inside .entry-content: page chrome, not article text. Captions stay.
CONTENT_CHROME = (
    ".sharedaddy", ".jp-relatedposts", ".addtoany_share_save_container", ".code-block", ".wpcnt",
    "script", "style", "ins.adsbygoogle",
)  # fmt: skip
CONTENT_SELECTORS = ("div.entry-content", "div.td-post-content", "div.post-content")


def jsonld_date(sel: Selector) -> str | None:
    for raw in sel.css('script[type="application/ld+json"]::text').getall():
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        nodes = data.get("@graph", [data]) if isinstance(data, dict) else data
        for node in nodes if isinstance(nodes, list) else []:
            if isinstance(node, dict) and node.get("datePublished"):
                return node["datePublished"]
    return None


def gmt(value: str | None) -> datetime | None:
    """WordPress's ``date_gmt`` (naive, UTC)."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value).replace(tzinfo=UTC)
    except ValueError:
        return None


class WordPressMixin(FeedMixin):
    """Crawling and parsing shared by WordPress outlets; subclasses set the class attributes."""

    title_suffix: str = r"$^"  # regex of the site name the theme appends to <title>
    api_path = "/wp-json/wp/v2/posts"
    api_per_page = 20
    search: str | None = None  # -a search=...
    via: str = "api"  # -a via=feed | html

    # ------------------------------------------------------------------------------- the ways in

    def listing_requests(self) -> Iterable[scrapy.Request]:
        if self.via == "html":
            return [self.listing_request(self.start_url, 1)]
        if self.via == "feed":
            return [self.feed_request(1)]
        return [self.api_request(1)]

    def api_request(self, page_no: int) -> scrapy.Request:
        params: dict[str, Any] = {"per_page": int(getattr(self, "per_page", self.api_per_page)), "page": page_no, "orderby": "date", "order": "desc",
                                  "_fields": "id,link,date,date_gmt,title"}
        if self.since:
            params["after"] = f"{self.since.isoformat()}T00:00:00"
        if self.search:
            params["search"] = self.search
        fallback = (lambda: [self.feed_request(1)]) if page_no == 1 else (list)
        return scrapy.Request(self.site_url(self.api_path) + "?" + urlencode(params), callback=self.parse_api,
                              errback=self.on_error, meta={"listing_page": page_no, "on_missing": fallback})

    def parse_api(self, response: Response) -> Iterable[Any]:
        page_no = response.meta["listing_page"]
        try:
            posts = json.loads(response.text)
            assert isinstance(posts, list)
        except (ValueError, AssertionError, AttributeError):
            self.crawler.stats.inc_value("diwan/fallback")
            yield from response.meta["on_missing"]()
            return
        self.crawler.stats.inc_value("diwan/listing_pages")
        self.crawler.stats.inc_value("diwan/api_pages")
        links = []
        for post in posts:
            link = post.get("link") if isinstance(post, dict) else None
            if not link or not self.is_release_url(link):
                continue
            links.append(link)
            when = gmt(post.get("date_gmt"))
            if when:
                self.link_dates[canonicalize(link)] = when
        items, _ = self.follow_releases(response.url, links, page_no, check_layout=not self.search)
        yield from items
        total = int(response.headers.get(b"X-WP-TotalPages", b"1") or 1)
        if page_no < total and self._more_wanted(items, links, page_no):
            yield self.api_request(page_no + 1)

    # ----------------------------------------------------------------------------- article pages

    def is_release_url(self, url: str) -> bool:
        parts = urlsplit(url)
        return not parts.query and bool(ARTICLE_PATH.match(parts.path)) and parts.path != "/"

    def listing_links(self, response: Response, sel: Selector) -> Iterable[str]:
        links = sel.css(
            "article .entry-title a::attr(href), h2.entry-title a::attr(href), a[rel=bookmark]::attr(href)"
        ).getall()
        return links or super().listing_links(response, sel)

    def parse_page(self, response: Response, sel: Selector) -> Page:
        content = next((found for css in CONTENT_SELECTORS if (found := sel.css(css))), None)
        if not content:
            raise NotARelease("no article content (div.entry-content) on the page")
        title = (
            sel.css('meta[property="og:title"]::attr(content)').get()
            or sel.css("h1.entry-title").xpath("string()").get()
            or re.sub(self.title_suffix, "", sel.css("title::text").get() or "")
        )
        published = (
            parse_iso(sel.css('meta[property="article:published_time"]::attr(content)').get())
            or parse_iso(jsonld_date(sel))
            or parse_iso(sel.css("time.entry-date.published::attr(datetime), time.entry-date::attr(datetime)").get())
        )
        body_lines = selector_lines(content[0], drop=CONTENT_CHROME)
        return Page(
            title=(title or "").strip(),
            body_lines=body_lines,
            published=published,
            lang=html_lang(sel) or detect_script_lang("\n".join(body_lines)),
            declared_canonical=sel.css('link[rel="canonical"]::attr(href)').get(),
        )
