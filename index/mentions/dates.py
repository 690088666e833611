"""Dates in Arabic news text: Gregorian (any month system), Hijri, numeric, years, ranges and
relative dates, each normalised to ISO at the precision the text gives.

Rules run over normalised tokens (tokens.py), so `أيلول`, `ايلول` and `أيلولَ` are one
word and Arabic-Indic digits are digits. Relative dates are resolved only against a
known article date, and say so; an unknown article date leaves them unresolved.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..arabic.months import FIRST_FORMS, MonthName, month_at
from .date_ranges import join_ranges
from .days import day_of_unnamed_month, day_slash_month
from .hijri import HIJRI_MARKS, as_stated, hijri_day, hijri_month, hijri_year
from .relative import CURRENT, NEXT, PAST, SAME, SAME_STARTERS, same_period
from .relative import STARTERS as RELATIVE_STARTERS
from .tokens import Tok, strip_clitic
from .weekdays import STARTERS as WEEKDAY_STARTERS
from .weekdays import weekday_at

WEEKDAYS = {"الاثنين", "اثنين", "الثلاثاء", "ثلاثاء", "الاربعاء", "اربعاء", "الخميس", "خميس",
            "الجمعه", "جمعه", "السبت", "سبت", "الاحد"}
QUALIFIERS = {
    "نهايه": "end", "اواخر": "end", "ختام": "end", "منتصف": "mid", "اواسط": "mid",
    "بدايه": "start", "مطلع": "start", "اوائل": "start", "مستهل": "start", "بحلول": "by",
    "موفي": "end", "بعيد": "after",
    "قبل": "before", "قبيل": "before", "حتي": "until", "غضون": "within",
    "لغايه": "until", "بعد": "after", "منذ": "since",
}
QUALIFIER_PHRASES = {("لا", "يتجاوز"): "no later than", ("موعد", "اقصاه"): "no later than",
                     ("ابعد", "تقدير"): "at the latest"}
YEAR_CUES = {"عام", "العام", "لعام", "وعام", "سنه", "السنه", "لسنه", "منذ", "خلال", "في", "وفي",
             "بحلول", "حتي", "قبل", "بعد", "مطلع", "نهايه", "بدايه", "منتصف", "اواخر", "اوائل",
             "ختام", "عامي", "سنتي", "بين", "من", "صيف", "شتاء", "ربيع", "خريف",
             "السنوات", "الاعوام", "للسنوات", "للاعوام", "اواسط", "مستهل", "موفي", "قبيل", "بعيد",
             "غضون", "لغايه",
             "موازنه", "ميزانيه", "انتخابات", "موسم"}  # "خلال السنوات 2019 و2020 و2021"; "موازنة 2026 إلى"
# "العاشر من أكتوبر", "الحادي والعشرين من آذار": a day written as an ordinal (always
# followed by من and a month here, so "الأول" alone is never a date)
_ORDINAL_UNITS = {"الاول": 1, "الحادي": 1, "الواحد": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4,
                  "الخامس": 5, "السادس": 6, "السابع": 7, "الثامن": 8, "التاسع": 9}
ORDINAL_TENS = {"العاشر": 10, "العشرين": 20, "العشرون": 20, "الثلاثين": 30, "الثلاثون": 30}


@dataclass
class DateHit:
    start: int  # token indices [start, end)
    end: int
    value: str | None
    high: str | None = None
    qualifier: str | None = None
    relative: bool = False
    why: str = ""
    calendar: str = "gregorian"
    skip: int = 0  # letters of a clitic glued to the first word (و in والعام الماضي)
    used: set[int] = field(default_factory=set)


def _year(tok: Tok) -> int | None:
    t = tok.text
    if t.isdigit() and len(t) == 4:
        y = int(t)
        if 1300 <= y <= 2200:
            return y
    return None


def year_at(toks: list[Tok], k: int, sentence: int) -> tuple[int | None, int]:
    """A year at toks[k] in the given sentence, in digits or spoken (``ألفين وأربعة وعشرين``,
    as transcripts write it): (year, index after it), or (None, k)."""
    if k >= len(toks) or toks[k].sentence != sentence:
        return None, k
    y = _year(toks[k])
    if y is not None:
        return y, k + 1
    return spoken_year(toks, k)


SPOKEN_YEAR_STARTS = frozenset({"الفين", "الفان", "الف"})


def spoken_year(toks: list[Tok], k: int) -> tuple[int | None, int]:
    """'ألفين وخمسة وعشرين' (2025), 'ألف وتسعمئة وتسعين' (1990): a year said in words, as
    a broadcast transcript writes it; never a count (a counted noun after it)."""
    if k >= len(toks) or toks[k].text not in SPOKEN_YEAR_STARTS:
        return None, k
    from .numbers import written_number

    found = written_number(toks, k)
    if not found or found[1] < 2 or not float(found[0]).is_integer():
        return None, k
    y, n = int(found[0]), found[1]
    if not 1900 <= y <= 2099 or _followed_by_unit(toks, k + n):
        return None, k
    return y, k + n


def _day(tok: Tok) -> int | None:
    t = tok.text
    if t.isdigit() and len(t) <= 2 and 1 <= int(t) <= 31:
        return int(t)
    return None


def _iso(y: int | None, m: int | None = None, d: int | None = None) -> str | None:
    if y is None:
        return None
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    try:
        dt.date(y, m, d)
    except ValueError:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _qualifier(toks: list[Tok], i: int) -> tuple[str | None, int]:
    """A time qualifier ending just before toks[i]: (name, index where it starts)."""
    j = i - 1
    if j >= 0 and toks[j].text == "شهر":  # "نهاية شهر مارس"
        j -= 1
    if j >= 0 and toks[j].text in ("من",):  # "نهاية من" is rare; "في" / "من" may sit between
        j -= 1
    if j >= 0 and toks[j].sentence == toks[i - 1 if i else 0].sentence:
        for form in strip_clitic(toks[j].text, allow_al=False):
            if form in QUALIFIERS:
                name = QUALIFIERS[form]
                # "بحلول نهاية" / "قبل منتصف": keep both
                if j >= 1:
                    for outer in strip_clitic(toks[j - 1].text, allow_al=False):
                        if outer in ("بحلول", "قبل", "حتي") and outer != form:
                            return f"{QUALIFIERS[outer]} {name}", j - 1
                return name, j
        if j >= 1 and (toks[j - 1].text, toks[j].text) in QUALIFIER_PHRASES:
            return QUALIFIER_PHRASES[(toks[j - 1].text, toks[j].text)], j - 1
    # "في موعد لا يتجاوز نهاية سبتمبر": a phrase before a qualifier word
    return None, i


_LATIN_MONTHS = {name: n for n, names in enumerate((
    "january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul",
    "august aug", "september sep sept", "october oct", "november nov", "december dec"), start=1)
    for name in names.split()}


def _month(toks: list[Tok], words: list[str], i: int):
    """A month name at i, with an optional '/second name' (سبتمبر/أيلول): (MonthName, end).
    English names too (a wire's or a site's 'March 14, 2025'), only with a day or a year:
    'may' and 'march' are also words."""
    found = month_at(words, i)
    if not found and i < len(words) and words[i] in _LATIN_MONTHS:
        return MonthName(_LATIN_MONTHS[words[i]], "gregorian", 1, True, ""), i + 1
    if not found:
        return None, i
    end = i + found.length
    if end + 1 < len(toks) and toks[end].text in ("/", "("):
        other = month_at(words, end + 1)
        if other and other.calendar == found.calendar:
            close = end + 1 + other.length
            if toks[end].text == "/":
                return found, close
            if close < len(toks) and toks[close].text == ")":  # "سبتمبر (أيلول)": Asharq al-Awsat's style
                return found, close + 1
    if end < len(toks) and toks[end].sentence == toks[i].sentence:
        other = month_at(words, end)  # "سبتمبر أيلول 2026": a transcript's two names, unmarked
        if other and other.calendar == found.calendar and other.number == found.number and not other.clitic:
            return found, end + other.length
    return found, end


def _month_first(toks: list[Tok], k: int, same: int) -> tuple[int, int] | None:
    """A day then a year after a month name ('مارس 14، 2025', 'آذار 14, 2025'): (year, end)."""
    if k + 1 >= len(toks) or toks[k].sentence != same or _day(toks[k]) is None:
        return None
    j = k + 1 + (toks[k + 1].text == ",")
    year = _year(toks[j]) if j < len(toks) and toks[j].sentence == same else None
    if year is None or not 1900 <= year <= 2100:
        return None
    return year, j + 1


_DATE_SEPARATORS = frozenset({"/", "-", "–"})
# "بين عامي 2019 و2022", "للعامين 2025 و2026": two years named together, under any clitic
_YEAR_PAIRS = frozenset(c + w for w in ("عامي", "سنتي", "العامين", "السنتين") for c in ("", "و", "ل", "ب", "في")) | {
    "للعامين", "وللعامين", "للسنتين"}
# two years after a plural: "في الأعوام 2012 و2013", "خلال السنوات «2021 و2022»": one range
_YEAR_LISTS = frozenset(c + w for w in ("الاعوام", "السنوات", "اعوام", "سنوات") for c in ("", "و", "ب", "وب")) | {
    "للاعوام", "للسنوات"}
_YEAR_PAIRS = _YEAR_PAIRS | _YEAR_LISTS
_YEAR_WORDS = frozenset({"عام", "العام", "لعام", "وعام", "سنه", "السنه", "لسنه"})  # inside the mention
_HONORIFICS = frozenset({"المبارك", "الكريم", "المعظم", "الحرام", "الفضيل"})  # رمضان المبارك 1446


def _after_month(toks: list[Tok], j: int) -> int:
    """Skip a comma, a month's honorific or 'من عام' between a month and its year."""
    if j + 1 < len(toks) and toks[j].text in _HONORIFICS and toks[j + 1].is_number:
        j += 1
    if j < len(toks) and toks[j].text == ",":
        j += 1
    if j + 1 < len(toks) and toks[j].text in ("من", "عام", "لعام", "سنه"):
        if toks[j].text == "من" and toks[j + 1].text in ("عام", "العام"):
            return j + 2
        if toks[j].text in ("عام", "لعام", "سنه"):
            return j + 1
    return j


def _ordinal_day(toks: list[Tok], i: int) -> tuple[int | None, int]:
    """'العاشر', 'الحادي عشر', 'الخامس والعشرين', 'الثلاثين' at i: (day, index after it)."""
    first = toks[i].text
    if first in ORDINAL_TENS:
        return ORDINAL_TENS[first], i + 1
    unit = _ORDINAL_UNITS[first]
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    if nxt == "عشر" and unit != 1 or nxt == "عشر" and first == "الحادي":
        return 10 + unit, i + 2
    if nxt[:1] == "و" and nxt[1:] in ORDINAL_TENS and ORDINAL_TENS[nxt[1:]] >= 20:
        day = ORDINAL_TENS[nxt[1:]] + unit
        return (day, i + 2) if day <= 31 else (None, i + 1)
    if first in ("الحادي", "الواحد"):
        return None, i + 1  # "الحادي" alone is no day
    return unit, i + 1


ORDINAL_STARTS = frozenset(_ORDINAL_UNITS) | set(ORDINAL_TENS)
_FIRST_OF_MONTH = frozenset({"غره", "وغره", "بغره", "فاتح", "وفاتح", "بفاتح", "اول", "واول", "باول"})  # فاتح: Moroccan

# Words a date can begin with besides numbers and month names (see _date_at).
_STARTERS_READ_FIRST = frozenset({*WEEKDAYS, *ORDINAL_STARTS, *_FIRST_OF_MONTH, *SPOKEN_YEAR_STARTS, *FIRST_FORMS,
                                   *_YEAR_PAIRS})
_STARTERS = frozenset({*WEEKDAYS, *ORDINAL_STARTS, *_FIRST_OF_MONTH, *_YEAR_PAIRS, *RELATIVE_STARTERS,
                       *WEEKDAY_STARTERS, *SPOKEN_YEAR_STARTS})


# starters no rule of _date_at reads before the relative ones: straight to those
_WORDS_ONLY = frozenset((RELATIVE_STARTERS | WEEKDAY_STARTERS) - _STARTERS_READ_FIRST)


def find_dates(toks: list[Tok], article_date: tuple[int, int, int] | None) -> list[DateHit]:
    words = [t.text for t in toks]
    hits: list[DateHit] = []
    taken: set[int] = set()
    last_year = None  # of the last date read: "أبريل من العام نفسه" is in it
    last_value = None  # the last date read: "في ذات الشهر" is its month
    last_sentence, written_year = -1, None  # the last year written, and its sentence
    i = 0
    while i < len(toks):
        word = words[i]
        if word in SAME_STARTERS and i not in taken:
            same = same_period(toks, i, last_value)
            if same is not None:  # "في ذات الشهر": the date before it; none, but not today
                if same[0] is not None:
                    hits.append(same[0])
                    taken.update(range(i, same[1]))
                i = same[1]
                continue
        if not (word[0].isdigit() or word in _STARTERS or word[1:] in _STARTERS
                or (word in FIRST_FORMS and month_at(words, i))
                or (word in _LATIN_MONTHS and i + 1 < len(toks) and words[i + 1][0].isdigit())):
            i += 1  # no date starts here: most words, skipped cheaply
            continue
        if word in _WORDS_ONLY:  # "العام", "قبل", "يوم": only the relative rules can start here
            hit = _relative_words(toks, i, article_date, last_year)
        else:
            hit = _date_at(toks, words, i, article_date, last_year,
                           written_year if last_sentence == toks[i].sentence else None)
        if hit is not None and not (set(range(hit.start, hit.end)) & taken):
            hits.append(hit)
            if hit.value:
                last_year = int((hit.high or hit.value)[:4])
                last_value = hit.high or hit.value
                if not hit.relative:  # a year as written (not "14 رمضان" read in the article's)
                    last_sentence, written_year = toks[hit.end - 1].sentence, last_year
            taken.update(range(hit.start, hit.end))
            i = hit.end
        else:
            i += 1
    as_stated(toks, hits)
    _within(toks, hits)
    return join_ranges(toks, hits)


def _within(toks, hits) -> None:
    """'خلال العامين المقبلين', 'في غضون الأشهر الثلاثة المقبلة': a coming period after خلال or
    غضون is a deadline, qualifier within (its value is the period's end, as read)."""
    for h in hits:
        if h.qualifier is None and h.relative and h.start and toks[h.end - 1].text in NEXT \
                and toks[h.start - 1].sentence == toks[h.start].sentence \
                and toks[h.start - 1].text in ("خلال", "وخلال", "غضون", "وفي غضون"):
            h.qualifier = "within"
        after = [t.text for t in toks[h.end:h.end + 3] if t.sentence == toks[h.end - 1].sentence]
        if h.qualifier is None and after in (["علي", "ابعد", "تقدير"], ["كحد", "اقصي"], ["بحد", "اقصي"]):
            h.qualifier = "no later than"  # "في سبتمبر 2026 على أبعد تقدير"


def _date_at(toks, words, i, article_date, last_year=None, sentence_year=None) -> DateHit | None:
    """The date at i; ``sentence_year`` is the year of a date read before it in its sentence,
    which a month or day written without a year is in."""
    if i >= len(toks):  # asked past the text's end (a weekday then الموافق ending an article)
        return None
    tok = toks[i]
    same = toks[i].sentence
    # weekday + day: "الاثنين 9 من أيلول"
    start = i
    if tok.text in WEEKDAYS and i + 1 < len(toks) and (_day(toks[i + 1]) or toks[i + 1].text in ORDINAL_STARTS):
        i += 1
        tok = toks[i]
    day, j = _day(tok), i + 1
    if tok.text in _FIRST_OF_MONTH:  # "غرة جانفي": the first day of the month (Maghrebi, Gulf)
        day = 1
    ordinal = day is None and tok.text in ORDINAL_STARTS
    if ordinal:
        day, j = _ordinal_day(toks, i)
    if day is not None and i and toks[i - 1].text == ":" and toks[i - 1].end == tok.start:
        return None  # "10:05-16 مايو 2026": the minutes of a time, not a day (16 is the day)
    last_day = None  # "من 1 إلى 15 يناير", "بين 10 و12 ديسمبر", "10-12 ديسمبر"
    if day is not None and j + 1 < len(toks) and j == i + 1 and toks[j].text in ("الي", "حتي", "و", "-", "–"):
        last_day = _day(toks[j + 1])
        if last_day is not None and last_day > day:
            j += 2
        else:
            last_day = None
    if day is not None:
        if j < len(toks) and toks[j].text == "من":
            j += 1
            if j < len(toks) and toks[j].text == "شهر":  # "15 من شهر رمضان"
                j += 1
        elif ordinal:
            day = None  # an ordinal is a day only as "العاشر من ..."
    if day is not None and j + 1 < len(toks) and toks[j].text == "الشهر" and toks[j + 1].text in PAST | NEXT | CURRENT:
        return _day_of_relative_month(toks, start, j + 2, day, toks[j + 1].text, article_date)
    if day is not None and j + 1 < len(toks) and toks[j].text == "هذا" and toks[j + 1].text == "الشهر":
        return _day_of_relative_month(toks, start, j + 2, day, "الجاري", article_date)  # "العاشر من هذا الشهر"
    if day is not None and (unnamed := day_of_unnamed_month(toks, start, i, j, day, article_date)):
        return unnamed  # "الخميس 16 الجاري"
    if day is not None and j == i + 1 and j + 1 < len(toks) and toks[j].text in _DATE_SEPARATORS \
            and (named := month_at(words, j + 1)) and j + 2 + named.length < len(toks) \
            and toks[j + 1 + named.length].text == toks[j].text and toks[j + 2 + named.length].is_number:
        j += 1  # "14/آذار/2025", "14-آذار-2025": separators around the month's name, then the year
    if day is not None:
        month, end = _month(toks, words, j)
        if month and toks[j].sentence == same:
            if toks[j - 1].text in _DATE_SEPARATORS and end + 1 < len(toks) and toks[end].text == toks[j - 1].text \
                    and toks[end + 1].is_number:
                end += 1  # the separator before the year
            k = _after_month(toks, end)
            year, after_year = year_at(toks, k, same)
            hijri = month.calendar == "hijri"
            if year is not None:
                end = after_year
                if hijri and end < len(toks) and toks[end].text in ("ه", "هـ"):
                    end += 1
            if last_day is not None and start and toks[start - 1].text in ("من", "بين", "وبين"):
                start -= 1
            qual, _ = _qualifier(toks, start)
            if hijri:
                return hijri_day(toks, start, end, year, month.number, day, qual, article_date)
            if year is not None:
                hit = DateHit(start, end, _iso(year, month.number, day), qualifier=qual,
                              why="day, month and year as written")
            else:
                hit = _relative_day(toks, start, end, month.number, day, article_date, qual, sentence_year)
            if last_day is not None and hit.value and len(hit.value) == 10:
                hit.high = _iso(int(hit.value[:4]), month.number, last_day)
                hit.why = "a range of days: " + hit.why
            return hit
    # dotted 5.6.2026 or 2026.06.05: one token (numbers keep their separators)
    if tok.is_number and tok.text.count(".") == 2:
        a, b, c = tok.text.split(".")
        if a.isdigit() and b.isdigit() and c.isdigit():
            hit = _numeric_hit(toks, i, i + 1, a, b, c)
            if hit:
                return hit
    # numeric 12/3/2025, 2025-03-12, 12-07-1446 هـ, 1446/07/12
    if tok.is_number and i + 4 < len(toks) and toks[i + 1].text in ("/", "-") and toks[i + 3].text == toks[i + 1].text:
        a, b, c = toks[i].text, toks[i + 2].text, toks[i + 4].text
        if a.isdigit() and b.isdigit() and c.isdigit():
            hit = _numeric_hit(toks, i, i + 5, a, b, c)
            if hit:
                return hit
    if tok.is_number and (short := day_slash_month(toks, start, i, article_date)):
        return short  # "يوم 12/11"
    # month (+ year / relative word)
    month, end = _month(toks, words, i)
    if month and month.calendar == "hijri":
        return hijri_month(toks, i, end, month, article_date)
    if month and month.calendar == "gregorian":
        k = _after_month(toks, end)
        qual, _ = _qualifier(toks, i)
        first = _month_first(toks, k, same)
        if first is not None:  # "مارس 14، 2025": the order of sites set to English dates
            return DateHit(i, first[1], _iso(first[0], month.number, _day(toks[k])), qualifier=qual,
                           why="month, day and year (the month first)")
        year, after_year = year_at(toks, k, same)
        if year is not None and not _followed_by_unit(toks, after_year):
            return DateHit(i, after_year, _iso(year, month.number), qualifier=qual,
                           why="month and year as written")
        if words[i] in _LATIN_MONTHS:
            return None  # an English name only with its day or year: "may" is a word
        pair = _month_pair(toks, words, i, end, month.number, article_date, qual)
        if pair is not None:
            return pair
        rel = _relative_month(toks, end, month.number, article_date, last_year)
        if rel is not None:
            value, rel_end, why = rel
            return DateHit(i, rel_end, value, qualifier=qual, relative=True, why=why)
        part = qual is not None and any(q in qual for q in ("start", "mid", "end"))
        prep = i and toks[i - 1].text in _MONTH_PREPOSITIONS and not month.clitic and words[i] != "اب"
        if month.ambiguous and not (part or prep or i and toks[i - 1].text == "شهر" and not month.clitic):
            return None  # "آب" is "father", "مارس" "he practised": a month after شهر, مطلع or في (آب: not في)
        # a month alone ("في سبتمبر/أيلول"): relative to the article's year
        after_cue = i > 0 and toks[i - 1].text in ("في", "وفي", "منذ", "حتي", "خلال", "شهر", "موعد", "قبل", "بعد", "من")
        if (qual or end > i + 1 or after_cue) and sentence_year is not None:
            return DateHit(i, end, _iso(sentence_year, month.number), qualifier=qual, relative=True,
                           why="a month without a year: the year of the date before it in its sentence")
        if qual or end > i + 1 or after_cue:
            value = _iso(article_date[0] + (month.number < article_date[1] and _ahead(toks, i))
                         - (month.number > article_date[1] and _since(toks, i)), month.number) \
                if article_date else None  # "ستجرى الانتخابات في مارس": the next March; "منذ أكتوبر": the last
            why = ("a month without a year: the article's year" if value else
                   "a month without a year, and the article's date is unknown")
            return DateHit(i, end, value, qualifier=qual, relative=True, why=why)
        return None
    # year ranges: "بين عامي 2025 و2026", "من 2025 إلى 2026"
    if tok.text in _YEAR_PAIRS and i + 3 < len(toks):
        first = i + 1 + (toks[i + 1].text in ("«", '"', "“", "("))  # 'الأعوام «2012 و2013»'
        y1 = _year(toks[first]) if first < len(toks) else None
        k = first + 1
        if k < len(toks) and toks[k].text == "و":
            k += 1
        y2 = _year(toks[k]) if k < len(toks) and toks[k].sentence == same else None
        k += 1
        if tok.text in _YEAR_LISTS and k + 1 < len(toks) and toks[k].text == "و" and _year(toks[k + 1]):
            y2 = None  # "السنوات 2019 و2020 و2021": a list of years, each a date (two are a span)
        if y1 and y2 and y2 > y1:
            start = i - 1 if i and toks[i - 1].text in ("بين", "وبين") else i
            if k < len(toks) and first > i + 1 and toks[k].text in ("»", '"', "”", ")"):
                k += 1
            return DateHit(start, k, _iso(y1), high=_iso(y2), why="a range of years")
    # a year after a cue word: "عام 2014", "نهاية 2026", "في 2025"
    year = _year(tok)
    if year is not None and 1300 <= year < 1500 and i + 1 < len(toks) and toks[i + 1].text in HIJRI_MARKS:
        return hijri_year(toks, i, year)
    if tok.text in SPOKEN_YEAR_STARTS:
        return _spoken_year_hit(toks, i)
    span = _year_range(toks, i, year) if year is not None else None
    if span is not None:
        return DateHit(span[0], span[1], _iso(year), high=_iso(span[2]), why="a range of years")
    if year is not None and _counted_range(toks, i):
        return None  # "بين 1990 و2000 جندي": counts
    if year is not None and i + 2 < len(toks) and toks[i + 1].text in ("-", "–", "/") \
            and toks[i + 1].start == tok.end and toks[i + 2].start == toks[i + 1].end:
        last = _year(toks[i + 2])  # "2020-2021", "2025/2026": one span of years
        short = toks[i + 2].text
        if last is None and len(short) == 2 and short.isdigit():  # "2025-26", "2024/25": the century's
            last = year // 100 * 100 + int(short)  # two digits of a fiscal or school year's end
            last = last if year < last <= year + 9 else None
        if last is not None and year < last <= year + 10 and not _followed_by_unit(toks, i + 3):
            start = i - 1 if i and toks[i - 1].text in ("عام", "العام", "عامي", "للعام", "لعام", "موسم") else i
            return DateHit(start, i + 3, _iso(year), high=_iso(last), why="a range of years")
    if year is not None and i and toks[i - 1].sentence == same and not _followed_by_unit(toks, i + 1):
        cue = toks[i - 1].text
        if any(f in YEAR_CUES for f in strip_clitic(cue, allow_al=False)) or cue in YEAR_CUES \
                or cue[1:] in ("من", "في"):
            if 1900 <= year <= 2100:
                qual, _ = _qualifier(toks, i - 1 if cue in _YEAR_WORDS else i)
                start = i - 1 if cue in _YEAR_WORDS else i
                end = i + 1
                if end + 1 < len(toks) and toks[end].text in ("حتي", "الي", "لغايه") \
                        and toks[end + 1].text in _NOW:  # "من 2019 حتى اليوم": since that year
                    end, qual = end + 2, qual or "since"
                return DateHit(start, end, _iso(year), qualifier=qual, why="a year")
    if year is not None and 1950 <= year <= 2099 and not _followed_by_noun(toks, i + 1) \
            and not _counted_context(toks, i):
        return DateHit(i, i + 1, _iso(year), why="a year: four digits from 1950 to 2099, no unit")
    # relative years and months: "العام الماضي", "الشهر الجاري", "أمس الاثنين"
    return _relative_words(toks, i, article_date, last_year)


def _counted_range(toks, i) -> bool:
    """'1990 و2000 جندي': the first of a range of counts with a unit after the second."""
    return (i + 2 < len(toks) and toks[i + 1].text in ("و", "الي", "حتي", "-", "–")
            and toks[i + 2].is_number and _followed_by_unit(toks, i + 3))


def _counted_context(toks, i) -> bool:
    """Words around a bare four-digit number that make it a count, not a year: a hedge
    before it (نحو 2000, أكثر من 2000), a range or percent after it, a number beside it."""
    from .figures import APPROX
    from .labels import names_a_thing

    prev = toks[i - 1].text if i else ""
    if prev and names_a_thing(toks, i):
        return True  # "القرار 2020", "رؤية السعودية 2030": a name, neither a year nor a count
    if prev in ("من", "عن") and i >= 2:
        prev = toks[i - 2].text
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    if prev == "و" and i >= 2 and _year(toks[i - 2]) and not nxt[:1].isdigit():
        return False  # "السنوات 2019 و2020": the next of a list of years
    return (prev in APPROX or prev in _BEFORE_COUNTS or (i and toks[i - 1].is_number)
            or nxt in _AFTER_COUNTS or nxt[:1].isdigit()
            or (nxt == "في" and i + 2 < len(toks) and toks[i + 2].text in ("المئه", "المائه")))


_BEFORE_COUNTS = {"بين", "وبين", "يبلغ", "بلغ", "بلغت", "تبلغ", "الي", "حتي", "و"}
_AFTER_COUNTS = {"الي", "حتي", "و", "-", "–", "%", "٪", "بالمئه", "بالمائه"}
_NOW = {"اليوم", "الان", "الآن", "يومنا"}


def _followed_by_unit(toks, k) -> bool:
    from .figures import unit_of

    return k < len(toks) and unit_of(toks[k].text) is not None and toks[k].text not in ("عام", "العام")


def _followed_by_noun(toks, k) -> bool:
    """A bare four-digit number with a counted noun the lexicon knows after it (2000 برميل,
    2025 شاحنة), not only a unit of the vocabulary: a count that looks like a year. Only
    for a number with no cue before it: after a month or عام a year is a year, whatever
    follows it (منذ أبريل 2023 حربا)."""
    from .units import known_noun

    return _followed_by_unit(toks, k) or (
        k < len(toks) and toks[k].sentence == toks[k - 1].sentence and toks[k].text not in FIRST_FORMS
        and known_noun(toks[k].text))


_RANGE_AND = {"و": "و", "وعام": "و", "وسنه": "و", "الي": "من", "حتي": "من", "وحتي": "من", "ل": "من",
              "لغايه": "من", "ولغايه": "من", "-": "", "–": "", "—": ""}


def _year_range(toks, i, year):
    """A year opening a range of years: 'بين 2019 و2022', 'من عام 2014 حتى عام 2018',
    'الفترة 2021 - 2024' -> (first token, end token, last year), or None. Counts that look
    like years ('بين 1990 و2000 جندي') keep their unit and stay counts."""
    k = i + 1
    if not 1900 <= year <= 2100 or k + 1 >= len(toks) or toks[k].sentence != toks[i].sentence:
        return None
    opener = _RANGE_AND.get(toks[k].text)
    if opener is None:
        return None
    j = k + 1
    if toks[j].text in ("عام", "العام", "سنه") and toks[k].text not in ("وعام", "وسنه"):
        j += 1
    last = _year(toks[j]) if j < len(toks) else None
    if last is None or not year < last <= year + 50 or _followed_by_unit(toks, j + 1):
        return None
    b = i - 1
    if b >= 0 and toks[b].text in ("عام", "العام", "عامي", "سنه"):
        b -= 1
    before = toks[b].text if b >= 0 else ""
    if opener == "و" and before in ("بين", "وبين"):
        return b, j + 1, last
    if opener == "من" and before in ("من", "ومن", "منذ"):
        return b, j + 1, last
    if opener == "":  # a dash needs no opener
        return (i - 1 if b < i - 1 else i), j + 1, last
    return None


def _numeric_hit(toks, i, end, a: str, b: str, c: str) -> DateHit | None:
    """Digits of a date ending before toks[end]: a Hijri one when هـ follows or its year is
    a Hijri year (1300-1499), converted; a Gregorian one, with its م kept in the mention."""
    mark = toks[end].text if end < len(toks) and toks[end].sentence == toks[i].sentence else ""
    year = int(a) if len(a) == 4 else int(c) if len(c) == 4 else None
    if year is not None and (mark in HIJRI_MARKS or 1300 <= year < 1500):
        y, m, d = (int(a), int(b), int(c)) if len(a) == 4 else (int(c), int(b), int(a))
        if not (1 <= m <= 12 and 1 <= d <= 30):
            return None
        return hijri_day(toks, i, end + (mark in HIJRI_MARKS), y, m, d, None)
    found = _numeric(int(a), int(b), int(c), len(a), len(c))
    if not found:
        return None
    return DateHit(i, end + (mark == "م"), found[0], why=found[1])


def _numeric(a: int, b: int, c: int, la: int, lc: int):
    if la == 4 and 1 <= b <= 12 and 1 <= c <= 31:  # 2025-03-12
        return _iso(a, b, c), "year-month-day digits"
    if lc == 4 and 1900 <= c <= 2100:
        if a > 12 and 1 <= b <= 12:
            return _iso(c, b, a), "day/month/year digits (the day is above 12)"
        if b > 12 and 1 <= a <= 12:
            return _iso(c, a, b), "month/day/year digits (the day is above 12)"
        if a == b and 1 <= a <= 12:
            return _iso(c, a, a), "day and month are the same"
        if 1 <= a <= 12 and 1 <= b <= 12:  # Arabic outlets write the day first
            return _iso(c, b, a), "day/month/year digits (day first, as Arabic writes dates)"
    if lc == 2 and la <= 2 and 1 <= a <= 31 and 1 <= b <= 12:  # "14/3/25": a two-digit year
        return _iso(2000 + c if c < 70 else 1900 + c, b, a), "day/month/two-digit year (day first)"
    return None


_FOLLOWING = {"يليه", "يليها", "تلاه", "تلته", "تلاها", "تلتها", "بعده"}


def _relative_month(toks, end, month, article_date, last_year=None):
    """'سبتمبر المقبل', 'يناير الماضي', 'أيلول الحالي', 'سبتمبر من العام المقبل',
    'أبريل من العام نفسه'."""
    if end >= len(toks):
        return None
    word = toks[end].text
    if word in ("من", "في") and end + 2 < len(toks) and toks[end + 1].text in ("ذلك", "تلك") \
            and toks[end + 2].text in ("العام", "السنه"):  # "أيلول من ذلك العام": the year just written
        if last_year is None:
            return None, end + 3, "a month of 'that year', and no year is written before it"
        return _iso(last_year, month), end + 3, "a month of 'that year': the year of the date before it"
    if word in ("من", "في") and end + 2 < len(toks) and toks[end + 1].text in ("هذا", "هذه") \
            and toks[end + 2].text in ("العام", "السنه"):  # "يونيو من هذا العام"
        if article_date is None:
            return None, end + 3, "a month of this year, and the article's date is unknown"
        return _iso(article_date[0], month), end + 3, "month of the article's year"
    if word in ("العام", "السنه") and end + 1 < len(toks) and toks[end + 1].text in PAST | NEXT | CURRENT:
        end -= 1  # "ديسمبر العام الماضي": the year named without من
        word = "من"
    if word in ("من", "في") and end + 2 < len(toks) and toks[end + 1].text in ("العام", "عام", "السنه"):
        rel = toks[end + 2].text
        if rel in ("الذي", "التي") and end + 3 < len(toks) and toks[end + 3].text in _FOLLOWING:
            if last_year is None:  # "أيلول من العام الذي يليه": the year after the date before
                return None, end + 4, "a month of 'the year after', and no year is written before it"
            return _iso(last_year + 1, month), end + 4, "a month of the year after the date before it"
        if rel in SAME:
            if last_year is None:
                return None, end + 3, "a month of 'the same year', and no year is written before it"
            return _iso(last_year, month), end + 3, "a month of 'the same year': the year of the date before it"
        if rel in PAST | NEXT | CURRENT:
            if article_date is None:
                return None, end + 3, "a month of a relative year, and the article's date is unknown"
            y = article_date[0] + (-1 if rel in PAST else 1 if rel in NEXT else 0)
            which = "previous" if rel in PAST else "next" if rel in NEXT else "current"
            return _iso(y, month), end + 3, f"month of the {which} year after the article's date"
        return None
    before_last = word == "قبل" and end + 1 < len(toks) and toks[end + 1].text in PAST
    if before_last:  # "كانون الأول قبل الماضي": the one before the last
        end += 1
        word = toks[end].text
    if word not in PAST | NEXT | CURRENT:
        return None
    if article_date is None:
        return None, end + 1, "relative month, and the article's date is unknown"
    y, m, _ = article_date
    if word in PAST:
        y = (y if month < m else y - 1) - before_last
        why = "the last such month before the article's date" if not before_last else \
            "the such month before the last one before the article's date"
    elif word in NEXT:
        y = y if month > m else y + 1
        why = "the next such month after the article's date"
    else:
        why = "this month of the article's year"
    return _iso(y, month), end + 1, why


# after these a word is a noun, so "مارس" and "ماي" are months (not "اب": "من أب")
_MONTH_PREPOSITIONS = {"في", "وفي", "فى", "منذ", "ومنذ", "خلال", "وخلال", "حتي", "وحتي"}


def _relative_day(toks, start, end, month, day, article_date, qual, sentence_year=None):
    """A day and month without a year ('9 من أيلول', '27 يناير الماضي'); in the year of a
    date before it in its sentence ('في 3 فبراير 2019 وانتهت في 5 أبريل')."""
    rel = toks[end].text if end < len(toks) else ""
    if rel in PAST | NEXT | CURRENT:
        end += 1
    elif sentence_year is not None:
        return DateHit(start, end, _iso(sentence_year, month, day), qualifier=qual, relative=True,
                       why="day and month; the year of the date before it in its sentence")
    if article_date is None:
        return DateHit(start, end, None, qualifier=qual, relative=True,
                       why="day and month without a year; the article's date is unknown")
    y, m, d = article_date
    d = d or 15  # an article dated to its month: its middle
    if rel in PAST or _since(toks, start):  # "منذ 7 أكتوبر": the last 7 October
        y = y if (month, day) <= (m, d) else y - 1
    elif rel in NEXT or rel not in CURRENT and (month, day) < (m, d) and _ahead(toks, start):
        y = y if (month, day) > (m, d) else y + 1  # "ستجرى الانتخابات في 12 مارس": the next 12 March
    return DateHit(start, end, _iso(y, month, day), qualifier=qual, relative=True,
                   why="day and month; the year is the article's")


def _since(toks, start) -> bool:
    """منذ before the date (maybe behind a position word: منذ مطلع أكتوبر): it lies behind."""
    k = start - 1
    while k >= 0 and start - k <= 2 and toks[k].sentence == toks[start].sentence:
        if toks[k].text in ("منذ", "ومنذ"):
            return True
        k -= 1
    return False


def _ahead(toks, start) -> bool:
    """A clause about the future (سـ, سوف, من المقرر) before the date: it lies ahead."""
    from .spans import future_clause

    return future_clause(toks, start)


def _relative_words(toks, i, article_date, last_year=None):
    from .relative import relative_at

    hit = relative_at(toks, i, article_date, last_year)
    if hit is None and toks[i].text in WEEKDAY_STARTERS:
        return weekday_at(toks, i, article_date)
    return hit


def _day_of_relative_month(toks, start, end, day, rel, article_date) -> DateHit:
    """'العاشر من الشهر المقبل', '20 الشهر الجاري': a day of a month named relatively."""
    from .relative import shifted

    qual, _ = _qualifier(toks, start)
    if article_date is None:
        return DateHit(start, end, None, qualifier=qual, relative=True,
                       why="a day of a relative month; the article's date is unknown")
    month = shifted(article_date, "month", -1 if rel in PAST else 1 if rel in NEXT else 0)
    return DateHit(start, end, _iso(int(month[:4]), int(month[5:]), day), qualifier=qual, relative=True,
                   why="a day of the month named relative to the article's date")


_SPOKEN_CUES = YEAR_CUES | {"قوات", "انتخابات", "موازنه", "ميزانيه", "الي", "و"}


def _spoken_year_hit(toks, i) -> DateHit | None:
    """A year said in words (see spoken_year), alone or as a range ('من ألفين وأربعة عشر
    إلى ألفين وسبعة عشر')."""
    from .figures import APPROX

    year, end = spoken_year(toks, i)
    prev = toks[i - 1].text if i and toks[i - 1].sentence == toks[i].sentence else ""
    if year is None or prev in APPROX or prev in _BEFORE_COUNTS - {"بين", "وبين", "الي", "حتي", "و"}:
        return None
    start = i - 1 if prev in ("عام", "العام", "لعام", "سنه") else i
    qual, _ = _qualifier(toks, start)
    if end + 1 < len(toks) and toks[end].text in ("الي", "حتي", "و", "-", "–"):
        last, after = spoken_year(toks, end + 1)
        if last is not None and year < last:
            if prev in ("من", "بين", "منذ"):
                start = i - 1
            return DateHit(start, after, _iso(year), high=_iso(last), qualifier=qual,
                           why="a range of years said in words")
    return DateHit(start, end, _iso(year), qualifier=qual, why="a year said in words")


def _month_pair(toks, words, i, end, first, article_date, qual) -> DateHit | None:
    """Two months joined: 'تشرين الأول - كانون الأول 2025', 'شهري أوت وسبتمبر الماضيين',
    'من يناير إلى مارس 2026': one date from the first month to the second, the year written
    after the second (or resolved from the relative word after it)."""
    j = end
    if j < len(toks) and toks[j].text in ("-", "–", "—", "الي", "حتي", "و"):
        j += 1
    elif not (j < len(toks) and toks[j].text[:1] == "و" and len(toks[j].text) > 2):
        return None
    second, close = _month(toks, words, j)
    if not second or second.calendar != "gregorian" or toks[j].sentence != toks[i].sentence:
        return None
    k = _after_month(toks, close)
    year, after = year_at(toks, k, toks[i].sentence)
    relative = year is None
    if relative:
        rel = _relative_month(toks, close, second.number, article_date)
        if rel is None and i and toks[i - 1].text in ("شهري", "الشهرين") and article_date:
            rel = (_iso(article_date[0], second.number), close)  # "خلال شهري تموز وآب": this year's
        if rel is None or rel[0] is None:
            return None
        year, after = int(rel[0][:4]), rel[1]
    first_year = year if first <= second.number else year - 1
    start = i - 1 if i and toks[i - 1].text in ("شهري", "بين", "من") else i
    return DateHit(start, after, _iso(first_year, first), high=_iso(year, second.number), qualifier=qual,
                   relative=relative, why="a span of months")
