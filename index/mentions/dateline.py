"""The article's own date: a date line near the top (or at the very end) of the article.

Outlets write it in a handful of shapes, all read here by what surrounds a full date on
its line rather than by any one outlet's layout:

- a short line holding the date (``الثلاثاء 14 كانون الثاني 2025``, ``23 يوليو، 2024``);
- ``city – weekday date`` glued to the first paragraph (``بغداد – الأحد 12 يناير 2025 (رويترز) -``);
- a desk or unit, ``|``, city and date (``المحرر السياسي | بغداد 9 حزيران 2024``);
- a cue: ``نشر في``, ``تاريخ النشر``, ``بتاريخ`` (the date published wins over ``آخر تحديث``);
- a Hijri date, ``الموافق``, then the Gregorian one (the Gregorian one is taken);
- any of these in the last lines of the article, when the top has none.

A date inside a sentence (``أعلنت الوزارة في 12 يناير 2025``) is never the article's date:
on a long line the words before the date must be a dateline's (a place, a weekday, a desk
name and separators), none a preposition or a verb's particle.
"""

from __future__ import annotations

import bisect

from .dates import WEEKDAYS, find_dates
from .tokens import Tok

HEAD_CHARS = 600  # a dateline sits near the top
TAIL_CHARS = 400  # or, in some outlets, at the very end
SHORT_LINE = 40  # a line this short holding a full date is a date line
_PUBLISHED = {"نشر", "نشرت", "النشر", "بتاريخ", "تاريخ"}
_UPDATED = {"تحديث", "التحديث", "تعديل"}
_SEPARATORS = "-–—|:،,"
# words a dateline's prefix never holds: a date after them belongs to a sentence
_SENTENCE_WORDS = {"في", "منذ", "حتي", "قبل", "بعد", "بحلول", "خلال", "من", "الي", "علي", "عن",
                   "ان", "انه", "انها", "الذي", "التي", "ما", "مع", "عام", "العام", "يوم"}
_MAX_PREFIX = 8  # words before the date on its line
_CUE_FILLERS = {"في", "يوم", "اخر", ":", "-", "|", ","}


def _cue(prefix: list[str]) -> int | None:
    """'نشر في', 'تاريخ النشر:', 'آخر تحديث:' opening the line: 0 published, 2 updated."""
    head = prefix[:3]
    published = any(w in _PUBLISHED for w in head)
    if not (published or any(w in _UPDATED for w in head)) or len(prefix) > _MAX_PREFIX:
        return None
    rest = [w for w in prefix if w not in _PUBLISHED and w not in _UPDATED and w not in _CUE_FILLERS]
    if any(w in _SENTENCE_WORDS for w in rest):
        return None
    return 0 if published else 2


def article_date(text: str, toks: list[Tok]) -> str | None:
    """The article's own date (ISO day) from its dateline, or None."""
    head = 0
    while head < len(toks) and toks[head].end <= HEAD_CHARS:
        head += 1
    found = _best(text, toks, 0, head)
    if found is None and len(text) > HEAD_CHARS:
        tail_from = max(HEAD_CHARS, len(text) - TAIL_CHARS)
        first = bisect.bisect_left([t.start for t in toks[head:]], tail_from) + head
        found = _best(text, toks, first, len(toks))
    return found


def _best(text: str, toks: list[Tok], lo: int, hi: int) -> str | None:
    best: tuple[int, int, str] | None = None  # (rank, position, value)
    region = toks[lo:hi]
    hits = [h for h in find_dates(region, None)
            if h.value and len(h.value) == 10 and not h.relative and not h.high]
    for n, hit in enumerate(hits):
        if hit.end < len(region) and region[hit.end].text == "الموافق":
            continue  # the Gregorian date that follows is the one to take
        later = hits[n + 1] if n + 1 < len(hits) else None
        if hit.calendar == "hijri" and later is not None and later.calendar != "hijri" \
                and later.start - hit.end <= 2 and region[later.start].sentence == region[hit.end - 1].sentence \
                and "\n" not in text[region[hit.end - 1].end:region[later.start].start]:
            value = later.value  # "5 ربيع الآخر 1448هـ - 17 سبتمبر 2026م": the Gregorian one, as after الموافق
        else:
            value = hit.value
        rank = _rank(text, toks, lo + hit.start, lo + hit.end)
        if rank is not None and (best is None or rank < best[0]):
            best = (rank, hit.start, value)
    return best[2] if best else None


def _rank(text: str, toks: list[Tok], start: int, end: int) -> int | None:
    """0: after a 'published' cue; 1: a dateline's shape; 2: after 'updated'; None: no dateline."""
    a, b = toks[start].start, toks[end - 1].end
    line_start = text.rfind("\n", 0, a) + 1
    line_end = text.find("\n", b)
    line = text[line_start:line_end if line_end != -1 else len(text)]
    k = start
    while k > 0 and toks[k - 1].start >= line_start and start - k <= _MAX_PREFIX:
        k -= 1
    prefix = [t.text for t in toks[k:start]]
    if prefix and prefix[-1] == "الموافق":
        return 0  # the Gregorian date after a Hijri one
    cue = _cue(prefix)
    if cue is not None:
        return cue
    if len(line.strip()) <= SHORT_LINE or not prefix:
        return 1
    rest = text[b:line_end if line_end != -1 else len(text)].lstrip()
    label = [w for w in prefix if w not in WEEKDAYS]
    if rest[:1] in "-–—|" and len(label) <= 2 and not any(w in _SENTENCE_WORDS for w in prefix):
        return 1  # "حلقة الثلاثاء 10 آذار 2026 – البث المباشر …": a label, the date, a separator
    if len(prefix) > _MAX_PREFIX or any(w in _SENTENCE_WORDS for w in prefix):
        return None
    raw = text[line_start:a]
    cut = max(raw.rfind(s) for s in _SEPARATORS)
    if cut < 0:
        return None
    after = [w for w in prefix if w not in _SEPARATORS and w not in WEEKDAYS]
    # the words after the last separator: a place of up to three words, then a weekday
    words_after = len(raw[cut + 1:].split())
    return 1 if after and words_after <= 4 else None
