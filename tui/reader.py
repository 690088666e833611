"""A reader pane: the article's header (title, source, date), a legend, and the article view."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from dossier_tui.index.loader import Article

from .article_view import ArticleView
from .labels import Byline, Part, Piece, is_rtl, label
from .styles import legend


class ReaderPane(Vertical):
    """Article text reaches the screen only as Rich ``Text`` or the view's segments: no markup."""

    def __init__(self, *, mode: str = "app", **kwargs) -> None:
        super().__init__(**kwargs)
        self.mode = mode
        self.order = 0  # when it was opened, among the panes: reading order follows it

    def compose(self) -> ComposeResult:
        yield Static(Text("Choose an article to read.", style="dim"), classes="reader-header",
                     markup=False)
        yield Static(legend(), classes="reader-legend", markup=False)
        yield ArticleView(mode=self.mode, classes="reader-view")

    def render_header(self) -> None:
        """Title and byline, each cut to the pane's width (an RTL title keeps its start)."""
        if not getattr(self, "_header", None):
            return
        title, parts = self._header
        width = max(10, self.size.width - 2) if self.size.width else None
        header = label(title, style="bold", fit=width, mode=self.mode, align=True)
        byline = Byline(*(Part((Piece(text, "dim"),), rank) for text, rank in parts),
                        mode=self.mode).render(width or 10_000)
        if width and is_rtl(title, self.mode) and byline.cell_len < width:  # under a right-aligned title
            byline = Text(" " * (width - byline.cell_len)) + byline
        header.append("\n")
        header.append_text(byline)
        self.query_one(".reader-header", Static).update(header)

    def on_resize(self) -> None:
        self.render_header()
        if self.is_mounted and self.view.article is not None:
            self._legend()

    @property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def article(self) -> Article | None:
        return self.view.article

    def set_bidi_mode(self, mode: str) -> None:
        """b: the header is drawn again in the new mode (the view lays its text out again)."""
        if mode != self.mode:
            self.mode = mode
            self.render_header()

    def show(self, article: Article, hits=(), mentions=(), at: int | None = None,
             date: str | None = None, source: str | None = None, title: str | None = None,
             mentions_later: bool = False) -> None:
        """``title``: dossier.toml's, when it gives one; ``mentions_later``: they are being read."""
        # short of room the file name goes first, then the source: the date stays
        self._header = (title or article.title,
                        tuple((d, rank) for d, rank in ((source, 1), (date, 0), (article.id, 2)) if d))
        self.render_header()
        self.view.show(article, hits, mentions, at, mentions_later)
        self._legend()

    def set_hits(self, hits) -> None:
        """The current search's hits: marked in the text, named in the legend."""
        self.view.set_hits(hits)
        self._legend()

    def add_mentions(self, mentions) -> None:
        """A long article's mentions, read after its text was shown."""
        self.view.add_mentions(mentions)
        self._legend()

    def _legend(self) -> None:
        """The kinds this article shows (a statement's speaker is marked apart from it)."""
        view = self.view
        kinds = set(view.marked.kinds) | ({"hit"} if view.hits else set())
        # the legend wraps whole entries onto as many lines as the pane needs
        self.query_one(".reader-legend", Static).update(legend(tuple(kinds | {"current"})))
