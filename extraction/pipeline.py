"""Extract every feed file not yet extracted by the current rules version.

data/feeds/<spider>/<run>.jsonl  →  data/events/<rules_version>/<spider>/<run>.jsonl

An events file is written for every feed file, even when it holds no event, so "already
extracted" is simply "the events file exists"; it is written to a temporary name and renamed, so
a run killed half-way leaves no half file behind. Improving the rules means a new VERSION, which
re-extracts every feed without re-crawling.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from extraction.extractor import event_id, extract_document

EVENT_FIELDS = {
    "meeting": ["counterpart_name", "counterpart_role", "counterpart_country", "counterpart_org", "mode", "location"],
    "invitation": ["direction", "foreign_country", "foreign_org", "foreign_person", "foreign_role", "destination"],
    "message": ["from_country", "from_org", "from_person", "from_role", "carrier_role"],
}
ALL_FIELDS = [f for fields in EVENT_FIELDS.values() for f in fields]
KIND_OF_LIST = {"meetings": "meeting", "invitations": "invitation", "messages": "message"}


def rules_version() -> str:
    return (Path(__file__).resolve().parent / "rules" / "VERSION").read_text(encoding="utf-8").strip()


def _text(doc: dict, field: str) -> str:
    value = doc.get(field)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise TypeError(f"{field} is a {type(value).__name__}, not a string")
    return value


def document_input(doc: dict) -> dict:
    """The extractor's view of a crawled Document (TypeError when a text field is not text)."""
    return {
        "id": doc["doc_id"],
        "lang": doc.get("lang"),
        "published": _text(doc, "published_date") or _text(doc, "published_at")[:10] or None,
        "title": _text(doc, "title"),
        "text": _text(doc, "body_text"),
    }


def flat_events(doc: dict, extracted: dict, version: str) -> list[dict]:
    """One flat Event record per extracted event (every field present, null where not used)."""
    out = []
    for list_name, event_type in KIND_OF_LIST.items():
        for ev in extracted.get(list_name, []):
            content = {k: v for k, v in ev.items() if k not in ("evidence", "confidence")}
            record = {
                "event_id": event_id(doc["doc_id"], event_type, content),
                "event_type": event_type,
                "doc_id": doc["doc_id"],
                "source": doc.get("source"),
                "rules_version": version,
                "date": ev.get("date"),
                "pm": ev.get("pm") or extracted.get("pm"),
            }
            for f in ALL_FIELDS:
                record[f] = ev.get(f) if f in EVENT_FIELDS[event_type] else None
            evidence = ev.get("evidence") or {}
            record.update(evidence_text=evidence.get("text"), evidence_start=evidence.get("start"),
                          evidence_end=evidence.get("end"), confidence=ev.get("confidence"))
            out.append(record)
    return out


def _pm_of(extracted: dict) -> str | None:
    """The document's Prime Minister: that of its undated meetings, else of its latest one (meetings
    come in date order, undated last; an earlier one may be a flashback to a predecessor)."""
    for ev in reversed(extracted.get("meetings", [])):
        if ev.get("pm"):
            return ev["pm"]
    return None


def _pm_on(day: str | None) -> str | None:
    """The Iraqi Prime Minister in office on `day` (YYYY-MM-DD), from the office holders."""
    from extraction.dates import parse_iso
    from extraction.registry import load_registry

    term = load_registry().iraqi_pm(parse_iso(day))
    return term.name_en if term else None


def extract_feed(feed_path: Path, out_path: Path, version: str) -> dict:
    counts = {"documents": 0, "meetings": 0, "invitations": 0, "messages": 0, "errors": 0}
    out_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_path.with_suffix(".jsonl.part")
    with open(feed_path, encoding="utf-8") as src, open(tmp, "w", encoding="utf-8") as out:
        for line in src:
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
                extracted = extract_document(document_input(doc))
            except Exception as exc:  # noqa: BLE001
                # one broken line (or one document the extractor cannot read) never loses the rest of the
                # feed, nor blocks every later run on this append-only file; it is counted and reported
                counts["errors"] += 1
                counts.setdefault("error_details", []).append(f"{feed_path.name}: {type(exc).__name__}: {exc}")
                continue
            counts["documents"] += 1
            pm = _pm_of(extracted)
            for rec in flat_events(doc, extracted, version):
                # a dated invitation or message: the PM in office that day; undated, the document's (its
                # meetings' PM, or in a document with no meeting the one in office when it was published)
                rec["pm"] = rec["pm"] or _pm_on(rec["date"]) or pm or _pm_on(document_input(doc)["published"])
                counts[rec["event_type"] + "s"] += 1
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    os.replace(tmp, out_path)
    return counts


def extract_new_feeds(data_dir: Path | None = None) -> dict:
    """Extract the feed files that have no events file for this rules version yet."""
    if data_dir is None:
        from flows.paths import data_dir as default_data_dir
        data_dir = default_data_dir()
    data_dir = Path(data_dir)
    version = rules_version()
    totals = {"rules_version": version, "feeds_extracted": 0, "documents": 0, "meetings": 0,
              "invitations": 0, "messages": 0, "errors": 0}
    feeds = sorted((data_dir / "feeds").glob("*/*.jsonl"))
    for feed in feeds:
        out = data_dir / "events" / version / feed.parent.name / feed.name
        if out.exists():
            continue
        counts = extract_feed(feed, out, version)
        totals["feeds_extracted"] += 1
        for k in ("documents", "meetings", "invitations", "messages", "errors"):
            totals[k] += counts[k]
        totals.setdefault("error_details", []).extend(counts.get("error_details", []))
    return totals
