"""Canonical URLs and deterministic document ids (docs/contracts.md)."""
from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, quote, unquote, urlencode, urljoin, urlsplit, urlunsplit

TRACKING_PARAMS = {"fbclid", "gclid", "amp"}


def _is_tracking(name: str) -> bool:
    return name.lower().startswith("utm_") or name.lower() in TRACKING_PARAMS


def _normalise_path(path: str) -> str:
    # %d9%8a and %D9%8A are the same URL; so is a raw Arabic path. Re-quote to one spelling.
    return quote(unquote(path), safe="/-_.~!$&'()*+,;=:@")


def canonicalize(url: str) -> str:
    """Lower-case scheme and host, drop the fragment and tracking parameters; keep ``www.``."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if parts.port and not (
        (parts.scheme == "http" and parts.port == 80) or (parts.scheme == "https" and parts.port == 443)
    ):
        host = f"{host}:{parts.port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)]
    return urlunsplit(
        (parts.scheme.lower(), host, _normalise_path(parts.path) or "/", urlencode(query), "")
    )


def canonical_url(url: str, declared: str | None = None) -> str:
    """The page's ``<link rel=canonical>`` when it declares one, else the fetched URL, normalised."""
    if declared and declared.strip():
        return canonicalize(urljoin(url, declared.strip()))
    return canonicalize(url)


def doc_id(canonical: str) -> str:
    return hashlib.sha1(canonical.encode("utf-8")).hexdigest()[:16]


def registrable_host(url: str) -> str:
    """Host without ``www.`` and port: the value for ``allowed_domains``."""
    host = (urlsplit(url).hostname or "").lower()
    return re.sub(r"^www\.", "", host)
