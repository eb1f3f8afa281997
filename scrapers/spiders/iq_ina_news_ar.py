"""Arabic stories of the Iraqi News Agency (ina.iq, واع), a DataLife Engine site: ``/{id}--.html``."""
from __future__ import annotations

import re

from scrapers.mixins.dle import DleNewsMixin
from scrapers.spiders.base import DiwanSpider


class IqInaNewsArSpider(DleNewsMixin, DiwanSpider):
    name = "iq_ina_news_ar"
    source_kind = "news"
    default_start_url = "https://ina.iq/"
    story_lang = "ar"
    story_path = re.compile(r"^/\d+-[^/]*\.html$")
