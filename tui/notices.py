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
    # a modal screen hides the app's keys: b is bound here too, so it switches this list
    BINDINGS = [Binding("escape,q,W", "dismiss", "Close"),
                Binding("b", "app.toggle_bidi", "Bidi mode", show=False)]

    def __init__(self, warnings: list[str], mode: str = "app") -> None:
        super().__init__()
        self.warnings, self.mode = warnings, mode

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(Text(f"Warnings ({len(self.warnings)})", style="bold underline"), markup=False)
            yield Static(self._body(), markup=False, id="warnings-body")

    def _body(self) -> Group | Text:
        # file names are untrusted (sanitised) and may be Arabic: wrapped by the engine
        if not self.warnings:
            return Text("No warnings: every file loaded.", style="dim")
        return Group(*[Paragraph("⚠ " + warning, mode=self.mode) for warning in self.warnings])

    def set_bidi_mode(self, mode: str) -> None:
        if mode != self.mode:
            self.mode = mode
            if self.is_mounted:
                self.query_one("#warnings-body", Static).update(self._body())

    def action_dismiss(self, result=None):
        self.dismiss(result)
