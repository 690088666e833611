"""The number phrase at a token: digits (grouped by commas, dots or spaces: 2,500, 1.200,
1 200), Arabic-Indic or not, with a scale word after them (3 ملايين, 1.5 مليار) and the
smaller amounts joined to it (مليار و200 مليون, 12 ألفاً و500), a half (مليون ونصف), a
number written in words (ألفين وخمسمئة, الخمسين ألف), a lone scale where it counts (قرابة
ألف مقاتل, ألفا جندي), a fraction of a scale (ربع مليون), and a number restated in brackets
or words. What the number counts and how it is hedged is figures.py's business.
"""

from __future__ import annotations

from .numbers import DUAL_SCALES, SCALES, digits_value, dot_grouped, may_start_written, written_number
from .qualifiers import APPROX, LOWER_VERBS, PAST_VERBS, UPPER_VERBS
from .tokens import Tok, strip_clitic
from .units import unit_of

__all__ = ["FRACTIONS", "LONE_SCALES", "number_at", "scale_word"]


# marks that open and close a number printed apart from its scale: "(19) ألف", "«4.4» مليارات"
OPENING = frozenset({"(", "«", '"', "“"})
CLOSING = frozenset({")", "»", '"', "”"})


def number_at(toks: list[Tok], i: int) -> tuple[float, int, str] | None:
    """A number starting at i: (value, tokens used, how it was read), or None."""
    found = _plain_number_at(toks, i)
    return _restated(toks, i, _with_half(toks, i, found)) if found else None


def _restated(toks: list[Tok], i: int, found: tuple[float, int, str]) -> tuple[float, int, str]:
    """Press releases bracket their digits and restate numbers in words: '(19) ألف أسرة' is
    19,000, and some papers quote them: '«4.4» مليارات دولار', '«2,5» «مليار دولار»';
    '(4,000,000) أربعة ملايين دينار' and 'أربعة ملايين (4,000,000) دينار' one amount."""
    value, used, how = found
    k, n, s = i + used, len(toks), toks[i].sentence
    if i and toks[i - 1].text in OPENING and k + 1 < n and toks[k].text in CLOSING and toks[k + 1].sentence == s:
        again = k + 2 < n and toks[k + 1].text in OPENING  # '«2,5» «مليار دولار»': the scale quoted too
        scale = scale_word(toks[k + 2 if again else k + 1].text)
        if scale and used == 1 and value < 1000:
            return value * scale, used + (3 if again else 2), how + f" × {toks[k + 2 if again else k + 1].text}"
        if toks[i - 1].text != "(":
            return found
        words = written_number(toks, k + 1)
        if words and words[0] == value:
            return value, used + 1 + words[1], how + " (restated in words)"
    elif k + 2 < n and toks[k].text == "(" and toks[k + 2].text == ")" and toks[k + 1].is_number \
            and toks[k + 2].sentence == s and digits_value(toks[k + 1].text) == value:
        return value, used + 3, how + " (restated in digits)"
    return found


def _plain_number_at(toks: list[Tok], i: int) -> tuple[float, int, str] | None:
    t = toks[i].text
    if t.startswith("و") and len(t) > 1 and t[1:].isdigit():
        t = t[1:]
    if t[0].isdigit():
        v = digits_value(t)
        if v is None:
            return None
        spaced = _space_grouped(toks, i)
        if spaced:  # "1 200 طن": thousands grouped by a space
            v, i, t = spaced[0], i + spaced[1] - 1, toks[i + spaced[1] - 1].text
            found = _plain_number_at(toks, i)
            return (found[0] + v, found[1] + spaced[1] - 1, "digits grouped by spaces") if found else None
        scale = None
        if i + 1 < len(toks) and toks[i + 1].sentence == toks[i].sentence:
            scale = next((f for f in strip_clitic(toks[i + 1].text, allow_al=False) if f in SCALES), None)
        grouped = dot_grouped(t)
        if grouped is not None and (scale is None or "." in t[t.index(".") + 1:]):
            v = grouped  # "1.200 طن", "30.000 غطاء": thousands (but "1.500 مليار" is 1.5 billion)
        if scale is not None:
            for form in (scale,):
                if form in SCALES:
                    more, used = _and_smaller(toks, i + 2, SCALES[form])
                    return v * SCALES[form] + more, 2 + used, f"{t} × {form}" + (" and more" if used else "")
        return v, 1, "digits"
    scale_after = scale_word(toks[i + 1].text) if i + 1 < len(toks) else None
    if t in FRACTIONS and scale_after:  # "ربع مليون", "نصف المليون", "ثلث مليار"
        return _rounded(FRACTIONS[t] * scale_after), 2, f"{t} × {toks[i + 1].text}"
    if t[:1] in "وبل" and t[1:] in LONE_SCALES:  # "وألف دينار": a new number after و; "بمليون ونصف"
        t = t[1:]
    if t in LONE_SCALES:  # "ألف مقاتل", "قرابة مليون", "مليار و200 مليون", "ألف وخمسمئة"
        more, used = _and_smaller(toks, i + 1, LONE_SCALES[t])
        words = written_number(toks, i)
        if t in _SPOKEN and i + 1 < len(toks) and scale_word(toks[i + 1].text):  # "ميتين ألف"
            words = written_number([Tok(_SPOKEN[t], toks[i].start, toks[i].end, toks[i].sentence)]
                                   + toks[i + 1:i + 6], 0)
        if words and words[1] > 1 + used:  # "مئة وأربعين مليون": the longer reading
            return words[0], words[1], "written in words"
        if t in _NOMINATIVE_DUALS and not used and i + 1 < len(toks) and toks[i + 1].sentence == toks[i].sentence \
                and unit_of(toks[i + 1].text):
            return 2 * LONE_SCALES[t], 1, f"{t}: a dual in construct"  # "ألفا جندي", "مليونا دولار"
        if used or _lone_scale_counts(toks, i):
            return LONE_SCALES[t] + more, 1 + used, f"{t}" + (" and more" if used else "")
    found = written_number(toks, i)
    if found:
        value, used = found
        last = scale_word(toks[i + used - 1].text)
        if last:  # "ثلاثة مليارات و200 مليون دولار": the smaller amount in digits after it
            more, extra = _and_smaller(toks, i + used, last)
            return value + more, used + extra, "written in words" + (" and more" if extra else "")
        return value, used, "written in words"
    if _definite_number_word(toks, i):  # "الخمسين ألف جندي": the article on the number
        found = written_number([Tok(t[2:], toks[i].start, toks[i].end, toks[i].sentence)] + toks[i + 1:i + 6], 0)
        if found:
            return found[0], found[1], "written in words, with the article"
    return None


def _definite_number_word(toks: list[Tok], i: int) -> bool:
    """A number word with the article before a scale word: 'الخمسين ألف', 'الثلاثة ملايين'
    (not الاثنين, Monday, nor القرن العشرين)."""
    t = toks[i].text
    return (t.startswith("ال") and len(t) > 4 and may_start_written(t[2:]) and i + 1 < len(toks)
            and toks[i + 1].sentence == toks[i].sentence and scale_word(toks[i + 1].text) is not None)


def _space_grouped(toks: list[Tok], i: int) -> tuple[float, int] | None:
    """'1 200', '2 500 000': (the value of all groups but the last, groups used) for a
    number of one to three digits followed, one space apart, by groups of three."""
    t = toks[i].text
    if not (t.isdigit() and len(t) <= 3):
        return None
    k = i
    while k + 1 < len(toks) and toks[k + 1].text.isdigit() and len(toks[k + 1].text) == 3 \
            and toks[k + 1].start == toks[k].end + 1 and toks[k + 1].sentence == toks[i].sentence:
        k += 1
    if k == i:
        return None
    digits = "".join(toks[m].text for m in range(i, k + 1))
    return float(int(digits) - int(toks[k].text)), k - i + 1


def _rounded(v: float) -> float:
    return float(round(v)) if v >= 1000 else v


def scale_word(word: str) -> float | None:
    """A scale word, bare or with the article: مليون, المليون."""
    if word in SCALES:
        return SCALES[word]
    if word[:1] in "وبل" and word[1:] in SCALES:
        return SCALES[word[1:]]  # "بمليون ونصف"
    return SCALES.get(word[2:]) if word.startswith("ال") else None


def _with_half(toks: list[Tok], i: int, found):
    """'مليون ونصف', '3 ملايين ونصف المليون': a half of the scale the number ends with."""
    value, used, how = found
    k = i + used
    scale = scale_word(toks[k - 1].text)
    if scale is not None and toks[k - 1].text in DUAL_SCALES:
        scale /= 2  # "مليونان ونصف المليون": a half of one million, not of the two
    if scale is None or k >= len(toks) or toks[k].text != "ونصف" or toks[k].sentence != toks[i].sentence:
        return found
    used += 1
    if k + 1 < len(toks) and scale_word(toks[k + 1].text) == scale and toks[k + 1].sentence == toks[i].sentence:
        used += 1  # "ونصف المليون", "مليون ونصف مليون نازح"
    return value + scale / 2, used, how + " and a half"


def _lone_scale_counts(toks: list[Tok], i: int) -> bool:
    """A scale word alone is a number before a counted noun (ألف مقاتل, مئة من الجنود) or
    after a hedge (قرابة ألف): not in 'ألف كتابا' (he wrote) or 'مئة عام' as a name."""
    s = toks[i].sentence
    nxt = toks[i + 1] if i + 1 < len(toks) and toks[i + 1].sentence == s else None
    if nxt is not None and (unit_of(nxt.text) or nxt.text in _PERCENT_FIRST or nxt.text == "ونصف"):
        return True
    if nxt is not None and nxt.text == "من" and i + 2 < len(toks) and unit_of(toks[i + 2].text):
        return True
    prev = toks[i - 1].text if i and toks[i - 1].sentence == s else ""
    if prev in ("بين", "وبين") and nxt is not None and nxt.text[:1] == "و":
        return True  # "بين مليون و1.3 مليون": a range's low end
    if prev in ("من", "علي", "عن") and i >= 2 and toks[i - 2].sentence == s:
        prev = toks[i - 2].text  # "أقل من ألف", "ما يزيد على مليون": the comparison before
        if prev in UPPER_VERBS or prev in LOWER_VERBS or prev in PAST_VERBS:
            return True
    return any(APPROX.get(form) for form in strip_clitic(prev, allow_al=False))


FRACTIONS = {"ربع": 0.25, "نصف": 0.5, "ثلث": 1 / 3, "ثلثي": 2 / 3, "ثلثا": 2 / 3}
# spoken مية/ميتين too: ميتين is also "dead", so like the others it counts only before its
# noun or after a hedge
LONE_SCALES = {"الف": 1e3, "مئه": 100.0, "مائه": 100.0, "ميه": 100.0, "ميتين": 200.0, "مليون": 1e6,
               "مليار": 1e9, "بليون": 1e9, "تريليون": 1e12,
               "الفا": 1e3, "مليونا": 1e6, "مليارا": 1e9}  # accusative: "بلغ عددهم مليونا"
_SPOKEN = {"ميه": "مئه", "ميتين": "مئتين"}  # read as written before a scale: "ميتين ألف"
# alone before their noun these are duals that lost their ن (ألفا جندي = 2,000); after a
# number they are accusatives (عشرين ألفاً), read with it
_NOMINATIVE_DUALS = frozenset({"الفا", "مليونا", "مليارا"})
_PERCENT_FIRST = {"%", "٪", "بالمئه", "بالمائه", "بالميه"}


def _and_smaller(toks: list[Tok], k: int, scale: float) -> tuple[float, int]:
    """'و500 مليون' after '2 مليار': (the amount it adds, tokens it uses), or (0, 0)."""
    if k >= len(toks) or toks[k].sentence != toks[k - 1].sentence:
        return 0.0, 0
    w = toks[k].text
    if len(w) > 2 and w[0] == "و" and may_start_written(w[1:]):
        t = toks[k]
        found = written_number([Tok(w[1:], t.start, t.end, t.sentence)] + toks[k + 1:k + 4], 0)
        if found and found[0] < scale:  # "ألف وخمسمئة": و glued to the smaller number
            return found[0], found[1]
    if w != "و":
        return 0.0, 0
    k += 1
    if k >= len(toks) or toks[k].sentence != toks[k - 1].sentence or not toks[k].is_number:
        return 0.0, 0
    v = digits_value(toks[k].text)
    smaller = SCALES.get(toks[k + 1].text) if k + 1 < len(toks) and toks[k + 1].sentence == toks[k].sentence else None
    if v is not None and smaller is None and scale == 1e3 and v < 1000 and v == int(v):
        return v, 2  # "12 ألفاً و500 عنصر": the hundreds after the thousands
    if v is None or smaller is None or smaller >= scale or v * smaller >= scale:
        return 0.0, 0
    return v * smaller, 3
