"""Messages the widgets send up to the app, and those its workers post to it.

Workers post rather than call_from_thread: posting never waits for the UI thread, and
progress reports that pile up while it is busy are merged (``can_replace``), so a build
reports every article without slowing down.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.message import Message

if TYPE_CHECKING:
    from dossier_tui.index.search import SearchResult
    from dossier_tui.index.store import DossierIndex, UpdateReport


class ArticleChosen(Message):
    """The user picked an article (from the result list) to read."""

    def __init__(self, path: str) -> None:
        self.path = path
        super().__init__()


class IndexProgress(Message):
    """``done`` of ``total`` articles indexed; a newer report replaces one not yet shown."""

    def __init__(self, done: int, total: int) -> None:
        self.done, self.total = done, total
        super().__init__()

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, IndexProgress)


class CatalogListed(Message):
    """Articles to browse before the index is checked: the last index's, or the files'."""

    def __init__(self, index: DossierIndex, catalog: list[tuple[str, str]], info: dict) -> None:
        self.index, self.catalog, self.info = index, catalog, info
        super().__init__()


class IndexReady(Message):
    """The index is checked against the files (or built) and open for search."""

    def __init__(self, index: DossierIndex, report: UpdateReport,
                 catalog: list[tuple[str, str]], info: dict) -> None:
        self.index, self.report, self.catalog, self.info = index, report, catalog, info
        super().__init__()


class IndexFailed(Message):
    """The dossier could not be opened (a user error: one line for the status)."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__()


class SearchDone(Message):
    """A search run in a worker: its result or its one-line error, and new warnings."""

    def __init__(self, text: str, result: SearchResult | None, error: str | None,
                 warnings: tuple[str, ...]) -> None:
        self.text, self.result, self.error, self.warnings = text, result, error, warnings
        super().__init__()


class MentionsRead(Message):
    """A long article's mentions, read from the store and put in reading order in a
    worker (tens of thousands of them would hold the screen for seconds): a ``Marked``."""

    def __init__(self, path: str, mentions: Any) -> None:
        self.path, self.mentions = path, mentions
        super().__init__()


class EventsCounted(Message):
    """The dates-by-event view's data, counted in a worker."""

    def __init__(self, events: list[Any]) -> None:
        self.events = events
        super().__init__()
