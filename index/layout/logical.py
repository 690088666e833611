"""Logical order back from visual order: the inverse of laying out one line, for text that
arrives as glyphs placed left to right (a PDF's characters sorted by their x position).

A right-to-left line read from its right edge is in logical order except for its
left-to-right runs (numbers, Latin words), which the layout kept left to right; those are
found with the bidi classes UAX #9 uses and turned back. Which characters make one run
follows the algorithm's rules: digits with the separators between them (W4: ``2,500``,
``2026-09``) and their % or currency signs (W5), Latin words with the spaces between them
(N1), and a number after a Latin word (W7: ``iPhone 15``). The inverse is not unique
(``A 12`` could be laid out from ``12 A``); where it is not, the reading the layout's own
rules produce from the common case is chosen, and a round-trip test through the engine
checks it on mixed lines. A left-to-right line is the mirror case.
"""

from __future__ import annotations

from .bidi import bidi_class

_STRONG_R = {"R", "AL"}


def _kind(unit: str) -> str:
    """'R', 'L', 'N' (digit), 'C' (CS: , . / :), 'S' (ES: + -), 'T' (ET: % and currency
    signs) or 'W' (any other neutral)."""
    c = bidi_class(unit[0]) if unit else "WS"
    return {"R": "R", "AL": "R", "L": "L", "EN": "N", "AN": "N", "CS": "C", "ES": "S",
            "ET": "T"}.get(c, "W")


def line_base(units: list[str]) -> int:
    """The line's direction, 1 right-to-left: its first strong letter's (P2), which is its
    rightmost one if the line is right-to-left and its leftmost if not. When those two
    disagree (Arabic on the right, Latin on the left), the more numerous script decides."""
    strong = [k for k in (_kind(u) for u in units) if k in ("R", "L")]
    if not strong:
        return 1
    if strong[0] == strong[-1]:
        return 1 if strong[0] == "R" else 0
    return 1 if strong.count("R") >= strong.count("L") else 0


def logical_line(units: list[str], base: int | None = None) -> str:
    """The logical text of one line given its glyphs' texts in visual (left-to-right) order.

    A unit is what one glyph stands for (a ligature's unit is two or more characters,
    already in logical order)."""
    if base is None:
        base = line_base(units)
    if base == 0:
        return "".join(_flip_runs(list(units), _rtl_run))
    return "".join(_flip_runs(list(reversed(units)), _ltr_run))


def _flip_runs(seq: list[str], run_at) -> list[str]:
    kinds = [_kind(u) for u in seq]
    out: list[str] = []
    i = 0
    while i < len(seq):
        end = run_at(seq, kinds, i)
        if end > i:
            run = list(reversed(seq[i:end]))
            out += _numbers_back(run) if run_at is _rtl_run else run
            i = end
        else:
            out.append(seq[i])
            i += 1
    return out


def _ltr_run(seq: list[str], kinds: list[str], i: int) -> int:
    """End of the left-to-right run starting at ``i`` in a right-to-left line read from its
    right edge (so the run's own characters are reversed), or ``i`` if none starts there."""
    # digits after an Arabic letter are Arabic numbers (W2): only a comma, point, slash or
    # colon joins two of them (W4), never a dash or a % (``2025-2026`` is two runs)
    arabic = _after_arabic(seq, kinds, i)
    if kinds[i] not in ("L", "N") and not (kinds[i] == "T" and not arabic and i + 1 < len(seq)
                                          and kinds[i + 1] == "N"):
        return i
    end = i + 1
    while end < len(seq):
        k = kinds[end]
        if k in ("L", "N"):
            end += 1
            continue
        if k == "T" and kinds[end - 1] == "N" and not arabic:
            end += 1
            continue
        if (k == "C" or k == "S" and not arabic) and kinds[end - 1] == "N" and end + 1 < len(seq) \
                and kinds[end + 1] == "N":
            end += 2
            continue
        nxt = end  # neutrals: inside the run when Latin resumes after them (N1, W7)
        while nxt < len(seq) and kinds[nxt] not in ("L", "N", "R"):
            nxt += 1
        if nxt < len(seq) and _joins(kinds, end - 1, nxt):
            end = nxt
            continue
        break
    return end


def _after_arabic(seq: list[str], kinds: list[str], i: int) -> bool:
    """Whether the first strong letter before ``i`` (in logical order) is Arabic (AL), or
    the digit at ``i`` is an Arabic-Indic one."""
    if bidi_class(seq[i][0]) == "AN":
        return True
    for k in range(i - 1, -1, -1):
        if kinds[k] == "L":
            return False
        if kinds[k] == "R":
            return bidi_class(seq[k][0]) == "AL"
    return False


def _joins(kinds: list[str], before: int, after: int) -> bool:
    """Neutrals between ``before`` and ``after`` (reversed logical order) are inside one
    left-to-right run: Latin on both sides (N1), or a number whose logical predecessor (on
    its visual left, so after it here) is Latin (W7: the number became L)."""
    a, b = kinds[before], kinds[after]
    if b == "L":
        return a in ("L", "N")
    if a == "L" and b == "N":  # logically 'number ... Latin': Latin before the number too?
        k = after
        while k < len(kinds) and kinds[k] not in ("L", "R"):
            k += 1
        return k < len(kinds) and kinds[k] == "L"
    return False


def _rtl_run(seq: list[str], kinds: list[str], i: int) -> int:
    """End of the right-to-left run starting at ``i`` in a left-to-right line: Arabic letters
    with the neutrals and numbers between them, and a number just after them (logically;
    on their visual left, so before them here)."""
    first = i
    while first < len(seq) and kinds[first] in ("N", "C", "W"):
        first += 1
    if first >= len(seq) or kinds[first] != "R" or (first > i and kinds[i] != "N"):
        return i
    end = first + 1
    while end < len(seq):
        if kinds[end] == "R":
            end += 1
            continue
        nxt = end
        while nxt < len(seq) and kinds[nxt] != "R" and kinds[nxt] != "L":
            nxt += 1
        if nxt < len(seq) and kinds[nxt] == "R":
            end = nxt
            continue
        break
    return end


def _numbers_back(units: list[str]) -> list[str]:
    """Digits inside a right-to-left run kept their left-to-right order: turn them back
    after the run was reversed."""
    kinds = [_kind(u) for u in units]
    out, i = [], 0
    while i < len(units):
        if kinds[i] != "N":
            out.append(units[i])
            i += 1
            continue
        end = i + 1
        while end < len(units) and (kinds[end] == "N" or kinds[end] == "C" and end + 1 < len(units)
                                    and kinds[end + 1] == "N"):
            end += 1
        out += reversed(units[i:end])
        i = end
    return out
