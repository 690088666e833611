"""The prompt ``a`` opens: a URL to add to the dossier (tui/adding.py does the rest)."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static


class AddScreen(ModalScreen[str | None]):
    """Asks for a URL (pasted or typed); Enter adds it, Escape does nothing."""

    BINDINGS = [Binding("escape", "dismiss", "Cancel")]

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box"):
            yield Static(Text("Add a web page to the dossier (Enter adds, Escape cancels)",
                              style="bold"), markup=False)
            yield Input(placeholder="https://…", id="add-url")

    @on(Input.Submitted, "#add-url")
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def action_dismiss(self, result=None):
        self.dismiss(result)
