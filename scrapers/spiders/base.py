"""The base spider: listings -> release pages -> Document, the same way for every source.

A subclass says what a release URL looks like, where the body and title are and how the date is
found (``is_release_url``, ``parse_page``). The base class handles what every source shares:

- spider arguments ``start_url`` and ``allowed_domain`` (so one spider crawls the live site or a
  replica on 127.0.0.1), ``run_id``, ``max_pages`` (listing pages to follow, 0 = all);
- listing pages are always fetched; release pages already stored by an earlier run of the same
  spider are not (``data/feeds/<spider>/``), except those that failed last time (``crawl_state``),
  which are requested again first;
- pagination by a generic "next" link (``rel=next``, ``a.next``, "التالي", "Next");
- a listing page with no release links where an earlier run found some -> ``layout_changed``;
- page decoding (header charset, meta charset, strict UTF-8, cp1256), canonical URL, doc_id,
  content hash; network and HTTP failures -> quarantine rows + ``crawl_state`` for the next run.
"""
from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import scrapy
from parsel import Selector
from scrapy.exceptions import DownloadTimeoutError, IgnoreRequest
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.defer import CancelledError
from twisted.internet.error import DNSLookupError, TCPTimedOutError, TimeoutError
from twisted.python.failure import Failure
from twisted.web._newclient import ResponseFailed

from scrapers import items as it
from scrapers import relevance
from scrapers.dates import BAGHDAD, baghdad_fields, fallback_date
from scrapers.items import Document, Rejected, content_hash, utc_now
from scrapers.pagetext import decode_page, detect_script_lang
from scrapers.store import CrawlStore, new_run_id
from scrapers.urls import canonical_url, canonicalize, doc_id, registrable_host


@dataclass
class Page:
    """What a subclass reads off one article page."""

    title: str
    body_lines: list[str]
    published: datetime | date | None
    lang: str | None
    declared_canonical: str | None = None


class NotARelease(Exception):
    """The URL looked like a release but the page has none of a release's parts."""


NEXT_TEXTS = ("التالي", "الصفحة التالية", "next", "next page", "older posts", "»", ">>", "›")


class DiwanSpider(scrapy.Spider):
    source_kind: str = ""
    default_start_url: str = ""
    default_lang: str | None = None

    def __init__(
        self,
        start_url: str | None = None,
        allowed_domain: str | None = None,
        run_id: str | None = None,
        max_pages: int | str = 0,
        since: str | None = None,
        *args: Any,
        **kwargs: Any,
    ):
        super().__init__(*args, **kwargs)
        self.start_url = start_url or self.default_start_url
        self.allowed_domains = [allowed_domain or registrable_host(self.start_url)]
        self.run_id = run_id or new_run_id()
        self.max_pages = int(max_pages or 0)
        # Backfill: walk the archive back to this date and stop (``-a since=2020-05-01``).
        self.since: date | None = date.fromisoformat(since) if since else None
        self._requested: set[str] = set()
        self._listings_seen: set[str] = set()
        # Publication dates a listing, feed or API told us before the article was fetched.
        self.link_dates: dict[str, datetime | date] = {}
        # Backfill on a listing without dates but with growing ids (INA's /{id}--.html, the pmo CMS's
        # ?article=N): the largest id of a release found dated before ``since``. Every smaller id is older.
        self.id_before_since: int | None = None

    @classmethod
    def from_crawler(cls, crawler, *args: Any, **kwargs: Any):
        spider = super().from_crawler(crawler, *args, **kwargs)
        data_dir = crawler.settings.get("DIWAN_DATA_DIR")
        if not data_dir:
            from flows.paths import data_dir as default_data_dir

            data_dir = default_data_dir()
        spider.store = CrawlStore(Path(data_dir), spider.name, spider.run_id)
        return spider

    # ------------------------------------------------------------------------- for subclasses

    def is_release_url(self, url: str) -> bool:
        raise NotImplementedError

    def parse_page(self, response: Response, sel: Selector) -> Page:
        """Read title, body lines, date and language; raise NotARelease for other pages."""
        raise NotImplementedError

    def listing_links(self, response: Response, sel: Selector) -> Iterable[str]:
        """Candidate article links on a listing page (filtered by ``is_release_url``)."""
        return sel.css("a::attr(href)").getall()

    def link_date(self, url: str) -> date | None:
        """A release's date known before fetching it (from a feed, the API or the URL), else None."""
        when = self.link_dates.get(canonicalize(url))
        return when.astimezone(BAGHDAD).date() if isinstance(when, datetime) else when

    def link_id(self, url: str) -> int | None:
        """A release's id on a site that numbers releases in publication order, else None."""
        return None

    def listing_requests(self) -> Iterable[scrapy.Request]:
        """The first listing request(s) of a run; the WordPress mixin asks its API and feed first."""
        yield self.listing_request(self.start_url, 1)

    def listing_request(self, url: str, page_no: int, **meta: Any) -> scrapy.Request:
        return scrapy.Request(url, callback=self.parse_listing, errback=self.on_error,
                              meta={"listing_page": page_no, **meta})

    @property
    def page_limit(self) -> int:
        """Listing pages to follow at most: ``max_pages``, else ``DIWAN_MAX_LISTING_PAGES`` (a pagination
        trap must end)."""
        return self.max_pages or self.crawler.settings.getint("DIWAN_MAX_LISTING_PAGES", 500)

    # ---------------------------------------------------------------------------------- crawl

    async def start(self) -> AsyncIterator[Any]:
        for url, reason in sorted(self.store.previous_failed.items()):
            self.logger.info("retrying %s (failed last run: %s)", url, reason)
            self.crawler.stats.inc_value("diwan/retried_failed")
            request = self.release_request(url)
            if request is not None:
                yield request
        for request in self.listing_requests():
            yield request

    def release_request(self, url: str) -> scrapy.Request | None:
        """A request for a release page, or None if this run already asked for it."""
        key = canonicalize(url)
        if key in self._requested:
            return None
        self._requested.add(key)
        self.crawler.stats.inc_value("diwan/release_requests")
        return scrapy.Request(url, callback=self.parse_release, errback=self.on_error, meta={"release": True})

    def decode(self, response: Response) -> tuple[str, Selector]:
        content_type = response.headers.get(b"Content-Type", b"").decode("latin-1")
        text, encoding = decode_page(response.body, content_type)
        self.crawler.stats.inc_value(f"diwan/encoding/{encoding}")
        return text, Selector(text=text, type="html")

    def parse_listing(self, response: Response) -> Iterable[Any]:
        page_no = response.meta.get("listing_page", 1)
        self.crawler.stats.inc_value("diwan/listing_pages")
        _, sel = self.decode(response)
        links: list[str] = []
        for href in self.listing_links(response, sel):
            url = urljoin(response.url, href.strip())
            if self.is_release_url(url) and url not in links:
                links.append(url)
        items, older = self.follow_releases(response.url, links, page_no)
        if older:
            yield from items
            return
        next_url = self.next_page(response, sel)
        if next_url and page_no < self.page_limit and canonicalize(next_url) not in self._listings_seen:
            self._listings_seen.add(canonicalize(next_url))
            after = self.listing_request(next_url, page_no + 1)
            ids = [n for url in links if self.link_date(url) is None and (n := self.link_id(url)) is not None]
            releases = [r for r in items if isinstance(r, scrapy.Request)]
            if self.since and ids and releases:
                # the page's releases tell how far back it reaches: ask for the next page once they are in
                state = {"pending": len(releases), "next": after, "lowest_id": min(ids)}
                for request in releases:
                    request.meta["listing_state"] = state
                    request.dont_filter = True  # unique already (release_request); a dropped one would stall
                yield from items
                return
            yield from items
            yield after
        elif next_url and page_no >= self.page_limit:
            self.crawler.stats.set_value("diwan/listing_page_limit", self.page_limit)
            yield from items
        else:
            yield from items

    def release_done(self, meta: dict) -> Iterable[scrapy.Request]:
        """After each release of a deferred listing page: the next page, once all are in, unless the page
        already reached releases numbered before ``since`` (the next one holds only older ids)."""
        state = meta.get("listing_state")
        if state is None:
            return
        state["pending"] -= 1
        if state["pending"]:
            return
        if self.id_before_since is not None and state["lowest_id"] <= self.id_before_since:
            self.crawler.stats.set_value("diwan/backfill_reached", self.since.isoformat())
            return
        yield state["next"]

    def follow_releases(
        self, listing_url: str, links: list[str], page_no: int, check_layout: bool = True
    ) -> tuple[list[Any], bool]:
        """Requests for the unseen releases among a listing's links, and whether the listing has gone
        past the backfill date (every link dated before ``since``: stop paginating).
        Also the layout check: no links where an earlier run found some -> ``layout_changed``."""
        out: list[Any] = []
        previous = self.store.record_listing(listing_url, len(links))
        if check_layout and not links and (previous or (page_no == 1 and self.store.has_history)):
            detail = f"listing page {page_no} has no release links (last run: {previous or 'some'})"
            self.logger.error("layout_changed: %s %s", listing_url, detail)
            self.crawler.stats.inc_value("diwan/layout_changed")
            out.append(Rejected(listing_url, it.LAYOUT_CHANGED, detail, fatal=True))
        dates = [self.link_date(url) for url in links]
        before = [bool(self.since and (when < self.since if when else self._numbered_before_since(url)))
                  for url, when in zip(links, dates, strict=True)]
        for url, is_before in zip(links, before, strict=True):
            if is_before:
                self.crawler.stats.inc_value("diwan/skipped_before_since")
                continue
            if self.store.already_stored(url):
                self.crawler.stats.inc_value("diwan/skipped_stored")
                continue
            request = self.release_request(url)
            if request is not None:
                out.append(request)
        older = bool(self.since and links and all(before))
        if older:
            self.crawler.stats.set_value("diwan/backfill_reached", self.since.isoformat())
        return out, older

    def _numbered_before_since(self, url: str) -> bool:
        n = self.link_id(url)
        return n is not None and self.id_before_since is not None and n <= self.id_before_since

    def next_page(self, response: Response, sel: Selector) -> str | None:
        candidates = sel.css('link[rel="next"]::attr(href), a[rel~="next"]::attr(href), a.next::attr(href)').getall()
        for anchor in sel.css("a[href]"):
            text = re.sub(r"\s+", " ", " ".join(anchor.css("::text").getall())).strip().lower()
            if text and any(text == t or text.startswith(t + " ") or text.endswith(" " + t) for t in NEXT_TEXTS):
                candidates.append(anchor.attrib["href"])
        for href in candidates:
            url = urljoin(response.url, href.strip())
            if canonicalize(url) != canonicalize(response.url) and not self.is_release_url(url):
                return url
        return None

    def parse_release(self, response: Response) -> Iterable[Any]:
        yield from self.read_release(response)
        yield from self.release_done(response.meta)

    def read_release(self, response: Response) -> Iterable[Any]:
        self.crawler.stats.inc_value("diwan/release_pages")
        text, sel = self.decode(response)
        try:
            page = self.parse_page(response, sel)
        except NotARelease as exc:
            yield Rejected(response.url, it.NOT_A_RELEASE, str(exc))
            return
        if truncated(response.body):
            yield Rejected(response.url, it.TRUNCATED, "the HTML ends before </html>", retry=True)
            return
        if page.published is None:
            # the API's or feed's date, else htmldate on the page's markup (never its prose, never now)
            page.published = self.link_dates.get(canonicalize(response.url)) or fallback_date(text)
        day = page.published.date() if isinstance(page.published, datetime) else page.published
        if self.since and day and day < self.since:
            self.crawler.stats.inc_value("diwan/skipped_before_since")
            if (n := self.link_id(response.url)) is not None:
                self.id_before_since = max(n, self.id_before_since or n)
            return
        if self.source_kind == "news" and not relevance.is_relevant(page.title, "\n".join(page.body_lines)):
            self.crawler.stats.inc_value("diwan/skipped/irrelevant")
            self.store.mark_skipped(response.url, "irrelevant")
            return
        alias_of = self.canonical_elsewhere(response, page)
        if alias_of is not None:
            # an AMP/print/mobile copy naming the release on this site as canonical: the release is the
            # document (its full text, its URL), whichever of the two the listings showed first
            self.store.mark_duplicate(response.url, doc_id(alias_of))
            yield Rejected(response.url, it.DUPLICATE, f"a copy declaring {alias_of} canonical; that page is stored")
            if not self.store.already_stored(alias_of) and (request := self.release_request(alias_of)):
                yield request
            return
        yield self.make_document(response, page)

    def canonical_elsewhere(self, response: Response, page: Page) -> str | None:
        """The canonical URL a page declares, if it is another release page of this same site."""
        canonical = canonical_url(response.url, page.declared_canonical)
        if canonical == canonicalize(response.url) or not self.is_release_url(canonical):
            return None
        if registrable_host(canonical) != registrable_host(response.url):
            return None  # a replica's pages name the live site: not a copy of anything crawled here
        return canonical

    def make_document(self, response: Response, page: Page) -> Document:
        canonical = canonical_url(response.url, page.declared_canonical)
        body_text = "\n".join(page.body_lines)
        lang = page.lang or detect_script_lang(body_text)
        published_at, published_date = baghdad_fields(page.published)
        title = re.sub(r"\s+", " ", page.title or "").strip()
        return Document(
            doc_id=doc_id(canonical),
            source=self.name,
            source_kind=self.source_kind,
            url=response.url,
            canonical_url=canonical,
            lang=lang,
            title=title,
            published_at=published_at,
            published_date=published_date,
            body_text=body_text,
            content_hash=content_hash(title, body_text),
            fetched_at=utc_now(),
            raw_html=response.body,
        )

    def on_error(self, failure: Failure) -> Iterable[Any]:
        request = failure.request
        fallback = request.meta.get("on_missing")
        if fallback is not None:  # an optional endpoint (API, feed) is missing: use the next way in
            if request.meta.get("listing_page", 1) == 1:
                self.crawler.stats.inc_value("diwan/fallback")
            self.logger.info("%s unavailable (%s): falling back", request.url, failure.getErrorMessage())
            yield from fallback()
            return
        is_release = bool(request.meta.get("release"))
        if failure.check(HttpError):
            status = failure.value.response.status
            reason, detail = it.HTTP_ERROR, f"HTTP {status}"
        elif failure.check(DownloadTimeoutError, TimeoutError, TCPTimedOutError):
            reason, detail = it.TIMEOUT, f"no answer within {self.crawler.settings.getfloat('DOWNLOAD_TIMEOUT')} s"
        elif failure.check(DNSLookupError):
            reason, detail = it.NETWORK_ERROR, "DNS lookup failed"
        elif failure.check(IgnoreRequest):
            message = failure.getErrorMessage()
            if "robots.txt" in message.lower():
                reason, detail, is_release = it.ROBOTS_DISALLOWED, message, False
            elif "redirect" in message.lower():
                reason, detail = it.REDIRECT_LOOP, message
            else:
                reason, detail = it.NETWORK_ERROR, message
        elif failure.check(CancelledError) or "max size" in failure.getErrorMessage().lower():
            limit = self.crawler.settings.getint("DOWNLOAD_MAXSIZE")
            reason, detail = it.TOO_LARGE, f"larger than DOWNLOAD_MAXSIZE ({limit} bytes)"
        elif failure.check(ResponseFailed) or "DataLoss" in failure.type.__name__:
            reason, detail = it.NETWORK_ERROR, f"connection lost mid-body ({failure.type.__name__})"
        else:
            reason, detail = it.NETWORK_ERROR, f"{failure.type.__name__}: {failure.getErrorMessage()}"
        self.crawler.stats.inc_value(f"diwan/failed/{reason}")
        url = (request.meta.get("redirect_urls") or [request.url])[0]  # the URL we asked for, not a hop
        self.logger.warning("%s %s: %s", reason, url, detail)
        yield Rejected(url, reason, detail, retry=is_release)
        yield from self.release_done(request.meta)


def truncated(body: bytes) -> bool:
    """A page that opened ``<html`` but never closed it was cut off in transit."""
    head, tail = body[:2048].lower(), body[-2048:].lower()
    return b"<html" in head and b"</html" not in tail and b"</body" not in tail
