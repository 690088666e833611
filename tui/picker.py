"""Choose an article to open beside the current one: fuzzy title match, best partner first."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.fuzzy import Matcher
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from dossier_tui.index.sanitize import sanitize_line

from .labels import label as shown


class ArticlePicker(ModalScreen[str | None]):
    """Returns the chosen article's path, or None. ``choices`` are (path, title, shared keys)."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel")]

    def __init__(self, choices: list[tuple[str, str, int]], heading: str) -> None:
        super().__init__()
        # most shared mention keys first: the likeliest article to compare with
        self.choices = sorted(choices, key=lambda c: (-c[2], c[0]))
        self.heading = heading

    def compose(self) -> ComposeResult:
        with Vertical(id="picker-box"):
            yield Static(Text(self.heading, style="bold"), markup=False)
            yield Input(placeholder="Type to filter titles", id="picker-filter")
            yield OptionList(id="picker-list")

    def on_mount(self) -> None:
        self._fill("")

    def _fill(self, pattern: str) -> None:
        options = self.query_one("#picker-list", OptionList)
        matcher = Matcher(pattern) if pattern else None
        rows = []
        for path, title, shared in self.choices:
            label = sanitize_line(title)
            score = matcher.match(label + " " + path) if matcher else 1.0
            if score > 0:
                rows.append((score, path, label, shared))
        if matcher:
            rows.sort(key=lambda r: -r[0])
        options.set_options(
            Option(Text.assemble(shown(name, style="bold"), "\n", shown(path, style="dim"),
                                 (f" · {shared} shared mention keys", "dim")),
                   id=path)
            for _, path, name, shared in rows
        )
        if rows:
            options.highlighted = 0

    @on(Input.Changed, "#picker-filter")
    def _filter(self, event: Input.Changed) -> None:
        self._fill(event.value)

    @on(Input.Submitted, "#picker-filter")
    def _take_first(self) -> None:
        options = self.query_one("#picker-list", OptionList)
        if options.highlighted is not None:
            self.dismiss(options.get_option_at_index(options.highlighted).id)

    @on(OptionList.OptionSelected, "#picker-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)
