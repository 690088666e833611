"""The table of the dossier-wide views: rows drawn only when on screen.

Textual's DataTable measures and stores every cell as rows are added: at 10,000 articles
the timeline took 4 s to open, the figures 6 s and the dates by event 15 s. Here a row is
a key and a function that formats it when it is first drawn, so opening costs the same
for 50 rows or 50,000.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip

from .labels import Line, ListCell, fit
from .row_view import RowView

GAP = 2  # cells between columns
MEASURED = 40  # rows measured up front (about a screen); rows drawn later widen as needed
CACHED = 2000  # formatted rows kept
YIELDS_TO = 10  # cells a yielding column keeps before the others are cut too


class RowKeys(Sequence[str]):
    """A table's row keys made when asked for (the row drawn, Enter): a view of 100k rows
    need not build 100k strings to open."""

    def __init__(self, count: int, key: Callable[[int], str]) -> None:
        self._count, self._key = count, key

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self._key(n) for n in range(*i.indices(self._count))]
        if i < 0:
            i += self._count
        if not 0 <= i < self._count:
            raise IndexError(i)
        return self._key(i)


class OverviewTable(RowView):
    BINDINGS = [Binding("enter", "select", "List mentions")]  # moving: RowView's keys

    cursor_row: reactive[int] = reactive(0)

    class RowSelected(Message):
        def __init__(self, key: str) -> None:
            self.key = key
            super().__init__()

    def __init__(self, *, mode: str = "app", **kwargs) -> None:
        super().__init__(**kwargs)
        self.mode = mode  # bidi mode of the cells (they carry it: Lines made with it)
        self.columns: tuple[str, ...] = ()
        self.keys: Sequence[str] = []
        self._cells: Callable[[int], Sequence[Text | Line | ListCell]] = lambda i: ()
        self._cache: dict[int, Sequence[Text | Line | ListCell]] = {}
        self._widths: list[int] = []
        self.yields: int | None = None  # a column that gives up its room first when rows are too wide

    def set_bidi_mode(self, mode: str) -> None:
        """The rows formatted again in ``mode`` (the screen's ``cells`` reads it), measured
        again; the cursor stays on its row."""
        if mode != self.mode:
            self.mode = mode
            self._cache = {}
            self._widths = [len(c) for c in self.columns]
            for i in range(min(MEASURED, len(self.keys))):
                self.row(i)
            self.refresh()

    def set_rows(self, columns: Sequence[str], keys: Sequence[str],
                 cells: Callable[[int], Sequence[Text | Line | ListCell]]) -> None:
        """``cells(i)`` formats row ``i`` (one Text per column) when it is drawn."""
        self.columns, self.keys, self._cells, self._cache = tuple(columns), keys, cells, {}
        self._widths = [len(c) for c in self.columns]  # what each column needs: its widest cell
        for i in range(min(MEASURED, len(keys))):
            self.row(i)  # widens the columns it needs
        self.virtual_size = Size(self.size.width, len(keys) + 1)
        self.cursor_row = 0
        self.refresh()

    def row(self, i: int) -> Sequence[Text | Line | ListCell]:
        got = self._cache.get(i)
        if got is None:
            if len(self._cache) >= CACHED:
                self._cache.clear()
            got = self._cache[i] = self._cells(i)
            widths = self._widths
            for c, cell in enumerate(got):  # a wider row further down widens its column
                if c < len(widths) and cell.cell_len > widths[c]:
                    widths[c] = cell.cell_len
                    self.refresh()
        return got

    @property
    def row_count(self) -> int:
        return len(self.keys)

    def move_cursor(self, row: int) -> None:
        self.cursor_row = max(0, min(len(self.keys) - 1, row))

    def cursor_at(self) -> int:
        return self.cursor_row

    def put_cursor(self, row: int) -> None:
        self.cursor_row = row

    def page_rows(self) -> int:
        return self.scrollable_content_region.height - 1  # under the header

    # -- drawing ---------------------------------------------------------------------------
    def _fitted(self, width: int) -> list[int]:
        """Column widths for the widget's width, shared by need: every column gets what its
        widest cell needs if all fit (the last one then takes what is left); else a column
        that needs less than an equal share keeps its need and the others share the rest
        equally. (The last column's need used to be ignored: at 60 columns a date column
        kept 24 cells while the articles shrank to "…+12 more".)"""
        need = list(self._widths) or [width]
        budget = max(len(need), width - GAP * (len(need) - 1))
        if sum(need) <= budget:
            return [*need[:-1], budget - sum(need[:-1])]
        if self.yields is not None and self.yields < len(need):  # it shrinks before the others are cut
            c = self.yields
            need[c] = max(min(need[c], YIELDS_TO), budget - (sum(need) - need[c]))
            if sum(need) <= budget:
                return need
        widths = list(need)
        left, open_ = budget, sorted(range(len(need)), key=need.__getitem__)
        while open_:
            share = left // len(open_)
            if need[open_[0]] > share:
                break
            c = open_.pop(0)
            left -= need[c]
        for n, c in enumerate(sorted(open_)):  # the widest share what is left; any odd cells go last
            widths[c] = max(1, left // len(open_) + (left % len(open_) if n == len(open_) - 1 else 0))
        return widths

    def _line(self, cells: Sequence[Text | Line | ListCell], widths: list[int]) -> Text:
        out = Text(no_wrap=True, overflow="crop")
        for c, (cell, w) in enumerate(zip(cells, widths, strict=True)):
            if c:
                out.append(" " * GAP)
            shown = fit(cell, w)
            out.append_text(shown)
            out.append(" " * max(0, w - shown.cell_len))
        return out

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        widths = self._fitted(width)
        if y == 0:  # the header stays put while the rows scroll under it
            text = self._line([Text(c, style="bold") for c in self.columns], widths)
            return self.line_strip(text, base + Style(underline=True), width)
        number = self.scroll_offset.y + y - 1
        if number >= len(self.keys):
            return Strip.blank(width, base)
        style = base
        if number == self.cursor_row:
            style = base + (Style(reverse=True) if self.has_focus else Style(bold=True))
        return self.line_strip(self._line(self.row(number), widths), style, width)

    def watch_cursor_row(self, old: int, new: int) -> None:
        self.reveal(new, new + 1, fixed=1)  # under the header
        self.refresh()

    # -- keys and mouse ----------------------------------------------------------------------
    def action_select(self) -> None:
        if self.keys:
            self.post_message(self.RowSelected(self.keys[self.cursor_row]))

    def on_click(self, event) -> None:
        number = self.scroll_offset.y + event.y - 1
        if event.y >= 1 and 0 <= number < len(self.keys):
            self.cursor_row = number
            self.post_message(self.RowSelected(self.keys[number]))
