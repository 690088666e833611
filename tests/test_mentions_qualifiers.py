"""How the text bounds or hedges a figure, and ranges (issue 19, section 2, qualifiers):
'up to' (تصل إلى, قد يصل إلى) is at most, but 'is to reach' (على أن يصل إلى) is the value;
'approaching' (تقترب من, اقترب من), بحدود, ما فوق; a comparison verb before the count it
compares (تجاوز عدد …, تزيد أعمارهم على); ألا يتجاوز; duals with a half and a hedge; ranges
written without من (24 إلى 48 ساعة, 35 إلى 40%) and in words (بين سبعة وثمانية مليارات).
Composed sentences, several registers."""

from __future__ import annotations

import pytest
from support import mentions_of


def _figure(body):
    figs = mentions_of(body, kind="figure")
    assert len(figs) == 1, [(f.text, f.value, f.unit, f.qualifier) for f in figs]
    return figs[0]


@pytest.mark.parametrize("body, value, unit, qualifier", [
    ("قد تصل نسبة البطالة إلى 30%", 30, "percent", None),  # the verb is far from its إلى: no bound read
    ("ترتفع الرسوم بنسبة تصل إلى 15% العام المقبل", 15, "percent", "at most"),
    ("تمنح قروض بآجال قد يصل إلى 20 عاماً", 20, "years", "at most"),
    ("على أن يصل إلى 4 آلاف جندي قبل الصيف", 4000, "troops", None),
    ("بكلفة تقترب من 90 مليون دولار", 9e7, "USD", "approx"),
    ("اقترب من 300 لاجئ عدد الواصلين", 300, "refugees", "approx"),
    ("يتقاضى الموظف بحدود مئتي دولار في الشهر", 200, "USD", "approx"),
    ("بحدود مئة وخمسين مليون دولار وصلت فعلاً", 1.5e8, "USD", "approx"),
    ("تشمل المنحة من هم ما فوق 65 عاماً", 65, "years", "more than"),
    ("تجاوز عدد العائدين ومرافقيهم 4000 شخص", 4000, "people", "more than"),
    ("يشترط الاتفاق ألا يتجاوز عدد الجنود 500 جندي", 500, "troops", "at most"),
    ("للمتقاعدين ممن تزيد أعمارهم على 70 عاماً", 70, "years", "more than"),
    ("فاق مجموع التبرعات هذا الشهر 3 ملايين دولار", 3e6, "USD", "more than"),
])
def test_bounds_and_hedges(body, value, unit, qualifier):
    f = _figure(body)
    assert (f.value, f.unit, f.qualifier) == (value, unit, qualifier)


@pytest.mark.parametrize("body, value, unit, qualifier", [
    ("استمر الحصار عامين ونصف العام", 2.5, "years", None),
    ("بقي في السجن أكثر من سنتين", 2, "years", "more than"),
    ("انتظرت العائلات أكثر من عامين ونصف", 2.5, "years", "more than"),
    ("توقفت المفاوضات نحو شهرين", 2, "months", "approx"),
])
def test_duals_take_halves_and_hedges(body, value, unit, qualifier):
    f = _figure(body)
    assert (f.value, f.unit, f.qualifier) == (value, unit, qualifier)


@pytest.mark.parametrize("body, value, high, unit", [
    ("تستغرق الإجراءات 24 إلى 48 ساعة", 24, 48, "hours"),
    ("تراجعت المبيعات 10 إلى 12% هذا الموسم", 10, 12, "percent"),
    ("يستضيف البلد 600 إلى 800 ألف لاجئ", 6e5, 8e5, "refugees"),
    ("تقدر الكلفة بين سبعة وثمانية مليارات دولار", 7e9, 8e9, "USD"),
    ("تحتاج المدينة بين مليون و1.3 مليون وحدة سكنية", 1e6, 1.3e6, "وحدة"),
])
def test_ranges_without_min_and_in_words(body, value, high, unit):
    f = _figure(body)
    assert (f.value, f.high, f.unit) == (value, high, unit)


def test_two_units_joined_by_wa_are_no_compound():
    figs = mentions_of("وصل سبعة وثمانية مراقبين إلى المعبر", kind="figure")
    assert 15 not in [f.value for f in figs]
