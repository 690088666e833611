"""Two dates written as the ends of one span, of any precision: ``من 28 شباط حتى 5 آذار
2026``, ``بين 12 أيار و3 حزيران 2024``, ``من تموز 2024 إلى آذار 2025``, ``خلال الفترة من
10 نوفمبر 2024 إلى 15 يناير 2025``, ``12 أيار – 3 حزيران 2024``: one date from the first to
the second (``value`` and ``high``), as a range of days within a month already is; a part
word may open either end (``منذ غرة جانفي إلى موفى شهر ماي المنقضي``, ``من منتصف 2024 إلى
نهاية 2025``).

The first end often leaves its year to the second (``من 28 شباط حتى 5 آذار 2026``): it
takes the second's year, or the year before when it would otherwise fall after it. Two
dates side by side without an opener (``في 12 أيار و3 حزيران``) are a list, not a span.
"""

from __future__ import annotations

_TO = {"الي", "حتي", "وحتي", "لغايه", "ولغايه", "-", "–", "—"}
_AND = {"و"}
_FROM = {"من", "ومن", "منذ", "ومنذ"}
_BETWEEN = {"بين", "وبين"}
_DASHES = {"-", "–", "—"}
_BARE_OPENERS = {"من", "منذ", "بين"}  # inside the span, as a range of years keeps them


def join_ranges(toks, hits) -> list:
    """The hits with each pair that writes a span merged into one (see the module)."""
    out = []
    for hit in hits:
        prev = out[-1] if out else None
        merged = _joined(toks, prev, hit) if prev is not None else None
        if merged is not None:
            out[-1] = merged
        else:
            out.append(hit)
    return out


def _joined(toks, a, b):
    from .dates import DateHit

    glued = b.start == a.end and toks[b.start].text[:1] == "و"  # "بين أكتوبر 2023 وفبراير 2024"
    if not (a.value and b.value) or a.high or b.high or b.start <= a.end and not glued or a.calendar != b.calendar:
        return None
    if toks[a.start].sentence != toks[b.end - 1].sentence or len(b.value) < len(a.value) - 3:
        return None
    joiner = "و" if glued else toks[a.end].text
    if any(not _part_word(t.text) for t in toks[a.end + 1:b.start]):
        return None  # only "نهاية", "موفى شهر" may stand between the joiner and the second end
    o = a.start - 1
    while o > a.start - 4 and o >= 0 and _part_word(toks[o].text):
        o -= 1  # "من منتصف 2024": the opener before the first end's qualifier
    opener = toks[o].text if o >= 0 and toks[o].sentence == toks[a.start].sentence else ""
    first = toks[a.start].text
    opened_by = opener if opener in _FROM | _BETWEEN else first if first in _FROM | _BETWEEN else ""
    if joiner in _AND:
        if opened_by not in _BETWEEN:
            return None
    elif joiner not in _TO or not (opened_by in _FROM or joiner in _DASHES):
        return None
    value = a.value
    if a.relative and not b.relative and a.calendar == "gregorian" and len(value) in (7, 10):
        value = _in_year_of(value, b.value)  # "من 28 شباط حتى 5 آذار 2026"
    if value[:len(b.value)] > b.value[:len(value)] or value == b.value:
        return None
    start = o if opener == opened_by and opener in _BARE_OPENERS else a.start
    return DateHit(start, b.end, value, high=b.value, qualifier=a.qualifier,
                   relative=a.relative and b.relative, why="a span from one date to the next: " + a.why,
                   calendar=a.calendar, skip=a.skip if start == a.start else 0)


def _in_year_of(value: str, last: str) -> str:
    """The first end's month (and day) in the second end's year, or the year before it."""
    year = int(last[:4])
    moved = f"{year:04d}{value[4:]}"
    if moved[:len(last)] > last[:len(moved)]:
        moved = f"{year - 1:04d}{value[4:]}"
    return moved


def _part_word(word: str) -> bool:
    """A qualifier of a date's part (نهاية، مطلع، موفى) or the noun شهر/عام before a name."""
    from .dates import QUALIFIERS

    return word in ("شهر", "عام", "سنه") or word in QUALIFIERS and QUALIFIERS[word] in ("start", "mid", "end")
