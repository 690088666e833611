"""Issue 19, section 2, classes of figure errors built for the class: references that
count nothing, quantities with no number (fractions, a hedged period, one and two after
their noun), number words after و, and units carried from the amount before in the
sentence. Sentences written for these tests in several outlets' styles, not taken from
the corpus."""

from __future__ import annotations

import pytest
from support import mentions_of


def _figs(body):
    return [(f.value, f.unit, f.qualifier) for f in mentions_of(body, kind="figure")]


@pytest.mark.parametrize("body", [
    # mastheads, issue and serial numbers
    "الجمهورية - الخميس 5 مارس 2026 - السنة 73 - العدد 24512",
    "العدد: 3391",
    "العدد: ق/ 442",
    "بيان رقم: 2026/77",
    "تعميم رقم 14/2025 صادر عن الوزارة",
    # hotlines and extensions
    "للاستفسار يرجى الاتصال بالخط الساخن 1599.",
    "الخط الساخن المجاني: 80012",
    "هاتف: 4412876 تحويلة 233",
    # footnotes glued to the word, a number inside a quoted or bracketed name
    "ارتفعت الأسعار في المدن الكبرى(4).",
    "يعيش النازحون في مخيم «الهول 2» شمال شرقي سوريا",
    "أغلق مخيم (دار السلام 3) أمس",
    # ordinals with the article glued, a minute of a broadcast
    "انطلقت القافلة الـ31 من المساعدات",
    "أحيت البلاد الذكرى الـ50 للاستقلال",
    "سجل الهدف في الدقيقة 88",
], ids=[f"ref{i}" for i in range(14)])
def test_references_count_nothing(body):
    assert _figs(body) == []


@pytest.mark.parametrize("body, want", [
    ("عاد (1,250) نازحاً إلى قراهم", [(1250, "displaced", None)]),
    ("بلغ العدد 300 عائلة", [(300, "families", None)]),
    ("وصل عدد الزوار إلى قرابة الـ400 زائر", [(400, "زائر", "approx")]),
])
def test_counts_beside_reference_words_stay_counts(body, want):
    assert _figs(body) == want


@pytest.mark.parametrize("body, want", [
    ("عادت قرابة ثلث الأسر إلى الحي", [(33.3, "percent", "approx")]),
    ("تضرر نصف مدارسها جراء القصف", [(50, "percent", None)]),
    ("لم يصل سوى أقل من ربع المساعدات", [(25, "percent", "less than")]),
    ("تسيطر الحكومة على ثلثي الأراضي", [(66.7, "percent", None)]),
    ("توقف القصف نصف ساعة", [(0.5, "hours", None)]),
    ("فر ربع مليون شخص", [(250000, "people", None)]),
    # the half of a date is no figure
    ("في النصف الأول من العام", []),
], ids=[f"frac{i}" for i in range(7)])
def test_fractions_are_percentages(body, want):
    assert _figs(body) == want


@pytest.mark.parametrize("body, want", [
    ("تعطلت المحادثات أكثر من عام", [(1, "years", "more than")]),
    ("استمر الحصار قرابة شهر", [(1, "months", "approx")]),
    ("بقي المعبر مغلقا أسبوعاً كاملاً", [(1, "weeks", None)]),
    ("ظل المنصب شاغرا لأقل من سنة", [(1, "years", "less than")]),
    ("تأخر المشروع ما يزيد على عقد", [(10, "years", "more than")]),
    ("وقع الحادث قبل عام", []),
    ("قال المدير العام إن العام المقبل حاسم", []),
], ids=[f"period{i}" for i in range(7)])
def test_a_hedged_period_counts_one(body, want):
    assert _figs(body) == want


@pytest.mark.parametrize("body, want", [
    ("أصيب عنصر واحد في الحادث", [(1, "wounded", None)]),
    ("استغرق الفرز يوماً واحداً", [(1, "days", None)]),
    ("سقطت قذيفتان اثنتان على الحي", [(2, "rockets", None)]),
    ("واحد من أبرز قادة الفصيل", []),
    ("تحركت الوحدات في آن واحد", []),
    ("قرر الطرفان من جانب واحد", []),
    ("نقل واحد وعشرون جريحاً", [(21, "wounded", None)]),
    ("أسفر القصف عن قتيلين وأربعة جرحى", [(2, "killed", None), (4, "wounded", None)]),
    ("خصص 500 دينار للمرشح وألف دينار للقائمة", [(500, "dinar", None), (1000, "dinar", None)]),
], ids=[f"one{i}" for i in range(9)])
def test_one_and_two_after_their_noun_and_numbers_after_waw(body, want):
    assert _figs(body) == want


@pytest.mark.parametrize("body, want", [
    ("قدرت النفقات بـ12.4 مليار ريال والإيرادات بـ9.8 مليارات",
     [(12.4e9, "riyal", None), (9.8e9, "riyal", None)]),
    ("بلغ الدعم 2.2 مليار دولار منها 700 مليون مساعدات إنسانية",
     [(2.2e9, "USD", None), (7e8, "USD", None)]),
    ("ارتفع عديد القوة من 4 آلاف جندي إلى نحو 6 آلاف", [(4000, "troops", None), (6000, "troops", "approx")]),
    # not a small number, not a role, not into another quantity
    ("قتل 7 جنود في هجوم على موقع يضم 1200", [(7, "killed", None), (1200, None, None)]),
    # قوام is a force's strength in people: troops, never the battalions' own unit
    ("نشرت 3 كتائب قوامها 1800", [(3, "كتيبة", None), (1800, "troops", None)]),
], ids=[f"carry{i}" for i in range(5)])
def test_a_bare_amount_takes_the_unit_stated_before_it(body, want):
    assert _figs(body) == want


@pytest.mark.parametrize("body, want", [
    # bracketed digits with a scale after them, numbers restated in words or digits
    ("استفادت قرابة (23) ألف عائلة من المنحة", [(23000, "families", "approx")]),
    ("رصدت الوزارة (6,500,000) ستة ملايين وخمسمئة ألف دينار عراقي", [(6.5e6, "IQD", None)]),
    ("خصص مبلغ ثلاثة ملايين (3,000,000) ريال سعودي", [(3e6, "SAR", None)]),
    # currencies abbreviated, dotted or not
    ("بلغت كلفة المشروع 420 مليون دج", [(4.2e8, "DZD", None)]),
    ("حدد الرسم بـ15 د.ت للملف", [(15, "TND", None)]),
    # a lone scale after a comparison, the trillion, the victims of an attack
    ("شارك في العملية أقل من ألف عنصر", [(1000, "troops", "less than")]),
    ("طالبت اللجنة بما لا يقل عن تريليون دينار", [(1e12, "dinar", "at least")]),
    ("ارتفع عدد ضحايا التفجير إلى 14", [(14, "killed", None)]),
    # the first years of a plan are a count; the first months of the year a date
    ("ستبنى المساكن خلال السنوات الخمس الأولى من الخطة", [(5, "years", None)]),
], ids=[f"more{i}" for i in range(9)])
def test_brackets_restatements_abbreviations_and_lone_scales(body, want):
    assert _figs(body) == want
