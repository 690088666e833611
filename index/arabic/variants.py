"""Spelling variants applied at query time: a built-in table and the user's aliases.

Outlets spell the same name differently (أمريكي/أميركي, البنتاغون/البنتاجون, سوريا/سورية).
Applied to the query, not the index, so editing the alias file needs no re-index.
The user's file is aliases.toml in the platformdirs config dir:

    [search]
    "داعش" = ["تنظيم الدولة", "الدولة الإسلامية"]     # one-word keys; multi-word values search as phrases
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..user_files import alias_file, alias_table, read_toml
from .normalize import normalize

# pairs of normalised substrings that are the same word in different spellings
BUILTIN_PAIRS = [
    ("امريك", "اميرك"), ("بنتاغون", "بنتاجون"), ("سوريا", "سوريه"), ("ليبيا", "ليبيه"),
    ("روسيا", "روسيه"), ("انكلتر", "انجلتر"), ("كونغرس", "كونجرس"), ("غوغل", "جوجل"),
    ("فيسبوك", "فايسبوك"), ("واشنطن", "واشنطون"), ("تكنولوج", "تقنولوج"), ("استراتيج", "ستراتيج"),
    ("اسرائيل", "اسراييل"), ("ديمقراط", "ديموقراط"), ("بلجيك", "بلجيك"), ("اوكراني", "اوكرانيه"),
    ("جنرال", "جنيرال"), ("مليشيا", "ميليشيا"), ("ميليشي", "مليشي"),
    # the hamza's seat: Egyptian outlets write مسئول, شئون where others write مسؤول, شؤون
    ("ؤ", "ئ"), ("هيئ", "هيا"),
]
WARNINGS: list[str] = []


def _user_aliases(path: Path, stamp: float) -> dict[str, list[str]]:
    data = read_toml(path, WARNINGS, "aliases not used")
    out: dict[str, list[str]] = {}
    for key, values in alias_table(path, data, "search", "word", WARNINGS).items():
        group = [normalize(key).lower()] + [normalize(v).lower() for v in values]
        for word in group:
            out.setdefault(word, []).extend(w for w in group if w != word)
    return out


@lru_cache(maxsize=4)
def _cached_aliases(path: str, stamp: float) -> dict[str, list[str]]:
    return _user_aliases(Path(path), stamp)


def user_aliases() -> dict[str, list[str]]:
    """Re-read whenever the file changes: no restart, no re-index."""
    path = alias_file()
    try:
        stamp = path.stat().st_mtime
    except OSError:
        return {}
    return _cached_aliases(str(path), stamp)


def variants_of(word: str) -> tuple[str, ...]:
    """Other spellings of a normalised word (the word itself not included)."""
    out: list[str] = []
    for a, b in BUILTIN_PAIRS:
        for x, y in ((a, b), (b, a)):
            if x in word and " " not in y:
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
