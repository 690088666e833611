"""Timeline (t) and figures (f): the whole dossier's dates and numbers on one screen.

Both read stored mentions through dossier_tui.index.overview; selecting a row lists its
mentions (the linked-mentions screen) and choosing one opens it in the reader.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from dossier_tui.index.overview import FigureGroup, Timeline, format_number
from dossier_tui.index.sanitize import sanitize_line

from .labels import label


class OverviewScreen(ModalScreen[list[dict] | None]):
    """Returns the mentions behind the chosen row (the app lists them), or None."""

    BINDINGS = [Binding("escape,q", "dismiss(None)", "Close")]
    heading = ""

    def __init__(self, labels: dict[str, str]) -> None:
        super().__init__()
        self.labels = labels  # article path -> short label shown in the table
        self.row_mentions: dict[str, list[dict]] = {}

    def compose(self) -> ComposeResult:
        with Vertical(classes="overview-box"):
            yield Static(Text(self.heading, style="bold"), classes="overview-heading", markup=False)
            yield DataTable(cursor_type="row", zebra_stripes=True, classes="overview-table")
            yield Static(classes="overview-notes", markup=False)

    def _articles(self, mentions: list[dict]) -> Text:
        paths = sorted({m["path"] for m in mentions})
        out = Text()
        for n, p in enumerate(paths):
            if n:
                out.append(", ")
            out.append_text(label(self.labels.get(p, p)))
        return out

    @on(DataTable.RowSelected)
    def _chosen(self, event: DataTable.RowSelected) -> None:
        mentions = self.row_mentions.get(event.row_key.value)
        if mentions:
            self.dismiss(mentions)


class TimelineScreen(OverviewScreen):
    heading = "Timeline: every date in the dossier, by value; Enter lists its mentions"

    def __init__(self, data: Timeline, labels: dict[str, str]) -> None:
        super().__init__(labels)
        self.data = data

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("date", "precision", "mentions", "articles")
        for row in self.data.rows:
            self.row_mentions[row.key] = row.mentions
            table.add_row(Text(row.value, style="cyan"), Text(row.precision),
                          Text(str(len(row.mentions))), self._articles(row.mentions), key=row.key)
        for i, m in enumerate(self.data.unresolved):
            key = f"unresolved-{i}"
            self.row_mentions[key] = [m]
            table.add_row(label(m["text"], style="dim cyan"), Text("relative"),
                          Text("1"), self._articles([m]), key=key)
        notes = (f"{len(self.data.rows)} dates; {len(self.data.unresolved)} relative dates could not be "
                 "resolved (the article's date is unknown) and are listed last.")
        self.query_one(".overview-notes", Static).update(Text(notes, style="dim"))
        table.focus()


class FiguresScreen(OverviewScreen):
    heading = "Figures by unit; ⚠ marks units on which articles disagree; Enter lists the mentions"

    def __init__(self, groups: list[FigureGroup], labels: dict[str, str]) -> None:
        super().__init__(labels)
        self.groups = groups

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("unit", "value", "qualifier", "articles", "")
        disputed = 0
        for g, group in enumerate(self.groups):
            flag = Text("⚠ disagree", style="bold red") if group.disputed else Text("")
            disputed += group.disputed
            for v, value in enumerate(group.values):
                key = f"{g}:{v}"
                self.row_mentions[key] = value.mentions
                shown = format_number(value.value)
                if value.high is not None:
                    shown += "–" + format_number(value.high)
                table.add_row(label(group.unit, style="bold" if v == 0 else "dim"),
                              Text(shown, style="yellow"), Text(value.qualifier or ""),
                              self._articles(value.mentions), flag if v == 0 else Text(""), key=key)
        self.query_one(".overview-notes", Static).update(
            Text(f"{len(self.groups)} units, {disputed} with disagreeing articles.", style="dim"))
        table.focus()
