"""The warnings screen (W): every warning of the session, said once in the status line."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from dossier_tui.index.sanitize import sanitize_line


class WarningsScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,W", "dismiss", "Close")]

    def __init__(self, warnings: list[str]) -> None:
        super().__init__()
        self.warnings = warnings

    def compose(self) -> ComposeResult:
        body = Text()
        for n, warning in enumerate(self.warnings):  # file names are untrusted: sanitised
            body.append(("\n" if n else "") + "⚠ " + sanitize_line(warning))
        with VerticalScroll(id="help-box"):
            yield Static(Text(f"Warnings ({len(self.warnings)})", style="bold underline"), markup=False)
            yield Static(body or Text("No warnings: every file loaded.", style="dim"), markup=False)

    def action_dismiss(self, result=None):
        self.dismiss(result)
