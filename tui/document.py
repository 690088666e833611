"""An article as the reader draws it: visual lines of styled runs, laid out lazily.

The reader never lays text out itself: it asks the layout engine (dossier_tui.index.layout)
for each block and keeps the engine's logical→visual map, so a hit, a mention or the
cursor is drawn on exactly the cells of its glyphs. Spans may overlap (a search hit inside
a date); they are flattened here into runs whose style is every kind covering them.

A block is a paragraph, or a piece of at most BLOCK_CHARS of a longer one cut after a
space: a one-megabyte line is laid out a few thousand characters at a time. Blocks are
laid out only when asked for (what the viewport shows, the block of a mention jumped
to) and kept; until then a block's line count is an estimate from its length, so opening
a 50 MB article costs one pass to find its paragraphs, not a layout of all of it.
Articles up to EAGER_CHARS (nearly all) are laid out whole at once, as before.
"""

from __future__ import annotations

import heapq
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import accumulate
from operator import attrgetter
from typing import NamedTuple

from dossier_tui.index.layout.bidi import bidi_class, paragraph_level
from dossier_tui.index.layout.blocks import BLOCK_CHARS, blocks_of
from dossier_tui.index.layout.engine import VisualLine, is_arabic_text, layout_paragraph

# Later kinds win when styles conflict; the widget combines them in this order.
# A statement comes first: the marks of what it contains (a date, a figure) are drawn over
# its tint; its speaker's colour wins over the person entity the name also is.
KIND_ORDER = ("quote", "entity", "speaker", "date", "figure", "unlinked", "hit", "herehit", "partner", "current")
EAGER_CHARS = 20_000  # an article this short is laid out whole (~100 ms): every line number exact

Line = list[tuple[str, str | None]]


class Span(NamedTuple):  # a tuple: a long article makes tens of thousands, and the GC skips them
    start: int
    end: int
    kind: str


_start = attrgetter("start")


def flatten(spans: list[Span]) -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, style) pieces; style lists every kind covering the piece.

    One sweep over the sorted span ends (a 1 MB article can carry tens of thousands of
    mentions: comparing every cut with every span would take minutes).
    """
    events = sorted({p for s in spans if s.end > s.start for p in (s.start, s.end)})
    by_start = sorted((s for s in spans if s.end > s.start), key=_start)
    active: dict[str, int] = {}
    ending: list[tuple[int, int, str]] = []  # (end, serial, kind)
    out: list[tuple[int, int, str]] = []
    i = 0
    for a, b in zip(events, events[1:], strict=False):
        while i < len(by_start) and by_start[i].start <= a:
            s = by_start[i]
            active[s.kind] = active.get(s.kind, 0) + 1
            heapq.heappush(ending, (s.end, i, s.kind))
            i += 1
        while ending and ending[0][0] <= a:
            _, _, kind = heapq.heappop(ending)
            active[kind] -= 1
            if not active[kind]:
                del active[kind]
        name = "+".join(k for k in KIND_ORDER if k in active)
        if name:
            if out and out[-1][1] == a and out[-1][2] == name:
                out[-1] = (out[-1][0], b, name)
            else:
                out.append((a, b, name))
    return out


@dataclass
class Document:
    """Visual lines for one article at one width and bidi mode, laid out on demand."""

    text: str = ""
    width: int = 78
    mode: str = "app"
    starts: list[int] = field(default_factory=lambda: [0])  # logical offset of each block
    first: list[bool] = field(default_factory=lambda: [True])  # block begins a paragraph
    counts: list[int] = field(default_factory=lambda: [1])  # lines per block (estimated until laid out)
    laid: dict[int, tuple[VisualLine, ...]] = field(default_factory=dict)
    spans: list[Span] = field(default_factory=list)  # sorted by start
    marks: list[Span] = field(default_factory=list)  # the few that move (cursor, partner)
    _span_starts: list[int] = field(default_factory=list)
    _longest: int = 0
    _tops: list[int] | None = None
    _rtl: bool = True
    _levels: dict[int, int] = field(default_factory=dict)

    @classmethod
    def of(cls, text: str, spans: list[Span], width: int, mode: str, marks: list[Span] = ()) -> Document:
        starts, first = blocks_of(text)
        doc = cls(text=text, width=max(1, width), mode=mode, starts=starts, first=first)
        doc._rtl = is_arabic_text(text)
        ends = starts[1:] + [len(text) + 1]
        doc.counts = [max(1, -(-int((e - s - 1) * 1.1) // doc.width)) for s, e in zip(starts, ends, strict=True)]
        doc.set_spans(spans)
        doc.marks = list(marks)
        doc.lay_out_all()
        return doc

    def lay_out_all(self) -> None:
        if len(self.text) <= EAGER_CHARS:
            for b in range(len(self.starts)):
                self.lay_out(b)

    # -- blocks ------------------------------------------------------------------------------
    def block_range(self, b: int) -> tuple[int, int]:
        end = self.starts[b + 1] if b + 1 < len(self.starts) else len(self.text) + 1
        if b + 1 < len(self.starts) and not self.first[b + 1]:
            return self.starts[b], end  # a cut inside a paragraph: no newline between
        return self.starts[b], end - 1

    @property
    def tops(self) -> list[int]:
        """First visual line of every block (with today's estimates)."""
        if self._tops is None:
            self._tops = [0, *accumulate(self.counts)]
        return self._tops

    @property
    def line_count(self) -> int:
        return self.tops[-1]

    def block_at_line(self, line: int) -> int:
        return max(0, min(len(self.starts) - 1, bisect_right(self.tops, line) - 1))

    def block_at_offset(self, offset: int) -> int:
        return max(0, bisect_right(self.starts, offset) - 1)

    def _base(self, b: int) -> int | None:
        """A cut block keeps its paragraph's direction (its own first strong letter may differ)."""
        p = b
        while not self.first[p]:
            p -= 1
        if p == b:
            return None
        if p not in self._levels:
            head = self.text[self.starts[p]:self.starts[p] + 4 * BLOCK_CHARS]
            strong = any(bidi_class(c) in ("L", "R", "AL") for c in head)
            self._levels[p] = paragraph_level(head) if strong else int(self._rtl)
        return self._levels[p]

    def lay_out(self, b: int) -> int:
        """Lay out block b now (if not yet); the change in its line count."""
        if b in self.laid:
            return 0
        a, z = self.block_range(b)
        i = bisect_right(self._span_starts, a - self._longest)
        j = bisect_right(self._span_starts, z)
        near = [s for s in self.spans[i:j] if s.end > a and s.start < z]
        near += [s for s in self.marks if s.end > a and s.start < z]
        local = [(max(s, a) - a, min(e, z) - a, name) for s, e, name in flatten(near)]
        lines = layout_paragraph(self.text[a:z], tuple(local), self.width, self.mode, self._rtl,
                                 level=self._base(b))
        self.laid[b] = lines
        delta = len(lines) - self.counts[b]
        if delta:
            self.counts[b] = len(lines)
            self._tops = None
        return delta

    def set_spans(self, spans: list[Span]) -> None:
        """The article's highlights (hits, mentions): every block is laid out again when asked."""
        self.spans = sorted(spans, key=_start)
        self._span_starts = [s.start for s in self.spans]
        self._longest = max((s.end - s.start for s in self.spans), default=0)
        self.laid.clear()
        self.lay_out_all()

    def set_marks(self, marks: list[Span]) -> None:
        """The cursor or partner moved: only the blocks they left or reached are laid out again."""
        for s in {*self.marks, *marks} - ({*self.marks} & {*marks}):
            for b in range(self.block_at_offset(s.start), self.block_at_offset(max(s.start, s.end - 1)) + 1):
                self.laid.pop(b, None)
        self.marks = list(marks)
        self.lay_out_all()

    # -- lines -----------------------------------------------------------------------------
    def line(self, number: int) -> Line:
        b = self.block_at_line(number)
        self.lay_out(b)
        lines = self.laid[b]
        k = number - self.tops[b]
        return list(lines[k].runs) if 0 <= k < len(lines) else []

    def locate(self, offset: int) -> tuple[int, int]:
        """(line, cell column) of the glyph for a logical offset (the nearest one before it)."""
        b = self.block_at_offset(offset)
        self.lay_out(b)
        a, _ = self.block_range(b)
        top = self.tops[b]
        local = offset - a
        for k, vl in enumerate(self.laid[b]):
            if vl.start <= local < vl.end or k == len(self.laid[b]) - 1:
                for i, col in vl.columns:
                    if i == local:
                        return top + k, col
                return top + k, 0
        return top, 0

    def line_of(self, offset: int) -> int:
        return self.locate(offset)[0]

    def line_start(self, line: int) -> int:
        """The logical offset where a visual line begins."""
        b = self.block_at_line(line)
        self.lay_out(b)
        lines = self.laid[b]
        k = min(max(0, line - self.tops[b]), len(lines) - 1)
        return self.starts[b] + (lines[k].start if lines else 0)

    def paragraph_top(self, line: int, forward: bool) -> int | None:
        """The first line of the next (or previous) paragraph from a line. A blank line is
        not a paragraph: } and { land on text, never on the gap between two paragraphs."""
        b = self.block_at_line(line)
        rng = range(b + 1, len(self.starts)) if forward else range(b if self.tops[b] < line else b - 1, -1, -1)
        for p in rng:
            if self.first[p] and (self.tops[p] > line if forward else self.tops[p] < line) \
                    and not self._blank(p):
                return self.tops[p]
        return None

    def _blank(self, b: int) -> bool:
        start, end = self.block_range(b)
        return self.text[start:end].isspace() or start >= end

    @property
    def paragraph_lines(self) -> list[int]:
        """First visual line of each paragraph (with today's estimates)."""
        return [t for t, f in zip(self.tops, self.first, strict=False) if f]

    @property
    def lines(self) -> list[Line]:
        """Every line, laying out the whole article: for tests and small texts only."""
        return [self.line(n) for n in range(self.line_count)]

    def offset_at(self, line: int, column: int) -> int | None:
        """The logical offset of the glyph drawn at (line, column), if any: for mouse clicks."""
        b = self.block_at_line(line)
        self.lay_out(b)
        k = line - self.tops[b]
        if not 0 <= k < len(self.laid[b]):
            return None
        at = {c: i for i, c in self.laid[b][k].columns}
        for col in (column, column - 1, column + 1):
            if col in at:
                return self.starts[b] + at[col]
        return None


def build_document(text: str, spans: list[Span], width: int, mode: str) -> Document:
    return Document.of(text, spans, width, mode)
