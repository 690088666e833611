"""What the result list and the overview tables share: rows drawn only when on screen, a
cursor kept in view, and a look that follows focus."""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.scroll_view import ScrollView
from textual.strip import Strip


class RowView(ScrollView, can_focus=True):
    def line_strip(self, text: Text, style: Style, width: int, lead: str = "") -> Strip:
        """One drawn line: ``lead`` then ``text`` over ``style`` (the text's own styles on
        top), cut or padded to ``width`` cells."""
        segments = [Segment(lead, style)] if lead else []
        segments += [Segment(seg.text, style + seg.style if seg.style else style)
                     for seg in text.render(self.app.console)]
        return Strip(segments).crop(0, width).extend_cell_length(width, style)

    def reveal(self, top: int, bottom: int, fixed: int = 0) -> None:
        """Scroll so content lines ``top`` to ``bottom`` (exclusive) show below the ``fixed``
        lines at the top that do not scroll (a header)."""
        height = self.scrollable_content_region.height - fixed
        if top < self.scroll_offset.y:
            self.scroll_to(y=top, animate=False)
        elif height > 0 and bottom > self.scroll_offset.y + height:
            self.scroll_to(y=bottom - height, animate=False)

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()
