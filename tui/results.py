"""The result list: ranked hits for a query, or every article (with its date and mention
counts) when the query is empty. Enter or a click opens one.

Virtualised: every row has a fixed height and only the rows on screen are rendered, so
ten thousand articles list as fast as five (Textual's OptionList measures every option).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.style import Style
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip

if TYPE_CHECKING:
    from dossier_tui.index.search import Hit

from dossier_tui.wording import counted

from .labels import Byline, Line, Part, Piece, find_spans
from .messages import ArticleChosen
from .row_view import RowView
from .styles import style_for


@dataclass(frozen=True)
class ArticleInfo:
    date: str | None = None
    source: str | None = None
    counts: tuple[tuple[str, int], ...] = ()  # (kind, how many) for dates, figures, entities


@dataclass(frozen=True)
class Row:
    id: str
    lines: tuple[Line | Byline, ...]  # logical: cut and laid out at the width they are drawn at


class _LazyRows:
    """Rows formatted only when drawn: 10,000 titles cost nothing until scrolled to."""

    def __init__(self, items: list, fmt) -> None:
        self.items, self.fmt, self._cache = items, fmt, {}

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, i: int) -> Row:
        row = self._cache.get(i)
        if row is None:
            if len(self._cache) > 2000:
                self._cache.clear()
            row = self._cache[i] = self.fmt(self.items[i])
        return row

    def forget(self) -> None:
        """Format every row again when next drawn (the bidi mode changed)."""
        self._cache.clear()

    def ids(self) -> list[str]:
        return [self[i].id if i in self._cache else self.items[i][0] for i in range(len(self.items))]


def _details(path: str, info: ArticleInfo | None, mode: str) -> Byline:
    """File name · source · date, then the mention counts; short of room, the counts go
    first, then the source, then the date: the file name names the row and stays."""
    parts = [Part((Piece(path, "dim"),), 0)]
    for part, rank in ((info.source, 2), (info.date, 1)) if info else ():
        if part:
            parts.append(Part((Piece(part, "dim"),), rank))
    for kind, n in info.counts if info else ():
        parts.append(Part((Piece(counted(n, kind), style_for(kind)),), 3, sep="  "))
    return Byline(*parts, mode=mode)


def _snippet(hit: Hit, mode: str) -> Line:
    spans = find_spans(hit.snippet, [m.text for m in hit.matches])
    return Line(Piece(hit.snippet, "dim", spans, flex=True, focus=True), mode=mode)


class ResultList(RowView):
    BINDINGS = [Binding("enter", "select", "Open")]  # moving: RowView's keys

    highlighted: reactive[int | None] = reactive(None)

    class Highlighted(Message):
        def __init__(self, row_id: str) -> None:
            self.row_id = row_id
            super().__init__()

    def __init__(self, *, mode: str = "app", **kwargs) -> None:
        super().__init__(**kwargs)
        self.mode = mode  # bidi mode of the labels: rows are formatted in it when drawn
        self.rows: _LazyRows = _LazyRows([], None)
        self.row_height = 2
        self._index: dict[str, int] = {}

    # -- content ---------------------------------------------------------------------------
    def show_articles(self, articles: list[tuple[str, str]],
                      info: dict[str, ArticleInfo] | None = None, keep_place: bool = False) -> None:
        """Every article: (path, title) pairs, with dates and mention counts where known.
        ``keep_place``: the same list, better known (its counts arrived): the cursor and the
        view stay where the user left them rather than going back to the top."""
        info = info or {}
        here = self.rows[self.highlighted].id if keep_place and self.highlighted is not None \
            and self.highlighted < len(self.rows) else None
        top = self.scroll_offset.y

        def fmt(item) -> Row:
            path, title = item
            mode = self.mode
            return Row(path, (Line(Piece(title, "bold", flex=True), mode=mode),
                              _details(path, info.get(path), mode)))

        self._set_rows(_LazyRows(list(articles), fmt), 2)
        if here in self._index:
            self.scroll_to(y=top, animate=False)
            self.highlighted = self._index[here]

    def show_hits(self, hits: tuple[Hit, ...], info: dict[str, ArticleInfo] | None = None,
                  titles: dict[str, str] | None = None) -> None:
        """``titles``: the catalogue's, where dossier.toml names an article otherwise."""
        info, titles = info or {}, titles or {}

        def fmt(item) -> Row:
            h, mode = item[1], self.mode
            head = Line(Piece(titles.get(h.path, h.title), "bold", flex=True),
                        Piece(f"  {len(h.matches)} hit{'' if len(h.matches) == 1 else 's'}", "cyan"), mode=mode)
            return Row(h.path, (head, _details(h.path, info.get(h.path), mode), _snippet(h, mode)))

        self._set_rows(_LazyRows([(h.path, h) for h in hits], fmt), 3)

    def set_bidi_mode(self, mode: str) -> None:
        """The rows formatted again in ``mode`` as they are drawn; the cursor and the
        scroll stay where the user left them."""
        if mode != self.mode:
            self.mode = mode
            self.rows.forget()
            self.refresh()

    def _set_rows(self, rows: _LazyRows, height: int) -> None:
        self.rows, self.row_height = rows, height + 1  # a blank line between rows
        self._index = {item[0]: i for i, item in enumerate(rows.items)}
        self.virtual_size = Size(self.size.width, len(rows) * self.row_height)
        self.highlighted = 0 if rows else None
        self.scroll_to(y=0, animate=False)
        self.refresh()

    # the small part of OptionList's API that callers and tests use
    @property
    def option_count(self) -> int:
        return len(self.rows)

    def get_option_at_index(self, index: int) -> Row:
        return self.rows[index]

    def get_option_index(self, row_id: str) -> int:
        return self._index[row_id]

    # -- drawing ---------------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        number, line = divmod(scroll_y + y, self.row_height)
        base = self.rich_style
        if number >= len(self.rows) or line >= len(self.rows[number].lines):
            return Strip.blank(width, base)
        style = base
        if number == self.highlighted:
            style = base + (Style(reverse=True) if self.has_focus else Style(bold=True, underline=False))
        text = self.rows[number].lines[line].render(max(1, width - 2))
        return self.line_strip(text, style, width, lead="▌ " if number == self.highlighted else "  ")

    def watch_highlighted(self, old: int | None, new: int | None) -> None:
        if new is not None and self.rows:
            top = new * self.row_height
            self.reveal(top, top + self.row_height)
            self.post_message(self.Highlighted(self.rows[new].id))
        self.refresh()

    # -- keys and mouse ----------------------------------------------------------------------
    @property
    def row_count(self) -> int:
        return len(self.rows)

    def cursor_at(self) -> int | None:
        return self.highlighted

    def put_cursor(self, row: int) -> None:
        self.highlighted = row

    def page_rows(self) -> int:
        return self.scrollable_content_region.height // self.row_height

    def highlighted_id(self) -> str | None:
        """The article under the cursor (what Enter opens), None on an empty list."""
        if self.highlighted is not None and self.rows:
            return self.rows[self.highlighted].id
        return None

    def action_select(self) -> None:
        if (chosen := self.highlighted_id()) is not None:
            self.post_message(ArticleChosen(chosen))

    def on_click(self, event) -> None:
        number = (event.y + self.scroll_offset.y) // self.row_height
        if 0 <= number < len(self.rows):
            self.highlighted = number
            self.post_message(ArticleChosen(self.rows[number].id))
