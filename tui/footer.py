"""A footer whose keys wrap onto a second line instead of being cut at the window's edge.

Textual's Footer is one row: at 60 columns the screen's own keys filled it and the
dossier-wide ones (t, f, e, Ctrl-O, ?, q) were cut off, with no sign they were there.
"""

from __future__ import annotations

from textual.geometry import Region, Size
from textual.layout import ArrangeResult
from textual.layouts.horizontal import HorizontalLayout
from textual.widgets import Footer

MAX_LINES = 3


class WrapLayout(HorizontalLayout):
    """Left to right like the horizontal layout; a widget that would pass the right edge
    starts the next row (each keeps its width and the gap before it)."""

    name = "wrap"

    def arrange(self, parent, children, size: Size, greedy: bool = True) -> ArrangeResult:
        placements = super().arrange(parent, children, size, greedy)
        out, x, y, previous_end, row_height = [], 0, 0, None, 1
        for placement in placements:
            region = placement.region
            gap = 0 if previous_end is None else max(0, region.x - previous_end)
            if x and x + gap + region.width > size.width:
                x, y, gap = 0, y + row_height, 0
                row_height = 1
            x += gap
            out.append(placement._replace(region=Region(x, y + region.y, region.width, region.height)))
            row_height = max(row_height, region.height)
            x += region.width
            previous_end = region.x + region.width
        return out


class WrappingFooter(Footer):
    DEFAULT_CSS = f"""
    WrappingFooter {{
        height: auto;
        max-height: {MAX_LINES};
    }}
    """

    _wrap = WrapLayout()

    @property
    def layout(self) -> WrapLayout:  # Footer's CSS says horizontal; a layout is not a CSS name
        return self._wrap
