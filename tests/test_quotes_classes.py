"""Classes of attribution, each on sentences written for these tests (other words, outlets
and orders than the corpus): who speaks by the grammar of the attribution, and the
negative cases where a word near a speech verb is not its speaker."""

from __future__ import annotations

import pytest
from support import quote_starting as _starting
from support import quotes_in as _quotes

from dossier_tui.index.loader import load_dossier
from dossier_tui.index.mentions import extract_mentions


# a role noun phrase as the subject: the role is the speaker, with what it is of; a ل and a
# verbal noun (لتنسيق، لإغاثة) is what a body is for, never a person's name
@pytest.mark.parametrize("sentence, key, first", [
    ("وقالت مديرة مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية في جنيف إن الممرات ما زالت مغلقة.",
     "speaker:مديره مكتب الامم المتحده لتنسيق الشؤون الانسانيه في جنيف", "الممرات"),
    ("وأفاد رئيس هيئة الأمم المتحدة لإغاثة المنكوبين بأن المخازن شبه فارغة.",
     "speaker:رؤيس هيؤه الامم المتحده لاغاثه المنكوبين", "المخازن"),
    ("وأكد نائب وزير الطاقة أن محطة الكهرباء ستعود إلى العمل الأسبوع المقبل.",
     "speaker:ناؤب وزير الطاقه", "محطة"),
])
def test_a_role_is_its_own_speaker(make_dossier, sentence, key, first):
    q = _starting(_quotes(make_dossier, sentence), first)
    assert (q.key, q.anonymous) == (key, False)


@pytest.mark.parametrize("sentence, key, first", [
    # a deputy of nothing named is an unnamed member of parliament
    ("وقال نائب في البرلمان الأردني إن الحكومة لم تقدم الموازنة بعد.", "speaker:ناؤب في البرلمان الاردني", "الحكومة"),
    # a count before an unnamed source keeps it unnamed
    ("وقالت ثلاثة مصادر دبلوماسية لصحيفة «الشرق» إن الاجتماع أرجئ.", "speaker:ثلاثه مصادر دبلوماسيه", "الاجتماع"),
    ("وأكد عدة مسؤولين محليين أن المياه قطعت عن الحي.", "speaker:عده مسؤولين محليين", "المياه"),
])
def test_unnamed_sources_with_a_count_or_a_place(make_dossier, sentence, key, first):
    q = _starting(_quotes(make_dossier, sentence), first)
    assert (q.key, q.anonymous) == (key, True)


def test_a_profession_before_a_name_is_a_title(make_dossier):
    """المحلل، الباحث، الخبير before a name are titles: the name alone is the key, and علي
    after them is the given name, not the preposition."""
    quotes = _quotes(make_dossier, (
        "ورأى الباحث الاجتماعي علي الساعدي أن البطالة تدفع الشباب إلى الهجرة.\n\n"
        "وقال الساعدي إن برامج التدريب لا تصل إلى القرى.\n\n"
        "من جهته، أعرب الخبير الاقتصادي نبيل المرسومي عن قلقه من تراجع أسعار النفط.\n\n"
        "ويعتقد المرسومي أن الموازنة ستحتاج إلى قروض."))
    assert [q.key for q in quotes] == ["speaker:علي الساعدي"] * 2 + ["speaker:نبيل المرسومي"] * 2
    assert quotes[0].speaker == "علي الساعدي"


def test_the_topic_after_amma_speaks(make_dossier):
    quotes = _quotes(make_dossier, (
        "وقال وزير التجارة إن الأسعار ستستقر.\n\n"
        "أما رئيس اتحاد الغرف التجارية سمير الحداد، فأكد أن التجار لن يرفعوا الأسعار."))
    q = _starting(quotes, "التجار")
    assert q.key == "speaker:سمير الحداد" and q.speaker_start is not None


# the noun after a verb of calling or warning is whom it is addressed to; the one told is
# never the speaker either (لمجلة، لجريدة)
def test_the_addressee_is_not_the_speaker(make_dossier):
    quotes = _quotes(make_dossier, (
        "وقال محافظ نينوى عبد القادر الدخيل إن الطرق ستفتح غداً، ويدعو المواطنين إلى تجنب السفر ليلاً.\n\n"
        "وتحذّر أسرهم من الاقتراب من الضفة.\n\n"
        "وأضاف لمجلة «آفاق» أن الجسور تحتاج إلى صيانة."))
    keys = {q.key for q in quotes}
    assert "speaker:المواطنين" not in keys and "speaker:اسرهم" not in keys
    assert not any("مجله" in q.key for q in quotes)
    told = _starting(quotes, "الجسور")
    assert told.key == "speaker:عبد القادر الدخيل" and told.speaker_start is None


def test_a_verb_that_also_means_amounts_to(make_dossier):
    quotes = _quotes(make_dossier, (
        "وتبلغ فرق الإسعاف عن تسع إصابات بين العمال.\n\n"
        "وتبلغ قيمة المنحة خمسين مليون دولار.\n\n"
        "وقال المدير الذي يبلغ من العمر ستين عاماً إن المصنع سيغلق."))
    assert _starting(quotes, "تسع").key == "speaker:فرق الاسعاف"
    assert not any(q.text.startswith(("قيمة", "خمسين")) for q in quotes)
    assert _starting(quotes, "المصنع").key == "speaker:المدير"


# documents speak: the text of an agreement, what figures show
@pytest.mark.parametrize("sentence, key, first", [
    ("ووفقاً لنص المذكرة، تتولى البلديات جمع النفايات.", "speaker:نص المذكره", "تتولى"),
    ("وورد في نص القرار أن المجلس يمدد ولاية البعثة عاماً.", "speaker:نص القرار", "المجلس"),
    ("وتظهر سجلات المستشفى أن ثلث المرضى من الأطفال.", "speaker:سجلات المستشفي", "ثلث"),
    ("ويظهر المسح أن نصف الأسر بلا دخل ثابت.", "speaker:المسح", "نصف"),
])
def test_documents_as_speakers(make_dossier, sentence, key, first):
    q = _starting(_quotes(make_dossier, sentence), first)
    assert (q.key, q.anonymous) == (key, False)


@pytest.mark.parametrize("sentence, key, first", [
    # a ministry named by its portfolio, with ال
    ("الداخلية تعلن ضبط شحنة أسلحة على الحدود.", "speaker:الداخليه", "ضبط"),
    # armed groups threaten and announce
    ("وهددت ميليشيات محلية بقطع طريق الإمداد.", "speaker:ميليشيات محليه", "بقطع"),
])
def test_bodies_by_a_short_name(make_dossier, sentence, key, first):
    q = _starting(_quotes(make_dossier, sentence), first)
    assert q.key == key


def test_a_portfolio_without_al_is_a_common_noun(make_dossier):
    quotes = _quotes(make_dossier, "وأكدت الوزارة صحة الأنباء عن نقل السجناء.")
    assert [q.key for q in quotes] == ["speaker:الوزاره"]


# one key for one body in an article: a shorter name is the body named in full
@pytest.mark.parametrize("text, key", [
    ("أعلنت الهيئة الوطنية لمكافحة الفساد، الأحد، فتح تحقيق في عقود الكهرباء.\n\n"
     "وقالت الهيئة إن التحقيق سيشمل ثلاث وزارات.", "speaker:الهيؤه الوطنيه لمكافحه الفساد"),
    ("وقال مرصد الخليج للحقوق والحريات إن السلطات أفرجت عن عشرين معتقلاً.\n\n"
     "ويرى المرصد أن الإفراج جاء تحت ضغط دولي.", "speaker:مرصد الخليج للحقوق والحريات"),
    ("الصحة تعلن تسجيل إصابات جديدة بالحصبة في ثلاث محافظات.\n\n"
     "وأوضحت وزارة الصحة العامة والسكان أن حملة التطعيم تبدأ السبت.", "speaker:وزاره الصحه العامه والسكان"),
    ("وأكدت اللجنة الدولية للصليب الأحمر أن فرقها زارت السجن.\n\n"
     "وأوضح الصليب الأحمر أن الزيارة استمرت يومين.", "speaker:اللجنه الدوليه للصليب الاحمر"),
])
def test_a_body_by_its_full_name(make_dossier, text, key):
    quotes = _quotes(make_dossier, text)
    assert len(quotes) == 2 and {q.key for q in quotes} == {key}


def test_other_bodies_keep_their_keys(make_dossier):
    quotes = _quotes(make_dossier, (
        "وقال صندوق الأمم المتحدة للسكان إن آلاف النساء بلا رعاية.\n\n"
        "وقالت الأمم المتحدة إن المساعدات تأخرت."))
    assert [q.key for q in quotes] == ["speaker:صندوق الامم المتحده للسكان", "speaker:الامم المتحده"]


def test_a_short_name_in_brackets_keys_the_body(make_dossier):
    quotes = _quotes(make_dossier, (
        "وقالت منظمة الأمم المتحدة للطفولة (يونيسف) إن نصف الأطفال خارج المدارس.\n\n"
        "وحذر مسؤول في منظمة الأمم المتحدة للطفولة «يونيسف» من تفشي الكوليرا."))
    assert quotes[0].key == "speaker:يونيسف"
    assert (quotes[1].key, quotes[1].anonymous) == ("speaker:مسؤول في يونيسف", True)


def test_a_place_after_a_body_is_out_of_its_key(make_dossier):
    folder = make_dossier({"a.txt": "عنوان\n\nوقالت السفارة البريطانية في بيروت إن الرحلات ستستأنف الأسبوع المقبل.",
                           "b.txt": "عنوان\n\nوأكدت السفارة البريطانية أن موظفيها بخير."})
    one, two = ([m for m in extract_mentions(a).mentions if m.kind == "quote"] for a in load_dossier(folder).articles)
    assert one[0].key == two[0].key == "speaker:السفاره البريطانيه"
    assert "بيروت" in one[0].speaker  # the speaker as written keeps it


def test_a_paper_attributes_by_its_notes(make_dossier):
    quotes = _quotes(make_dossier, (
        "يصدر مركز الرافدين للدراسات الاستراتيجية هذه الورقة في إطار برنامجه الاقتصادي.\n\n"
        "تراجعت صادرات النفط غير الخام بنحو الربع خلال عامين(1). وتبقى الزراعة أكبر مشغل في الريف(2).\n\n"
        "المراجع\n\n"
        "(1) تقديرات المركز لبيانات الجمارك، 2023-2024.\n"
        "(2) مسح القوى العاملة الصادر عن الجهاز المركزي للإحصاء."))
    first = _starting(quotes, "تراجعت")
    assert first.key.startswith("speaker:مركز الرافدين للدراسات") and first.text.endswith("عامين")
    assert _starting(quotes, "وتبقى").key.startswith("speaker:مسح القوي العامله")


def test_a_sentence_that_names_its_source_takes_no_note(make_dossier):
    quotes = _quotes(make_dossier, (
        "وقال البنك الدولي إن النمو سيبلغ 2% هذا العام(1).\n\nالمراجع\n\n(1) تقرير البنك الدولي، حزيران 2024."))
    assert [q.key for q in quotes] == ["speaker:البنك الدولي"]


def test_the_same_source_and_one_of_them(make_dossier):
    quotes = _quotes(make_dossier, (
        "وقال محافظ البصرة أسعد العيداني إن الملوحة بلغت مستويات قياسية.\n\n"
        "وستصل الشحنة الأولى من المياه المحلاة الشهر المقبل، حسب نفس المصدر.\n\n"
        "وقال دبلوماسيان غربيان إن المفاوضات تعثرت. وقال أحدهما إن الوسطاء يبحثون عن صيغة جديدة."))
    assert _starting(quotes, "وستصل").key == "speaker:اسعد العيداني"
    one = _starting(quotes, "الوسطاء")
    assert (one.key, one.anonymous) == ("speaker:دبلوماسيان غربيان", True)


def test_according_to_before_a_list(make_dossier):
    quotes = _quotes(make_dossier, (
        "أبرز ما في الخطة، وفق مصادر حكومية:\n- رفع الدعم عن الوقود تدريجياً.\n- زيادة رواتب المتقاعدين."))
    q = _starting(quotes, "-")
    assert q.key == "speaker:مصادر حكوميه" and "المتقاعدين" in q.text


def test_coordinated_verbs_share_the_subject(make_dossier):
    quotes = _quotes(make_dossier, (
        "وقال وزير النقل إن المطار سيفتح.\n\n"
        "الشرطة تغلق الطرق المؤدية إلى الساحة، وتدعو السائقين إلى سلوك طرق بديلة."))
    assert _starting(quotes, "السائقين").key == "speaker:الشرطه"


@pytest.mark.parametrize("sentence, key, anonymous, first", [
    # a construct of role nouns is a role, not a name (رئيس أركان الجيش)
    ("وأكد رئيس أركان القوات البحرية أن السفن في حالة تأهب.", "speaker:رؤيس اركان القوات البحريه", False, "السفن"),
    # an official in charge of something named holds a role; an official with an adjective is unnamed
    ("وأوضح مسؤول العلاقات الخارجية في النقابة أن الإضراب مستمر.",
     "speaker:مسؤول العلاقات الخارجيه في النقابه", False, "الإضراب"),
    ("وأوضح مسؤول نقابي أن الإضراب مستمر.", "speaker:مسؤول نقابي", True, "الإضراب"),
    # the outlet told (لل + outlet) is not part of the source
    ("وقالت مصادر عسكرية للعربية إن الطائرة سقطت قرب الحدود.", "speaker:مصادر عسكريه", True, "الطائرة"),
    # نسب إلى: the source follows إلى, as it follows عن after نقل
    ("ونسبت الإذاعة إلى مسؤول محلي قوله إن الجسر أغلق.", "speaker:مسؤول محلي", True, "الجسر"),
])
def test_roles_and_sources_by_their_construction(make_dossier, sentence, key, anonymous, first):
    q = _starting(_quotes(make_dossier, sentence), first)
    assert (q.key, q.anonymous) == (key, anonymous)


def test_a_verb_after_an_is_what_was_said(make_dossier):
    """أنْ and an imperfect is the event expected (أن يعلن، أن تعلن): part of the statement,
    never a new attribution."""
    quotes = _quotes(make_dossier, "وتوقعت مصادر برلمانية أن تعلن الحكومة استقالتها قبل نهاية الشهر.")
    assert [q.key for q in quotes] == ["speaker:مصادر برلمانيه"]
    assert quotes[0].text.startswith("تعلن الحكومة")


def test_continuations_by_their_forms(make_dossier):
    """A participle after و and a comma, بحسبه/وفقها, وزاد: with a colon, وبيّن with a
    surname, (ا)ختتم … بالقول: each continues or names the speaker before."""
    quotes = _quotes(make_dossier, (
        "وقال مدير الميناء عادل السويدي إن السفن عادت، مشيراً إلى أن الرسوم خفضت، ومؤكداً أن الأرصفة جاهزة.\n\n"
        "وبيّن السويدي أن التوسعة تكتمل في الربيع. وزاد: \"سنستقبل سفناً أكبر\".\n\n"
        "واختتم كلمته بالقول إن الميناء للجميع. وبحسبه، فإن العمال سيحصلون على حوافز."))
    for first in ("الأرصفة", "التوسعة", "\"سنستقبل", "الميناء للجميع", "فإن العمال"):
        q = _starting(quotes, first.lstrip('"'))
        assert q.key == "speaker:عادل السويدي", first
    assert not any(q.text.startswith("الرسوم خفضت، ومؤكداً") for q in quotes)


def test_between_is_not_a_verb_of_saying(make_dossier):
    quotes = _quotes(make_dossier, "وقال الوزير إن الحدود مفتوحة.\n\nوبين الطرفين خلاف قديم على أن الحدود مرسومة.")
    assert [q.key for q in quotes] == ["speaker:الوزير"]


@pytest.mark.parametrize("sentence, key, first", [
    # "according to what X relayed from Y": Y speaks
    ("وبحسب ما نقلت قناة محلية عن مصادر قضائية، فإن المحاكمة ستبدأ الشهر المقبل.",
     "speaker:مصادر قضاؤيه", "فإن المحاكمة"),
    ("ووفق ما أوردته مجلة اقتصادية نقلاً عن مسؤولين في المصرف، فإن الاحتياطي تراجع.",
     "speaker:مسؤولين في المصرف", "فإن الاحتياطي"),
    # a relative clause after the source is not its name
    ("وبحسب دبلوماسي أوروبي تحدث شرط عدم ذكر اسمه، فإن العقوبات سترفع جزئياً.", "speaker:دبلوماسي اوروبي",
     "فإن العقوبات"),
    # unnamed people and media
    ("وقال رجل في الستين من عمره إن الحي بلا ماء منذ أسبوع.", "speaker:رجل في الستين من عمره", "الحي"),
    ("وذكرت وسائل إعلام تركية أن الطائرة هبطت اضطرارياً.", "speaker:وساؤل اعلام تركيه", "الطائرة"),
    ("وروى سكان أن الدبابات دخلت السوق فجراً.", "speaker:سكان", "الدبابات"),
])
def test_unnamed_sources_behind_others(make_dossier, sentence, key, first):
    q = _starting(_quotes(make_dossier, sentence), first)
    assert (q.key, q.anonymous) == (key, True)


def test_a_second_attribution_after_a_quotation(make_dossier):
    """Verbs inside a quotation are the quoted speaker's, not those after its closing mark:
    «…»، فيما يرى X أن … is X's statement; the first ends before فيما."""
    quotes = _quotes(make_dossier, (
        "وقال عضو في مجلس الشورى لـ«الوطن» إن «الموازنة ستقر قبل العيد»، فيما يرى خبراء أن "
        "«العجز سيتجاوز التقديرات»."))
    assert [q.key for q in quotes] == ["speaker:عضو في مجلس الشوري", "speaker:خبراء"]
    assert quotes[0].text.endswith("العيد»") and quotes[1].text.startswith("«العجز")
    assert all(q.anonymous for q in quotes)


def test_a_statement_ends_before_the_connective(make_dossier):
    quotes = _quotes(make_dossier, "وقال المحافظ إن الطريق سالكة، بينما يؤكد سائقون أن الحواجز ما زالت قائمة.")
    assert quotes[0].text == "الطريق سالكة"
