"""Feasts that date an event: 'بعد عيد الفطر', 'قبل عيد الأضحى المقبل', 'عشية المولد
النبوي', 'رأس السنة الهجرية'. A Hijri feast is the Gregorian day its Hijri day falls on:
in the article's Hijri year unless a relative word moves it, or the clause looks ahead
(the next one) while this year's has passed. 'رأس السنة' alone is 1 January.
"""

from __future__ import annotations

# the words after عيد (or the name itself) -> (Hijri month, day)
_FEASTS = {("عيد", "الفطر"): (10, 1), ("عيد", "الاضحي"): (12, 10), ("المولد", "النبوي"): (3, 12),
           ("راس", "السنه", "الهجريه"): (1, 1), ("عاشوراء",): (1, 10)}
STARTERS = frozenset(c + k[0] for k in _FEASTS for c in ("", "و", "ب", "ل", "وب", "ول"))


def feast_at(toks, i, article_date):
    """A feast's date starting at toks[i], or None."""
    from .dates import DateHit, _iso, _qualifier
    from .hijri import _implicit_year, _to_gregorian
    from .relative import RELATIVE
    from .spans import future_clause

    s = toks[i].sentence
    words = [t.text for t in toks[i:i + 4] if t.sentence == s]
    if not words:
        return None
    head = next((words[0][n:] for n in range(3) if words[0][n:] in {k[0] for k in _FEASTS}), None)
    if head is None:
        return None
    key = next((k for k in _FEASTS if k[0] == head and tuple(words[1:len(k)]) == k[1:]), None)
    if key is None:
        return None
    month, day = _FEASTS[key]
    end = i + len(key)
    skip = len(words[0]) - len(head)
    rel = toks[end].text if end < len(toks) and toks[end].sentence == s else ""
    if rel in RELATIVE:
        end += 1
    elif future_clause(toks, i):
        rel = "المقبل"  # "سيعود بعد عيد الفطر": the next one
    year = _implicit_year(month, day, rel, article_date) if article_date else None
    qual, _ = _qualifier(toks, i)
    g = _to_gregorian(year, month, day) if year else None
    value = _iso(g.year, g.month, g.day) if g else None
    return DateHit(i, end, value, qualifier=qual, relative=True, skip=skip, calendar="hijri",
                   why=f"a feast: Hijri day {day} of month {month}" + (f" of {year}" if year else ", year unknown"))
