"""Date classes of issue 19 beyond the Gregorian day: Hijri months without a day, fiscal and
school years, "منذ" as a duration or a time, spans between two dates of any precision, and
an outlet's Gregorian day stated for a Hijri one in either order. Sentences composed here
in several outlets' manners (Gulf, Egyptian, Levantine, Iraqi, Maghrebi, Yemeni, wires).

The article is dated Wednesday 2025-10-15 (23 Rabi' al-Thani 1447) unless a test says
otherwise. A Hijri month alone is the Gregorian month it begins in (1447: Muharram
2025-06-26, Rabi' I 2025-08-24, Jumada I 2025-10-23, Ramadan 2026-02-18, Shawwal 2026-03-20,
Dhu al-Hijja 2026-05-18; Ramadan 1446 began 2025-03-01, Rajab 1446 2025-01-01).
"""

from __future__ import annotations

import pytest
from support import mentions_of

DATE = "2025-10-15"


def _dates(body, date=DATE):
    return [(d.text, d.value, d.high) for d in mentions_of(body, date=date, kind="date")]


def _values(body, date=DATE):
    return [(v, h) if h else v for _, v, h in _dates(body, date)]


def _case(rows, name):
    return pytest.mark.parametrize("body, value", rows, ids=[f"{name}{i}" for i in range(len(rows))])


@_case([
    ("ومن المتوقع أن تنطلق المفاوضات بعد شهر رمضان المقبل", "2026-02"),  # Gulf
    ("وكانت الاشتباكات قد اندلعت في شهر ربيع الأول الماضي", "2025-08"),  # Yemeni
    ("وأعلنت الوزارة أن العمل سيبدأ في محرم 1447 هـ", "2025-06"),  # Saudi
    ("وتوقفت المعارك خلال رمضان 1446هـ", "2025-03"),
    ("وقالت اللجنة إن موسم الحج في ذي الحجة القادم سيشهد إجراءات جديدة", "2026-05"),
    ("وجرت الانتخابات في شوال الماضي", "2025-03"),
    ("ستعقد الجولة المقبلة في جمادى الأولى", "2025-10"),  # the article's Hijri year
    ("ويتوقع أن تهدأ الأوضاع في رمضان", "2026-02"),
    ("وتتوقف الرحلات في شهر صفر", "2025-07"),
    ("وفي رجب الماضي وقعت الفصائل على الهدنة", "2025-01"),
    ("وأعلنت الهيئة بدء الصرف لشهر رمضان المبارك المقبل", "2026-02"),
], "month")
def test_a_hijri_month_without_a_day_is_the_gregorian_month_it_begins_in(body, value):
    assert _values(body) == [value], _dates(body)


@_case([
    ("وفي 27 رمضان الماضي أعلن الوزير الخطة", "2025-03-27"),
    ("وسيعقد المؤتمر في 10 شوال المقبل بالرياض", "2026-03-29"),
], "day")
def test_a_hijri_day_without_a_year_takes_the_articles_hijri_year(body, value):
    assert _values(body) == [value], _dates(body)


@pytest.mark.parametrize("body", [
    "وقال الناطق أحمد رمضان إن الهدنة صامدة",
    "وأكد شعبان عبد الرحمن أن الاتفاق نهائي",
    "واستخدمت القوات سلاحا محرم دوليا",
    "التقى الرئيس رجب طيب أردوغان نظيره",
    "وانخفض العجز إلى صفر تقريبا",
    "وبقيت النسبة عند صفر في المئة",
])
def test_a_hijri_month_name_alone_is_no_date(body):
    assert not _dates(body), _dates(body)


@_case([
    ("وتتوقع الحكومة عجزا في السنة المالية المقبلة", "2026"),  # Gulf
    ("وسجلت الإيرادات نموا خلال العام المالي الحالي", "2025"),
    ("وخصصت الوزارة 200 منحة للعام الدراسي المقبل", "2026"),  # Egyptian
    ("وبدأ العام الدراسي الحالي بنقص في المعلمين", "2025"),
    ("وتراجع عدد الطلاب في العام الجامعي الماضي", "2024"),  # Levantine
    ("وستطبق الإجراءات خلال السنة الدراسية المقبلة", "2026"),  # Maghrebi
], "year")
def test_a_fiscal_or_school_year_named_relatively(body, value):
    assert _values(body) == [value], _dates(body)


def test_a_school_year_begins_in_september():
    # in June 2026 the current school year is the one that began in September 2025
    assert _values("وتنتهي امتحانات العام الدراسي الحالي قريبا", "2026-06-10") == ["2025"]
    assert _values("وتبدأ التسجيلات للعام الدراسي المقبل", "2026-06-10") == ["2026"]


def test_a_fiscal_year_written_over_two_years_begins_mid_year():
    body = ("وقدرت الوزارة عجز ميزانية السنة المالية 2026 - 2027 بنحو 5 مليارات، مقارنة بعجز "
            "في ميزانية السنة المالية الحالية")
    assert _values(body, "2026-02-10") == [("2026", "2027"), "2025"]
    # written over one calendar year, the current fiscal year is the article's year
    assert _values("وارتفعت النفقات في السنة المالية الحالية", "2026-02-10") == ["2026"]


@pytest.mark.parametrize("body", [
    "يعيش أحمد هنا منذ عشر سنوات",
    "تقيم العائلة في المخيم منذ ثلاث سنوات",
    "يعمل في المصنع منذ خمس سنوات",
    "تسيطر الفصائل على المنطقة منذ عامين",
    "تحتل القوات المدينة منذ ستة أشهر",
    "وتنتظر العائلات أخبار أبنائها منذ أشهر طويلة",
    "ويرى أن اللجنة تعيد الوعود نفسها منذ خمس سنوات",  # a definite subject, then the verb
    "الفصائل تسيطر على المعبر منذ عامين",
])
def test_since_after_a_present_verb_is_a_duration(body):
    assert not _dates(body), _dates(body)
    assert body.endswith("طويلة") or mentions_of(body, date=DATE, kind="figure"), "the duration is a figure"


@_case([
    ("وصل أحمد إلى بيروت منذ عشر سنوات", "2015"),
    ("نزحت العائلة من حمص منذ ثلاث سنوات", "2022"),
    ("قتل شقيقه منذ عامين في غارة", "2023"),
    ("وقال إنه يعرف أن الاتفاق وقع منذ عامين", "2023"),  # the verb of منذ is the past one
    ("وقالت إن القوات نفذت الانسحاب منذ عامين", "2023"),
    ("أعلنت الحكومة تمديد المهلة منذ عامين", "2023"),  # تمديد: a verbal noun, no verb
    ("وكانت الحكومة تعهدت بذلك منذ عامين", "2023"),
], "ago")
def test_since_after_a_past_verb_points_at_a_time(body, value):
    assert _values(body) == [value], _dates(body)


@_case([
    ("وتستمر الحملة من 28 شباط حتى 5 آذار 2026", ("2026-02-28", "2026-03-05")),
    ("بين 12 أيار و3 حزيران 2024 سقط عشرات الضحايا", ("2024-05-12", "2024-06-03")),
    ("وامتدت المرحلة من تموز 2024 إلى آذار 2025", ("2024-07", "2025-03")),
    ("خلال الفترة من 10 نوفمبر 2024 إلى 15 يناير 2025", ("2024-11-10", "2025-01-15")),
    ("وتنظم الدورة من 20 ديسمبر إلى 3 جانفي 2026", ("2025-12-20", "2026-01-03")),
    ("وتعقد الدورة من 3 إلى 5 آذار/مارس 2026", ("2026-03-03", "2026-03-05")),
    ("منذ غرة جانفي إلى موفى شهر ماي المنقضي", ("2025-01-01", "2025-05")),  # Tunisian
    ("وتمتد الخطة من منتصف 2024 إلى نهاية 2025", ("2024", "2025")),
], "span")
def test_two_dates_as_the_ends_of_a_span_are_one_date(body, value):
    assert _values(body) == [value], _dates(body)


def test_two_dates_listed_are_two():
    assert _values("وزار الوفد العاصمة في 12 أيار و3 حزيران 2024") == ["2025-05-12", "2024-06-03"]


def test_a_month_named_after_shahr_is_no_count_of_months():
    assert _values("وسيبدأ التطبيق بعد شهر رمضان المقبل") == ["2026-02"]


def test_the_stated_gregorian_day_dates_a_hijri_one_written_after_it():
    body = "وفي 18 أكتوبر 2025م الموافق 25 ربيع الآخر 1447هـ عقد اللقاء"
    assert _values(body) == ["2025-10-18", "2025-10-18"]  # tables say 2025-10-17; the outlet says 18


@_case([
    ("وبأيلول من العام الماضي وقعت الحكومة الاتفاق", "2024-09"),  # و + ب before a month
    ("ولأيلول المقبل حددت الجلسة", "2026-09"),
    ("فبشباط الماضي انتهت المهلة", "2025-02"),
], "clitics")
def test_a_month_under_two_clitics(body, value):
    assert _values(body) == [value], _dates(body)


@_case([
    ("في الأسبوع الأول من الشهر المقبل", "2025-11"),
    ("في الأسبوع الأخير من أيلول", "2025-09"),
    ("خلال الأسبوع الثاني من كانون الثاني 2026", "2026-01"),
], "week")
def test_a_week_of_a_month_is_that_month_not_its_first_day(body, value):
    assert _values(body) == [value], _dates(body)
    assert "الأول من" not in [t for t, _, _ in _dates(body)]


def test_the_first_day_of_a_month_stays_a_day():
    assert _values("في اليوم الأول من الشهر المقبل") == ["2025-11-01"]


@_case([
    ("ويبدأ التنفيذ مطلع شهر ماي", "2025-05"),  # Maghrebi
    ("ووصلت الدفعة الأولى منتصف آب", "2025-08"),  # Levantine
    ("وتنتهي المهلة أواخر مارس", "2025-03"),
], "ambiguous")
def test_a_month_that_is_also_a_word_after_a_part_of_period_word(body, value):
    assert _values(body) == [value], _dates(body)


@pytest.mark.parametrize("body", [
    "وقال إن آب الشهيد ترك وصية",
    "وأكد أنه مارس الضغط على الحكومة",
    "ولا أحد يعرف ماي يحدث",
])
def test_a_month_that_is_also_a_word_alone_is_no_date(body):
    assert not _dates(body), _dates(body)


@_case([
    ("ويعقد الاجتماع الخميس 16 الجاري في القاهرة", "2025-10-16"),  # Egyptian
    ("وذلك في 20 من الجاري", "2025-10-20"),
    ("على أن تبدأ المرحلة يوم 3 المقبل", "2025-11-03"),
    ("وحددت المحكمة جلسة يوم 12/11 للنطق بالحكم", "2025-11-12"),  # Gulf
    ("ويوم 25/9 الماضي وقعت الأطراف", "2025-09-25"),
], "unnamed")
def test_a_day_of_a_month_left_unnamed(body, value):
    assert _values(body) == [value], _dates(body)


@pytest.mark.parametrize("body", [
    "ونصت المادة 12/3 من القانون على العقوبة",
    "وصدر القرار 12/11 عن المجلس",
    "وقتل 3 من عناصر الأمن",
])
def test_numbers_that_are_not_a_day_of_an_unnamed_month(body):
    assert not _dates(body), _dates(body)


def test_a_hijri_year_written_with_lil_hijra():
    assert _values("وتأسست الجمعية سنة 1446 للهجرة") == ["2025"]


@pytest.mark.parametrize("body, values", [
    ("وفي 25 ربيع الآخر 1447هـ (18 أكتوبر 2025م) عقد اللقاء", ["2025-10-18", "2025-10-18"]),
    ("وتأسس المجلس عام 1447هـ (2026م) بقرار ملكي", ["2026", "2026"]),  # tables: 1447 is mostly 2025
])
def test_a_gregorian_equivalent_in_brackets_dates_the_hijri_one(body, values):
    assert _values(body) == values, _dates(body)


def test_a_list_of_years_after_a_plural_year_noun():
    assert _values("وتراجعت المساعدات خلال السنوات 2019 و2020 و2021") == ["2019", "2020", "2021"]
    assert mentions_of("وبلغ عدد المصابين 2019 و2020 جريحا", date=DATE, kind="date") == []


@_case([
    ("وصل الوفد أول من أمس إلى الخرطوم", "2025-10-13"),
    ("وأول أمس قال الناطق إن الهدنة صامدة", "2025-10-13"),
    ("وبعد غد الجمعة يصل الوفد", "2025-10-17"),
], "days")
def test_the_day_before_yesterday_and_after_tomorrow_in_every_spelling(body, value):
    assert _values(body) == [value], _dates(body)


@_case([
    ("بحلول نهاية سبتمبر أيلول 2026", "2026-09"),  # a transcript writes both names unmarked
    ("بين أكتوبر تشرين الأول 2023 وفبراير شباط 2024", ("2023-10", "2024-02")),
    ("وبين آذار 2024 وأيار 2025 تراجعت الهجمات", ("2024-03", "2025-05")),
    ("خلال شهري تموز وآب", ("2025-07", "2025-08")),
    ("ويتوقع أن تتوقف الاشتباكات قبيل رمضان", "2026-02"),
], "names")
def test_months_named_twice_paired_or_after_qubayl(body, value):
    assert _values(body) == [value], _dates(body)


@_case([
    ("اعتبارا من فاتح يناير المقبل", "2026-01-01"),  # Moroccan
    ("يوم فاتح ماي", "2025-05-01"),
    ("بداية من أول يناير الماضي", "2025-01-01"),  # Egyptian
    ("وتبدأ الإجراءات في أول أيار", "2025-05-01"),
], "first")
def test_the_first_of_a_month_in_every_manner(body, value):
    assert _values(body) == [value], _dates(body)
    assert not _values("وكان أول ما قامت به الحكومة تشكيل لجنة")


def test_a_weekday_after_bihulul_is_the_next_one():
    assert _values("وطالبت الأمم المتحدة بتسليم الردود بحلول الأحد") == ["2025-10-19"]


def test_last_night_is_the_day_before_the_article():
    assert _values("ووقعت الاشتباكات الليلة الماضية في ريف حلب") == ["2025-10-14"]


@_case([
    ("وستجرى الانتخابات في 12 مارس", "2026-03-12"),  # already past this year: the next one
    ("ومن المقرر أن تعقد الجلسة في 3 شباط", "2026-02-03"),
    ("وستجرى الانتخابات في مارس", "2026-03"),
    ("وستعقد الجلسة في 20 تشرين الأول", "2025-10-20"),  # still ahead this year
    ("وجرت الانتخابات في 12 مارس", "2025-03-12"),  # a report: the article's year
    ("وجرت الانتخابات في مارس", "2025-03"),
    ("وتوقفت المعارك منذ ماي", "2025-05"),  # مارس, ماي after a preposition: months
], "ahead")
def test_a_date_without_a_year_in_a_future_clause_lies_ahead(body, value):
    assert _values(body) == [value], _dates(body)


@pytest.mark.parametrize("body", ["وولد من أب وأم لبنانيين", "وقال إنه مارس الضغط على الوزراء"])
def test_father_and_practised_stay_no_months(body):
    assert not _dates(body), _dates(body)
