"""pmo.iq, both of its CMSs: the static FrontPage-era ``.htm`` tree (2018–2022) and the newer
``?article=N`` CMS (from late 2022). See scrapers/README.md for what is known of the site.

Release URLs: ``/press{YYYY}/{D}-{M}-{YYYY}{NN}.htm`` (Arabic), ``/pme/press{YYYY}en/...en.htm``
(English), ``/?article=N`` (Arabic CMS) and ``/?article=N&lang=en`` (English CMS; the language
switch is UNVERIFIED on the live site). File names were typed by hand (``6-1-201201en.htm``): the
date is never read from the digits after ``{D}-{M}-``.

Publication date, in order of trust:
1. a date line after the closing signature (``Media Office of the Prime Minister`` /
   ``المكتب الإعلامي لرئيس مجلس الوزراء`` + date), the latest one;
2. any other line of the page that is only a date (the header date line);
3. the URL: ``{D}-{M}-`` from the file name and the year from the ``press{YYYY}`` folder.
A page date whose year disagrees with the URL folder year loses to one that agrees (the header
of ``15-1-201201en.htm`` says 2019 on a 2020 release); if none agrees, the URL date wins.
Dates inside body prose (``اليوم الجمعة (١١ أيلول ٢٠٢٠)``) are never used.
"""
from __future__ import annotations

import re
from datetime import date
from urllib.parse import parse_qs, urlsplit

from parsel import Selector
from scrapy.http import Response

from scrapers.dates import parse_date_line
from scrapers.pagetext import detect_script_lang, html_lang, selector_lines
from scrapers.spiders.base import NotARelease, Page

STATIC_AR = re.compile(r"^/press(?P<year>\d{4})/(?P<day>\d{1,2})-(?P<month>\d{1,2})-[^/]*\.htm$", re.IGNORECASE)
STATIC_EN = re.compile(r"^/pme/press(?P<year>\d{4})en/(?P<day>\d{1,2})-(?P<month>\d{1,2})-[^/]*en\.htm$", re.IGNORECASE)

BODY_SELECTORS = ("div.pressText", "div.article-body", "div#pressText", "td.pressText")
BODY_CHROME = ("div.share", "script", "style")
SIGNATURE = re.compile(
    r"^(media|press) office of the prime minister$|^المكتب ال[اإ]علامي لرئيس (مجلس )?الوزراء$", re.IGNORECASE
)
SITE_TITLE_SUFFIX = re.compile(r"\s+\|\s+.*$")


def cms_article(url: str) -> tuple[str | None, str | None]:
    """(article id, lang parameter) of a ``?article=N`` URL, else (None, None)."""
    parts = urlsplit(url)
    if parts.path not in ("", "/", "/index.php"):
        return None, None
    query = parse_qs(parts.query)
    article = query.get("article", [None])[0]
    if not article or not article.isdigit():
        return None, None
    return article, query.get("lang", [None])[0]


def url_date(url: str) -> tuple[date | None, int | None]:
    """(date from ``{D}-{M}-`` + folder year, folder year) for static release URLs."""
    path = urlsplit(url).path
    m = STATIC_EN.match(path) or STATIC_AR.match(path)
    if not m:
        return None, None
    year = int(m["year"])
    try:
        return date(year, int(m["month"]), int(m["day"])), year
    except ValueError:
        return None, year


def choose_date(lines: list[str], url: str) -> date | None:
    """The release date from the page's date lines and the URL (see module docstring)."""
    signature_at = max((i for i, line in enumerate(lines) if SIGNATURE.match(line)), default=None)
    dated = [(i, d) for i, line in enumerate(lines) if (d := parse_date_line(line))]
    closing = [d for i, d in reversed(dated) if signature_at is not None and i > signature_at]
    others = [d for i, d in reversed(dated) if signature_at is None or i <= signature_at]
    from_url, folder_year = url_date(url)
    preference = closing + others
    if folder_year is not None:
        agreeing = [d for d in preference if d.year == folder_year]
        if agreeing:
            return agreeing[0]
        if from_url:
            return from_url
    return preference[0] if preference else from_url


class PmoReleasesMixin:
    """Parsing shared by the Arabic and English pmo.iq spiders; set ``release_lang``."""

    release_lang = "ar"

    def is_release_url(self, url: str) -> bool:
        path = urlsplit(url).path
        if self.release_lang == "en":
            if STATIC_EN.match(path):
                return True
        elif STATIC_AR.match(path):
            return True
        article, lang = cms_article(url)
        return article is not None and (lang == "en") == (self.release_lang == "en")

    def link_date(self, url: str) -> date | None:
        """For backfill: the last day of a static release's folder year. The day and month in the file
        name are hand-typed (and sometimes wrong), the folder year is not; a year-end bound never skips
        a release dated on or after ``since``, and stops paginating once a listing page is all older."""
        _, folder_year = url_date(url)
        if folder_year is not None:
            return date(folder_year, 12, 31)
        return super().link_date(url)

    def link_id(self, url: str) -> int | None:
        """The CMS's ``?article=N`` grows with time (3907 was a 2025 decision)."""
        article, _ = cms_article(url)
        return int(article) if article else None

    def parse_page(self, response: Response, sel: Selector) -> Page:
        body = next((found[0] for css in BODY_SELECTORS if (found := sel.css(css))), None)
        if body is None:
            raise NotARelease("no release body (div.pressText / div.article-body) on the page")
        body_lines = selector_lines(body, drop=BODY_CHROME)
        page_body = sel.css("body")
        page_lines = selector_lines(page_body[0], drop=("script", "style")) if page_body else body_lines
        title = (
            sel.css('meta[property="og:title"]::attr(content)').get()
            or SITE_TITLE_SUFFIX.sub("", sel.css("title::text").get() or "")
            or sel.css("h1::text, h2::text").get()
            or ""
        )
        return Page(
            title=title.strip(),
            body_lines=body_lines,
            published=choose_date(page_lines, response.url),
            lang=html_lang(sel) or detect_script_lang("\n".join(body_lines)),
            declared_canonical=sel.css('link[rel="canonical"]::attr(href)').get(),
        )
