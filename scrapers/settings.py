"""Scrapy settings: polite defaults for the live sites. Override any of them with ``-s KEY=VALUE``
(``python -m scrapers.crawl``) or the ``settings`` argument of ``scrapers.run.crawl``."""

BOT_NAME = "diwan"
SPIDER_MODULES = ["scrapers.spiders"]
NEWSPIDER_MODULE = "scrapers.spiders"

USER_AGENT = "Diwan/0.1 (research crawler of public press releases and news; +https://github.com/diwan-iraq/diwan)"
ROBOTSTXT_OBEY = True

# One request at a time per site, at least a second apart, slower if the site slows down.
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 1
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1
AUTOTHROTTLE_MAX_DELAY = 30
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

DOWNLOAD_TIMEOUT = 30
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]

# The n-th retry waits DIWAN_RETRY_BACKOFF * 2**(n-1) s (at most DIWAN_RETRY_BACKOFF_MAX): middlewares.py.
DIWAN_RETRY_BACKOFF = 2.0
DIWAN_RETRY_BACKOFF_MAX = 60.0
DOWNLOADER_MIDDLEWARES = {"scrapers.middlewares.RetryBackoffMiddleware": 560}

# Misbehaving servers are bounded: a page over 10 MB is dropped (too_large), a redirect chain ends after
# 5 hops (redirect_loop), a listing's pagination is followed for at most DIWAN_MAX_LISTING_PAGES pages.
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
REDIRECT_MAX_TIMES = 5
DIWAN_MAX_LISTING_PAGES = 500

HTTPCACHE_ENABLED = False
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"

ITEM_PIPELINES = {
    "scrapers.pipelines.ValidatePipeline": 100,
    "scrapers.pipelines.DedupePipeline": 200,
    "scrapers.pipelines.FeedPipeline": 300,
}

# Where feeds, raw pages, quarantine and crawl state go; None means flows.paths.data_dir().
DIWAN_DATA_DIR = None
