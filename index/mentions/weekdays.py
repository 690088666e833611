"""A weekday naming one nearby day: ``يوم الخميس``, ``الأحد الماضي``, ``الثلاثاء المقبل``,
``منذ السبت الفائت``, the wire's bare ``أعلنت الوزارة الأحد``.

News writes the days of the article's own week by name. Without a relative word the tense
says which way to look: a report of what happened (the usual case) means the last such
day on or before the article's date; a clause marked as future (``سـ``, ``سوف``,
``من المقرر``, ``المقبل``) the next one on or after it. ``الماضي`` and ``المقبل`` mean the
one strictly before or after. A weekday used generically (``صلاة الجمعة``, ``كل خميس``,
``أيام الجمعة والسبت``) is no date.
"""

from __future__ import annotations

import datetime as dt

from .spans import future_clause

# normalised weekday names with the article (how news names a day) -> Python weekday
WEEKDAY_NUMBER = {"الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4,
                  "السبت": 5, "الاحد": 6}
_CLITIC_FORMS = {c + w: w for w in WEEKDAY_NUMBER for c in ("", "و", "ف")}
STARTERS = frozenset(_CLITIC_FORMS) | {"يوم", "ويوم"}
# words before a weekday that make it generic, or part of a name
_GENERIC_BEFORE = {"كل", "صلاه", "خطبه", "ايام", "مساجد", "سوق", "جمعه", "لكل", "بكل"}
_GENERIC_AFTER = {"والسبت", "والجمعه", "والخميس", "والاحد"}  # "الجمعة من كل أسبوع", "أيام الخميس والجمعة"
_FROM_ON = {"اعتبارا", "ابتداء", "ابتداءا", "بدءا", "بدء", "انطلاقا"}  # "اعتبارا من الأحد": from then on
_AFTER_RELATIVE = {"التالي", "التاليه"}  # "الخميس التالي": the next after another date, not ours


def weekday_at(toks, i, article_date):
    """A weekday naming a nearby day starting at toks[i] ('يوم' or the weekday), or None."""
    from .dates import DateHit, _date_at
    from .relative import NEXT, PAST

    start, skip, j = i, 0, i
    w = toks[i].text
    if w in ("يوم", "ويوم"):
        skip = len(w) - 3
        j = i + 1
        if j >= len(toks) or toks[j].text not in WEEKDAY_NUMBER:
            return None
    elif w not in _CLITIC_FORMS:
        return None
    else:
        skip = len(w) - len(_CLITIC_FORMS[w])
    day = WEEKDAY_NUMBER[_CLITIC_FORMS[toks[j].text]]
    s = toks[j].sentence
    word = lambda k: toks[k].text if 0 <= k < len(toks) and toks[k].sentence == s else ""  # noqa: E731
    nxt = word(j + 2) if word(j + 1) in ("-", "–", "—", ",", "،", "|", ":") else word(j + 1)
    if nxt[:1].isdigit():
        return None  # "الأحد 12", "الأربعاء - 4 ربيع الأول": a dateline's weekday, or no month
    if word(j + 1) == "من" and word(j + 2) in ("كل", "كلّ"):
        return None  # "الجمعة من كل أسبوع"
    before = word(start - 1)
    if before in WEEKDAY_NUMBER and word(start - 2) in _GENERIC_BEFORE:
        return None  # the second of "أيام الجمعة والسبت"
    if before in _GENERIC_BEFORE or word(j + 1) in _GENERIC_AFTER or word(j + 1) in _AFTER_RELATIVE:
        return None
    if before in WEEKDAY_NUMBER and word(start - 2) in ("ليل", "ليله", "ليلة"):
        return None  # "ليل الخميس الجمعة": one night, dated by its first day
    if before in ("امس", "اليوم", "غد", "غدا", "البارحه"):
        return None  # read with the day word it names (relative.py)
    if word(j + 1) == "الموافق":  # "يوم الثلاثاء الموافق 13 تشرين الأول": the date it names
        hit = _date_at(toks, [t.text for t in toks], j + 2, article_date)
        if hit is not None and hit.start == j + 2:
            hit.start, hit.skip = start, skip
            return hit
        return None
    end = j + 1
    rel = word(end)
    if rel in PAST or rel in NEXT:
        end += 1
    if article_date is None:
        return DateHit(start, end, None, relative=True, skip=skip,
                       why="a weekday naming a nearby day; the article's date is unknown")
    y, m, d = article_date
    if d is None:
        return DateHit(start, end, None, relative=True, skip=skip,
                       why="a weekday naming a nearby day; the article's day is unknown")
    today = dt.date(y, m, d)
    back = (today.weekday() - day) % 7
    ahead = (day - today.weekday()) % 7
    if rel in PAST:
        value, why = today - dt.timedelta(days=back or 7), "the last such weekday before the article's date"
    elif rel in NEXT:
        value, why = today + dt.timedelta(days=ahead or 7), "the next such weekday after the article's date"
    elif future_clause(toks, start) or before in ("بحلول", "وبحلول") or (
            before == "من" and word(start - 2) in _FROM_ON):  # "بحلول الأحد", "اعتبارا من الأحد": ahead
        value, why = today + dt.timedelta(days=ahead), "a weekday in a future clause: the next one from today"
    else:
        value, why = today - dt.timedelta(days=back), "a weekday in a report: the last one up to the article's date"
    return DateHit(start, end, value.isoformat(), relative=True, skip=skip, why=why)
