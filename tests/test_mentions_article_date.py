"""The article's own date (issue 19, section 2), from datelines of every common shape:
``city – weekday date``, Hijri then الموافق then Gregorian, ``desk | city date``,
نشر في / آخر تحديث / تاريخ النشر, a date at the end, any digits and month system.
Sentences are composed here in several outlets' manners, not copied from one."""

from __future__ import annotations

import pytest

from dossier_tui.index.loader import Article
from dossier_tui.index.mentions import extract_mentions

BODY = ("أعلنت الحكومة في بيان رسمي أن المفاوضات مع الوفد الزائر تناولت ملفات الأمن والحدود "
        "وإعادة الإعمار، وأن جولة جديدة ستعقد الشهر المقبل في العاصمة.")


def _ids(n: int, name: str) -> list[str]:
    return [f"{name}{i}" for i in range(n)]


def _found(text: str):
    return extract_mentions(Article("a.txt", "عنوان", text, 0, len(text)))


@pytest.mark.parametrize("head, iso", [
    # city – weekday date, glued to the first paragraph (wire and Gulf style)
    ("بغداد – الأحد 12 يناير 2025 (رويترز) - " + BODY, "2025-01-12"),
    ("الرياض - الخميس ٦ مارس ٢٠٢٥: " + BODY, "2025-03-06"),
    ("تونس – الأربعاء 5 فيفري 2025 – " + BODY, "2025-02-05"),
    ("الجزائر - 14 جويلية 2024 - " + BODY, "2024-07-14"),
    ("الرباط، الاثنين 3 شتنبر 2023 — " + BODY, "2023-09-03"),
    ("دمشق - 18 تشرين الثاني 2024 - " + BODY, "2024-11-18"),
    ("بيروت- 1 أوت 2025: " + BODY, "2025-08-01"),
    # a Hijri date, الموافق, then the Gregorian one (the Gregorian one is the date)
    ("الرياض - الأحد 12 رجب 1446 هـ الموافق 12 يناير 2025 م\n" + BODY, "2025-01-12"),
    ("صدر يوم الخميس ٧ رمضان ١٤٤٦هـ الموافق ٦ مارس ٢٠٢٥م في جدة\n" + BODY, "2025-03-06"),
    ("الجمعة 1446/07/17هـ الموافق 17/01/2025م\n" + BODY, "2025-01-17"),
    # a desk or unit name, a bar, the city and the date
    ("المحرر السياسي | بغداد 9 حزيران 2024\n" + BODY, "2024-06-09"),
    ("الشرق الأوسط | القاهرة – 22/10/2024\n" + BODY, "2024-10-22"),
    ("قسم الأخبار الدولية | عمّان، الثلاثاء ١٠ أيلول ٢٠٢٤\n" + BODY, "2024-09-10"),
    # published / updated / date of publication
    ("نشر في: 15 أبريل 2025 - 10:35 صباحا\n" + BODY, "2025-04-15"),
    ("تاريخ النشر: الأحد 2025/03/09 الساعة 14:35 بتوقيت مكة المكرمة\n" + BODY, "2025-03-09"),
    ("آخر تحديث: ٢٠٢٥-٠٢-٠١ ١٤:٣٥ بتوقيت غرينتش\n" + BODY, "2025-02-01"),
    ("نُشر في 3 ماي 2025 على الساعة 18:00 وآخر تحديث في 4 ماي 2025\n" + BODY, "2025-05-03"),
    # a time of day between the cue and the date
    ("آخر تحديث: 14:35 بتوقيت بغداد، 12 كانون الثاني 2025\n" + BODY, "2025-01-12"),
    ("نشر بتاريخ 10:30 صباحا - الأحد 12 يناير 2025\n" + BODY, "2025-01-12"),
    # a known place, then في, then the date (press releases, Gulf agencies)
    ("تونس في 12 جانفي 2025 - " + BODY, "2025-01-12"),
    ("أبوظبي في 12 يناير 2025 / وام / " + BODY, "2025-01-12"),
    ("الدار البيضاء في 3 شتنبر 2024 – " + BODY, "2024-09-03"),
    ("القاهرة في يوم 12 أكتوبر 2025 - " + BODY, "2025-10-12"),
    ("رام الله 12-10-2025 وفا- " + BODY, "2025-10-12"),  # the agency without brackets
    # the long dash (tatweel) and the slash as a dateline's separators
    ("بيروت ـ 12 تشرين الأول 2025 ـ " + BODY, "2025-10-12"),
    ("بغداد/ 12 تشرين الأول 2025 / " + BODY, "2025-10-12"),
], ids=_ids(26, "dateline"))
def test_the_article_date_from_a_dateline(head, iso):
    text = "عنوان الخبر\n" + head + "\n" + BODY + "\n"
    assert _found(text).date == iso


@pytest.mark.parametrize("tail, iso", [
    ("\n\nبغداد في 5 كانون الأول 2024\n", "2024-12-05"),
    ("\n\nنشر بتاريخ 2024/12/05\n", "2024-12-05"),
    ("\n\nالمصدر: وكالة الأنباء - 17 نوفمبر 2024\n", "2024-11-17"),
], ids=_ids(3, "end"))
def test_the_article_date_at_the_end(tail, iso):
    text = "عنوان الخبر\n" + BODY + "\n" + BODY + "\n" + BODY + tail
    assert _found(text).date == iso


@pytest.mark.parametrize("line, iso", [
    ("الأحد 12 يناير 2025", "2025-01-12"),
    ("12/01/2025 - 10:30", "2025-01-12"),
    ("نشر في: 12 يناير 2025", "2025-01-12"),
    ("بغداد - أعلنت الوزارة في 12 يناير 2025 أن الاتفاق دخل حيز التنفيذ", None),
], ids=_ids(4, "long-head"))
def test_a_date_line_below_a_long_header(line, iso):
    # a Gulf daily's bullet summary pushes the date line below the usual head
    text = "عنوان طويل للتقرير\n\n" + ("• " + BODY + "\n") * 5 + "\n" + line + "\n\n" + (BODY + "\n") * 8
    assert text.find(line) > 700 and _found(text).date == iso


def test_a_column_signed_with_its_month_at_the_end():
    text = "عنوان المقال\n" + (BODY + "\n") * 6 + "\n* كاتب وباحث أردني\nعمّان، آذار 2026\n"
    assert len(text) > 800 and _found(text).date == "2026-03"  # far below the head


@pytest.mark.parametrize("text", [
    "عنوان\nأعلنت الوزارة في 12 يناير 2025 - بحسب بيان - أن الاتفاق دخل حيز التنفيذ.\n",
    "عنوان\nبغداد - أعلنت الوزارة في 12 يناير 2025 أن الاتفاق دخل حيز التنفيذ وأن الوفود ستلتقي قريبا.\n",
    "عنوان\nقال مسؤول إن الانسحاب سيكتمل في 30 سبتمبر 2026 وفق الجدول المتفق عليه بين الطرفين.\n",
    "عنوان\n" + BODY + "\n" + "وتعود جذور الأزمة إلى ما بعد 9 نيسان 2003، حين دخلت القوات الأمريكية العاصمة.\n",
    "عنوان\n" + BODY + "\n" + BODY + "\n" + BODY + "\nوتبلغ الكلفة مليار دولار وفق تقرير صدر في 26 آذار 2014.\n",
], ids=_ids(5, "sentence"))
def test_a_date_inside_a_sentence_is_not_the_article_date(text):
    assert _found(text).date is None


def test_relative_dates_resolve_against_the_dateline():
    text = "عنوان\nالجزائر - 14 جويلية 2024 - قال الوزير إن الاتفاق سيوقع في فيفري القادم.\n"
    dates = [m for m in _found(text).mentions if m.kind == "date"]
    assert [(d.text, d.value) for d in dates][-1] == ("فيفري القادم", "2025-02")


@pytest.mark.parametrize("head, iso", [
    # briefs and reports dated to their month
    ("ورقة سياسات رقم 7/2025 - أيار 2025", "2025-05"),
    ("مركز الدراسات الاستراتيجية\nتشرين الثاني 2024", "2024-11"),
    ("تقرير ربع سنوي | سبتمبر 2025", "2025-09"),
    ("تاريخ النشر: مارس 2026", "2026-03"),
], ids=_ids(4, "month"))
def test_an_article_dated_to_its_month(head, iso):
    text = "عنوان التقرير\n" + head + "\n\n" + BODY + "\n"
    assert _found(text).date == iso


def test_a_headline_naming_a_month_is_not_the_article_date():
    text = "خطة الحكومة لشهر آذار 2026 تثير الجدل\n\n" + BODY + "\n"
    assert _found(text).date is None


def test_a_day_date_wins_over_a_month_line():
    text = "عنوان\nنشرة شهرية - كانون الثاني 2026\nبيروت - الخميس 8 كانون الثاني 2026 -\n" + BODY + "\n"
    assert _found(text).date == "2026-01-08"


@pytest.mark.parametrize("text, iso", [
    # an agency's dateline without a year; "today, Sunday" and a year written below fix it
    ("عنوان\nعمان 3 أيار (بترا)- عقدت اللجنة اجتماعها اليوم الأحد لبحث قانون رقم 5 لسنة 2026.\n", "2026-05-03"),
    # the weekday on the dateline itself
    ("عنوان\nالقاهرة - الثلاثاء 14 أكتوبر - قالت الوزارة إن خطة 2025 تأخرت.\n" + BODY + "\n", "2025-10-14"),
], ids=_ids(2, "yearless"))
def test_a_yearless_dateline_whose_year_the_article_fixes(text, iso):
    assert _found(text).date == iso


def test_a_yearless_dateline_the_article_does_not_fix_is_no_date():
    # no weekday: 3 May could be in any year
    text = "عنوان\nعمان 3 أيار (بترا)- عقدت اللجنة اجتماعها لبحث قانون رقم 5 لسنة 2026.\n"
    assert _found(text).date is None
