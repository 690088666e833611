"""SVG snapshots of every screen at the two sizes the issues are checked at: 80x24 (the
smallest common terminal) and 150x45 (pytest-textual-snapshot).

Each screen is reached by keys from the start, as a user does. Regenerate after an
intended visual change with `pytest tests/test_snapshots.py --snapshot-update` and look at
the report (and the SVGs) before committing.
"""

from __future__ import annotations

import pytest
from support import ready
from textual.widgets import Input

from dossier_tui.index.seeds import bundled_dossier
from dossier_tui.tui.app import DossierApp

SIZES = [(80, 24), (150, 45)]
QUERY = [*"عين الأسد", "enter"]  # typed into the search box (focused at start), then the results
OPEN = ["escape", "enter"]  # the list, its first article (000)

# screen -> the keys that reach it from launch, in steps (a pause after each)
SCREENS = {
    "main": [QUERY],
    "reader": [QUERY, ["enter"], ["right_square_bracket"]],
    "side_by_side": [OPEN, ["c", *"003", "enter"], ["w", "right_square_bracket", "right_square_bracket"]],
    "timeline": [["escape", "t"]],
    "figures": [["escape", "f"]],
    "events": [["escape", "e"]],
    "speakers": [["escape", "s"]],
    "speaker_statements": [["escape", "s"], ["enter"]],
    "help": [OPEN, ["question_mark"]],
    "palette": [OPEN, ["ctrl+p"], [*"mention"]],
    "warnings": [["escape", "W"]],
    "compare_picker": [OPEN, ["c"]],
    "linked_mentions": [OPEN, ["right_square_bracket", "enter"]],
}


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("screen", SCREENS)
def test_screen(snap_compare, screen, size):
    async def run_before(pilot):
        await ready(pilot.app, pilot)
        for keys in SCREENS[screen]:
            await pilot.press(*keys)
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
        for box in pilot.app.screen.query(Input):  # a blinking cursor is drawn or not by the clock
            box.cursor_blink = False
        await pilot.pause()

    app = DossierApp(bundled_dossier(), remember=False)
    assert snap_compare(app, terminal_size=size, run_before=run_before)
