"""Choose an article to open beside the current one: fuzzy title match, best partner first."""

from __future__ import annotations

from rich.console import Group
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

from .labels import Line, Paragraph, Piece
from .rtl_input import RtlInput

SHOWN = 200  # rows listed at once; typing narrows the rest
DEBOUNCE_FROM = 2000  # choices: from here the filter runs when typing pauses (0.1-0.3 s a pass at 10k)


class ArticlePicker(ModalScreen[str | None]):
    """Returns the chosen article's path, or None. ``choices`` are (path, title, shared keys).

    Lists the best ``SHOWN`` (most shared keys, or best fuzzy match), then says how many
    more there are: at 10,000 articles listing them all took 4.6 s to draw, each row's
    Arabic title shaped and reordered, and again at every key typed in the filter."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel")]

    def __init__(self, choices: list[tuple[str, str, int]], heading: str, *, mode: str = "app") -> None:
        super().__init__()
        self.mode = mode  # bidi mode of the titles
        # most shared mention keys first: the likeliest article to compare with
        self.choices = sorted(choices, key=lambda c: (-c[2], c[0]))
        self.heading = heading
        self._timer = None

    def compose(self) -> ComposeResult:
        with Vertical(id="picker-box"):
            yield Static(Text(self.heading, style="bold"), markup=False)
            yield RtlInput(placeholder="Type to filter titles", id="picker-filter",
                           mode=self.mode)
            yield OptionList(id="picker-list")

    def on_mount(self) -> None:
        self._fill("")

    def set_bidi_mode(self, mode: str) -> None:
        """The titles listed again in ``mode`` (the filter box takes it itself); the
        highlighted one stays highlighted."""
        if mode == self.mode:
            return
        self.mode = mode
        if self.is_mounted:
            options = self.query_one("#picker-list", OptionList)
            highlighted = options.highlighted
            self._fill(self.query_one("#picker-filter", Input).value)
            if highlighted is not None and highlighted < options.option_count:
                options.highlighted = highlighted

    def _fill(self, pattern: str) -> None:
        options = self.query_one("#picker-list", OptionList)
        matcher = Matcher(pattern) if pattern else None
        rows = []
        for path, title, shared in self.choices:
            label = sanitize_line(title)
            haystack = label + " " + path
            score = matcher.match(haystack) if matcher else 1.0
            if score > 0 and pattern.casefold() in haystack.casefold():
                score += 10  # typed as written (a number, a word) beats letters scattered in order
            if score > 0:
                rows.append((score, path, label, shared))
        if matcher:
            rows.sort(key=lambda r: -r[0])
        listed = [Option(Group(Paragraph(name, "bold", mode=self.mode, max_lines=3),
                               Line(Piece(path, "dim"), Piece(f" · {shared} shared mention keys", "dim"),
                                    mode=self.mode)),
                         id=path)
                  for _, path, name, shared in rows[:SHOWN]]
        if len(rows) > SHOWN:
            listed.append(Option(Text(f"… {len(rows) - SHOWN:,} more: type to narrow the list",
                                      style="dim italic"), disabled=True))
        options.set_options(listed)
        if rows:
            options.highlighted = 0

    @on(Input.Changed, "#picker-filter")
    def _filter(self, event: Input.Changed) -> None:
        if self._timer is not None:
            self._timer.stop()
        if len(self.choices) < DEBOUNCE_FROM:
            self._fill(event.value)
        else:
            value = event.value
            self._timer = self.set_timer(0.15, lambda: self._fill(value))

    @on(Input.Submitted, "#picker-filter")
    def _take_first(self) -> None:
        if self._timer is not None:  # Enter before the pause: filter now, then take the first
            self._timer.stop()
            self._timer = None
            self._fill(self.query_one("#picker-filter", Input).value)
        options = self.query_one("#picker-list", OptionList)
        if options.highlighted is not None:
            self.dismiss(options.get_option_at_index(options.highlighted).id)

    @on(OptionList.OptionSelected, "#picker-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)
