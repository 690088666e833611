"""Short texts outside the article panes (titles, snippets, table cells, messages): the
engine's rules, one place for every widget.

- Direction: a label is a paragraph of its own, its direction that of its first
  letter (UAX #9 P2); one with no letters at all (``2025–2026``) is left to right, as
  the interface is, so a year range reads the same in every table.
- Cutting happens in logical order, at a word, with an ellipsis, before layout: a number
  at the visual edge of an RTL line is never cut to a stub, and a highlighted word is
  either shown whole or not at all.
- Wrapping is the engine's: lines come in reading order, an RTL line right-aligned.
"""

from __future__ import annotations

from .bidi import paragraph_level
from .engine import Span, VisualLine, _cells, _display, _is_mark, _layout

ELLIPSIS = "…"
_BREAK_AFTER = "/-–—،,;:"


def cell_width(text: str) -> int:
    """Cells ``text`` takes when drawn (unshaped: a lam-alef counts two, never too few)."""
    return sum(0 if _is_mark(c) else _cells(_display(c) or " ") for c in text if _display(c))


def cut(text: str, spans: tuple[Span, ...], width: int,
        keep: tuple[int, int] | None = None) -> tuple[str, tuple[Span, ...]]:
    """``text`` cut at its logical end to ``width`` cells: at the last word that fits,
    with an ellipsis; spans past the cut are dropped, one across it too (a word cut
    mid-way is never highlighted as a stub). ``keep``: a span (the first hit of a
    snippet) that must stay whole: words are dropped from the start for it ("… ")."""
    if cell_width(text) <= width:
        return text, spans
    if keep is not None and cell_width(text[:keep[1]]) > width - 1:
        start = keep[0]
        while True:  # the earliest word start from which "… " + text up to the kept end fits
            before = text.rfind(" ", 0, max(0, start - 1)) + 1
            if before >= start or cell_width("… " + text[before:keep[1]]) > width - 1:
                break
            start = before
        spans = tuple((a - start + 2, b - start + 2, s) for a, b, s in spans if a >= start)
        keep = (keep[0] - start + 2, keep[1] - start + 2)
        text = "… " + text[start:]
        if cell_width(text) <= width:
            return text, spans
    if width <= 1:
        return ELLIPSIS[:width], ()
    budget, used, k = width - 1, 0, 0
    while k < len(text):
        w = 0 if _is_mark(text[k]) or not _display(text[k]) else _cells(_display(text[k]))
        if used + w > budget:
            break
        used += w
        k += 1
    low = keep[1] if keep else 1  # never before a span kept whole
    b = k
    while b > low and not (text[b] == " " or text[b - 1] in _BREAK_AFTER):
        b -= 1
    if b >= low and text[:b].strip():
        k = b  # at a word, or after a slash or dash inside one (سبتمبر/أيلول)
    while k > 0 and text[k - 1] == " ":
        k -= 1
    kept = tuple((a, b, s) for a, b, s in spans if b <= k)
    return text[:k] + ELLIPSIS, kept


def label_line(text: str, spans: tuple[Span, ...] = (), width: int | None = None, mode: str = "app",
               align: bool = False, keep: tuple[int, int] | None = None) -> VisualLine:
    """One line: cut to ``width`` (logically), laid out; with ``align`` an RTL line is
    padded on the left to ``width``."""
    text = text.replace("\n", " ")
    rtl = bool(paragraph_level(text))  # a cut that leaves no letter ("4. …") keeps the direction
    if width is not None:
        text, spans = cut(text, tuple(spans), width, keep)
    if not text:
        return VisualLine((), 0, 0, (), False, 0)
    big = 2 * len(text) + 2
    (line,) = _layout(text, tuple(spans), big, mode, rtl, False, False)
    if align and width and line.rtl and mode == "app" and line.width < width:
        pad = width - line.width
        return VisualLine(((" " * pad, None),) + line.runs, line.start, line.end,
                          tuple((i, c + pad) for i, c in line.columns), True, line.width)
    return line


def label_lines(text: str, spans: tuple[Span, ...] = (), width: int = 80, mode: str = "app",
                max_lines: int | None = None) -> tuple[VisualLine, ...]:
    """A label wrapped at words to ``width``, lines in reading order, RTL ones right-aligned;
    with ``max_lines`` the last one shown is cut with an ellipsis."""
    text = text.replace("\n", " ")
    if not text:
        return ()
    lines = _layout(text, tuple(spans), max(1, width), mode, False)
    if max_lines is None or len(lines) <= max_lines:
        return lines
    end = lines[max_lines - 1].end
    while True:  # cut where the last line shown ends, a word earlier while "…" overflows
        shown = text[:end].rstrip() + ELLIPSIS
        kept = tuple(sp for sp in spans if sp[1] <= end)
        lines = _layout(shown, kept, max(1, width), mode, False)
        space = text.rfind(" ", 0, len(text[:end].rstrip()))
        if len(lines) <= max_lines or space <= 0:
            return lines[:max_lines]
        end = space
