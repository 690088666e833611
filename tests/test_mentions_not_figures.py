"""Numbers that are not figures (issue 19, section 2): list markers at a line start,
telephone numbers with country codes and spaces, a year that names a plan or vision,
model, resolution, law and article numbers, times of day."""

from __future__ import annotations

import pytest
from support import mentions_of


@pytest.mark.parametrize("body", [
    "أبرز بنود الاتفاق:\n1. انسحاب القوات من المدن\n2. تسليم المعابر",
    "وتشمل الخطة:\n1- إعادة الإعمار\n2- عودة النازحين",
    "النقاط التالية:\n(1) وقف إطلاق النار\n(2) تبادل الأسرى",
    "للتواصل: +964 770 123 4567",
    "هاتف المكتب 00971 4 321 2024",
    "اتصلوا على الرقم +20 2 2345 6789 للاستفسار",
    "تسعى المملكة إلى تحقيق رؤية 2030",
    "في إطار خطة 2035 الوطنية",
    "أطلقت الحكومة استراتيجية 2040 للطاقة",
    "ضمن رؤية السعودية 2030 للتنويع",
    "استنادا إلى أجندة 2063 الأفريقية",
    "تطبيقا للقرار الأممي 2254",
    "وفق المادة (140) من الدستور",
    "ينص القانون رقم 13 على ذلك",
    "سيارة موديل 2022 مفخخة",
    "وقع الانفجار عند الساعة 14:35 بالتوقيت المحلي",
    "وقع الانفجار في 3 فجرا",
    "بدأ القصف عند الساعة الثالثة صباحا",
], ids=[f"not{i}" for i in range(18)])
def test_numbers_that_are_not_figures(body):
    figs = mentions_of(body, kind="figure")
    dates = [d for d in mentions_of(body, kind="date") if d.value]
    assert not figs and not dates, ([(f.text, f.value) for f in figs], [(d.text, d.value) for d in dates])


def test_a_count_after_a_list_marker_is_still_a_count():
    figs = mentions_of("البنود:\n1. نشر 500 جندي على الحدود", kind="figure")
    assert [(f.value, f.unit) for f in figs] == [(500, "troops")]
