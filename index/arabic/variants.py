"""Spelling variants applied at query time: a built-in table and the user's aliases.

Outlets spell the same name differently (أمريكي/أميركي, البنتاغون/البنتاجون, سوريا/سورية).
Applied to the query, not the index, so editing the alias file needs no re-index.
The user's file is aliases.toml in the platformdirs config dir:

    [search]
    "داعش" = ["تنظيم الدولة", "الدولة الإسلامية"]     # one-word keys; multi-word values search as phrases
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..user_files import Aliases, read_aliases
from .normalize import normalize

# pairs of normalised substrings that are the same word in different spellings
BUILTIN_PAIRS = [
    ("امريك", "اميرك"), ("بنتاغون", "بنتاجون"), ("سوريا", "سوريه"), ("ليبيا", "ليبيه"),
    ("روسيا", "روسيه"), ("انكلتر", "انجلتر"), ("كونغرس", "كونجرس"), ("غوغل", "جوجل"),
    ("فيسبوك", "فايسبوك"), ("واشنطن", "واشنطون"), ("تكنولوج", "تقنولوج"), ("استراتيج", "ستراتيج"),
    ("اسرائيل", "اسراييل"), ("ديمقراط", "ديموقراط"), ("بلجيك", "بلجيك"), ("اوكراني", "اوكرانيه"),
    ("جنرال", "جنيرال"), ("مليشيا", "ميليشيا"), ("ميليشي", "مليشي"),
    # the hamza's seat: Egyptian outlets write مسئول, شئون where others write مسؤول, شؤون
    ("ؤ", "ئ"), ("هيئه", "هياه"),  # هيئة, هيأة (not هيا inside انهيار)
]


@lru_cache(maxsize=1)
def _fold_table() -> tuple[re.Pattern, dict[str, str]]:
    """Every side of a built-in pair -> the spelling it folds to, and one pattern finding
    them, longest first. One pass over the text, never a chain of replacements: a chain
    rewrote a side inside its own other side (ستراتيج inside استراتيج made ااستراتيج, again
    at every call) and let one pair undo another (هيأة and هيئة folded apart). A pair's
    target has the shorter pairs inside it folded too (هيئه -> هيؤه, as ئ -> ؤ)."""
    targets: dict[str, str] = {}
    for i, (a, b) in enumerate(BUILTIN_PAIRS):
        target = a
        for j, (x, y) in enumerate(BUILTIN_PAIRS):
            if j != i and x != y and len(y) < len(a) and y in target:
                target = target.replace(y, x)
        for side in (a, b):
            targets.setdefault(side, target)
    sides = sorted(targets, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, sides))), targets


@lru_cache(maxsize=65536)  # extraction keys every name with it: a dossier's names recur
def fold_spelling(text: str) -> str:
    """One spelling for every variant search treats as the same word: normalised (the one
    normaliser), then each built-in pair written as its first side. Extraction keys names
    it matched by a pattern with it, so 'القوات الأميركية' and 'القوّات الأمريكيّة' link as
    a search for either finds both. Folding a folded text changes nothing.

    >>> fold_spelling("القوات الأميركية") == fold_spelling("القوّات الأمريكيّة") == "القوات الامريكيه"
    True
    >>> fold_spelling("وزارة الشئون الاجتماعية") == fold_spelling("وزارة الشؤون الاجتماعيه")
    True
    >>> fold_spelling("الاستراتيجية") == fold_spelling("الستراتيجية") == "الاستراتيجيه"
    True
    """
    pattern, targets = _fold_table()
    return pattern.sub(lambda m: targets[m.group()], normalize(text).lower())


def user_aliases() -> dict[str, list[str]]:
    """Normalised word -> its aliases, from [search]; re-read whenever the file changes."""
    return _search_table(read_aliases())


def alias_warning() -> str | None:
    """What is wrong with the aliases file's [search] (or the whole file), if anything."""
    return read_aliases().search_warning


@lru_cache(maxsize=4)
def _search_table(aliases: Aliases) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for key, values in aliases.search.items():
        group = [normalize(key).lower()] + [normalize(v).lower() for v in values]
        for word in group:
            out.setdefault(word, []).extend(w for w in group if w != word)
    return out


def variants_of(word: str) -> tuple[str, ...]:
    """Other spellings of a normalised word (the word itself not included)."""
    out: list[str] = []
    for a, b in BUILTIN_PAIRS:
        for x, y in ((a, b), (b, a)):
            # not a side found inside the other side the word already has: ستراتيج inside
            # استراتيجيه would make ااستراتيجيه, a word no text has (fold_spelling's old bug)
            if x in word and " " not in y and not (x in y and y in word):
                alt = word.replace(x, y)
                if alt != word and alt not in out:
                    out.append(alt)
    for alt in user_aliases().get(word, []):
        if " " not in alt and alt not in out and alt != word:
            out.append(alt)
    return tuple(out)


def phrase_aliases(word: str) -> tuple[tuple[str, ...], ...]:
    """Multi-word aliases of a word, searched as phrases."""
    return tuple(tuple(a.split()) for a in user_aliases().get(word, []) if " " in a)
