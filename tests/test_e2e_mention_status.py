"""The status line says what was read at the cursor's mention, typed into the installed
app under tmux: a date's ISO value and why, a figure's number and unit, an entity's name,
a statement's speaker; never the last mention's words left over."""

from __future__ import annotations

import re

import pytest
from test_e2e_tmux import TMUX

pytestmark = pytest.mark.skipif(not TMUX, reason="tmux is not installed")

A002 = "002_cde9ca6d7cdba46b.txt"


def _step_to(a, prefix: str, steps: int = 80) -> str:
    """] until the status line starts with ``prefix``; the status line then."""
    for _ in range(steps):
        a.type("]")
        status = a.settle().splitlines()[0].strip()
        if status.startswith(prefix):
            return status
    raise AssertionError(f"no mention whose status starts {prefix!r}; screen was:\n{a.screen()}")


def test_status_line_reads_each_kind_of_mention_at_the_cursor(app):
    a = app(width=150, height=45)
    a.type("Escape", "Down", "Down", "Enter")
    a.wait_reading(A002)
    said = _step_to(a, "Said by")
    assert "Enter: every statement by this speaker" in said
    date = _step_to(a, "Date ")  # the step after a statement no longer says who said it
    assert re.match(r"Date \d{4}(-(\d\d|W\d\d|Q\d|H\d))*( to \S+)?( \(\w[\w ]*\))?(, relative.*?)? — \S", date), date
    assert date.endswith("Enter: every mention across the dossier")
    figure = _step_to(a, "Figure ")
    assert re.match(r"Figure [\d,.]+(–[\d,.]+)? \S", figure), figure
    assert " — " in figure and figure.endswith("Enter: every mention across the dossier")
    entity = _step_to(a, "Entity ")
    assert " — " in entity and "\x1b" not in a.screen()
