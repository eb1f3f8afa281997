"""English stories of Shafaq News (shafaq.com/en): ``/en/Iraq-News/<Title-Slug>`` (to 2023) and
``/en/Iraq/<Title-Slug>`` (2024+), RSS ``/rss/en``."""
from __future__ import annotations

import re

from scrapers.mixins.shafaq import ShafaqNewsMixin
from scrapers.spiders.base import DiwanSpider


class IqShafaqNewsEnSpider(ShafaqNewsMixin, DiwanSpider):
    name = "iq_shafaq_news_en"
    source_kind = "news"
    default_start_url = "https://shafaq.com/en/Iraq"
    feed_path = "/rss/en"
    story_lang = "en"
    # the 2020 mirror wrote the section in lower case (/en/iraq-news/...); AMP copies too
    story_path = re.compile(r"^(?:/amp)?/en/(?:Iraq-News|Iraq)/[^/]+/?$", re.IGNORECASE)
