"""The one Arabic normaliser, shared by search (analysis) and extraction (mentions).

Folds the spellings that outlets vary on so that equal words compare equal: harakat
and tatweel removed, hamza-carrying alefs to bare alef, alef maksura to yeh, teh
marbuta to heh (as Lucene's ArabicNormalizer), Arabic-Indic digits to ASCII, Arabic
presentation forms (pasted from PDFs) to their base letters, Latin case-folded.

It works character by character so every output character can be traced back to
the original offset: matches and mentions must point into the loaded text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Harakat (fathatan .. sukun, and the extended marks up to U+065F), superscript
# (dagger) alef, Quranic annotation marks, tatweel.
_DELETE = [*range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06DD), *range(0x06DF, 0x06E9),
           *range(0x06EA, 0x06EE), 0x0640]

_MAP = {
    "\u0622": "\u0627",  # آ alef madda
    "\u0623": "\u0627",  # أ alef hamza above
    "\u0625": "\u0627",  # إ alef hamza below
    "\u0671": "\u0627",  # ٱ alef wasla
    "\u0672": "\u0627",  # ٲ
    "\u0673": "\u0627",  # ٳ
    "\u0649": "\u064a",  # ى alef maksura -> ي
    "\u0629": "\u0647",  # ة teh marbuta -> ه
    "\u06cc": "\u064a",  # ی Farsi yeh
    "\u06a9": "\u0643",  # ک keheh
    "\u06c1": "\u0647",  # ہ heh goal
    "\u066b": ".",       # ٫ Arabic decimal separator
    "\u066c": ",",       # ٬ Arabic thousands separator
    "\u060c": ",",       # ، Arabic comma
}
for _i in range(10):
    _MAP[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _MAP[chr(0x06F0 + _i)] = str(_i)  # Extended (Persian/Urdu) digits

_TABLE: dict[int, str | None] = {cp: None for cp in _DELETE}
_TABLE.update({ord(k): v for k, v in _MAP.items()})


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    """Normalised form of one character (possibly empty, possibly two letters for lam-alef)."""
    cp = ord(ch)
    if 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF or 0xFF00 <= cp <= 0xFFEF:
        # Presentation forms and full-width forms: NFKC gives the base letters.
        base = unicodedata.normalize("NFKC", ch)
        if base != ch:  # some (U+FEFF, unassigned ones) are their own NFKC
            return "".join(fold_char(c) for c in base)
    out = _TABLE.get(cp, ch)
    if out is None:
        return ""
    return out.lower()


_WORDS: dict[str, str] = {}  # word -> normalised: analysis calls this once per token


def normalize(text: str) -> str:
    """Normalised form of ``text`` (no offset map).

    >>> normalize("أُسامة"), normalize("مستشفى"), normalize("ﻻ"), normalize("٢٠٢٥"), normalize("NATO")
    ('اسامه', 'مستشفي', 'لا', '2025', 'nato')
    """
    if text.isascii():
        return text.lower()
    if len(text) > 40:
        return "".join(fold_char(c) for c in text)
    out = _WORDS.get(text)
    if out is None:
        if len(_WORDS) >= 200_000:  # bounded: a dossier's vocabulary, not its history
            _WORDS.clear()
        out = _WORDS[text] = "".join(fold_char(c) for c in text)
    return out


# Characters whose folded form is not one character (deleted marks, presentation forms
# that NFKC expands, İ), or whose lower case depends on context (final sigma): the fast
# path of normalize_with_map leaves them to fold_char.
_SPECIAL = re.compile("[" + "".join(re.escape(chr(cp)) for cp in _DELETE)
                      + "\ufb50-\ufdff\ufe70-\ufeff\uff00-\uffef\u0130\u03a3]")
_ONE_TO_ONE = {chr(cp): v for cp, v in _TABLE.items() if v is not None}
_FOLDED = re.compile("[" + "".join(re.escape(ch) for ch in _ONE_TO_ONE) + "]")
# one pass with str.replace per letter present: no folded letter is folded again
assert not set(_ONE_TO_ONE) & set(_ONE_TO_ONE.values())


def _fold_run(run: str) -> str:
    """A run of characters that fold one to one. Not str.translate: with a dict it looks
    up every character in Python (~60 ns each, a quarter of tokenising an article); a
    replace per letter that occurs is C throughout."""
    for ch in set(_FOLDED.findall(run)):
        run = run.replace(ch, _ONE_TO_ONE[ch])
    return run.lower()


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """Normalised text plus, for each output character, the index of its source character.

    >>> normalize_with_map("أَب")  # the fatha (index 1) is gone: ب came from index 2
    ('اب', [0, 2])
    """
    out: list[str] = []
    origin: list[int] = []
    last = 0
    for m in _SPECIAL.finditer(text):
        i = m.start()
        if i > last:  # a run of characters that fold one to one, in C
            out.append(_fold_run(text[last:i]))
            origin.extend(range(last, i))
        folded = fold_char(text[i])
        out.append(folded)
        origin.extend([i] * len(folded))
        last = i + 1
    if last < len(text):
        out.append(_fold_run(text[last:]))
        origin.extend(range(last, len(text)))
    return "".join(out), origin


@lru_cache(maxsize=4096)  # asked at the end of every mention's span
def is_diacritic(ch: str) -> bool:
    """True for marks that sit on a letter and belong inside its word (harakat, tatweel)."""
    cp = ord(ch)
    return cp in _TABLE and _TABLE[cp] is None or unicodedata.category(ch) == "Mn"
