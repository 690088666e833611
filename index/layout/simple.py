"""Interim layout for `show`: wrap in logical order, then shape and reorder each line.

Superseded by the full engine (exact levels, L3/L4, highlight maps); kept small.
"""

from __future__ import annotations

import arabic_reshaper
from bidi.algorithm import get_display
from wcwidth import wcswidth

_RESHAPER = arabic_reshaper.ArabicReshaper({"delete_harakat": False, "support_ligatures": True})


def _width(s: str) -> int:
    w = wcswidth(s)
    return w if w >= 0 else len(s)


def _is_rtl(s: str) -> bool:
    for ch in s:
        if "\u0590" <= ch <= "\u08ff" or "\ufb1d" <= ch <= "\ufefc":
            return True
        if ch.isalpha():
            return False
    return False


def wrap(paragraph: str, width: int) -> list[str]:
    lines, cur = [], ""
    for word in paragraph.split():
        cand = f"{cur} {word}" if cur else word
        if _width(_RESHAPER.reshape(cand)) <= width or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = word
    lines.append(cur)
    return lines


def layout_plain(text: str, width: int) -> str:
    out = []
    for paragraph in text.split("\n"):
        rtl = _is_rtl(paragraph)
        for line in wrap(paragraph, width):
            visual = get_display(_RESHAPER.reshape(line), base_dir="R" if rtl else "L")
            pad = max(0, width - _width(visual)) if rtl else 0
            out.append((" " * pad + visual).rstrip())
    return "\n".join(out) + "\n"
