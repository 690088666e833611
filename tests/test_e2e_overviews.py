"""The dossier-wide views (t, f, e) in the installed `dossier-tui` under tmux, from launch:
their flags, their place kept under the mentions list, and their columns at any width
(issue 17, findings 12, 17 and 18)."""

from __future__ import annotations

import re

import pytest
from test_e2e_keys import App
from test_e2e_tmux import TMUX

pytestmark = pytest.mark.skipif(TMUX is None, reason="tmux is not installed (apt-get install tmux)")


@pytest.fixture
def app():
    made = []

    def start(**kwargs) -> App:
        made.append(App(**kwargs))
        return made[-1]

    yield start
    for a in made:
        a.close()


def inner(line: str) -> str:
    """A line of the view's box without its borders."""
    return line.strip().strip("│").strip()


def table_rows(screen: str, header: str, notes: str) -> list[str]:
    """The table's rows on screen: between its header line and the notes under it."""
    lines = [inner(x) for x in screen.splitlines()]
    top = next(i for i, x in enumerate(lines) if x.startswith(header))
    bottom = next(i for i, x in enumerate(lines) if i > top and notes in x)
    return [x for x in lines[top + 1:bottom] if x]


VIEWS = {  # key: (first word of the table's header, notes pattern giving the flagged count)
    "f": ("unit", r"([\d,]+) units, ([\d,]+) with disagreeing articles", "units,"),
    "e": ("event", r"([\d,]+) events, ([\d,]+) dated differently", "events,"),
}


@pytest.mark.parametrize("width", [60, 80, 150])
@pytest.mark.parametrize("key", ["f", "e"])
def test_the_flag_is_drawn_on_every_row_the_summary_counts(app, key, width):
    """#12: the ⚠ the header promises is on screen at any width, once per flagged unit
    (event), as many as the summary under the table counts (it was the last column and got
    what the articles left: "⚠ dis…" at 150 columns, nothing at 80)."""
    header, pattern, notes = VIEWS[key]
    a = app(width=width, height=45)
    a.type("Escape", key)
    screen = a.wait_for(notes)
    screen = a.settle()
    flagged = int(re.search(pattern, " ".join(inner(x) for x in screen.splitlines())).group(2))
    assert flagged >= 1  # the seeds disagree on troops and date the end of the mission apart
    rows = table_rows(screen, header, notes)
    assert len([r for r in rows if "⚠" in r]) == flagged, screen


def test_the_figures_flag_shows_at_60x24(app):
    a = app(width=60, height=24)
    a.type("Escape", "f")
    a.wait_for("units,")
    rows = table_rows(a.settle(), "unit", "units,")
    assert any("⚠" in r and r.startswith("troops") for r in rows)
