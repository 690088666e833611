"""What the result list and the overview tables share: rows drawn only when on screen, a
cursor kept in view, and a look that follows focus."""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.scroll_view import ScrollView
from textual.strip import Strip


class RowView(ScrollView, can_focus=True):
    """Subclasses say how many rows they have (``row_count``), where the cursor is
    (``cursor_at``, ``put_cursor``) and how many rows a page holds (``page_rows``); the
    keys that move the cursor are the same for all of them.

    Rows are drawn to the width they get (cut by the layout engine), so the view never
    scrolls sideways: its virtual width is the width it had when rows were set, and a
    narrower window later showed a stray horizontal scrollbar."""

    DEFAULT_CSS = """
    RowView {
        overflow-x: hidden;
    }
    """

    BINDINGS = [
        Binding("down,j", "move(1)", "Down", show=False),
        Binding("up,k", "move(-1)", "Up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("home", "move(-1_000_000_000)", "First", show=False),
        Binding("end", "move(1_000_000_000)", "Last", show=False),
    ]

    async def _on_key(self, event) -> None:
        """Enter is taken here, not by the binding (which names it in the footer): a
        binding acts only once the key has gone up to the app, behind the keys read with
        it, so ] typed right after Enter reached the app before the article was open, with
        the list still focused, and did nothing. Acting here, what Enter posts (the article
        chosen, the row's list) reaches the app first, and the keys after it go where it
        moved the focus."""
        if event.key == "enter" and hasattr(self, "action_select"):
            event.stop()
            event.prevent_default()
            self.action_select()
            return
        await super()._on_key(event)

    @property
    def row_count(self) -> int:
        raise NotImplementedError

    def cursor_at(self) -> int | None:
        raise NotImplementedError

    def put_cursor(self, row: int) -> None:
        raise NotImplementedError

    def page_rows(self) -> int:
        raise NotImplementedError

    def action_move(self, delta: int) -> None:
        total = self.row_count
        if total:
            self.put_cursor(max(0, min(total - 1, (self.cursor_at() or 0) + delta)))

    def action_page(self, direction: int) -> None:
        self.action_move(direction * max(1, self.page_rows()))

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
