"""A realistic synthetic corpus for the benchmark and the fault tests, deterministic with a seed.

    uv run python bench/corpus.py DATA_DIR --n 10000 [--seed 6] [--no-raw]

writes N Document records (docs/contracts.md) as feed files under `DATA_DIR/feeds/<spider>/<run_id>.jsonl`,
and, unless `--no-raw`, each page's HTML under `DATA_DIR/raw/<spider>/<doc_id>.html`, the way a crawl
leaves them. About 40% of the documents are irrelevant (cabinet sessions, weather, football, the
economy); the rest are Arabic and English releases and news items about meetings, phone calls,
invitations and messages, with traps (the President or the Speaker meeting someone, denials, a
speculated visit), all drawn from the gazetteers in `extraction/rules/` (countries, office holders and
their spellings), with the Prime Minister in office on each date.

`write_replica(root, docs)` renders the same documents as a pmo.iq-style static site (listing pages
`press.htm` → `archive/press-N.htm`, release pages `pressYYYY/D-M-YYYYn.htm`) for crawl benchmarks.

Everything is streamed: the documents come from a generator and are written as they come, so a corpus
of 100,000 never sits in memory.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import html
import json
import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "extraction" / "rules"

# (spider, source_kind, lang, share of the corpus)
STREAMS = [
    ("iq_pmo_releases_ar", "pmo", "ar", 0.40),
    ("iq_pmo_releases_en", "pmo", "en", 0.25),
    ("iq_yesiraq_news", "news", "ar", 0.35),
]
DOCS_PER_FEED = 500  # a daily crawl writes a few dozen; a backfill a few hundred per run
IRRELEVANT_SHARE = 0.40
FIRST_DAY = date(2019, 1, 1)
LAST_DAY = date(2025, 12, 31)

AR_WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
EN_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
AR_MONTHS = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
             "تشرين الأول", "تشرين الثاني", "كانون الأول"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]

AR_ROLE = {
    "head_of_state": "رئيس {country}",
    "head_of_government": "رئيس وزراء {country}",
    "foreign_minister": "وزير خارجية {country}",
    "ambassador": "سفير {country} لدى العراق",
    "envoy": "المبعوث الخاص لـ{country}",
    "minister": "وزير {country}",
    "org_official": "",
    "other": "",
}
EN_ROLE = {
    "head_of_state": "President of {country}",
    "head_of_government": "Prime Minister of {country}",
    "foreign_minister": "Foreign Minister of {country}",
    "ambassador": "Ambassador of {country} to Iraq",
    "envoy": "Special Envoy of {country}",
    "minister": "Minister of {country}",
    "org_official": "",
    "other": "",
}

IRRELEVANT_AR = [
    ("رئيس مجلس الوزراء يترأس الجلسة الاعتيادية لمجلس الوزراء",
     ("ترأس رئيس مجلس الوزراء السيد {pm}، اليوم {weekday}، الجلسة الاعتيادية لمجلس الوزراء، وناقش المجلس "
     "الموضوعات المدرجة على جدول أعماله واتخذ بشأنها القرارات اللازمة.\nوقرر المجلس إطلاق {amount} درجة وظيفية "
     "لخريجي الجامعات للعام {year}.")),
    ("الأنواء الجوية: أمطار متفرقة على بغداد والمحافظات الوسطى",
     ("توقعت هيئة الأنواء الجوية، اليوم {weekday}، هطول أمطار متفرقة على بغداد والمحافظات الوسطى، "
     "مع انخفاض في درجات الحرارة إلى {small} درجة مئوية.\nودعت الهيئة المواطنين إلى الحذر أثناء القيادة.")),
    ("المنتخب الوطني يفوز على نظيره الفلسطيني وديا",
     ("فاز المنتخب الوطني العراقي لكرة القدم على نظيره الفلسطيني بهدفين مقابل هدف في مباراة ودية "
     "جرت على ملعب البصرة الدولي.\nوسجل أيمن حسين الهدف الأول في الدقيقة {minute}.")),
    ("البنك المركزي يعلن مبيعاته من العملة الأجنبية",
     ("أعلن البنك المركزي العراقي، اليوم {weekday}، أن مبيعاته من العملة الأجنبية بلغت {amount} مليون دولار.\n"
     "وذكر البنك في بيان أن الطلب على الحوالات الخارجية ارتفع مقارنة بالأسبوع الماضي.")),
    ("وزارة التربية تعلن نتائج الامتحانات الوزارية للسادس الإعدادي",
     ("أعلنت وزارة التربية، اليوم {weekday}، نتائج الامتحانات الوزارية للصف السادس الإعدادي للعام الدراسي "
     "{year}، وبلغت نسبة النجاح {pct} بالمئة.")),
]
IRRELEVANT_EN = [
    ("Prime Minister chairs the regular session of the Council of Ministers",
     ("Prime Minister {pm} chaired today, {weekday}, the regular session of the Council of Ministers, which "
     "discussed the items on its agenda.\nThe Council approved {small} items of the budget schedule for {year}.")),
    ("Prime Minister inaugurates a water treatment plant in Basra",
     ("Prime Minister {pm} inaugurated today a water treatment plant in Basra with a capacity of {amount} "
     "cubic metres a day.\nThe project serves several districts of the province.")),
    ("Prime Minister directs ministries to speed up service projects",
     ("Prime Minister {pm} directed the ministries on {weekday} to speed up the completion of service projects "
     "and to remove the obstacles facing {amount} stalled projects.")),
]

# a closing line, so that two reports of the same kind on the same day are rarely the same text
CLOSING_AR = ["وحضر اللقاء {n} من أعضاء الوفد.", "واستمر اللقاء {n} دقيقة.", "وتناول الجانبان {n} ملفاً مشتركاً.",
              "وأكد الجانبان أهمية التنسيق خلال الأشهر الـ{n} المقبلة.", "ويأتي ذلك بعد {n} يوماً من زيارة سابقة."]
CLOSING_EN = ["The meeting was attended by {n} members of the delegation.", "The meeting lasted {n} minutes.",
              "The two sides discussed {n} joint files.", "This comes {n} days after a previous visit."]


@dataclass(frozen=True)
class Person:
    person_id: str
    name_en: str
    names_ar: tuple[str, ...]
    country: str
    role: str
    valid_from: date
    valid_to: date | None


@dataclass(frozen=True)
class Country:
    iso2: str
    name_en: str
    name_ar: str
    capital_en: str
    capital_ar: str


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def load_gazetteers(rules: Path = RULES) -> tuple[dict[str, Country], list[Person], list[Person]]:
    """(countries by ISO code, foreign office holders, Iraqi Prime Ministers)."""
    with open(rules / "countries.csv", encoding="utf-8") as f:
        countries = {r["iso2"]: Country(r["iso2"], r["name_en"], r["name_ar"], r["capital_en"], r["capital_ar"])
                     for r in csv.DictReader(f) if r["capital_ar"] and r["capital_en"]}
    names_ar: dict[str, list[str]] = {}
    with open(rules / "person_names.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["lang"] == "ar":
                names_ar.setdefault(r["person_id"], []).append(r["name"])
    foreign, pms = [], []
    with open(rules / "office_holders.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["person_id"] not in names_ar or not r["valid_from"]:
                continue
            p = Person(r["person_id"], r["name_en"], tuple(sorted(names_ar[r["person_id"]])), r["country"],
                       r["role"], _day(r["valid_from"]), _day(r["valid_to"]))
            if p.role == "iq_prime_minister":
                pms.append(p)
            elif p.country in countries and p.country != "IQ" and p.role in AR_ROLE:
                foreign.append(p)
    foreign.sort(key=lambda p: p.person_id)
    pms.sort(key=lambda p: p.valid_from)
    return countries, foreign, pms


def _in_office(p: Person, day: date) -> bool:
    return p.valid_from <= day and (p.valid_to is None or day < p.valid_to)


class CorpusGenerator:
    """Documents one at a time; the same seed gives the same corpus."""

    def __init__(self, seed: int = 6, host: str = "https://pmo.iq", news_host: str = "https://yesiraq.com"):
        self.rng = random.Random(seed)
        self.seed = seed
        self.host = host.rstrip("/")
        self.news_host = news_host.rstrip("/")
        self.countries, self.foreign, self.pms = load_gazetteers()
        self.by_country: dict[str, list[Person]] = {}
        for p in self.foreign:
            self.by_country.setdefault(p.country, []).append(p)
        self._serial = 0

    # ------------------------------------------------------------------ pieces

    def _pm(self, day: date) -> Person:
        for p in self.pms:
            if _in_office(p, day):
                return p
        return self.pms[-1]

    def _counterpart(self, day: date) -> Person:
        candidates = [p for p in self.foreign if _in_office(p, day)]
        return self.rng.choice(candidates or self.foreign)

    def _role(self, p: Person, lang: str) -> str:
        c = self.countries[p.country]
        template = (AR_ROLE if lang == "ar" else EN_ROLE)[p.role]
        return template.format(country=c.name_ar if lang == "ar" else c.name_en) or ("المسؤول" if lang == "ar" else "the official")

    def _relevant(self, lang: str, day: date, news: bool) -> tuple[str, str]:
        rng = self.rng
        pm, cp = self._pm(day), self._counterpart(day)
        country = self.countries[cp.country]
        wd = (AR_WEEKDAYS if lang == "ar" else EN_WEEKDAYS)[day.weekday()]
        role = self._role(cp, lang)
        kind = rng.choices(["meeting", "call", "invitation", "message", "trap_president", "trap_denial",
                            "trap_future", "two_meetings"], weights=[30, 10, 12, 10, 6, 4, 4, 8])[0]
        if lang == "ar":
            pm_name = pm.names_ar[0]
            cp_name = rng.choice(cp.names_ar)
            other = self._counterpart(day)
            lead = "بغداد/ يس عراق: " if news else ""
            body, title = {
                "meeting": ((f"{lead}استقبل رئيس مجلس الوزراء السيد {pm_name}، اليوم {wd}، {role} {cp_name}، "
                            "والوفد المرافق له.\nوجرى خلال اللقاء بحث العلاقات الثنائية وسبل تعزيزها."),
                            f"رئيس مجلس الوزراء يستقبل {role} {cp_name}"),
                "call": ((f"{lead}تلقى رئيس مجلس الوزراء السيد {pm_name}، اليوم {wd}، اتصالاً هاتفياً من "
                         f"{role} {cp_name}، جرى خلاله بحث تطورات الأوضاع في المنطقة."),
                         f"{pm_name} يتلقى اتصالاً هاتفياً من {cp_name}"),
                "invitation": ((f"{lead}وجّه رئيس مجلس الوزراء السيد {pm_name}، اليوم {wd}، دعوة رسمية إلى "
                               f"{role} {cp_name} لزيارة بغداد، خلال لقائه سفير {country.name_ar}."),
                               f"رئيس الوزراء يدعو {cp_name} لزيارة العراق"),
                "message": ((f"{lead}تسلّم رئيس مجلس الوزراء السيد {pm_name}، اليوم {wd}، رسالة خطية من "
                            f"{role} {cp_name}، نقلها سفير {country.name_ar} لدى بغداد."),
                            f"{pm_name} يتسلم رسالة من {cp_name}"),
                "trap_president": ((f"{lead}استقبل رئيس الجمهورية، اليوم {wd}، {role} {cp_name}، وبحث معه "
                                   "العلاقات الثنائية."), f"رئيس الجمهورية يستقبل {cp_name}"),
                "trap_denial": ((f"{lead}نفى المكتب الإعلامي لرئيس مجلس الوزراء، اليوم {wd}، الأنباء التي "
                                f"تحدثت عن لقاء مرتقب مع {cp_name}."), "المكتب الإعلامي ينفي أنباء عن لقاء"),
                "trap_future": ((f"{lead}من المتوقع أن يزور {cp_name} بغداد خلال الأشهر المقبلة، بحسب مصادر "
                                "مطلعة."), f"مصادر: {cp_name} قد يزور بغداد"),
                "two_meetings": ((f"{lead}استقبل رئيس مجلس الوزراء السيد {pm_name}، اليوم {wd}، {role} "
                                 f"{cp_name}.\nكما استقبل {self._role(other, 'ar')} "
                                 f"{rng.choice(other.names_ar)}، وبحث معه التعاون المشترك."),
                                 f"رئيس الوزراء يستقبل {cp_name} و{rng.choice(other.names_ar)}"),
            }[kind]
            body += "\n" + rng.choice(CLOSING_AR).format(n=rng.randint(2, 40))
            if not news:
                body += f"\nالمكتب الإعلامي لرئيس مجلس الوزراء\n{day.day} {AR_MONTHS[day.month - 1]} {day.year}"
        else:
            pm_name, cp_name, other = pm.name_en, cp.name_en, self._counterpart(day)
            body, title = {
                "meeting": ((f"Prime Minister {pm_name} received today, {wd}, {role} {cp_name} and his "
                            "accompanying delegation.\nThe meeting discussed bilateral relations."),
                            f"Prime Minister receives {role} {cp_name}"),
                "call": ((f"Prime Minister {pm_name} received a phone call today, {wd}, from {role} {cp_name}, "
                         "in which they discussed regional developments."),
                         f"Prime Minister receives a phone call from {cp_name}"),
                "invitation": ((f"Prime Minister {pm_name} extended today an official invitation to {role} "
                               f"{cp_name} to visit Baghdad."), f"Prime Minister invites {cp_name} to Iraq"),
                "message": ((f"Prime Minister {pm_name} received today a written message from {role} {cp_name}, "
                            f"delivered by the Ambassador of {country.name_en}."),
                            f"Prime Minister receives a message from {cp_name}"),
                "trap_president": (f"The President of the Republic received today {role} {cp_name}.",
                                   f"The President receives {cp_name}"),
                "trap_denial": ((f"The Media Office of the Prime Minister denied today reports of a meeting with "
                                f"{cp_name}."), "Media Office denies reports of a meeting"),
                "trap_future": (f"{cp_name} is expected to visit Baghdad in the coming months, sources said.",
                                f"Sources: {cp_name} may visit Baghdad"),
                "two_meetings": ((f"Prime Minister {pm_name} received today, {wd}, {role} {cp_name}.\nHe also "
                                 f"received {self._role(other, 'en')} {other.name_en}."),
                                 f"Prime Minister receives {cp_name} and {other.name_en}"),
            }[kind]
            body += "\n" + rng.choice(CLOSING_EN).format(n=rng.randint(2, 40))
            body += f"\nMedia Office of the Prime Minister\n{EN_MONTHS[day.month - 1]} {day.day}, {day.year}"
        return title, body

    def _irrelevant(self, lang: str, day: date) -> tuple[str, str]:
        title, body = self.rng.choice(IRRELEVANT_AR if lang == "ar" else IRRELEVANT_EN)
        pm = self._pm(day)
        fill = {"pm": pm.names_ar[0] if lang == "ar" else pm.name_en,
                "weekday": (AR_WEEKDAYS if lang == "ar" else EN_WEEKDAYS)[day.weekday()],
                "year": day.year, "amount": self.rng.randint(100, 99_999), "pct": self.rng.randint(40, 99),
                "small": self.rng.randint(2, 45), "minute": self.rng.randint(1, 90)}
        return title, body.format(**fill)

    # ------------------------------------------------------------------ documents

    def document(self, spider: str, kind: str, lang: str, day: date) -> dict:
        self._serial += 1
        n = self._serial
        news = kind == "news"
        if self.rng.random() < IRRELEVANT_SHARE:
            title, body = self._irrelevant(lang, day)
        else:
            title, body = self._relevant(lang, day, news)
        if news:
            url = f"{self.news_host}/{day.year}/{day.month:02d}/{day.day:02d}/s{self.seed}-{n}/"
        elif lang == "ar":
            url = f"{self.host}/press{day.year}/{day.day}-{day.month}-{day.year}{n}.htm"
        else:
            url = f"{self.host}/pme/press{day.year}en/{day.day}-{day.month}-{day.year}{n}en.htm"
        doc_id = hashlib.sha1(url.encode()).hexdigest()[:16]
        return {
            "doc_id": doc_id, "source": spider, "source_kind": kind, "url": url, "canonical_url": url,
            "lang": lang, "title": title, "published_at": f"{day.isoformat()}T00:00:00+03:00",
            "published_date": day.isoformat(), "body_text": body,
            "content_hash": hashlib.sha1(f"{' '.join(title.split())}\n{body}".encode()).hexdigest(),
            "fetched_at": f"{day.isoformat()}T12:00:00Z", "html_path": f"raw/{spider}/{doc_id}.html",
        }

    def documents(self, n: int, first_day: date = FIRST_DAY, last_day: date = LAST_DAY) -> Iterator[dict]:
        """`n` documents in publication order, spread over [first_day, last_day]."""
        span = (last_day - first_day).days
        for i in range(n):
            day = first_day + timedelta(days=span * i // max(n, 1))
            spider, kind, lang, _ = self.rng.choices(STREAMS, weights=[s[3] for s in STREAMS])[0]
            yield self.document(spider, kind, lang, day)


def render_html(doc: dict) -> str:
    """The page a crawler would have fetched for `doc`: pmo.iq's static-release layout."""
    esc = html.escape
    paras = "\n".join(f'<p class="MsoNormal" style="text-align: justify">{esc(line)}</p>'
                      for line in doc["body_text"].split("\n"))
    direction = "rtl" if doc["lang"] == "ar" else "ltr"
    return (f'<html dir="{direction}">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
            f'charset=utf-8">\n<title>{esc(doc["title"])}</title>\n</head>\n<body topmargin="0">\n'
            '<table border="0" width="100%" id="header"><tr><td><a href="/index.htm">'
            '<img src="/imege/logo.jpg"></a></td></tr></table>\n'
            '<table border="0" width="760" align="center" id="table1"><tr><td>\n'
            f'<div class="press-title"><b>{esc(doc["title"])}</b></div>\n<div class="pressText">\n{paras}\n'
            '</div>\n</td></tr></table>\n<div id="footer"><font size="1">&copy;</font></div>\n</body>\n</html>\n')


def write_feeds(data_dir: Path, docs: Iterable[dict], raw: bool = True, run_prefix: str = "20260101T000000Z",
                docs_per_feed: int = DOCS_PER_FEED) -> dict[str, int]:
    """Write documents as feed files (and raw pages); returns {spider: documents written}."""
    data_dir = Path(data_dir)
    counts: dict[str, int] = {}
    open_feeds: dict[str, tuple[object, int]] = {}
    try:
        for doc in docs:
            spider = doc["source"]
            n = counts.get(spider, 0)
            if n % docs_per_feed == 0:
                if spider in open_feeds:
                    open_feeds[spider][0].close()
                path = data_dir / "feeds" / spider / f"{run_prefix}-{n // docs_per_feed:05d}.jsonl"
                path.parent.mkdir(parents=True, exist_ok=True)
                open_feeds[spider] = (open(path, "w", encoding="utf-8"), 0)  # noqa: SIM115 (closed in finally)
            open_feeds[spider][0].write(json.dumps(doc, ensure_ascii=False) + "\n")
            counts[spider] = n + 1
            if raw:
                page = data_dir / doc["html_path"]
                page.parent.mkdir(parents=True, exist_ok=True)
                page.write_text(render_html(doc), encoding="utf-8")
    finally:
        for f, _ in open_feeds.values():
            f.close()
    return counts


def generate(data_dir: Path, n: int, seed: int = 6, raw: bool = True, run_prefix: str = "20260101T000000Z",
             first_day: date = FIRST_DAY, last_day: date = LAST_DAY) -> dict[str, int]:
    """Write a corpus of `n` documents into `data_dir`; returns {spider: documents}."""
    gen = CorpusGenerator(seed)
    return write_feeds(data_dir, gen.documents(n, first_day, last_day), raw=raw, run_prefix=run_prefix)


def write_replica(root: Path, docs: Iterable[dict], per_listing: int = 20) -> int:
    """A pmo.iq-style static site of the Arabic releases among `docs` under `root`; returns the release count.

    `press.htm` lists the newest releases and links to `archive/press-2.htm` ... by "التالي" (next), as the
    real site does; each release is at its URL's path (`pressYYYY/D-M-YYYYn.htm`).
    """
    root = Path(root)
    paths = []
    for doc in docs:
        if doc["source"] != "iq_pmo_releases_ar":
            continue
        path = "/" + doc["url"].split("://", 1)[1].split("/", 1)[1]
        page = root / path.lstrip("/")
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(render_html(doc), encoding="utf-8")
        paths.append((path, doc["title"]))
    paths.reverse()  # newest first
    pages = [paths[i:i + per_listing] for i in range(0, len(paths), per_listing)] or [[]]
    (root / "archive").mkdir(parents=True, exist_ok=True)
    for i, entries in enumerate(pages, start=1):
        name = "press.htm" if i == 1 else f"archive/press-{i}.htm"
        rows = "\n".join(f'<tr><td class="news"><a href="{p}">{html.escape(t)}</a></td></tr>' for p, t in entries)
        nxt = f'<p class="pages"><a href="/archive/press-{i + 1}.htm">التالي</a></p>' if i < len(pages) else ""
        (root / name).write_text(
            '<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<title>البيانات الصحفية</title></head><body><h3>البيانات الصحفية</h3>\n<table id="list">\n{rows}\n'
            f'</table>\n{nxt}\n</body></html>\n', encoding="utf-8")
    (root / "robots.txt").write_text("User-agent: *\nAllow: /\n", encoding="utf-8")
    return len(paths)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python bench/corpus.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--no-raw", action="store_true", help="write the feed files only")
    args = parser.parse_args(argv)
    counts = generate(args.data_dir, args.n, seed=args.seed, raw=not args.no_raw)
    print(json.dumps(counts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
