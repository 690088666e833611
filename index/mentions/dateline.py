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
import re

from .dates import WEEKDAYS, DateHit, find_dates
from .tokens import Tok

HEAD_CHARS = 600  # a dateline sits near the top
LONG_HEAD_CHARS = 1500  # below a long header, only a line of the date alone (see article_date)
TAIL_CHARS = 400  # or, in some outlets, at the very end
SHORT_LINE = 40  # a line this short holding a full date is a date line
_PUBLISHED = {"نشر", "نشرت", "النشر", "بتاريخ", "تاريخ", "published", "date"}
_UPDATED = {"تحديث", "التحديث", "تعديل", "updated", "modified"}
_SEPARATORS = "-–—|:،,/ـ"  # ـ: the long dash of «القدس العربي»'s datelines
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
    near = [w for w in prefix[-3:] if w in _PUBLISHED or w in _UPDATED]
    if near:  # "آخر تحديث 15 مارس - نشر 14 مارس": the cue nearest the date names it
        published = near[-1] in _PUBLISHED
    rest = [w for w in prefix if w not in _PUBLISHED and w not in _UPDATED and w not in _CUE_FILLERS]
    if any(w in _SENTENCE_WORDS for w in rest):
        return None
    return 0 if published else 2


def article_date(text: str, toks: list[Tok]) -> str | None:
    """The article's own date (ISO day, or month where the dateline gives only that, as
    briefs and reports do) from its dateline, or None."""
    head = 0
    while head < len(toks) and toks[head].end <= HEAD_CHARS:
        head += 1
    tail = None
    if len(text) > HEAD_CHARS:
        tail_from = max(HEAD_CHARS, len(text) - TAIL_CHARS)
        tail = bisect.bisect_left([t.start for t in toks[head:]], tail_from) + head
    head_hits = find_dates(toks[:head], None)  # read once: three of the readers below use it
    found = _best(text, toks, 0, head, hits=head_hits)
    if found is None and tail is not None:
        found = _best(text, toks, tail, len(toks))
    if found is None:
        found = _yearless(text, toks, head, head_hits)
    if found is None:
        found = _best(text, toks, 0, head, precision=7, hits=head_hits)
    if found is None and tail is not None:
        found = _best(text, toks, tail, len(toks), precision=7)  # a column signed "عمّان، آذار 2026"
    if found is None and tail is not None and tail > head:
        # a long headline, summary or byline block pushes the date line down: below the head,
        # only a line that is the date alone or a published/updated cue is the dateline
        found = _best(text, toks, head, min(tail, _index_at(toks, LONG_HEAD_CHARS)), strict=True)
    if found is None and tail is not None:
        found = _cue_line(text, toks)
    if found is None:
        found = _wire_stamp(text)
    return found


# KUNA's footer stamp: day, hour and minute, GMT (جمت), the month's first letters, the year's
# last two digits ("كونا191254 جمت نوف 25"): the dateline above it gives day and month only
_STAMP = re.compile(r"(\d{2})(\d{4})\s*جمت\s*([\u0621-\u064A]{3})\s*(\d{2})\b")
_STAMP_MONTHS = {"ينا": 1, "فبر": 2, "مار": 3, "ابر": 4, "أبر": 4, "ماي": 5, "مايو": 5, "يون": 6, "يول": 7,
                 "اغس": 8, "أغس": 8, "سبت": 9, "اكت": 10, "أكت": 10, "نوف": 11, "ديس": 12}


def _wire_stamp(text: str) -> str | None:
    """The date of an agency's footer stamp in the last lines, when nothing else gives one."""
    found = None
    for m in _STAMP.finditer(text, max(0, len(text) - TAIL_CHARS)):
        month = _STAMP_MONTHS.get(m.group(3))
        day = int(m.group(1))
        if month and 1 <= day <= 31:
            found = f"20{m.group(4)}-{month:02d}-{day:02d}"
    return found


CUE_LINE_CHARS = 100  # a published/updated line anywhere (between the body and a footer's links)


def _cue_line(text: str, toks: list[Tok]) -> str | None:
    """A short line opening with 'نشر في'/'تاريخ النشر'/'آخر تحديث' anywhere in the article:
    pages saved with their share bar or related links put it mid-text. Only the cue words'
    lines are read (no second pass over the article's dates)."""
    best = None
    for k, t in enumerate(toks):
        if t.text not in _PUBLISHED and t.text not in _UPDATED:
            continue
        line_start = text.rfind("\n", 0, t.start) + 1
        line_end = text.find("\n", t.end)
        line_end = len(text) if line_end == -1 else line_end
        if line_end - line_start > CUE_LINE_CHARS or t.start - line_start > 20:
            continue
        lo = k
        while lo and toks[lo - 1].start >= line_start:
            lo -= 1
        hi = k
        while hi < len(toks) and toks[hi].end <= line_end:
            hi += 1
        found = _best(text, toks, lo, hi)
        if found is not None and (best is None or t.text in _PUBLISHED):
            best = found
            if t.text in _PUBLISHED:
                break
    return best


def _index_at(toks: list[Tok], chars: int) -> int:
    return bisect.bisect_left([t.start for t in toks], chars)


def _yearless(text: str, toks: list[Tok], head: int, hits: list[DateHit]) -> str | None:
    """'عمان 3 أيار (بترا)- ... عقدها اليوم الأحد': a dateline without a year, whose year the
    article fixes: the one year, of those it writes (and the years beside them), in which that
    day falls on the weekday the dateline or 'اليوم <weekday>' names."""
    import datetime as dt

    from .weekdays import WEEKDAY_NUMBER

    region = toks[:head]
    for hit in hits:
        if not (hit.relative and hit.value is None and hit.calendar == "gregorian"
                and hit.why.startswith("day and month")):
            continue
        if _rank(text, toks, hit.start, hit.end) != 1:
            continue
        dated = find_dates(region[hit.start:hit.end], (2000, 1, 1))
        if len(dated) != 1 or not dated[0].value or len(dated[0].value) != 10:
            continue
        month, day = int(dated[0].value[5:7]), int(dated[0].value[8:])
        line = toks[hit.start].sentence
        named = [WEEKDAY_NUMBER[t.text] for t in toks[max(0, hit.start - 3):hit.end]
                 if t.text in WEEKDAY_NUMBER and t.sentence == line]
        near = toks[hit.end:hit.end + 80]
        named += [WEEKDAY_NUMBER[b.text] for a, b in zip(near, near[1:], strict=False)
                  if a.text == "اليوم" and b.text in WEEKDAY_NUMBER]
        written = {int(t.text) for t in toks
                   if len(t.text) == 4 and t.text.isdigit() and 1990 <= int(t.text) <= 2100}
        years = {y + k for y in written for k in (-1, 0, 1)}
        fits = set()
        for y in years:
            try:
                weekday = dt.date(y, month, day).weekday()
            except ValueError:
                continue
            if named and all(w == weekday for w in named):
                fits.add(y)
        if len(fits) == 1:
            return f"{fits.pop():04d}-{month:02d}-{day:02d}"
        return None
    return None


def _best(text: str, toks: list[Tok], lo: int, hi: int, precision: int = 10,
          hits: list[DateHit] | None = None, strict: bool = False) -> str | None:
    best: tuple[int, int, str] | None = None  # (rank, position, value)
    region = toks[lo:hi]
    hits = [h for h in (find_dates(region, None) if hits is None else hits)
            if h.value and len(h.value) == precision and not h.relative and not h.high]
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
        if precision == 7 and not _bare_month_line(text, toks, lo + hit.start, lo + hit.end):
            continue
        if strict and rank != 0 and not _alone_on_line(text, region[hit.start].start, region[hit.end - 1].end):
            continue
        if rank is not None and (best is None or rank < best[0]):
            best = (rank, hit.start, value)
    return best[2] if best else None


def _alone_on_line(text: str, a: int, b: int) -> bool:
    """The date is its line, give or take a weekday, separators and a time of day."""
    line_start = text.rfind("\n", 0, a) + 1
    line_end = text.find("\n", b)
    rest = text[line_start:a] + " " + text[b:line_end if line_end != -1 else len(text)]
    words = [w for w in rest.split() if any(c.isalpha() for c in w)]
    return len(rest.strip()) <= 20 and len(words) <= 2


def _rank(text: str, toks: list[Tok], start: int, end: int) -> int | None:
    """0: after a 'published' cue; 1: a dateline's shape; 2: after 'updated'; None: no dateline."""
    if _today_stated(toks, start):
        return 1  # "... اليوم الثلاثاء (20 كانون الثاني 2026)، إن": today's date, in brackets
    a, b = toks[start].start, toks[end - 1].end
    line_start = text.rfind("\n", 0, a) + 1
    line_end = text.find("\n", b)
    line = text[line_start:line_end if line_end != -1 else len(text)]
    k = start
    while k > 0 and toks[k - 1].start >= line_start and start - k <= _MAX_PREFIX + _TIME_ROOM:
        k -= 1
    prefix = _without_time([t.text for t in toks[k:start]])
    if prefix and prefix[-1] == "الموافق":
        return 0  # the Gregorian date after a Hijri one
    cue = _cue(prefix)
    if cue is not None:
        return cue
    if _place_then_in(prefix):
        return 1  # "تونس في 12 جانفي 2025 -", "رام الله 12-10-2025 وفا-"
    if len(line.strip()) <= SHORT_LINE or not prefix:
        return 1
    rest = text[b:line_end if line_end != -1 else len(text)].lstrip()
    if rest[:1] == "(" and 0 < rest.find(")") <= 30:  # "عمان 3 أيار (بترا)-": the agency, then the dash
        rest = rest[rest.find(")") + 1:].lstrip()
    label = [w for w in prefix if w not in WEEKDAYS]
    if rest[:1] in "-–—|/ـ" and len(label) <= 2 and not any(w in _SENTENCE_WORDS for w in prefix):
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


_TIME_ROOM = 6  # "آخر تحديث: 14:35 بتوقيت بغداد، 12 ...": a time of day before the date
_TIME_WORDS = {":", "بتوقيت", "توقيت", "الساعه", "صباحا", "مساء", "مساءا", "ص", "م", "غرينتش", "غرينيتش"}


def _today_stated(toks: list[Tok], start: int) -> bool:
    """The date follows 'اليوم <weekday>' in brackets or after الموافق: the article's day."""
    k = start - 1
    if k >= 0 and toks[k].text in ("(", "الموافق", ","):
        k -= 1
    return k >= 1 and toks[k].text in WEEKDAYS and toks[k - 1].text in ("اليوم", "واليوم") \
        and toks[k].sentence == toks[start].sentence


def _without_time(prefix: list[str]) -> list[str]:
    """The prefix without a time of day (digits, colons, بتوقيت and the place after it)."""
    out, after_zone = [], False
    for w in prefix:
        if w.isdigit() or w in _TIME_WORDS:
            after_zone = w in ("بتوقيت", "توقيت")
            continue
        if after_zone and w not in _SEPARATORS:
            continue  # the zone's place: "بتوقيت مكة المكرمة"
        after_zone = False
        out.append(w)
    return out if len(out) < len(prefix) else prefix


def _place_then_in(prefix: list[str]) -> bool:
    """A known place (then في, يوم, a weekday) opening the line before the date: a press
    release's or agency's dateline (``رام الله 12-10-2025 وفا-``, ``تونس في 12 جانفي 2025``)."""
    from .entities import gazetteer

    words = [w for w in _without_agency(prefix) if w not in _SEPARATORS and w not in WEEKDAYS and w != "("]
    if words[-1:] == ["يوم"]:
        words = words[:-1]  # "القاهرة في يوم 12 أكتوبر 2025"
    if words[-1:] == ["في"]:
        words = words[:-1]
    return 1 <= len(words) <= 3 and tuple(words) in gazetteer()


def _without_agency(prefix: list[str]) -> list[str]:
    """The prefix without an agency's short name in brackets: '(واس) الرياض', 'الرياض (واس)',
    '(د ب أ) برلين' are a place's dateline."""
    out, k = [], 0
    while k < len(prefix):
        if prefix[k] == "(" and ")" in prefix[k + 1:k + 5]:
            k = prefix.index(")", k + 1) + 1
            continue
        out.append(prefix[k])
        k += 1
    return out


def _bare_month_line(text: str, toks: list[Tok], start: int, end: int) -> bool:
    """A month and year as a report's or brief's date: alone on its line, or after a
    separator or a cue (``موجز رقم 4/2026 - كانون الثاني 2026``, ``تاريخ النشر: آذار 2026``),
    never inside a headline's words (``خطة الحكومة لشهر آذار 2026``)."""
    a, b = toks[start].start, toks[end - 1].end
    line_start = text.rfind("\n", 0, a) + 1
    line_end = text.find("\n", b)
    before = text[line_start:a].strip()
    after = text[b:line_end if line_end != -1 else len(text)].strip()
    if after and after[0] not in _SEPARATORS and not after.startswith("("):
        return False
    k = start
    while k > 0 and toks[k - 1].start >= line_start:
        k -= 1
    prefix = [t.text for t in toks[k:start]]
    return not before or before[-1] in _SEPARATORS or _cue(prefix) is not None
