"""Dates counted in units from the article's own date, and the durations that look like them.

- a time ago: ``قبل ثلاث سنوات``, ``منذ نحو عامين``, ``قبل سنتين تقريباً`` (not ``قبل يومين من
  الانتخابات``, counted from another event; not ``المستمرة منذ عقد`` nor ``للمرة الأولى منذ
  ثمانية أشهر``, which say how long);
- a time ahead: ``بعد أسبوعين`` in a clause about the future, ``بعد سبعة أشهر من الآن``;
- a deadline: ``خلال 90 يوماً``, ``في غضون عام أو عامين``, ``خلال فترة لا تتجاوز 18 شهراً`` in
  a clause about the future (a past ``قُتل 50 خلال ثلاثة أيام`` is a duration, a figure);
- the last or next N units: ``السنوات الأربع الماضية``, ``الأشهر الستة المقبلة``,
  ``الأسبوعين الماضيين`` (``الأشهر الماضية`` without a number is vague: no date).

The value is the article's date moved by N units, at the unit's precision; the first number
of ``عام أو عامين`` is the one taken.
"""

from __future__ import annotations

AGO_FORMS = {"قبل": ("قبل", 0), "منذ": ("منذ", 0), "ومنذ": ("منذ", 1), "وقبل": ("قبل", 1),
             "بعد": ("بعد", 0), "وبعد": ("بعد", 1)}
WITHIN_FORMS = {"خلال": 0, "وخلال": 1, "غضون": 0}

# time units: form -> (unit, how many the word alone says: 1, 2, or None)
UNITS: dict[str, tuple[str, int | None]] = {}
for _unit, _one, _two, _many in (
        ("year", "عام سنه", "عامين سنتين عامان سنتان", "عاما اعوام سنوات سنين سنه"),
        ("month", "شهر", "شهرين شهران", "شهرا اشهر شهور"),
        ("week", "اسبوع", "اسبوعين اسبوعان", "اسبوعا اسابيع"),
        ("day", "يوم", "يومين يومان", "يوما ايام"),
        ("decade", "عقد", "عقدين عقدان", "عقود")):
    for _w in _many.split():
        UNITS[_w] = (_unit, None)
    for _w in _one.split():
        UNITS[_w] = (_unit, 1)
    for _w in _two.split():
        UNITS[_w] = (_unit, 2)
# the same units with the article, as "the last/next N units" writes them
DEFINITE_UNITS = {"ال" + w: u for w, u in UNITS.items() if u[1] != 1}
_APPROX_BEFORE = {"نحو", "حوالي", "قرابه", "زهاء", "حوالى"}
_APPROX_PAIRS = {("ما", "يقارب"), ("ما", "يناهز"), ("ما", "يقرب")}
_APPROX_AFTER = {"تقريبا", "تقريب"}
# words before منذ that make it "for (a duration)", not "ago": المستمرة منذ عقد, لم ... منذ
_DURATIVE = ("مستمر", "المستمر", "متواصل", "المتواصل", "يستمر", "تستمر", "استمر", "يتواصل",
             "تتواصل", "يعيش", "تعيش", "يقيم", "تقيم", "محتجز", "معتقل", "عالق", "يعاني", "تعاني")
_DURATIVE_WORDS = {"لم", "لا", "زال", "يزال", "تزال", "مازال", "طوال", "طيله", "ظل", "ظلت"}
_FIRST_TIME = {("للمره", "الاولي"), ("لاول", "مره"), ("المره", "الاولي"), ("لأول", "مره")}
# a clause about the future: a deadline or a time ahead counts from the article's date
_FUTURE_WORDS = {"سوف", "المقرر", "المنتظر", "المرتقب", "مقرر", "يعتزم", "تعتزم", "يتوقع", "تتوقع",
                 "يرتقب", "يفترض", "يستهدف", "تستهدف", "نستهدف", "نتوقع", "يجب", "ينبغي", "يتعين",
                 "تعهد", "تعهدت", "وعد", "وعدت", "طالب", "طالبت", "امهل", "امهلت", "نامل", "يامل",
                 "تامل", "متوقع", "المتوقع", "يرجح", "سيتم", "ستتم", "المفترض", "ممكن", "يمكن", "الممكن",
                 "ممكنا", "بالامكان"}
_FUTURE_LEAD = ("سي", "ست", "سن", "سا")  # سيعقد, ستبدأ, سنلتقي, سأزور


def future_clause(toks, i, reach: int = 10) -> bool:
    """Is the clause before toks[i] about the future (a verb with سـ, سوف, من المقرر, a
    target, a demand)?"""
    s = toks[i].sentence
    for k in range(i - 1, max(-1, i - reach), -1):
        if toks[k].sentence != s or toks[k].text in (",", "،"):
            break
        w = toks[k].text
        core = w[1:] if w[:1] == "و" and len(w) > 4 else w
        if core in _FUTURE_WORDS or (len(core) >= 5 and core.startswith(_FUTURE_LEAD)
                                     and not core.startswith(("سيا", "سيط", "ساح", "سنو", "ستو"))):
            return True  # سياسة, سيطرة, ساحة, سنوات, ستون are no verbs
    return False


def _count(toks, j):
    """A count of units at j: (n or None, index after the count, approximate?)."""
    from .numbers import written_number

    approx = False
    if j < len(toks) and toks[j].text in _APPROX_BEFORE:
        approx, j = True, j + 1
    elif j + 1 < len(toks) and (toks[j].text, toks[j + 1].text) in _APPROX_PAIRS:
        approx, j = True, j + 2
    if j < len(toks) and toks[j].text.isdigit() and len(toks[j].text) <= 3:
        return int(toks[j].text), j + 1, approx
    found = written_number(toks, j)
    if found and found[0] == int(found[0]):
        return int(found[0]), j + found[1], approx
    return None, j, approx


def _after_unit(toks, end, s):
    """Skip 'تقريباً' and 'من الآن' after the unit: (end, from now?)."""
    word = lambda k: toks[k].text if k < len(toks) and toks[k].sentence == s else ""  # noqa: E731
    if word(end) in _APPROX_AFTER:
        end += 1
    if word(end) == "من" and word(end + 1) in ("الان", "الآن"):
        return end + 2, True
    return end, False


def ago_at(toks, i, article_date, base, skip):
    """'قبل ثلاث سنوات', 'منذ نحو عامين', 'بعد أسبوعين': a time before (after) the article's
    date. Not 'قبل عام 2020' (a year), 'قبل يومين من الانتخابات' (another anchor), nor a
    duration ('المستمرة منذ عقد', 'لم ... منذ ستة أشهر', 'للمرة الأولى منذ أسبوع')."""
    from .dates import _year

    s = toks[i].sentence
    j = i + 1
    if j >= len(toks) or toks[j].sentence != s:
        return None
    n, j, _ = _count(toks, j)
    if j >= len(toks) or toks[j].text not in UNITS or toks[j].sentence != s:
        return None
    unit, alone = UNITS[toks[j].text]
    n = n if n is not None else alone
    end, from_now = _after_unit(toks, j + 1, s)
    after = toks[end].text if end < len(toks) and toks[end].sentence == s else ""
    if n is None or not 0 < n <= 200 or after in ("من", "علي", "على") or _names_a_month(toks, j) \
            or (after[:1].isdigit() and _year(toks[end])):
        return None
    if base == "منذ" and _durative(toks, i):
        return None
    if base == "بعد" and not (from_now or future_clause(toks, i)):
        return None  # "وصل بعد يومين": two days after something else
    sign = 1 if base == "بعد" else -1
    return _hit(toks, i, end, article_date, unit, sign * n, skip,
                "after" if sign > 0 else "before")


def within_at(toks, i, article_date, skip):
    """'خلال 90 يوماً', 'في غضون عام أو عامين', 'خلال فترة لا تتجاوز 18 شهراً': a deadline
    counted from the article's date, in a clause about the future."""
    s = toks[i].sentence
    word = lambda k: toks[k].text if k < len(toks) and toks[k].sentence == s else ""  # noqa: E731
    j = i + 1
    if word(j) in ("فتره", "مده", "مهله"):  # "خلال فترة لا تتجاوز 18 شهراً"
        j += 1
        if (word(j), word(j + 1)) in (("لا", "تتجاوز"), ("لا", "تزيد"), ("اقصاها", "")) or word(j) == "اقصاها":
            j += 2 if word(j) == "لا" else 1
            if word(j) in ("عن", "علي"):
                j += 1
    n, j, _ = _count(toks, j)
    if not word(j) or word(j) not in UNITS:
        return None
    unit, alone = UNITS[word(j)]
    n = n if n is not None else alone
    end, from_now = _after_unit(toks, j + 1, s)
    if word(end) == "او":  # "عام أو عامين", "أسبوعين أو ثلاثة": the first is taken
        m, k, _ = _count(toks, end + 1)
        if word(k) in UNITS:
            end = k + 1
        elif m is not None:
            end = k
    if n is None or not 0 < n <= 400 or word(end) in ("من", "علي", "على"):
        return None
    if not (from_now or future_clause(toks, i)):
        return None  # a past "خلال ثلاثة أيام": how long something took
    start = i - 1 if toks[i].text == "غضون" and i and toks[i - 1].text in ("في", "وفي") else i
    hit = _hit(toks, start, end, article_date, unit, n, skip, "after")
    hit.qualifier = "within"
    return hit


def last_units_at(toks, i, article_date, skip):
    """'السنوات الأربع الماضية', 'الأشهر الستة المقبلة', 'الأسبوعين الماضيين': the span of N
    units up to (from) the article's date, dated by its far end."""
    from .numbers import TENS
    from .numbers import UNITS as NUMBER_UNITS
    from .relative import NEXT, PAST

    s = toks[i].sentence
    word = lambda k: toks[k].text if k < len(toks) and toks[k].sentence == s else ""  # noqa: E731
    base = toks[i].text[skip:]
    if base.startswith("لل"):
        base = "ال" + base[2:]
    unit, n = DEFINITE_UNITS[base]
    j = i + 1
    w = word(j)
    if n is None and w.startswith("ال") and (w[2:] in NUMBER_UNITS or w[2:] in TENS):
        n, j = (NUMBER_UNITS.get(w[2:]) or TENS.get(w[2:])), j + 1
    if n is None or word(j) not in PAST | NEXT or word(j) in ("السابق", "السابقه", "التالي", "التاليه"):
        return None
    sign = -1 if word(j) in PAST else 1
    return _hit(toks, i, j + 1, article_date, unit, sign * n, skip, "the span of")


def _hit(toks, start, end, article_date, unit, n, skip, how):
    from .dates import DateHit
    from .relative import shifted

    if unit == "decade":
        unit, n = "year", 10 * n
    what = f"{abs(n)} {unit}(s) {'after' if n > 0 else 'before'} the article's date"
    value = shifted(article_date, unit, n) if article_date else None
    return DateHit(start, end, value, relative=True, skip=skip,
                   why=what if value else what + ", which is unknown")


def _durative(toks, i) -> bool:
    """Is منذ here "for (a duration)"? After a word of lasting (المستمرة، لم، لا يزال) or a
    present-tense verb in its own clause (يعيش هنا منذ عشر سنوات، تسيطر على المدينة منذ
    عامين): a state still going on. After a past verb it points at a time."""
    s = toks[i].sentence
    for k in range(i - 1, max(-1, i - 7), -1):
        if toks[k].sentence != s:
            break
        w = toks[k].text
        if w in _DURATIVE_WORDS or w.startswith(_DURATIVE) or w[1:].startswith(_DURATIVE):
            return True
        if w in _CLAUSE_STOPS:
            break  # "قال إنه وصل منذ عامين": the verb of another clause
        if _present_verb(w) or k and _subject_then_verb(toks[k - 1].text, w):
            return True
        if k >= 1 and (toks[k - 1].text, w) in _FIRST_TIME:
            return True  # "للمرة الأولى منذ ثمانية أشهر": how long since the last time
    return False


def _names_a_month(toks, j) -> bool:
    """'بعد شهر رمضان', 'قبل شهر أيلول': the unit word is "the month of", no count of months."""
    from ..arabic.months import month_at

    return toks[j].text == "شهر" and month_at([t.text for t in toks[j + 1:j + 3]], 0) is not None


_CLAUSE_STOPS = {",", "،", "ان", "انه", "انها", "الذي", "التي", "الذين", "ما", "حين", "عندما", "بعدما",
                 "وان", "لان", "حيث", "اذ", "كما"}
# ي-words that are no verbs; ت-verbs are too like nouns (تقرير، تحالف) to take unlisted
_NOT_VERBS = {"يوم", "يوما", "يومين", "يومي", "يونيو", "يوليو", "يناير", "يونيه", "يوليه", "يهود",
              "يمين", "يسار", "يافطه"}
_STATES = ("عيش", "قيم", "عمل", "سيطر", "حتل", "نتظر", "شغل", "تولي", "راس", "قود", "دير", "سكن",
           "حكم", "تمركز", "نتشر", "رابط", "تواجد", "وجد", "نشط", "قبع", "حاصر", "خضع", "بقي", "درس",
           "طالب", "رفض", "سعي", "شهد", "عرف", "ملك", "نتظر", "قيم", "شارك", "تفاوض", "خوض")


def _present_verb(w: str) -> bool:
    """An imperfect verb: يـ (any verb of four letters or more, bar a few nouns) or تـ/نـ
    before a verb of lasting (تعيش، تسيطر، نعمل), behind و or ف."""
    if w[:1] in "وف" and len(w) > 4:
        w = w[1:]
    if len(w) < 4 or w in _NOT_VERBS:
        return False
    if w[0] == "ي":
        return not w.endswith(("ين", "يه"))  # يمنيين, يومية: adjectives, not verbs
    return w[0] in "تن" and w[1:].startswith(_STATES)


def _subject_then_verb(before: str, w: str) -> bool:
    """'اللجنة تعيد', 'القوات تحتل': a definite subject, then a تـ/نـ word of four or five
    letters: a verb, since a noun in construct comes first (تقرير اللجنة); not a past verb
    (نفذت) nor a verbal noun of the تفعيل pattern (تمديد، تقديم)."""
    return before.startswith("ال") and len(before) > 3 and w[:1] in "تن" and 4 <= len(w) <= 5 \
        and not w.endswith(("ه", "ات", "ت")) and not (len(w) == 5 and w[3] == "ي")  # نفذت; تمديد
