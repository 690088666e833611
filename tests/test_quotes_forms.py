"""Attribution forms beyond "verb, speaker, إنّ": the statement as the verb's object,
subject-first lines of live blogs and headlines, inverted wire attributions, and what is
not a statement. Sentences written for these tests in several outlets' styles."""

from __future__ import annotations

import pytest
from support import quote_starting as _starting
from support import quotes_in as _quotes


@pytest.mark.parametrize("sentence, key, first", [
    # a body announces an act or a plan: the object is what it said (labelling convention)
    ("وأعلنت وزارة الصحة، اليوم الخميس، فتح باب التسجيل للمتطوعين.", "speaker:وزاره الصحه", "فتح"),
    ("وتحذر «الأونروا» من نفاد مخزون الطحين خلال أسبوعين.", "speaker:الاونروا", "نفاد"),
    ("وتهيب الهيئة بالمواطنين عدم الاقتراب من المواقع المتضررة.", "speaker:الهيؤه", "بالمواطنين"),
    ("وقرر مجلس أمناء الجامعة الأردنية تأجيل الامتحانات أسبوعاً.", "speaker:مجلس امناء الجامعه الاردنيه",
     "تأجيل"),
    ("ويقدّر التقرير كلفة الإصلاحات بنحو ملياري دولار.", "speaker:التقرير", "كلفة"),
    ("وينص الاتفاق على تبادل الأسرى على ثلاث مراحل.", "speaker:الاتفاق", "على تبادل"),
    ("وأحصى مراقبون دوليون أكثر من مئة خرق للهدنة.", "speaker:مراقبون دوليون", "أكثر"),
    ("ودعا الناطق باسم الحكومة سامر العلي المواطنين إلى التزام الهدوء.", "speaker:سامر العلي", "المواطنين"),
    ("وأعلن قائد شرطة المحافظة، العقيد نزار الدليمي، في وقت سابق، إغلاق الطرق المؤدية إلى الساحة.",
     "speaker:نزار الدليمي", "إغلاق"),
    ("وتأمل منظمات الإغاثة في إدخال قافلة ثانية قبل نهاية الشهر، غير أن الطرق ما زالت مغلقة.",
     "speaker:منظمات الاغاثه", "في إدخال"),
])
def test_statement_as_the_verbs_object(make_dossier, sentence, key, first):
    q = _starting(_quotes(make_dossier, sentence), first)
    assert q.key == key


@pytest.mark.parametrize("text, key, first", [
    ("09:40\nهيئة شؤون اللاجئين تنشر تفاصيل خطة العودة: ثلاث مراحل تبدأ في الربيع.",
     "speaker:هيؤه شؤون اللاجؤين", "تفاصيل"),
    ("الساعة 11:05\nالصليب الأحمر يعلن استعداده لنقل الجرحى عبر المعبر.", "speaker:الصليب الاحمر", "استعداده"),
    ("وكانت الحكومة والنقابات قد أعلنت في آذار 2024 التوصل إلى اتفاق على الأجور.",
     "speaker:الحكومه والنقابات", "التوصل"),
    ("يذكر أن السلطات المحلية كانت قد أعلنت في وقت سابق عن خطة لترحيل المهاجرين.",
     "speaker:السلطات المحليه", "عن خطة"),
])
def test_subject_first_then_the_object(make_dossier, text, key, first):
    q = _starting(_quotes(make_dossier, text), first)
    assert q.key == key


@pytest.mark.parametrize("sentence, key, first, verb", [
    ("وصلت قافلة تضم 40 شاحنة إلى مدينة الأبيض للمرة الأولى منذ أشهر، على ما أعلنت الأمم المتحدة "
     "الأحد، مستفيدة من هدنة قصيرة.", "speaker:الامم المتحده", "وصلت", "أعلنت"),
    ("ارتفع عدد النازحين إلى أكثر من مليون شخص، أفادت المفوضية.", "speaker:المفوضيه", "ارتفع", "أفادت"),
])
def test_inverted_attribution_after_the_statement(make_dossier, sentence, key, first, verb):
    q = _starting(_quotes(make_dossier, sentence), first)
    assert (q.key, q.verb) == (key, verb)
    assert "،" not in q.text[-2:]  # the statement stops before the attribution


def test_according_to_what_a_source_told(make_dossier):
    quotes = _quotes(make_dossier, ("تونس (وات) - رحّلت السلطات 900 مهاجر منذ بداية السنة، وفق ما أفاد به "
                                    "مصدر أمني جهوي، اليوم الجمعة.\n\nوأوضح المصدر ذاته أن الرحلات ستتواصل."))
    assert [q.key for q in quotes] == ["speaker:مصدر امني جهوي"] * 2
    assert quotes[0].text.startswith("رحّلت")


def test_a_speakers_own_aside_does_not_end_the_search_for_what_was_said(make_dossier):
    quotes = _quotes(make_dossier, "وأفاد أحد سكان الحي، طالباً عدم كشف هويته، بأن القصف استمر طوال الليل.")
    q = _starting(quotes, "القصف")
    assert (q.key, q.anonymous) == ("speaker:احد سكان الحي", True)


@pytest.mark.parametrize("sentence", [
    "وتأجل الاجتماع إلى الأسبوع المقبل، غير أن الوفود بقيت في المدينة.",
    "أعلنت النتائج مساء أمس بعد أن تأخر الفرز.",
    "ويبلغ عدد سكان المدينة نحو مليوني نسمة.",
    "وقدر كبير من المساعدات لم يصل بعد.",
])
def test_not_statements(make_dossier, sentence):
    assert _quotes(make_dossier, sentence) == []


def test_a_new_clause_after_the_object_is_not_what_was_said(make_dossier):
    quotes = _quotes(make_dossier, "وأعلنت الوزارة إغلاق المعبر بعد أن تعرض لقصف عنيف.")
    q = _starting(quotes, "إغلاق")
    assert q.key == "speaker:الوزاره"
    assert len(quotes) == 1


def test_a_role_links_to_the_person_holding_that_role_not_another(make_dossier):
    quotes = _quotes(make_dossier, (
        "وقال وزير المالية الدكتور كريم ناصر إن العجز تراجع.\n\n"
        "من جهته، قال وزير الخارجية إن الزيارة تأجلت.\n\n"
        "وأضاف وزير المالية أن الرواتب ستصرف."))
    assert [q.key for q in quotes] == ["speaker:كريم ناصر", "speaker:وزير الخارجيه", "speaker:كريم ناصر"]


def test_the_role_alone_is_the_role_written_in_full_before(make_dossier):
    quotes = _quotes(make_dossier, (
        "استقبل وزير الخارجية والتعاون الدولي نظيره الأردني في العاصمة.\n\n"
        "وقال المتحدث باسم الوزارة، في بيان، إن الوزير شدد على أهمية التنسيق."))
    q = _starting(quotes, "على أهمية")
    assert q.key == "speaker:وزير الخارجيه والتعاون الدولي"


def test_an_unnamed_member_named_in_apposition_is_that_person(make_dossier):
    quotes = _quotes(make_dossier, "وقال عضو لجنة النزاهة النيابية، النائب حيدر الموسوي، إن التحقيق مستمر.")
    assert [(q.key, q.anonymous) for q in quotes] == [("speaker:حيدر الموسوي", False)]


def test_a_place_after_the_speaker_is_not_their_name(make_dossier):
    quotes = _quotes(make_dossier, "وتقول أم خالد (58 عاماً) من مخيم البقعة إنها تنتظر ابنها منذ سنوات.")
    assert quotes and quotes[0].key.startswith("speaker:ام خالد")


def test_a_name_spelled_like_a_preposition_after_a_role(make_dossier):
    quotes = _quotes(make_dossier, "وقال مدير عام دائرة الهجرة في المحافظة، علي حسن الزبيدي، إن الأسر عادت.")
    assert [q.key for q in quotes] == ["speaker:علي حسن الزبيدي"]


def test_an_interviews_answers_are_the_interviewees(make_dossier):
    quotes = _quotes(make_dossier, (
        "رئيس هيئة الموانئ لـ«الأخبار»: التوسعة تنتهي قبل الصيف\n\n"
        "حاورت «الأخبار» المهندس سامر الخطيب، رئيس هيئة الموانئ، حول مشاريع التوسعة.\n\n"
        "• متى تنتهي أعمال التوسعة في الرصيف الجنوبي؟\n"
        "ــ نتوقع الانتهاء منها قبل الصيف المقبل إذا وصلت المعدات في موعدها.\n\n"
        "• وماذا عن التمويل؟\n"
        "- التمويل مؤمن بالكامل من موازنة الهيئة ومن قرض ميسر.\n\n"
        "- قائمة الأرصفة الجديدة منشورة على موقع الهيئة."))
    got = [(q.key, q.text.split()[0]) for q in quotes]
    assert got == [("speaker:سامر الخطيب", "التوسعة"), ("speaker:سامر الخطيب", "نتوقع"),
                   ("speaker:سامر الخطيب", "التمويل")]  # a dash after no question is no answer


def test_live_blog_lines_of_bodies_reporters_and_named_roles(make_dossier):
    quotes = _quotes(make_dossier, (
        "11:40\nغارة على أطراف البلدة وأنباء عن إصابات. مراسلنا: سيارات الدفاع المدني وصلت إلى المكان.\n\n"
        "11:15\nنقابة الأطباء: المستشفيات تعمل بنصف طاقتها منذ الصباح.\n\n"
        "10:50\nالناطقة باسم البلدية ريم الحسن: \"أغلقنا الطرق المؤدية إلى السوق\"."))
    assert [(q.key, q.text.lstrip('"').split()[0]) for q in quotes] == [
        ("speaker:مراسلنا", "سيارات"), ("speaker:نقابه الاطباء", "المستشفيات"), ("speaker:ريم الحسن", "أغلقنا")]


@pytest.mark.parametrize("text, key, first", [
    ("وأصدرت وزارة الدفاع بياناً قالت فيه إن العملية انتهت.", "speaker:وزاره الدفاع", "العملية"),
    ("10:05\nوفد الحكومة يصدر بياناً مقتضباً يؤكد فيه «التزامه بوقف النار».", "speaker:وفد الحكومه", "التزامه"),
])
def test_who_issued_the_statement_speaks_in_it(make_dossier, text, key, first):
    q = _starting(_quotes(make_dossier, text), first)
    assert q.key == key


def test_a_speech_verb_inside_a_quotation_is_part_of_it(make_dossier):
    quotes = _quotes(make_dossier, ('وقال المحافظ سليم داود إن الأهالي "يقولون إن المياه لم تصل منذ أسبوع، '
                                    'ويؤكدون أن الشكاوى بلا رد".'))
    assert [q.key for q in quotes] == ["speaker:سليم داود"]
    assert quotes[0].text.endswith('رد".')


def test_a_closing_straight_quote_opens_no_statement(make_dossier):
    quotes = _quotes(make_dossier, ('وجدد الوزير سليم داود التأكيد على مبدأ "الأرض مقابل السلام"، مشيراً إلى أن '
                                    'المفاوضات مستمرة.'))
    assert [q.key for q in quotes] == ["speaker:سليم داود"] * 2
    assert not any(q.text.startswith('"،') for q in quotes)


def test_an_act_inside_what_someone_said_is_not_a_new_attribution(make_dossier):
    quotes = _quotes(make_dossier, ("وأوضحت مديرة المكتب هدى سالم أن المنظمة رصدت ميزانية لتمويل العودة، "
                                    "مضيفة أن التسجيل مستمر."))
    assert [q.key for q in quotes] == ["speaker:هدي سالم"] * 2


@pytest.mark.parametrize("text, key, first", [
    ("ووفقاً للوثيقة، تنسحب القوات خلال ستة أشهر.", "speaker:الوثيقه", "تنسحب"),
    ("وتنسحب القوات خلال ستة أشهر، بحسب الاتفاق.", "speaker:الاتفاق", "وتنسحب"),
    ("وجاء في البيان أن الوزارة ستتابع القضية.", "speaker:البيان", "الوزارة"),
    ("وتخلص الورقة إلى أن الإصلاح ممكن قبل نهاية العقد.", "speaker:الورقه", "الإصلاح"),
    ("وأظهرت وثيقة اطلعت عليها رويترز أن الشركة خفضت الإنتاج.", "speaker:وثيقه", "الشركة"),
    ("ونقلت وكالة الأنباء الرسمية عن وزير الطاقة قوله إن المحطة ستعمل قريباً.", "speaker:وزير الطاقه",
     "المحطة"),
    ("وقالت الوكالة في تقريرها الشهري إن الصادرات تراجعت.", "speaker:الوكاله", "الصادرات"),
])
def test_documents_and_wires(make_dossier, text, key, first):
    q = _starting(_quotes(make_dossier, text), first)
    assert q.key == key


def test_a_document_is_keyed_by_its_full_name_and_its_issuer(make_dossier):
    quotes = _quotes(make_dossier, (
        "انطلقت القافلة صباح الاثنين، حسب ما أفاد به بيان للهلال الأحمر التونسي.\n\n"
        "وأوضح البيان أن الشاحنات تحمل أدوية.\n\n"
        "وتشير تقديرات وزارة التخطيط إلى أن الفقر تراجع. وأظهرت التقديرات أن البطالة ارتفعت.\n\n"
        "وذكرت مصادر طبية أن الجرحى نقلوا إلى المستشفى. وأوضح المصدر نفسه أن حالتهم مستقرة."))
    assert [(q.key, q.anonymous) for q in quotes] == [
        ("speaker:بيان الهلال الاحمر التونسي", False), ("speaker:بيان الهلال الاحمر التونسي", False),
        ("speaker:تقديرات وزاره التخطيط", False), ("speaker:تقديرات وزاره التخطيط", False),
        ("speaker:مصادر طبيه", True), ("speaker:مصادر طبيه", True)]


def test_a_verb_with_its_object_pronoun_after_ma(make_dossier):
    quotes = _quotes(make_dossier, (
        'وهو ما اعتبره مصدر أمني رفيع "تصعيداً لا مبرر له". وقال المصدر نفسه إن الدوريات ستتضاعف.\n\n'
        'وتشهد المدينة ما تصفه منظمات الإغاثة بأنه "كارثة صامتة".'))
    assert [(q.key, q.text.lstrip('"').split()[0]) for q in quotes] == [
        ("speaker:مصدر امني رفيع", "تصعيداً"), ("speaker:مصدر امني رفيع", "الدوريات"),
        ("speaker:منظمات الاغاثه", "كارثة")]


@pytest.mark.parametrize("text, key, first", [
    ("من جهتها، نفت الخارجية الإيرانية صحة هذه التقارير.", "speaker:الخارجيه الايرانيه", "صحة"),
    ("وطالبت المعارضة بإجراء تحقيق مستقل في الحادث.", "speaker:المعارضه", "بإجراء"),
    ("ويعتقد محللون أن الأزمة ستطول.", "speaker:محللون", "الأزمة"),
])
def test_bodies_by_their_short_names_and_more_verbs(make_dossier, text, key, first):
    q = _starting(_quotes(make_dossier, text), first)
    assert q.key == key


def test_a_surname_alone_as_the_subject_is_the_person_named_before(make_dossier):
    quotes = _quotes(make_dossier, (
        "أعلن رئيس اللجنة الوطنية لشؤون المفقودين، سالم يحيى العمري، اليوم، انطلاق المرحلة الثانية.\n\n"
        "وجدد العمري التأكيد على استعداد اللجنة لتبادل الكشوفات."))
    assert [q.key for q in quotes] == ["speaker:سالم يحيي العمري"] * 2


def test_someone_unnamed_says_but_not_in_an_interviewers_question(make_dossier):
    quotes = _quotes(make_dossier, (
        "المذيع: لكن هناك من يقول إن الأرقام الحقيقية أعلى من ذلك.\n\n"
        "• هناك من يتحدث عن انسحاب قريب للقوات.. ما ردكم؟"))
    assert [(q.key, q.anonymous, q.text.split()[0]) for q in quotes] == [("speaker:هناك من", True, "الأرقام")]


def test_a_colon_inside_an_answer_is_no_speaker_line(make_dossier):
    quotes = _quotes(make_dossier, (
        "وزير النقل لـ«الأيام»: الميناء الجديد يعمل العام المقبل\n\n"
        "• ما موقفكم من الشراكة مع القطاع الخاص؟\n"
        "ــ موقفنا واضح: الشراكة ضرورية لتمويل التوسعة وتشغيل الأرصفة."))
    assert [q.text.split()[0] for q in quotes] == ["الميناء", "موقفنا"]
    assert len({q.key for q in quotes}) == 1


def test_more_continuations_of_the_last_speaker(make_dossier):
    quotes = _quotes(make_dossier, (
        "وقال الوزير سامي الراشد إن الخطة جاهزة. وزاد أن التنفيذ يبدأ غداً. وأردف: «لن نتأخر». "
        "وعلق قائلاً: «هذا يوم مهم». وزاد عدد الزوار إلى ألف."))
    assert [q.key for q in quotes] == ["speaker:سامي الراشد"] * 4
    assert [q.text.lstrip("«").split()[0] for q in quotes] == ["الخطة", "التنفيذ", "لن", "هذا"]


def test_every_extraction_module_is_in_the_extractor_stamp():
    """The stamp that re-extracts stale mentions hashes mentions/*.py: a module in a
    subfolder would change the rules without refreshing any index."""
    from pathlib import Path

    from dossier_tui.index import mentions

    root = Path(mentions.__file__).parent
    assert [p.name for p in root.rglob("*.py") if p.parent != root] == []
    assert {"quotes.py", "quote_statements.py", "quote_speakers.py", "quote_keys.py"} <= {
        p.name for p in root.glob("*.py")}
