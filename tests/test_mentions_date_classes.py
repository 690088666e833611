"""Date classes of issue 19 that the blind corpus showed missing, one rule per class, each
tested on sentences composed here in several outlets' manners (Gulf, Egyptian, Levantine,
Iraqi, Maghrebi, wires, transcripts): a weekday naming a nearby day, "ago"/"ahead" with a
hedge, deadlines, the last/next N units, seasons, spoken years, pairs of months, the
month "before last", Hijri years and the outlet's own Hijri/Gregorian equivalence.

Unless a test says otherwise the article is dated Wednesday 2025-10-15 (ISO week 2025-W42).
"""

from __future__ import annotations

import pytest
from support import mentions_of

DATE = "2025-10-15"


def _dates(body, date=DATE):
    return [(d.text, d.value) for d in mentions_of(body, date=date, kind="date")]


def _values(body, date=DATE):
    return [v for _, v in _dates(body, date)]


def _case(rows, name):
    return pytest.mark.parametrize("body, value", rows, ids=[f"{name}{i}" for i in range(len(rows))])


@_case([
    # a report: the last such day up to the article's date
    ("أعلنت وزارة الداخلية يوم الأحد ضبط شحنة أسلحة", "2025-10-12"),
    ("قال مسؤولون عراقيون الثلاثاء إن المفاوضات متعثرة", "2025-10-14"),
    ("وصل المبعوث الأممي إلى صنعاء، الأربعاء، في زيارة مفاجئة", "2025-10-15"),
    ("التقى الوزير نظيره المغربي مساء الإثنين بالرباط", "2025-10-13"),
    # a relative word: strictly before or after
    ("وكانت الجلسة قد افتتحت يوم الأربعاء الماضي", "2025-10-08"),
    ("ولم تسجل أي خروقات منذ السبت الفائت", "2025-10-11"),
    ("يلتئم المجلس الخميس المقبل للتصويت", "2025-10-16"),
    ("وتنطلق الجولة الثانية الأربعاء القادم", "2025-10-22"),
    # a clause about the future: the next one from the article's date
    ("وسيعقد الطرفان جولة جديدة يوم الجمعة في مسقط", "2025-10-17"),
    ("ومن المقرر أن يصل الوفد السبت إلى بيروت", "2025-10-18"),
], "weekday")
def test_a_weekday_names_a_nearby_day(body, value):
    assert _values(body) == [value], _dates(body)


@pytest.mark.parametrize("body", [
    "يتوافد المصلون على المسجد لأداء صلاة الجمعة",
    "تغلق الدوائر الرسمية أبوابها أيام الجمعة والسبت",
    "يعقد المجلس اجتماعه الدوري كل خميس",
    "يقام السوق يوم الثلاثاء من كل أسبوع",
])
def test_a_weekday_used_generically_is_no_date(body):
    assert not _dates(body), _dates(body)


def test_a_weekday_followed_by_the_date_it_names_is_that_date():
    assert _dates("حددت الهيئة يوم السبت الموافق 8 تشرين الثاني المقبل موعدا للاقتراع") == [
        ("يوم السبت الموافق 8 تشرين الثاني المقبل", "2025-11-08")]


def test_a_weekday_without_an_article_date_is_an_unresolved_date():
    dates = mentions_of("أعلن الجيش يوم الخميس السيطرة على الطريق", kind="date")
    assert [(d.text, d.value, d.relative) for d in dates] == [("يوم الخميس", None, True)]


@_case([
    ("كان عدد الجنود يقارب ثلاثة آلاف قبل نحو عامين", "2023"),
    ("وقعت الحادثة قبل حوالي ثلاثة أشهر", "2025-07"),
    ("قبل سنتين تقريباً بدأ الانسحاب", "2023"),
    ("غادر آخر فوج منذ قرابة أسبوعين", "2025-W40"),
    ("من المقرر أن تنطلق المرحلة الثانية بعد شهرين", "2025-12"),
    ("والحكومة ستعلن التشكيلة بعد أسبوع", "2025-W43"),
    ("الانتخابات بعد خمسة أشهر تقريباً من الآن", "2026-03"),
], "ago")
def test_a_time_before_or_after_the_article_date(body, value):
    assert _values(body) == [value], _dates(body)


@pytest.mark.parametrize("body", [
    "وصل الوفد إلى جنيف ثم غادر بعد يومين",  # two days after another event
    "انتهت المحادثات بعد ثلاثة أسابيع من المفاوضات الشاقة",
    "تعيش العائلات في الخيام منذ نحو عامين",  # a duration
])
def test_an_interval_from_another_event_or_a_duration_is_no_date(body):
    assert not _dates(body), _dates(body)


@_case([
    ("ستسلم اللجنة تقريرها النهائي خلال 60 يوما", "2025-12-14"),
    ("تعهدت الحكومة بإجراء الانتخابات في غضون ستة أشهر", "2026-04"),
    ("يتعين على الشركة إنجاز الأشغال خلال مدة لا تتجاوز 24 شهرا", "2027-10"),
    ("ونأمل أن يقر القانون خلال شهر أو شهرين", "2025-11"),
    ("سيكتمل الانسحاب في غضون عام", "2026"),
], "within")
def test_a_deadline_counted_from_the_article_date(body, value):
    dates = mentions_of(body, date=DATE, kind="date")
    assert [d.value for d in dates] == [value] and dates[0].qualifier == "within", _dates(body)
    assert not mentions_of(body, date=DATE, kind="figure")


@pytest.mark.parametrize("body", [
    "قتل أكثر من أربعين شخصا خلال ثلاثة أيام من القصف",
    "استمرت المعارك خلال أسبوعين متتاليين",
    "وتمكنت الفرق من إخماد الحريق خلال 48 ساعة",
])
def test_a_past_or_hour_scale_window_is_a_duration(body):
    assert not _dates(body), _dates(body)


@_case([
    ("تراجعت المساعدات بشكل حاد خلال السنوات الثلاث الماضية", "2022"),
    ("ويتوقع البنك تحسنا طفيفا في الأشهر الستة المقبلة", "2026-04"),
    ("شهدت الحدود هدوءا نسبيا خلال الأسبوعين الماضيين", "2025-W40"),
    ("وارتفعت الأسعار في الشهرين الماضيين", "2025-08"),
    ("تخطط الوزارة لبناء مدارس خلال الأعوام الخمسة القادمة", "2030"),
], "span")
def test_the_last_or_next_n_units(body, value):
    assert _values(body) == [value], _dates(body)


def test_the_last_months_without_a_number_are_vague():
    assert not _dates("تغيرت أمور كثيرة خلال الأشهر الماضية")


@_case([
    ("جرى الاتفاق في يونيو (حزيران) من العام الماضي", "2024-06"),
    ("سجلت الأمطار خلال شهري جانفي وفيفري الماضيين", "2025-01"),
    ("تغطي الدراسة الفترة من نيسان - حزيران 2024", "2024-04"),
    ("تضاعفت الأسعار منذ تموز قبل الماضي", "2024-07"),
    ("وفي العام قبل الماضي تراجع الإنتاج", "2023"),
    ("بلغ عدد المرحلين 900 منذ غرة مارس", "2025-03-01"),
    ("صادق المجلس على المشروع في جوان المنقضي", "2025-06"),
    ("وقعت الاتفاقية في آذار 2021، على أن تنتهي في آذار من العام الذي يليه", "2021-03"),
], "month")
def test_months_in_pairs_before_last_and_first_of(body, value):
    assert _values(body)[:1] == [value], _dates(body)


def test_the_year_that_follows_is_the_year_after_the_date_before():
    assert _values("تمتد المرحلة الأولى حتى آب 2025، والثانية حتى آب من العام الذي يليه") == [
        "2025-08", "2026-08"]


def test_a_half_of_a_month_is_that_month_not_its_first_day():
    dates = mentions_of("يبدأ التطبيق في النصف الأول من كانون الأول", date=DATE, kind="date")
    assert [(d.value, d.qualifier) for d in dates] == [("2025-12", "start")]


@_case([
    ("وُقّع الاتفاق في تشرين الأول ألفين وثلاثة وعشرين", "2023-10"),
    ("كان يفترض أن يكتمل قبل نهاية ألفين وأربعة وعشرين", "2024"),
    ("خاض الجيش معارك من ألفين وستة عشر إلى ألفين وثمانية عشر", "2016"),
    ("جيشنا الحالي ليس جيش ألفين وخمسة عشر", "2015"),
], "spoken")
def test_a_year_said_in_words(body, value):
    assert _values(body) == [value], _dates(body)
    assert not mentions_of(body, date=DATE, kind="figure")


def test_a_count_of_two_thousand_and_more_stays_a_figure():
    body = "انتشر نحو ألفين وثلاثمئة جندي على الحدود"
    assert not _dates(body)
    assert [f.value for f in mentions_of(body, date=DATE, kind="figure")] == [2300]


@_case([
    ("أسس المركز في عام 1436هـ", "2015"),
    ("صدر النظام عام 1444 هـ", "2023"),
    ("بدأ البرنامج سنة 1440هـ", "2019"),
], "hijri")
def test_a_hijri_year_is_the_gregorian_year_it_mostly_falls_in(body, value):
    assert _values(body) == [value], _dates(body)
    assert not mentions_of(body, date=DATE, kind="figure")


def test_the_outlets_stated_equivalent_dates_a_hijri_day():
    # tables put 25 Rabi' II 1447 on 17 October; the outlet, by sighting, on the 18th
    body = "جدة - السبت 25 ربيع الآخر 1447هـ الموافق 18 أكتوبر 2025م"
    assert _values(body) == ["2025-10-18", "2025-10-18"]
    assert _values("صدر في 25 ربيع الآخر 1447هـ بالرياض") == ["2025-10-17"]


@_case([
    ("نفذت الصفقة الأخيرة في الربيع الماضي", "2025"),
    ("يتوقع استكمال الأشغال قبل الصيف", "2026"),
    ("ستعود العائلات قبل نهاية الخريف", "2025"),
    ("ويعقد المؤتمر في الصيف المقبل", "2026"),
], "season")
def test_seasons(body, value):
    assert _values(body) == [value], _dates(body)


def test_a_season_in_a_name_is_no_date():
    assert not _dates("منذ الربيع العربي تغيرت خريطة المنطقة")


@_case([
    ("وكل مؤتمر دعم من 2019 حتى اليوم كان مشروطا بالإصلاح", "2019"),
    ("ومن 2014 حتى الآن لم تتوقف المعارك", "2014"),
    ("أقر البرلمان موازنة 2026 في جلسة مطولة", "2026"),
    ("وهذا العام يبدو أصعب", "2025"),
    ("انطلقت صباح اليوم القافلة الخامسة", "2025-10-15"),
    ("أكمل انسحابه قبل موعد أيلول", "2025-09"),
], "misc")
def test_other_forms(body, value):
    assert _values(body) == [value], _dates(body)


def test_an_article_dated_to_its_month_resolves_years_and_months_only():
    body = "تراجع التمويل في العام الماضي، وتستأنف المحادثات الشهر المقبل، وقد وصل الوفد أمس"
    assert _dates(body, date="2026-01") == [("العام الماضي", "2025"), ("الشهر المقبل", "2026-02"),
                                             ("أمس", None)]
