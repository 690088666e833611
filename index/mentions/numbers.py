"""Numbers as Arabic news writes them: digits in either script with separators, scale
words, written-out numbers (ثلاثة آلاف, اثني عشر, خمسمئة), duals and vague counts.

All spellings here are normalised (see arabic/normalize.py): ة→ه, أ/إ/آ→ا, ى→ي.
"""

from __future__ import annotations

import re

from .tokens import Tok

_THOUSANDS = re.compile(r"^\d{1,3}(,\d{3})+$")
_DOT_THOUSANDS = re.compile(r"^\d{1,3}(\.\d{3})+$")


def dot_grouped(text: str) -> float | None:
    """'1.200', '30.000', '1.200.000' as Maghrebi and European styles group thousands:
    the value, when a dot is followed by exactly three digits (no decimal has three
    digits after the point, least of all a trailing zero); else None."""
    return float(text.replace(".", "")) if _DOT_THOUSANDS.match(text) else None


def digits_value(text: str) -> float | None:
    """2,500 -> 2500; 1.5 -> 1.5; 1,5 -> 1.5 (a comma before other than three digits)."""
    if _THOUSANDS.match(text):
        return float(text.replace(",", ""))
    text = text.replace(",", ".")
    if text.count(".") > 1:
        return dot_grouped(text)
    try:
        return float(text)
    except ValueError:
        return None


def number_value(v: float) -> int | float:
    return int(v) if float(v).is_integer() else v


UNITS = {
    "واحد": 1, "واحده": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2,
    "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6,
    "سبع": 7, "سبعه": 7, "ثمان": 8, "ثماني": 8, "ثمانيه": 8, "تسع": 9, "تسعه": 9,
    "عشر": 10, "عشره": 10,
}
TEEN_HEADS = dict(UNITS, **{"احد": 1, "احدي": 1, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2})
TENS = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40,
    "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
}
HUNDREDS = {"مئه": 100, "مائه": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200,
            "مئتي": 200, "مائتي": 200, "مئتا": 200, "مائتا": 200}
for _word, _n in (("ثلاث", 3), ("اربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثمان", 8),
                  ("ثماني", 8), ("تسع", 9)):
    HUNDREDS[_word + "مئه"] = _n * 100
    HUNDREDS[_word + "مائه"] = _n * 100
# Spoken numbers as transcripts and colloquial quotes write them (Levantine, Egyptian, Iraqi,
# Gulf): ث said ت (تلاتة, تمانية), one-word teens (حداشر, خمستاشر, تسعطعش), مية for مئة,
# one-word hundreds and thousands (تلتمية, خمستلاف)
for _word, _n in (("تلات", 3), ("تلاته", 3), ("تمان", 8), ("تمانيه", 8), ("تمن", 8), ("تمنيه", 8),
                  ("اتنين", 2), ("تنين", 2)):
    UNITS.setdefault(_word, _n)
for _word, _n in (("تلاتين", 30), ("تلاتون", 30), ("تمانين", 80), ("تمنين", 80)):
    TENS.setdefault(_word, _n)
WHOLE = {}  # complete numbers in one word: a part by themselves, maybe before a scale
for _n, _forms in ((11, "حداشر احداشر حدعش احدعش"), (12, "اتناشر اطناشر اتنعش اطنعش اثناشر"),
                   (13, "تلتاشر تلطاشر تلاتاشر تلتعش تلطعش ثلطعش"), (14, "اربعتاشر اربعطاشر ربعتاشر اربعطعش ربعطعش"),
                   (15, "خمستاشر خمسطاشر خمستعش خمسطعش"), (16, "ستاشر سطاشر ستعش سطعش"),
                   (17, "سبعتاشر سبعطاشر سبعتعش سبعطعش"), (18, "تمنتاشر تمنطاشر تمانتاشر تمنتعش ثمنطعش"),
                   (19, "تسعتاشر تسعطاشر تسعتعش تسعطعش"),
                   (300, "تلتميه تلاتميه ثلثميه تلتمائه"), (400, "ربعميه اربعميه"), (500, "خمسميه"),
                   (600, "ستميه"), (700, "سبعميه"), (800, "تمنميه تمانميه ثمنميه"), (900, "تسعميه"),
                   (3000, "تلتلاف تلاتلاف تلاتالاف"), (4000, "اربعتلاف ربعتلاف"), (5000, "خمستلاف"),
                   (6000, "ستلاف ستتلاف"), (7000, "سبعتلاف"), (8000, "تمنتلاف تمانتلاف"), (9000, "تسعتلاف"),
                   (10000, "عشرتلاف")):
    for _word in _forms.split():
        WHOLE[_word] = _n
SCALES = {
    "الف": 1e3, "الفا": 1e3, "الاف": 1e3, "الفان": 2e3, "الفين": 2e3, "الفي": 2e3,
    "مليون": 1e6, "مليونا": 1e6, "ملايين": 1e6, "مليونان": 2e6, "مليونين": 2e6, "مليوني": 2e6,
    "مليار": 1e9, "مليارا": 1e9, "مليارات": 1e9, "ملياران": 2e9, "مليارين": 2e9, "ملياري": 2e9,
    "تلاف": 1e3,  # "خمس تلاف": آلاف as said
    "بليون": 1e9, "بليونا": 1e9, "بلايين": 1e9, "تريليون": 1e12, "تريليونا": 1e12, "تريليونات": 1e12,
}
# A scale word standing alone is itself a number: "ألفين" is 2000, "مليون" is a million.
# "ألفي جندي", "مئتي عنصر": a dual before its noun loses its ن
# "مليوني دولار", "مئتا عنصر": a dual in construct loses its ن
DUAL_SCALES = {"الفان": 2e3, "الفين": 2e3, "الفي": 2e3, "مليونان": 2e6, "مليونين": 2e6, "مليوني": 2e6,
               "ملياران": 2e9, "مليارين": 2e9, "ملياري": 2e9, "مئتان": 200, "مئتين": 200, "مائتان": 200,
               "مائتين": 200, "مئتي": 200, "مائتي": 200, "مئتا": 200, "مائتا": 200}
VAGUE = {"عشرات": "tens", "مئات": "hundreds", "الاف": "thousands", "ملايين": "millions",
         "عده": "several", "بضع": "a few", "بضعه": "a few"}


def _word(tok: Tok, allow_wa: bool, first: bool = False) -> tuple[str, bool]:
    """The token's text without a leading conjunction و (when allowed), and whether it had one."""
    w = tok.text
    if first and len(w) > 3 and w[0] in "بلو" and w[1:] in _ALL_WORDS and w not in _ALL_WORDS:
        return w[1:], False  # "بثلاثة أعوام", "لخمسة", "قتيلين وخمسة جرحى"
    if allow_wa and len(w) > 3 and w.startswith("و") and w[1:] in _ALL_WORDS:
        return w[1:], True
    return w, False


_ALL_WORDS = set(UNITS) | set(TEEN_HEADS) | set(TENS) | set(HUNDREDS) | set(SCALES) | set(WHOLE)
NUMBER_WORDS = frozenset(_ALL_WORDS)
# the words written_number accepts first (a lone scale only as a dual: ألفين)
FIRST_WORDS = frozenset(UNITS) | set(TEEN_HEADS) | set(TENS) | set(HUNDREDS) | set(DUAL_SCALES) | set(WHOLE)


def may_start_written(word: str) -> bool:
    """False where written_number cannot start: at ``word``, after the ب/ل/و it allows."""
    return word in FIRST_WORDS or (len(word) > 3 and word[0] in "بلو" and word[1:] in FIRST_WORDS)


def written_number(toks: list[Tok], i: int) -> tuple[float, int] | None:
    """A written-out number starting at toks[i]: (value, tokens used), or None.

    Handles units, teens (اثني عشر), tens, compounds joined by و (خمسة وعشرين),
    hundreds (خمسمئة, ثلاث مئة), and a trailing scale (ثلاثة آلاف, مئة ألف).
    """
    total, j, part, used_any = 0.0, i, 0.0, False
    pending_wa = False
    last_scale, part_start = None, i  # "ألفين وثلاثة آلاف" is no 5000: a smaller scale must follow
    while j < len(toks) and toks[j].sentence == toks[i].sentence:
        w, had_wa = _word(toks[j], allow_wa=used_any, first=j == i)
        had_wa = had_wa or pending_wa
        if had_wa and not pending_wa:
            part_start = j
        elif toks[j].text == "و":
            part_start = j
        pending_wa = False
        if used_any and not had_wa and w not in SCALES and w not in ("عشر", "عشره", "مئه", "مائه"):
            if toks[j].text == "و" and j + 1 < len(toks):  # "خمسة و عشرين" with a space
                nxt = toks[j + 1].text
                if nxt in TENS or nxt in UNITS or nxt in HUNDREDS:
                    j += 1
                    pending_wa = True
                    continue
            break
        if w in ("مئه", "مائه") and 0 < part < 10 and not had_wa:
            part *= 100  # ثلاث مئة
        elif w in HUNDREDS:
            part += HUNDREDS[w]
        elif w in WHOLE and (part == 0 or WHOLE[w] < 100 and part % 100 == 0):
            part += WHOLE[w]
        elif w in TENS:
            part += TENS[w]
        elif (w in ("عشر", "عشره")) and used_any and 0 < part < 10:
            part += 10  # the teens: أحد عشر, اثني عشر ... تسعة عشر
        elif w in UNITS and not (used_any and not had_wa) and part % 10 == 0:  # not "سبعة وثمانية"
            part += UNITS[w]
        elif w in TEEN_HEADS and not used_any and j + 1 < len(toks) and toks[j + 1].text in ("عشر", "عشره"):
            part += TEEN_HEADS[w]
        elif w in SCALES and (used_any or w in DUAL_SCALES):
            scale = SCALES[w]
            if last_scale is not None and scale >= last_scale and part_start > i:
                return total, part_start - i  # the second of two amounts: a range, not a sum
            last_scale = scale / 2 if w in DUAL_SCALES else scale  # ألفين: of thousands
            if w in DUAL_SCALES and not used_any:
                part = DUAL_SCALES[w]
            else:
                part = (part or 1) * scale
            total += part
            part = 0
            used_any = True
            j += 1
            continue
        else:
            break
        used_any = True
        j += 1
    if not used_any:
        return None
    return total + part, j - i
