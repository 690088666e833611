"""The dossier-tui application: search bar, ranked results, reader.

Slow work (loading, indexing, searching) runs in thread workers; the UI shows
progress and never blocks. Every piece of article text is handed to widgets as a
Rich ``Text``, never as markup.
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Footer, Input, ProgressBar, Static

from dossier_tui.config import Settings
from dossier_tui.index.errors import DossierError
from dossier_tui.index.loader import load_dossier
from dossier_tui.index.sanitize import sanitize_line
from dossier_tui.index.search import SearchResult, search
from dossier_tui.index.store import DossierIndex, UpdateReport

from .help import HelpScreen, describe_bindings
from .messages import ArticleChosen
from .reader import Reader
from .results import ResultList
from .state import AppState


class DossierApp(App):
    CSS_PATH = "app.tcss"
    TITLE = "dossier-tui"
    BINDINGS = [
        Binding("/", "focus_search", "Search"),
        Binding("escape", "focus_results", "Results", show=False),
        Binding("r", "focus_reader", "Reader"),
        Binding("question_mark", "help", "Help", key_display="?"),
        Binding("q", "quit", "Quit"),
    ]
    MIN_SIZE = (60, 20)
    SEARCH_DELAY = 0.25  # seconds of typing pause before searching as you type

    def __init__(self, dossier_path: Path, remember: bool = True,
                 settings: Settings | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.dossier_path = dossier_path
        self.settings = settings or Settings()
        self.index: DossierIndex | None = None
        self.last_result: SearchResult | None = None
        self.current_article: str | None = None
        self.remember = remember
        self.state = AppState.load() if remember else AppState()
        self._search_timer = None
        self._query_text = ""

    def compose(self) -> ComposeResult:
        yield Static(Text(f"Opening {sanitize_line(str(self.dossier_path))} …"), id="status",
                     markup=False)
        yield ProgressBar(id="progress", show_eta=False)
        yield Input(placeholder='Search: words, "a phrase", prefix*  (Enter)', id="search")
        with Horizontal(id="panes"):
            yield ResultList(id="results")
            yield Reader(id="reader")
        yield Static(id="too-small", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        saved = self.state.for_dossier(self.dossier_path)
        search_box = self.query_one("#search", Input)
        search_box.value = saved.query
        search_box.focus()
        self.open_dossier()
        self._check_size()

    def on_resize(self, event) -> None:
        self._check_size(event.size)

    def _check_size(self, size=None) -> None:
        size = size or self.size
        small = size.width < self.MIN_SIZE[0] or size.height < self.MIN_SIZE[1]
        self.screen.set_class(small, "-too-small")
        if small:
            self.query_one("#too-small", Static).update(Text(
                f"The window is {size.width}×{size.height}; dossier-tui needs at least "
                f"{self.MIN_SIZE[0]}×{self.MIN_SIZE[1]}. Enlarge it or press q to quit."))

    def on_unmount(self) -> None:
        if self.remember:
            saved = self.state.for_dossier(self.dossier_path)
            saved.query = self._query_text
            saved.open_articles = [self.current_article] if self.current_article else []
            self.state.last_dossier = str(self.dossier_path)
            self.state.save()

    # -- loading and indexing ------------------------------------------------------------
    @work(thread=True, exclusive=True, group="index")
    def open_dossier(self) -> None:
        try:
            dossier = load_dossier(self.dossier_path)
            index = DossierIndex(dossier)
            report = index.update(progress=lambda n, t: self.call_from_thread(self._show_progress, n, t))
        except DossierError as exc:
            self.call_from_thread(self._status, str(exc), error=True)
            return
        self.call_from_thread(self._index_ready, index, report)

    def _show_progress(self, done: int, total: int) -> None:
        bar = self.query_one("#progress", ProgressBar)
        bar.display = True
        bar.update(total=total, progress=done)
        self._set_status(f"Indexing {done}/{total} …")

    def _index_ready(self, index: DossierIndex, report: UpdateReport) -> None:
        self.index = index
        self.query_one("#progress", ProgressBar).display = False
        d = index.dossier
        notes = [p.message for p in d.problems] + report.warnings + self.settings.warnings
        if report.rebuilt and report.reason and "damaged" in report.reason:
            notes.append(report.reason)
        msg = f"{sanitize_line(d.root.name)}: {len(d.articles)} articles"
        self._set_status(msg + ("  —  " + "; ".join(notes) if notes else ""), error=bool(notes))
        self.query_one("#results", ResultList).show_articles(d.articles)
        query = self.query_one("#search", Input).value
        if query.strip():
            self.run_search(query)
        for path in self.state.for_dossier(self.dossier_path).open_articles[:1]:
            if path in d.by_id():
                self.post_message(ArticleChosen(path))

    def _set_status(self, message: str, error: bool = False) -> None:
        status = self.query_one("#status", Static)
        status.update(Text(message, style="bold red" if error else ""))

    # -- searching -----------------------------------------------------------------------
    @on(Input.Submitted, "#search")
    def _submitted(self, event: Input.Submitted) -> None:
        if self._search_timer is not None:
            self._search_timer.stop()
        if self.index is not None:
            self.run_search(event.value)
            self.query_one("#results", ResultList).focus()

    @on(Input.Changed, "#search")
    def _typed(self, event: Input.Changed) -> None:
        """Search as you type, once typing pauses."""
        if self._search_timer is not None:
            self._search_timer.stop()
        if self.index is not None:
            value = event.value
            self._search_timer = self.set_timer(self.SEARCH_DELAY, lambda: self.run_search(value))

    def run_search(self, text: str) -> None:
        self._query_text = text
        results = self.query_one("#results", ResultList)
        if not text.strip():
            results.show_articles(self.index.dossier.articles)
            return
        try:
            self.last_result = search(self.index, text)
        except DossierError as exc:
            self._set_status(str(exc), error=True)
            return
        self._set_status(f"{self.last_result.total} article(s) match")
        results.show_hits(self.last_result.hits)

    # -- reading -------------------------------------------------------------------------
    def on_article_chosen(self, message: ArticleChosen) -> None:
        if self.index is None:
            return
        article = self.index.dossier.by_id().get(message.path)
        if article is None:
            return
        matches = []
        if self.last_result is not None:
            for hit in self.last_result.hits:
                if hit.path == article.id:
                    matches = [(m.start, m.end) for m in hit.matches]
        self.current_article = article.id
        self.query_one("#reader", Reader).show(article, matches)

    def action_help(self) -> None:
        self.push_screen(HelpScreen(describe_bindings(self)))

    def action_focus_search(self) -> None:
        self.query_one("#search", Input).focus()

    def action_focus_results(self) -> None:
        self.query_one("#results", ResultList).focus()

    def action_focus_reader(self) -> None:
        self.query_one("#reader", Reader).focus()
