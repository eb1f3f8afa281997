"""The extractor fuzzed with very long inputs and mixed scripts: it never raises, and every evidence offset
points inside the text. (tests/extraction/test_fuzz.py covers short word soups and arbitrary Unicode.)

The same holds through `extraction.pipeline`: a feed line of any shape is extracted or counted as an error,
never stops the feed.
"""
from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extraction import extract_document
from extraction.pipeline import extract_feed

MEETING_AR = "استقبل رئيس مجلس الوزراء السيد محمد شياع السوداني، اليوم الأحد، سفير فرنسا لدى العراق"
MEETING_EN = "Prime Minister Mohammed Shia al-Sudani received today the Ambassador of France"
INVITE_AR = "وجه رئيس مجلس الوزراء دعوة إلى الرئيس الروسي لزيارة بغداد"
# Arabic, Latin, Cyrillic, Hebrew, Persian/Urdu letters, CJK, Devanagari, emoji, combining marks,
# bidi controls, zero-widths, Eastern Arabic and Persian digits, odd spaces and line breaks
PIECES = [MEETING_AR, MEETING_EN, INVITE_AR, "، ", ". ", "\n", "\r\n", "\u2028", "\u2029", "\u00a0", "\u3000",
          "Москва", "ירושלים", "پیام گرفت", "北京", "नई दिल्ली", "😀👩‍👩‍👧", "\u0301\u0651\u064b", "ـــ",
          "\u202b", "\u202e", "\u2066", "\u2069", "\u200b", "\u200d", "\ufeff", "٢٠٢٣", "۱۴۰۲", "\x00", "\ud7ff",
          "<script>", "'; --", "../../", "اليوم", "أمس", "yesterday", "14 أيار 2020", "May 14, 2020"]


def check(text: str, lang: str = "ar", published: str | None = "2023-05-14", title: str = "") -> dict:
    result = extract_document({"id": "fuzz", "lang": lang, "published": published, "title": title, "text": text})
    for kind in ("meetings", "invitations", "messages"):
        for ev in result[kind]:
            e = ev["evidence"]
            assert 0 <= e["start"] <= e["end"] <= len(text)
            assert text[e["start"]:e["end"]] == e["text"]
    return result


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(st.sampled_from(PIECES), min_size=100, max_size=600), st.sampled_from(["ar", "en", None, "xx"]))
def test_long_mixed_script_soups(pieces, lang):
    check(" ".join(pieces), lang=lang)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.text(alphabet=st.characters(codec="utf-8", categories=["L", "M", "N", "P", "Z", "Cf", "S"]),
               min_size=1000, max_size=4000),
       st.sampled_from([MEETING_AR, MEETING_EN, INVITE_AR]))
def test_long_arbitrary_text_around_a_real_event(noise, sentence):
    cut = len(noise) // 2
    check(noise[:cut] + " " + sentence + ". " + noise[cut:])


@settings(max_examples=6, deadline=None)
@given(st.integers(min_value=10_000, max_value=100_000), st.sampled_from(["a", "ب", " ", "\n", "،", "\u202e", "😀"]))
def test_very_long_runs_of_one_character(n, char):
    check(char * n + MEETING_AR + char * n)


def test_a_very_long_document_of_real_sentences_keeps_every_offset_right():
    text = "\n".join([MEETING_AR + "، وبحث معه العلاقات الثنائية."] * 400 + [MEETING_EN + "."] * 400)
    result = check(text)
    assert result["meetings"], "the real meetings are still found in a very long document"


def test_a_very_long_title_alone():
    check("", title=MEETING_AR * 500)


def test_the_feed_survives_lines_of_any_shape(tmp_path):
    feed = tmp_path / "feed.jsonl"
    good = {"doc_id": "g", "lang": "ar", "published_date": "2023-05-14", "title": "t", "body_text": MEETING_AR}
    odd = [None, 1, "text", [1, 2], {}, {"doc_id": "x"}, {"doc_id": "y", "body_text": None},
           {"doc_id": "z", "title": ["a"], "body_text": {"b": 1}}, {"doc_id": "w", "lang": 5, "body_text": 7},
           {"doc_id": "v", "published_date": "not a date", "body_text": MEETING_AR * 50}]
    lines = [json.dumps(good, ensure_ascii=False)]
    lines += [json.dumps(o) for o in odd]
    lines += ["{not json", "\x00\x01", json.dumps(good, ensure_ascii=False)]
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    counts = extract_feed(feed, tmp_path / "out" / "events.jsonl", "fuzz")
    assert counts["documents"] + counts["errors"] == len(lines)
    assert counts["meetings"] >= 2  # both good lines extracted, around the bad ones
