"""The reader's dossier-wide views (t, f, e): timeline, figures and dates by event.

A mixin of the app: each view is counted from the mention store, shown as a table, and a
chosen row lists its mentions over the table; choosing one closes both and goes there.
"""

from __future__ import annotations

from collections.abc import Callable

from textual import work

from dossier_tui.index.mentions.model import Mention

from .messages import EventsCounted

# dossier_tui.index.overview and the screens are imported when a view first opens: start-up
# needs neither


class OverviewActions:
    """Needs from the app: ``workspace`` (the store, catalogue and the views' counts),
    ``label()``, ``WORKER_FROM``, ``_set_status()``, ``_jump_to_mention()`` and ``linked_screen()``."""

    def action_timeline(self) -> None:
        from dossier_tui.index.overview import timeline

        from .overview_screens import TimelineScreen

        self._push_overview(TimelineScreen, "timeline", timeline)

    def action_figures(self) -> None:
        from dossier_tui.index.overview import figures

        from .overview_screens import FiguresScreen

        self._push_overview(FiguresScreen, "figures", figures)

    def _push_overview(self, screen: type, name: str, data_of: Callable) -> None:
        store = self.store
        if store is not None:
            data = self._overview_data(name, data_of, store)
            self.push_screen(screen(data, self._labels(), self._row_mentions, self.settings.bidi,
                                    linked=self._row_list), self._jump_to_mention)

    def _overview_data(self, name: str, count: Callable, store):
        """A view's data, counted once per store (the workspace keeps it)."""
        return self.workspace.overview(name, count, store)

    @work(thread=True, exclusive=True, group="warm-overviews", exit_on_error=False)
    def warm_overviews(self) -> None:
        """Count the timeline, figures and events once the index is ready, in the background,
        so t, f and e then only draw (at 100,000 articles counting takes 0.5-1.5 s a view).
        The screens' modules are imported here too, not by the first key. The data is
        counts, not rows (rows are read from the store as they are drawn): a few MB at 100k."""
        from dossier_tui.index.overview import event_summaries, figures, timeline

        from . import overview_screens  # noqa: F401

        store = self.store
        for name, count in (("timeline", timeline), ("figures", figures), ("events", event_summaries)):
            if store is None or self.store is not store:
                return  # the index changed meanwhile: its own warm-up follows
            self._overview_data(name, count, store)
        self._labels()  # the views' article labels (10,000 of them at 10k)

    def action_events(self) -> None:
        """Which date each article gives for each event (withdrawal, end of mission…)."""
        if self.store is None:
            return
        if len(self.catalog) >= self.WORKER_FROM and not self.workspace.has_overview("events", self.store):
            self._set_status("Grouping the dossier's dates by event…")
            self._events_in_worker()
        else:
            self._show_events(self._events())

    def _events(self) -> list:
        from dossier_tui.index.overview import event_summaries

        store = self.store
        return self._overview_data("events", event_summaries, store)

    @work(thread=True, exclusive=True, group="overview", exit_on_error=False)
    def _events_in_worker(self) -> None:
        self.post_message(EventsCounted(self._events()))

    def on_events_counted(self, message: EventsCounted) -> None:
        self._show_events(message.events)

    def _show_events(self, events: list) -> None:
        from .overview_screens import EventsScreen

        workspace = self.workspace

        def mentions(key: str) -> list[Mention]:  # "<event number>:<path>", read when chosen
            number, _, path = key.partition(":")
            return workspace.event_mentions(events[int(number)].event, path)

        self.push_screen(EventsScreen(events, self._labels(), mentions, self.settings.bidi, linked=self._row_list),
                         self._jump_to_mention)

    def action_speakers(self) -> None:
        """Who the articles quote (index.speakers, as `mentions --by-speaker`); Enter on one:
        their statements by outlet; Enter on a statement: the article there."""
        from dossier_tui.index.speakers import speakers

        from .speakers import SpeakersScreen

        store = self.store
        if store is None:
            self.say("The dossier is still opening: the speakers are listed once it is indexed")
            return
        data = self._overview_data("speakers", speakers, store)
        if not data.ranked:
            self.say("No attributed statements in this dossier (قال، أكد، أعلن … أن)")
            return
        self.push_screen(SpeakersScreen(data, self._labels(), self._said, self.settings.bidi),
                         self._jump_to_mention)

    def _said(self, key: str):
        """A speaker's statements by outlet (at most SHOWN, as every list of a key's mentions),
        each with its article's date; an outlet is the article's source, else the article."""
        from dossier_tui.index.speakers import by_outlet, speakers, statements

        from .linked import SHOWN
        from .speakers import Said

        store = self.store
        if store is None:
            return None
        speaker = next((s for s in self._overview_data("speakers", speakers, store).ranked if s.key == key), None)
        if speaker is None:
            return None
        found, total, _articles = statements(store, key, SHOWN)
        said = [Mention.from_dict(d) for d in found]
        info, labels = self._info, self._labels()
        outlets = by_outlet(said, {p: i.source for p, i in info.items()}, {p: i.date for p, i in info.items()},
                            labels)
        return Said(speaker, outlets, total)

    def _row_mentions(self, row_key: str):
        """The mentions behind a timeline or figures row (a key, or text:<unresolved date>),
        as a LinkedSet: a key's are capped by the store (a date in every article of a 10k
        dossier has tens of thousands), not loaded whole and then cut."""
        from .linked import SHOWN, LinkedSet

        if self.store is None:
            return None
        if row_key.startswith("text:"):
            return LinkedSet.of(self.workspace.unresolved_dates(row_key[5:]))
        found = LinkedSet(*self.workspace.linked(row_key, SHOWN))
        return found if found.mentions else None

    def _labels(self) -> dict[str, str]:
        """Every article's short label, made again only when the article list changes."""
        cached = getattr(self, "_labels_made", None)
        if cached is None or cached[0] is not self.catalog:
            cached = self._labels_made = (self.catalog, {path: self.label(path) for path, _ in self.catalog})
        return cached[1]

    def _row_list(self, chosen):
        """The list of a row's mentions, a LinkedSet (timeline, figures) or a list (an event's
        dates), as a screen to show over the table; None when the row has none."""
        from .linked import LinkedSet

        if not chosen:
            return None
        found = chosen if isinstance(chosen, LinkedSet) else LinkedSet.of(chosen)
        return self.linked_screen(found.mentions[0].key or "", found) if found.mentions else None
