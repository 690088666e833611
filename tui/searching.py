"""Searching from the box: as you type once typing pauses, or on Enter; big dossiers in a
worker that posts its result. A mixin of the app. Needs from it: ``workspace``,
``searchable``, ``indexing_first``, ``last_result``, ``_info``, ``_query_text``,
``_search_timer``, ``SEARCH_DELAY``, ``WORKER_FROM``, ``_set_status()`` and
``_warnings_said()``, ``status_line``.
"""

from __future__ import annotations

from textual import work
from textual.widgets import Input

from dossier_tui.index.errors import DossierError
from dossier_tui.index.sanitize import sanitize_line
from dossier_tui.wording import articles_match

from .focus import focus_now
from .messages import SearchDone
from .results import ResultList
from .status import Said


class SearchActions:
    # plain handler names, not @on: Textual collects @on only from its own classes' bodies
    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id != "search":
            return
        if self._search_timer is not None:
            self._search_timer.stop()
        if self.searchable:
            self.run_search(event.value)
            focus_now(self.query_one("#results", ResultList))
        elif self.index is not None:
            doing = "indexing the dossier" if self.indexing_first else "checking the dossier for changes"
            self._set_status(f"Still {doing}: the search runs when that is done.")

    def on_input_changed(self, event: Input.Changed) -> None:
        """Search as you type, once typing pauses."""
        if event.input.id != "search":
            return
        if self._search_timer is not None:
            self._search_timer.stop()
        if self.searchable:
            value = event.value
            self._search_timer = self.set_timer(self.SEARCH_DELAY, lambda: self.run_search(value))

    def run_search(self, text: str) -> None:
        self._query_text = text
        if not self.searchable:
            return  # _index_ready runs the box's query once the index is checked
        if not text.strip():
            self.last_result = None
            self.query_one("#results", ResultList).show_articles(self.catalog, self._info)
            self._set_status(f"{len(self.catalog)} articles")
            self._mark_open_panes()
            return
        if len(self.catalog) >= self.WORKER_FROM:
            self._set_status("Searching…")
            self._search_in_worker(text)
        else:
            self._show_result(text, *self._search(text))

    def _search(self, text: str) -> tuple:
        """(result, error, new warnings): runs on whichever thread searches."""
        try:
            result = self.workspace.search(text)
        except DossierError as exc:  # a malformed query: said inline, the old list kept
            return None, str(exc), ()
        return result, None, tuple(self.workspace.new_warnings())

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def _search_in_worker(self, text: str) -> None:
        """Big dossiers search off the UI thread, so typing never waits for Whoosh."""
        self.post_message(SearchDone(text, *self._search(text)))

    def on_search_done(self, message: SearchDone) -> None:
        self._show_result(message.text, message.result, message.error, message.warnings)

    def _show_result(self, text: str, result, error: str | None, warnings: tuple) -> None:
        if text != self._query_text:
            return  # the user has typed on since: a newer search is coming
        if error:  # the list stays (a quote being typed is unclosed), said to be the old one
            shown = self.last_result.query if self.last_result is not None else ""
            below = f"; the list below is still for: {sanitize_line(shown)}" if shown else ""
            self._set_status(error + below, error=True)
            return
        self.last_result = result
        self.status_line.say(Said(articles_match(result.total), engine=False),
                             *self._warnings_said(list(warnings)))
        self.query_one("#results", ResultList).show_hits(result.hits, self._info, dict(self.catalog))
        self._mark_open_panes()

    def _mark_open_panes(self) -> None:
        """The open articles show the current search's hits (n/N step through them): a new
        query re-marks them, and panes restored before the first search get theirs."""
        for pane in self.panes.panes:
            if pane.article is not None:
                pane.set_hits(self.hits_in(pane.article.id))

    def hits_in(self, path: str) -> list[tuple[int, int]]:
        if self.last_result is None:
            return []
        for hit in self.last_result.hits:
            if hit.path == path:
                return [(m.start, m.end) for m in hit.matches]
        return []

