"""Every form issue #5 lists, in sentences the tests write, with and without an article date."""

from __future__ import annotations

import pytest

from dossier_tui.index.loader import Article
from dossier_tui.index.mentions import extract_mentions, read_dossier_meta


def _mentions(body: str, date: str | None = None, kind: str | None = None):
    text = "عنوان\n" + body + "\n"
    found = extract_mentions(Article("a.txt", "عنوان", text, 0, len(text)), {"date": date} if date else None)
    for m in found.mentions:
        assert text[m.start:m.end] == m.text
    return [m for m in found.mentions if kind is None or m.kind == kind]


@pytest.mark.parametrize("body, value", [
    ("وصل الوفد في 23 يوليو، 2024 إلى بغداد", "2024-07-23"),
    ("ستنتهي المهمة في سبتمبر 2025", "2025-09"),
    ("ستنتهي المهمة في أيلول 2025", "2025-09"),
    ("ستنتهي المهمة في سبتمبر/أيلول 2025", "2025-09"),
    ("ستنتهي المهمة في سبتمبر/ أيلول 2025", "2025-09"),
    ("بدأت المحادثات في كانون الثاني 2020", "2020-01"),
    ("بدأت المحادثات في تشرين الثاني 2019", "2019-11"),
    ("تأسس التحالف عام 2014", "2014"),
    ("وقع الهجوم في ١٢ آذار ٢٠٢٥", "2025-03-12"),
    ("وقع الهجوم في 25/3/2025", "2025-03-25"),
    ("وقع الهجوم في 2025-03-12", "2025-03-12"),
    ("وقع الهجوم يوم 2025.03.12", "2025-03-12"),
    ("وقع الهجوم يوم 25.3.2025", "2025-03-25"),
    ("أعلنت الوزارة في 3 جانفي 2025", "2025-01-03"),
    ("أعلنت الوزارة في 7 شتنبر 2023", "2023-09-07"),
    ("صدر القرار في ١٥ ربيع الأول ١٤٤٦ هـ", "2024-09-18"),
    # a day written as an ordinal, "من شهر" between day and month
    ("وصل الوفد في العاشر من أكتوبر 2026", "2026-10-10"),
    ("بدأ الانسحاب في الأول من تموز ٢٠٢٦", "2026-07-01"),
    ("وقع الاتفاق في الحادي عشر من سبتمبر 2001", "2001-09-11"),
    ("تنتهي المهلة في الخامس والعشرين من كانون الأول 2026", "2026-12-25"),
    ("تنتهي المهلة يوم الثلاثين من نيسان 2027", "2027-04-30"),
    ("يعقد الاجتماع في 15 من شهر آب 2026", "2026-08-15"),
    ("حتى الـ15 من شهر رمضان 1448 هـ", "2027-02-22"),
    # a year standing alone, or after a season
    ("في صيف 2026 ستنسحب القوات", "2026"),
    ("تتضمن ميزانية 2026 بنودا", "2026"),
])
def test_absolute_dates(body, value):
    dates = _mentions(body, kind="date")
    assert [d.value for d in dates] == [value], [(d.text, d.value) for d in dates]
    assert dates[0].key == f"date:{value}" and not dates[0].relative
    assert not _mentions(body, kind="figure")  # the day and year are not figures


def test_numeric_date_reads_the_day_first_and_says_so():
    """Arabic outlets write day/month/year; the assumption is shown with the date."""
    dates = _mentions("وقع الهجوم يوم 3/4/2025 في بغداد", kind="date")
    assert [(d.text, d.value) for d in dates] == [("3/4/2025", "2025-04-03")]
    assert "day first" in dates[0].why
    assert not _mentions("وقع الهجوم يوم 5/11/2026", kind="figure")


@pytest.mark.parametrize("body", [
    "كان الأول من نوعه",  # an ordinal that is no day
    "احتل المركز العاشر من بين الدول",
    "الحادي من الشهر",
])
def test_ordinals_that_are_not_days(body):
    assert not [d for d in _mentions(body, kind="date") if d.value]


@pytest.mark.parametrize("body, qualifier", [
    ("في موعد لا يتجاوز نهاية سبتمبر 2025", "end"),
    ("في أواخر عام 2017", "end"),
    ("منذ منتصف تشرين الأول 2023", "mid"),
    ("في بداية 2026", "start"),
    ("في مطلع أيار 2026", "start"),
    ("في أوائل 2024", "start"),
    ("قبل سبتمبر 2026", "before"),
    ("بحلول سبتمبر 2026", "by"),
    ("ستنتهي المهمة في نهاية شهر مارس 2027", "end"),
    ("في منتصف شهر آب ٢٠٢٧", "mid"),
])
def test_qualifiers(body, qualifier):
    dates = _mentions(body, kind="date")
    assert len(dates) == 1 and qualifier in dates[0].qualifier, [(d.text, d.qualifier) for d in dates]


def test_year_range_is_one_mention():
    dates = _mentions("ضمن إطار زمني محدد بين عامي 2025 و2026", kind="date")
    assert [(d.value, d.high, d.key) for d in dates] == [("2025", "2026", "date:2025/2026")]


@pytest.mark.parametrize("body, value", [
    ("في العام الماضي", "2023"),
    ("في سبتمبر المقبل", "2024-09"),
    ("في يناير الماضي", "2024-01"),
    ("في مارس الماضي", "2024-03"),
    ("في سبتمبر من العام المقبل", "2025-09"),
    ("في وقت سابق من الشهر الجاري", "2024-07"),
    ("أمس الاثنين", "2024-07-22"),
    ("قال الاثنين 9 من أيلول", "2024-09-09"),
    ("في 27 يناير الماضي", "2024-01-27"),
    ("والعام الماضي كان مختلفا", "2023"),  # a conjunction glued to the relative word
    ("وأمس الاثنين", "2024-07-22"),
    ("فالشهر المقبل", "2024-08"),
])
def test_relative_dates_resolve_against_a_known_article_date(body, value):
    dates = _mentions(body, date="2024-07-23", kind="date")
    assert [(d.value, d.relative) for d in dates] == [(value, True)], [(d.text, d.value) for d in dates]


@pytest.mark.parametrize("body", ["في العام الماضي", "في سبتمبر المقبل", "أمس الاثنين",
                                  "قال الاثنين 9 من أيلول", "في وقت سابق من الشهر الجاري"])
def test_relative_dates_without_an_article_date_stay_unresolved(body):
    dates = _mentions(body, kind="date")
    assert len(dates) == 1 and dates[0].relative and dates[0].value is None and dates[0].key is None


def test_glued_conjunction_is_outside_the_relative_date_span():
    """The mention is the date words, so "والعام الماضي" and "العام الماضي" read alike."""
    dates = _mentions("قال والعام الماضي", kind="date")
    assert [d.text for d in dates] == ["العام الماضي"]


@pytest.mark.parametrize("body, value, high, unit, qualifier", [
    ("انتشر 2,500 جندي", 2500, None, "troops", None),
    ("انتشر ١٬٥٠٠ عسكري", 1500, None, "troops", None),
    ("بلغت الكلفة 1.5 مليار دولار", 1.5e9, None, "USD", None),
    ("بلغت الكلفة 1٫5 مليون دولار", 1.5e6, None, "USD", None),
    ("قتل ثلاثة آلاف شخص", 3000, None, "killed", None),
    ("أرسلت خمسمئة جندي", 500, None, "troops", None),
    ("أرسلت خمسمائة جندي", 500, None, "troops", None),
    ("خلال اثني عشر شهرا", 12, None, "months", None),
    ("انتشر أربعين مستشارا", 40, None, "advisers", None),
    ("بقي عامين في العراق", 2, None, "years", None),
    ("نشرت مئتين جندي", 200, None, "troops", None),
    ("بلغت النسبة 40% من الإجمالي", 40, None, "percent", None),
    ("بلغت النسبة ٤٠٪ من الإجمالي", 40, None, "percent", None),
    ("بلغت النسبة 40 في المئة من الإجمالي", 40, None, "percent", None),
    ("يتراوح عددهم بين 1500 و3000 عنصر", 1500, 3000, "troops", None),
    ("بكلفة من 1.2 إلى 1.5 مليار دولار", 1.2e9, 1.5e9, "USD", None),
    ("انتشر نحو 2500 جندي", 2500, None, "troops", "approx"),
    ("انتشر حوالي 2500 فرد", 2500, None, "troops", "approx"),
    ("انتشر قرابة 2500 عنصر", 2500, None, "troops", "approx"),
    ("انتشر زهاء 2500 جندي", 2500, None, "troops", "approx"),
    ("ينتشر ما يقدر بنحو 2500 جندي", 2500, None, "troops", "approx"),
    ("ينتشر ما يقارب 2500 جندي", 2500, None, "troops", "approx"),
    ("ينتشر ما يقرب من 2500 جندي", 2500, None, "troops", "approx"),
    ("بكلفة تقارب 2.5 مليار دولار", 2.5e9, None, "USD", "approx"),
    ("انتشر قرابة الـ2500 جندي", 2500, None, "troops", "approx"),
    ("أرسلت واشنطن نحو ألفي جندي", 2000, None, "troops", "approx"),
    ("نشرت مئتي عنصر", 200, None, "troops", None),
    # currencies: the country adjective names the currency, else the bare name
    ("بلغت الخسائر 30 ألف جنيه مصري", 30000, None, "EGP", None),
    ("رصدت 500 مليون ريال سعودي", 5e8, None, "SAR", None),
    ("بقيمة 3 ملايين دينار كويتي", 3e6, None, "KWD", None),
    ("بلغت 1500 ليرة سورية", 1500, None, "SYP", None),
    ("بلغت 1500 دينار", 1500, None, "dinar", None),
    # fractions of a scale, compound amounts, the counted noun after من
    ("استقبلت نحو ربع مليون لاجئ", 250000, None, "refugees", "approx"),
    ("خصصت نصف مليون دولار", 5e5, None, "USD", None),
    ("بكلفة 2 مليار و500 مليون دولار", 2.5e9, None, "USD", None),
    ("بكلفة مليار و200 مليون دولار", 1.2e9, None, "USD", None),
    ("بلغت 5 ملايين و300 ألف دولار", 5.3e6, None, "USD", None),
    ("نشر ٣٠ ألفاً من العناصر", 30000, None, "troops", None),
    ("يضم أكثر من 60 دولة", 60, None, "countries", "more than"),
    ("نفذ ما لا يقل عن 12 هجوما", 12, None, "attacks", "at least"),
    ("بعد أقل من 24 ساعة", 24, None, "hours", "less than"),
])
def test_figures(body, value, high, unit, qualifier):
    figs = _mentions(body, kind="figure")
    assert len(figs) == 1, [(f.text, f.value) for f in figs]
    f = figs[0]
    assert (f.value, f.high, f.unit, f.qualifier) == (value, high, unit, qualifier), f


def test_vague_counts_are_no_figures():
    """عشرات/مئات/آلاف/ملايين + a noun states no quantity (the corpus labels skip them, and
    the figures screen could not place them); the words are still read so that آلاف is
    not taken for 1000, nor the noun after it for a count of its own."""
    for body in ("تعرضت القوات لعشرات الهجمات ومئات الغارات", "نزحت آلاف العائلات من القرى",
                 "وثقت المنظمة ملايين الانتهاكات", "قتل عشرات الجنود وأصيب المئات"):
        assert _mentions(body, kind="figure") == [], body


def test_troop_words_link_under_one_key():
    keys = {f.key for body in ("نحو 2500 جندي", "حوالي 2500 فرد", "2500 عسكري", "2500 عنصر")
            for f in _mentions(body, kind="figure")}
    assert keys == {"figure:2500:troops"}


def test_entities_with_clitics_and_variants():
    ents = _mentions("وصل الوفد إلى بغداد وبالأنبار ثم للأنبار، وقال البنتاجون إن داعش "
                     "وتنظيم الدولة الإسلامية ما زالا في سورية", kind="entity")
    assert [e.key for e in ents] == ["entity:بغداد", "entity:الأنبار", "entity:الأنبار",
                                     "entity:البنتاغون", "entity:داعش", "entity:داعش", "entity:سوريا"]
    assert ents[1].text == "الأنبار"  # the clitic ب is not part of the mention


def test_user_aliases_add_entities(isolated_dirs):
    from dossier_tui.index.mentions import entities
    from dossier_tui.index.user_files import alias_file

    alias_file().parent.mkdir(parents=True, exist_ok=True)
    alias_file().write_text('[entities]\n"قاعدة الإمام علي" = ["معسكر الإمام علي"]\n',
                            encoding="utf-8")
    entities.gazetteer.cache_clear()
    entities._first_words.cache_clear()
    try:
        ents = _mentions("وصلت القوات إلى معسكر الإمام علي", kind="entity")
        assert [e.key for e in ents] == ["entity:قاعدة الإمام علي"]
    finally:
        entities.gazetteer.cache_clear()
        entities._first_words.cache_clear()


def test_dossier_toml_gives_dates_and_a_broken_one_is_reported(tmp_path):
    (tmp_path / "dossier.toml").write_text('["a.txt"]\ndate = 2024-07-23\nsource = "المسلة"\n',
                                           encoding="utf-8")
    meta = read_dossier_meta(tmp_path)
    assert meta.entries == {"a.txt": {"date": "2024-07-23", "source": "المسلة"}} and meta.warning is None
    (tmp_path / "dossier.toml").write_text('["a.txt"\ndate = \n', encoding="utf-8")
    broken = read_dossier_meta(tmp_path)
    assert broken.entries == {} and "line 1" in broken.warning and "dossier.toml" in broken.warning
    (tmp_path / "dossier.toml").write_text('# dates\n["a.txt"]\ndate = "23/07/2024"\n["b.txt"]\n'
                                           'date = "2024-07"\n', encoding="utf-8")
    bad = read_dossier_meta(tmp_path)
    assert bad.entries == {"a.txt": {}, "b.txt": {}}
    assert "dossier.toml, line 3: date of 'a.txt' is not YYYY-MM-DD" in bad.warning
    assert "(and 1 more)" in bad.warning  # one warning for the file, not one per date


def test_the_same_year_is_the_year_of_the_date_before():
    body = "تبدأ المرحلة الأولى في فبراير 2027، وتنتهي في نيسان من العام نفسه، ثم تقييم في نفس العام."
    dates = _mentions(body, date="2026-11-17", kind="date")
    assert [(d.text, d.value) for d in dates] == [
        ("فبراير 2027", "2027-02"), ("نيسان من العام نفسه", "2027-04"), ("نفس العام", "2027")]
    alone = _mentions("وتنتهي في نيسان من العام نفسه", kind="date")
    assert [d.value for d in alone] == [None] and alone[0].relative


def test_any_ministry_is_an_entity_named_by_its_portfolio_and_country():
    body = ("أعلنت وزارةُ الخارجية القطرية أمس، وقال بيان لوزارة الخارجية القطرية إن وزارة الصحة "
            "تتابع. وأكدت وزارة الدفاع الأمريكية ذلك. وقالت الوزارة إن الوزارة ستعلن.")
    ents = _mentions(body, kind="entity")
    assert [(e.text, e.key) for e in ents] == [
        ("وزارةُ الخارجية القطرية", "entity:وزاره الخارجيه القطريه"),  # keyed as search folds it
        ("وزارة الخارجية القطرية", "entity:وزاره الخارجيه القطريه"),  # لـ left outside
        ("وزارة الصحة", "entity:وزاره الصحه"),
        ("وزارة الدفاع الأمريكية", "entity:البنتاغون"),  # the gazetteer's name wins
    ]


@pytest.mark.parametrize("body, value, high", [
    ("خلال الفترة من 1 إلى 15 يناير 2026", "2026-01-01", "2026-01-15"),
    ("بين 10 و12 ديسمبر 2025", "2025-12-10", "2025-12-12"),
    ("في 10-12 ديسمبر 2025", "2025-12-10", "2025-12-12"),
])
def test_a_range_of_days_is_one_date(body, value, high):
    dates = _mentions(body, kind="date")
    assert [(d.value, d.high) for d in dates] == [(value, high)]
    assert dates[0].key == f"date:{value}/{high}"
    assert not _mentions(body, kind="figure")  # the first day is no figure


@pytest.mark.parametrize("body", ["انتشر نحو 2000", "أكثر من 2000 عنصر", "ارتفع العدد إلى 2040",
                                  "بلغت 2025 حالة", "بين 1990 و2000 جندي"])
def test_a_four_digit_count_is_not_a_year(body):
    assert not [d for d in _mentions(body, kind="date")], _mentions(body)


def test_a_countrys_forces_are_one_entity_in_either_spelling():
    body = ("انسحبت القوات الأمريكية من القاعدة، وقالت القوات الأميركية إن الجيش التركي "
            "أبلغ القوات الخاصة. وسلمت المواقع للقوات العراقية.")
    ents = _mentions(body, kind="entity")
    assert [(e.text, e.key) for e in ents] == [
        ("القوات الأمريكية", "entity:القوات الامريكيه"),
        ("القوات الأميركية", "entity:القوات الامريكيه"),  # the outlet's spelling, one key
        ("الجيش التركي", "entity:الجيش التركي"),
        ("للقوات العراقية", "entity:القوات العراقيه"),  # not القوات الخاصة: no country
    ]
    assert [e.value for e in ents][:2] == ["القوات الأمريكية", "القوات الأميركية"]  # shown as written


@pytest.mark.parametrize("body", [
    "عند الساعة 10:30 صباحا",  # a time
    "وفق المادة 140 من الدستور", "القرار 2334 الصادر عن مجلس الأمن", "على الطريق رقم 1",
    "وصلت الفرقة 101 المحمولة جوا",  # labels
    "جائحة كوفيد-19 أثرت", "طائرات إف-16 الأمريكية", "منظومة إس-400", "قمة G20",  # names
    "اتصل على 07701234567",  # a phone number
    "احتلت المرتبة 3 عالميا",
])
def test_numbers_that_name_things_are_not_figures(body):
    assert not _mentions(body, kind="figure") and not _mentions(body, kind="date"), _mentions(body)


@pytest.mark.parametrize("body, value, high", [
    ("خلال عام 2020-2021", "2020", "2021"), ("في موسم 2025/2026", "2025", "2026"),
])
def test_a_span_of_years_is_one_date(body, value, high):
    dates = _mentions(body, kind="date")
    assert [(d.value, d.high) for d in dates] == [(value, high)]


def test_counts_beside_names_are_still_counts():
    figs = _mentions("أرسلت 24 طائرة إف-16 و2,500 جندي بين 10-12 يوما", kind="figure")
    assert [(f.value, f.high, f.unit) for f in figs] == [(24, None, "aircraft"), (2500, None, "troops"),
                                                         (10, 12, "days")]
