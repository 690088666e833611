"""A day of the month written without the month's name, as Egyptian, Gulf and Levantine
papers write it:

- a day, then the relative word of its month with الشهر left out: ``الخميس 16 الجاري``,
  ``في 20 من الجاري``, ``يوم 3 المقبل`` (الجاري/الحالي always; the past and next words
  only after a weekday, يوم or في, where a count cannot stand);
- day/month digits without a year after يوم or a weekday, or before a relative word:
  ``يوم 12/11``, ``الأحد 25/9 الماضي`` (the day first, as Arabic writes dates).

The month (and year) come from the article's date, as ``20 الشهر الجاري`` does.
"""

from __future__ import annotations

_MASCULINE_PAST = {"الماضي", "المنصرم", "الفائت", "السابق", "الفارط"}
_MASCULINE_NEXT = {"المقبل", "القادم"}
_MASCULINE_NOW = {"الجاري", "الحالي"}
_DAY_NOUNS = {"يوم", "ويوم", "بيوم", "ليوم", "في", "وفي"}


def day_of_unnamed_month(toks, start, i, j, day, article_date):
    """'16 الجاري' with the day at toks[i] and toks[j] after it (من skipped): a hit or None."""
    from .dates import WEEKDAYS, _day_of_relative_month

    s = toks[i].sentence
    rel = toks[j].text if j < len(toks) and toks[j].sentence == s else ""
    if rel not in _MASCULINE_NOW | _MASCULINE_PAST | _MASCULINE_NEXT:
        return None
    before = toks[i - 1].text if i and toks[i - 1].sentence == s else ""
    if rel not in _MASCULINE_NOW and not (before in _DAY_NOUNS or before in WEEKDAYS or start < i):
        return None
    which = "الجاري" if rel in _MASCULINE_NOW else "الماضي" if rel in _MASCULINE_PAST else "المقبل"
    return _day_of_relative_month(toks, start, j + 1, day, which, article_date)


def day_slash_month(toks, start, i, article_date):
    """'يوم 12/11', 'الأحد 25/9 الماضي': day/month digits at toks[i:i+3], or None."""
    from .dates import WEEKDAYS, _qualifier, _relative_day

    s = toks[i].sentence
    if i + 2 >= len(toks) or toks[i + 1].text != "/" or toks[i + 2].sentence != s:
        return None
    a, b = toks[i].text, toks[i + 2].text
    if not (a.isdigit() and b.isdigit() and len(a) <= 2 and len(b) <= 2):
        return None
    day, month = int(a), int(b)
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    end = i + 3
    if end < len(toks) and toks[end].text == "/":
        return None  # a year follows: the full numeric rule's
    before = toks[i - 1].text if i and toks[i - 1].sentence == s else ""
    after = toks[end].text if end < len(toks) and toks[end].sentence == s else ""
    from .relative import RELATIVE

    if not (before in _DAY_NOUNS - {"في", "وفي"} or before in WEEKDAYS or start < i or after in RELATIVE):
        return None
    qual, _ = _qualifier(toks, start)
    return _relative_day(toks, start, end, month, day, article_date, qual)
