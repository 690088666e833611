"""Month names as the Arabic press writes them, shared by search and date extraction.

Outlets name the same Gregorian month four ways: Egyptian/Gulf transliterations
(يناير), Levantine/Iraqi Syriac names (كانون الثاني, two words), Maghrebi French
loans (جانفي) and Moroccan forms (شتنبر). One table here, in normalised spelling
(see normalize.py), so `سبتمبر` and `أيلول` become the same month everywhere.

A few names are also ordinary words (آب "father", مارس "he practised", ماي): they
count as months only next to a number or another month name; ``AMBIGUOUS`` lists
them so callers can apply that rule. tests/test_months.py checks the table against
CLDR's Arabic locales (babel) so no locale's spelling is missing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from .normalize import normalize

_GREGORIAN: dict[int, tuple[str, ...]] = {
    1: ("يناير", "كانون الثاني", "جانفي", "جانفيي", "ينير"),
    2: ("فبراير", "شباط", "فيفري", "فبرير"),
    3: ("مارس", "آذار", "مارص"),
    4: ("أبريل", "إبريل", "ابريل", "نيسان", "أفريل"),
    5: ("مايو", "أيار", "ماي", "مايس"),
    6: ("يونيو", "يونية", "حزيران", "جوان", "يونيه"),
    7: ("يوليو", "يولية", "تموز", "جويلية", "يوليوز", "يوليه", "جويليه"),
    8: ("أغسطس", "آب", "أوت", "غشت", "اغسطس", "أغشت"),
    9: ("سبتمبر", "أيلول", "شتنبر", "شتمبر", "سيبتمبر", "سبتمبير"),
    10: ("أكتوبر", "تشرين الأول", "اكتوبر", "أكتوبير"),
    11: ("نوفمبر", "تشرين الثاني", "نونبر", "نوفمبير"),
    12: ("ديسمبر", "كانون الأول", "دجنبر", "دجمبر", "دسمبر", "ديسمبير"),
}

_HIJRI: dict[int, tuple[str, ...]] = {
    1: ("محرم", "المحرم"),
    2: ("صفر",),
    3: ("ربيع الأول", "ربيع الاول", "ربيع أول"),
    4: ("ربيع الآخر", "ربيع الثاني", "ربيع ثاني", "ربيع آخر"),
    5: ("جمادى الأولى", "جمادى الأول", "جمادى أولى"),
    6: ("جمادى الآخرة", "جمادى الثانية", "جمادى الآخر", "جمادى الثاني"),
    7: ("رجب",),
    8: ("شعبان",),
    9: ("رمضان",),
    10: ("شوال",),
    11: ("ذو القعدة", "ذي القعدة", "ذا القعدة"),
    12: ("ذو الحجة", "ذي الحجة", "ذا الحجة"),
}

# Names that are also common words: months only in a date context.
AMBIGUOUS = frozenset(normalize(w) for w in ("آب", "مارس", "ماي", "صفر", "رجب", "أوت"))

# Levantine two-word names also appear without the article: "تشرين ثاني".
_SECOND_WORD_VARIANTS = {"الاول": ("اول",), "الثاني": ("ثاني",)}

CLITICS = ("و", "ب", "ل", "ف")
# a conjunction before a preposition: "وبأيلول", "ولكانون الثاني", "فبشباط"
DOUBLE_CLITICS = ("وب", "ول", "فب", "فل")


def _table(source: dict[int, tuple[str, ...]]) -> dict[tuple[str, ...], int]:
    table: dict[tuple[str, ...], int] = {}
    for number, names in source.items():
        for name in names:
            words = tuple(normalize(name).split())
            table[words] = number
            if len(words) == 2:
                for alt in _SECOND_WORD_VARIANTS.get(words[1], ()):
                    table[(words[0], alt)] = number
    return table


GREGORIAN = _table(_GREGORIAN)
HIJRI = _table(_HIJRI)
_FIRST_WORDS = {words[0] for table in (GREGORIAN, HIJRI) for words in table}
# every word month_at can start at: a name's first word, bare or behind one clitic letter.
# A set test before calling it: extraction asks at every word of every article.
FIRST_FORMS = frozenset(_FIRST_WORDS) | {c + w for c in CLITICS + DOUBLE_CLITICS for w in _FIRST_WORDS if len(w) > 1}


@dataclass(frozen=True)
class MonthName:
    number: int  # 1..12
    calendar: str  # "gregorian" | "hijri"
    length: int  # how many words the name took (1 or 2)
    ambiguous: bool  # also an ordinary word: require a date context
    clitic: str  # a conjunction/preposition glued to the first word ("" if none)

    @property
    def canonical(self) -> str:
        """One token per month for the index: the same for every spelling of it."""
        return f"month{self.number:02d}" if self.calendar == "gregorian" else f"hmonth{self.number:02d}"


def month_at(words: Sequence[str], i: int) -> MonthName | None:
    """The month name starting at ``words[i]`` (normalised words), if any.

    Two-word names win over one-word ones; a clitic letter (و ب ل ف), or و/ف before
    ب/ل, may be glued to the first word, as in `وأيلول`, `بكانون الثاني` or `وبأيلول`.

    >>> month_at(["في", "كانون", "الثاني", "2026"], 1)
    MonthName(number=1, calendar='gregorian', length=2, ambiguous=False, clitic='')
    >>> month_at(["وايلول"], 0).canonical
    'month09'
    >>> month_at(["اب"], 0).ambiguous  # also "father": a month only in a date context
    True
    >>> month_at(["رمضان"], 0).canonical, month_at(["قال"], 0)
    ('hmonth09', None)
    """
    if i >= len(words):
        return None
    first = words[i]
    candidates = [(first, "")]
    if len(first) > 2 and first[0] in CLITICS:
        candidates.append((first[1:], first[0]))
    if len(first) > 4 and first[:2] in DOUBLE_CLITICS:
        candidates.append((first[2:], first[:2]))
    for head, clitic in candidates:
        if head not in _FIRST_WORDS:
            continue
        if i + 1 < len(words):
            pair = (head, words[i + 1])
            for calendar, table in (("gregorian", GREGORIAN), ("hijri", HIJRI)):
                if pair in table:
                    return MonthName(table[pair], calendar, 2, False, clitic)
        for calendar, table in (("gregorian", GREGORIAN), ("hijri", HIJRI)):
            if (head,) in table:
                ambiguous = head in AMBIGUOUS or bool(clitic) and len(head) <= 3
                return MonthName(table[(head,)], calendar, 1, ambiguous, clitic)
    return None


def all_names(calendar: str = "gregorian") -> dict[str, int]:
    """Every known spelling (normalised, words joined by a space) and its month number."""
    table = GREGORIAN if calendar == "gregorian" else HIJRI
    return {" ".join(words): number for words, number in table.items()}
