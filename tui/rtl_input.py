"""A text input that draws its value through the layout engine.

Textual's Input draws the value as stored: typed Arabic comes out unshaped and left to
right. Here the value is drawn like every other Arabic string in the app (shaped, in
visual order, a right-to-left line right-aligned, digits and Latin in their own
direction) while editing stays logical: the caret is drawn on the cell the engine maps
its position to, Left and Right move visually, Backspace, Delete, Home, End, selection
and paste act on the logical value (Input's own code). In ``terminal`` bidi mode the
terminal reorders by itself, so the value is drawn logically.
"""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.geometry import Offset
from textual.strip import Strip
from textual.widgets import Input
from textual.widgets._input import Selection

from dossier_tui.index.layout.field import FieldLine, layout_field


class RtlInput(Input):
    def __init__(self, *args, mode: str = "app", **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.bidi_mode = mode

    slash_selects = False  # the search box: / means "search", never a character of the query

    async def _on_key(self, event) -> None:
        if self.slash_selects and event.character == "/":
            event.stop()
            event.prevent_default()
            self.select_all()  # typing now replaces the query
            return
        await super()._on_key(event)

    def set_bidi_mode(self, mode: str) -> None:
        self.bidi_mode = mode
        self.refresh()

    # -- geometry --------------------------------------------------------------------------
    def _field(self, spans: tuple[tuple[int, int, str], ...] = ()) -> FieldLine:
        return layout_field(self.value, spans, self.bidi_mode)

    def _spans(self) -> tuple[tuple[int, int, str], ...]:
        if not self.has_focus:
            return ()
        spans = []
        if not self.selection.is_empty:
            start, end = sorted(self.selection)
            spans.append((start, end, "selection"))
        if self._cursor_visible:
            spans.append((self.cursor_position, self.cursor_position + 1, "cursor"))
        return tuple(spans)

    def _width(self) -> int:
        return max(1, self.scrollable_content_region.width)

    @property
    def _cursor_offset(self) -> int:
        """The caret's cell in the widget (Input uses it for the terminal's own cursor)."""
        field = self._field(self._spans())
        return field.cells[self.cursor_position] - field.window(self.cursor_position, self._width())

    @property
    def cursor_screen_offset(self) -> Offset:
        x, y, _width, _height = self.content_region
        return Offset(x + self._cursor_offset, y)

    def _watch_selection(self, selection: Selection) -> None:
        """Input scrolls its own way here; this widget draws its window itself."""
        self.app.clear_selection()
        self.app.cursor_position = self.cursor_screen_offset

    def _cell_offset_to_index(self, offset: int) -> int:
        field = self._field()
        return field.position_at(offset + field.window(self.cursor_position, self._width()))

    # -- drawing ---------------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        if y != 0 or not self.value:
            return super().render_line(y)
        width = self._width()
        styles = {"cursor": self.get_component_rich_style("input--cursor"),
                  "selection": self.get_component_rich_style("input--selection")}
        field = self._field(self._spans())
        text = Text(no_wrap=True, overflow="ignore", end="")
        for piece, name in field.runs:
            text.append(piece, styles.get(name or "", Style.null()))
        strip = Strip(list(text.render(self.app.console)))
        left = field.window(self.cursor_position, width)
        if left < 0:
            strip = Strip([Segment(" " * -left), *strip])
        else:
            strip = strip.crop(left, left + width)
        strip = strip.extend_cell_length(width + 1)
        return strip.apply_style(self.rich_style)

    # -- moving: visual -------------------------------------------------------------------
    def action_cursor_left(self, select: bool = False) -> None:
        self._move(-1, select)

    def action_cursor_right(self, select: bool = False) -> None:
        if not select and self.cursor_at_end and self._suggestion:
            super().action_cursor_right()
            return
        self._move(1, select)

    def _move(self, step: int, select: bool) -> None:
        field = self._field()
        start, end = self.selection
        if select:
            self.selection = Selection(start, field.move(end, step))
        elif not self.selection.is_empty:  # collapse to the side moved towards
            lo, hi = sorted((start, end))
            self.cursor_position = lo if field.cells[lo] * step > field.cells[hi] * step else hi
        else:
            self.cursor_position = field.move(self.cursor_position, step)

    def action_cursor_left_word(self, select: bool = False) -> None:
        if self._field().rtl:
            super().action_cursor_right_word(select)
        else:
            super().action_cursor_left_word(select)

    def action_cursor_right_word(self, select: bool = False) -> None:
        if self._field().rtl:
            super().action_cursor_left_word(select)
        else:
            super().action_cursor_right_word(select)
