"""Command palette (Ctrl-P) entries: every action, and every article by title."""

from __future__ import annotations

import heapq
from functools import partial

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider

from dossier_tui.index.layout.engine import is_arabic_text
from dossier_tui.index.sanitize import sanitize_line

from .actions import ACTIONS
from .labels import label as shown
from .messages import ArticleChosen

ARTICLE_HITS = 40  # best-matching articles offered per query


class DossierCommands(Provider):
    def _entries(self):
        app = self.app
        for label, action, key, more in ACTIONS:
            help_text = f"{key} — {more}" if key else more
            run = partial(app.reader_action, action[7:]) if action.startswith("reader.") \
                else partial(app.run_action, action)
            yield label, run, help_text
        for path, title in getattr(app, "catalog", []):
            yield (f"Open: {sanitize_line(title)}", partial(app.post_message, ArticleChosen(path)),
                   sanitize_line(path))

    async def discover(self) -> Hits:
        for label, callback, help_text in self._entries():
            if not label.startswith("Open: "):
                yield DiscoveryHit(label, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        """Every action that matches, and the ``ARTICLE_HITS`` best-matching articles: at
        10,000 articles a letter typed matched them all, and shaping each title for the
        list kept the palette busy 7 s. Scoring is cheap (50 ms for 10k); only the best
        are shaped and offered."""
        matcher = self.matcher(query)
        mode = self.app.settings.bidi
        articles = []
        for label, callback, help_text in self._entries():
            score = matcher.match(label)
            if score <= 0:
                continue
            if label.startswith("Open: "):
                articles.append((score, label, callback, help_text))
            else:
                yield Hit(score, _display(label, matcher, mode), callback, text=label, help=help_text)
        for score, label, callback, help_text in heapq.nlargest(ARTICLE_HITS, articles,
                                                                key=lambda a: a[0]):
            yield Hit(score, _display(label, matcher, mode), callback, text=label, help=help_text)


def _display(label: str, matcher, mode: str) -> Text:
    """An Arabic title is shaped and put in display order (the palette draws text as it
    is given, and the terminal does no bidi); the fuzzy highlight, on logical offsets,
    is kept only for left-to-right labels."""
    if mode == "app" and is_arabic_text(label):
        head, _, title = label.partition(": ")
        return Text(f"{head}: ") + shown(title, mode=mode) if title else shown(label, mode=mode)
    return matcher.highlight(label)
