"""One spider per source stream, named ``<jurisdiction>_<agency>_<stream>``."""
from __future__ import annotations

SPIDER_NAMES = (
    "iq_pmo_releases_ar", "iq_pmo_releases_en", "iq_yesiraq_news", "iq_ina_news_ar", "iq_ina_news_en",
    "iq_shafaq_news_ar", "iq_shafaq_news_en",
)


def spider_class(name: str):
    """The spider class registered under ``name`` (through Scrapy's own spider loader)."""
    from scrapy.settings import Settings
    from scrapy.spiderloader import SpiderLoader

    settings = Settings()
    settings.setmodule("scrapers.settings")
    return SpiderLoader.from_settings(settings).load(name)
