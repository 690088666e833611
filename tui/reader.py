"""The reader pane: one article, laid out for the terminal, with matches highlighted."""

from __future__ import annotations

from rich.text import Text
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from dossier_tui.index.loader import Article

MATCH_STYLE = "bold reverse"


class Reader(VerticalScroll):
    """Shows article text as Rich ``Text`` objects only, so it is never parsed as markup."""

    can_focus = True

    def compose(self):
        yield Static(Text("Choose an article to read.", style="dim"), id="reader-body",
                     markup=False)

    def show(self, article: Article, matches: list[tuple[int, int]] = ()) -> None:
        body = Text(article.text, no_wrap=False, justify="right")
        for start, end in matches:
            body.stylize(MATCH_STYLE, start, end)
        self.border_title = Content(article.title)  # a str here would be parsed as markup
        self.query_one("#reader-body", Static).update(body)
        self.scroll_home(animate=False)
        if matches:
            self.call_after_refresh(self._scroll_to_offset, article.text, matches[0][0])

    def _scroll_to_offset(self, text: str, offset: int) -> None:
        line = text.count("\n", 0, offset)
        self.scroll_to(y=max(0, line - 2), animate=False)
