"""Relative expressions (issue 19, section 2): weeks, quarters and halves, 'ago', the end or
start of "the year" without الجاري, a day in words of a relative month, relative months in
every month system, in either gender and behind any clitic. The article is dated Tuesday
2024-07-23 (ISO week 2024-W30)."""

from __future__ import annotations

import pytest
from support import mentions_of

DATE = "2024-07-23"


def _dates(body, date=DATE):
    return [(d.text, d.value) for d in mentions_of(body, date=date, kind="date")]


def _case(rows, name):
    return pytest.mark.parametrize("body, value", rows, ids=[f"{name}{i}" for i in range(len(rows))])


@_case([
    ("ناقش الوزراء الملف خلال الأسبوع الماضي", "2024-W29"),
    ("التقى الطرفان في الأسبوع الفائت بالدوحة", "2024-W29"),
    ("وستعقد الجولة المقبلة الأسبوع القادم في جنيف", "2024-W31"),
    ("أرجئ الاجتماع للأسبوع المقبل بطلب من الوفد", "2024-W31"),
    ("وصل المبعوث هذا الأسبوع إلى بيروت", "2024-W30"),
    ("والأسبوع المنصرم شهد تصعيدا", "2024-W29"),
    ("يتوقع الإعلان في الأسبوع الجاري", "2024-W30"),
], "week")
def test_weeks(body, value):
    assert [v for _, v in _dates(body)] == [value], _dates(body)


@_case([
    ("يتوقع نمو الاقتصاد في النصف الثاني من العام الحالي", "2024-H2"),
    ("تكتمل المرحلة في النصف الأول من العام المقبل", "2025-H1"),
    ("تبدأ الأعمال في الربع الأول من العام المقبل", "2025-Q1"),
    ("تراجعت الصادرات خلال الربع الأخير من السنة الجارية", "2024-Q4"),
    ("وسجلت الموازنة عجزا في الربع الثالث من 2025", "2025-Q3"),
    ("تنتهي المهمة في النصف الثاني من عام 2026", "2026-H2"),
    ("ارتفعت الأسعار بالربع الثاني من العام الماضي", "2023-Q2"),
    ("تراجعت البطالة خلال الثلاثي الأول من السنة الحالية", "2024-Q1"),
    ("وفي السداسي الثاني من سنة 2025 ينطلق المشروع", "2025-H2"),
    ("حقق المصرف أرباحا في الفصل الأول من العام الجاري", "2024-Q1"),
], "part")
def test_quarters_and_halves(body, value):
    assert [v for _, v in _dates(body)] == [value], _dates(body)


@_case([
    ("دمرت الجسور قبل ثلاث سنوات", "2021"),
    ("وقع الاتفاق قبل عامين في بغداد", "2022"),
    ("زار الوفد المدينة قبل خمسة أشهر", "2024-02"),
    ("أطلق سراحه قبل شهرين", "2024-05"),
    ("وصلت الشحنة قبل أسبوعين", "2024-W28"),
    ("أعلنت الوزارة قبل ثلاثة أيام أن", "2024-07-20"),
    ("انسحبت القوات قبل 10 سنوات", "2014"),
    ("أعلن الرئيس منذ ثلاثة أشهر أنه سيترشح", "2024-04"),
    ("وكانت آخر زيارة له منذ عامين", "2022"),
], "ago")
def test_a_time_ago_points_at_a_date(body, value):
    assert [v for _, v in _dates(body)] == [value], _dates(body)
    assert not mentions_of(body, date=DATE, kind="figure")  # the amount is inside the date


@pytest.mark.parametrize("body", [
    "يستمر القتال منذ ثلاثة أشهر في المنطقة",
    "لم يتقاض الموظفون رواتبهم منذ ستة أشهر",
    "مهمته العسكرية في العراق المستمرة منذ عقد",
    "قبل عام 2020 كانت القوات أكبر",
    "قبل يومين من الانتخابات أغلقت الحدود",
    "منذ أكثر من ثلاثة أشهر",
    # "for the first time in a week": how long since the last time, a figure
    "عبرت القافلة الحدود للمرة الأولى منذ أسبوع",
    "هطلت الأمطار لأول مرة منذ ثمانية أشهر",
])
def test_a_duration_or_another_anchor_is_no_date_ago(body):
    assert not [v for _, v in _dates(body) if v and v != "2020"], _dates(body)


@_case([
    ("تنسحب القوات بنهاية العام", "2024"),
    ("مع مطلع العام ستبدأ المرحلة الثانية", "2024"),
    ("حتى نهاية السنة لن تتغير الأسعار", "2024"),
    ("تعقد الانتخابات في منتصف العام", "2024"),
    ("ستصل الدفعة في أواخر الشهر", "2024-07"),
    ("الاجتماع مطلع الأسبوع", "2024-W30"),
], "bare")
def test_end_or_start_of_the_year_without_a_relative_word(body, value):
    dates = mentions_of(body, date=DATE, kind="date")
    assert [d.value for d in dates] == [value] and dates[0].qualifier, _dates(body)


def test_the_year_alone_is_no_date():
    assert not _dates("خلال العام تغيرت أمور كثيرة")


@_case([
    ("تبدأ المحادثات في العاشر من الشهر المقبل", "2024-08-10"),
    ("وصل الوفد في الخامس عشر من الشهر الجاري", "2024-07-15"),
    ("يبدأ التطبيق في الأول من الشهر القادم", "2024-08-01"),
    ("وقع الحادث يوم 15 من الشهر الماضي", "2024-06-15"),
    ("انعقدت الجلسة في 20 الشهر الجاري", "2024-07-20"),
    ("أعلن في الحادي والعشرين من الشهر المنصرم", "2024-06-21"),
], "day")
def test_a_day_of_a_relative_month(body, value):
    assert [v for _, v in _dates(body)] == [value], _dates(body)
    assert not mentions_of(body, date=DATE, kind="figure")


@_case([
    ("تعقد الانتخابات في فيفري القادم", "2025-02"),
    ("انطلقت الحملة في أفريل الماضي", "2024-04"),
    ("وقع الهجوم في أوت الماضي", "2023-08"),
    ("تنتهي الأشغال في جويلية المقبل", "2025-07"),
    ("صادق البرلمان على القانون في ماي المنصرم", "2024-05"),
    ("تبدأ الدراسة في شتنبر المقبل", "2024-09"),
    ("تنتهي المهلة في كانون الثاني القادم", "2025-01"),
    ("وفي جانفي الفارط أعلنت الوزارة", "2024-01"),  # الفارط: Tunisian for "last"
    ("ويلتئم المجلس في نونبر المقبل", "2024-11"),
    ("منذ مارس الماضي لم تصرف الرواتب", "2024-03"),
], "month")
def test_relative_months_in_every_month_system(body, value):
    assert [v for _, v in _dates(body)] == [value], _dates(body)


@_case([
    ("أرجئ التصويت للشهر المقبل", "2024-08"),
    ("كما حدث بالعام الماضي", "2023"),
    ("وللعام المقبل خطط أخرى", "2025"),
    ("كالعام الماضي تماما", "2023"),
    ("والشهر الفائت شهد هدوءا", "2024-06"),
    ("الميزانية للسنة المقبلة", "2025"),
    ("وفي السنة الماضية تراجعت الأرقام", "2023"),
    ("هذا العام سيكون حاسما", "2024"),
    ("ستعقد القمة غداً في الرياض", "2024-07-24"),
    ("وصل أول أمس إلى القاهرة", "2024-07-21"),
    ("التقى الوزيران اليوم الثلاثاء", "2024-07-23"),
], "clitic")
def test_clitics_and_genders(body, value):
    assert [v for _, v in _dates(body)] == [value], _dates(body)


def test_unknown_article_date_leaves_them_unresolved():
    for body in ("الأسبوع الماضي", "النصف الثاني من العام الحالي", "قبل ثلاث سنوات", "بنهاية العام"):
        dates = mentions_of(body, kind="date")
        assert len(dates) == 1 and dates[0].relative and dates[0].value is None, (body, dates)


def test_weeks_quarters_and_halves_say_their_precision_and_overlap_their_months():
    from dossier_tui.index.overview import _compatible, precision

    assert [precision(v) for v in ("2024-W30", "2025-Q1", "2024-H2", "2024-07", "2024")] == [
        "week", "quarter", "half", "month", "year"]
    assert _compatible("2025-Q3", "2025-09") and _compatible("2024-H2", "2024-W30")
    assert not _compatible("2025-Q1", "2025-09") and not _compatible("2024-W30", "2024-08")
