"""SVG snapshots of the main screens at two terminal sizes (pytest-textual-snapshot).

Regenerate after an intended visual change with `pytest tests/test_snapshots.py --snapshot-update`
and look at the report before committing.
"""

from __future__ import annotations

import pytest
from support import open_article, ready

from dossier_tui.index.seeds import bundled_dossier
from dossier_tui.tui.app import DossierApp

SIZES = [(100, 30), (160, 48)]


def _app():
    return DossierApp(bundled_dossier(), remember=False)


async def _open_first(pilot):
    await ready(pilot.app, pilot)
    await open_article(pilot.app, pilot, 1)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_main(snap_compare, size):
    async def run_before(pilot):
        await ready(pilot.app, pilot)
        await pilot.press(*"عين الأسد", "enter", "enter")
        await pilot.pause()

    assert snap_compare(_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_side_by_side(snap_compare, size):
    async def run_before(pilot):
        await _open_first(pilot)
        await pilot.press("c", *"003", "enter")
        await pilot.pause()
        await pilot.press("w", "right_square_bracket", "right_square_bracket")
        await pilot.pause()

    assert snap_compare(_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_timeline(snap_compare, size):
    async def run_before(pilot):
        await ready(pilot.app, pilot)
        await pilot.press("escape", "t")
        await pilot.pause()

    assert snap_compare(_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_figures(snap_compare, size):
    async def run_before(pilot):
        await ready(pilot.app, pilot)
        await pilot.press("escape", "f")
        await pilot.pause()

    assert snap_compare(_app(), terminal_size=size, run_before=run_before)
