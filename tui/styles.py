"""How each kind of span looks, in colour and without it.

Every kind has a non-colour attribute too (underline, bold, italic, reverse, a line over
a statement, bold italic for its speaker), so the reader still tells dates from figures
in a 16-colour terminal or under NO_COLOR.
"""

from __future__ import annotations

from functools import lru_cache

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


def legend(kinds: tuple[str, ...] = ("hit", "date", "figure", "entity", "current"),
           width: int | None = None) -> Text:
    """The kinds shown, named in their own style; with ``width``, only the entries that fit
    whole (a label cut mid-word names nothing)."""
    text = Text()
    for kind, label in LEGEND:
        if kind.split("+")[-1] in kinds:
            gap = "  " if text else ""
            if width is not None and text.cell_len + len(gap) + len(label) > width:
                break
            text.append(gap)
            text.append(label, style_for(kind))
    return text
