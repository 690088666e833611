"""The dossier-tui application: search bar, result list, reader panes side by side.

Slow work (loading, indexing, extraction; loading.py) runs in a thread worker behind a progress
bar; searching runs after typing pauses. Mentions come from the store saved with the
index, never re-extracted at start. Every piece of article text reaches widgets as
Rich ``Text`` or segments, never as markup.
"""

from __future__ import annotations

import gc

# Start-up: Textual and our modules make ~100k long-lived objects on import; collecting
# while they are made, and scanning them again at every later collection, is wasted
# time. Collections pause for these imports, then the survivors are frozen (below).
_collecting = gc.isenabled()
gc.disable()

import threading  # noqa: E402
from pathlib import Path  # noqa: E402

from rich.text import Text  # noqa: E402
from textual import on, work  # noqa: E402
from textual.app import App, ComposeResult  # noqa: E402
from textual.binding import Binding  # noqa: E402
from textual.containers import Horizontal  # noqa: E402
from textual.widgets import Input, Static  # noqa: E402
from textual.worker import Worker, WorkerState  # noqa: E402

from dossier_tui.config import Settings  # noqa: E402
from dossier_tui.index.layout.labels import cut  # noqa: E402
from dossier_tui.index.loader import Article  # noqa: E402
from dossier_tui.index.mention_store import MentionStore  # noqa: E402
from dossier_tui.index.mentions.model import Mention  # noqa: E402
from dossier_tui.index.sanitize import sanitize_line  # noqa: E402
from dossier_tui.index.store import DossierIndex  # noqa: E402
from dossier_tui.index.workspace import Workspace  # noqa: E402

from .adding import AddActions  # noqa: E402
from .article_view import LONG_ARTICLE, ArticleView, Marked  # noqa: E402
from .focus import focus_now  # noqa: E402
from .footer import WrappingFooter  # noqa: E402
from .heap import long_lived  # noqa: E402
from .help import HelpScreen, describe_bindings  # noqa: E402
from .jumps import JumpList, Place  # noqa: E402
from .key_hold import KeyHold  # noqa: E402
from .layout_memory import LayoutMemory  # noqa: E402
from .loading import DossierLoading  # noqa: E402
from .messages import ArticleChosen, MentionsRead  # noqa: E402
from .overviews import OverviewActions  # noqa: E402
from .panes import Panes  # noqa: E402
from .reader import ReaderPane  # noqa: E402
from .results import ArticleInfo, ResultList  # noqa: E402
from .rtl_input import RtlInput  # noqa: E402
from .searching import SearchActions  # noqa: E402
from .state import AppState  # noqa: E402
from .status import Said, StatusLine  # noqa: E402


def _dossier_commands():
    """The command palette's provider, imported when the palette first opens."""
    from .commands import DossierCommands

    return DossierCommands


class DossierApp(KeyHold, LayoutMemory, DossierLoading, OverviewActions, SearchActions, AddActions, App):
    CSS_PATH = Path(__file__).with_name("app.tcss")  # absolute: subclasses live elsewhere
    TITLE = "dossier-tui"
    COMMANDS = App.COMMANDS | {_dossier_commands}
    BINDINGS = [
        # / and Escape move the focus: priority, so the app takes them as they are read,
        # before the keys read with them are handed to the widget they leave (see focus.py)
        Binding("/", "focus_search", "Search", priority=True),
        Binding("escape", "focus_results", "Results", show=False, priority=True),
        # Enter on the result list too: the keys read with it (Enter and ] pasted or typed
        # fast) go to the article it opens, not to the list (see action_open_highlighted)
        Binding("enter", "open_highlighted", "Open", priority=True),
        Binding("r", "focus_reader", "Reader", show=False),
        Binding("c", "compare", "Compare"),
        Binding("x", "close_pane", "Close pane", show=False),
        Binding("w", "next_pane", "Other pane", show=False),
        Binding("t", "timeline", "Timeline"),
        Binding("f", "figures", "Figures"),
        Binding("e", "events", "Events"),
        Binding("s", "speakers", "Speakers"),
        Binding("ctrl+o", "jump_back", "Back", key_display="^O"),
        Binding("ctrl+i", "jump_forward", "Forward", key_display="^I", show=False),
        Binding("b", "toggle_bidi", "Bidi mode", show=False),
        Binding("a", "add_article", "Add URL", show=False),  # in help and the palette
        Binding("W", "warnings", "Warnings", key_display="W", show=False),
        Binding("question_mark", "help", "Help", key_display="?"),
        Binding("q", "quit", "Quit"),
    ]
    MIN_SIZE = (60, 20)
    SEARCH_DELAY = 0.25  # seconds of typing pause before searching as you type
    WORKER_FROM = 2000  # articles: from here searches and dossier-wide views run in a worker

    def __init__(self, dossier_path: Path, remember: bool = True,
                 settings: Settings | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.dossier_path = dossier_path
        self.settings = settings or Settings()
        self.workspace = Workspace(dossier_path)
        self.workspace.notices.add(*self.settings.warnings)
        self.searchable = False  # the index is checked against the files and open for search
        self.indexing_first = False  # listed from the files while a first build runs
        self._drawn = threading.Event()  # the first article list is on screen
        self._reader_closed = threading.Event()  # set when the reader closes: a build stops
        self._indexing = threading.Event()  # clear while open_dossier's worker runs
        self._indexing.set()
        self.last_result = None  # the latest SearchResult
        self.remember = remember
        self.state = AppState.load() if remember else AppState()
        self.jumps = JumpList()
        self._numbers: dict[str, int] = {}
        self._search_timer = None
        self._query_text = ""
        self._info: dict[str, ArticleInfo] = {}

    def compose(self) -> ComposeResult:
        yield StatusLine(f"Opening {sanitize_line(str(self.dossier_path))} …", id="status",
                         mode=self.settings.bidi)
        search = RtlInput(placeholder='Search: words, "a phrase", prefix*, -word, a OR b  (Enter)',
                          id="search", mode=self.settings.bidi)
        search.slash_selects = True
        yield search
        with Horizontal(id="main"):
            yield ResultList(mode=self.settings.bidi, id="results")
            yield Panes(mode=self.settings.bidi, order=getattr(self.settings, "pane_order", "rtl"),
                        id="panes")
        yield Static(id="too-small", markup=False)
        yield WrappingFooter()

    def on_mount(self) -> None:
        saved = self.state.for_dossier(self.dossier_path)
        search_box = self.query_one("#search", Input)
        search_box.value = saved.query
        focus_now(search_box)
        self._show_last_index()
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

    quitting = False

    def exit(self, *args, **kwargs) -> None:
        self.quitting = True
        super().exit(*args, **kwargs)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Once q is pressed no key acts: a t, f, e or c typed right after it pushed a screen
        on an app already closing, which crashed with a traceback (exit status 1)."""
        if self.quitting:
            return False
        # / and Escape are priority keys (they act before the keys read with them): they are
        # the app's only where they were before, never in a modal's field (a URL has /) or
        # a table's Escape (it closes the table)
        if action == "focus_search" and self.screen.is_modal:
            return False
        if action == "focus_results" and self.screen is not self.screen_stack[0]:
            return False
        if action == "open_highlighted" and not (
                self.screen is self.screen_stack[0] and isinstance(self.focused, ResultList)):
            return False  # Enter is the focused widget's own (the search box, a table, a modal)
        return super().check_action(action, parameters)

    def on_unmount(self) -> None:
        self._reader_closed.set()
        if self.remember:
            saved = self.state.for_dossier(self.dossier_path)
            saved.query = self._query_text  # the layout: remember_layout, at shutdown
            self.state.last_dossier = str(self.dossier_path)
            self.state.save()

    @property
    def current_article(self) -> str | None:
        article = self.panes.active.article if self.panes.active else None
        return article.id if article else None

    # what the dossier holds: asked of the workspace (UI-free, shared with the CLI)
    @property
    def index(self) -> DossierIndex | None:
        return self.workspace.index

    @property
    def catalog(self) -> list[tuple[str, str]]:
        return self.workspace.catalog

    @property
    def store(self) -> MentionStore | None:
        return self.workspace.store

    @property
    def panes(self) -> Panes:
        return self.query_one("#panes", Panes)

    def _set_status(self, message: str, error: bool = False) -> None:
        """Through the engine: an error quotes the query (انسحا*), drawn shaped and in order."""
        self.status_line.say(Said(message, "bold red" if error else ""))

    @property
    def status_line(self) -> StatusLine:
        return self.screen_stack[0].query_one("#status", StatusLine)

    def say(self, message: str) -> None:
        """A key that cannot do what it names says why here, rather than nothing."""
        self._set_status(message)

    def label(self, path: str) -> str:
        title = cut(sanitize_line(self.workspace.title(path)), (), 30)[0]  # at a word
        return f"{self._numbers.get(path, 0)}. {title}"

    # -- reading -------------------------------------------------------------------------
    def _show_in(self, pane: ReaderPane, article: Article, at: int | None = None) -> None:
        info = self._info.get(article.id, ArticleInfo())
        later = len(article.text) > LONG_ARTICLE and not self.workspace.has_mentions(article.id)
        mentions = [] if later else self.workspace.mentions_of(article.id)
        pane.show(article, self.hits_in(article.id), mentions, at, date=info.date, source=info.source,
                  title=self.workspace.title(article.id), mentions_later=later)
        self._mark_in_results(article.id)
        if later:  # the text now, its marks when they are read
            self._read_mentions(article.id)

    def _mark_in_results(self, path: str) -> None:
        """The list's cursor follows the article read, however it was reached (a linked
        jump, Ctrl-O), so the list never points at an article no longer open."""
        results = self.query_one("#results", ResultList)
        try:
            row = results.get_option_index(path)
        except KeyError:
            return
        if results.highlighted != row:
            results.highlighted = row

    @work(thread=True, group="mentions", exit_on_error=False)
    def _read_mentions(self, path: str) -> None:
        with long_lived():  # tens of thousands: never walked by a full collection (heap.py)
            marked = Marked.of(self.workspace.mentions_of(path))  # ordered here, not on the event loop
        self.post_message(MentionsRead(path, marked))

    def on_mentions_read(self, message: MentionsRead) -> None:
        for pane in self.panes.panes:
            if pane.article is not None and pane.article.id == message.path:
                pane.add_mentions(message.mentions)

    def on_article_chosen(self, message: ArticleChosen) -> None:
        article = self.workspace.article(message.path)
        if article is None:
            return
        pane = self.panes.active
        if pane.article is not None and pane.article.id != article.id:
            self.jumps.record(self._here())
        self._show_in(pane, article)
        focus_now(pane.view)
        self.release_keys()  # (a palette's "Open:" entry)

    def pane_in_use(self) -> ReaderPane:
        """The pane the user is in: the one with the focus on the main screen (a modal's
        choice acts there), else the last one used."""
        focused = self.screen_stack[0].focused
        for pane in self.panes.panes:
            if pane.view is focused:
                return pane
        return self.panes.active

    def _here(self) -> Place:
        view = self.pane_in_use().view
        if view.article is None:
            return Place("", 0)
        m = view.current_mention
        return Place(view.article.id, m.start, m.key) if m else Place(view.article.id, view._visible_top_offset())

    def open_place(self, place: Place, record: bool = True) -> None:
        article = self.workspace.article(place.path)
        if article is None:
            self.notify("That article is no longer in the dossier", severity="warning")
            return
        if record:
            self.jumps.record(self._here())
        # a jump (a linked mention, a row of t/f/e, Ctrl-O/Tab) goes to the pane that shows
        # the article already, else opens in the pane the user is in: never the other one
        pane = next((p for p in self.panes.panes if p.article is not None and p.article.id == article.id),
                    self.pane_in_use())
        self.panes.active = pane
        if pane.article is not None and pane.article.id == article.id:
            pane.view.go_to_offset(place.offset, place.key)
        else:
            self._show_in(pane, article, at=place.offset)
            if place.key and pane.view.mentions:
                pane.view.go_to_offset(place.offset, place.key)
        focus_now(pane.view)

    @on(ArticleView.MentionActivated)
    def _linked(self, message: ArticleView.MentionActivated) -> None:
        self.show_linked(message.mention.key)

    def show_linked(self, key: str | None) -> None:
        """Every mention of ``key`` across the dossier, read from the store; one chosen is opened."""
        from .linked import SHOWN, LinkedSet

        if not key or self.store is None:
            return
        self.push_screen(self.linked_screen(key, LinkedSet(*self.workspace.linked(key, SHOWN))),
                         self._jump_to_mention)

    def linked_screen(self, key: str, found):
        """The list of ``found`` (a LinkedSet), each with its article's title and sentence
        (a statement's own words for a quote)."""
        from .linked import LinkedMentions, sentence_around, statement

        mentions, total, articles = found.mentions, found.total, found.articles
        rows = []
        for m in mentions:
            art = self.workspace.article(m.path)
            if art is not None:
                rows.append((m, art.title, statement(m) if m.kind == "quote"
                             else sentence_around(art.text, m.start, m.end)))
        kind = mentions[0].kind if mentions else ""
        why = {"date": "Linked because they name the same date at the same precision.",
               "figure": "Linked because they give the same number for the same unit.",
               "entity": "Linked because they name the same place, body or person "
                         "(spelling variants and clitics folded).",
               "quote": "Statements by the same speaker: one person across spellings (a surname "
                        "alone is the full name said before it), an unnamed source by its description.",
               }.get(kind, "")
        return LinkedMentions(key, rows, why, total=total, articles=articles, mode=self.settings.bidi)

    def _jump_to_mention(self, mention: Mention | None) -> None:
        if mention is not None:
            self.open_place(Place(mention.path, mention.start, mention.key))
        self.release_keys()  # the keys typed with the choice act where it led

    # -- actions -------------------------------------------------------------------------
    def action_help(self) -> None:
        self.push_screen(HelpScreen(describe_bindings(self)))

    def _comparing(self, on: bool) -> None:
        """Side by side, the result list steps aside; going back to it brings it back."""
        self.query_one("#main").set_class(on and len(self.panes.panes) > 1, "-comparing")

    def action_focus_search(self) -> None:
        """/ always means search: the query is selected, so what is typed replaces it."""
        self._comparing(False)
        box = self.query_one("#search", Input)
        focus_now(box)
        # in the box's own queue: after the keys it has yet to handle (the query typed just
        # before), before the ones read after / (which replace it)
        box.call_later(box.select_all)

    def action_open_highlighted(self) -> None:
        """Enter on the result list opens its article and moves the focus before the next
        key is read. The list's own Enter posts a message the app handles after the keys
        already read with Enter, which the list then took: Enter and ] in one burst opened
        the article but the ] was lost."""
        chosen = self.query_one("#results", ResultList).highlighted_id()
        if chosen is not None:
            self.on_article_chosen(ArticleChosen(chosen))

    def action_focus_results(self) -> None:
        self._comparing(False)
        focus_now(self.query_one("#results", ResultList))

    def reader_action(self, name: str) -> None:
        """A reader key's action from the command palette, in the pane in use."""
        view = self.panes.active.view
        focus_now(view)
        getattr(view, f"action_{name}")()

    def action_focus_reader(self) -> None:
        self._comparing(True)
        focus_now(self.panes.active.view)

    ONE_PANE = "One pane open: c opens another article beside it; then w moves between them, x closes one"

    def action_next_pane(self) -> None:
        panes = [p for p in self.panes.panes if p.article]
        if len(panes) > 1:
            i = panes.index(self.panes.active) if self.panes.active in panes else -1
            self.panes.active = panes[(i + 1) % len(panes)]
            focus_now(self.panes.active.view)
        else:
            self.say(self.ONE_PANE)

    def action_compare(self) -> None:
        current = self.panes.active.article
        if self.index is None:
            return
        choices = []
        counts = self.workspace.shared_counts(current.id) if current else {}
        open_now = {p.article.id for p in self.panes.panes if p.article is not None}
        for path, title in self.catalog:
            if path in open_now:  # this one, and the one already beside it: never offered
                continue
            choices.append((path, title, counts.get(path, 0)))
        from .picker import ArticlePicker

        heading = "Open beside the current article" if current else "Open an article"
        self.push_screen(ArticlePicker(choices, heading, mode=self.settings.bidi), self._compare_with)

    async def _compare_with(self, path: str | None) -> None:
        article = self.workspace.article(path) if path else None
        if article is None:
            self.release_keys()
            return
        first = self.panes.active
        pane = first if first.article is None else await self.panes.add_pane()
        self._show_in(pane, article)
        self._comparing(True)
        focus_now(pane.view)
        if first.view.current_mention is None and first is not pane:
            first.view.action_next_mention()  # start both panes on a mention, in step
        self.panes.sync(first.view)
        self.release_keys()

    async def action_close_pane(self) -> None:
        if len(self.panes.panes) < 2:
            self.say(self.ONE_PANE)
            return
        await self.panes.close_pane(self.panes.active)
        self._comparing(True)
        if self.panes.active.article is not None:  # the list points at what is still open
            self._mark_in_results(self.panes.active.article.id)

    def action_jump_back(self) -> None:
        place = self.jumps.back(self._here())
        if place is not None and place.path:
            self.open_place(place, record=False)
        else:
            self.say("No earlier place: Ctrl-O goes back after a jump (Enter on a mention, "
                     "a choice in t/f/e)")

    def action_jump_forward(self) -> None:
        if not self.jump_forward():
            self.say("Nothing to go forward to: Ctrl-O first goes back")

    def jump_forward(self) -> bool:
        """Forward in the jump list, if a place is ahead: Tab in the reader (terminals send
        Tab for Ctrl-I) moves focus instead when there is none."""
        place = self.jumps.forward()
        if place is None or not place.path:
            return False
        self.open_place(place, record=False)
        return True

    def action_export_mentions(self) -> None:
        """Write every stored mention as JSON to the user's data dir (never into the dossier)."""
        if self.store is None or self.index is None:
            return
        self.notify("Exporting the mentions…", timeout=3)
        self._export_mentions(self.store, self.index.dossier.root.name)

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def _export_mentions(self, store: MentionStore, name: str) -> None:
        from dossier_tui.index.export import export_mentions

        try:
            target = export_mentions(store, name)
        except OSError as exc:
            self.notify(f"Could not export: {exc.strerror or exc}", severity="error")  # thread-safe
            return
        self.notify(f"Mentions exported to {sanitize_line(str(target))}", timeout=6)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A bug in a worker: the same crash log the CLI writes, and where it is in the
        status line; the reader stays open (workers run with exit_on_error=False)."""
        if event.state != WorkerState.ERROR:
            return
        from dossier_tui.crash import write_crash_log

        error = event.worker.error
        log = write_crash_log(error) if error is not None else None
        where = f"; details in {log}" if log else ""
        self._set_status(sanitize_line(f"Unexpected error: {type(error).__name__}: {error}{where}"),
                         error=True)

    def action_warnings(self) -> None:
        """Every warning of this session: files skipped, broken dossier.toml or aliases."""
        from .notices import WarningsScreen

        self.push_screen(WarningsScreen(self.workspace.warnings(), self.settings.bidi))

    def action_toggle_bidi(self) -> None:
        mode = "terminal" if self.settings.bidi == "app" else "app"
        self.set_bidi_mode(mode)
        self.notify(f"Bidi mode: {mode} ("
                    + ("shaped, visual order" if mode == "app" else "logical order for terminals "
                       "that do their own bidi") + ")", timeout=3)

    def set_bidi_mode(self, mode: str) -> None:
        """Every widget that lays text out, on every screen open (the main one and each
        one over it: a table, a list, a picker), takes the new mode and draws again from
        its logical text; a screen opened later is made in it (settings.bidi). Widgets
        own this: each that takes a ``mode`` has ``set_bidi_mode`` (tests/test_bidi_switch.py
        checks every one does)."""
        self.settings.bidi = mode
        for screen in list(self.screen_stack):
            for node in list(screen.walk_children(with_self=True)):
                switch = getattr(node, "set_bidi_mode", None)
                if switch is not None:
                    switch(mode)

gc.freeze()  # the import-time objects live as long as the process: never scan them again
if _collecting:
    gc.enable()
