"""Hijri dates, as the Gregorian dates they fall on (the labels' and the reader's calendar):

- a day, month and year (``12 رجب 1446 هـ``), converted; without a year (``27 رمضان
  الماضي``, ``15 شعبان``) the year is the article's Hijri year, moved by the relative word;
- a month alone: with its year (``محرم 1447 هـ``), with a relative word (``رمضان المقبل``,
  ``ربيع الأول الماضي``, ``شوال الحالي``), after ``شهر`` (``في شهر رمضان``) or after a
  time word (``في رمضان``, ``منذ شوال``): the Gregorian month in which that Hijri month
  begins. A name alone is no month (``أحمد رمضان``, ``سلاح محرم دولياً``), and صفر and رجب,
  also "zero" and a first name, only after ``شهر``, before a year or a relative word;
- a Hijri year (``عام 1436هـ``): the Gregorian year most of it falls in;
- an outlet's stated equivalence, either way round (``25 ربيع الآخر 1447هـ الموافق 18
  أكتوبر 2025م``, ``18 أكتوبر 2025م الموافق 25 ربيع الآخر 1447هـ``): the Gregorian day
  stated is the Hijri day's value (a month begins by sighting, so tables can be a day off).
"""

from __future__ import annotations

import datetime as dt

HIJRI_MARKS = ("ه", "هـ", "للهجره", "هجريه", "هجري", "الهجريه", "الهجري")
EQUALS = {"الموافق", "الموافقه", "ويوافق", "يوافق", "الموافقان"}
_MONTH_NOUNS = {"شهر", "وشهر", "بشهر", "لشهر", "فشهر", "وبشهر", "ولشهر", "شهري"}
_CUES = {"في", "وفي", "خلال", "وخلال", "منذ", "ومنذ", "حتي", "وحتي", "قبل", "قبيل", "بعد", "بعيد", "حلول",
         "مطلع", "اواخر", "نهايه", "بدايه", "منتصف", "اوائل", "مستهل", "غره", "بحلول", "طيله", "طوال"}
_EPITHETS = {"المبارك", "الفضيل", "الكريم", "المعظم", "الحرام"}  # "رمضان المبارك المقبل"


def _to_gregorian(year: int, month: int, day: int = 1):
    try:
        from hijridate import Hijri

        return Hijri(year, month, day).to_gregorian()
    except (ImportError, ValueError, OverflowError):
        return None


def _article_hijri(article_date) -> tuple[int, int, int] | None:
    try:
        from hijridate import Gregorian

        y, m, d = article_date
        h = Gregorian(y, m, d or 15).to_hijri()
        return h.year, h.month, h.day
    except (ImportError, ValueError, OverflowError, TypeError):
        return None


def _implicit_year(month: int, day: int | None, rel: str, article_date) -> int | None:
    """The Hijri year of a month (day) written without one: the article's, or the last
    (next) such month before (after) the article's date when a relative word says so."""
    from .relative import NEXT, PAST

    here = _article_hijri(article_date) if article_date else None
    if here is None:
        return None
    hy, hm, hd = here
    when, now = (month, day or 0), (hm, hd if day else 0)
    if rel in PAST:
        return hy if when < now else hy - 1
    if rel in NEXT:
        return hy if when > now else hy + 1
    return hy


def hijri_day(toks, start, end, year, month, day, qual, article_date=None):
    """A Hijri day and month, with its year or (without one) resolved as _implicit_year."""
    from .dates import DateHit, _iso
    from .relative import RELATIVE

    relative = year is None
    if relative:
        rel = toks[end].text if end < len(toks) and toks[end].sentence == toks[start].sentence else ""
        if rel in RELATIVE:
            end += 1
        year = _implicit_year(month, day, rel, article_date)
        if year is None:
            return DateHit(start, end, None, qualifier=qual, relative=True, calendar="hijri",
                           why="a Hijri day and month without a year; the article's date is unknown")
    g = _to_gregorian(year, month, day)
    if g is None:
        return DateHit(start, end, None, qualifier=qual, relative=relative, calendar="hijri",
                       why=f"Hijri {year}-{month:02d}-{day:02d} (outside the convertible range)")
    why = f"Hijri {year}-{month:02d}-{day:02d}, converted" + (" (the year from the article's date)" if relative else "")
    return DateHit(start, end, _iso(g.year, g.month, g.day), qualifier=qual, relative=relative,
                   calendar="hijri", why=why)


def hijri_month(toks, i, end, month, article_date):
    """A Hijri month without a day at toks[i:end] (see the module): the Gregorian month it
    begins in, or None when nothing around the name makes it a month."""
    from .dates import DateHit, _after_month, _iso, _qualifier, year_at
    from .relative import RELATIVE

    s = toks[i].sentence
    word = lambda k: toks[k].text if 0 <= k < len(toks) and toks[k].sentence == s else ""  # noqa: E731
    number = month.number
    year, after = year_at(toks, _after_month(toks, end), s)
    qual, _ = _qualifier(toks, i)
    after_noun = word(i - 1) in _MONTH_NOUNS and not month.clitic
    if year is not None and 1300 <= year < 1500:
        end = after + (word(after) in HIJRI_MARKS)
        rel, why = False, f"Hijri month {number} of {year}"
    else:
        j = end + (word(end) in _EPITHETS)
        rel_word = word(j)
        cue = after_noun or qual or word(i - 1) in _CUES
        if rel_word in RELATIVE:
            end = j + 1
        elif not (after_noun or cue and not month.ambiguous):
            return None
        else:
            rel_word = ""
        year = _implicit_year(number, None, rel_word, article_date) if article_date else None
        rel, why = True, f"Hijri month {number}, its year from the article's date"
        if year is None:
            return DateHit(i, end, None, qualifier=qual, relative=True, calendar="hijri",
                           why="a Hijri month without a year; the article's date is unknown")
    g = _to_gregorian(year, number)
    if g is None:
        return DateHit(i, end, None, qualifier=qual, relative=rel, calendar="hijri",
                       why=why + " (outside the convertible range)")
    return DateHit(i, end, _iso(g.year, g.month), qualifier=qual, relative=rel, calendar="hijri",
                   why=why + ": the Gregorian month it begins in")


def hijri_year(toks, i, year):
    """'عام 1436هـ': a Hijri year, as the Gregorian year most of it falls in (a Hijri year
    is eleven days shorter, so it straddles two)."""
    from .dates import DateHit, _iso, _qualifier

    start = i - 1 if i and toks[i - 1].text in ("عام", "العام", "لعام", "سنه", "لسنه") else i
    g = _to_gregorian(year, 7, 1)
    if g is None:
        value, why = None, f"Hijri year {year} (outside the convertible range)"
    else:
        value, why = _iso(g.year), f"Hijri year {year}: the Gregorian year it mostly falls in"
    qual, _ = _qualifier(toks, start)
    return DateHit(start, i + 2, value, qualifier=qual, calendar="hijri", why=why)


def as_stated(toks, hits) -> None:
    """A Hijri date and the Gregorian one the outlet states for it, with الموافق or in
    brackets, in either order (``25 ربيع الآخر 1447هـ الموافق 18 أكتوبر 2025م``, ``عام
    1447هـ (2026م)``): the Hijri one takes the stated value when the tables are at most two
    days (a year: one year) off."""
    for a, b in zip(hits, hits[1:], strict=False):
        if {a.calendar, b.calendar} != {"hijri", "gregorian"} or not (a.value and b.value) \
                or len(a.value) != len(b.value) or len(a.value) not in (4, 10) or a.value == b.value:
            continue
        between = [t.text for t in toks[a.end:b.start]]
        if between[:1] in (["م"], ["ه"], ["هـ"]):
            between = between[1:]  # "2025م الموافق": the era mark may sit outside the first date
        if not (len(between) == 1 and between[0] in EQUALS or between == ["("]):
            continue
        hijri, stated = (a, b) if a.calendar == "hijri" else (b, a)
        if len(a.value) == 4:
            near = abs(int(hijri.value) - int(stated.value)) <= 1
        else:
            near = abs(dt.date.fromisoformat(hijri.value) - dt.date.fromisoformat(stated.value)).days <= 2
        if near:
            hijri.value = stated.value
            hijri.why += ", as the Gregorian date the outlet states for it"
