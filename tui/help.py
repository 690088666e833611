"""The help screen: every binding of the app and of the widget that had focus."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

ABOUT = (
    "dossier-tui reads a folder of Arabic news articles. Search finds every spelling "
    "of a word (hamza, taa marbuta, harakat, Arabic-Indic digits). The reader lays Arabic "
    "out right-to-left for terminals that do no bidi of their own."
)


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close")]

    def __init__(self, bindings: list[tuple[str, str]]) -> None:
        super().__init__()
        self._rows = bindings

    def compose(self) -> ComposeResult:
        table = Table(box=None, show_header=True, header_style="bold", expand=True)
        table.add_column("Key", style="bold", no_wrap=True)
        table.add_column("Action")
        for key, description in self._rows:
            table.add_row(key, description)
        with VerticalScroll(id="help-box"):
            yield Static(Text("Keys", style="bold underline"), markup=False)
            yield Static(table, markup=False)
            yield Static(Text("\n" + ABOUT, style="dim"), markup=False)

    def action_dismiss(self, result=None):
        self.dismiss(result)


def describe_bindings(app) -> list[tuple[str, str]]:
    """(key, description) for the bindings active now, as the footer would list them."""
    seen, rows = set(), []
    for key, active in app.active_bindings.items():
        binding = active.binding
        if not binding.description or (binding.action, key) in seen:
            continue
        seen.add((binding.action, key))
        rows.append((app.get_key_display(binding), binding.description))
    return rows
