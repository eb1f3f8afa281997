"""Item pipelines, in order: validate -> de-duplicate -> store.

Every page that is not stored as a Document leaves one quarantine row with a reason:
``empty_body``, ``no_title``, ``unknown_language``, ``duplicate`` (content hash or canonical URL
already seen in this run or an earlier feed of the spider), plus whatever the spider itself
rejected (``not_a_release``, ``http_error``, ``timeout``, ``network_error``, ``layout_changed``).
A page with no publication date is *kept* with ``published_at`` null: the gold set has undated
releases, and the extractor resolves relative dates only when a date exists.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from scrapy.exceptions import DropItem

from scrapers import items as it
from scrapers.items import Document, Rejected

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

    from scrapers.store import CrawlStore


class _StorePipeline:
    def __init__(self, crawler: Crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler):
        return cls(crawler)

    @property
    def store(self) -> CrawlStore:
        return self.crawler.spider.store

    def reject(self, url: str, reason: str, detail: str = "") -> DropItem:
        self.store.quarantine(url, reason, detail)
        self.crawler.stats.inc_value(f"diwan/quarantined/{reason}")
        return DropItem(f"{reason}: {url} {detail}".strip())


class ValidatePipeline(_StorePipeline):
    """Send Rejected records to quarantine; check a Document's required fields."""

    def process_item(self, item):
        if isinstance(item, Rejected):
            if item.retry:
                self.store.mark_failed(item.url, item.reason)
            if item.fatal:
                self.crawler.stats.inc_value(f"diwan/fatal/{item.reason}")
            raise self.reject(item.url, item.reason, item.detail)
        if not isinstance(item, Document):
            return item
        if not item.body_text.strip():
            raise self.reject(item.url, it.EMPTY_BODY, "no text in the article body")
        if not item.title.strip():
            raise self.reject(item.url, it.NO_TITLE, "no title element or heading")
        if item.lang not in it.LANGS:
            raise self.reject(item.url, it.UNKNOWN_LANGUAGE, f"lang={item.lang!r}")
        if item.source_kind not in it.SOURCE_KINDS:
            raise self.reject(item.url, "bad_source_kind", item.source_kind)
        return item


class DedupePipeline(_StorePipeline):
    """One Document per canonical URL and per content, within the run and across earlier feeds."""

    def __init__(self, crawler: Crawler):
        super().__init__(crawler)
        self.canonical: dict[str, tuple[str, str]] = {}  # canonical_url -> (doc_id, url) this run
        self.hashes: dict[str, tuple[str, str]] = {}

    def process_item(self, item):
        if not isinstance(item, Document):
            return item
        store = self.store
        for seen, key, what in (
            (self.canonical, item.canonical_url, "canonical URL"),
            (self.hashes, item.content_hash, "content"),
        ):
            if key in seen:
                doc_id, url = seen[key]
                store.mark_duplicate(item.url, doc_id)
                raise self.reject(item.url, it.DUPLICATE, f"same {what} as {url} ({doc_id}) in this run")
        for known, key, what in (
            (store.known_canonical, item.canonical_url, "canonical URL"),
            (store.known_hashes, item.content_hash, "content"),
        ):
            if key in known:
                store.mark_duplicate(item.url, known[key])
                raise self.reject(item.url, it.DUPLICATE, f"same {what} as stored document {known[key]}")
        self.canonical[item.canonical_url] = (item.doc_id, item.url)
        self.hashes[item.content_hash] = (item.doc_id, item.url)
        return item


class FeedPipeline(_StorePipeline):
    """Write the raw HTML and append the Document to this run's feed."""

    def process_item(self, item):
        if isinstance(item, Document):
            self.store.write_document(item)
            self.crawler.stats.inc_value("diwan/documents")
        return item

    def close_spider(self):
        feed = self.store.close()
        self.crawler.stats.set_value("diwan/feed_path", str(feed) if feed else None)
        self.crawler.stats.set_value("diwan/n_documents", self.store.n_documents)
        self.crawler.stats.set_value("diwan/n_quarantined", self.store.n_quarantined)
        self.crawler.stats.set_value("diwan/n_leftovers_removed", self.store.n_leftovers_removed)
