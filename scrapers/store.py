"""One spider's files in the data folder: feeds, raw HTML, quarantine, crawl state, stats.

Layout (docs/contracts.md)::

    feeds/<spider>/<run_id>.jsonl        raw/<spider>/<doc_id>.html
    quarantine/<spider>/<run_id>.jsonl   crawl_state/<spider>.json   crawl_stats/<spider>/<run_id>.json

Feed lines are written to ``.<run_id>.jsonl.part`` and renamed when the run closes, so a reader
never sees half a feed and a run that stored nothing leaves no feed file at all. Raw pages are
written to a dot-file and renamed, so a page is either whole or absent.

A run that was killed leaves its ``.part`` feed (and perhaps a raw ``.tmp``) behind. Its documents
were never published, so the next run does not know them and fetches them again; the leftovers are
removed when the next run opens its store (runs never overlap: flows/lock.py).
"""
from __future__ import annotations

import json
import logging
import os
import secrets
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from scrapers.items import Document, utc_now
from scrapers.urls import canonicalize

log = logging.getLogger(__name__)


def new_run_id() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(2)


class CrawlStore:
    def __init__(self, data_dir: Path, spider: str, run_id: str):
        self.data_dir = Path(data_dir)
        self.spider = spider
        self.run_id = run_id
        self.feed_path = self.data_dir / "feeds" / spider / f"{run_id}.jsonl"
        self._feed_part = self.feed_path.with_name(f".{run_id}.jsonl.part")
        self.quarantine_path = self.data_dir / "quarantine" / spider / f"{run_id}.jsonl"
        self.raw_dir = self.data_dir / "raw" / spider
        self.state_path = self.data_dir / "crawl_state" / f"{spider}.json"
        self.stats_path = self.data_dir / "crawl_stats" / spider / f"{run_id}.json"
        self._feed: IO[str] | None = None
        self.n_documents = 0
        self.n_quarantined = 0
        self.n_leftovers_removed = self._remove_leftovers()
        # What earlier runs stored: fetched URLs, canonical URLs and content hashes.
        self.known_urls: set[str] = set()
        self.known_canonical: dict[str, str] = {}
        self.known_hashes: dict[str, str] = {}
        self._load_earlier_feeds()
        self.state = self._load_state()
        self.previous_failed: dict[str, str] = dict(self.state["failed"])

    # ---------------------------------------------------------------------------- earlier runs

    def _remove_leftovers(self) -> int:
        """Delete what a killed run left half-written: unpublished feeds and raw temp files."""
        leftovers = [*self.feed_path.parent.glob(".*.jsonl.part"), *self.raw_dir.glob(".*.tmp")]
        for path in leftovers:
            log.warning("removing %s, left by an interrupted run (its pages are fetched again)", path)
            path.unlink(missing_ok=True)
        return len(leftovers)

    def _load_earlier_feeds(self) -> None:
        folder = self.feed_path.parent
        if not folder.is_dir():
            return
        for path in sorted(folder.glob("*.jsonl")):
            if path == self.feed_path:
                continue
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                doc = json.loads(line)
                self.known_urls.add(canonicalize(doc["url"]))
                self.known_canonical[doc["canonical_url"]] = doc["doc_id"]
                self.known_hashes[doc["content_hash"]] = doc["doc_id"]

    def _load_state(self) -> dict[str, Any]:
        state: dict[str, Any] = {}
        if self.state_path.exists():
            state = json.loads(self.state_path.read_text(encoding="utf-8"))
        state.setdefault("failed", {})  # url -> reason: retried next run
        state.setdefault("duplicates", {})  # url -> doc_id it duplicates: not fetched again
        state.setdefault("listings", {})  # listing url -> release links found last time
        state.setdefault("skipped", {})  # url -> why it was not stored (irrelevant): not fetched again
        return state

    @property
    def has_history(self) -> bool:
        return bool(self.known_urls) or bool(self.state["listings"])

    def already_stored(self, url: str) -> bool:
        """True for a release an earlier run stored (or found to duplicate one)."""
        key = canonicalize(url)
        seen = (key in self.known_urls or key in self.known_canonical or key in self.state["duplicates"]
                or key in self.state["skipped"])
        return seen and key not in self.state["failed"]

    # ---------------------------------------------------------------------------------- writing

    def write_document(self, doc: Document) -> None:
        raw_path = self.raw_dir / f"{doc.doc_id}.html"
        raw_path.parent.mkdir(parents=True, exist_ok=True)
        if not raw_path.exists():  # raw is append-only: a page is never rewritten
            tmp = raw_path.with_name(f".{raw_path.name}.{self.run_id}.tmp")
            tmp.write_bytes(doc.raw_html)
            os.replace(tmp, raw_path)  # atomic: a kill leaves the whole page or none of it
        doc.html_path = raw_path.relative_to(self.data_dir).as_posix()
        if self._feed is None:
            self._feed_part.parent.mkdir(parents=True, exist_ok=True)
            self._feed = self._feed_part.open("a", encoding="utf-8")
        self._feed.write(json.dumps(doc.to_record(), ensure_ascii=False) + "\n")
        self._feed.flush()
        self.n_documents += 1
        key = canonicalize(doc.url)
        self.state["failed"].pop(key, None)
        self.state["failed"].pop(doc.url, None)

    def quarantine(self, url: str, reason: str, detail: str = "") -> None:
        self.quarantine_path.parent.mkdir(parents=True, exist_ok=True)
        row = {"source": self.spider, "url": url, "reason": reason, "detail": detail,
               "run_id": self.run_id, "at": utc_now()}  # fmt: skip
        with self.quarantine_path.open("a", encoding="utf-8") as out:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        self.n_quarantined += 1

    def mark_failed(self, url: str, reason: str) -> None:
        self.state["failed"][canonicalize(url)] = reason

    def mark_skipped(self, url: str, reason: str) -> None:
        key = canonicalize(url)
        self.state["skipped"][key] = reason
        self.state["failed"].pop(key, None)

    def mark_duplicate(self, url: str, of_doc_id: str) -> None:
        self.state["duplicates"][canonicalize(url)] = of_doc_id

    def record_listing(self, url: str, n_links: int) -> int | None:
        """Remember how many release links a listing page had; returns last run's count."""
        key = canonicalize(url)
        previous = self.state["listings"].get(key)
        self.state["listings"][key] = n_links
        return previous

    def close(self) -> Path | None:
        """Finish the run: publish the feed (if any) and save the crawl state."""
        feed = None
        if self._feed is not None:
            self._feed.close()
            self._feed_part.replace(self.feed_path)
            feed = self.feed_path
        self.state_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.state_path.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(self.state, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
        tmp.replace(self.state_path)
        return feed
