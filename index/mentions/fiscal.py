"""Years that do not begin in January, named relative to the article's date: a fiscal year
(``العام المالي الحالي``, ``السنة المالية المقبلة``) and a school or academic year
(``العام الدراسي المقبل``, ``للعام الجامعي الحالي``, ``العام الأكاديمي الماضي``).

Such a year is dated, as ``العام المالي 2025/2026`` is, by the year it begins in. A school
year begins in September. A fiscal year is the calendar year unless the article writes one
over two years (``السنة المالية 2026 - 2027``, as Egypt, Kuwait and Pakistan do): then it is
taken to begin in July, so an article of March 2026 is in the fiscal year of 2025.
"""

from __future__ import annotations

FISCAL = {"المالي", "الماليه"}
SCHOOL = {"الدراسي", "الدراسيه", "الجامعي", "الجامعيه", "الاكاديمي", "الاكاديميه"}
KINDS = FISCAL | SCHOOL
_SCHOOL_START, _SPLIT_FISCAL_START = 9, 7


def civil_year_at(toks, i, article_date, skip):
    """'العام المالي المقبل' at toks[i] (العام/السنة under any clitic): a dated hit, or None."""
    from .dates import DateHit, _iso, _qualifier
    from .relative import NEXT, PAST, RELATIVE

    s = toks[i].sentence
    kind = toks[i + 1].text if i + 1 < len(toks) and toks[i + 1].sentence == s else ""
    rel = toks[i + 2].text if i + 2 < len(toks) and toks[i + 2].sentence == s else ""
    if kind not in KINDS or rel not in RELATIVE:
        return None
    qual, _ = _qualifier(toks, i)
    name = "fiscal" if kind in FISCAL else "school"
    if article_date is None:
        return DateHit(i, i + 3, None, qualifier=qual, relative=True, skip=skip,
                       why=f"a relative {name} year; the article's date is unknown")
    y, m, _ = article_date
    start = _SCHOOL_START if name == "school" else _SPLIT_FISCAL_START if _split_fiscal(toks) else 1
    current = y if m >= start else y - 1
    n = -1 if rel in PAST else 1 if rel in NEXT else 0
    why = f"the {name} year {'before' if n < 0 else 'after' if n > 0 else 'of'} the article's date" \
          f" (a year beginning in month {start}, dated by the year it begins in)"
    return DateHit(i, i + 3, _iso(current + n), qualifier=qual, relative=True, skip=skip, why=why)


def _split_fiscal(toks) -> bool:
    """Does the article write a fiscal year over two years ('المالية 2026 - 2027')?"""
    for k, t in enumerate(toks[:-3]):
        if t.text in FISCAL and toks[k + 1].text.isdigit() and toks[k + 2].text in ("-", "–", "/") \
                and toks[k + 3].text.isdigit() and len(toks[k + 1].text) == len(toks[k + 3].text) == 4:
            return True
    return False
