"""Quantities written with no number at all: a fraction (`ثلث العائلات`, `أكثر من نصف`),
and a lone period noun that a hedge or `كامل` makes a count of one (`أكثر من عام`,
`سنة كاملة`; `عقد` is ten years).

A fraction of a quantity is a percentage (the corpus convention: ربع 25, نصف 50, ثلث
33.3, ثلثا 66.7, خمس 20, عشر 10), except of a unit it measures in (`نصف ساعة` is 0.5
hours). It is read only where it is surely a quantity: after a hedge or a comparison, or
before the noun, pronoun or ما it divides (`ثلث العائلات`, `نصف بيوتها`, `ربع ما كان
عليه`); `في النصف الأول` is a date's. خمس and عشر are also five and ten: a fraction only
before a definite noun (`خمس السكان`, not `خمس سنوات` nor `الاثني عشر`).
"""

from __future__ import annotations

from .numbers import NUMBER_WORDS
from .tokens import Tok, strip_clitic
from .units import unit_of

FRACTION_PERCENT = {"ربع": 25.0, "نصف": 50.0, "ثلث": 33.3, "ثلثي": 66.7, "ثلثا": 66.7}
_BARE = frozenset(FRACTION_PERCENT)
# with the pronoun of what they divide, after a hedge: "نحو ربعهم", "أكثر من نصفها"
FRACTION_PERCENT.update({w + p: v for w, v in list(FRACTION_PERCENT.items()) for p in ("ه", "ها", "هم", "هن")})
# also numbers (five, ten): a fraction only before the definite noun it divides ("خمس السكان")
ALSO_NUMBERS = {"خمس": 20.0, "عشر": 10.0}
_MEASURES = frozenset({"hours", "days", "weeks", "months", "years", "km", "tons"})
# hedges and comparisons that make the next word a quantity: "نحو ثلث", "أكثر من نصف"
_HEDGES = frozenset("نحو حوالي حوالى قرابه زهاء تقريبا يقارب تقارب يناهز تناهز من عن علي بحدود "
                    "يتجاوز تتجاوز يزيد تزيد يفوق يقل تقل".split())
# period nouns counted as one after a hedge (their value in the unit) or before كامل
_PERIODS = {"عام": ("years", 1.0), "عاما": ("years", 1.0), "سنه": ("years", 1.0), "شهر": ("months", 1.0),
            "شهرا": ("months", 1.0), "اسبوع": ("weeks", 1.0), "اسبوعا": ("weeks", 1.0),
            "يوم": ("days", 1.0), "يوما": ("days", 1.0), "ساعه": ("hours", 1.0),
            "عقد": ("years", 10.0), "عقدا": ("years", 10.0),
            "ضعف": ("ضعف", 2.0)}  # "أكثر من ضعف": more than double (the corpus: 2, unit ضعف)
_WHOLE = frozenset({"كامل", "كامله", "كاملا", "بكامله", "باكمله"})
# what follows a period noun when it is a date or a name, not a count: "عام 2020", "عام المقبل"
_NOT_AFTER = frozenset({"الماضي", "المقبل", "القادم", "الجاري", "الحالي", "المنصرم", "الفائت"})
# a definite fraction counts only after a comparison or hedge, or before تقريباً: "أقل من
# النصف", "بنحو الثلث", "الربع تقريباً" (not "النصف الثاني من العام": a date's)
DEFINITE_FRACTIONS = {"النصف": 50.0, "الربع": 25.0, "الثلث": 33.3, "الثلثين": 66.7, "الثلثان": 66.7}
_COMPARED = frozenset("اكثر اقل ازيد يزيد تزيد يقل تقل يتجاوز تتجاوز يفوق تفوق".split())
_ABOUT = frozenset("نحو بنحو حوالي حوالى بحوالي قرابه زهاء يقارب تقارب يناهز تناهز".split())
_APPROX_AFTER = frozenset({"تقريبا"})
_NOT_AFTER_FRACTION = frozenset("الاول الثاني الثالث الرابع الاخير الاولي الثانيه الاخيره".split())
WORDS = frozenset(FRACTION_PERCENT) | frozenset(_PERIODS) | frozenset(ALSO_NUMBERS) | frozenset(DEFINITE_FRACTIONS)


def definite_fraction_at(toks: list[Tok], i: int) -> tuple[float, int, str, str] | None:
    """(value, end, 'percent', how) of a definite fraction that is surely a share, or None."""
    s = toks[i].sentence

    def w(k: int) -> str:
        return toks[k].text if 0 <= k < len(toks) and toks[k].sentence == s else ""

    if w(i + 1) in _NOT_AFTER_FRACTION:
        return None
    hedged = w(i - 1) in _ABOUT or (w(i - 1) in ("من", "عن", "علي") and w(i - 2) in _COMPARED) \
        or w(i + 1) in _APPROX_AFTER
    if not hedged:
        return None
    return DEFINITE_FRACTIONS[toks[i].text], i + 1, "percent", f"{toks[i].text}: a share, as a percentage"


def _hedged(toks: list[Tok], i: int) -> bool:
    if not i or toks[i - 1].sentence != toks[i].sentence:
        return False
    return any(form in _HEDGES for form in strip_clitic(toks[i - 1].text, allow_al=False))


def fraction_at(toks: list[Tok], i: int) -> tuple[float, int, str | None, str] | None:
    """(value, end, unit, how) of a fraction at i with no scale after it, or None."""
    word = toks[i].text
    s = toks[i].sentence
    nxt = toks[i + 1].text if i + 1 < len(toks) and toks[i + 1].sentence == s else ""
    prev = toks[i - 1].text if i and toks[i - 1].sentence == s else ""
    if word in ALSO_NUMBERS and nxt.startswith("ال") and len(nxt) > 4 and unit_of(nxt) is None \
            and not (prev in NUMBER_WORDS or prev[2:] in NUMBER_WORDS):  # "الاثني عشر": twelve
        return ALSO_NUMBERS[word], i + 1, "percent", f"{word}: a fraction of what it divides, as a percentage"
    share = FRACTION_PERCENT.get(word)
    if share is None:
        return None
    unit = unit_of(nxt) if nxt else None
    if unit in _MEASURES and not nxt.startswith("ال"):  # "نصف ساعة", "ربع ساعة"
        return share / 100, i + 2, unit, f"{word}: a fraction of one {unit}"
    divides = nxt[:1].isalpha() and (nxt.startswith(("ال", "لل")) or nxt.endswith(("ها", "هم", "ه"))
                                     or nxt == "ما"  # "ربع ما كان عليه": of what it was
                                     or _construct(toks, i + 1, unit))  # "نصف سكان الحي"
    if not (_hedged(toks, i) or (divides and word in _BARE)):
        return None  # "نصفه الأول" is a period's half: with a pronoun, only after a hedge
    return share, i + 1, "percent", f"{word}: a fraction, as a percentage"


_NOT_DIVIDED = frozenset({"نهائي", "النهائي", "قطر", "دائره", "ساعه", "قرن", "يوم", "شهر", "عام", "سنه"})


def _construct(toks: list[Tok], k: int, unit: str | None) -> bool:
    """The noun at k heads a construct whose last word is definite ('سكان الحي', 'منازل
    البلدة'): a fraction before it divides a whole; not a measure ('نصف ساعة') nor a name
    ('نصف نهائي البطولة', 'نصف قطر الدائرة')."""
    s = toks[k].sentence
    return unit not in _MEASURES and toks[k].text not in _NOT_DIVIDED and k + 1 < len(toks) \
        and toks[k + 1].sentence == s and toks[k + 1].text.startswith("ال") and len(toks[k + 1].text) > 3


def period_at(toks: list[Tok], i: int) -> tuple[float, int, str, str] | None:
    """(value, end, unit, how) of a lone period noun counted as one, or None:
    'أكثر من عام', 'قرابة شهر', 'سنة كاملة', 'أكثر من عقد' (10 years)."""
    word = toks[i].text
    found = _PERIODS.get(word)
    if found is None:
        return None
    unit, value = found
    s = toks[i].sentence
    nxt = toks[i + 1].text if i + 1 < len(toks) and toks[i + 1].sentence == s else ""
    if nxt[:1].isdigit() or nxt in _NOT_AFTER:
        return None
    if nxt in _WHOLE:
        return value, i + 2, unit, f"{word} {nxt}: one whole period"
    if _hedged(toks, i) and toks[i - 1].text not in ("من", "عن", "علي") or _compared(toks, i):
        return value, i + 1, unit, f"{word} after a hedge: one period"
    return None


def _compared(toks: list[Tok], i: int) -> bool:
    """'أكثر من عام', 'ما يزيد على عام', 'أقل من سنة': من/على/عن after a comparison."""
    if i < 2 or toks[i - 2].sentence != toks[i].sentence or toks[i - 1].text not in ("من", "عن", "علي"):
        return False
    return any(f in _COMPARISONS for f in strip_clitic(toks[i - 2].text, allow_al=False))


_COMPARISONS = frozenset(("اكثر", "اقل", "ازيد", "يزيد", "تزيد", "يقل", "تقل", "يربو", "يتجاوز",
                          "تتجاوز", "يقارب", "تقارب", "قرابه"))
