"""English press releases of the Iraqi Prime Minister's media office (pmo.iq/pme/)."""
from __future__ import annotations

from scrapers.mixins.pmo import PmoReleasesMixin
from scrapers.spiders.base import DiwanSpider


class IqPmoReleasesEnSpider(PmoReleasesMixin, DiwanSpider):
    name = "iq_pmo_releases_en"
    source_kind = "pmo"
    release_lang = "en"
    default_start_url = "https://pmo.iq/pme/ipresse.htm"
