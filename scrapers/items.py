"""The Document contract (docs/contracts.md) and the record of a rejected page.

Spiders yield ``Document`` for every article page and ``Rejected`` for pages they could not use
(network failures, pages that are not releases). The pipelines validate Documents and send
both kinds of failure to the quarantine file.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, datetime

SOURCE_KINDS = ("pmo", "news")
LANGS = ("ar", "en")


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def content_hash(title: str, body_text: str) -> str:
    normalised_title = re.sub(r"\s+", " ", title or "").strip()
    return hashlib.sha1(f"{normalised_title}\n{body_text}".encode()).hexdigest()


@dataclass
class Document:
    doc_id: str
    source: str
    source_kind: str
    url: str
    canonical_url: str
    lang: str | None
    title: str
    published_at: str | None
    published_date: str | None
    body_text: str
    content_hash: str
    fetched_at: str
    html_path: str | None = None
    # Not part of the feed record: the page bytes as fetched, written to raw/ by the pipeline.
    raw_html: bytes = field(default=b"", repr=False, compare=False, metadata={"feed": False})

    def to_record(self) -> dict:
        """The JSON line written to the feed: every contract field, nothing else."""
        data = asdict(self)
        return {f.name: data[f.name] for f in fields(self) if f.metadata.get("feed", True)}


@dataclass
class Rejected:
    """A page the spider could not turn into a Document (goes to quarantine, never to the feed)."""

    url: str
    reason: str
    detail: str = ""
    # Failures worth retrying next run (HTTP 5xx/404, timeouts) are also kept in crawl_state.
    retry: bool = False
    # layout_changed and similar run-level failures make the crawl runner raise.
    fatal: bool = False


# Quarantine reasons, used by pipelines, spiders and tests.
EMPTY_BODY = "empty_body"
NO_TITLE = "no_title"
NOT_A_RELEASE = "not_a_release"
UNKNOWN_LANGUAGE = "unknown_language"
DUPLICATE = "duplicate"
HTTP_ERROR = "http_error"
TIMEOUT = "timeout"
NETWORK_ERROR = "network_error"
LAYOUT_CHANGED = "layout_changed"
TRUNCATED = "truncated"
TOO_LARGE = "too_large"
REDIRECT_LOOP = "redirect_loop"
ROBOTS_DISALLOWED = "robots_disallowed"
