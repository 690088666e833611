"""Opening a dossier: the last index's list in the first frame, then the check against
the files (and any build) in a worker with visible progress, then the checked list.

A mixin of the app. Needs from it: ``workspace`` (which adopts each index shown, early or
checked), ``dossier_path``, ``settings``, ``state``, ``_drawn``, ``panes``, ``_show_in()``,
``restore_layout()``, ``run_search()``, ``warm_overviews()`` and ``_set_status()``.
"""

from __future__ import annotations

import time

from textual import work
from textual.widgets import Input, ProgressBar

from dossier_tui.index.errors import Cancelled, DossierError
from dossier_tui.index.loader import listed_dossier, scan_dossier
from dossier_tui.index.store import DossierIndex, UpdateReport

from .messages import CatalogListed, IndexFailed, IndexProgress, IndexReady
from .results import ArticleInfo, ResultList
from .status import Said

# Articles from which a first build lists the files' titles before indexing: below, the
# build itself takes about a second.
EARLY_LIST_FROM = 400


class DossierLoading:
    def _show_last_index(self) -> None:
        """The last index's list, in the first frame: read from its mention store in the
        cache (no folder listing, no Whoosh; 1 ms for the seeds, ~35 ms for 10,000
        articles). Done here rather than in the worker, whose thread would wait for the
        GIL while the first frame is composed and then cost a second full render."""
        try:
            early = DossierIndex(listed_dossier(self.dossier_path, ()))
            known = early.peek()
        except DossierError:
            return  # the worker reports it
        if known:
            early.dossier = listed_dossier(self.dossier_path, known)
            catalog = [(e.id, known[e.id].title) for e in early.dossier.entries]
            self._catalog_ready(early, catalog, self._collect_info(early, catalog, known))

    @work(thread=True, exclusive=True, group="index", exit_on_error=False)
    def open_dossier(self) -> None:
        self._indexing.clear()
        try:
            self._open_dossier()
        except Cancelled:  # the reader closed: the build stopped
            if not self._reader_closed.is_set():
                raise
        finally:
            self._indexing.set()

    def finish_background(self, timeout: float = 60) -> bool:
        """After the reader has closed: let a build it started stop (at its next article;
        a commit under way completes) before Python exits, which would otherwise break
        the worker processes it waits on and hang. True once it has."""
        return self._indexing.wait(timeout)

    def _open_dossier(self) -> None:
        try:
            if self.index is not None:  # the early list: let it draw before the busy check
                self._drawn.wait(1.0)
            dossier = self.workspace.dossier
            if self.index is None and len(dossier.entries) >= EARLY_LIST_FROM:
                self._list_while_indexing()
            index, report = self.workspace.update(progress=self._progress_reporter())
            store = getattr(index, "mentions", None)
            stored = store.articles() if store is not None else {}
            # the store's title is dossier.toml's when it gives one (Whoosh keeps the file's)
            catalog = [(p, getattr(stored.get(p), "title", None) or t) for p, t in index.catalog()]
            info = self._collect_info(index, catalog, stored if store is not None else None)
        except DossierError as exc:
            self.post_message(IndexFailed(str(exc)))
            return
        self.post_message(IndexReady(index, report, catalog, info))
        # the search side (Whoosh's query modules, numpy for ranking) is imported here, off
        # the UI thread, rather than by the first search (small dossiers search on it)
        from dossier_tui.index import ranking, search  # noqa: F401

    def _progress_reporter(self):
        """A progress callback for the worker: posted, never waited for, and a report the
        UI thread has not drawn yet is replaced by the next (Textual merges them). Still
        at most 20 a second, and always the last: posting every article woke the event
        loop 2,000 times and made a 2,000-article first build 10-40 % slower (measured
        under load: 13-25 s against 11-18 s), though only ~60 reports were drawn."""
        last = [-1.0]

        def report(done: int, total: int) -> None:
            if self._reader_closed.is_set():
                raise Cancelled  # the index build stops; the live index stays as it was
            now = time.monotonic()
            if done >= total or now - last[0] >= 0.05:
                last[0] = now
                self.post_message(IndexProgress(done, total))

        return report

    def on_index_progress(self, message: IndexProgress) -> None:
        self._show_progress(message.done, message.total)

    def on_catalog_listed(self, message: CatalogListed) -> None:
        self._catalog_ready(message.index, message.catalog, message.info)

    def on_index_ready(self, message: IndexReady) -> None:
        self._index_ready(message.index, message.report, message.catalog, message.info)

    def on_index_failed(self, message: IndexFailed) -> None:
        self._set_status(message.reason, error=True)

    @staticmethod
    def _collect_info(index: DossierIndex, catalog: list[tuple[str, str]],
                      stored: dict | None = None) -> dict[str, ArticleInfo]:
        store = getattr(index, "mentions", None)
        if store is None:
            return {}
        stored = stored if stored is not None else store.articles()
        info = {}
        empty = ArticleInfo()
        made: dict[tuple, ArticleInfo] = {}  # one (frozen) ArticleInfo per distinct row
        for path, _title in catalog:
            s = stored.get(path)
            if s is None:
                info[path] = empty
                continue
            key = s[3:]  # date, source and the counts
            got = made.get(key)
            if got is None:
                got = made[key] = ArticleInfo(date=s.date, source=s.source,
                                              counts=tuple(s.counts().items()))
            info[path] = got
        return info

    def _show_progress(self, done: int, total: int) -> None:
        """The bar is mounted by the first progress report: with a warm index there is
        none, and composing one cost 5 ms of every start-up."""
        bars = self.query("#progress")
        if bars:
            bar = bars.first(ProgressBar)
        else:
            bar = ProgressBar(id="progress", show_eta=False)
            self.mount(bar, after="#status")
        bar.update(total=total, progress=done)
        self._set_status(f"Indexing {done}/{total} …" + (
            "  articles can be read now; search opens when done" if self.indexing_first else ""))

    def _list_while_indexing(self) -> None:
        """No index to list from (a first build, or a damaged index): the titles, read from
        the files (0.7 s at 10,000 articles), so the articles can be browsed and read
        during the build (25 s); search opens when it is done. A Dossier of its own: the
        UI thread reads from it while this thread reads the build's."""
        early = DossierIndex(scan_dossier(self.dossier_path))
        catalog = [(a.id, a.title) for a in early.dossier.iter_articles()]
        self.indexing_first = True
        self.post_message(CatalogListed(early, catalog, {}))

    def _catalog_ready(self, index: DossierIndex, catalog: list[tuple[str, str]], info: dict) -> None:
        """The list as the index last knew it: browse and read now; search once it is checked."""
        shown_before = self.catalog
        self.workspace.adopt(index, catalog)
        self._show_catalog(shown_before, info)
        doing = "indexing: read now, search when done" if self.indexing_first else "checking for changes"
        self.status_line.say(Said(index.dossier.root.name),
                             Said(f": {len(catalog)} articles  —  {doing}…", engine=False))
        self.call_later(self.restore_layout)
        self.call_after_refresh(self._list_drawn)

    def _list_drawn(self) -> None:
        self._drawn.set()
        self._first_frame()

    def _show_catalog(self, shown_before: list[tuple[str, str]], info: dict) -> None:
        """The workspace's (just adopted) catalogue in the list, unless it is the one shown."""
        catalog = self.catalog
        if catalog == shown_before and info == self._info:
            return  # unchanged since the early list: keep the user's place in it
        same_list = catalog == shown_before
        self._info = info
        self._numbers = {path: n for n, (path, _) in enumerate(catalog, 1)}
        if self.last_result is None:
            self.query_one("#results", ResultList).show_articles(catalog, info, keep_place=same_list)

    def _first_frame(self) -> None:
        """The article list has been drawn (the start-up benchmark times this)."""

    def _index_ready(self, index: DossierIndex, report: UpdateReport,
                     catalog: list[tuple[str, str]], info: dict) -> None:
        early = self.index is not None
        first_build, self.indexing_first = self.indexing_first, False
        shown_before = self.catalog
        self.workspace.adopt(index, catalog)  # the caches (views' counts too) start afresh
        self.searchable = True
        self.warm_overviews()
        self.query("#progress").remove()
        d = index.dossier
        self._show_catalog(shown_before, info)
        self.status_line.say(Said(d.root.name), Said(f": {len(self.catalog)} articles", engine=False),
                             *self._warnings_said(self.workspace.new_warnings()))
        if first_build:  # articles read during the build get their mentions, in place
            for pane in self.panes.panes:
                article = pane.article and index.dossier.get(pane.article.id)
                if article:
                    self._show_in(pane, article, pane.view._visible_top_offset())
        query = self.query_one("#search", Input).value
        if query.strip():
            self.run_search(query)
        if not early:
            self.call_later(self.restore_layout)
            self.call_after_refresh(self._list_drawn)

    def _warnings_said(self, new: list[str]) -> tuple[Said, ...]:
        """New warnings said once in the status line (how many, then the first); when
        there are only ones already said, just how many. W lists them all."""
        every = len(self.workspace.warnings())
        if not every:
            return ()
        counted = f"{every} warning{'s' if every > 1 else ''} (W lists them)"
        if new:  # the warning quotes file names: through the engine
            return Said(f"  —  ⚠ {counted}: ", "bold red", engine=False), Said(new[0], "bold red")
        return (Said(f"  —  {counted}", "dim", engine=False),)
