"""How each kind of span looks, in colour and without it.

Every kind has a non-colour attribute too (underline, bold, italic, reverse, a line over
a statement, bold italic for its speaker), so the reader still tells dates from figures
in a 16-colour terminal or under NO_COLOR.
"""

from __future__ import annotations

from functools import lru_cache

from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.style import Style
from rich.text import Text

KIND_STYLES = {
    # a statement is a whole clause: a faint tint and a line over it, so the words stay
    # readable and the dates, figures and entities inside keep their own marks on top
    "quote": Style(bgcolor="grey19", overline=True),
    "speaker": Style(color="bright_magenta", bold=True, italic=True),
    "entity": Style(color="green", italic=True),
    "date": Style(color="cyan", underline=True),
    "figure": Style(color="yellow", bold=True),
    "unlinked": Style(dim=True, strike=True),
    # a hit has colours of its own (the grey of reversed text), not the colour of what it
    # covers: a hit over an entity was green, over a date cyan, unlike the legend's swatch;
    # the kind under it still shows by its italic, underline or bold
    "hit": Style(reverse=True, color="grey85", bgcolor="grey11"),
    "herehit": Style(reverse=True, bold=True, underline=True, color="bright_yellow"),
    "partner": Style(reverse=True, bold=True, color="magenta"),
    "current": Style(reverse=True, bold=True, color="bright_white", bgcolor="blue"),
}

# in order of need: a narrow pane's legend names what fits whole, from the start; each
# swatch in the style its kind is drawn with (the current hit is drawn over a hit)
LEGEND = (("hit", "search hit"), ("hit+herehit", "current hit"), ("date", "date"), ("figure", "figure"),
          ("entity", "entity"), ("current", "current mention"), ("quote", "statement"),
          ("speaker", "speaker"), ("partner", "same key, other pane"),
          ("unlinked", "no partner there"))


@lru_cache(maxsize=256)
def style_for(name: str | None) -> Style:
    if not name:
        return Style.null()
    style = Style.null()
    for kind in name.split("+"):
        style += KIND_STYLES.get(kind, Style.null())
    return style


class Legend:
    """The swatches of a reader pane, wrapped whole onto as many lines as the pane needs
    (a Rich renderable): at 60 columns one line cut "entity" and "current mention" off."""

    def __init__(self, items: list[Text]) -> None:
        self.items = items

    @property
    def plain(self) -> str:
        return "  ".join(item.plain for item in self.items)

    def lines(self, width: int) -> list[Text]:
        lines: list[Text] = [Text()]
        for item in self.items:
            line = lines[-1]
            if line and line.cell_len + 2 + item.cell_len > width:
                line = Text()
                lines.append(line)
            if line:
                line.append("  ")
            line.append_text(item)
        for line in lines:
            line.no_wrap, line.overflow = True, "ellipsis"  # a swatch wider than the pane
        return lines

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield from self.lines(options.max_width)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(max((i.cell_len for i in self.items), default=0), len(self.plain))


def legend(kinds: tuple[str, ...] = ("hit", "date", "figure", "entity", "current")) -> Legend:
    return Legend([Text(label, style_for(kind)) for kind, label in LEGEND if kind.split("+")[-1] in kinds])
