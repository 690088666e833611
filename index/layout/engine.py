"""The layout engine: a paragraph of logical text in, visual lines of styled cells out.

One engine for the reader widget and `dossier-tui show`. Per paragraph: levels are
resolved once (bidi.py), the text is wrapped in logical order at word boundaries by
cell width, and each line is reordered (L1-L2), marks are kept after their base (L3),
mirrored characters face the right way (L4), Arabic is shaped (shaping.py) and RTL
lines are right-aligned. Every logical offset maps to the cell it is drawn in, so a
search hit or a mention is painted on exactly its glyphs.

Modes: "app" does all of the above for terminals without bidi; "terminal" keeps
logical order and unshaped letters for terminals that reorder by themselves.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from bidi.mirror import MIRRORED

from .bidi import EXPLICIT, bidi_class, line_levels, paragraph_level, resolve_levels, visual_order
from .shaping import shape_both

MODES = ("app", "terminal")
Span = tuple[int, int, str]  # (start, end, style name), logical offsets in the paragraph


@dataclass(frozen=True)
class VisualLine:
    runs: tuple[tuple[str, str | None], ...]  # left to right, padding included
    start: int  # logical offsets of the paragraph text this line shows
    end: int
    columns: tuple[tuple[int, int], ...]  # (logical offset, cell column) for every offset shown
    rtl: bool
    width: int  # cells used, without padding

    @property
    def text(self) -> str:
        return "".join(t for t, _ in self.runs)

    def column_of(self) -> dict[int, int]:
        return dict(self.columns)


@lru_cache(maxsize=8192)
def _is_mark(ch: str) -> bool:
    return unicodedata.combining(ch) != 0 or bidi_class(ch) == "NSM"


def _display(ch: str) -> str:
    """What a character may put on screen: controls never (they would be escape codes)."""
    if ch < " " or "\x7f" <= ch <= "\x9f":
        return "\ufffd"
    if bidi_class(ch) in EXPLICIT or ch in "\u200b\u2060\ufeff":
        return ""  # formatting characters draw nothing and reorder nothing
    return ch


# Blocks whose widths the engine knows without wcwidth: Latin-1, general punctuation (the
# curly quotes and dashes of headlines) and Arabic. Marks are 0, format characters are
# asked of wcwidth, everything else is one cell; a test checks every one against wcwidth.
_KNOWN_BLOCKS = ((0x00A0, 0x00FF), (0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF),
                 (0x2000, 0x206F), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))


@lru_cache(maxsize=8192)
def _char_cells(ch: str) -> int:
    """wcwidth's width; the common blocks answered here, so the first frame (Arabic
    titles) does not wait for wcwidth's import (~15 ms of start-up)."""
    o = ord(ch)
    if 0x20 <= o < 0x7F:
        return 1
    if any(lo <= o <= hi for lo, hi in _KNOWN_BLOCKS):
        category = unicodedata.category(ch)
        if category not in ("Cf", "Cn", "Zl", "Zp"):  # format and unassigned ones vary (U+0600 is drawn, U+061C is not)
            return 0 if category in ("Mn", "Me") else 1
    from wcwidth import wcwidth

    cw = wcwidth(ch)
    return 1 if cw < 0 else cw


def _cells(glyph: str) -> int:
    if len(glyph) == 1:
        return _char_cells(glyph)
    return sum(map(_char_cells, glyph))


def _wrap(text: str, widths: list[int], width: int) -> list[tuple[int, int]]:
    """Logical line ranges: break after spaces; split a word only if it alone is too wide."""
    lines: list[tuple[int, int]] = []
    n = len(text)
    start = 0
    while start < n or not lines:
        used, k, last_break = 0, start, -1
        while k < n:
            w = widths[k]
            if text[k] == " ":
                last_break = k
                if used + w > width:  # a space never starts the next line
                    break
            elif used + w > width and k > start:
                break
            used += w
            k += 1
        if k < n and last_break >= start and text[k] != " ":
            k = last_break + 1  # back to the last word boundary
        elif k < n and text[k] == " ":
            k += 1
        lines.append((start, k))
        if k >= n:
            break
        start = k
    return lines


@lru_cache(maxsize=2048)
def _layout(text: str, spans: tuple[Span, ...], width: int, mode: str, rtl_default: bool,
            align: bool = True, trim: bool = True, level: int | None = None) -> tuple[VisualLine, ...]:
    shown = [_display(c) for c in text]
    app = mode == "app"
    style: list[str | None] = [None] * len(text)
    for a, b, name in spans:
        a, b = max(0, a), min(len(text), b)
        if b > a:
            style[a:b] = [name] * (b - a)
    if app:
        joined, plain = shape_both("".join(c if c else " " for c in shown))
        glyphs = list(joined)
        for i, g in enumerate(glyphs):
            if g == "" and plain[i] != "":  # an alef inside a lam-alef ligature
                lam = i - 1
                while lam > 0 and glyphs[lam] == plain[lam]:
                    lam -= 1
                if style[lam] != style[i]:  # a highlight splits them: draw the two apart
                    glyphs[lam], glyphs[i] = plain[lam], plain[i]
    else:
        glyphs = list(shown)
    for i, c in enumerate(shown):
        if not c:
            glyphs[i] = ""
    marks = [_is_mark(c) for c in text]
    widths = [0 if m else _cells(g) for m, g in zip(marks, glyphs, strict=True)]
    has_strong = any(bidi_class(c) in ("L", "R", "AL") for c in text)
    base = paragraph_level(text) if has_strong else (1 if rtl_default else 0)
    if level is not None:  # a piece of a longer paragraph keeps the paragraph's direction
        base = level
    levels, base = resolve_levels(text, base)
    width = max(1, width)
    out = []
    for start, end in _wrap(text, widths, width):
        stop = end
        while trim and stop > start and text[stop - 1] in " \t":
            stop -= 1  # trailing spaces are not drawn (an edited field draws them: a caret sits there)
        if app:
            lv = line_levels(text, levels, base, start, stop)
            keep = [k for k in range(stop - start) if levels[start + k] is not None]
            order = [start + keep[j] for j in visual_order([lv[k] for k in keep])]
        else:
            lv = None
            order = list(range(start, stop))
        # clusters: a base character and the marks that belong to it (L3: marks after base)
        owner: dict[int, int] = {}
        if any(marks[start + 1:stop]):
            for i in range(start + 1, stop):
                if marks[i]:
                    j = i - 1
                    while j > start and marks[j]:
                        j -= 1
                    if not marks[j]:
                        owner[i] = j
        marks_of: dict[int, list[int]] = {}
        for m, b in owner.items():
            marks_of.setdefault(b, []).append(m)
        texts: list[list[str]] = []  # the glyphs of each run, joined once at the end
        names: list[str | None] = []
        columns: list[tuple[int, int]] = []
        col = 0
        for base_i in order:
            if base_i in owner:
                continue
            odd = app and (lv[base_i - start] if lv is not None else base) % 2
            cluster = marks_of.get(base_i)
            if cluster is None:  # nearly every cell: a character without marks
                glyph = glyphs[base_i]
                if odd and len(glyph) == 1:
                    glyph = MIRRORED.get(glyph, glyph)
                columns.append((base_i, col))
                cells = widths[base_i]
            else:
                cluster = [base_i] + cluster
                pieces = [glyphs[i] for i in cluster]
                if odd:
                    pieces = [MIRRORED.get(g, g) if len(g) == 1 else g for g in pieces]
                glyph = "".join(pieces)
                columns.extend((i, col) for i in cluster)
                cells = sum(widths[i] for i in cluster)
            if not glyph:
                continue
            name = style[base_i]
            if names and names[-1] == name:
                texts[-1].append(glyph)
            else:
                texts.append([glyph])
                names.append(name)
            col += cells
        runs = [("".join(t), name) for t, name in zip(texts, names, strict=True)]
        # an alef folded into a lam-alef ligature is drawn by the lam's cell
        if len(columns) < stop - start:
            done = dict(columns)
            for i in range(start, stop):
                if i not in done:
                    j = i - 1
                    while j >= start and j not in done:
                        j -= 1
                    columns.append((i, done.get(j, 0)))
        for i in range(stop, end):  # trailing spaces: at the line's logical end
            columns.append((i, col if not (app and base % 2) else 0))
        if align and app and base % 2 and 0 < col < width:
            pad = width - col
            runs.insert(0, (" " * pad, None))
            columns = [(i, c + pad) for i, c in columns]
        out.append(VisualLine(tuple(runs), start, end, tuple(sorted(columns)), bool(base % 2), col))
    return tuple(out)


def layout_paragraph(text: str, spans: list[Span] | tuple[Span, ...] = (), width: int = 80,
                     mode: str = "app", rtl_default: bool = True,
                     level: int | None = None) -> tuple[VisualLine, ...]:
    """Visual lines for one paragraph (no newlines). Cached per (text, spans, width, mode).
    ``level``: the base direction (0 LTR, 1 RTL) when the text is a piece of a paragraph."""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}")
    return _layout(text, tuple(spans), width, mode, rtl_default, level=level)


def is_arabic_text(text: str) -> bool:
    """Whether a whole article reads right to left: more Arabic-script letters than Latin."""
    arabic = latin = 0
    for ch in text[:4000]:
        c = bidi_class(ch)
        if c in ("R", "AL"):
            arabic += 1
        elif c == "L" and ch.isalpha():
            latin += 1
    return arabic >= latin


def layout_text(text: str, spans: list[Span] = (), width: int = 80, mode: str = "app") -> list[VisualLine]:
    """Every paragraph of an article; spans and the lines' offsets are article offsets."""
    return list(iter_layout_text(text, spans, width, mode))


def iter_layout_text(text: str, spans: list[Span] = (), width: int = 80, mode: str = "app"):
    """layout_text a block at a time (blocks.py): a 10 MB line streams out in linear time."""
    from .blocks import blocks_of

    rtl = is_arabic_text(text)
    starts, first = blocks_of(text)
    level = None
    for b, offset in enumerate(starts):
        last = b + 1 == len(starts)
        end = len(text) if last else starts[b + 1] - (1 if first[b + 1] else 0)
        piece = text[offset:end]
        if first[b]:
            level = None
            if not last and not first[b + 1]:  # the paragraph goes on: its direction for the rest
                head = text[offset:offset + 4000]
                strong = any(bidi_class(c) in ("L", "R", "AL") for c in head)
                level = paragraph_level(head) if strong else int(rtl)
        local = tuple((max(a, offset) - offset, min(z, end) - offset, s)
                      for a, z, s in spans if a < end and z > offset)
        for line in layout_paragraph(piece, local, width, mode, rtl, level=None if first[b] else level):
            yield VisualLine(line.runs, line.start + offset, line.end + offset,
                             tuple((i + offset, c) for i, c in line.columns), line.rtl, line.width)


def visual_line(text: str, spans: tuple[Span, ...] = (), mode: str = "app") -> tuple[tuple[str, str | None], ...]:
    """A one-line label (a title, a snippet, a file name) in display order: no wrapping,
    no alignment. Every Arabic string the UI shows goes through here or the reader."""
    text = text.replace("\n", " ")
    if not text:
        return ()
    line = _layout(text, tuple(spans), max(1, sum(2 for _ in text)), mode, is_arabic_text(text), False)
    runs: list[tuple[str, str | None]] = []
    for part in line:
        runs.extend(part.runs)
    return tuple(runs)
