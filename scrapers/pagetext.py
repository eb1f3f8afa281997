"""Bytes to text to lines: page decoding, block-aware text extraction, language by script."""
from __future__ import annotations

import codecs
import copy
import re

from lxml import etree
from parsel import Selector

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_\-:.]+)", re.IGNORECASE)

BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "div", "dl", "dt",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "th", "thead", "tr", "ul",
}  # fmt: skip
SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "iframe", "button", "select", "head"}


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None


def declared_charsets(content_type: str | None, body: bytes) -> tuple[str | None, str | None]:
    """(charset from the HTTP Content-Type header, charset from a <meta> in the first 4 KB)."""
    header = _HEADER_CHARSET.search(content_type or "")
    meta = _META_CHARSET.search(body[:4096])
    return (
        _codec(header.group(1)) if header else None,
        _codec(meta.group(1).decode("ascii", "ignore")) if meta else None,
    )


def decode_page(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode a page: HTTP header charset, then <meta> charset, then strict UTF-8, then UTF-8 minus a
    few invalid bytes, then cp1256.

    A declared charset that cannot decode the bytes strictly is skipped (a wrong server header is
    common on old static sites); the last resort decodes cp1256 with replacement characters.
    Returns ``(text, encoding_used)``.
    """
    if body.startswith(codecs.BOM_UTF8):
        return body[len(codecs.BOM_UTF8) :].decode("utf-8", "replace"), "utf-8-sig"
    header, meta = declared_charsets(content_type, body)
    for candidate in (header, meta, "utf-8"):
        if candidate is None:
            continue
        try:
            return body.decode(candidate), candidate
        except (UnicodeDecodeError, LookupError):
            continue
    # UTF-8 with a few stray bytes (a corrupted upload): drop the bytes, keep the text. A cp1256 page
    # read as UTF-8 fails on nearly every Arabic letter, so it never gets here.
    if (header or meta or "utf-8") == "utf-8":
        lossy = body.decode("utf-8", "replace")
        bad = lossy.count("\ufffd")
        good = sum(1 for char in lossy if ord(char) > 127) - bad  # real multi-byte letters
        if bad <= max(8, len(body) // 2000) and good >= 10 * bad:
            return body.decode("utf-8", "ignore"), "utf-8-lossy"
    try:
        return body.decode("cp1256"), "cp1256"
    except UnicodeDecodeError:
        return body.decode("cp1256", "replace"), "cp1256"


def normalise_line(line: str) -> str:
    """Collapse whitespace (incl. NBSP) to single spaces and trim, as a browser renders it."""
    return re.sub(r"\s+", " ", line).strip()


def text_lines(text: str) -> list[str]:
    """Non-blank, whitespace-normalised lines of a plain text (also used to compare with gold)."""
    return [n for n in (normalise_line(line) for line in text.splitlines()) if n]


def element_lines(element: etree._Element) -> list[str]:
    """Text of an element as lines: block elements and <br> start new lines, inline ones don't."""
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        tag = node.tag.lower() if isinstance(node.tag, str) else None
        if tag in SKIP_TAGS:
            return
        if tag is not None:  # comments and processing instructions carry no text of their own
            block = tag in BLOCK_TAGS
            if block:
                parts.append("\n")
            if node.text:
                parts.append(node.text)
            for child in node:
                walk(child)
                if child.tail:
                    parts.append(child.tail)
            if block:
                parts.append("\n")
        else:
            for child in node:
                walk(child)

    walk(element)
    return text_lines("".join(parts))


def selector_lines(sel: Selector, drop: tuple[str, ...] = ()) -> list[str]:
    """Lines of a parsel selector's element, after removing descendants matching ``drop`` (CSS)."""
    root = sel.root
    if drop:
        root = copy.deepcopy(root)
        for css in drop:
            for node in Selector(root=root, type="html").css(css):
                el = node.root
                parent = el.getparent()
                if parent is None:
                    continue
                # keep the text that follows the removed element, on a line of its own
                if el.tail:
                    tail = "\n" + el.tail
                    prev = el.getprevious()
                    if prev is not None:
                        prev.tail = (prev.tail or "") + tail
                    else:
                        parent.text = (parent.text or "") + tail
                parent.remove(el)
    return element_lines(root)


_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
_LATIN = re.compile(r"[A-Za-z]")


def detect_script_lang(text: str, minimum: int = 20) -> str | None:
    """``ar`` or ``en`` by which script dominates the letters; None if too few letters."""
    arabic = len(_ARABIC.findall(text))
    latin = len(_LATIN.findall(text))
    if arabic + latin < minimum:
        return None
    return "ar" if arabic >= latin * 0.5 else "en"


def html_lang(sel: Selector) -> str | None:
    """The primary subtag of ``<html lang>`` if it is one Diwan knows (ar/en)."""
    value = (sel.xpath("/html/@lang").get() or "").strip().lower()
    primary = re.split(r"[-_]", value)[0] if value else ""
    return primary if primary in {"ar", "en"} else None
