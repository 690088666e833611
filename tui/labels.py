"""One-line labels (titles, snippets, file names) as Rich Text in display order.

In app bidi mode the terminal does no bidi, so every Arabic string the UI shows, not
only the article body, must be shaped and put in visual order; in terminal mode it stays
logical. Text built here is never parsed as markup.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.style import Style
from rich.text import Text

from dossier_tui.index.layout.engine import VisualLine
from dossier_tui.index.layout.labels import cell_width, label_line, label_lines
from dossier_tui.index.sanitize import sanitize_line

from .styles import style_for

Spans = tuple[tuple[int, int, str], ...]


def _style(style: str | Style) -> Style:
    return Style.parse(style) if isinstance(style, str) else style


def _text(line: VisualLine, base: Style) -> Text:
    out = Text(no_wrap=True, end="")
    for piece, name in line.runs:
        out.append(piece, base + style_for(name) if name else base)
    return out


def label(text: str, style: str | Style = "", spans: Spans = (), fit: int | None = None, *,
          mode: str, align: bool = False) -> Text:
    """``text`` (untrusted) as a one-line Text; ``spans`` (logical offsets) get kind styles.
    ``mode`` is the bidi mode ("app" or "terminal") of the widget that shows it.

    With ``fit``, a label too wide is cut in logical order, at a word, with an ellipsis,
    and only then laid out (index/layout/labels.py); ``align`` right-aligns an RTL label
    in ``fit`` cells."""
    return _text(label_line(sanitize_line(text), spans, fit, mode, align), _style(style))


def is_rtl(text: str, mode: str) -> bool:
    """Whether ``text`` is drawn as a right-to-left paragraph (right-aligned where aligned)."""
    return mode == "app" and label_line(sanitize_line(text)[:200], (), None, mode).rtl


@dataclass(frozen=True)
class Piece:
    """Part of a composed line: logical text laid out on its own. ``flex``: the piece
    that is cut when the line is too wide (else the line is cut from its end); ``focus``:
    its first span stays visible (a snippet's first hit), words dropped before it."""

    text: str
    style: str | Style = ""
    spans: Spans = ()
    flex: bool = False
    focus: bool = False


class Line:
    """A line composed of pieces left to right (an interface line: a title and its hit
    count, a path and its date), kept logical until drawn at the width it gets: each
    piece is cut and laid out by the engine, never the drawn text. With ``align``, a line
    of one right-to-left piece is right-aligned. A Rich renderable, so it can be an
    OptionList prompt; ``render(width)`` for widgets that draw lines themselves."""

    def __init__(self, *pieces: Piece, mode: str, align: bool = False, rtl: bool = False) -> None:
        """``rtl``: the pieces are drawn from the right (a right-to-left line of parts)."""
        self.pieces = tuple(Piece(sanitize_line(p.text), p.style, p.spans, p.flex, p.focus) for p in pieces)
        self.mode, self.align, self.reverse = mode, align, rtl and mode == "app"
        self._drawn: dict[int, Text] = {}  # width -> line: a row is drawn again at every refresh

    @property
    def plain(self) -> str:
        return "".join(p.text for p in self.pieces)

    def __str__(self) -> str:
        return self.plain

    @property
    def cell_len(self) -> int:
        return sum(cell_width(p.text) for p in self.pieces)

    @property
    def rtl(self) -> bool:
        return self.reverse or any(is_rtl(p.text, self.mode) for p in self.pieces if p.flex or len(self.pieces) == 1)

    def render(self, width: int) -> Text:
        """The line cut and laid out for ``width`` cells (not to be modified: it is kept)."""
        if width not in self._drawn:
            if len(self._drawn) > 8:
                self._drawn.clear()
            self._drawn[width] = self._render(width)
        return self._drawn[width]

    def _render(self, width: int) -> Text:
        fixed = sum(cell_width(p.text) for p in self.pieces if not p.flex)
        drawn: list[Text] = []
        left = width
        for p in self.pieces:
            room = max(0, min(left, width - fixed if p.flex else left))
            if room <= 0:
                break
            if not p.flex and cell_width(p.text) > room and drawn:  # whole, or an ellipsis
                drawn.append(Text("…", style=_style(p.style), end=""))
                left -= 1
                break
            keep = p.spans[0][:2] if p.focus and p.spans else None
            drawn.append(_text(label_line(p.text, p.spans, room, self.mode, keep=keep), _style(p.style)))
            left -= drawn[-1].cell_len
            if not p.flex:
                fixed -= cell_width(p.text)
        if self.reverse:
            drawn.reverse()
        if self.align and left > 0 and self.rtl:  # right-aligned: the padding goes before the text
            at = 0 if self.reverse else next((k for k, p in enumerate(self.pieces[:len(drawn)]) if p.flex), 0)
            drawn.insert(at, Text(" " * left, end=""))
        out = Text(no_wrap=True, end="")
        for piece in drawn:
            out.append_text(piece)
        return out

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        line = self.render(options.max_width)
        line.end = "\n"
        yield line

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(1, min(options.max_width, self.cell_len))


@dataclass(frozen=True)
class Part:
    """A part of a byline (a date, a source, a file name, a count) and how long it is kept
    when the line is short of room: parts of a higher ``rank`` go first."""

    pieces: tuple[Piece, ...]
    rank: int
    sep: str = "  ·  "  # before it, when a part precedes it


BYLINE_MIN_CUT = 6  # cells below which a dropped part is not brought back cut


class Byline:
    """A meta line of parts in a fixed order. When they do not all fit, whole parts are
    dropped, the least important first (a file name before the date), and the one left
    alone is cut at its end: at 60 columns the date used to be cut to "…" after a source
    and a file name that were shown whole."""

    def __init__(self, *parts: Part, mode: str) -> None:
        self.parts, self.mode = parts, mode
        self._drawn: dict[int, Text] = {}

    @property
    def plain(self) -> str:
        return "".join(p.sep * bool(n) + "".join(x.text for x in p.pieces) for n, p in enumerate(self.parts))

    def __str__(self) -> str:
        return self.plain

    @staticmethod
    def _width(parts: list[Part]) -> int:
        return sum(cell_width(p.sep) * bool(n) + sum(cell_width(x.text) for x in p.pieces)
                   for n, p in enumerate(parts))

    def render(self, width: int) -> Text:
        if width not in self._drawn:
            if len(self._drawn) > 8:
                self._drawn.clear()
            kept, dropped = list(self.parts), None
            while len(kept) > 1 and self._width(kept) > width:
                dropped = max(reversed(kept), key=lambda p: p.rank)
                kept.remove(dropped)
            cut = None  # the part drawn cut, with an ellipsis
            if len(kept) == 1 and self._width(kept) > width:
                cut = kept[0]  # alone and too wide
            elif dropped is not None and len(dropped.pieces) == 1 \
                    and width - self._width(kept) - cell_width(dropped.sep) >= BYLINE_MIN_CUT:
                cut = dropped  # the last part dropped comes back cut where it fits in part
                kept = [p for p in self.parts if p in kept or p is dropped]
            pieces: list[Piece] = []
            for n, part in enumerate(kept):
                pieces += [Piece(part.sep, "dim")] if n else []
                if part is cut and len(part.pieces) == 1:
                    pieces.append(Piece(part.pieces[0].text, part.pieces[0].style, flex=True))
                else:
                    pieces += part.pieces
            if len(kept) < len(self.parts) and width - self._width(kept) >= 2:
                pieces.append(Piece(" …", "dim"))  # the line says it has more
            self._drawn[width] = Line(*pieces, mode=self.mode).render(width)
        return self._drawn[width]

    @property
    def cell_len(self) -> int:
        return cell_width(self.plain)


LIST_MIN_LABEL = 10  # cells a list's first item keeps before its count is shortened


class ListCell:
    """A table cell listing items (article labels, dates): one paragraph whose items are
    each laid out on their own, as if isolated, so 2025–2026 reads as it does alone. A
    list whose first letter is Arabic runs right to left with Arabic commas and is
    right-aligned. Items that do not fit whole are counted ("+2 more") with the
    ``hidden`` ones; a first item too wide for the cell is cut, at a word."""

    def __init__(self, items: list[str], style: str | Style = "", *, mode: str, hidden: int = 0) -> None:
        self.items = [sanitize_line(t) for t in items]
        self.style, self.mode, self.hidden = _style(style), mode, hidden
        self.rtl = is_rtl(" ".join(self.items), mode)
        self.sep = "، " if self.rtl else ", "

    @property
    def plain(self) -> str:
        return self.sep.join(self.items) + self._more(self.hidden)

    @property
    def cell_len(self) -> int:
        return cell_width(self.plain)

    @staticmethod
    def _more(n: int) -> str:
        return f"  +{n:,} more" if n else ""

    def render(self, width: int) -> Text:
        shown = len(self.items)
        while shown > 1 and cell_width(self.sep.join(self.items[:shown])
                                       + self._more(self.hidden + len(self.items) - shown)) > width:
            shown -= 1
        more = self._more(self.hidden + len(self.items) - shown)
        if more and width - cell_width(more) < LIST_MIN_LABEL:  # "+12", not "+12 more", in a narrow cell
            more = f" +{self.hidden + len(self.items) - shown:,}"
        room = max(1, width - cell_width(more))
        parts: list[Text] = []
        for n, item in enumerate(self.items[:shown]):
            if n:
                parts.append(Text(self.sep, style=self.style, end=""))
            parts.append(_text(label_line(item, (), room if shown == 1 else None, self.mode), self.style))
        if more:
            parts.append(Text(more, style=self.style + Style(dim=True), end=""))
        if self.rtl and self.mode == "app":
            parts.reverse()  # the count at the list's end, its left; the gap towards the list
            if more:
                parts[0] = Text(more.strip() + " " * (len(more) - len(more.lstrip())),
                                style=self.style + Style(dim=True), end="")
        out = Text(no_wrap=True, end="")
        for part in parts:
            out.append_text(part)
        if self.rtl and self.mode == "app" and out.cell_len < width:
            out = Text(" " * (width - out.cell_len), end="") + out
        return out


class Paragraph:
    """A label wrapped to the width it gets, by the engine: lines in reading order, an RTL
    one right-aligned; at most ``max_lines``, the last cut with an ellipsis."""

    def __init__(self, text: str, style: str | Style = "", spans: Spans = (), *, mode: str,
                 max_lines: int | None = None) -> None:
        self.text, self.style, self.spans = sanitize_line(text), _style(style), spans
        self.mode, self.max_lines = mode, max_lines

    @property
    def plain(self) -> str:
        return self.text

    def lines(self, width: int) -> list[Text]:
        return [_text(line, self.style)
                for line in label_lines(self.text, self.spans, width, self.mode, self.max_lines)]

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        text = Text("\n").join(self.lines(options.max_width))
        text.end, text.no_wrap = "\n", True
        yield text

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(1, min(options.max_width, cell_width(self.text)))


def find_spans(text: str, needles: list[str], kind: str = "hit") -> tuple[tuple[int, int, str], ...]:
    """Where each of ``needles`` occurs in ``text``: to highlight hits inside a snippet."""
    spans = []
    for needle in sorted(set(needles), key=len, reverse=True):
        if not needle:
            continue
        start = text.find(needle)
        while start != -1:
            if not any(a < start + len(needle) and start < b for a, b, _ in spans):
                spans.append((start, start + len(needle), kind))
            start = text.find(needle, start + len(needle))
    return tuple(sorted(spans))


def fit(cell: Text | Line | ListCell, width: int) -> Text:
    """A cell cut to ``width``: a Line or ListCell by the engine (logically), plain Text at its end."""
    if isinstance(cell, Line | ListCell):
        return cell.render(width)
    if cell.cell_len <= width or width < 2:
        return cell
    out = cell.copy()
    out.truncate(width, overflow="ellipsis")
    return out
