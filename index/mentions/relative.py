"""Dates written relative to the article's own date, in every form outlets use: a year,
month or week (``العام الماضي``, ``السنة المقبلة``, ``الأسبوع الفائت``, ``هذا الشهر``), a
quarter or half of a year (``الربع الأول من العام المقبل``, ``النصف الثاني من 2026``, the
Maghrebi ``الثلاثي``/``السداسي``), a time ago (``قبل ثلاث سنوات``, ``منذ شهرين`` when it
points at a time, not a duration), the end or start of "the year" without الجاري
(``بنهاية العام``), and the days around the article's (``أمس``, ``غداً``, ``أول أمس``) -
behind any clitic (``للشهر المقبل``, ``وبالعام الماضي``) and in either gender.

Values are ISO at the precision written. ISO has no notation for a quarter or a half of
a year, so they are ``YYYY-Qn`` and ``YYYY-Hn`` (2025-Q1, 2024-H2); a week is ISO's
``YYYY-Www`` (2024-W30). All sort after their year's months and say their precision
(overview.precision).
"""

from __future__ import annotations

import datetime as dt

from .fiscal import KINDS, civil_year_at
from .spans import AGO_FORMS, DEFINITE_UNITS, WITHIN_FORMS, ago_at, last_units_at, within_at
from .tokens import Tok

# with their duals and plurals ("شهري أوت وسبتمبر الماضيين", "الأسبوعين المقبلين");
# الفارط, المنقضي: Tunisian
_ENDINGS = ("", "ه", "ين", "ان", "تين", "تان", "ات")
PAST = {w + e for w in ("الماضي", "المنصرم", "الفائت", "السابق", "الفارط", "المنقضي") for e in _ENDINGS}
NEXT = {w + e for w in ("المقبل", "القادم", "التالي") for e in _ENDINGS}
CURRENT = {"الجاري", "الحالي", "هذا", "الجاريه", "الحاليه", "هذه"}
SAME = {"نفسه", "ذاته", "نفسها", "ذاتها"}  # "العام نفسه": the year of the date before
RELATIVE = PAST | NEXT | CURRENT


def _forms(bases) -> dict[str, tuple[str, int]]:
    """Every clitic form of each base word -> (base, letters of clitic outside the mention).
    لل (ل + ال) stays inside the mention, as للأنبار does: 'للشهر المقبل'."""
    out: dict[str, tuple[str, int]] = {}
    for b in bases:
        out[b] = (b, 0)
        for c in ("و", "ف"):
            out[c + b] = (b, 1)
        if b.startswith("ال"):
            for c in ("ب", "ك"):
                out[c + b] = (b, 1)
            for c in ("وب", "فب", "وك"):
                out[c + b] = (b, 2)
            out["لل" + b[2:]] = (b, 0)
            out["ولل" + b[2:]] = (b, 1)
            out["فلل" + b[2:]] = (b, 1)
    return out


_PERIOD = {"العام": "year", "السنه": "year", "عام": "year", "الشهر": "month", "الاسبوع": "week"}
PERIOD_FORMS = _forms(["العام", "السنه", "الشهر", "الاسبوع"]) | {"عام": ("عام", 0)}
_DAYS = {"امس": -1, "البارحه": -1, "غدا": 1, "الامس": -1}
# "الأمس" is yesterday after يوم, a part of the day or ب (يوم الأمس، مساء الأمس، بالأمس), not
# in "حلفاء الأمس" (yesterday's allies)
_BEFORE_THE_DAY = frozenset("يوم ويوم مساء ومساء صباح وصباح ظهر ليل ليله فجر عصر ظهيره منتصف".split())
DAY_FORMS = _forms(_DAYS)
_PARTS = {"الربع": ("Q", 4), "الثلاثي": ("Q", 4), "الثلاثيه": ("Q", 4), "الفصل": ("Q", 4),
          "النصف": ("H", 2), "السداسي": ("H", 2), "السداسيه": ("H", 2)}
PART_FORMS = _forms(_PARTS)
_PART_ORDINALS = {"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الاخير": 0,
                  "الاولي": 1, "الثانيه": 2, "الثالثه": 3, "الرابعه": 4, "الاخيره": 0}
# today and tonight, bare or under و/ف: the article's own day, as أمس is the day before it
_TODAY = {c + w: w for w in ("اليوم", "الليله") for c in ("", "و", "ف")}
_DAY_NOUN_AFTER = {"نفسه", "ذاته", "التالي", "السابق"}
_NOT_TODAY_BEFORE = {"هذا", "ذلك", "كل", "ذات", "طوال", "طيله", "في"}
_TOMORROW = {"غد", "الغد"}
_PARTS_OF_DAY = {"صباح", "مساء", "ظهر", "فجر", "ليل", "عصر", "ظهيره", "وصباح", "ومساء"}
_TIMES_OF_DAY = _PARTS_OF_DAY | {"حتي", "منذ"}


def _WEEKDAY_WORDS():
    from .dates import WEEKDAYS
    return WEEKDAYS


SPAN_FORMS = _forms(DEFINITE_UNITS)
_THIS = {c + w for w in ("هذا", "هذه") for c in ("", "و", "ف")}
SEASON_FORMS = _forms(["الربيع", "الصيف", "الخريف", "الشتاء"])
_THAT = {c + w for w in ("ذلك", "تلك") for c in ("", "و", "ف")}  # "في ذلك العام": the year just written
from .holidays import STARTERS as FEAST_STARTERS  # noqa: E402

STARTERS = frozenset(PERIOD_FORMS) | set(DAY_FORMS) | set(PART_FORMS) | set(AGO_FORMS) | set(_TODAY) | {
    "نفس", "اول", "واول", "بعد", "غد", "الغد"} | set(WITHIN_FORMS) | set(SPAN_FORMS) | _THIS | set(SEASON_FORMS) \
    | _THAT | FEAST_STARTERS

def week(day: dt.date) -> str:
    year, number, _ = day.isocalendar()
    return f"{year:04d}-W{number:02d}"


def shifted(article_date, unit: str, n: int) -> str | None:
    """The period ``n`` units from the article's date, at the unit's precision; None for a
    week or day from an article dated only to its month."""
    from .dates import _iso

    y, m, d = article_date
    if unit == "year":
        return _iso(y + n)
    if unit == "decade":
        return _iso(y + 10 * n)
    if unit == "month":
        total = y * 12 + m - 1 + n
        return _iso(total // 12, total % 12 + 1)
    if d is None:
        return None
    day = dt.date(y, m, d)
    if unit == "week":
        return week(day + dt.timedelta(days=7 * n))
    return (day + dt.timedelta(days=n)).isoformat()


def _direction(word: str) -> int:
    return -1 if word in PAST else 1 if word in NEXT else 0


def relative_at(toks, i, article_date, last_year=None):
    """A relative date starting at toks[i] (a word in STARTERS), or None."""
    w = toks[i].text
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    if w in FEAST_STARTERS:
        from .holidays import feast_at

        return feast_at(toks, i, article_date)
    if w in _THAT and nxt in ("العام", "السنه"):
        return _same_year(toks, i, last_year, len(w) - 3)
    if w in _THIS and PERIOD_FORMS.get(nxt, ("",))[0] in ("العام", "السنه", "الشهر", "الاسبوع"):
        return _hit(toks, i, i + 2, article_date, _PERIOD[PERIOD_FORMS[nxt][0]], 0, len(w) - 3, "current")
    if w in SEASON_FORMS:
        from .seasons import season_at

        return season_at(toks, i, article_date, *SEASON_FORMS[w])
    if w == "نفس" and nxt in ("العام", "السنه"):
        return _same_year(toks, i, last_year)
    if w in PERIOD_FORMS:
        base, skip = PERIOD_FORMS[w]
        unit = _PERIOD[base]
        if unit == "year" and nxt in SAME:
            return _same_year(toks, i, last_year, skip)
        if unit == "year" and nxt in KINDS:  # العام المالي الحالي, السنة الدراسية المقبلة
            return civil_year_at(toks, i, article_date, skip)
        if nxt == "قبل" and i + 2 < len(toks) and toks[i + 2].text in PAST:  # العام قبل الماضي
            return _hit(toks, i, i + 3, article_date, unit, -2, skip, "one before the previous")
        if nxt in _FOLLOWING:  # "العام التالي": after the date before it, not the article's
            return _following(toks, i, unit, last_year, skip)
        if unit == "year" and nxt in ("الذي", "التي") and i + 2 < len(toks) and toks[i + 2].text in _AFTER_IT:
            hit = _following(toks, i, unit, last_year, skip)  # "العام الذي تلاه"
            hit.end = i + 3
            return hit
        if nxt in RELATIVE:
            which = {-1: "previous", 1: "next", 0: "current"}[_direction(nxt)]
            return _hit(toks, i, i + 2, article_date, unit, _direction(nxt), skip, which)
        if unit == "week" and nxt in _PART_ORDINALS:
            return _week_of(toks, i, article_date, last_year, skip)
        if base != "عام" and not nxt[:1].isdigit():
            return _bare_period(toks, i, article_date, unit, skip)
        return None
    if w in DAY_FORMS:
        base, skip = DAY_FORMS[w]
        n, end = _DAYS[base], i + 1
        if base == "امس" and nxt == "الاول":  # أمس الأول: the day before yesterday
            n, end = -2, i + 2
        if base == "الامس" and skip == 0 and not (i and toks[i - 1].sentence == toks[i].sentence
                                                  and toks[i - 1].text in _BEFORE_THE_DAY):
            return None
        if base == "الامس" and skip and w[skip - 1:skip] != "ب":
            return None  # وبالأمس, بالأمس: yesterday; والأمس: not surely
        return _day(toks, i, end, article_date, n, skip)
    if w in ("اول", "واول") and nxt == "امس":
        return _day(toks, i, i + 2, article_date, -2, len(w) - 3)
    if w in ("اول", "واول") and nxt == "من" and i + 2 < len(toks) and toks[i + 2].text == "امس":
        return _day(toks, i, i + 3, article_date, -2, len(w) - 3)  # أول من أمس
    if w in ("بعد", "وبعد") and nxt == "غد":
        return _day(toks, i, i + 2, article_date, 2, len(w) - 3)
    if w in _TODAY:
        from .dates import WEEKDAYS

        skip = len(w) - len(_TODAY[w])
        if nxt in WEEKDAYS:  # اليوم الثلاثاء: the article's own day
            return _day(toks, i, i + 2, article_date, 0, skip)
        if w.endswith("الليله") and nxt in PAST and toks[i + 1].sentence == toks[i].sentence:
            return _day(toks, i, i + 2, article_date, -1, skip)  # الليلة الماضية: last night
        same = i + 1 >= len(toks) or toks[i + 1].sentence != toks[i].sentence
        at_time = i and toks[i - 1].text in _PARTS_OF_DAY and toks[i - 1].sentence == toks[i].sentence
        if at_time and w.endswith("اليوم"):  # "انطلقت صباح اليوم القافلة": today, whatever follows
            return _day(toks, i, i + 1, article_date, 0, skip)
        if not same and (nxt.startswith("ال") or nxt in _DAY_NOUN_AFTER or nxt[:1].isdigit()):
            return None  # اليوم الأول, اليوم الوطني, الليلة الماضية, اليوم نفسه: a day, not today
        prev = toks[i - 1].text if i and toks[i - 1].sentence == toks[i].sentence else ""
        named = prev.endswith("ي") and ("ال" in prev[:4] or prev.startswith("لل"))
        if prev in _NOT_TODAY_BEFORE or prev in ("روسيا",) or named:
            return None  # في هذا اليوم, وجبة في اليوم (a day), «المصري اليوم», «روسيا اليوم» (names)
        return _day(toks, i, i + 1, article_date, 0, skip)  # "اليوم", "صباح اليوم", "الليلة", "حتى اليوم"
    if w in _TOMORROW and i and toks[i - 1].text in _TIMES_OF_DAY:
        return _day(toks, i, i + 1, article_date, 1, 0)  # "صباح الغد", "مساء غد"
    if w == "غد" and nxt in _WEEKDAY_WORDS():
        return _day(toks, i, i + 1, article_date, 1, 0)  # "غد الإثنين"
    if w in PART_FORMS:
        return _part(toks, i, article_date, last_year, *PART_FORMS[w])
    if w in AGO_FORMS:
        return ago_at(toks, i, article_date, *AGO_FORMS[w])
    if w in WITHIN_FORMS:
        return within_at(toks, i, article_date, WITHIN_FORMS[w])
    if w in SPAN_FORMS:
        return last_units_at(toks, i, article_date, SPAN_FORMS[w][1])
    return None


def _hit(toks, i, end, article_date, unit, n, skip, which):
    from .dates import DateHit, _qualifier

    qual, _ = _qualifier(toks, i)
    if article_date is None:
        return DateHit(i, end, None, qualifier=qual, relative=True, skip=skip,
                       why=f"a relative {unit}; the article's date is unknown")
    return DateHit(i, end, shifted(article_date, unit, n), qualifier=qual, relative=True, skip=skip,
                   why=f"the {which} {unit} from the article's date")


_FOLLOWING = frozenset(w + e for w in ("التالي", "اللاحق") for e in ("", "ه"))
_AFTER_IT = frozenset("تلاه تلته يليه تليه اعقبه اعقبته".split())


def _following(toks, i, unit, last_year, skip):
    """'في العام التالي', 'السنة اللاحقة': the year after the date written before it (a
    narrative's own time), unknown where none is; a following week or month, unknown."""
    from .dates import DateHit, _iso, _qualifier

    qual, _ = _qualifier(toks, i)
    if unit == "year" and last_year is not None:
        return DateHit(i, i + 2, _iso(last_year + 1), qualifier=qual, relative=True, skip=skip,
                       why="'the following year': the year after the date before it")
    return DateHit(i, i + 2, None, qualifier=qual, relative=True, skip=skip,
                   why=f"'the following {unit}': after a time the text names, not the article's date")


def _same_year(toks, i, last_year, skip=0):
    from .dates import DateHit, _iso, _qualifier

    qual, _ = _qualifier(toks, i)
    if last_year is None:
        return DateHit(i, i + 2, None, qualifier=qual, relative=True, skip=skip,
                       why="'the same year', and no year is written before it")
    return DateHit(i, i + 2, _iso(last_year), qualifier=qual, relative=True, skip=skip,
                   why="'the same year': the year of the date before it")


def _bare_period(toks, i, article_date, unit, skip):
    """'بنهاية العام', 'مطلع الشهر', 'منتصف السنة': the article's own year (month, week)
    when a time qualifier says which part of it; "the year" alone says nothing."""
    from .dates import _qualifier

    qual, _ = _qualifier(toks, i)
    if not qual or not any(q in qual for q in ("end", "start", "mid")):
        return None
    return _hit(toks, i, i + 1, article_date, unit, 0, skip, "current")


def _day(toks, i, end, article_date, n, skip):
    from .dates import WEEKDAYS, DateHit

    if end < len(toks) and toks[end].text in WEEKDAYS:
        end += 1  # أمس الاثنين
    what = {-2: "two days before", -1: "the day before", 0: "the day of", 1: "the day after",
            2: "two days after"}[n]
    if article_date is None:
        return DateHit(i, end, None, relative=True, skip=skip,
                       why=f"{what} the article's date, which is unknown")
    return DateHit(i, end, shifted(article_date, "day", n), relative=True, skip=skip,
                   why=f"{what} the article's date")


def _part(toks, i, article_date, last_year, base, skip):
    """'الربع الأول من العام المقبل', 'النصف الثاني من عام 2026', 'السداسي الأول لسنة 2025'."""
    from .dates import DateHit, _iso, _qualifier, _year

    kind, count = _PARTS[base]
    n = _PART_ORDINALS.get(toks[i + 1].text) if i + 1 < len(toks) else None
    if n is None or n > count:
        return None
    n = n or count  # الأخير: the last
    j = i + 2
    word = lambda k: toks[k].text if k < len(toks) and toks[k].sentence == toks[i].sentence else ""  # noqa: E731
    if word(j) == "من":
        j += 1
    year, rel, why = None, False, ""
    if word(j) in ("عام", "لعام", "سنه", "لسنه", "العام", "السنه", "للعام", "للسنه") \
            and word(j + 1)[:1].isdigit() and _year(toks[j + 1]):  # "من العام 2026": that year
        year, j = _year(toks[j + 1]), j + 2
    elif word(j)[:1].isdigit() and _year(toks[j]):
        year, j = _year(toks[j]), j + 1
    elif word(j) in ("العام", "السنه", "للعام", "للسنه"):
        rel, j = True, j + 1
        after = word(j)
        if after in SAME:
            year, j = last_year, j + 1
            why = "of 'the same year'"
        elif after in RELATIVE:
            j += 1
            if article_date:
                year = article_date[0] + _direction(after)
        elif article_date or last_year:
            year = last_year or article_date[0]  # "من العام": the year just written, else this one
    elif kind == "H" and (month := _part_of_month(toks, i, j, article_date, last_year, skip, n)):
        return month
    else:
        return None
    qual, _ = _qualifier(toks, i)
    label = {"Q": "quarter", "H": "half"}[kind]
    if year is None:
        return DateHit(i, j, None, qualifier=qual, relative=True, skip=skip,
                       why=f"a {label} of a relative year, and the year is unknown")
    return DateHit(i, j, f"{_iso(year)}-{kind}{n}", qualifier=qual, relative=rel, skip=skip,
                   why=f"{label} {n} of {year}" + (f" ({why})" if why else ""))


def _part_of_month(toks, i, j, article_date, last_year, skip, n):
    """'النصف الأول من كانون الأول': a half of a month is that month (its start or end),
    never the first day of it."""

    if j >= len(toks) or toks[j - 1].text != "من":
        return None
    hit = _month_of_part(toks, j, article_date, last_year)
    if hit is None:
        return None
    hit.start, hit.skip = i, skip
    hit.qualifier = hit.qualifier or ("start" if n == 1 else "end")
    return hit


def _week_of(toks, i, article_date, last_year, skip):
    """'الأسبوع الأول من الشهر المقبل', 'الأسبوع الأخير من أيلول': a week of a month is that
    month at its start, middle or end (never the month's first day, as the ordinal alone
    would read)."""

    n = _PART_ORDINALS[toks[i + 1].text]
    j = i + 3
    if j >= len(toks) or toks[i + 2].text != "من" or toks[j].sentence != toks[i].sentence:
        return None
    hit = _month_of_part(toks, j, article_date, last_year)
    if hit is None:
        return None
    hit.start, hit.skip = i, skip
    hit.qualifier = hit.qualifier or ("start" if n == 1 else "end" if n in (0, 4) else "mid")
    return hit


def _month_of_part(toks, j, article_date, last_year):
    """The month (a month-precision date) at j after 'النصف الأول من', 'الأسبوع الأخير من',
    maybe after شهر. A month that is also a word (مارس, آب) is a month here: the part word
    before من says so, as في would."""
    from .dates import _date_at, month_at

    if j < len(toks) and toks[j].text == "شهر":
        j += 1
    if j >= len(toks):
        return None
    if month_at([t.text for t in toks[j:j + 3]], 0):
        t = toks[j - 1]
        cued = toks[:j - 1] + [Tok("في", t.start, t.end, t.sentence)] + toks[j:j + 8]
        hit = _date_at(cued, [t.text for t in cued], j, article_date, last_year)
    else:  # "الأسبوع الأول من الشهر المقبل"
        hit = _date_at(toks, [t.text for t in toks], j, article_date, last_year)
    if hit is None or hit.start != j or not hit.value or len(hit.value) != 7:
        return None
    return hit


# "the same year/month/day" (ذات الشهر, الشهر نفسه, في نفس اليوم, بذات العام): the date written
# before it, at that precision
_SAME_UNITS = {"العام": 4, "السنه": 4, "الشهر": 7, "اليوم": 10}
_SAME_BEFORE = _forms(["نفس", "ذات"]) | {c + w: (w, len(c)) for w in ("نفس", "ذات") for c in ("ب", "وب", "ل", "ول")}
_SAME_PERIOD = _forms(_SAME_UNITS)
SAME_STARTERS = frozenset(_SAME_BEFORE) | frozenset(_SAME_PERIOD)


def same_period(toks, i, last_value):
    """'في ذات الشهر', 'الشهر نفسه', 'في اليوم ذاته' at i: (DateHit or None, end), where the
    hit is the date before it (``last_value``) cut to the period's precision, None when that
    date is not as precise (or there is none); or None when no such phrase starts at i. The
    phrase is read either way, so its اليوم is never the article's day."""
    from .dates import DateHit, _qualifier

    if i + 1 >= len(toks) or toks[i + 1].sentence != toks[i].sentence:
        return None
    w, nxt = toks[i].text, toks[i + 1].text
    if w in _SAME_BEFORE and nxt in _SAME_UNITS:
        unit, skip = nxt, _SAME_BEFORE[w][1]
    elif w in _SAME_PERIOD and nxt in SAME:
        unit, skip = _SAME_PERIOD[w]
    else:
        return None
    n = _SAME_UNITS[unit]
    if not last_value or len(last_value) < n or not last_value[:n].replace("-", "").isdigit():
        return None, i + 2
    qual, _ = _qualifier(toks, i)
    return DateHit(i, i + 2, last_value[:n], qualifier=qual, relative=True, skip=skip,
                   why=f"'the same {unit}': the date before it"), i + 2
