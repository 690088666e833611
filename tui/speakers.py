"""Who said what (s): the dossier's speakers, then one speaker's statements by outlet.

Both are overview tables (t/f/e's screen and table): Enter on a speaker lists their
statements over the speakers, Escape comes back to the same row, and Enter on a
statement closes both and opens the article there, as a row's mentions do in t/f/e.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rich.text import Text
from textual.binding import Binding
from textual.widgets import Static

from dossier_tui.index.speakers import Outlet, Speaker, Speakers

from .labels import Line, Piece
from .overview_screens import OverviewScreen
from .overview_table import OverviewTable


class SpeakerTable(OverviewTable):
    BINDINGS = [Binding("enter", "select", "Statements")]


class StatementTable(OverviewTable):
    BINDINGS = [Binding("enter", "select", "Go there")]


@dataclass(frozen=True)
class Said:
    """What a speaker said, as the statements screen shows it."""

    speaker: Speaker
    outlets: list[Outlet]
    total: int  # statements in the dossier (the outlets hold at most the app's cap)


class SpeakersScreen(OverviewScreen):
    """Named speakers, then unnamed sources, each by the number of articles quoting them."""

    heading = "Speakers: who the articles quote, most quoted first; Enter: their statements by outlet"
    table_class = SpeakerTable

    def __init__(self, data: Speakers, labels: dict[str, str], load: Callable[[str], Said | None],
                 mode: str = "app") -> None:
        super().__init__(labels, load, mode, linked=self._statements)
        self.data = data
        self.rows: list[Speaker | str] = []  # a str heads a section

    def fill(self) -> None:
        named, unnamed = self.data.named, self.data.unnamed
        self.rows = [f"Named speakers ({len(named):,})", *named, f"Unnamed sources ({len(unnamed):,})", *unnamed]

        def cells(i: int) -> tuple[Text | Line, ...]:
            row = self.rows[i]
            if isinstance(row, str):
                return Text(row, style="bold underline"), Text(""), Text(""), Text("")
            return (self.cell(row.name, "bold magenta" if not row.anonymous else "magenta"),
                    Text(f"{len(row.articles):,}"), Text(f"{row.statements:,}"), self._articles(row.articles))

        keys = [row.key if isinstance(row, Speaker) else f"section:{n}" for n, row in enumerate(self.rows)]
        self.table.yields = 3  # at 60 columns the names keep their room; the sample of articles gives it
        self.table.set_rows(("speaker", "articles", "statements", "quoted in"), keys, cells)
        self.table.put_cursor(1 if named else min(2, len(keys) - 1))  # on a speaker, not a heading
        self.query_one(".overview-notes", Static).update(Text(
            f"{len(named):,} named speakers, {len(unnamed):,} unnamed sources, "
            f"{sum(s.statements for s in self.data.ranked):,} statements; one person across spellings "
            "(a surname alone is the full name said before it).",
            style="dim"))

    def choose(self, key: str) -> None:
        if key.startswith("section:"):
            self.app.say("A heading: choose a speaker below it (↓) to list their statements")
            return
        super().choose(key)

    def _statements(self, said: Said | None) -> StatementsScreen | None:
        return StatementsScreen(said, self.labels, self.mode) if said and said.outlets else None


class StatementsScreen(OverviewScreen):
    """One speaker's statements, grouped by outlet (the outlets quoting most first), each
    with its article's date and first words; Enter opens the article at the statement."""

    BINDINGS = [Binding("escape,q", "dismiss(None)", "Back to the speakers")]
    table_class = StatementTable

    def __init__(self, said: Said, labels: dict[str, str], mode: str = "app") -> None:
        super().__init__(labels, lambda key: [], mode)
        self.said = said
        self.rows = [(n, k, m, date) for n, outlet in enumerate(said.outlets)
                     for k, (m, date) in enumerate(outlet.statements)]

    def heading_text(self) -> Line:
        speaker = self.said.speaker
        return Line(Piece("Statements by ", "bold"), Piece(speaker.name, "bold magenta", flex=True),
                    Piece(" (an unnamed source)" if speaker.anonymous else "", "bold"), mode=self.mode)

    def fill(self) -> None:
        outlets = self.said.outlets

        def cells(i: int) -> tuple[Line, ...]:
            n, k, m, date = self.rows[i]
            return (self.cell(outlets[n].name, "bold" if k == 0 else "dim"),
                    self.cell(date or "no date", "cyan" if date else "dim"),
                    self.cell(" ".join(m.text.split())))

        self.table.yields = 0  # narrow, the statement's words keep their room; the outlet's label gives it
        self.table.set_rows(("outlet", "date", "statement"), [f"{n}:{k}" for n, k, _m, _d in self.rows], cells)
        shown, total = len(self.rows), self.said.total
        count = (f"{total:,} statements" if shown == total
                 else f"{shown:,} of {total:,} statements (each article's first ones)")
        self.query_one(".overview-notes", Static).update(Text(
            f"{count} in {len(self.said.speaker.articles):,} articles, {len(outlets):,} outlets (an article "
            "of unknown source is its own). Enter: the article there; Escape: the speakers.", style="dim"))

    def choose(self, key: str) -> None:
        n, _, k = key.partition(":")
        self.dismiss(self.said.outlets[int(n)].statements[int(k)][0])

