"""Comparing two articles as a user does (issue 17, #16), typed into the installed reader
under tmux from launch: ] after w continues from where the other pane's move scrolled this
one; a jump goes to the pane the user is in (or the one already showing that article);
the compare picker never offers an article that is already open."""

from __future__ import annotations

import re

import pytest
from test_e2e_keys import A000, A004
from test_e2e_tmux import TMUX, Tmux, reading

pytestmark = pytest.mark.skipif(TMUX is None, reason="tmux is not installed (apt-get install tmux)")

W = 120  # two panes of 60 columns: the right one (the first opened) is line[60:]


def _side_by_side(a: Tmux) -> None:
    """000 opened the usual way, then c, 004 and Enter: 004 opens beside it, on the left,
    with the focus."""
    a.search_and_open("التحالف", A000)
    a.type("c")
    a.wait_for("shared mention keys")
    a.text("004")  # by name: which article shares most keys is not these tests' matter
    a.until(lambda s: re.search(r"(\S+\.txt) · \d+ shared", s).group(1) == A004, "004 is not offered first")
    a.type("Enter")
    a.wait_gone("shared mention keys")
    a.wait_reading(A004, A000)


def _right(screen: str) -> list[str]:
    return [line[W // 2:] for line in screen.splitlines()[7:-2]]


def _left(screen: str) -> list[str]:
    return [line[:W // 2] for line in screen.splitlines()[7:-2]]


def test_bracket_after_w_continues_from_where_the_sync_scrolled(app):
    """In the left pane G and [ (its last mention) scroll the right pane to its partner, far
    below the right pane's own cursor; w, then ]: the cursor moves on from the partner, on
    the screen as it is, not back up to the right pane's old cursor."""
    a = app(width=W, height=30)
    _side_by_side(a)
    before = _right(a.settle())
    a.type("G", "[")
    # (each step waits for what it does: under load a screen still for 0.25 s is not settled)
    a.until(lambda s: any("▶" in line for line in _left(s)) and _right(s) != before,
            "[ in the left pane did not scroll the right one to its partner")
    synced = _right(a.settle())
    a.type("w")
    a.type("]")
    after = _right(a.until(lambda s: any("▶" in line for line in _right(s)),
                           "the cursor is not on the right pane's screen"))
    marked = [line.replace("▶", " ") for line in after if "▶" in line]
    assert marked[0] in synced  # a line that was already shown: no jump back to the top


def test_a_linked_jump_to_the_article_beside_goes_to_that_pane(app):
    """In the right pane (000), Enter on a mention and the last linked row (in 004, open on
    the left): the left pane goes there and takes the focus; 000 stays open on the right."""
    a = app(width=W, height=30)
    _side_by_side(a)
    a.type("w", "g", "]", "Enter")
    a.wait_for("Linked because")
    a.type("End", "Enter")
    a.wait_gone("Linked because")
    screen = a.until(lambda s: any("▶" in line for line in _left(s)), "the left pane has no ▶")
    assert reading(screen) == [A004, A000]  # neither pane replaced by the other's article
    a.type("C-o")  # and back, in the pane the jump started from
    screen = a.settle()
    assert reading(screen) == [A004, A000]


def test_the_compare_picker_never_offers_an_article_already_open(app):
    a = app(width=W, height=30)
    _side_by_side(a)
    a.type("c")
    screen = a.wait_for("shared mention keys")
    assert f"{A000} ·" not in screen and f"{A004} ·" not in screen
    assert screen.count("shared mention keys") == 3  # the other three
