"""Numeric dates of every calendar and a year inside a range of years (issue 19, section 2):
``dd-mm-yyyy هـ`` and ``yyyy/mm/dd`` Hijri are converted, ``dd/mm/yyyy م`` is Gregorian,
and neither leaves a false figure behind; ``بين 2019 و2022`` is one date, never a figure."""

from __future__ import annotations

import pytest
from support import mentions_of as _mentions


@pytest.mark.parametrize("body, value", [
    ("صدر المرسوم بتاريخ 12-07-1446 هـ في الرياض", "2025-01-12"),
    ("وجرى التوقيع يوم 12/7/1446هـ بحضور الوفدين", "2025-01-12"),
    ("وفق التعميم المؤرخ في ١٤٤٥/٠٩/٠١ هـ", "2024-03-11"),
    ("وقع الحادث في 1446-03-15 وأدى إلى إغلاق الطريق", "2024-09-18"),  # a Hijri year, no mark
    ("ويبدأ العام الدراسي في 01.01.1447هـ كما أعلنت الوزارة", "2025-06-26"),
    ("انعقدت الجلسة في 17/01/2025م بمقر البرلمان", "2025-01-17"),
    ("انعقدت الجلسة في ١٧-٠١-٢٠٢٥ م بمقر البرلمان", "2025-01-17"),
    ("أعلن ذلك في 2025/01/17م", "2025-01-17"),
], ids=[f"numeric{i}" for i in range(8)])
def test_numeric_dates_of_either_calendar(body, value):
    dates = _mentions(body, kind="date")
    assert [d.value for d in dates] == [value], [(d.text, d.value) for d in dates]
    assert not _mentions(body, kind="figure"), _mentions(body, kind="figure")


def test_the_hijri_mark_is_inside_the_mention():
    dates = _mentions("صدر القرار بتاريخ 12-07-1446 هـ في الرياض", kind="date")
    assert dates[0].text == "12-07-1446 هـ" and "Hijri" in dates[0].why


@pytest.mark.parametrize("body, value, high", [
    ("ارتفعت الأسعار بين 2019 و2022 بشكل حاد", "2019", "2022"),
    ("تراجعت الهجمات في الفترة الممتدة بين ٢٠١٧ و٢٠٢٠", "2017", "2020"),
    ("ارتفع الإنفاق الدفاعي من 2015 إلى 2020 بنسبة كبيرة", "2015", "2020"),
    ("تولى المنصب من عام 2014 حتى عام 2018", "2014", "2018"),
    ("وبين عام 2003 وعام 2011 انتشرت القوات في المدن", "2003", "2011"),
    ("خلال الفترة 2021 - 2024 تضاعف عدد اللاجئين", "2021", "2024"),
], ids=[f"range{i}" for i in range(6)])
def test_a_year_inside_a_range_of_years_is_a_date(body, value, high):
    dates = _mentions(body, kind="date")
    assert [(d.value, d.high) for d in dates] == [(value, high)], [(d.text, d.value) for d in dates]
    assert not [f for f in _mentions(body, kind="figure") if f.value in (int(value), int(high))]


@pytest.mark.parametrize("body", ["بين 1990 و2000 جندي", "ارتفع عدد العناصر من 2000 إلى 2050 عنصرا",
                                  "يتراوح عددهم بين 2000 و2500 مقاتل"])
def test_counts_in_a_range_stay_counts(body):
    assert not _mentions(body, kind="date") and _mentions(body, kind="figure")
