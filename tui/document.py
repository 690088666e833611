"""An article as the reader draws it: visual lines of styled runs, and where each offset landed.

The reader never lays text out itself: it asks the layout engine (dossier_tui.index.layout)
for each paragraph and keeps the engine's logical→visual map, so a hit, a mention or the
cursor is drawn on exactly the cells of its glyphs. Spans may overlap (a search hit inside
a date); they are flattened here into runs whose style is every kind covering them.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import pairwise

from dossier_tui.index.layout.engine import is_arabic_text, layout_paragraph

# Later kinds win when styles conflict; the widget combines them in this order.
KIND_ORDER = ("entity", "date", "figure", "unlinked", "hit", "herehit", "partner", "current")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str


@dataclass
class Document:
    """Visual lines for one article at one width and bidi mode."""

    lines: list[list[tuple[str, str | None]]] = field(default_factory=list)
    line_starts: list[int] = field(default_factory=list)  # logical offset where each line begins
    paragraph_lines: list[int] = field(default_factory=list)  # first visual line of each paragraph
    _cells: dict[int, tuple[int, int]] = field(default_factory=dict)
    _at: dict[tuple[int, int], int] | None = None

    def locate(self, offset: int) -> tuple[int, int]:
        """(line, cell column) of the glyph for a logical offset (the nearest one before it)."""
        if offset in self._cells:
            return self._cells[offset]
        line = max(0, bisect_right(self.line_starts, offset) - 1)
        return line, 0

    def line_of(self, offset: int) -> int:
        return self.locate(offset)[0]

    def offset_at(self, line: int, column: int) -> int | None:
        """The logical offset of the glyph drawn at (line, column), if any: for mouse clicks."""
        if self._at is None:
            self._at = {cell: off for off, cell in self._cells.items()}
        for col in (column, column - 1, column + 1):
            if (line, col) in self._at:
                return self._at[(line, col)]
        return None


def flatten(spans: list[Span]) -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, style) pieces; style lists every kind covering the piece."""
    cuts = sorted({p for s in spans if s.end > s.start for p in (s.start, s.end)})
    out: list[tuple[int, int, str]] = []
    for a, b in pairwise(cuts):
        kinds = {s.kind for s in spans if s.start <= a and s.end >= b}
        if kinds:
            name = "+".join(k for k in KIND_ORDER if k in kinds)
            if out and out[-1][1] == a and out[-1][2] == name:
                out[-1] = (out[-1][0], b, name)
            else:
                out.append((a, b, name))
    return out


def build_document(text: str, spans: list[Span], width: int, mode: str) -> Document:
    doc = Document()
    pieces = flatten(spans)
    rtl = is_arabic_text(text)
    offset = 0
    for paragraph in text.split("\n"):
        end = offset + len(paragraph)
        local = [(max(a, offset) - offset, min(b, end) - offset, name)
                 for a, b, name in pieces if a < end and b > offset]
        doc.paragraph_lines.append(len(doc.lines))
        for line in layout_paragraph(paragraph, tuple(local), width, mode, rtl):
            line_no = len(doc.lines)
            doc.lines.append(list(line.runs))
            doc.line_starts.append(offset + line.start)
            for logical, column in line.columns:
                doc._cells[offset + logical] = (line_no, column)
        offset = end + 1
    return doc

