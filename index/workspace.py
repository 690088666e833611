"""One dossier opened for reading: its index, catalogue, mention look-ups and warnings.

UI-free, and the one object both faces use: each CLI command makes one, the TUI holds
one and its widgets ask it. It is also the narrow protocol a second search backend would
implement. Warnings gather here as values (from the loader, the index update, the user's
files, each search) and are said once (see notices.py).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .loader import Article, Dossier, scan_dossier
from .mention_store import MentionStore
from .mentions.model import Mention
from .notices import Notices
from .store import DossierIndex, Progress, UpdateReport, index_home
from .user_files import alias_file, config_file

MENTIONS_CACHED = 64  # articles whose mentions are kept: a long session opens many


class Workspace:
    def __init__(self, root: Path, dossier: Dossier | None = None) -> None:
        self.root = Path(root)
        self._dossier = dossier
        self.index: DossierIndex | None = None  # the one shown (the TUI's early list's, at first)
        self.report: UpdateReport | None = None
        self.catalog: list[tuple[str, str]] = []  # (path, title) of every indexed article
        self._titles: dict[str, str] | None = None
        self._mentions: dict[str, list] = {}
        self._overviews: dict[str, Any] = {}  # dossier-wide views' data, per store
        self._overview_lock = threading.Lock()  # one count at a time (a warm-up or a key)
        self.notices = Notices(files=(self.root / "dossier.toml", alias_file(), config_file()))

    @property
    def dossier(self) -> Dossier:
        """The scanned folder (articles are read as they are needed)."""
        if self._dossier is None:
            self._dossier = scan_dossier(self.root)
        if self.notices.home is None:
            self.notices.home = index_home(self._dossier.root)
        return self._dossier

    def rescan(self) -> None:
        """Forget the folder's listing (a file was added): the next use lists it again."""
        self._dossier = None

    def open(self, rebuild: bool = False, progress: Progress | None = None) -> UpdateReport:
        """Bring the index in step with the files and read from it."""
        index, report = self.update(rebuild, progress)
        self.adopt(index, index.catalog())
        return report

    def update(self, rebuild: bool = False,
               progress: Progress | None = None) -> tuple[DossierIndex, UpdateReport]:
        """An index in step with the files, not read from yet: the TUI's worker makes it
        while the UI thread still reads the early one, and adopts it on its own thread."""
        index = DossierIndex(self.dossier)
        report = index.update(rebuild=rebuild, progress=progress)
        self.report = report
        self.notices.changed = self.notices.changed or report.rebuilt or report.touched > 0
        self.notices.home = index.home  # a temporary one when the cache cannot be written
        if report.rebuilt and report.reason and "damaged" in report.reason:
            self.notices.add(f"{report.reason}: rebuilt it from the articles")
        self.notices.add(*(p.message for p in self.dossier.problems), *report.warnings)
        return index, report

    def adopt(self, index: DossierIndex, catalog: list[tuple[str, str]]) -> None:
        """Read from this index from now on (the TUI adopts its early list's first, then
        the checked one's); what was cached from the last one is dropped."""
        self.index, self.catalog, self._titles = index, catalog, None
        self._mentions.clear()
        self._overviews.clear()

    # -- look-ups ----------------------------------------------------------------------------
    @property
    def store(self) -> MentionStore | None:
        """The index's mention store, once there is an index."""
        return getattr(self.index, "mentions", None)

    def article(self, path: str) -> Article | None:
        """The article, read (or re-read) from its file; None once it is gone or unreadable."""
        return self.index.dossier.get(path) if self.index is not None else None

    def title(self, path: str) -> str:
        if self._titles is None or len(self._titles) != len(self.catalog):
            self._titles = dict(self.catalog)
        return self._titles.get(path, path)

    # Mentions as the typed model, not the store's contract dicts (the CLI's JSON shape):
    # a misspelt field is then an error, not a silent None.
    def has_mentions(self, path: str) -> bool:
        """Whether ``mentions_of(path)`` answers from memory (a long article's may take seconds)."""
        return self.store is None or path in self._mentions

    def mentions_of(self, path: str) -> list[Mention]:
        """An article's stored mentions, cached for the articles last asked for."""
        store = self.store
        if store is None:
            return []
        got = self._mentions.get(path)
        if got is None:
            if len(self._mentions) >= MENTIONS_CACHED:
                self._mentions.clear()
            # statements (kind "quote") come too: the reader marks them under the dates,
            # figures and entities they contain, and walks them in reading order
            got = self._mentions[path] = [Mention.from_dict(d) for d in store.mentions(path=path)]
        return got

    def linked(self, key: str, limit: int) -> tuple[list[Mention], int, int]:
        """Up to ``limit`` mentions of ``key`` (each article's first before any second),
        how many there are and in how many articles."""
        if self.store is None:
            return [], 0, 0
        found, total, articles = self.store.linked(key, limit)
        return [Mention.from_dict(d) for d in found], total, articles

    def unresolved_dates(self, text: str) -> list[Mention]:
        """The date mentions that say ``text`` and could not be resolved (no key)."""
        if self.store is None:
            return []
        return [Mention.from_dict(d) for d in self.store.mentions(kind="date", text=text)
                if d.get("key") is None]

    def event_mentions(self, event: str, path: str) -> list[Mention]:
        """One article's dates that name ``event``, in order."""
        if self.store is None:
            return []
        return [Mention.from_dict(d) for d in self.store.event_mentions(event, path)]

    def shared_counts(self, path: str) -> dict[str, int]:
        """How many mention keys each other article shares with this one."""
        return self.store.shared_keys(path) if self.store is not None else {}

    def overview(self, name: str, count: Callable[[MentionStore], Any], store: MentionStore | None = None):
        """A dossier-wide view's data, counted once per store: reopening a view costs no
        query. Keyed by the store too, so data a worker finishes counting from a store the
        index just replaced is never served. One lock: asking while a warm-up counts waits
        for that count, not a second one."""
        store = store or self.store
        if store is None:
            return None
        key = f"{name}:{id(store)}"
        with self._overview_lock:
            if key not in self._overviews:
                self._overviews[key] = count(store)
            return self._overviews[key]

    def has_overview(self, name: str, store: MentionStore | None = None) -> bool:
        """Whether a view's data is counted already (showing it then waits for nothing)."""
        store = store or self.store
        return store is not None and f"{name}:{id(store)}" in self._overviews

    def search(self, text: str, limit: int | None = 20):
        """A SearchResult; raises QueryError (a DossierError) for a query that cannot run."""
        from .search import search  # Whoosh's query side: not needed to start

        result = search(self.index, text, limit=limit)
        self.notices.add(*result.warnings)
        return result

    def warnings(self) -> list[str]:
        """Every warning so far: files skipped (found as they are read) and the rest."""
        self.notices.add(*(p.message for p in self.dossier.problems))
        return self.notices.all()

    def new_warnings(self, everything: bool = False) -> list[str]:
        """The warnings not yet said (``everything``: all not said in this session)."""
        self.warnings()
        return self.notices.take_new(everything)
