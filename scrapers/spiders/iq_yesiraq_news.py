"""News articles of Yes Iraq (yesiraq.com), a WordPress site (sites/README.md §2).

All the crawling is the WordPress mixin's (REST API, then feed, then HTML). Article URLs are one
percent-encoded slug segment with a trailing slash. The text says only "today, Thursday": the date
comes from the page's metadata, else the API's ``date_gmt``; none -> published_at null.
"""
from __future__ import annotations

from scrapers.mixins.wordpress import WordPressMixin
from scrapers.spiders.base import DiwanSpider


class IqYesiraqNewsSpider(WordPressMixin, DiwanSpider):
    name = "iq_yesiraq_news"
    source_kind = "news"
    default_start_url = "https://yesiraq.com/"
    title_suffix = r"\s+[-–|]\s+يس عراق\s*$"
