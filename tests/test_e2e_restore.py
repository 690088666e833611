"""Quit and start again: the installed reader gives back exactly the layout the user left
(issue 17, #14), typed into under tmux from launch. The screen after the restart is
compared with the screen before q, styles included (capture-pane -e): the same panes, the
same text at the same place, the same marks (search hits, the current mention)."""

from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path

import pytest
from test_e2e_keys import A000
from test_e2e_tmux import TMUX, Tmux, reading

pytestmark = pytest.mark.skipif(TMUX is None, reason="tmux is not installed (apt-get install tmux)")


def _body(screen: str) -> list[str]:
    """The screen without its status line (it says "checking for changes" for a moment)."""
    return screen.splitlines()[1:]


def _panes(a: Tmux, n: int, timeout: float = 20) -> list[str]:
    """The articles open once ``n`` panes show (a pane is mounted, then filled)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        opened = reading(a.settle())
        if len(opened) == n:
            return opened
    raise AssertionError(f"never {n} panes; screen was:\n{a.screen()}")


def _quit(a: Tmux) -> None:
    a.type("q")
    a.wait_for("EXITED 0")


def _restarted(app, before: str, **kwargs) -> Tmux:
    """The app started again, once its screen looks like ``before`` (or has stopped changing)."""
    b = app(**kwargs)
    b.wait_for("match")  # the remembered query has run: its hits are marked
    for _ in range(10):
        if _body(b.settle()) == _body(before):
            break
    return b


def test_restart_gives_back_the_single_pane_left_after_x_at_its_place(app):
    """Two panes, both scrolled, one closed with x, q: the next start shows that one pane,
    at the same place, with the search's hits and the marked hit, and nothing else."""
    a = app()
    a.search_and_open("التحالف", A000)
    a.type("c")
    a.wait_for("shared mention keys")
    a.type("Enter")
    a.wait_gone("shared mention keys")
    _panes(a, 2)
    a.type("j", "j", "j", "j", "j")  # scroll the new pane
    a.type("x")  # and close it: the reader stays in the other pane
    assert _panes(a, 1) == [A000]
    a.type("n", "n", "n")  # a hit marked, well below the top
    a.wait_for("Hit 3 of 12")
    a.type("j", "j")
    before_plain, before_styled = a.settle(), a.settle(styled=True)
    assert reading(before_plain) == [A000]
    _quit(a)
    b = _restarted(app, before_plain)
    after_plain, after_styled = b.settle(), b.settle(styled=True)
    assert reading(after_plain) == [A000]  # the closed pane does not come back
    assert _body(after_plain) == _body(before_plain)  # same layout, same place
    assert _body(after_styled) == _body(before_styled)  # same hits, hit and cursor marked
    b.type("n")  # and the reader is in that pane, on that hit
    b.wait_for("Hit 4 of 12")


@pytest.mark.parametrize("beside", [
    "004",
    pytest.param("003", marks=pytest.mark.xfail(
        reason="found 2026-12-03: with 003 beside 000 the restored left pane is one line off "
               "(not yet explained)", strict=False)),
])
def test_restart_gives_back_two_panes_side_by_side_not_three_columns(app, beside):
    """Two panes read side by side (the list set aside), each scrolled, the focus in the
    first: the next start shows them so, not the list beside two narrow panes."""
    a = app(width=120, height=36)
    a.search_and_open("التحالف", A000)
    a.type("c")
    a.wait_for("shared mention keys")
    a.text(beside)  # by name: which article shares most keys is not this test's matter
    a.until(lambda s: re.search(r"(\S+\.txt) · \d+ shared", s).group(1).startswith(beside),
            f"{beside} is not offered first")
    a.type("Enter")
    a.wait_gone("shared mention keys")
    _panes(a, 2)
    a.type("space", "j", "w", "]", "]", "]", "space")
    before_plain, before_styled = a.settle(), a.settle(styled=True)
    assert len(reading(before_plain)) == 2
    _quit(a)
    b = _restarted(app, before_plain, width=120, height=36)
    after_plain, after_styled = b.settle(), b.settle(styled=True)
    assert len(reading(after_plain)) == 2
    assert "articles match" not in after_plain.splitlines()[4]  # no result list beside
    assert _body(after_plain) == _body(before_plain)
    assert _body(after_styled) == _body(before_styled)
    b.type("]")  # the focus is in the pane the user was in: its cursor moves on
    moved = b.settle()
    assert moved != after_plain


def test_restart_in_a_narrower_terminal_keeps_the_pane_in_use_only(app):
    """Three panes at 150 columns, restarted at 80: three would not fit, so the pane in use
    alone comes back (a layout the user had), not three squeezed columns."""
    a = app(width=150, height=40)
    a.search_and_open("التحالف", A000)
    for n in (2, 3):
        a.type("c")
        a.wait_for("shared mention keys")
        a.type("Enter")
        a.wait_gone("shared mention keys")
        opened = _panes(a, n)
    in_use = opened[0]  # the newest pane, on the left, has the focus
    _quit(a)
    state = json.loads((Path(os.environ["XDG_STATE_HOME"]) / "dossier-tui" / "state.json").read_text())
    assert [len(d["panes"]) for d in state["dossiers"].values()] == [3]  # the user's state dir
    b = app(width=80, height=24)
    b.wait_for("match")
    screen = b.settle()
    assert screen.count("date  figure") == 1  # one pane's legend
    # its header (after the article's date where it has one: 2024-07-23  ·  002_….txt)
    assert re.findall(r"(?: {4,}|·  )(00\d_[0-9a-f]{16}\.txt) +│", screen) == [in_use]
