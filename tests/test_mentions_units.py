"""What a figure counts (issue 19, section 2, units): the counted noun after the number
(and after من) in its singular, accusative, plural, dual and feminine, under any clitic;
nationality adjectives as people; masses, families, detainees, the killed; a noun outside
the vocabulary as its Arabic singular (keyed normalised, shown as written: مرحلة), never a
wrong English unit; a final ة is part of the word (بلدة is a town, not a country).
Sentences in several registers (wire, Gulf and Maghrebi papers, Levantine live blog,
press release, transcript)."""

from __future__ import annotations

import pytest
from support import mentions_of

from dossier_tui.index.mentions.units import dual_of, lemmas, singular_noun, unit_of


def _case(rows, name):
    return pytest.mark.parametrize("body, value, unit", rows, ids=[f"{name}{i}" for i in range(len(rows))])


def _figure(body):
    figs = mentions_of(body, kind="figure")
    assert len(figs) == 1, [(f.text, f.value, f.unit) for f in figs]
    return figs[0]


@_case([
    # detainees: أسير/معتقل/سجين/محتجز/رهينة in every number and case
    ("أفرجت السلطات عن 75 أسيراً ضمن الدفعة الأولى", 75, "detainees"),
    ("ولا يزال 410 أسرى في سجون الاحتلال", 410, "detainees"),
    ("بينهم 12 أسيرة من القدس", 12, "detainees"),
    ("أطلق سراح 33 معتقلاً إدارياً", 33, "detainees"),
    ("يقبع نحو 1500 من المعتقلين في الزنازين", 1500, "detainees"),
    ("نقل 60 سجيناً إلى المستشفى", 60, "detainees"),
    ("أعيد 220 محتجزا إلى ذويهم", 220, "detainees"),
    ("تسلمت اللجنة 9 رهائن", 9, "detainees"),
    # the killed and wounded
    ("ارتفعت الحصيلة إلى 14 شهيداً", 14, "killed"),
    ("سقط 7 شهداء في الغارة", 7, "killed"),
    ("أسفر القصف عن 23 قتيلاً", 23, "killed"),
    ("سجلت المستشفيات 40 إصابة بينها حالات حرجة", 40, "wounded"),
    ("نقل 18 جريحاً إلى مستشفى المدينة", 18, "wounded"),
    # families
    ("عادت 640 عائلة إلى قراها", 640, "families"),
    ("استفادت (870) أسرة من المنحة", 870, "families"),
    ("وزعت السلال على 2,300 أسرةٍ نازحة", 2300, "families"),
    ("سجلت الفرق 95 عائلات جديدة", 95, "families"),
    # masses
    ("وصلت 35 طناً من الأدوية", 35, "tons"),
    ("حملت القافلة 1.200 طن من الطحين", 1200, "tons"),
    ("أفرغت السفينة 400 طن من القمح", 400, "tons"),
    # people counted by nationality, as voters, migrants, volunteers
    ("عبر 800 سوري الحدود أمس", 800, "people"),
    ("يقيم في البلاد قرابة 40 ألف سوداني", 40000, "people"),
    ("رحّلت السلطات 120 مصرياً", 120, "people"),
    ("أدلى 900 ألف ناخب بأصواتهم", 900000, "people"),
    ("أنقذ خفر السواحل 61 مهاجرا", 61, "people"),
    ("شارك 300 متطوع في الحملة", 300, "people"),
    # forces, aircraft, drones
    ("انتشر 400 ضابط وجندي في المنطقة", 400, "troops"),
    ("أسقطت الدفاعات 12 مسيرة", 12, "drones"),
    ("رصدت الرادارات 4 طائرات مسيّرة", 4, "drones"),
    ("شاركت 16 طائرة في التمرين", 16, "aircraft"),
    ("أطلقت الفصائل 30 قذيفة", 30, "rockets"),
], "vocab")
def test_vocabulary_units(body, value, unit):
    f = _figure(body)
    assert (f.value, f.unit) == (value, unit)


@_case([
    # a noun outside the vocabulary: its singular, no clitic, no article, no case ending
    ("تنفذ الخطة على ثلاث مراحل متتالية", 3, "مرحلة"),
    ("سيرت الجمعية أربع قوافل إلى الجنوب", 4, "قافلة"),
    ("دخلت 45 شاحنة محملة بالمساعدات", 45, "شاحنة"),
    ("أقيمت (15) مخيماً في المحافظة", 15, "مخيم"),
    ("شيدت الشركة 200 ألف وحدة سكنية", 200000, "وحدة"),
    ("تضم المدينة خمسة مستشفيات", 5, "مستشفي"),
    ("نقلت 96 حافلة العائدين إلى قراهم", 96, "حافلة"),
    ("زار الوفد 7 بلدات حدودية", 7, "بلدة"),
    ("دمر القصف 30 بلدةً في الريف", 30, "بلدة"),
    ("تنسحب القوات من النقاط الخمس", None, None),
], "noun")
def test_nouns_outside_the_vocabulary_are_named_by_their_singular(body, value, unit):
    figs = mentions_of(body, kind="figure")
    if value is None:
        assert all(f.unit != "countries" for f in figs)
        return
    f = _figure(body)
    assert (f.value, f.unit) == (value, unit)


@_case([
    ("قتل جنديان في الكمين", 2, "killed"),
    ("سقط شهيدين في القصف على البلدة", 2, "killed"),
    ("شنت الطائرات غارتين على الموقع", 2, "strikes"),
    ("أصيبت امرأتان بجروح", 2, "wounded"),
    ("أغلقت السلطات مخيمين للنازحين", 2, "مخيم"),
    ("نفذ المشروع على مرحلتين", 2, "مرحلة"),
    ("عادت عائلتان إلى المنزل", 2, "families"),
], "dual")
def test_duals_count_two(body, value, unit):
    f = _figure(body)
    assert (f.value, f.unit) == (value, unit)


@pytest.mark.parametrize("body", [
    "زار الوزير لبنان وعمان الأسبوع الماضي",
    "عاد النازحون إلى إقليم كردستان",
    "التقى مستشارين من الوزارة",
    "شارك خمسين عاماً في العمل",  # خمسين is a number, not a dual of خمس
    "رفض الطرفين الاقتراح",
])
def test_names_plurals_and_numbers_are_no_duals(body):
    assert [f for f in mentions_of(body, kind="figure") if f.value == 2] == []


def test_a_final_teh_marbuta_is_part_of_the_word():
    assert unit_of("بلده") is None and unit_of("بلد") == "countries"
    assert unit_of("عناصرها") == "troops"  # a pronoun after a plural still goes
    assert unit_of("والمعتقلين") == "detainees" and unit_of("للأسرى".replace("أ", "ا").replace("ى", "ي")) == "detainees"
    assert "معتقل" in lemmas("بالمعتقلين")
    assert singular_noun("الشاحنات") == "شاحنه" and singular_noun("مراحل") == "مرحله"
    assert dual_of("كردستان") is None and dual_of("لبنان") is None


def test_a_forum_named_by_numbers_is_no_figure():
    assert mentions_of("اجتمعت دول مجموعة «5+5» في تونس", kind="figure") == []


@pytest.mark.parametrize("body, value, unit", [
    ("انسحبت القوات من التلال الخمس قرب الحدود", 5, "تلة"),
    ("تراجعت الصادرات خلال الأشهر الستة بنسبة كبيرة", 6, "months"),
    ("جرت الانتخابات في المحافظات الخمس عشرة", 15, "محافظة"),
    ("وأكد أن الانسحاب من النقاط الخمس شرط للإعمار", 5, "نقطة"),
    ("وزع الدعم على الأسر الثلاث", 3, "families"),
])
def test_a_definite_noun_counted_by_the_number_after_it(body, value, unit):
    f = _figure(body)
    assert (f.value, f.unit) == (value, unit)


@pytest.mark.parametrize("body", [
    "ارتفعت الإيرادات خلال السنوات الخمس الماضية",  # a relative date, not a count
    "بلغ العجز في الأشهر التسعة الأولى من السنة المالية مليار دولار",
])
def test_a_definite_period_is_no_count(body):
    assert [f for f in mentions_of(body, kind="figure") if f.value in (5, 9)] == []
