"""The extractor never raises, and every evidence offset points inside the text."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extraction import extract_document

WORDS = ["استقبل", "رئيس", "مجلس", "الوزراء", "السفير", "الروسي", "رسالة", "من", "دعوة", "لزيارة", "موسكو",
         "اليوم", "الخميس", "،", ".", "\n", "received", "Prime", "Minister", "the", "Ambassador", "of", "France",
         "لم", "سيلتقي", "بحضور", "\u202b", "<script>", "'; drop table x; --", "ـ", "٢٠٢٠"]


def check(text, published):
    r = extract_document({"id": "f", "lang": "ar", "published": published, "title": "", "text": text})
    for kind in ("meetings", "invitations", "messages"):
        for ev in r[kind]:
            e = ev["evidence"]
            assert 0 <= e["start"] <= e["end"] <= len(text)
            assert text[e["start"]:e["end"]] == e["text"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), max_size=80), st.sampled_from([None, "2020-05-14", "bad-date"]))
def test_word_soup(words, published):
    check(" ".join(words), published)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_unicode(text):
    check(text, "2021-01-01")
