"""The article's own day and its neighbours (issue 19, section 2): اليوم, الليلة, حتى
اليوم, صباح الغد, غد الإثنين, under و/ف, resolve against the article's date; a day that is
not today (اليوم الأول, في اليوم 'per day', «المصري اليوم») is no date. And two more
dateline shapes: a label, a weekday and the date before a separator (a broadcast's
'حلقة الثلاثاء … –'), and a Hijri date followed by the Gregorian one without الموافق.
Composed sentences, several registers."""

from __future__ import annotations

import pytest
from support import mentions_of

from dossier_tui.index.loader import Article
from dossier_tui.index.mentions import extract_mentions

DAY = "2026-04-14"


@pytest.mark.parametrize("body, text, value", [
    ("أعلنت الوزارة اليوم عن خطة جديدة للإعمار", "اليوم", DAY),
    ("اليوم، وبعد عشر سنوات من الحرب، تعود الأسواق", "اليوم", DAY),
    ("واليوم تقف البلاد أمام خيار صعب", "واليوم", DAY),  # text keeps the clitic's span out
    ("يلتقي الوفدان الليلة في الدوحة", "الليلة", DAY),
    ("لم تصل الدفعة الثانية حتى اليوم", "اليوم", DAY),
    ("انطلقت القافلة صباح اليوم من المعبر", "اليوم", DAY),
    ("تستأنف الجلسات صباح الغد", "الغد", "2026-04-15"),
    ("يبدأ المؤتمر أعماله غد الأربعاء", "غد", "2026-04-15"),
])
def test_today_tonight_tomorrow(body, text, value):
    dates = mentions_of(body, date=DAY, kind="date")
    assert [d.value for d in dates] == [value], [(d.text, d.value) for d in dates]
    assert text.endswith(dates[0].text) or dates[0].text.startswith(text[-5:])


@pytest.mark.parametrize("body", [
    "في اليوم الأول من الهدنة دخلت الشاحنات",
    "يحتفل البلد باليوم الوطني",
    "كانت العائلات تأكل وجبة واحدة في اليوم",
    "وقال للمصري اليوم إن الموقف ثابت",
    "وقال لـ«المصري اليوم» إن الموقف ثابت",
    "عاد الوفد في اليوم نفسه",
])
def test_a_day_that_is_not_today(body):
    assert [d for d in mentions_of(body, date=DAY, kind="date") if d.value == DAY] == []


BODY = "قالت الوزارة إن الخطة ستنفذ على مراحل، وإن التمويل متوفر جزئيا."


@pytest.mark.parametrize("head, iso", [
    ('قناة الرافدين – برنامج "حوار الأسبوع"\n'
     "حلقة الثلاثاء 10 آذار 2026 – البث المباشر 20:30 بتوقيت بغداد", "2026-03-10"),
    ("نشرة الخميس 2 أكتوبر 2025 | الإصدار المسائي", "2025-10-02"),
    ("الخميس 5 ربيع الآخر 1448هـ - 17 سبتمبر 2026م", "2026-09-17"),
    ("الأحد ٢٧ من شعبان ١٤٤٧ هــ ١٥ فبراير ٢٠٢٦ السنة ١٥٠ العدد ٥٠٨٤٢", "2026-02-15"),
])
def test_more_dateline_shapes(head, iso):
    text = "عنوان الخبر\n\n" + head + "\n\n" + BODY + "\n"
    assert extract_mentions(Article("a.txt", "عنوان", text, 0, len(text))).date == iso
