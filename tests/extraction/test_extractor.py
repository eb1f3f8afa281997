"""The extractor, one phenomenon per case, each with its negative.

Cases are short texts written for these tests (not the development documents), so they check
the rules generalise: a new country, a new title, a new phrasing of the same construction.
"""
import pytest

from extraction import extract_document


def run(text, published="2021-06-15", lang="ar", title=""):
    return extract_document({"id": "t", "lang": lang, "published": published, "title": title, "text": text})


def meetings(r):
    return sorted((m["date"], m["counterpart_country"] or "ORG:" + (m["counterpart_org"] or "?"),
                   m["counterpart_role"], m["mode"], m["location"]) for m in r["meetings"])


def invitations(r):
    return sorted((i["direction"], i["foreign_country"] or "ORG:" + (i["foreign_org"] or "?"),
                   i["foreign_role"], i["destination"], i["date"]) for i in r["invitations"])


def messages(r):
    return sorted((m["from_country"], m["from_role"], m["carrier_role"], m["date"]) for m in r["messages"])


AR_MEETINGS = [
    # plain reception, clitics on the title ("بسفير", "للسفير") and the weekday date line
    ("استقبل رئيس مجلس الوزراء مصطفى الكاظمي، اليوم الثلاثاء، سفير دولة الكويت لدى العراق.",
     [("2021-06-15", "KW", "ambassador", "in_person", "Baghdad")]),
    ("إستقبل رئيس مجلس الوزراء، اليوم الثلاثاء، السفير الياباني في بغداد.",
     [("2021-06-15", "JP", "ambassador", "in_person", "Baghdad")]),
    # meeting hidden in a participle phrase
    ("أكد رئيس مجلس الوزراء، لدى استقباله وزير الخارجية التركي، أهمية التعاون.",
     [("2021-06-15", "TR", "foreign_minister", "in_person", "Baghdad")]),
    # a list of ambassadors, each a meeting
    ("استقبل رئيس مجلس الوزراء، اليوم الثلاثاء، كلاً على حدة، سفراء الصين وإيطاليا واليونان.",
     [("2021-06-15", "CN", "ambassador", "in_person", "Baghdad"),
      ("2021-06-15", "GR", "ambassador", "in_person", "Baghdad"),
      ("2021-06-15", "IT", "ambassador", "in_person", "Baghdad")]),
    ("استقبل رئيس مجلس الوزراء كلا من: سفير قطر، وسفير الأردن، وسفير باكستان.",
     [("2021-06-15", "JO", "ambassador", "in_person", "Baghdad"),
      ("2021-06-15", "PK", "ambassador", "in_person", "Baghdad"),
      ("2021-06-15", "QA", "ambassador", "in_person", "Baghdad")]),
    # incoming and outgoing phone calls
    ("تلقى رئيس مجلس الوزراء، مساء اليوم، اتصالاً هاتفياً من رئيس الوزراء الإسباني.",
     [("2021-06-15", "ES", "head_of_government", "phone", None)]),
    ("أجرى رئيس مجلس الوزراء اتصالاً هاتفياً بالرئيس الجزائري، أمس الإثنين.",
     [("2021-06-14", "DZ", "head_of_state", "phone", None)]),
    ("هاتف أمير دولة قطر الشيخ تميم بن حمد، اليوم، رئيسَ مجلس الوزراء.",
     [("2021-06-15", "QA", "head_of_state", "phone", None)]),
    # video
    ("عقد رئيس مجلس الوزراء، اليوم، اجتماعاً عبر دائرة تلفزيونية مع المستشارة الألمانية.",
     [("2021-06-15", "DE", "head_of_government", "video", None)]),
    # an organisation
    ("استقبل رئيس مجلس الوزراء، اليوم، الأمين العام لجامعة الدول العربية.",
     [("2021-06-15", "ORG:ARAB_LEAGUE", "org_official", "in_person", "Baghdad")]),
    # the head of the EU delegation is its ambassador (gold_format.md)
    ("استقبل رئيس مجلس الوزراء رئيس بعثة الاتحاد الأوروبي لدى العراق.",
     [("2021-06-15", "ORG:EU", "ambassador", "in_person", "Baghdad")]),
    # abroad: the arrival sets the place; the host receives the Prime Minister
    (("وصل رئيس مجلس الوزراء، اليوم، الى العاصمة التركية أنقرة في زيارة رسمية. "
     "واستقبل الرئيس التركي رجب طيب أردوغان رئيس مجلس الوزراء في القصر الرئاسي."),
     [("2021-06-15", "TR", "head_of_state", "in_person", "Ankara")]),
    # formal state names
    ("استقبل رئيس مجلس الوزراء سفير جمهورية الصين الشعبية.",
     [("2021-06-15", "CN", "ambassador", "in_person", "Baghdad")]),
]

AR_TRAPS = [
    "استقبل رئيس الجمهورية، اليوم، سفير المملكة المتحدة في قصر السلام.",
    "التقى رئيس مجلس النواب، اليوم، السفير الفرنسي.",
    "من المقرر أن يستقبل رئيس مجلس الوزراء الرئيس الفرنسي الأسبوع المقبل.",
    "سيلتقي رئيس مجلس الوزراء الرئيس الأمريكي في واشنطن.",
    "نفى مكتب رئيس مجلس الوزراء أنباء عن لقاء مع السفير الإيراني.",
    "استقبل رئيس مجلس الوزراء رئيس حكومة إقليم كوردستان.",
    "استقبل نائب رئيس مجلس الوزراء وزير الخارجية السفير الهولندي.",
    "دعت السعودية لعقد قمة عربية طارئة.",
    "أشاد رئيس مجلس الوزراء بمواقف الكويت الداعمة للعراق.",
]

EN_MEETINGS = [
    ("Prime Minister Mustafa Al-Kadhimi received today, Tuesday, the Ambassador of Japan to Iraq.",
     [("2021-06-15", "JP", "ambassador", "in_person", "Baghdad")]),
    ("Prime Minister Mustafa Al-Kadhimi received a telephone call from Turkish President Recep Tayyip Erdogan.",
     [("2021-06-15", "TR", "head_of_state", "phone", None)]),
    ("Prime Minister Mustafa Al-Kadhimi received the ambassadors of Spain, the Netherlands and Greece.",
     [("2021-06-15", "ES", "ambassador", "in_person", "Baghdad"),
      ("2021-06-15", "GR", "ambassador", "in_person", "Baghdad"),
      ("2021-06-15", "NL", "ambassador", "in_person", "Baghdad")]),
    ("Prime Minister Mustafa Al-Kadhimi met the President of the World Bank in Washington yesterday.",
     [("2021-06-14", "ORG:WORLD_BANK", "org_official", "in_person", "Washington")]),
]

EN_TRAPS = [
    "The President of the Republic received the Ambassador of Kuwait at Baghdad Palace.",
    "Prime Minister Mustafa Al-Kadhimi will meet the Chinese President next month.",
    "Foreign Minister Fuad Hussein held talks with his Greek counterpart.",
    "Jordan denied that King Abdullah II would visit Baghdad.",
]


@pytest.mark.parametrize("text,expected", AR_MEETINGS)
def test_arabic_meetings(text, expected):
    assert meetings(run(text)) == sorted(expected)


@pytest.mark.parametrize("text", AR_TRAPS)
def test_arabic_traps_yield_nothing(text):
    r = run(text)
    assert r["meetings"] == r["invitations"] == r["messages"] == []


@pytest.mark.parametrize("text,expected", EN_MEETINGS)
def test_english_meetings(text, expected):
    assert meetings(run(text, lang="en")) == sorted(expected)


@pytest.mark.parametrize("text", EN_TRAPS)
def test_english_traps_yield_nothing(text):
    r = run(text, lang="en")
    assert r["meetings"] == r["invitations"] == r["messages"] == []


def test_letter_with_invitation_is_a_message_and_an_invitation_from_its_author():
    r = run("استقبل رئيس مجلس الوزراء، اليوم، السفير الأردني، الذي سلّمه رسالة خطية من العاهل الأردني "
            "الملك عبد الله الثاني تضمنت دعوة لزيارة عمّان.")
    assert meetings(r) == [("2021-06-15", "JO", "ambassador", "in_person", "Baghdad")]
    assert messages(r) == [("JO", "head_of_state", "ambassador", "2021-06-15")]
    assert invitations(r)[0][:3] == ("received", "JO", "head_of_state")
    assert r["invitations"][0]["foreign_person"] == "Abdullah II"


def test_greetings_are_not_a_message():
    r = run("استقبل رئيس مجلس الوزراء السفير العماني الذي نقل اليه تحيات السلطان.")
    assert r["messages"] == []
    assert meetings(r) == [("2021-06-15", "OM", "ambassador", "in_person", "Baghdad")]


def test_cable_sent_directly_has_no_carrier_and_pluperfect_has_no_date():
    r = run("وكان أمير دولة الكويت قد بعث برقية تهنئة الى رئيس مجلس الوزراء.")
    assert messages(r) == [("KW", "head_of_state", None, None)]


def test_portfolio_then_fi_dawla_names_the_country():
    # "رئيس حكومة الوحدة الوطنية في دولة ليبيا": the government's name, then "في دولة", then the country
    r = run("تلقى رئيس مجلس الوزراء، اليوم، برقية تهنئة من رئيس حكومة الوحدة الوطنية في دولة ليبيا "
            "السيد عبد الحميد الدبيبة بمناسبة عيد الأضحى المبارك.")
    assert [m[:2] for m in messages(r)] == [("LY", "head_of_government")]


def test_portfolio_then_a_capital_is_not_a_country_anchor():
    # a city is not a sender's country (Tripoli is Libya's and Lebanon's): no guess
    r = run("تلقى رئيس مجلس الوزراء، اليوم، برقية من رئيس حكومة الوحدة الوطنية في طرابلس.")
    assert messages(r) == []


def test_extended_invitation_and_reciprocal():
    r = run("استقبل رئيس مجلس الوزراء، اليوم، وزير الخارجية الإيطالي، ووجّه رئيس مجلس الوزراء دعوة الى "
            "رئيس الوزراء الإيطالي لزيارة بغداد.")
    assert ("extended", "IT", "head_of_government", "Baghdad", "2021-06-15") in invitations(r)


def test_invitation_received_by_phone():
    r = run("تلقى رئيس مجلس الوزراء اتصالاً هاتفياً من الرئيس الفرنسي إيمانويل ماكرون، دعاه خلاله الى زيارة باريس.")
    assert meetings(r) == [("2021-06-15", "FR", "head_of_state", "phone", None)]
    assert invitations(r) == [("received", "FR", "head_of_state", "Paris", "2021-06-15")]


def test_invitation_answered_on_a_visit_has_no_date():
    r = run("وصل رئيس مجلس الوزراء، اليوم، الى الدوحة في زيارة رسمية تلبيةً لدعوة من أمير دولة قطر.")
    assert invitations(r) == [("received", "QA", "head_of_state", "Doha", None)]


def test_a_call_to_convene_is_not_an_invitation():
    r = run("دعا رئيس مجلس الوزراء، خلال استقباله السفير المصري، الى التهدئة في المنطقة.")
    assert r["invitations"] == []


def test_negated_meeting_is_dropped_but_the_rest_stays():
    r = run("اختتم رئيس مجلس الوزراء زيارته الى طهران، ولم يلتق خلالها المرشد الأعلى. "
            "وكان الرئيس الإيراني قد استقبله أمس الثلاثاء.", published="2022-06-15")
    assert meetings(r) == [("2022-06-14", "IR", "head_of_state", "in_person", "Tehran")]
    assert r["meetings"][0]["counterpart_name"] == "Ebrahim Raisi"


def test_background_meeting_with_month_only_has_null_date():
    r = run("وكان رئيس مجلس الوزراء قد التقى الرئيس الروسي في تشرين الأول الماضي.", published="2021-12-01")
    assert meetings(r) == [(None, "RU", "head_of_state", "in_person", "Baghdad")]


def test_office_holder_resolved_by_date():
    early = run("أجرى رئيس مجلس الوزراء اتصالاً هاتفياً بالرئيس الإيراني.", published="2020-06-01")
    late = run("أجرى رئيس مجلس الوزراء اتصالاً هاتفياً بالرئيس الإيراني.", published="2022-06-01")
    assert early["meetings"][0]["counterpart_name"] == "Hassan Rouhani"
    assert late["meetings"][0]["counterpart_name"] == "Ebrahim Raisi"
    assert early["meetings"][0]["pm"] == "Mustafa al-Kadhimi"


def test_pm_named_by_date():
    r = run("استقبل رئيس مجلس الوزراء السفير الصيني.", published="2023-01-10")
    assert r["meetings"][0]["pm"] == "Mohammed Shia al-Sudani"


def test_a_flashback_meeting_is_the_predecessors():
    # Le Drian in Baghdad (Kadhimi, July 2020) and, in the same story, his January call with Abdul-Mahdi
    r = run("استقبل رئيس مجلس الوزراء مصطفى الكاظمي، اليوم الخميس، وزير الخارجية الفرنسي جان إيف لودريان.\n"
            "يُذكر أن لودريان كان قد أجرى، في الخامس من كانون الثاني الماضي، اتصالاً هاتفياً برئيس الوزراء "
            "السابق عادل عبد المهدي.", published="2020-07-16")
    assert sorted((m["date"], m["pm"]) for m in r["meetings"]) == [
        ("2020-01-05", "Adil Abdul-Mahdi"), ("2020-07-16", "Mustafa al-Kadhimi")]


def test_same_counterpart_twice_is_one_meeting():
    r = run("استقبل رئيس مجلس الوزراء، اليوم، السفير البريطاني. وبحث الجانبان التعاون، وأكد السفير دعم بلاده.")
    assert len(r["meetings"]) == 1


def test_the_latter_and_title_alone_refer_back():
    r = run("استقبل رئيس مجلس الوزراء السفير الأمريكي. وسلّم السفير رسالة خطية من الرئيس الأمريكي.")
    assert messages(r) == [("US", "head_of_state", "ambassador", "2021-06-15")]
    assert len(r["meetings"]) == 1


def test_dateline_is_not_the_venue():
    r = run("ERBIL, Kurdistan Region - Prime Minister Mustafa Al-Kadhimi received the French Ambassador on Monday.",
            lang="en", published="2021-06-15")
    assert meetings(r) == [("2021-06-14", "FR", "ambassador", "in_person", "Baghdad")]


def test_evidence_points_into_the_text():
    text = "مقدمة.\nاستقبل رئيس مجلس الوزراء، اليوم، السفير الكندي.\nالمكتب الإعلامي لرئيس مجلس الوزراء"
    ev = run(text)["meetings"][0]["evidence"]
    assert text[ev["start"]:ev["end"]] == ev["text"]
    assert "السفير الكندي" in ev["text"]


def test_captions_and_signatures_are_not_read():
    text = ("A handout photo released by the Iraqi Prime Minister's press office shows him meeting the "
            "Turkish ambassador. (Photo by - / AFP)\nPrime Minister Mustafa Al-Kadhimi received today the "
            "Ambassador of Spain.")
    assert [m[1] for m in meetings(run(text, lang="en"))] == ["ES"]


def test_no_text_no_events():
    assert run("") == {"id": "t", "meetings": [], "invitations": [], "messages": []}


def test_invitation_accepted_reveals_an_extended_one():
    r = run("استقبل رئيس مجلس الوزراء، اليوم، وزير الخارجية الألماني، الذي رحّب بدعوة الكاظمي لزيارة العراق.")
    assert invitations(r) == [("extended", "DE", "foreign_minister", None, "2021-06-15")]


def test_summit_invitation_carried_by_an_ambassador_is_from_his_head_of_state():
    r = run("تسلّم رئيس مجلس الوزراء دعوة للمشاركة في القمة العربية التي تستضيفها الرياض، سلّمها اليه السفير السعودي.")
    assert invitations(r) == [("received", "SA", "head_of_state", "Riyadh", "2021-06-15")]
    assert meetings(r) == [("2021-06-15", "SA", "ambassador", "in_person", "Baghdad")]


def test_visit_at_the_invitation_of_has_no_conveying_date():
    r = run("وصل رئيس مجلس الوزراء، اليوم، الى العاصمة الفرنسية باريس بدعوة رسمية من الرئيس الفرنسي.")
    assert invitations(r) == [("received", "FR", "head_of_state", "Paris", None)]


def test_ambassador_of_the_custodian_of_the_two_holy_mosques():
    r = run("استقبل رئيس مجلس الوزراء، اليوم، سفير خادم الحرمين الشريفين.")
    assert meetings(r) == [("2021-06-15", "SA", "ambassador", "in_person", "Baghdad")]


def test_surname_alone_after_the_full_name():
    r = run("التقى رئيس مجلس الوزراء، اليوم، رئيس الوزراء الباكستاني شهباز شريف. وقدّم شريف الى رئيس مجلس الوزراء "
            "دعوة رسمية لزيارة إسلام آباد.", published="2024-09-26")
    assert invitations(r) == [("received", "PK", "head_of_government", "Islamabad", "2024-09-26")]


def test_a_former_leader_named_in_passing_is_not_met():
    r = run("Prime Minister Mohammed S. Al-Sudani received the Syrian Foreign Minister on Friday, his first visit "
            "since the fall of Bashar al-Assad's regime.", lang="en", published="2025-03-14")
    assert meetings(r) == [("2025-03-14", "SY", "foreign_minister", "in_person", "Baghdad")]


def test_accented_and_plain_latin_spellings_are_one_name():
    plain = run("Prime Minister Mohammed S. Al-Sudani received a phone call from President Erdogan.", lang="en",
                published="2023-02-11")
    assert plain["meetings"][0]["counterpart_country"] == "TR"


def test_coordinated_titles_share_their_country():
    r = run("Prime Minister Mohammed S. Al-Sudani received a letter from the King and the Crown Prince of Bahrain, "
            "delivered by the Bahraini Foreign Minister.", lang="en", published="2024-05-02")
    assert messages(r) == [("BH", "head_of_government", "foreign_minister", "2024-05-02"),
                           ("BH", "head_of_state", "foreign_minister", "2024-05-02")]


def test_a_leader_of_another_state_attending_is_a_party():
    r = run("التقى رئيس مجلس الوزراء في الدوحة، اليوم، الرئيس السوري أحمد الشرع، بحضور أمير دولة قطر.",
            published="2025-04-15")
    assert sorted(m[1] for m in meetings(r)) == ["QA", "SY"]


def test_an_official_attending_with_his_principal_is_folded():
    r = run("استقبل رئيس مجلس الوزراء، اليوم، وزير الدفاع الأمريكي، بحضور السفير الأمريكي.")
    assert meetings(r) == [("2021-06-15", "US", "minister", "in_person", "Baghdad")]


def test_abroad_a_deputy_prime_minister_is_the_hosts():
    r = run("وصل رئيس مجلس الوزراء، اليوم، الى مطار صلالة في زيارة رسمية لسلطنة عمان، وكان في استقباله "
            "نائب رئيس الوزراء لشؤون الدفاع.", published="2025-09-03")
    assert meetings(r) == [("2025-09-03", "OM", "minister", "in_person", "Salalah")]


def test_at_home_a_deputy_prime_minister_is_iraqi():
    r = run("استقبل نائب رئيس مجلس الوزراء وزير الخارجية، اليوم، السفير الياباني.")
    assert r["meetings"] == []


def test_undated_text_naming_only_the_title_still_counts():
    r = run("استقبل رئيس مجلس الوزراء، اليوم، السفير الهندي.", published=None)
    assert meetings(r) == [(None, "IN", "ambassador", "in_person", "Baghdad")]
    assert r["meetings"][0]["pm"] is None


def test_his_iraqi_counterpart_is_the_prime_minister_for_a_head_of_government():
    r = run("بدأ رئيس الوزراء الأردني زيارة رسمية الى بغداد. وأقيمت له مراسم استقبال رسمية، أعقبها لقاء ثنائي "
            "جمعه بنظيره العراقي.")
    assert [m[1:3] for m in meetings(r)] == [("JO", "head_of_government")]


def test_his_iraqi_counterpart_is_the_foreign_minister_for_a_foreign_minister():
    r = run("وصل وزير الخارجية الإيراني الى بغداد، وذكر رئيس مجلس الوزراء أهمية الزيارة. "
            "وبحث الوزير الإيراني مع نظيره العراقي التعاون.")
    assert r["meetings"] == []


def test_a_border_post_has_no_city():
    r = run("التقى رئيس مجلس الوزراء، اليوم، رئيس الوزراء الأردني عند منفذ طريبيل الحدودي.")
    assert meetings(r) == [("2021-06-15", "JO", "head_of_government", "in_person", None)]


def test_a_meeting_that_was_planned_but_did_not_happen():
    r = run("US Vice President Mike Pence spoke by phone with Prime Minister Adil Abdul-Mahdi on Saturday. "
            "Pence had intended to meet "
            "the Prime Minister in person.", lang="en", published="2019-11-23")
    assert [m[3] for m in meetings(r)] == ["phone"]


# ---------- challenge8 (2019-2025): phenomena its first scoring found ----------

def test_a_place_named_after_a_king_is_no_king():
    text = ("Prime Minister Mustafa al-Kadhimi was welcomed at King Fahd International Airport by Crown Prince "
            "Mohammed bin Salman in Dammam.")
    assert [(m["counterpart_name"], m["counterpart_role"]) for m in run(text, lang="en")["meetings"]] == [
        ("Mohammed bin Salman", "other")]
    # negative: a king with a name is still a king
    text = "Prime Minister Mustafa al-Kadhimi met King Abdullah II of Jordan in Amman."
    assert meetings(run(text, lang="en")) == [("2021-06-15", "JO", "head_of_state", "in_person", "Amman")]


def test_an_invitation_accepted_from_a_leader_named_with_his_country():
    text = ("Prime Minister Mustafa al-Kadhimi has accepted an invitation from Saudi Arabia's King Salman bin "
            "Abdulaziz to attend a regional summit in the Saudi city of Jeddah, his office said.")
    assert invitations(run(text, lang="en")) == [("received", "SA", "head_of_state", "Jeddah", None)]
    text = "Prime Minister Mustafa al-Kadhimi received an invitation from Saudi King Salman to visit Riyadh."
    assert invitations(run(text, lang="en")) == [("received", "SA", "head_of_state", "Riyadh", "2021-06-15")]
    # negative: a guest who welcomed an invitation is not a new invitation received
    text = "The Saudi Foreign Minister welcomed the invitation, the Prime Minister said."
    assert invitations(run(text, lang="en")) == []


def test_the_body_places_a_meeting_the_title_announced():
    text = ("Prime Minister Adil Abdul-Mahdi meets Chinese President Xi Jinping\n"
            "Prime Minister Adil Abdul-Mahdi met today the President of China, Xi Jinping, at the Great Hall of "
            "the People in Beijing.")
    assert meetings(run(text, published="2019-09-23", lang="en")) == [
        ("2019-09-23", "CN", "head_of_state", "in_person", "Beijing")]
    # negative: a letter handed over that invites to a capital does not move the meeting there
    text = ("استقبل رئيس مجلس الوزراء، اليوم الثلاثاء، السفير الروسي.\n"
            "وسلّم السفير الروسي رسالة من الرئيس بوتين تضمّنت دعوة لزيارة موسكو.")
    assert meetings(run(text)) == [("2021-06-15", "RU", "ambassador", "in_person", "Baghdad")]


def test_a_pluperfect_in_a_relative_clause_is_not_a_flashback():
    text = ("In the evening, Prime Minister Adil Abdul-Mahdi held talks with Chinese Premier Li Keqiang, who had "
            "received him with an official ceremony.")
    assert meetings(run(text, published="2019-09-23", lang="en")) == [
        ("2019-09-23", "CN", "head_of_government", "in_person", "Baghdad")]
    # negative: the main clause's pluperfect is one
    text = "Prime Minister Adil Abdul-Mahdi had met Chinese Premier Li Keqiang in Beijing."
    assert [m["date"] for m in run(text, published="2019-09-23", lang="en")["meetings"]] == [None]


def test_a_minister_hands_over_the_prime_ministers_invitation():
    text = ("سلّم وزير الخارجية فؤاد حسين، اليوم الثلاثاء، الرئيس الإيراني إبراهيم رئيسي رسالة دعوة من رئيس مجلس "
            "الوزراء مصطفى الكاظمي لحضور مؤتمر دول الجوار الذي تستضيفه بغداد.")
    r = run(text, published="2021-08-10")
    assert invitations(r) == [("extended", "IR", "head_of_state", "Baghdad", "2021-08-10")]
    assert meetings(r) == []  # the Prime Minister was not there
    # negative: the President's invitation handed over by a minister is not the Prime Minister's
    text = ("سلّم وزير الخارجية فؤاد حسين، اليوم الثلاثاء، الرئيس الإيراني إبراهيم رئيسي رسالة دعوة من رئيس "
            "الجمهورية برهم صالح لحضور مؤتمر دول الجوار الذي تستضيفه بغداد.")
    assert run(text, published="2021-08-10")["invitations"] == []


def test_a_reported_meeting_takes_the_date_after_that():
    text = ("كشف مسؤول حكومي، اليوم الخميس، أن رئيس مجلس الوزراء التقى الرئيس السوري في العاصمة القطرية الدوحة، "
            "يوم الثلاثاء الماضي.")
    assert meetings(run(text, published="2025-04-17")) == [("2025-04-15", "SY", "head_of_state", "in_person", "Doha")]
    # negative: with no date after "أن", the telling's date is the meeting's
    text = "أعلن المكتب الإعلامي، اليوم الخميس، أن رئيس مجلس الوزراء استقبل السفير السوري."
    assert meetings(run(text, published="2025-04-17")) == [("2025-04-17", "SY", "ambassador", "in_person", "Baghdad")]


def test_a_trilateral_summit_is_a_meeting_with_each_leader():
    text = ("وعقد رئيس مجلس الوزراء مع جلالة الملك عبد الله الثاني، عاهل المملكة الأردنية الهاشمية، وفخامة الرئيس "
            "عبد الفتاح السيسي، رئيس جمهورية مصر العربية، أعمال القمة الثلاثية في عمّان.")
    assert meetings(run(text, published="2020-08-25")) == [
        ("2020-08-25", "EG", "head_of_state", "in_person", "Amman"),
        ("2020-08-25", "JO", "head_of_state", "in_person", "Amman")]
    # negative: a summit to come is no meeting
    text = "ومن المقرر أن يعقد رئيس مجلس الوزراء مع العاهل الأردني القمة الثلاثية الشهر المقبل."
    assert meetings(run(text, published="2020-08-25")) == []


def test_a_minister_who_attended_the_talks_is_folded_into_his_president():
    text = ("استقبل رئيس مجلس الوزراء، اليوم الاثنين، الرئيس الإيراني حسن روحاني.\n"
            "وتناولت المباحثات، التي حضرها وزير الخارجية الإيراني محمد جواد ظريف، التعاون بين البلدين.")
    assert meetings(run(text, published="2019-03-11")) == [("2019-03-11", "IR", "head_of_state", "in_person", "Baghdad")]


def test_invitations_handed_over_for_the_prime_minister_by_his_envoys():
    text = ("سلّم وزير الخارجية، يوم الأحد الماضي، نظيره السعودي، في الرياض، دعوة من الكاظمي الى الملك سلمان بن "
            "عبد العزيز، بعدما كان قد سلّم الرئيس التركي رجب طيب أردوغان دعوة مماثلة خلال زيارته تركيا.")
    r = run(text, published="2021-08-10")
    assert invitations(r) == [("extended", "SA", "head_of_state", None, "2021-08-08"),
                              ("extended", "TR", "head_of_state", None, None)]
    assert meetings(r) == []  # the minister met them, not the Prime Minister
    text = ("وكان وزير التخطيط قد سلّم، الثلاثاء الماضي، أمير دولة الكويت الشيخ نواف الأحمد الجابر الصباح رسالة خطية من "
            "الكاظمي تضمّنت دعوته الى المؤتمر.")
    assert invitations(run(text, published="2021-08-10")) == [("extended", "KW", "head_of_state", None, "2021-08-03")]
    # negative: a letter from the Prime Minister without an invitation is neither an invitation nor a message
    text = "وسلّم وزير الدفاع الرئيس المصري عبد الفتاح السيسي، السبت الماضي، رسالة خطية من رئيس مجلس الوزراء."
    r = run(text, published="2021-08-10")
    assert r["invitations"] == [] and r["messages"] == [] and r["meetings"] == []


def test_a_leader_who_accepted_the_prime_ministers_invitation_was_invited():
    text = "أعلن المكتب الإعلامي أن الرئيس الفرنسي إيمانويل ماكرون قَبِل دعوة الكاظمي للمشاركة في المؤتمر."
    assert [i["direction"] for i in run(text, published="2021-08-10")["invitations"]] == ["extended"]
    # negative: "قبل" as "before" near no invitation says nothing
    text = "استقبل رئيس مجلس الوزراء السفير الفرنسي قبل مغادرته بغداد."
    assert run(text, published="2021-08-10")["invitations"] == []


def test_a_name_set_off_by_a_comma_after_its_title():
    text = "Prime Minister Mohammed Shia Al-Sudani received on Thursday the Foreign Minister of the Czech Republic, Jan Lipavsky."
    assert [m["counterpart_name"] for m in run(text, published="2023-05-25", lang="en")["meetings"]] == ["Jan Lipavsky"]
    text = ("Prime Minister Mustafa Al-Kadhimi held a video call with the Executive Director of the World Food "
            "Programme (WFP), Mr. David Beasley.")
    assert [m["counterpart_name"] for m in run(text, published="2020-12-10", lang="en")["meetings"]] == ["David Beasley"]
    # negative: an Arabic phrase after the comma is not a name
    text = "استقبل رئيس مجلس الوزراء السفير الياباني، مؤكداً أهمية تعزيز العلاقات."
    assert [m["counterpart_name"] for m in run(text)["meetings"]] == [None]


def test_a_known_man_named_before_his_title_is_one_counterpart():
    text = ("وصل رئيس مجلس الوزراء، اليوم، الى مسقط، وكان في استقباله صاحب السمو السيد شهاب بن طارق آل سعيد نائب رئيس "
            "الوزراء لشؤون الدفاع.")
    r = run(text, published="2025-09-03")
    assert [(m["counterpart_name"], m["counterpart_role"]) for m in r["meetings"]] == [("Shihab bin Tarik Al Said", "minister")]


def test_challenge9_phenomena():
    # "a phone call on Saturday" is a call ("called on France to" is not)
    text = "Prime Minister Mohammed Shia al-Sudani received a phone call on Saturday from French President Emmanuel Macron."
    assert meetings(run(text, published="2025-03-15", lang="en")) == [("2025-03-15", "FR", "head_of_state", "phone", None)]
    # the same man named again in the sentence ("the new US president") is not a second encounter
    text = ("Prime Minister Mustafa al-Kadhimi received a phone call yesterday evening from US President Joe Biden, the "
            "first call the new US president has made to an Arab leader since he entered the White House in January.")
    assert meetings(run(text, published="2021-02-24", lang="en")) == [("2021-02-23", "US", "head_of_state", "phone", None)]
    # "talks with a US president": nobody in particular
    text = "Prime Minister Mustafa al-Kadhimi's last talks with a US president took place in August."
    assert run(text, published="2021-02-24", lang="en")["meetings"] == []
    # Friday ("الجمعة") is no meeting; cables from a leader and his crown prince are messages, not encounters
    text = ("تلقى رئيس مجلس الوزراء، اليوم الجمعة، برقيتي تهنئة من الملك سلمان بن عبد العزيز آل سعود، ومن الأمير محمد بن "
            "سلمان بن عبد العزيز، ولي العهد رئيس مجلس الوزراء في المملكة العربية السعودية.")
    r = run(text, published="2022-10-28")
    assert r["meetings"] == [] and [m["from_role"] for m in r["messages"]] == ["head_of_state", "head_of_government"]
    # a father named inside his son's name is not there
    text = ("التقى رئيس مجلس الوزراء، اليوم الاثنين، الأمير محمد بن سلمان بن عبد العزيز آل سعود، ولي عهد المملكة العربية "
            "السعودية، في الدوحة.")
    assert [(m["counterpart_name"], m["counterpart_role"]) for m in run(text, published="2025-09-15")["meetings"]] == [
        ("Mohammed bin Salman", "head_of_government")]


def test_cables_from_several_senders_and_a_telegram_told_of_as_earlier():
    text = ("بعث أمير دولة الكويت الشيخ صباح الأحمد الجابر الصباح، أمس الأحد، برقيتي تعزية الى رئيس الجمهورية ورئيس مجلس "
            "الوزراء بضحايا التفجير الذي وقع يوم الجمعة الماضي.\n"
            "كما بعث ولي العهد الكويتي الشيخ نواف الأحمد الجابر الصباح، ورئيس مجلس الوزراء الكويتي الشيخ جابر المبارك "
            "الحمد الصباح، برقيات تعزية مماثلة الى رئيس الجمهورية ورئيس مجلس الوزراء.")
    assert messages(run(text, published="2019-09-23")) == [
        ("KW", "head_of_government", None, "2019-09-22"), ("KW", "head_of_state", None, "2019-09-22"),
        ("KW", "other", None, "2019-09-22")]
    text = ("تلقى رئيس مجلس الوزراء، اليوم الخميس، اتصالاً هاتفياً من الرئيس الروسي فلاديمير بوتين، وذلك بعد برقية "
            "التهنئة التي كان الرئيس الروسي قد بعث بها اليه في وقت سابق.")
    assert messages(run(text, published="2022-11-24")) == [("RU", "head_of_state", None, None)]


def test_invitations_the_prime_minister_extends_in_a_call_or_a_letter():
    text = ("هنّأ السوداني، خلال اتصال هاتفي جرى أمس مع الرئيس الإيراني المنتخب مسعود بزشكيان، الأخير بفوزه، ووجّه اليه "
            "دعوة رسمية لزيارة العراق، فيما شكره بزشكيان على الدعوة.")
    r = run(text, published="2024-07-09")
    assert [(m["counterpart_name"], m["mode"], m["date"]) for m in r["meetings"]] == [
        ("Masoud Pezeshkian", "phone", "2024-07-08")]
    assert invitations(r) == [("extended", "IR", "head_of_state", None, "2024-07-08")]
    text = ("سلّم وزير الداخلية، أمس الاثنين، أمير دولة الكويت الشيخ مشعل الأحمد الجابر الصباح رسالة خطية من رئيس مجلس "
            "الوزراء محمد شياع السوداني، تضمنت دعوة رسمية لزيارة بغداد.")
    assert invitations(run(text, published="2024-07-09")) == [("extended", "KW", "head_of_state", "Baghdad", "2024-07-08")]


def test_the_prime_minister_visiting_a_country_is_not_its_prime_minister():
    text = ("وتأتي الزيارة بعد زيارة أجراها رئيس مجلس الوزراء الى دولة الكويت أواخر أيار الماضي، وبحث فيها العلاقات.")
    assert run(text, published="2019-06-19")["meetings"] == []


def test_the_presidents_invitation_after_his_greetings():
    text = ("Prime Minister Mohammed S. Al-Sudani received today the Syrian Foreign Minister, Faisal Mekdad. The Syrian "
            "minister conveyed to the Prime Minister the greetings of President Bashar al-Assad, as well as the "
            "President's invitation to Al-Sudani to visit Damascus.")
    assert invitations(run(text, published="2023-06-04", lang="en")) == [
        ("received", "SY", "head_of_state", "Damascus", "2023-06-04")]
    # negative: greetings alone are neither an invitation nor a message
    text = ("Prime Minister Mohammed S. Al-Sudani received today the Syrian Foreign Minister, Faisal Mekdad, who "
            "conveyed the greetings of President Bashar al-Assad.")
    r = run(text, published="2023-06-04", lang="en")
    assert r["invitations"] == [] and r["messages"] == []


def test_delegations_received_together_and_their_heads_named_next():
    text = ("Prime Minister Adil Abdul-Mahdi received today in Baghdad the heads and members of the parliamentary "
            "delegations taking part in the summit of the parliaments of Iraq's neighbours.\n"
            "The delegations were headed by the Speaker of the National Assembly of the State of Kuwait, Marzouq "
            "Al-Ghanim; and the Speaker of the Grand National Assembly of Turkey, Mustafa Sentop.\n"
            "The delegation of Iran was headed by an MP on behalf of Speaker Ali Larijani.")
    r = run(text, published="2019-04-20", lang="en")
    assert meetings(r) == [("2019-04-20", "IR", "delegation", "in_person", "Baghdad"),
                           ("2019-04-20", "KW", "other", "in_person", "Baghdad"),
                           ("2019-04-20", "TR", "other", "in_person", "Baghdad")]
    assert "Marzouq Al-Ghanim" in [m["counterpart_name"] for m in r["meetings"]]
    # negative: a delegation "headed by" a minister, received by name, is one meeting, not one per head
    text = "Prime Minister Adil Abdul-Mahdi received today a Kuwaiti delegation headed by the Kuwaiti Foreign Minister."
    assert len(run(text, published="2019-04-20", lang="en")["meetings"]) == 1


def test_the_two_men_who_met_are_the_prime_minister_and_the_one_just_named():
    text = ("The EU's High Representative, Josep Borrell, has invited Prime Minister Mohammed Shia al-Sudani to visit "
            "Brussels.\nThe invitation was extended when the two men met on Tuesday in Jordan.")
    assert [m[:4] for m in meetings(run(text, published="2022-12-21", lang="en"))] == [
        ("2022-12-20", "ORG:EU", "org_official", "in_person")]
    # negative: with nobody named before, "the two men" is no one
    assert run("The two men met on Tuesday in Jordan.", published="2022-12-21", lang="en")["meetings"] == []


def test_receiving_an_invitation_or_a_letter_is_not_receiving_its_author():
    text = ("Prime Minister Mohammed S. Al-Sudani received today, Monday, an official invitation from Saudi Crown "
            "Prince Mohammed bin Salman to take part in a forum in Riyadh.\n"
            "In a letter he sent to the Prime Minister, the Crown Prince pointed to the close relations.")
    r = run(text, published="2024-04-01", lang="en")
    assert r["meetings"] == []
    assert invitations(r) == [("received", "SA", "head_of_government", "Riyadh", "2024-04-01")]
    assert messages(r) == [("SA", "head_of_government", None, "2024-04-01")]
    # negative: receiving a man is a meeting
    text = "Prime Minister Mohammed S. Al-Sudani received today, Monday, the Saudi Foreign Minister."
    assert len(run(text, published="2024-04-01", lang="en")["meetings"]) == 1


def test_a_visit_made_at_the_official_invitation_of():
    text = ("Prime Minister Mohammed Shia Al-Sudani held official talks in Tehran today with Iranian President Ebrahim "
            "Raisi.\nThe one-day visit, made at the official invitation of President Raisi, is his first to a non-Arab "
            "country.")
    assert invitations(run(text, published="2022-11-29", lang="en")) == [
        ("received", "IR", "head_of_state", "Tehran", None)]


def test_challenge10_phenomena():
    # the Arabic group reception, with a quoted slogan between the reception and the list of heads
    text = ("استقبل رئيس مجلس الوزراء، مساء اليوم السبت، رؤساء وأعضاء الوفود البرلمانية لدول الجوار المشاركين في القمة "
            "التي انعقدت تحت شعار \"العراق.. استقرار وتنمية\".\n"
            "وضمّت الوفود رئيس مجلس الأمة الكويتي مرزوق الغانم، ورئيس البرلمان التركي مصطفى شنطوب، فيما ترأس الوفد "
            "الإيراني النائب علاء الدين بروجردي، ممثلاً عن رئيس المجلس علي لاريجاني الذي اعتذر عن الحضور.")
    assert [m[1:3] for m in meetings(run(text, published="2019-04-20"))] == [
        ("IR", "delegation"), ("KW", "other"), ("TR", "other")]
    # "the newly elected President of Iran" is not who held the office that day
    text = ("Prime Minister Mohammed S. Al-Sudani Congratulates the Newly Elected President of Iran by Phone\n"
            "Prime Minister Mohammed S. Al-Sudani held a phone call today with the newly elected President of the "
            "Islamic Republic of Iran, Dr. Masoud Pezeshkian.")
    assert [m["counterpart_name"] for m in run(text, published="2024-07-08", lang="en")["meetings"]] == [
        "Masoud Pezeshkian"]
    # the subject of "ووجّه اليه دعوة" is the clause's first party
    text = ("كما هاتف رئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس الكاظمي، معزياً بالضحايا، ووجّه اليه دعوة لزيارة اليونان.")
    assert [i[0] for i in invitations(run(text, published="2021-07-20"))] == ["received"]
    # exchanged invitations: one each way
    text = ("Prime Minister Mohammed S. Al-Sudani met today the Prime Minister of Greece, Kyriakos Mitsotakis, in New "
            "York.\nThe two Prime Ministers exchanged invitations for official visits.")
    assert [i[0] for i in invitations(run(text, published="2024-09-24", lang="en"))] == ["extended", "received"]
    # "Inviting President Erdogan to visit Baghdad, His Excellency said"
    text = ("His Excellency Prime Minister Mustafa Al-Kadhimi received a phone call from Turkish President Recep Tayyip "
            "Erdogan.\nInviting President Erdogan to visit Baghdad, His Excellency the Prime Minister said it will be a "
            "pleasure to receive him.")
    assert [i[:2] for i in invitations(run(text, published="2020-05-15", lang="en"))] == [("extended", "TR")]
    # reported speech shifts the tense back; "had already conveyed ... in a telegram sent earlier" is undated
    text = ("Russian President Vladimir Putin held a telephone conversation on Thursday with Prime Minister Mohammed "
            "Shia al-Sudani.\nPutin repeated the congratulations he had already conveyed to al-Sudani in a telegram "
            "sent earlier.\nIn Baghdad, the Prime Minister's media office said al-Sudani had received a call from Putin.")
    r = run(text, published="2022-11-24", lang="en")
    assert meetings(r) == [("2022-11-24", "RU", "head_of_state", "phone", None)]
    assert messages(r) == [("RU", "head_of_state", None, None)]
