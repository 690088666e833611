"""Spelling variants applied at query time: a built-in table and the user's aliases.

Outlets spell the same name differently (أمريكي/أميركي, البنتاغون/البنتاجون, سوريا/سورية).
Applied to the query, not the index, so editing the alias file needs no re-index.
The user's file is aliases.toml in the platformdirs config dir:

    [search]
    "داعش" = ["تنظيم الدولة", "الدولة الإسلامية"]     # one-word keys; multi-word values search as phrases
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

import platformdirs

from .normalize import normalize

# pairs of normalised substrings that are the same word in different spellings
BUILTIN_PAIRS = [
    ("امريك", "اميرك"), ("بنتاغون", "بنتاجون"), ("سوريا", "سوريه"), ("ليبيا", "ليبيه"),
    ("روسيا", "روسيه"), ("انكلتر", "انجلتر"), ("كونغرس", "كونجرس"), ("غوغل", "جوجل"),
    ("فيسبوك", "فايسبوك"), ("واشنطن", "واشنطون"), ("تكنولوج", "تقنولوج"), ("استراتيج", "ستراتيج"),
    ("اسرائيل", "اسراييل"), ("ديمقراط", "ديموقراط"), ("بلجيك", "بلجيك"), ("اوكراني", "اوكرانيه"),
    ("جنرال", "جنيرال"), ("مليشيا", "ميليشيا"), ("ميليشي", "مليشي"),
]
WARNINGS: list[str] = []


def alias_file() -> Path:
    return Path(platformdirs.user_config_dir("dossier-tui")) / "aliases.toml"


def _user_aliases(path: Path, stamp: float) -> dict[str, list[str]]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        WARNINGS.append(f"{path}: {exc}; aliases not used")
        return {}
    table = data.get("search", {})
    out: dict[str, list[str]] = {}
    if not isinstance(table, dict):
        WARNINGS.append(f"{path}: [search] must be a table of word = [aliases]")
        return out
    for key, values in table.items():
        values = [values] if isinstance(values, str) else values
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            WARNINGS.append(f"{path}: aliases of {key!r} must be a list of strings")
            continue
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
