"""Arabic stories of Shafaq News (shafaq.com/ar): ``/ar/<section>/<slug>``, RSS ``/rss/ar``."""
from __future__ import annotations

import re

from scrapers.mixins.shafaq import ShafaqNewsMixin
from scrapers.spiders.base import DiwanSpider


class IqShafaqNewsArSpider(ShafaqNewsMixin, DiwanSpider):
    name = "iq_shafaq_news_ar"
    source_kind = "news"
    default_start_url = "https://shafaq.com/ar/%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9"  # /ar/سياسة, the politics section
    feed_path = "/rss/ar"
    story_lang = "ar"
    # any section but the site's own pages (authors, tags, search, media galleries); AMP copies too
    story_path = re.compile(r"^(?:/amp)?/ar/(?!(?:author|tags?|search|videos?|photos?|page)/)[^/]+/[^/]+/?$")
