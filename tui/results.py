"""The ranked result list: one option per hit, title and snippet with the hits marked."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from dossier_tui.index.loader import Article
from dossier_tui.index.sanitize import sanitize_line
from dossier_tui.index.search import Hit

from .messages import ArticleChosen


def _snippet_text(hit: Hit, query_words: set[str]) -> Text:
    text = Text(hit.snippet, style="dim")
    for m in {m.text for m in hit.matches}:
        text.highlight_words([m], style="bold reverse")
    return text


class ResultList(OptionList):
    """Hits (or every article, before any search); Enter or click opens one."""

    def show_articles(self, articles: list[Article]) -> None:
        self._paths = [a.id for a in articles]
        self.set_options(
            Option(Text.assemble((a.title, "bold"), "\n", (sanitize_line(a.id), "dim")), id=a.id)
            for a in articles
        )
        if articles:
            self.highlighted = 0

    def show_hits(self, hits: tuple[Hit, ...]) -> None:
        self._paths = [h.path for h in hits]
        self.set_options(
            Option(
                Text.assemble((h.title, "bold"), f"  ({len(h.matches)})\n",
                              _snippet_text(h, set())),
                id=h.path,
            )
            for h in hits
        )
        if hits:
            self.highlighted = 0

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(ArticleChosen(event.option.id))
