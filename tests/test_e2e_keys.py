"""Every key of the README's table, typed into the installed `dossier-tui` under tmux from
launch, the way a user reaches each state (issue 17: pilot tests set focus in code and
missed keys that did nothing for a user).

Each test starts the app with the ``app`` fixture (conftest: tmux, from launch) and types
with ``type`` (key names) and ``text`` (characters); after Escape ``type`` waits before the
next key, since a terminal reads ESC + key as Alt+key.
"""

from __future__ import annotations

import re

import pytest
from test_e2e_tmux import TMUX, reading

pytestmark = pytest.mark.skipif(TMUX is None, reason="tmux is not installed (apt-get install tmux)")

A000 = "000_8879d900664c0086.txt"
A001 = "001_0b628569c39d60ff.txt"
A003 = "003_fc5128e4fd6255bc.txt"
A004 = "004_c19a34fae10a2c98.txt"


def test_slash_goes_to_search_and_replaces_the_query(app):
    """#3: / at launch (the box has focus) and / inside the box are never typed."""
    a = app()
    a.type("/")
    a.text("Baghdad")
    a.type("Enter")
    screen = a.wait_for("1 article matches")
    assert "/Baghdad" not in screen and "Baghdad/" not in screen
    a.type("/")  # from the results list
    a.text("Lieutenant")
    a.type("/")  # inside the box: selects, so typing replaces
    a.text("Amir")
    a.type("Enter")
    # (the status said "1 article matches" already, for Baghdad: wait for the box itself)
    a.until(lambda s: "Amir" in s.splitlines()[2], "Amir never reached the box")
    box = a.settle().splitlines()[2]
    assert "Amir" in box and "Lieutenant" not in box and "/" not in box


def test_n_and_N_step_through_the_hits(app):
    """#1: /, التحالف, Enter, Enter (000: 12 hits), then n: each n marks the next hit and
    says which; twelve of them go round to the first again."""
    a = app()
    a.search_and_open("التحالف", A000)
    before = a.settle(styled=True)
    a.type("n")
    assert a.wait_for("Hit 1 of 12").splitlines()[0].strip().startswith("Hit 1 of 12")
    seen = {a.settle(styled=True)}
    assert before not in seen
    for k in range(2, 13):
        a.type("n")
        a.wait_for(f"Hit {k} of 12")
        seen.add(a.settle(styled=True))
    assert len(seen) == 12  # every n changed what the screen shows
    a.type("n")
    a.wait_for("Hit 1 of 12 (from the top)")
    a.type("N")
    a.wait_for("Hit 12 of 12 (from the bottom)")


def test_reader_keys_that_cannot_act_say_why(app):
    """#5: in an article opened from the list (no search, no jump, no mention chosen, one
    pane) each of these keys says why it cannot act, in the status line, never nothing."""
    a = app()
    a.type("Escape", "Enter")
    a.wait_reading(A000)
    # (in an order where each key's message differs from the one before it)
    for key, says in (("n", "No search hits in this article"), ("x", "One pane open"),
                      ("C-o", "No earlier place"), ("w", "One pane open"), ("Enter", "No mention chosen")):
        a.type(key)
        a.until(lambda s, says=says: s.splitlines()[0].strip().startswith(says), f"{key} did not say {says!r}")
    a.wait_reading(A000)  # x closed nothing


def test_tab_goes_forward_after_ctrl_o(app):
    """#2: a linked-mention jump, Ctrl-O back, then Tab (what terminals send for Ctrl-I)
    goes forward again; with nothing ahead Tab moves focus as usual."""
    a = app()
    a.search_and_open("Baghdad", A004)
    a.type("]", "Enter")
    a.wait_for("Linked because")
    a.type("Enter")
    a.wait_gone("Linked because")
    target = reading(a.settle())[-1]
    assert target != A004
    a.type("C-o")
    a.wait_gone(target)
    assert reading(a.settle()) == [A004]
    a.type("Tab")
    a.wait_reading(target)
    assert reading(a.settle()) == [target]
    a.type("Tab")  # nothing ahead: focus moves on (Shift-Tab comes back)
    assert reading(a.settle()) == [target]


def test_a_query_error_says_the_list_is_the_old_one(app):
    a = app()
    a.type("/")
    a.text("Baghdad")
    a.type("Enter")
    a.wait_for("1 article matches")
    a.type("/")
    a.text('"unclosed')
    a.type("Enter")
    # the old hit stays (a quote being typed is unclosed for a while), said to be the old one
    screen = a.wait_for("the list below is still for: Baghdad")
    assert "quote" in screen.splitlines()[0]


def test_results_cursor_follows_a_linked_jump(app):
    a = app()
    a.type("Escape", "Enter")  # 000, from the full list
    a.wait_reading(A000)
    a.type("]", "Enter")
    a.wait_for("Linked because")
    a.type("End", "Enter")  # the last: in another article
    a.wait_gone("Linked because")
    screen = a.settle()
    opened = reading(screen)
    assert opened and opened[-1] != A000
    marked = [line for line in screen.splitlines() if "▌ 00" in line]
    assert marked and opened[-1] in marked[0]


def _header(screen: str, path: str) -> str:
    """The reader header's title line: the one above the line naming the article."""
    lines = screen.splitlines()
    i = next(n for n, line in enumerate(lines) if re.search(re.escape(path) + r" +│", line))
    return lines[i - 1]


def test_b_redraws_the_reader_header(app):
    """#15: b switches the open reader's header too (shaped ↔ logical), and back."""
    a = app()
    a.type("Escape", "Enter")
    screen = a.wait_reading(A000)
    shaped = _header(screen, A000)
    assert "ﺏﺎﺤﺴﻧﺍ" in shaped  # presentation forms: shaped, in visual order
    a.type("b")
    a.wait_for("Bidi mode: terminal")
    # (the header's own change is waited for: a screen still for 0.25 s may not be drawn yet)
    logical = _header(a.until(lambda s: "ﺏﺎﺤﺴﻧﺍ" not in _header(s, A000), "the header stayed shaped"), A000)
    assert "انسحاب" in logical
    a.type("b")
    a.wait_for("Bidi mode: app")
    a.until(lambda s: "ﺏﺎﺤﺴﻧﺍ" in _header(s, A000), "the header stayed logical")


def test_dossier_toml_title_is_shown(app, make_dossier):
    """#13: dossier.toml's title names the article in the list, the hits and the reader."""
    root = make_dossier({
        "a.txt": "File title one\nThe coalition leaves Baghdad in September.\n",
        "b.txt": "Other file\nNothing here.\n",
        "dossier.toml": '["a.txt"]\ntitle = "Chosen by the user"\nsource = "Wire"\n',
    })
    a = app(str(root))
    screen = a.wait_for("Chosen by the user")
    assert "File title one" not in screen
    a.type("/")
    a.text("coalition")
    a.type("Enter")
    screen = a.wait_for("1 article matches")
    assert "Chosen by the user  1 hit" in screen  # (the snippet quotes the text, its first line too)
    a.type("Enter")
    screen = a.wait_reading("a.txt")
    assert "Chosen by the user" in _header(screen, "a.txt")


def test_footer_shows_e_and_q_quit_in_the_reader(app):
    """#4: e is in the footer beside t and f, and "q Quit" is whole in the reader at 150."""
    a = app()
    a.search_and_open("التحالف", A000)
    footer = a.settle().splitlines()[-1]
    assert "t Timeline" in footer and "f Figures" in footer and "e Events" in footer
    assert "q Quit" in footer


@pytest.mark.parametrize("typed,key,effect", [
    ("next search hit", "n —", "Hit 1 of 12"),
    ("next mention", "] —", "▶"),
    ("search", "/ —", None),
])
def test_command_palette_reaches_reader_actions_with_keys(app, typed, key, effect):
    """#4: Ctrl-P offers search, hits, mentions…, each with its key and a description
    that says more than its title; choosing one acts in the reader."""
    a = app()
    a.search_and_open("التحالف", A000)
    a.type("C-p")
    a.wait_for("Search for commands")
    a.text(typed)
    screen = a.wait_for(key)
    a.type("Enter")
    a.wait_gone(key)
    if effect:
        a.wait_for(effect)
    else:  # search: the query is selected, typing replaces it
        a.text("Baghdad")
        a.type("Enter")
        a.wait_for("1 article matches")
    assert screen


def test_keys_read_with_the_one_that_moved_the_focus_go_where_it_went(app):
    """Keys read in one burst with a key that moves the focus (a fast typist, a paste, a
    loaded machine) act where the focus went, not in the widget it left: / and a query
    typed at once search for the query; Enter on the list and ] at once open the article
    and step to its first mention."""
    a = app()
    a.type("Escape")  # to the list
    a.text("/Baghdad")  # one write: / and the query are read together
    a.type("Enter")
    screen = a.wait_for("1 article matches")
    assert "Baghdad" in screen.splitlines()[2]
    a.text("\r]")  # Enter (CR) and ] in one write, from the list
    a.wait_reading(A004)
    a.until(lambda s: "▶" in s, "] typed with Enter did not reach the article")


def test_escape_read_with_the_next_key_is_two_keys(app):
    """Escape and Enter in one write from the search box (a fast typist, a loaded machine
    reading both at once): Textual's parser took them for Alt+Enter and dropped the Escape,
    so Enter acted in the search box. They go to the list and open its first article; and
    Escape with / in one write goes to the list, then to the search box."""
    a = app()
    a.text("\x1b\r")  # at launch the search box has the focus
    a.wait_reading(A000)
    a.text("]")
    a.until(lambda s: "▶" in s, "] did not reach the article")
    a.text("\x1b/")  # Escape and / at once: to the list, then to the search box
    a.text("Baghdad")
    a.type("Enter")
    a.wait_for("1 article matches")


def test_help_lists_the_command_palette_once(app):
    """? listed ctrl+p twice: Textual's own binding ("palette") and a row added by hand."""
    a = app(width=120, height=70)
    a.type("Escape", "?")
    screen = a.wait_for("Keys")
    rows = [line for line in screen.splitlines() if re.search(r"│\s+(\^p|ctrl\+p)\s+\S", line)]
    assert len(rows) == 1 and "Command palette: every action" in rows[0], rows


def _reader_body(screen: str) -> list[str]:
    """The reader pane's text under its header (one pane, right of the list), each line
    without its margins and the scrollbar (which can come and go beside the text)."""
    return [line.split("││")[-1].strip(" │▁▂▃▄▅▆▇█") for line in screen.splitlines()[8:-2] if "││" in line]


@pytest.mark.parametrize("typed,key,undo,undo_key", [
    ("bottom of the article", "G —", "top of the article", "g —"),
    ("page down", "Space, PageDown —", "page up", "PageUp —"),
    ("next paragraph", "} —", "previous paragraph", "{ —"),
])
def test_command_palette_moves_through_the_article(app, typed, key, undo, undo_key):
    """#4 (the rest): the palette has paragraphs, top/bottom and pages too, each with its
    key and a description; choosing one moves the article, its pair moves it back."""
    a = app(width=150, height=40)
    a.type("Escape", "Enter")
    a.wait_reading(A000)
    start = _reader_body(a.settle())
    for title, shown, back in ((typed, key, False), (undo, undo_key, True)):
        a.type("C-p")
        a.wait_for("Search for commands")
        a.text(title)
        screen = a.wait_for(shown)
        described = screen.split(shown, 1)[1].splitlines()[0].strip()
        assert described and described.lower() != title, "a description beyond its title"
        a.type("Enter")
        a.wait_gone("Search for commands")
        if back:  # the same first lines (a scrollbar that came meanwhile can rewrap the rest)
            a.until(lambda s: _reader_body(s)[:4] == start[:4], f"{title} did not come back")
        else:  # moved, and the pane still full of text
            a.until(lambda s: _reader_body(s) != start and sum(map(bool, _reader_body(s))) >= 10,
                    f"{title} did not move, or left the pane nearly empty")
        a.settle()
