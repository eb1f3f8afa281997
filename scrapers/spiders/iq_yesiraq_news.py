"""News articles of Yes Iraq (yesiraq.com), a WordPress site. See sites/README.md §2.

All articles are kept (a relevance pre-filter comes later). Article URLs are one
percent-encoded slug segment with a trailing slash; listings are ``/`` and ``/page/N/``.
Date: ``article:published_time``, else Yoast JSON-LD ``datePublished``, else the theme's
``<time class="entry-date" datetime>``; none of them -> published_at null (the text only says
"today, Thursday"). Language: ``<html lang>``, else by script.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from parsel import Selector
from scrapy.http import Response

from scrapers.dates import parse_iso
from scrapers.pagetext import detect_script_lang, html_lang, selector_lines
from scrapers.spiders.base import DiwanSpider, NotARelease, Page

# One path segment, not one of WordPress's own sections.
ARTICLE_PATH = re.compile(r"^/(?!(?:page|category|tag|author|feed|wp-[a-z]+|about|contact)(?:/|$))[^/?#]+/?$")
# Plugin blocks injected inside .entry-content: page chrome, not article text. Captions stay.
CONTENT_CHROME = (
    ".sharedaddy", ".jp-relatedposts", ".addtoany_share_save_container", ".code-block", ".wpcnt",
    "script", "style", "ins.adsbygoogle",
)  # fmt: skip
TITLE_SUFFIX = re.compile(r"\s+[-–|]\s+يس عراق\s*$")


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


class IqYesiraqNewsSpider(DiwanSpider):
    name = "iq_yesiraq_news"
    source_kind = "news"
    default_start_url = "https://yesiraq.com/"

    def is_release_url(self, url: str) -> bool:
        parts = urlsplit(url)
        return not parts.query and bool(ARTICLE_PATH.match(parts.path)) and parts.path != "/"

    def listing_links(self, response: Response, sel: Selector) -> Iterable[str]:
        links = sel.css(
            "article .entry-title a::attr(href), h2.entry-title a::attr(href), a[rel=bookmark]::attr(href)"
        ).getall()
        return links or super().listing_links(response, sel)

    def parse_page(self, response: Response, sel: Selector) -> Page:
        content = sel.css("div.entry-content, div.td-post-content, div.post-content")
        if not content:
            raise NotARelease("no article content (div.entry-content) on the page")
        title = (
            sel.css('meta[property="og:title"]::attr(content)').get()
            or sel.css("h1.entry-title").xpath("string()").get()
            or TITLE_SUFFIX.sub("", sel.css("title::text").get() or "")
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
