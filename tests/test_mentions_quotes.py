"""Who said what: attributions in sentences composed for these tests, one form each, and
the `mentions --kind quote` / `--by-speaker` CLI over a small dossier."""

from __future__ import annotations

import json

import pytest

from dossier_tui.cli import main
from dossier_tui.index.loader import load_dossier
from dossier_tui.index.mentions import extract_mentions


def _quotes(make_dossier, text: str, name: str = "dossier"):
    article = load_dossier(make_dossier({"a.txt": "عنوان الخبر\n\n" + text}, name)).articles[0]
    found = extract_mentions(article).mentions
    for m in found:
        assert article.text[m.start:m.end] == m.text
        if m.kind == "quote" and m.speaker_start is not None:
            assert article.text[m.speaker_start:m.speaker_end] == m.speaker
    return [m for m in found if m.kind == "quote"], [m for m in found if m.kind == "entity"]


def _one(quotes, first: str):
    got = [q for q in quotes if q.text.lstrip("«\"“").startswith(first)]
    assert got, [(q.key, q.text[:30]) for q in quotes]
    return got[0]


@pytest.mark.parametrize("sentence, key, first, verb", [
    ("وقال وزير الخارجية سامي الراشد إن الحوار سيستأنف قريباً.", "speaker:سامي الراشد", "الحوار", "وقال"),
    ("وقالت السفيرة ليلى الحمدان، في بيان، إن البعثة ستغادر.", "speaker:ليلي الحمدان", "البعثة", "وقالت"),
    ("أكدت المتحدثة باسم الوزارة، الدكتورة هالة يوسف، لـ«الأنباء» أنّ القرار نهائي.",
     "speaker:هاله يوسف", "القرار", "أكدت"),
    ("ويقول اللواء الركن خالد عبد الله الجبوري إن القوات جاهزة.", "speaker:خالد عبد الله الجبوري",
     "القوات", "ويقول"),
    ("وأوضح رئيس الهيئة المهندس عمر نصار، اليوم الأحد، أن التصويت يبدأ صباحاً.", "speaker:عمر نصار",
     "التصويت", "وأوضح"),
    ("وأشار التقرير إلى أن الأسعار ارتفعت.", "speaker:التقرير", "الأسعار", "وأشار"),
    ("وأعلنت الوزارة أن المعبر سيفتح غداً.", "speaker:الوزاره", "المعبر", "وأعلنت"),
    ("وصرّح النائب فراس الكعبي بأن الجلسة تأجلت.", "speaker:فراس الكعبي", "الجلسة", "وصرّح"),
])
def test_verb_first_speaker_without_titles(make_dossier, sentence, key, first, verb):
    quotes, _ = _quotes(make_dossier, sentence)
    q = _one(quotes, first)
    assert (q.key, q.verb, q.anonymous) == (key, verb, False)


@pytest.mark.parametrize("sentence, key, first", [
    ("وبحسب مصادر مطلعة، ستلجأ الحكومة إلى الاقتراض.", "speaker:مصادر مطلعه", "ستلجأ"),
    ("وارتفع عدد الضحايا إلى عشرة، وفقاً لمصادر طبية.", "speaker:مصادر طبيه", "وارتفع"),
    ("وقال مسؤول كبير في الإدارة إن الاتفاق قريب.", "speaker:مسؤول كبير في الاداره", "الاتفاق"),
    ("غير أن مسؤولاً في الأمم المتحدة قال لفرانس برس إن الطرق مغلقة.",
     "speaker:مسؤول في الامم المتحده", "الطرق"),
    ("مصادر دبلوماسية توقعت أن تنتهي المحادثات الأسبوع المقبل.", "speaker:مصادر دبلوماسيه",
     "تنتهي"),
])
def test_unnamed_sources_keyed_by_their_description(make_dossier, sentence, key, first):
    quotes, entities = _quotes(make_dossier, sentence)
    q = _one(quotes, first)
    assert (q.key, q.anonymous) == (key, True)
    assert not any(e.why.startswith("a person") for e in entities)  # a description is no person


def test_surname_and_title_with_surname_are_the_full_name(make_dossier):
    quotes, entities = _quotes(make_dossier, (
        "وقال وزير المالية الدكتور نبيل عيتاني إن الموازنة أقرت.\n\n"
        "وأضاف أن العجز سينخفض، مشيراً إلى أن الدين مستقر.\n\n"
        "وقال عيتاني إن الإصلاحات مستمرة.\n\n"
        "وأكد الوزير عيتاني أن الرواتب ستدفع."))
    assert {q.key for q in quotes} == {"speaker:نبيل عيتاني"}
    assert [q.verb for q in quotes] == ["وقال", "وأضاف", "مشيراً", "وقال", "وأكد"]
    cont = [q for q in quotes if q.speaker_start is None]
    assert [q.verb for q in cont] == ["وأضاف", "مشيراً"]  # continuations point at no name
    persons = [e for e in entities if e.why.startswith("a person")]
    assert persons and {e.key for e in persons} == {"entity:نبيل عيتاني"}
    assert persons[0].value == "نبيل عيتاني"


def test_one_speaker_across_spellings_and_articles(make_dossier):
    a, _ = _quotes(make_dossier, "وقال المتحدث باسم الحكومة أسامة العلي إن الاتفاق تم.")
    b, _ = _quotes(make_dossier, "وأكد اسامه العلى أن التنفيذ بدأ.", "other")
    assert a[0].key == b[0].key == "speaker:اسامه العلي"
    c, _ = _quotes(make_dossier, "وقال مسئول أميركي إن الزيارة تأجلت.", "egyptian")
    d, _ = _quotes(make_dossier, "وقال مسؤول أمريكي إن الزيارة تأجلت.", "gulf")
    assert c[0].key == d[0].key == "speaker:مسؤول امريكي"  # the hamza's seat, ميرك/مريك


def test_role_then_name_after_a_comma(make_dossier):
    quotes, _ = _quotes(make_dossier, "وأكد رئيس اللجنة الوطنية لشؤون الأسرى، عبدالله يحيى الشامي، أن الصفقة تمت.")
    assert [q.key for q in quotes] == ["speaker:عبدالله يحيي الشامي"]


def test_role_alone_is_the_person_named_with_it(make_dossier):
    quotes, _ = _quotes(make_dossier, (
        "وقال الناطق العسكري باسم القيادة، اللواء عماد الربيعي، إن القاعدة سلمت.\n\n"
        "وأضاف الناطق العسكري أن الانسحاب اكتمل."))
    assert [q.key for q in quotes] == ["speaker:عماد الربيعي"] * 2


def test_quotation_marks_and_verbs_inside_them(make_dossier):
    quotes, _ = _quotes(make_dossier, (
        'وقال محمد الساعدي لرويترز "نحن نؤكد أن القرار لم يتخذ بعد". وأضاف "سنعلن ذلك".'))
    assert [(q.key, q.text) for q in quotes] == [
        ("speaker:محمد الساعدي", '"نحن نؤكد أن القرار لم يتخذ بعد".'),
        ("speaker:محمد الساعدي", '"سنعلن ذلك".')]


def test_according_to_at_the_end_takes_the_clause_before(make_dossier):
    quotes, _ = _quotes(make_dossier, "سقط ثلاثة جرحى في القصف، بحسب مصادر محلية.")
    q = _one(quotes, "سقط")
    assert (q.key, q.text, q.verb) == ("speaker:مصادر محليه", "سقط ثلاثة جرحى في القصف", "بحسب")


def test_interview_lines_but_not_the_interviewers_questions(make_dossier):
    quotes, _ = _quotes(make_dossier, (
        "ضيفنا اليوم وزير الطاقة الدكتور سليم حداد.\n\n"
        "المذيع: متى تعود الكهرباء إلى المدن؟\n\n"
        "الوزير حداد: الخطة تبدأ الشهر المقبل وتنتهي قبل الصيف.\n\n"
        "المذيع: هل هناك تمويل كاف؟\n\n"
        "حداد: التمويل مؤمن من قرض البنك الدولي بالكامل."))
    assert [(q.key, q.verb) for q in quotes] == [("speaker:سليم حداد", ":")] * 2


def test_not_attributions(make_dossier):
    quotes, _ = _quotes(make_dossier, (
        "وتم الاتفاق وفق جدول زمني واضح.\n\nنشر في: 12 يناير 2026\n\nأولاً: حجم الكلفة\n\n"
        "طلب عدم كشف اسمه.\n\nجيبوتي: تضم أكبر تجمع للقواعد الأجنبية في المنطقة.\n\n"
        "قطاع السكن: نحو 35 في المئة من إجمالي الكلفة المقدرة."))
    assert quotes == []  # headings and list items are no speakers' lines


def _cli(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_cli_quote_json_csv_and_by_speaker(make_dossier, capsys):
    root = make_dossier({
        "a.txt": "خبر أول\n\nوقال وزير الخارجية سامي الراشد إن الحوار سيستأنف قريباً.\n\n"
                 "وأضاف أن الوفد يصل غداً.\n\nوفي 3 آذار 2026 وصل الوفد.",
        "b.txt": "خبر ثان\n\nأكد سامي الراشد أن الموعد ثابت. وقال مسؤول في الوزارة إن الترتيبات اكتملت.",
    })
    data = json.loads(_cli(capsys, "-d", str(root), "mentions", "--kind", "quote", "--json"))
    quotes = data["mentions"]
    assert {q["kind"] for q in quotes} == {"quote"}
    first = quotes[0]
    assert list(first)[:11] == ["path", "kind", "text", "start", "end", "key", "value", "high", "unit",
                                "qualifier", "relative"]  # the contract first, then the quote's fields
    assert {k: first[k] for k in ("key", "value", "speaker", "verb", "anonymous")} == {
        "key": "speaker:سامي الراشد", "value": "سامي الراشد", "speaker": "سامي الراشد", "verb": "وقال",
        "anonymous": False}
    assert isinstance(first["speaker_start"], int) and quotes[1]["speaker_start"] is None
    others = json.loads(_cli(capsys, "-d", str(root), "mentions", "--kind", "date", "--json"))["mentions"]
    assert others and all("speaker" not in m for m in others)  # other kinds keep their shape
    csv_out = _cli(capsys, "-d", str(root), "mentions", "--kind", "quote", "--csv")
    assert csv_out.splitlines()[0].endswith(",speaker,speaker_start,speaker_end,verb,anonymous")
    by = json.loads(_cli(capsys, "-d", str(root), "mentions", "--by-speaker", "--json"))["speakers"]
    assert by[0]["key"] == "speaker:سامي الراشد"  # quoted in two articles: first
    assert [a["path"] for a in by[0]["articles"]] == ["a.txt", "b.txt"]
    assert by[0]["articles"][0]["statements"][0]["first_words"].startswith("الحوار سيستأنف")
    assert any(s["anonymous"] and s["key"] == "speaker:مسؤول في الوزاره" for s in by)
    text = _cli(capsys, "-d", str(root), "mentions", "--by-speaker")
    assert "سامي الراشد" in text and "(unnamed source)" in text


def test_statement_as_a_noun_after_a_body_or_a_role_and_its_adjunct(make_dossier):
    quotes, _ = _quotes(make_dossier, (
        "أعلنت وزارة الخارجية القطرية إطلاق جولة جديدة من المحادثات.\n\n"
        "وأعلن الناطق باسم الجيش، العميد سعد معن، اليوم الأحد، انتهاء المرحلة الأولى."))
    assert [(q.key, q.text.split()[0]) for q in quotes] == [
        ("speaker:وزاره الخارجيه القطريه", "إطلاق"), ("speaker:سعد معن", "انتهاء")]


def test_a_definite_source_is_the_one_quoted_before(make_dossier):
    quotes, _ = _quotes(make_dossier, (
        "وقال مصدر أمني في المحافظة إن الهجوم وقع فجراً.\n\n"
        "وأوضح المصدر أن القتلى ثلاثة."))
    assert [q.key for q in quotes] == ["speaker:مصدر امني في المحافظه"] * 2
    assert all(q.anonymous for q in quotes)
