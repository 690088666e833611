"""The reader's dossier-wide views (t, f, e): timeline, figures and dates by event.

A mixin of the app: each view is counted from the mention store, shown as a table, and a
chosen row lists its mentions (one goes straight to it).
"""

from __future__ import annotations

from collections.abc import Callable

from textual import work

from dossier_tui.index import overview


class OverviewActions:
    """Needs from the app: ``store``, ``catalog``, ``label()``, ``WORKER_FROM``,
    ``_set_status()``, ``_jump_to_mention()`` and ``show_linked()``."""

    def action_timeline(self) -> None:
        from .overview_screens import TimelineScreen

        self._push_overview(TimelineScreen, overview.timeline)

    def action_figures(self) -> None:
        from .overview_screens import FiguresScreen

        self._push_overview(FiguresScreen, overview.figures)

    def _push_overview(self, screen: type, data_of: Callable) -> None:
        store = self.store
        if store is not None:
            self.push_screen(screen(data_of(store), self._labels(), self._row_mentions),
                             self._overview_chosen)

    def action_events(self) -> None:
        """Which date each article gives for each event (withdrawal, end of mission…)."""
        if self.store is None:
            return
        if len(self.catalog) >= self.WORKER_FROM:
            self._set_status("Grouping the dossier's dates by event…")
            self._events_in_worker()
        else:
            self._show_events(self._events())

    def _events(self) -> list[overview.EventSummary]:
        return overview.event_summaries(self.store)

    @work(thread=True, exclusive=True, group="overview")
    def _events_in_worker(self) -> None:
        self.call_from_thread(self._show_events, self._events())

    def _show_events(self, events: list[overview.EventSummary]) -> None:
        from .overview_screens import EventsScreen

        store = self.store

        def mentions(key: str) -> list[dict]:  # "<event number>:<path>", read when chosen
            number, _, path = key.partition(":")
            return store.event_mentions(events[int(number)].event, path) if store else []

        self.push_screen(EventsScreen(events, self._labels(), mentions), self._overview_chosen)

    def _row_mentions(self, row_key: str) -> list[dict]:
        """The mentions behind a timeline or figures row: a key, or text:<unresolved date>."""
        store = self.store
        if store is None:
            return []
        if row_key.startswith("text:"):
            return [m for m in store.mentions(kind="date", text=row_key[5:]) if m.get("key") is None]
        return list(store.mentions(key=row_key))

    def _labels(self) -> dict[str, str]:
        return {path: self.label(path) for path, _ in self.catalog}

    def _overview_chosen(self, mentions: list[dict] | None) -> None:
        if not mentions:
            return
        if len(mentions) == 1:
            self._jump_to_mention(mentions[0])
        else:
            self.show_linked(mentions[0].get("key"), mentions=mentions)
