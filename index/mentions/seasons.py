"""A season as a date: ``الربيع الماضي``, ``الصيف المقبل``, ``هذا الشتاء``, and a bare season
after a time word (``قبل الصيف``, ``قبل نهاية الصيف``, ``بحلول الخريف``): the year it falls in.

A past season is the last one that ended before the article's date (spring, written in
September, is this year's); a coming or bare one the next that has not ended. Winter runs
from December: it is dated by the year of its December. ``الربيع العربي`` and other names
built on a season are no date (only a relative word or a time word makes it one).
"""

from __future__ import annotations

_MONTHS = {"الربيع": (3, 5), "الصيف": (6, 8), "الخريف": (9, 11), "الشتاء": (12, 14)}
_TIME_WORDS = {"قبل", "بعد", "بحلول", "حتي", "نهايه", "مطلع", "منتصف", "بدايه", "اواخر", "اوائل",
               "خلال", "طوال", "ختام", "موفي", "مستهل"}


def season_at(toks, i, article_date, base, skip):
    from .dates import DateHit, _qualifier
    from .relative import CURRENT, NEXT, PAST

    s = toks[i].sentence
    nxt = toks[i + 1].text if i + 1 < len(toks) and toks[i + 1].sentence == s else ""
    prev = toks[i - 1].text if i and toks[i - 1].sentence == s else ""
    this = prev in ("هذا", "وهذا")
    if nxt in PAST | NEXT | CURRENT:
        way, end = ("past" if nxt in PAST else "next" if nxt in NEXT else "this"), i + 2
    elif this:
        way, end = "this", i + 1
    elif prev and (prev in _TIME_WORDS or prev[1:] in _TIME_WORDS) and not nxt.startswith("ال"):
        way, end = "next", i + 1
    else:
        return None
    start = i - 1 if this else i
    qual, _ = _qualifier(toks, start)
    if article_date is None:
        return DateHit(start, end, None, qualifier=qual, relative=True, skip=skip,
                       why="a season; the article's date is unknown")
    y, m, _ = article_date
    first, last = _MONTHS[base]
    if base == "الشتاء" and m <= 2:
        m += 12  # January and February are in the winter of the December before
        y -= 1
    if way == "past":
        year = y if m > last else y - 1
    elif way == "next" and nxt in NEXT:
        year = y if m < first else y + 1
    elif way == "next":
        year = y if m <= last else y + 1
    else:
        year = y
    return DateHit(start, end, f"{year:04d}", qualifier=qual, relative=True, skip=skip,
                   why=f"the {way} such season from the article's date: its year")
