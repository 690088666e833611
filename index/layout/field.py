"""One editable line (a search box, a filter) laid out by the engine, with its caret.

The value is edited in logical order; it is drawn as the engine draws any paragraph
(shaped, in visual order). What an editor needs beyond a label is where the caret is:
``cells[p]`` is the cell the caret at logical position ``p`` is drawn on (the glyph of
the character after it, which Delete removes; at the end, one cell past the text on
the paragraph's end side: left of a right-to-left line). ``stops`` lists the caret
positions in left-to-right order of their cells, so Left and Right move visually, as
in other RTL editors, while Backspace and Delete still act at ``p``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..sanitize import sanitize_line
from .engine import MODES, Span, _is_mark, _layout


@dataclass(frozen=True)
class FieldLine:
    runs: tuple[tuple[str, str | None], ...]  # left to right; the end cell included
    cells: tuple[int, ...]  # caret position 0..n -> its cell
    stops: tuple[int, ...]  # caret positions in visual (left to right) order
    size: int  # cells, the end cell included
    rtl: bool

    def move(self, position: int, step: int) -> int:
        """The caret position ``step`` stops to the right (negative: left) of ``position``."""
        if position in self.stops:
            k = self.stops.index(position)
        else:  # between a letter and its mark: from the letter's cell
            k = min(range(len(self.stops)), key=lambda j: abs(self.cells[self.stops[j]] - self.cells[position]))
        return self.stops[max(0, min(len(self.stops) - 1, k + step))]

    def position_at(self, cell: int) -> int:
        """The caret position drawn nearest ``cell`` (a mouse click)."""
        return min(self.stops, key=lambda p: abs(self.cells[p] - cell))

    def window(self, position: int, width: int) -> int:
        """The first cell shown in ``width`` cells: a line that fits is aligned to its
        start side (right for RTL); a longer one shows its start, or the caret."""
        if self.size <= width:
            return self.size - width if self.rtl else 0
        caret = self.cells[position]
        if self.rtl:
            return min(self.size - width, caret)
        return max(0, caret - width + 1)


def layout_field(text: str, spans: tuple[Span, ...] = (), mode: str = "app") -> FieldLine:
    """``text`` (one line, logical) as drawn in an edited field; see the module's note."""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}")
    return _field("".join(map(_safe, text)), tuple(spans), mode)


@lru_cache(maxsize=4096)
def _safe(ch: str) -> str:
    """What sanitize_line makes of one character, kept one character long (a dropped
    control or bidi override shows as U+FFFD) so caret positions stay the value's."""
    shown = sanitize_line(ch)
    return shown if len(shown) == 1 else "\ufffd"


@lru_cache(maxsize=256)
def _field(text: str, spans: tuple[Span, ...], mode: str) -> FieldLine:
    n = len(text)
    if not n:
        return FieldLine(((" ", None),), (0,), (0,), 1, False)
    (line,) = _layout(text, spans, 4 * n + 4, mode, False, False, False)
    rtl = line.rtl and mode == "app"  # a terminal that reorders by itself draws logical cells
    shift = 1 if rtl else 0
    at = line.column_of()
    cells = [at[i] + shift for i in range(n)] + [0 if rtl else line.width]
    end = next((name for a, b, name in reversed(spans) if a <= n < b), None)  # a caret at the end
    runs = line.runs
    if rtl:
        runs = ((" ", end),) + runs
    else:
        runs = runs + ((" ", end),)
    order = [p for p in range(n + 1) if p == n or not _is_mark(text[p])]
    stops = sorted(order, key=lambda p: (cells[p], -p if rtl else p))
    return FieldLine(runs, tuple(cells), tuple(stops), line.width + 1, rtl)
