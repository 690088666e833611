"""Arabic letter shaping that keeps one glyph slot per logical character.

arabic-reshaper, by default, deletes harakat and fuses lam-alef, so the shaped string
no longer lines up with the text offsets that hits and mentions use. It is run here
with both off (the output then has exactly one character per input character) and the
lam-alef ligature is made afterwards: the lam's slot gets the ligature and the alef's
slot becomes empty, so every logical offset still has a known glyph and cell.
"""

from __future__ import annotations

from functools import lru_cache

import arabic_reshaper

_RESHAPER = arabic_reshaper.ArabicReshaper({
    "delete_harakat": False,
    "support_ligatures": False,
    "shift_harakat_position": False,
    "delete_tatweel": False,
})

_LAM_FORMS = {"\ufedf": "isolated", "\ufee0": "final"}  # lam initial / medial before an alef
_ALEF_FINAL = {"\ufe8e": "ا", "\ufe84": "أ", "\ufe88": "إ", "\ufe82": "آ"}
_LIGATURE = {
    ("ا", "isolated"): "\ufefb", ("ا", "final"): "\ufefc",
    ("أ", "isolated"): "\ufef7", ("أ", "final"): "\ufef8",
    ("إ", "isolated"): "\ufef9", ("إ", "final"): "\ufefa",
    ("آ", "isolated"): "\ufef5", ("آ", "final"): "\ufef6",
}


def _is_mark(ch: str) -> bool:
    cp = ord(ch)
    return 0x064B <= cp <= 0x065F or cp == 0x0670 or 0x06D6 <= cp <= 0x06ED


def shape(text: str) -> tuple[str, ...]:
    """One glyph string per logical character: a presentation form, the character itself,
    or '' for an alef folded into the lam before it."""
    return shape_both(text)[0]


@lru_cache(maxsize=4096)
def shape_both(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(with lam-alef ligatures, without): a highlight that splits a lam from its alef
    needs the two apart, so the caller can undo a ligature."""
    if not any("\u0600" <= c <= "\u06ff" for c in text):
        return tuple(text), tuple(text)
    shaped = _RESHAPER.reshape(text)
    if len(shaped) != len(text):  # never expected; fall back to unshaped rather than misalign
        return tuple(text), tuple(text)
    glyphs = list(shaped)
    for i, g in enumerate(glyphs):
        form = _LAM_FORMS.get(g)
        if form is None:
            continue
        j = i + 1
        while j < len(glyphs) and _is_mark(text[j]):
            j += 1
        if j < len(glyphs) and glyphs[j] in _ALEF_FINAL:
            glyphs[i] = _LIGATURE[(_ALEF_FINAL[glyphs[j]], form)]
            glyphs[j] = ""
    return tuple(glyphs), tuple(shaped)
