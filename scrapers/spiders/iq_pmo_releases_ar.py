"""Arabic press releases of the Iraqi Prime Minister's media office (pmo.iq)."""
from __future__ import annotations

from scrapers.mixins.pmo import PmoReleasesMixin
from scrapers.spiders.base import DiwanSpider


class IqPmoReleasesArSpider(PmoReleasesMixin, DiwanSpider):
    name = "iq_pmo_releases_ar"
    source_kind = "pmo"
    release_lang = "ar"
    default_start_url = "https://pmo.iq/press.htm"
