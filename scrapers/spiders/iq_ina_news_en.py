"""English stories of the Iraqi News Agency (ina.iq/eng/): ``/eng/{id}-{slug}.html``."""
from __future__ import annotations

import re

from scrapers.mixins.dle import DleNewsMixin
from scrapers.spiders.base import DiwanSpider


class IqInaNewsEnSpider(DleNewsMixin, DiwanSpider):
    name = "iq_ina_news_en"
    source_kind = "news"
    default_start_url = "https://ina.iq/eng/"
    story_lang = "en"
    story_path = re.compile(r"^/eng/\d+-[^/]*\.html$")
