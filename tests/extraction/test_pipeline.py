import json

from extraction.batch import extract_file
from extraction.pipeline import ALL_FIELDS, extract_new_feeds, rules_version

SEED = {
    "doc_id": "abc123", "source": "iq_yesiraq_news", "source_kind": "news", "url": "http://x/1",
    "canonical_url": "http://x/1", "lang": "ar", "title": "t", "published_at": "2020-05-14T10:00:00+03:00",
    "published_date": "2020-05-14",
    "body_text": "استقبل رئيس مجلس الوزراء، اليوم الخميس، السفير الكندي.\nالمكتب الإعلامي لرئيس مجلس الوزراء",
    "content_hash": "h", "fetched_at": "2020-05-14T08:00:00Z", "html_path": "raw/x.html",
}


def write_feed(data_dir, docs, name="20200514T080000Z-aaaa.jsonl"):
    feed = data_dir / "feeds" / "iq_yesiraq_news" / name
    feed.parent.mkdir(parents=True, exist_ok=True)
    feed.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    return feed


def test_extracts_each_feed_once(tmp_path):
    write_feed(tmp_path, [SEED])
    first = extract_new_feeds(tmp_path)
    assert first["feeds_extracted"] == 1 and first["meetings"] == 1
    out = tmp_path / "events" / rules_version() / "iq_yesiraq_news" / "20200514T080000Z-aaaa.jsonl"
    rec = json.loads(out.read_text(encoding="utf-8"))
    assert rec["event_type"] == "meeting" and rec["counterpart_country"] == "CA"
    assert rec["date"] == "2020-05-14" and rec["pm"] == "Mustafa al-Kadhimi"
    assert set(ALL_FIELDS) <= set(rec) and rec["direction"] is None
    assert SEED["body_text"][rec["evidence_start"]:rec["evidence_end"]] == rec["evidence_text"]
    assert rec["rules_version"] == rules_version()
    second = extract_new_feeds(tmp_path)
    assert second["feeds_extracted"] == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1


def test_every_dated_event_names_the_prime_minister_in_office_that_day(tmp_path):
    doc = {**SEED, "doc_id": "flash1", "published_at": "2020-07-16T12:00:00+03:00", "published_date": "2020-07-16",
           "body_text": "استقبل رئيس مجلس الوزراء مصطفى الكاظمي، اليوم الخميس، وزير الخارجية الفرنسي جان إيف "
                        "لودريان.\nيُذكر أن لودريان كان قد أجرى، في الخامس من كانون الثاني الماضي، اتصالاً هاتفياً "
                        "برئيس الوزراء السابق عادل عبد المهدي."}
    write_feed(tmp_path, [doc])
    extract_new_feeds(tmp_path)
    out = tmp_path / "events" / rules_version() / "iq_yesiraq_news" / "20200514T080000Z-aaaa.jsonl"
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted((r["date"], r["pm"]) for r in recs) == [
        ("2020-01-05", "Adil Abdul-Mahdi"), ("2020-07-16", "Mustafa al-Kadhimi")]


def test_event_ids_are_deterministic(tmp_path):
    write_feed(tmp_path, [SEED])
    extract_new_feeds(tmp_path)
    a = (tmp_path / "events").rglob("*.jsonl").__next__().read_text(encoding="utf-8")
    other = tmp_path / "again"
    write_feed(other, [SEED])
    extract_new_feeds(other)
    b = (other / "events").rglob("*.jsonl").__next__().read_text(encoding="utf-8")
    assert json.loads(a)["event_id"] == json.loads(b)["event_id"]


def test_a_broken_line_is_counted_not_fatal(tmp_path):
    feed = write_feed(tmp_path, [SEED])
    feed.write_text("{not json\n" + feed.read_text(encoding="utf-8"), encoding="utf-8")
    totals = extract_new_feeds(tmp_path)
    assert totals["errors"] == 1 and totals["meetings"] == 1


def test_a_feed_without_events_is_marked_done(tmp_path):
    write_feed(tmp_path, [dict(SEED, body_text="نشرة الطقس ليوم الخميس.")])
    assert extract_new_feeds(tmp_path)["meetings"] == 0
    assert extract_new_feeds(tmp_path)["feeds_extracted"] == 0


def test_extract_file_command_engine(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "d1", "lang": "ar", "published": "2020-05-14", "title": "",
                               "text": SEED["body_text"], "extra": 1}, ensure_ascii=False) + "\n"
                   + "not json\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert extract_file(src, out) == 2
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert lines[0]["id"] == "d1" and lines[0]["meetings"][0]["counterpart_country"] == "CA"
    assert set(lines[0]) == {"id", "meetings", "invitations", "messages"}
    assert "error" in lines[1]
