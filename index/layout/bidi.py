"""The Unicode Bidirectional Algorithm (UAX #9) for one paragraph, with levels exposed.

python-bidi gives either levels without the bracket-pair rule N0 (pure Python) or a
correct order without levels, mirroring or mark placement (Rust). The reader needs
all of it, so this module resolves levels itself: P2-P3, W1-W7, N0-N2, I1-I2, and per
line L1-L4. Explicit embeddings, overrides and isolates never reach it in article
text (the loader strips them); any that do are treated as removed (X9), so they
cannot reorder or hide anything.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from bidi.mirror import MIRRORED

from .brackets import CANONICAL, CLOSING, OPENING

EXPLICIT = {"LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"}
STRONG = {"L": "L", "R": "R", "AL": "R"}


@lru_cache(maxsize=8192)
def bidi_class(ch: str) -> str:
    c = unicodedata.bidirectional(ch)
    if c:
        return c
    cp = ord(ch)  # unassigned code points default by block (UAX #44)
    if 0x0600 <= cp <= 0x08FF or 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF:
        return "AL"
    if 0x0590 <= cp <= 0x05FF or 0x07C0 <= cp <= 0x085F or 0xFB1D <= cp <= 0xFB4F:
        return "R"
    return "L"


def paragraph_level(text: str) -> int:
    """P2-P3: 1 if the first strong character is right-to-left, else 0."""
    for ch in text:
        c = bidi_class(ch)
        if c == "L":
            return 0
        if c in ("R", "AL"):
            return 1
    return 0


def resolve_levels(text: str, base: int | None = None) -> tuple[list[int | None], int]:
    """Embedding level of every character (None for removed ones: BN and explicit codes)."""
    if base is None:
        base = paragraph_level(text)
    original = [bidi_class(ch) for ch in text]
    idx = [i for i, c in enumerate(original) if c != "BN" and c not in EXPLICIT]
    types = [original[i] for i in idx]
    n = len(types)
    e = "R" if base % 2 else "L"
    sos = eos = e
    # W1: NSM takes the type of the previous character
    for k in range(n):
        if types[k] == "NSM":
            types[k] = types[k - 1] if k else sos
    # W2: EN after AL is AN; W3: AL is R
    last = sos
    for k in range(n):
        t = types[k]
        if t in ("L", "R", "AL"):
            last = t
        elif t == "EN" and last == "AL":
            types[k] = "AN"
    for k in range(n):
        if types[k] == "AL":
            types[k] = "R"
    # W4: a single separator between two numbers of the same kind
    for k in range(1, n - 1):
        t = types[k]
        if t == "ES" and types[k - 1] == "EN" and types[k + 1] == "EN":
            types[k] = "EN"
        elif t == "CS" and types[k - 1] == types[k + 1] and types[k - 1] in ("EN", "AN"):
            types[k] = types[k - 1]
    # W5: terminators next to European numbers are numbers
    k = 0
    while k < n:
        if types[k] == "ET":
            j = k
            while j < n and types[j] == "ET":
                j += 1
            if (k > 0 and types[k - 1] == "EN") or (j < n and types[j] == "EN"):
                for m in range(k, j):
                    types[m] = "EN"
            k = j
        else:
            k += 1
    # W6: remaining separators and terminators are neutral
    for k in range(n):
        if types[k] in ("ES", "ET", "CS"):
            types[k] = "ON"
    # W7: European numbers after L are L
    last = sos
    for k in range(n):
        t = types[k]
        if t in ("L", "R"):
            last = t
        elif t == "EN" and last == "L":
            types[k] = "L"
    _brackets(text, idx, original, types, e, sos)
    # N1/N2: neutrals between same-direction text take it, the rest the embedding direction
    neutral = {"B", "S", "WS", "ON"}
    k = 0
    while k < n:
        if types[k] in neutral:
            j = k
            while j < n and types[j] in neutral:
                j += 1
            before = _dir(types[k - 1]) if k > 0 else sos
            after = _dir(types[j]) if j < n else eos
            fill = before if before == after else e
            for m in range(k, j):
                types[m] = fill
            k = j
        else:
            k += 1
    levels: list[int | None] = [None] * len(text)
    for k, i in enumerate(idx):
        t = types[k]
        if base % 2 == 0:
            levels[i] = base + (1 if t == "R" else 2 if t in ("AN", "EN") else 0)
        else:
            levels[i] = base + (1 if t in ("L", "EN", "AN") else 0)
    return levels, base


def _dir(t: str) -> str:
    return "L" if t == "L" else "R"  # EN and AN count as R for N0-N1


def _brackets(text, idx, original, types, e, sos) -> None:
    """N0: paired brackets take the direction of what they enclose (or of their context)."""
    pairs, stack = [], []
    for k, i in enumerate(idx):
        if types[k] != "ON":
            continue
        cp = ord(text[i])
        cp = CANONICAL.get(cp, cp)
        if cp in OPENING:
            if len(stack) == 63:
                break
            stack.append((OPENING[cp], k))
        elif cp in CLOSING:
            for depth in range(len(stack) - 1, -1, -1):
                closing, opener = stack[depth]
                if CANONICAL.get(closing, closing) == cp:
                    pairs.append((opener, k))
                    del stack[depth:]
                    break
    pairs.sort()
    n = len(types)
    for open_k, close_k in pairs:
        inside = {_dir(types[m]) for m in range(open_k + 1, close_k) if types[m] in ("L", "R", "EN", "AN")}
        if not inside:
            continue
        if e in inside:
            new = e
        else:
            opposite = "R" if e == "L" else "L"
            before = sos
            for m in range(open_k - 1, -1, -1):
                if types[m] in ("L", "R", "EN", "AN"):
                    before = _dir(types[m])
                    break
            new = opposite if before == opposite else e
        for k in (open_k, close_k):
            types[k] = new
            m = k + 1
            while m < n and original[idx[m]] == "NSM":  # marks on a bracket follow it
                types[m] = new
                m += 1


def line_levels(text: str, levels: list[int | None], base: int, start: int, end: int) -> list[int]:
    """L1 for one line: trailing whitespace and separators go back to the paragraph level."""
    out = []
    for i in range(start, end):
        lv = levels[i]
        out.append(base if lv is None else lv)
    k = end - start
    while k > 0:  # whitespace (and removed characters) at the end of the line
        c = bidi_class(text[start + k - 1])
        if c in ("WS", "BN") or c in EXPLICIT:
            out[k - 1] = base
            k -= 1
        else:
            break
    for k in range(end - start):
        if bidi_class(text[start + k]) in ("S", "B"):
            out[k] = base
            m = k
            while m > 0 and (bidi_class(text[start + m - 1]) in ("WS", "BN") or
                             bidi_class(text[start + m - 1]) in EXPLICIT):
                out[m - 1] = base
                m -= 1
    return out


def visual_order(levels: list[int]) -> list[int]:
    """L2: indices (into ``levels``) in left-to-right display order."""
    order = list(range(len(levels)))
    if not levels:
        return order
    highest = max(levels)
    lowest_odd = min((lv for lv in levels if lv % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        k = 0
        while k < len(order):
            if levels[order[k]] >= level:
                j = k
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[k:j] = order[k:j][::-1]
                k = j
            else:
                k += 1
    return order


def keep_marks_after_base(text: str, order: list[int], levels: list[int]) -> list[int]:
    """L3: in reversed (right-to-left) runs, combining marks come out before their base
    letter; terminals draw a mark on the cell before it, so put each base first again."""
    out: list[int] = []
    k = 0
    while k < len(order):
        i = order[k]
        if levels[i] % 2 and unicodedata.combining(text[i]) or bidi_class(text[i]) == "NSM" and levels[i] % 2:
            j = k
            while j < len(order) and (unicodedata.combining(text[order[j]]) or
                                      bidi_class(text[order[j]]) == "NSM") and levels[order[j]] % 2:
                j += 1
            if j < len(order):  # the base letter follows the marks in visual order
                out.append(order[j])
                out.extend(order[k:j])
                k = j + 1
                continue
        out.append(i)
        k += 1
    return out


def mirror(ch: str, level: int) -> str:
    """L4: brackets and other mirrored characters face the other way in RTL text."""
    return MIRRORED.get(ch, ch) if level % 2 else ch
