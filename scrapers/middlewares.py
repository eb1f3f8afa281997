"""Downloader middleware: exponential backoff before each retry (Scrapy's RetryMiddleware re-queues a
failed request at once; a struggling server deserves a pause).

The n-th retry of a request waits ``DIWAN_RETRY_BACKOFF * 2**(n-1)`` seconds, at most
``DIWAN_RETRY_BACKOFF_MAX``, before it is downloaded. Other requests go on meanwhile.
"""
from __future__ import annotations

from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import reactor
from twisted.internet.task import deferLater


class RetryBackoffMiddleware:
    def __init__(self, crawler):
        self.crawler = crawler
        self.base = crawler.settings.getfloat("DIWAN_RETRY_BACKOFF", 2.0)
        self.cap = crawler.settings.getfloat("DIWAN_RETRY_BACKOFF_MAX", 60.0)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def delay(self, retry_times: int) -> float:
        return min(self.cap, self.base * 2 ** (retry_times - 1)) if retry_times and self.base > 0 else 0.0

    async def process_request(self, request, spider=None):
        delay = self.delay(int(request.meta.get("retry_times", 0)))
        if delay:
            self.crawler.stats.inc_value("diwan/retry_backoff_waits")
            self.crawler.stats.inc_value("diwan/retry_backoff_seconds", delay)
            await maybe_deferred_to_future(deferLater(reactor, delay, lambda: None))
