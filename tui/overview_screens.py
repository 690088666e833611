"""Timeline (t) and figures (f): the whole dossier's dates and numbers on one screen.

Both read stored mentions through dossier_tui.index.overview; selecting a row lists its
mentions (the linked-mentions screen) and choosing one opens it in the reader.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from itertools import accumulate

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Static

from dossier_tui.index.mentions.model import Mention
from dossier_tui.index.overview import EventSummary, FigureGroup, Timeline, format_number

from .footer import WrappingFooter
from .labels import Line, ListCell, Piece
from .overview_table import OverviewTable, RowKeys

SAMPLE = 3  # article labels shown per row; the rest are counted
# The disagreement flag has a column of its own, one cell wide, beside the row's label: as
# the last column it got only what the articles left (cut to "⚠ dis…", gone at 80 columns).
FLAG = Text("⚠", style="bold red")
NO_FLAG = Text(" ")


class OverviewScreen(Screen[Mention | None]):
    """Returns the mention chosen from a row's list, or None.

    A row's mentions are listed over the table, even a row of one (its sentence says
    whether it is worth going to): Escape from the list comes back to the table at the
    same row, and only choosing a mention closes the table.

    A full screen, not a modal over the reader: a dossier-wide table wants the rows, and
    a modal first redraws the whole reader beneath it, dimmed (140 ms of the 200 a view
    took to open at 10,000 articles)."""

    BINDINGS = [Binding("escape,q", "dismiss(None)", "Close")]
    heading = ""
    table_class = OverviewTable  # a subclass names what Enter does in the footer

    def __init__(self, labels: dict[str, str], load: Callable[[str], list[Mention]], mode: str = "app",
                 linked: Callable[[list[Mention]], Screen[Mention | None] | None] | None = None) -> None:
        super().__init__()
        self.mode = mode  # bidi mode of every label
        self.labels = labels  # article path -> short label shown in the table
        self.load = load  # row key -> its mentions, read from the store when chosen
        self.linked = linked  # a row's mentions -> the screen listing them (the app makes it)

    def compose(self) -> ComposeResult:
        with Vertical(classes="overview-box"):
            yield Static(self.heading_text(), classes="overview-heading", markup=False)
            yield self.table_class(mode=self.mode, classes="overview-table")
            yield Static(classes="overview-notes", markup=False)
        yield WrappingFooter()

    def heading_text(self) -> Text:
        return Text(self.heading, style="bold")

    def on_mount(self) -> None:
        self.fill()
        self.table.focus()

    def fill(self) -> None:
        """Set the table's rows (and notes), on mount. Cells read ``self.mode`` when they
        are drawn, so a bidi switch (``set_bidi_mode``) only formats them again."""
        raise NotImplementedError

    def _articles(self, paths: Sequence[str]) -> ListCell:
        """The articles of a row: the first few listed, the rest counted."""
        return ListCell([self.labels.get(p, p) for p in paths[:SAMPLE]], mode=self.mode,
                        hidden=max(0, len(paths) - SAMPLE))

    def set_bidi_mode(self, mode: str) -> None:
        """Cells are made in ``self.mode`` when drawn: the table formats its rows again, and
        the heading (a speaker's name in it) is laid out again."""
        self.mode = mode
        if self.is_mounted:
            self.table.set_bidi_mode(mode)
            self.query_one(".overview-heading", Static).update(self.heading_text())

    def cell(self, text: str, style: str = "") -> Line:
        """A table cell is a paragraph of its own: right to left and right-aligned if its
        first letter is, left to right if it has none (2025–2026 reads alike everywhere)."""
        return Line(Piece(text, style, flex=True), mode=self.mode, align=True)

    @property
    def table(self) -> OverviewTable:
        return self.query_one(OverviewTable)

    @on(OverviewTable.RowSelected)
    def _chosen(self, event: OverviewTable.RowSelected) -> None:
        self.choose(event.key)

    def choose(self, key: str) -> None:
        """Enter on a row: its mentions listed over the table."""
        listing = self.linked(self.load(key)) if self.linked else None
        if listing is not None:
            self.app.push_screen(listing, self._went)

    def _went(self, mention: Mention | None) -> None:
        if mention is not None:
            self.dismiss(mention)


class TimelineScreen(OverviewScreen):
    heading = "Timeline: every date in the dossier, by value; Enter lists its mentions"

    def __init__(self, data: Timeline, labels: dict[str, str], load: Callable[[str], list[Mention]],
                 mode: str = "app", linked=None) -> None:
        super().__init__(labels, load, mode, linked)
        self.data = data

    def fill(self) -> None:
        rows = [*self.data.rows, *self.data.unresolved]
        resolved = len(self.data.rows)

        def cells(i: int) -> tuple[Text | Line | ListCell, ...]:
            row = rows[i]
            if i < resolved:
                when = self.cell(row.shown, "cyan")
                precision = Text(row.precision)
            else:
                when, precision = self.cell(row.text or "", "dim cyan"), Text("relative")
            return when, precision, Text(f"{row.count:,}"), self._articles(row.articles)

        self.table.set_rows(("date", "precision", "mentions", "articles"),
                            RowKeys(len(rows), lambda i: rows[i].key), cells)
        notes = (f"{len(self.data.rows):,} dates; {sum(r.count for r in self.data.unresolved):,} "
                 "relative dates could not be resolved (the article's date is unknown) and are "
                 "listed last, by what they say.")
        self.query_one(".overview-notes", Static).update(Text(notes, style="dim"))


class FiguresScreen(OverviewScreen):
    heading = "Figures by unit; ⚠ marks units on which articles disagree; Enter lists the mentions"

    def __init__(self, groups: list[FigureGroup], labels: dict[str, str],
                 load: Callable[[str], list[Mention]], mode: str = "app", linked=None) -> None:
        super().__init__(labels, load, mode, linked)
        self.groups = groups

    def fill(self) -> None:
        # row -> (group, its n-th value) by the groups' first rows: no list of every value
        starts = [0, *accumulate(len(g.values) for g in self.groups)]
        groups = self.groups

        def at(i: int):
            g = bisect_right(starts, i) - 1
            v = i - starts[g]
            return groups[g], v, groups[g].values[v]

        def cells(i: int) -> tuple[Text | Line | ListCell, ...]:
            group, v, value = at(i)
            shown = format_number(value.value)
            if value.high is not None:
                shown += "–" + format_number(value.high)
            flag = FLAG if v == 0 and group.disputed else NO_FLAG
            return (self.cell(group.unit, "bold" if v == 0 else "dim"), flag, self.cell(shown, "yellow"),
                    self.cell(value.qualifier or ""), self._articles(value.articles))

        self.table.set_rows(("unit", "", "value", "qualifier", "articles"),
                            RowKeys(starts[-1], lambda i: at(i)[2].key), cells)
        disputed = sum(g.disputed for g in self.groups)
        self.query_one(".overview-notes", Static).update(
            Text(f"{len(self.groups):,} units, {disputed:,} with disagreeing articles.", style="dim"))


class EventsScreen(OverviewScreen):
    heading = ("Dates by event: what each article dates near words such as withdrawal or end; "
               "⚠ marks events the articles date differently; Enter lists the mentions")

    def __init__(self, events: list[EventSummary], labels: dict[str, str],
                 load: Callable[[str], list[Mention]], mode: str = "app", linked=None) -> None:
        super().__init__(labels, load, mode, linked)
        self.events = events

    def fill(self) -> None:
        # row -> (event, its n-th article): the rows are read from the store as drawn
        starts = [0, *accumulate(e.articles for e in self.events)]
        events = self.events

        def at(k: int) -> tuple[int, int]:
            i = bisect_right(starts, k) - 1
            return i, k - starts[i]

        def cells(k: int) -> tuple[Text | Line | ListCell, ...]:
            i, n = at(k)
            event = events[i]
            path, shown = event.row(n)
            dates = ListCell(shown, "cyan", mode=self.mode)
            flag = FLAG if n == 0 and event.disputed else NO_FLAG
            return (self.cell(event.event, "bold" if n == 0 else "dim"), flag, self._articles([path]), dates)

        def key(k: int) -> str:
            i, n = at(k)
            return f"{i}:{events[i].row(n)[0]}"

        self.table.set_rows(("event", "", "article", "dates it gives"), RowKeys(starts[-1], key), cells)
        disputed = sum(e.disputed for e in self.events)
        self.query_one(".overview-notes", Static).update(Text(
            f"{len(self.events):,} events, {disputed:,} dated differently by the articles. Events "
            "are found by their words near each date; check the sentences (Enter).", style="dim"))
