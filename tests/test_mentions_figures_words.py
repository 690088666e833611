"""Number words and qualifiers (issue 19, section 2): a lone thousand/hundred/million word,
duals of large units, approximations before them, fractions and compounds, every
spelling (مائة/مئة, ى for ي); upper bounds are "at most", lower bounds "at least", before
or after the number; percent before or after the number and in words."""

from __future__ import annotations

import pytest
from support import mentions_of


def _case(rows, name):
    return pytest.mark.parametrize("body, value, unit, qualifier", rows,
                                   ids=[f"{name}{i}" for i in range(len(rows))])


def _figure(body):
    figs = mentions_of(body, kind="figure")
    assert len(figs) == 1, [(f.text, f.value, f.unit) for f in figs]
    return figs[0]


@_case([
    ("شارك قرابة ألف مقاتل في الهجوم", 1000, "troops", "approx"),
    ("نزح حوالي مليون شخص من المدينة", 1e6, "displaced", "approx"),
    ("أرسلت الوزارة نحو مئة جندي", 100, "troops", "approx"),
    ("وصل مائة مستشار إلى القاعدة", 100, "advisers", None),
    ("قتل ألف شخص في الزلزال", 1000, "killed", None),
    ("تتجاوز الكلفة زهاء مليار دولار", 1e9, "USD", "approx"),
    ("خصصت الحكومة مليوني دولار للإغاثة", 2e6, "USD", None),
    ("بلغت كلفة المشروع ملياري دولار", 2e9, "USD", None),
    ("تسلمت البلدية مليونَي يورو", 2e6, "EUR", None),
    ("انتشر مئتا عنصر على الحدود", 200, "troops", None),
    ("عبر ألف وخمسمئة لاجئ الحدود", 1500, "refugees", None),
    ("نزح مليون ونصف المليون شخص", 1.5e6, "displaced", None),
    ("بلغت الخسائر 3 ملايين ونصف دولار", 3.5e6, "USD", None),
    ("فر ثلاثة ملايين ونصف المليون لاجئ", 3.5e6, "refugees", None),
    ("استقبل الأردن نصف المليون لاجئ", 5e5, "refugees", None),
    ("يعيش ثلث مليون نازح في المخيمات", 333333, "displaced", None),
    ("وصلت خمسة عشر ألف جندي", 15000, "troops", None),
    ("نشرت ثمانى مائة جندي", 800, "troops", None),
    ("انضمت إحدى عشرة دولة إلى التحالف", 11, "countries", None),
    ("خسر الجيش ثلاثمائة وخمسين جنديا", 350, "troops", None),
], "words")
def test_number_words(body, value, unit, qualifier):
    f = _figure(body)
    assert (f.value, f.unit, f.qualifier) == (value, unit, qualifier), (f.text, f.value, f.unit, f.qualifier)


@_case([
    ("ينتشر عدد لا يزيد على 500 جندي", 500, "troops", "at most"),
    ("بعدد لا يتجاوز 300 عنصر", 300, "troops", "at most"),
    ("نسبة لا تتجاوز 5 في المئة من السكان", 5, "percent", "at most"),
    ("ما لا يزيد عن ألفي جندي", 2000, "troops", "at most"),
    ("قد يصل عددهم إلى حتى 5000 مقاتل", 5000, "troops", "at most"),
    ("سيبقى بحد أقصى 200 مستشار", 200, "advisers", "at most"),
    ("سيبقى 300 جندي كحد أقصى", 300, "troops", "at most"),
    ("أصيب 500 شخص على الأكثر", 500, "wounded", "at most"),
    ("لن يتعدى عددهم 400 عنصر", 400, "troops", "at most"),
    ("قتل ما لا يقل عن 40 شخصا", 40, "killed", "at least"),
    ("قتل 40 شخصا على الأقل", 40, "killed", "at least"),
    ("تنشر بحد أدنى 100 عنصر", 100, "troops", "at least"),
    ("تنشر 100 عنصر كحد أدنى", 100, "troops", "at least"),
    ("وصل أزيد من 300 لاجئ", 300, "refugees", "more than"),
    ("وصل ما يربو على 2000 لاجئ", 2000, "refugees", "more than"),
    ("يزيد عددهم على 700 مقاتل", 700, "troops", "more than"),
    ("قتل 500 شخص تقريبا", 500, "killed", "approx"),
    ("قتل في حدود 500 شخص", 500, "killed", "approx"),
], "bound")
def test_qualifiers(body, value, unit, qualifier):
    f = _figure(body)
    assert (f.value, f.unit, f.qualifier) == (value, unit, qualifier), (f.text, f.value, f.unit, f.qualifier)


@_case([
    ("ارتفعت البطالة إلى %40 هذا العام", 40, "percent", None),
    ("تراجعت بنسبة ٪١٢ خلال الربع", 12, "percent", None),
    ("صوت خمسون في المئة من الناخبين", 50, "percent", None),
    ("شارك خمسة وعشرون بالمئة من السكان", 25, "percent", None),
    ("ارتفعت الأسعار 30 بالمية", 30, "percent", None),
    ("انخفضت بنسبة ستين في المائة", 60, "percent", None),
], "percent")
def test_percent(body, value, unit, qualifier):
    f = _figure(body)
    assert (f.value, f.unit, f.qualifier) == (value, unit, qualifier), (f.text, f.value, f.unit, f.qualifier)
