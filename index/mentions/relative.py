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

PAST = {"الماضي", "المنصرم", "الفائت", "السابق", "الماضيه", "المنصرمه", "الفائته", "السابقه",
        "الفارط", "الفارطه"}  # الفارط: Tunisian
NEXT = {"المقبل", "القادم", "التالي", "المقبله", "القادمه", "التاليه"}
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
_DAYS = {"امس": -1, "البارحه": -1, "غدا": 1}
DAY_FORMS = _forms(_DAYS)
_PARTS = {"الربع": ("Q", 4), "الثلاثي": ("Q", 4), "الفصل": ("Q", 4), "النصف": ("H", 2),
          "السداسي": ("H", 2)}
PART_FORMS = _forms(_PARTS)
_PART_ORDINALS = {"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الاخير": 0}
AGO_FORMS = {"قبل": ("قبل", 0), "منذ": ("منذ", 0), "ومنذ": ("منذ", 1), "وقبل": ("قبل", 1)}
# today and tonight, bare or under و/ف: the article's own day, as أمس is the day before it
_TODAY = {c + w: w for w in ("اليوم", "الليله") for c in ("", "و", "ف")}
_DAY_NOUN_AFTER = {"نفسه", "ذاته", "التالي", "السابق"}
_NOT_TODAY_BEFORE = {"هذا", "ذلك", "كل", "ذات", "طوال", "طيله", "في"}
_TOMORROW = {"غد", "الغد"}
_TIMES_OF_DAY = {"صباح", "مساء", "ظهر", "فجر", "ليل", "حتي", "منذ"}


def _WEEKDAY_WORDS():
    from .dates import WEEKDAYS
    return WEEKDAYS


STARTERS = frozenset(PERIOD_FORMS) | set(DAY_FORMS) | set(PART_FORMS) | set(AGO_FORMS) | set(_TODAY) | {
    "هذا", "هذه", "نفس", "اول", "بعد", "غد", "الغد"}

# time units after قبل/منذ: form -> (unit, how many the word alone says: 1, 2, or None)
_AGO_UNITS: dict[str, tuple[str, int | None]] = {}
for _unit, _one, _two, _many in (
        ("year", "عام سنه", "عامين سنتين", "عاما اعوام سنوات سنين سنه"),
        ("month", "شهر", "شهرين", "شهرا اشهر شهور"),
        ("week", "اسبوع", "اسبوعين", "اسبوعا اسابيع"),
        ("day", "يوم", "يومين", "يوما ايام"),
        ("decade", "عقد", "عقدين", "عقود")):
    for _w in _many.split():
        _AGO_UNITS[_w] = (_unit, None)
    for _w in _one.split():
        _AGO_UNITS[_w] = (_unit, 1)
    for _w in _two.split():
        _AGO_UNITS[_w] = (_unit, 2)
# words before منذ that make it "for (a duration)", not "ago": المستمرة منذ عقد, لم ... منذ
_DURATIVE = ("مستمر", "المستمر", "متواصل", "المتواصل", "يستمر", "تستمر", "استمر", "يتواصل",
             "تتواصل", "يعيش", "تعيش", "يقيم", "تقيم", "محتجز", "معتقل", "عالق", "يعاني", "تعاني")
_DURATIVE_WORDS = {"لم", "لا", "زال", "يزال", "تزال", "مازال", "طوال", "طيله", "ظل", "ظلت"}


def week(day: dt.date) -> str:
    year, number, _ = day.isocalendar()
    return f"{year:04d}-W{number:02d}"


def shifted(article_date, unit: str, n: int) -> str:
    """The period ``n`` units from the article's date, at the unit's precision."""
    from .dates import _iso

    y, m, d = article_date
    if unit == "year":
        return _iso(y + n)
    if unit == "decade":
        return _iso(y + 10 * n)
    if unit == "month":
        total = y * 12 + m - 1 + n
        return _iso(total // 12, total % 12 + 1)
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
    if w in ("هذا", "هذه") and PERIOD_FORMS.get(nxt, ("",))[0] in ("العام", "السنه", "الشهر", "الاسبوع"):
        return _hit(toks, i, i + 2, article_date, _PERIOD[PERIOD_FORMS[nxt][0]], 0, 0, "this")
    if w == "نفس" and nxt in ("العام", "السنه"):
        return _same_year(toks, i, last_year)
    if w in PERIOD_FORMS:
        base, skip = PERIOD_FORMS[w]
        unit = _PERIOD[base]
        if unit == "year" and nxt in SAME:
            return _same_year(toks, i, last_year, skip)
        if nxt in RELATIVE:
            which = {-1: "previous", 1: "next", 0: "current"}[_direction(nxt)]
            return _hit(toks, i, i + 2, article_date, unit, _direction(nxt), skip, which)
        if base != "عام" and not nxt[:1].isdigit():
            return _bare_period(toks, i, article_date, unit, skip)
        return None
    if w in DAY_FORMS:
        base, skip = DAY_FORMS[w]
        n, end = _DAYS[base], i + 1
        if base == "امس" and nxt == "الاول":  # أمس الأول: the day before yesterday
            n, end = -2, i + 2
        return _day(toks, i, end, article_date, n, skip)
    if w == "اول" and nxt == "امس":
        return _day(toks, i, i + 2, article_date, -2, 0)
    if w == "بعد" and nxt == "غد":
        return _day(toks, i, i + 2, article_date, 2, 0)
    if w in _TODAY:
        from .dates import WEEKDAYS

        skip = len(w) - len(_TODAY[w])
        if nxt in WEEKDAYS:  # اليوم الثلاثاء: the article's own day
            return _day(toks, i, i + 2, article_date, 0, skip)
        same = i + 1 >= len(toks) or toks[i + 1].sentence != toks[i].sentence
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
        return _ago(toks, i, article_date, *AGO_FORMS[w])
    return None


def _hit(toks, i, end, article_date, unit, n, skip, which):
    from .dates import DateHit, _qualifier

    qual, _ = _qualifier(toks, i)
    if article_date is None:
        return DateHit(i, end, None, qualifier=qual, relative=True, skip=skip,
                       why=f"a relative {unit}; the article's date is unknown")
    return DateHit(i, end, shifted(article_date, unit, n), qualifier=qual, relative=True, skip=skip,
                   why=f"the {which} {unit} from the article's date")


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
    if word(j) in ("عام", "لعام", "سنه", "لسنه") and word(j + 1)[:1].isdigit() and _year(toks[j + 1]):
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
        elif article_date:
            year = article_date[0]  # "من العام": this year
    else:
        return None
    qual, _ = _qualifier(toks, i)
    label = {"Q": "quarter", "H": "half"}[kind]
    if year is None:
        return DateHit(i, j, None, qualifier=qual, relative=True, skip=skip,
                       why=f"a {label} of a relative year, and the year is unknown")
    return DateHit(i, j, f"{_iso(year)}-{kind}{n}", qualifier=qual, relative=rel, skip=skip,
                   why=f"{label} {n} of {year}" + (f" ({why})" if why else ""))


def _ago(toks, i, article_date, base, skip):
    """'قبل ثلاث سنوات', 'منذ شهرين', 'قبل 10 أعوام': a time before the article's date.
    Not 'قبل عام 2020' (a year), 'قبل يومين من الانتخابات' (before another event), nor
    'المستمرة منذ عقد' / 'لم ... منذ ستة أشهر' (a duration)."""
    from .dates import DateHit, _year
    from .numbers import written_number

    j = i + 1
    if j >= len(toks) or toks[j].sentence != toks[i].sentence:
        return None
    n = None
    if toks[j].text.isdigit() and len(toks[j].text) <= 3:
        n, j = int(toks[j].text), j + 1
    else:
        found = written_number(toks, j)
        if found and found[0] == int(found[0]):
            n, j = int(found[0]), j + found[1]
    if j >= len(toks) or toks[j].text not in _AGO_UNITS:
        return None
    unit, alone = _AGO_UNITS[toks[j].text]
    n = n if n is not None else alone
    end = j + 1
    after = toks[end].text if end < len(toks) and toks[end].sentence == toks[i].sentence else ""
    if n is None or not 0 < n <= 200 or after == "من" or (after[:1].isdigit() and _year(toks[end])):
        return None
    if base == "منذ" and _durative(toks, i):
        return None
    if unit == "decade":
        unit, n = "year", 10 * n
    if article_date is None:
        return DateHit(i, end, None, relative=True, skip=skip,
                       why=f"{n} {unit}(s) before the article's date, which is unknown")
    return DateHit(i, end, shifted(article_date, unit, -n), relative=True, skip=skip,
                   why=f"{n} {unit}(s) before the article's date")


def _durative(toks, i) -> bool:
    s = toks[i].sentence
    for k in range(i - 1, max(-1, i - 7), -1):
        if toks[k].sentence != s:
            break
        w = toks[k].text
        if w in _DURATIVE_WORDS or w.startswith(_DURATIVE) or w[1:].startswith(_DURATIVE):
            return True
    return False
