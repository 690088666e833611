"""Entities that generalise to unseen articles (issue 19 section 2, issue 21 "persons
become entities too"): bodies, places and outlets named by a head noun and their own words,
a fuller gazetteer of the region's places, persons after titles and roles, and the short
forms an article uses after naming one in full. Each row's span and name are written by
hand from the labelling brief's rules (tests/data/corpus/LABEL_BRIEF.md), never read off
the code."""

from __future__ import annotations

import pytest
from support import mentions_of


def _entities(body: str) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in mentions_of(body, kind="entity")]


def _keys(body: str) -> dict[str, str]:
    return {m.text: m.key for m in mentions_of(body, kind="entity")}


BODIES = [
    # a construct: head noun, genitive, its conjoined words
    ("أعلنت هيئة شؤون الأسرى والمحررين أسماء المفرج عنهم.",
     "هيئة شؤون الأسرى والمحررين", "هيئة شؤون الأسرى والمحررين"),
    ("وأكد مجلس القيادة الرئاسي دعمه للحكومة.", "مجلس القيادة الرئاسي", "مجلس القيادة الرئاسي"),
    ("وتعهد صندوق النقد العربي بتمويل المشروع.", "صندوق النقد العربي", "صندوق النقد العربي"),
    ("ونسقت قيادة العمليات المشتركة انتشار القطعات.", "قيادة العمليات المشتركة", "قيادة العمليات المشتركة"),
    # a definite head and the adjectives that make a name, a purpose after ل
    ("قالت المفوضية العليا المستقلة للانتخابات إن التسجيل بدأ.",
     "المفوضية العليا المستقلة للانتخابات", "المفوضية العليا المستقلة للانتخابات"),
    ("وقال البنك الإسلامي للتنمية إنه سيمول المشروع.", "البنك الإسلامي للتنمية", "البنك الإسلامي للتنمية"),
    ("وصلت طائرة من مركز الملك سلمان للإغاثة والأعمال الإنسانية إلى المطار.",
     "مركز الملك سلمان للإغاثة والأعمال الإنسانية", "مركز الملك سلمان للإغاثة والأعمال الإنسانية"),
    # a force by its country
    ("وانتشرت القوات المسلحة السودانية في المدينة.", "القوات المسلحة السودانية", "القوات المسلحة السودانية"),
    # a short name in quotation marks, after the head or as the name
    ("واجتمعت اللجنة العسكرية المشتركة «5+5» أمس.",
     "اللجنة العسكرية المشتركة «5+5»", "اللجنة العسكرية المشتركة 5+5"),
    ("وراقبت شبكة «شمس» لمراقبة الانتخابات سير العملية.",
     "شبكة «شمس» لمراقبة الانتخابات", "شبكة شمس لمراقبة الانتخابات"),
    # under a clitic: the clitic is not part of the mention, لل reads as ال
    ("وأشاد الوزير بمفوضية العون الإنساني.", "مفوضية العون الإنساني", "مفوضية العون الإنساني"),
    ("وقدم الحزب طلبه للمفوضية العليا المستقلة للانتخابات.",
     "للمفوضية العليا المستقلة للانتخابات", "المفوضية العليا المستقلة للانتخابات"),
    # a gazetteer name after a head is that name, linked as it is elsewhere
    ("وأعلنت بعثة التحالف الدولي انتهاء مهمتها.", "التحالف الدولي", "التحالف الدولي"),
    ("وتقدمت قوات الدعم السريع نحو المدينة.", "قوات الدعم السريع", "قوات الدعم السريع"),
    # a construct whose name is a place: the body, not the place alone
    ("ونقلت وكالة أنباء حضرموت عن مصدر محلي.", "وكالة أنباء حضرموت", "وكالة أنباء حضرموت"),
    ("وأعلنت حكومة إقليم كوردستان موقفها.", "حكومة إقليم كوردستان", "حكومة إقليم كوردستان"),
    # known as "…"
    ("واجتمعت لجنة الإشراف، المعروفة بـ\"الميكانيزم\"، أمس.", "الميكانيزم", "الميكانيزم"),
]


@pytest.mark.parametrize(("body", "span", "name"), BODIES)
def test_bodies_named_by_a_head_noun(body, span, name):
    assert (span, name) in _entities(body)


PLACES = [
    ("انتشلت فرق الإنقاذ جثة في بلدة شمسطار صباحا.", "بلدة شمسطار", "بلدة شمسطار"),
    ("عبرت الشاحنات معبر عين قزام نحو النيجر.", "معبر عين قزام", "معبر عين قزام"),
    ("وصلت المساعدات إلى منفذ أرقين أمس.", "منفذ أرقين", "منفذ أرقين"),
    ("أغلقت السلطات مخيم \"شاريا\" للنازحين.", "شاريا", "شاريا"),
    ("وأعيد فتح معبر نصيب الحدودي أمام الشاحنات.", "معبر نصيب", "معبر نصيب"),
    ("وقصفت الطائرات قاعدة الوطية الجوية.", "قاعدة الوطية", "قاعدة الوطية"),
    ("تجمعت العائلات قرب سجن \"عوفر\" غرب المدينة.", "عوفر", "عوفر"),
    # the fuller gazetteer: Sudan's state capitals, Lebanon's districts, every spelling
    ("وصل الوفد إلى كادقلي قادما من الخرطوم.", "كادقلي", "كادقلي"),
    ("وتعرضت الفاشر لقصف عنيف.", "الفاشر", "الفاشر"),
    ("أبحرت السفينة من بور سودان.", "بور سودان", "بورتسودان"),
    ("وعاد النازحون إلى مخيمات إقليم كوردستان.", "إقليم كوردستان", "إقليم كردستان"),
    ("وتقدمت القوات في ولاية جنوب كردفان.", "جنوب كردفان", "جنوب كردفان"),
    ("وسقطت قذائف على مرجعيون والخيام.", "مرجعيون", "مرجعيون"),
    ("ويعيش اللاجئون في مخيم الزعتري منذ سنوات.", "مخيم الزعتري", "الزعتري"),
    # a place that is a common word too, after a word that introduces a place
    ("وصل وزير الخارجية إلى جدة أمس.", "جدة", "جدة"),
    ("واشتبكت القوات في الأبيض عاصمة الولاية.", "الأبيض", "الأبيض"),
    ("وانتشرت قوة فرنسية في مالي.", "مالي", "مالي"),
    # or listed beside another place
    ("وانطلقت القوافل نحو النيجر ومالي.", "مالي", "مالي"),
    ("ويعيش اللاجئون في إربد والمفرق والزرقاء.", "المفرق", "المفرق"),
    ("وفتحت الممرات على طريق الأبيض - الدلنج.", "الأبيض", "الأبيض"),
]


@pytest.mark.parametrize(("body", "span", "name"), PLACES)
def test_places(body, span, name):
    assert (span, name) in _entities(body)


OUTLETS = [
    ("وقال العميد لـ«النهار» إن الوضع هادئ.", "النهار", "النهار"),
    ("وبثت قناة السواد الفضائية المقابلة كاملة.", "قناة السواد الفضائية", "السواد الفضائية"),
    ("ونقلت وكالة سبأ عن مصدر حكومي قوله إن الطريق فتح.", "وكالة سبأ", "سبأ"),
    ("وذكرت صحيفة «القبس» أن الميزانية أقرت.", "صحيفة «القبس»", "القبس"),
    ("ونشر الوزير تغريدة على منصة إكس مساء.", "منصة إكس", "إكس"),
]


@pytest.mark.parametrize(("body", "span", "name"), OUTLETS)
def test_outlets(body, span, name):
    assert (span, name) in _entities(body)


PERSONS = [
    ("وقال المتحدث باسم الجيش اللبناني العميد نبيل عيتاني إن الوضع هادئ.", "نبيل عيتاني", "نبيل عيتاني"),
    ("وأكد الرئيس الجزائري عبد المجيد تبون أن البلاد مستعدة.", "عبد المجيد تبون", "عبد المجيد تبون"),
    ("التقى رئيس مجلس المفوضين المهندس موسى الطراونة بالوفد.", "موسى الطراونة", "موسى الطراونة"),
    # a given name that is no common word, and the name after it, wherever it stands
    ("اندلعت الحرب بين الجيش وقوات بقيادة محمد حمدان دقلو.", "محمد حمدان دقلو", "محمد حمدان دقلو"),
    ("والتقى الوفد عبد الرحيم أبو سنينة في منزله.", "عبد الرحيم أبو سنينة", "عبد الرحيم أبو سنينة"),
]


@pytest.mark.parametrize(("body", "span", "name"), PERSONS)
def test_persons_after_titles_and_roles(body, span, name):
    assert (span, name) in _entities(body)


CREDITS = [
    ("كتب: أيمن عبدالعزيز | الأحد", "أيمن عبدالعزيز"),
    ("(تغطية صحفية جيمس ماكنزي في واشنطن ومصطفى الساعدي في بغداد)", "جيمس ماكنزي"),
    ("(تغطية صحفية جيمس ماكنزي في واشنطن ومصطفى الساعدي في بغداد)", "مصطفى الساعدي"),
    ("إعداد: د. ريم الحلبي وعمر قدسي", "ريم الحلبي"),
    ("إعداد: د. ريم الحلبي وعمر قدسي", "عمر قدسي"),
    ("المذيع (حيدر الساعدي): مساء الخير.", "حيدر الساعدي"),
    ("وأصغرهم الطفل أحمد الشلالدة (17 عاماً) من بلدة قريبة.", "أحمد الشلالدة"),
    ("مقدم الحلقة: سامي الشريف", "سامي الشريف"),
    ("بغداد: علي موفق الربيعي\n\nكشفت اللجنة المالية أمس عن الأرقام.", "علي موفق الربيعي"),
    ("رأي / زياد منصور / السبت 14 شباط 2026", "زياد منصور"),
    ("وقال الخبير الاقتصادي د. خالد التيجاني إن الرقم كبير.", "خالد التيجاني"),
    ("يبحث خلالها مع نظيره الروسي سيرغي لافروف الملفات الثنائية.", "سيرغي لافروف"),
]


@pytest.mark.parametrize(("body", "name"), CREDITS)
def test_persons_in_bylines_credits_and_before_their_age(body, name):
    assert (name, name) in _entities(body)


@pytest.mark.parametrize("body", [
    "وقال إن الأولوية تحرير آخر أسير في السجون.",   # تحرير "liberation", not an editor's credit
    "المقدّمة: سؤال أخير، هل ما زال الاتفاق قائما؟",  # an interviewer's question, not a name
    "تغطية مباشرة | انتخابات مجالس المحافظات",
])
def test_credit_words_in_running_text_name_no_one(body):
    assert not any(why.startswith("a person") for why in
                   (m.why for m in mentions_of(body, kind="entity")))


DOCUMENTS = [
    ("وأكد أن رؤية 2030 تراهن على الاستقرار.", "رؤية 2030", "رؤية 2030"),
    ("وطالب الطرفين بالالتزام بإعلان جدة الموقع العام الماضي.", "إعلان جدة", "إعلان جدة"),
    ("وتغطي خطة الاستجابة الأردنية للأزمة السورية ثلث الاحتياجات.",
     "خطة الاستجابة الأردنية للأزمة السورية", "خطة الاستجابة الأردنية للأزمة السورية"),
]


@pytest.mark.parametrize(("body", "span", "name"), DOCUMENTS)
def test_plans_and_declarations(body, span, name):
    assert (span, name) in _entities(body)


def test_a_title_ends_a_body_s_name():
    found = _entities("التقى رئيس مجلس المفوضين المهندس موسى الطراونة بالوفد.")
    assert ("مجلس المفوضين", "مجلس المفوضين") in found
    assert not any("المهندس" in text for text, _ in found)


# one key for a body named in full, then by its head alone; a person, then by the surname
SHORT_FORMS = [
    ("أصدر المرصد الأردني للسياسات الاجتماعية تقريره، وقال المرصد إن البطالة ارتفعت.",
     "المرصد الأردني للسياسات الاجتماعية", "المرصد"),
    ("وأعلنت مفوضية العون الإنساني خطة جديدة. وقالت المفوضية إن العمل بدأ.",
     "مفوضية العون الإنساني", "المفوضية"),
    ("وانتشر الجيش اللبناني في البلدات. وأكد الجيش أن الانتشار مستمر.", "الجيش اللبناني", "الجيش"),
    ("ذكرت صحيفة النهار أن الجلسة تأجلت. وقال مصدر لـ«النهار» إن الموعد لم يحدد.", "صحيفة النهار", "النهار"),
    ("التقى رئيس اللجنة عبد الحكيم الزروق بالوفد. ووصل الزروق إلى المدينة مساء.",
     "عبد الحكيم الزروق", "الزروق"),
    ("وقال المتحدث باسم الجيش العميد نبيل عيتاني إن الوضع هادئ، ونفى عيتاني وقوع اشتباكات.",
     "نبيل عيتاني", "عيتاني"),
]


@pytest.mark.parametrize(("body", "full", "short"), SHORT_FORMS)
def test_a_short_form_shares_the_full_name_s_key(body, full, short):
    keys = _keys(body)
    assert full in keys and short in keys, keys
    assert keys[short] == keys[full]
    shown = {text: name for text, name in _entities(body)}
    assert shown[short] == shown[full]


def test_spellings_fold_to_one_key_shown_as_first_written():
    a = mentions_of("وأعلنت مفوضية العون الإنسانى خطة جديدة.", kind="entity")
    b = mentions_of("وأعلنت مفوضيّة العون الإنساني خطة جديدة.", kind="entity")
    assert a[0].key == b[0].key
    assert a[0].value == "مفوضية العون الإنسانى" and b[0].value == "مفوضية العون الإنساني"
    c = mentions_of("وقال وزير الصحة الدكتور محمد عبد الهادى إن المستشفيات جاهزة.", kind="entity")
    d = mentions_of("وقال وزير الصحة الدكتور محمد عبد الهادي إن المستشفيات جاهزة.", kind="entity")
    assert [m.key for m in c if "محمد" in m.text] == [m.key for m in d if "محمد" in m.text] != []


NOT_ENTITIES = [
    "وانتشرت القوات الأمنية في الشوارع.",           # security forces: no one's named force
    "وتوجه الناخبون إلى صندوق الاقتراع مبكرا.",       # the ballot box
    "وتباطأت حركة المرور في الشارع الرئيسي.",         # traffic
    "وقال إن الحكومة الجديدة ستعلن برنامجها.",         # a government, not a name
    "وستنتهي ولاية البعثة العام المقبل.",              # a mandate
    "وأقيم مخيم مؤقت للنازحين.",                       # a temporary camp
    "وطالبت البلديات بدعم مالي مباشر.",                # financial, not Mali
    "هذا بلد عاش حربا طويلة.",                        # a country, not Balad base
    "وكانت جدة الطفل تنتظره عند الباب.",               # his grandmother
    "وقالت الوزارة إن العمل مستمر.",                   # a ministry not named before
    "وعرضت قناة الاتصال الرسمية الخطة.",               # a channel of communication
    "ولم يرد المتحدث على الأسئلة.",
    "وكان عمر الطفل عشر سنوات.",                      # عمر "age", not the name Omar
    "ووزعت المساعدات على الأسر وأم روابة",              # "and Umm Ruwaba", not وام the agency
    "وزرعت حقل ألغام قرب الطريق.",                    # a minefield
    "وهذه قاعدة بيانات جديدة.",                        # a database
]


def test_affiliated_to_ends_a_body_s_name():
    found = _entities("قال مسؤول في لجنة شؤون الأسرى التابعة للحوثيين إن العملية تمت.")
    assert ("لجنة شؤون الأسرى", "لجنة شؤون الأسرى") in found
    assert ("للحوثيين", "الحوثيون") in found


@pytest.mark.parametrize("body", NOT_ENTITIES)
def test_common_words_are_not_entities(body):
    assert _entities(body) == []


def test_a_ministry_s_short_form_stays_a_common_noun():
    found = _entities("وأعلنت وزارة الصحة حصيلة جديدة. وقالت الوزارة إن المستشفيات ممتلئة.")
    assert found == [("وزارة الصحة", "وزارة الصحة")]


def test_the_sultanate_is_oman_when_the_article_names_it():
    found = _entities("زار الوفد سلطنة عمان أمس. وأشاد بدور السلطنة في الوساطة.")
    assert ("السلطنة", "عُمان") in found
    assert not any(text == "السلطنة" for text, _ in _entities("وأشاد بدور السلطنة في الوساطة."))


def test_bare_amman_is_amman_unless_the_article_means_oman():
    """عمان without harakat: Amman (عمّان) unless the article names Oman some other way."""
    assert ("سلطنة عمان", "عُمان") in _entities("وقعت سلطنة عمان الاتفاقية.")
    assert _entities("وصل الوفد إلى عمان أمس.") == [("عمان", "عمّان")]
    found = _entities("عمان 3 أيار (بترا)- عقد المجلس جلسته.")
    assert ("عمان", "عمّان") in found and ("بترا", "بترا") in found  # a Jordanian dateline
    for body in ("زار الوزير سلطنة عمان. وقال إن عمان شريك أساسي.",
                 "وأشاد الوزير العماني بالاتفاق. وقال إن عمان ستدعمه.",
                 "مسقط - وقعت عمان والعراق مذكرة تفاهم."):
        assert [name for text, name in _entities(body) if text == "عمان"] == ["عُمان"], body


GROUPS = [
    # armed groups and movements by the names news uses, with a clitic or after a verb
    ("واشتبكت فصائل من جيش الإسلام مع قوات النظام.", "جيش الإسلام", "جيش الإسلام"),
    ("وسيطرت جبهة النصرة على المعبر.", "جبهة النصرة", "جبهة النصرة"),
    ("وقال قيادي في وحدات حماية الشعب الكردية إن الهجوم صد.", "وحدات حماية الشعب الكردية", "وحدات حماية الشعب"),
    ("واتهمت أنقرة حزب العمال الكردستاني بالوقوف وراء التفجير.", "حزب العمال الكردستاني", "حزب العمال الكردستاني"),
    ("وتبنى تنظيم القاعدة في جزيرة العرب الهجوم.", "تنظيم القاعدة في جزيرة العرب", "القاعدة في جزيرة العرب"),
    ("وقال إن تنظيم القاعدة أعاد تنظيم صفوفه.", "تنظيم القاعدة", "تنظيم القاعدة"),
    ("وانسحب مقاتلو فيلق الرحمن من البلدة.", "فيلق الرحمن", "فيلق الرحمن"),
    ("وأعلنت كتائب القسام مسؤوليتها.", "كتائب القسام", "كتائب القسام"),
    ("وقالت مصادر إن لحركة طالبان شروطا.", "حركة طالبان", "طالبان"),  # the clitic stays out
    ("وتقدمت ألوية العمالقة نحو المدينة.", "ألوية العمالقة", "ألوية العمالقة"),
    ("ورحبت حركة العدل والمساواة بالاتفاق.", "حركة العدل والمساواة", "حركة العدل والمساواة"),
    ("ودعت المقاومة الشعبية السكان إلى الصمود.", "المقاومة الشعبية", "المقاومة الشعبية"),
]


@pytest.mark.parametrize(("body", "span", "name"), GROUPS)
def test_armed_groups_by_the_names_news_uses(body, span, name):
    assert (span, name) in _entities(body)


@pytest.mark.parametrize("body", [
    "وأقيمت القاعدة العسكرية قرب الحدود.",   # a base, not al-Qaeda
    "وقررت السلطات فتح المعبر غدا.",          # opening, not Fatah
    "ودعا إلى النصرة والتضامن.",              # support
    "وشارك الشباب في الانتخابات بكثافة.",     # the youth
    "وشدد على دور الجيش في حماية الشعب.",    # the army protecting the people
])
def test_common_words_in_group_names_alone_are_no_group(body):
    assert _entities(body) == []


def test_a_title_and_the_surname_alone_is_the_person_named_in_full():
    body = ("ضيفنا وزير المالية الدكتور نبيل عيتاني.\n"
            "ووصل الوزير عيتاني إلى القاعة مساء.\n")
    keys = {m.key for m in mentions_of(body, kind="entity") if "عيتاني" in m.text}
    assert len(keys) == 1, keys
