"""The result list: ranked hits for a query, or every article (with its date and mention
counts) when the query is empty. Enter or a click opens one."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from dossier_tui.index.sanitize import sanitize_line
from dossier_tui.index.search import Hit

from .messages import ArticleChosen
from .styles import style_for


@dataclass(frozen=True)
class ArticleInfo:
    date: str | None = None
    source: str | None = None
    counts: tuple[tuple[str, int], ...] = ()  # (kind, how many) for dates, figures, entities


def _details(path: str, info: ArticleInfo | None) -> Text:
    text = Text(sanitize_line(path), style="dim")
    if info is None:
        return text
    for part in (info.source, info.date):
        if part:
            text.append("  ·  " + sanitize_line(part), style="dim")
    for kind, n in info.counts:
        text.append("  ")
        text.append(f"{n} {kind}s", style=style_for(kind))
    return text


def _snippet(hit: Hit) -> Text:
    text = Text(hit.snippet, style="dim")
    text.highlight_words(sorted({m.text for m in hit.matches}, key=len, reverse=True),
                         style="bold reverse")
    return text


class ResultList(OptionList):
    BINDINGS = [Binding("j", "cursor_down", "Down", show=False),
                Binding("k", "cursor_up", "Up", show=False)]

    def show_articles(self, articles: list[tuple[str, str]],
                      info: dict[str, ArticleInfo] | None = None) -> None:
        """Every article: (path, title) pairs, with dates and mention counts where known."""
        info = info or {}
        self.set_options(
            Option(Text.assemble((sanitize_line(title), "bold"), "\n", _details(path, info.get(path))),
                   id=path)
            for path, title in articles
        )
        if articles:
            self.highlighted = 0

    def show_hits(self, hits: tuple[Hit, ...], info: dict[str, ArticleInfo] | None = None) -> None:
        info = info or {}
        self.set_options(
            Option(
                Text.assemble((sanitize_line(h.title), "bold"), (f"  {len(h.matches)} hits", "cyan"),
                              "\n", _details(h.path, info.get(h.path)), "\n", _snippet(h)),
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
