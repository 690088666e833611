"""The workspace: one dossier opened, UI-free, what both the CLI and the reader ask."""

from __future__ import annotations

from dossier_tui.index.overview import timeline
from dossier_tui.index.workspace import Workspace


def test_open_lists_searches_and_looks_up_mentions(seeds):
    ws = Workspace(seeds)
    report = ws.open()
    assert report.rebuilt and len(ws.catalog) == 5 and ws.store is not None
    path, title = ws.catalog[0]
    assert ws.title(path) == title and ws.article(path).id == path
    mentions = ws.mentions_of(path)
    assert mentions and ws.mentions_of(path) is mentions  # cached
    assert ws.search("Baghdad").total == 1
    assert ws.article("no-such.txt") is None


def test_views_are_counted_once_per_store_and_forgotten_on_a_new_index(seeds):
    ws = Workspace(seeds)
    ws.open()
    counted = []

    def count(store):
        counted.append(store)
        return timeline(store)

    first = ws.overview("timeline", count)
    assert ws.overview("timeline", count) is first and len(counted) == 1
    path = ws.catalog[0][0]
    cached = ws.mentions_of(path)
    index, _ = ws.update()
    ws.adopt(index, index.catalog())
    assert ws.overview("timeline", count) is not first and len(counted) == 2
    assert ws.mentions_of(path) is not cached
