"""Numbers that are neither figures nor dates, found before either is read: list markers
at a line start (``1.``, ``2-``, ``(3)``), telephone numbers (a country code after + or
00, then groups of digits separated by spaces), and numbers that name a thing rather than
count it: a plan or vision by its year (رؤية 2030, خطة السعودية 2035), a resolution,
law, article or model number, also behind an adjective or a bracket (القرار الأممي
2254, المادة (140)), and a time of day (3 فجرا). Also references: a footnote mark glued
to the word it follows (`المفرق(1).`), a number inside a quoted or bracketed name
(`مخيم «كبرتو 2»`), and the numbers after a reference word (`بيان رقم: 2025/318`,
`العدد: إ/ 187`, a masthead's `السنة 150 العدد 50842`, `تحويلة 1270`, `الخط الساخن
16439`): serial numbers, issue numbers, extensions and hotlines count nothing."""

from __future__ import annotations

from .tokens import Tok, strip_clitic

# words after which a number names a thing (normalised, with and without the article)
NAMING = {w2 for w in ("ماده", "قرار", "رقم", "فرقه", "لواء", "بند", "فقره", "صفحه", "مرتبه", "قناه", "كيلومتر",
                        "شكل", "صوره", "جدول", "هامش", "ملحق", "رسم", "ص", "ج", "حاشيه",
                        "دوره", "نسخه", "فصل", "طريق", "كتيبه", "جزء", "قانون", "مرسوم",
                        "ساعه", "جيل", "موديل", "طراز", "غرفه", "مبني", "منفذ", "بوابه",
                        "رؤيه", "خطه", "استراتيجيه", "اجنده", "مئويه", "دقيقه", "حلقه", "طبعه",
                        "مجلد", "نسخه", "جوله", "ذكري", "طابق", "شارع", "كيلو", "مخرج", "رصيف",
                        "عماره", "بلوك", "جناح", "عنبر", "زنزانه", "مدرج", "صاله", "منصه", "مركز",
                        "مكرر")
          for w2 in (w, "ال" + w)}
# a plan's or vision's name may hold one word between it and the year: رؤية السعودية 2030
_PLANS = {w2 for w in ("رؤيه", "خطه", "استراتيجيه", "اجنده") for w2 in (w, "ال" + w)}
TIMES = {"صباحا", "مساء", "مساءا", "ظهرا", "ليلا", "فجرا", "عصرا", "صباح", "بتوقيت", "بالتوقيت"}
_MARKS_AFTER = {".", "-", ")", "–", "]", "/", ":"}
_SPACED_MARKS = {"-", "–", ":"}  # "1 - انسحاب القوات"
_MARKS_BEFORE = {"(", "[", "-", "–", "•"}  # "(1)", "[1]", "- 1 -"
_PHONE_CUES = {"هاتف", "الهاتف", "رقم", "الرقم", "بالرقم", "برقم", "واتساب", "للاتصال", "للتواصل", "جوال", "الجوال",
               "ت", "تلفون", "التلفون", "موبايل"}
# words after which the numbers (maybe behind ':' and one adjective) are a reference
_REFERENCE_CUES = {"رقم", "الرقم", "تحويله", "الساخن", "فاكس", "الفاكس", "المرجع", "مرجع", "الاشاري",
                   "البريدي", "كود", "الكود", "الرمز", "رمز",
                   "الاشاره", "الصادر", "بريد", "هاتف", "الهاتف", "جوال", "الجوال", "واتساب"}
_OPENING = {"(", '"', "“", "«"}
_CLOSING = {")", '"', "”", "»"}


def _reference(toks: list[Tok], i: int) -> bool:
    """The number at i follows a reference word: 'رقم: 2025/318', 'الخط الساخن المجاني: 5599',
    'العدد: إ/ 187' and a masthead's 'السنة 150 العدد 50842' (not 'بلغ العدد 300')."""
    s = toks[i].sentence
    k = i - 1
    skipped = 0
    while k >= 0 and toks[k].sentence == s and (toks[k].text in (":", "(", "/", "-") or (
            len(toks[k].text) <= 2 and toks[k].text.isalpha() and toks[k].text not in _REFERENCE_CUES)):
        k -= 1  # ':' and a letter code: "إ/ 187"
    if k < 0 or toks[k].sentence != s:
        return False
    w = toks[k].text
    if w in ("العدد", "السنه"):  # an issue or volume number: a masthead, or "العدد:"
        before = toks[k - 1] if k else None
        after_colon = toks[k + 1].text == ":"
        masthead = before is None or before.sentence != s or before.is_number or not before.text.isalpha()
        return after_colon or (masthead and w == "العدد") or (
            w == "السنه" and any(toks[m].text == "العدد" for m in range(i + 1, min(i + 3, len(toks)))))
    if w in _REFERENCE_CUES:
        return True
    while skipped < 1 and k >= 1 and toks[k - 1].sentence == s and not toks[k].is_number:
        k -= 1  # "الخط الساخن المجاني: 5599": one adjective after the cue
        skipped += 1
        if toks[k].text in ("الساخن", "تحويله", "الفاكس", "فاكس"):
            return True
    return False


def _name_in_quotes(toks: list[Tok], i: int) -> bool:
    """'«كبرتو 2»', '(الهول 2)': a number closing a quoted or bracketed name of one or two
    words (not '(2,870) أسرة': nothing but the number inside)."""
    t = toks[i]
    if i + 1 >= len(toks) or toks[i + 1].text not in _CLOSING or toks[i + 1].start != t.end:
        return False
    for back in (2, 3):
        j = i - back
        if j < 0 or toks[j].sentence != t.sentence:
            return False
        if toks[j].text in _OPENING:
            return all(toks[m].text.isalpha() for m in range(j + 1, i))
    return False


_BRACKETS = frozenset("()[]")


def _footnote(toks: list[Tok], i: int) -> bool:
    """'والمفرق(1).', 'السنوية(3)': a number in brackets glued to the word before it."""
    t = toks[i]
    if i < 2 or i + 1 >= len(toks):
        return False
    opening, word, closing = toks[i - 1], toks[i - 2], toks[i + 1]
    if opening.text not in _BRACKETS or closing.text not in _BRACKETS:
        return False
    ends = i + 2 >= len(toks) or toks[i + 2].sentence != t.sentence or toks[i + 2].text in ".،,؛"
    if ends and closing.text in (")", "]") and len(t.text) <= 2 and (
            opening.text == "[" or (opening.text == "(" and len(t.text) == 1 and not _counts(word.text))):
        return True  # "… بحسب رويترز (1).", "[12]": a note's mark ending its sentence (not "الجرحى (4)")
    return (opening.text in ("(", "[") and closing.text in (")", "]") and opening.start == word.end
            and opening.end == t.start and closing.start == t.end and word.text not in ("و", "ف", "ب", "ل")
            and (word.text[-1:].isalpha() or word.text in _CLOSING))  # 'المجزأة"(2)': after a quote too
    # (not "و(37) جريحاً": a conjunction glued to a bracketed count)


def _counts(word: str) -> bool:
    """A word a bracketed number may restate a count of: عدد, الجرحى, جنديا ..."""
    from .units import unit_of

    return word.startswith(("عدد", "العدد", "حصيل", "اجمال", "مجموع")) or unit_of(word) is not None


def names_a_thing(toks: list[Tok], i: int) -> bool:
    """The number at i follows a naming word, maybe behind a bracket or an adjective."""
    k = i - 1
    if k >= 0 and toks[k].text == "(":
        k -= 1
    for back in range(2):
        j = k - back
        if j < 0 or toks[j].sentence != toks[i].sentence or toks[j].is_number:
            return False
        forms = strip_clitic(toks[j].text)
        if any(f in NAMING for f in forms) and (back == 0 or (any(f in _PLANS for f in forms) and _year(toks[i].text))
                                               or toks[k].text.endswith(("ي", "يه"))):
            return True  # a plan with a word between names it only by a year: not "خطة تدريب 5 آلاف"
    return False


def not_counted(toks: list[Tok]) -> set[int]:
    """Token indices of list markers and telephone numbers: no rule reads them."""
    out: set[int] = set()
    n = len(toks)
    for i, t in enumerate(toks):
        if not "0" <= t.text[0] <= "9" or i in out:  # digits are ASCII once normalised
            continue
        prev = toks[i - 1] if i else None
        nxt = toks[i + 1] if i + 1 < n else None
        # a list marker: first on its line (the sentence broke at a newline, maybe after a
        # bullet or bracket), a mark after it, glued or (a dash, a colon) one space apart
        opens = prev is None or prev.sentence != t.sentence or (
            prev.text in _MARKS_BEFORE and (i < 2 or toks[i - 2].sentence != t.sentence))
        if opens and nxt is not None and nxt.text in _MARKS_AFTER \
                and (nxt.start == t.end or (nxt.start == t.end + 1 and nxt.text in _SPACED_MARKS)) \
                and i + 2 < n and not toks[i + 2].is_number:
            out.add(i)
            continue
        if (prev is not None and prev.text in _BRACKETS and _footnote(toks, i)) or _name_in_quotes(toks, i) or (
                prev is not None and prev.text in _NAMED_BY_A_DAY and _named_by_a_day(toks, i)):
            out.add(i)
            continue
        if prev is not None and not prev.is_number and (_reference(toks, i) or (
                prev.text == "/" and _document_symbol(toks, i))):
            k = i  # the reference runs on through '/' '-' and digits: "2025/318", "4/2026"
            while k < n and toks[k].sentence == t.sentence and (toks[k].is_number or (
                    toks[k].text in ("/", "-") and k + 1 < n and toks[k + 1].is_number)):
                out.add(k)
                k += 1
            continue
        phone = (prev is not None and prev.text == "+" and prev.end == t.start) or (
            t.text.startswith("00") and len(t.text) >= 4) or (
            prev is not None and prev.text in _PHONE_CUES and nxt is not None and nxt.is_number) or (
            nxt is not None and nxt.text[0] in "0123456789-" and _digit_groups(toks, i) >= 9)
        if phone:
            k = i  # its groups, apart by spaces or hyphens: "+964 770 123 4567", "+964-770-123-4567",
            # maybe a trunk zero in brackets: "+964 (0) 770 123 4567"
            while k < n and toks[k].sentence == t.sentence and k - i < 14 and (toks[k].is_number or (
                    toks[k].text in ("-", "(", ")") and k + 1 < n
                    and (toks[k + 1].is_number or toks[k + 1].text == "("))):
                out.add(k)
                k += 1
    return out


# places and movements named by a day of a month: "شارع 14 رمضان", "جسر 14 تموز", "ساحة 17
# نوفمبر", "تيار 14 آذار", "حركة 6 أبريل": a name, neither a date nor a count
_NAMED_BY_A_DAY = {w2 for w in ("شارع", "جسر", "ساحه", "ميدان", "تيار", "قوي", "حركه", "لواء", "مستشفي", "حي",
                                "جسور", "مدينه", "كتائب", "ملعب", "مطار", "منطقه", "جامعه", "مدرسه")
                   for w2 in (w, "ال" + w, "و" + w, "ب" + w, "في" + w)}


def _named_by_a_day(toks: list[Tok], i: int) -> bool:
    from ..arabic.months import month_at

    if not i or toks[i - 1].text not in _NAMED_BY_A_DAY or len(toks[i].text) > 2 or i + 1 >= len(toks):
        return False
    words = [t.text for t in toks[i + 1:i + 4]]
    month = month_at(words, 0)
    if month is None or toks[i + 1].sentence != toks[i].sentence:
        return False
    after = words[month.length] if month.length < len(words) else ""
    return not (after.isdigit() and len(after) == 4)  # "ساحة 17 نوفمبر 2025" may be a date


def _digit_groups(toks: list[Tok], i: int) -> int:
    """Digits in a run of three or more groups of digits one space or a hyphen apart, from i
    ('770 123 4567', '1-800-123-4567'): a telephone number's shape (a count has no such
    groups after it; '1 200 000' is grouped by threes and read as one number)."""
    groups, digits, k = 0, 0, i
    while k < len(toks) and toks[k].text.isdigit() and toks[k].sentence == toks[i].sentence:
        groups += 1
        digits += len(toks[k].text)
        nxt = k + 1
        if nxt < len(toks) and toks[nxt].text == "-" and toks[nxt].start == toks[k].end:
            nxt += 1
        if nxt >= len(toks) or not toks[nxt].text.isdigit() or toks[nxt].start - toks[k].end > 1:
            break
        k = nxt
    run = [toks[m].text for m in range(i, k + 1) if toks[m].text.isdigit()]
    if groups < 3 or all(len(g) == 3 for g in run[1:]) or any(_year(g) for g in run):
        return 0  # "1 200 000": thousands; "12-10-2025 17:35": a date and a time
    return digits


def _document_symbol(toks: list[Tok], i: int) -> bool:
    """A UN document's symbol: 'S/2025/123', 'A/79/L.12': a Latin letter, then '/' and the
    number, glued."""
    return i >= 2 and toks[i - 1].text == "/" and toks[i - 1].end == toks[i].start \
        and toks[i - 2].end == toks[i - 1].start and toks[i - 2].text.isascii() and toks[i - 2].text.isalpha()


def _year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2100

