"""The warnings screen (W): every warning of the session, said once in the status line."""

from __future__ import annotations

from rich.console import Group
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from .labels import Paragraph


class WarningsScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,W", "dismiss", "Close")]

    def __init__(self, warnings: list[str], mode: str = "app") -> None:
        super().__init__()
        self.warnings, self.mode = warnings, mode

    def compose(self) -> ComposeResult:
        # file names are untrusted (sanitised) and may be Arabic: wrapped by the engine
        body = Group(*[Paragraph("⚠ " + warning, mode=self.mode) for warning in self.warnings])
        with VerticalScroll(id="help-box"):
            yield Static(Text(f"Warnings ({len(self.warnings)})", style="bold underline"), markup=False)
            yield Static(body if self.warnings else Text("No warnings: every file loaded.", style="dim"),
                         markup=False)

    def action_dismiss(self, result=None):
        self.dismiss(result)
