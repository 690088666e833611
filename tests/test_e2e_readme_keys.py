"""The README's key table, key by key, typed into the installed `dossier-tui` under tmux from
launch, each state reached by keys as a user would, each effect read off the screen.

README key → where it is tested (E: this file, K: test_e2e_keys.py, T: test_e2e_tmux.py,
A: test_e2e_add.py, S: test_e2e_speakers.py):

    /                            K test_slash_goes_to_search_and_replaces_the_query
    j/k, arrows, Enter (list)    E test_result_list_moves_with_j_k_and_arrows_and_opens_with_enter
    n / N                        K test_n_and_N_step_through_the_hits, test_reader_keys_that_cannot…
    ] / [                        E test_side_by_side_c_w_x_and_mentions (K, T: ] then Enter)
    } / {, g / G, Space, PgUp/Dn E test_reader_scrolls_by_line_paragraph_page_and_to_the_ends
    j/k, arrows (reader)         E test_reader_scrolls_by_line_paragraph_page_and_to_the_ends
    Enter on a mention           T test_installed_app_compare_jump_and_back, K test_tab_goes_forward…
    Ctrl-O / Ctrl-I (Tab)        K test_tab_goes_forward_after_ctrl_o, test_reader_keys_that_cannot…
    c                            E test_side_by_side_c_w_x_and_mentions (best partner first)
    w, x                         E test_side_by_side_c_w_x_and_mentions, K test_reader_keys_that_cannot…
    t / f, e                     E test_overview_tables_move_and_list_mentions (t, f, e)
    s                            S test_s_lists_who_is_quoted…, test_enter_lists_statements_by_outlet…
    b                            K test_b_redraws_the_reader_header
    a                            A test_a_adds_a_page_by_url_and_lists_it
    q                            E test_q_quits_and_remembers…, test_keys_typed_right_after_q…
    ? and Ctrl-P                 E test_help_lists_every_key_of_the_readme, K test_command_palette…
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from test_e2e_tmux import TMUX, Tmux

from dossier_tui.tui.styles import LEGEND

pytestmark = pytest.mark.skipif(TMUX is None, reason="tmux is not installed (apt-get install tmux)")

A000 = "000_8879d900664c0086.txt"
A001 = "001_0b628569c39d60ff.txt"
A004 = "004_c19a34fae10a2c98.txt"
SCROLLBAR = "▁▂▃▄▅▆▇█▔ "


LEGEND_LABELS = {label for _, label in LEGEND}


def body(screen: str) -> list[str]:
    """The text lines the (one, rightmost) reader pane shows below its header and legend."""
    lines = screen.splitlines()
    top = next(i for i, line in enumerate(lines) if "current mention" in line)
    out = []
    for line in lines[top + 1:]:
        if "╰" in line:
            break
        text = line.split("│")[-2].rstrip(SCROLLBAR).strip()
        if not out and text and set(re.split(r"\s{2,}", text)) <= LEGEND_LABELS:
            continue  # the legend wraps whole entries onto a further line in a narrow pane
        out.append(text)
    return out


def changed(a: Tmux, before: list[str]) -> list[str]:
    """The reader's lines once a key has moved them (it must: else the wait fails)."""
    return body(a.until(lambda s: body(s) != before, "the reader did not move", 10))


def back_to(a: Tmux, lines: list[str], key: str) -> None:
    a.until(lambda s: body(s) == lines, f"{key} did not come back", 10)


def next_paragraph(lines: list[str]) -> int:
    """Index of the first line below the top that starts a paragraph (follows a blank line)."""
    return next(i for i in range(1, len(lines)) if lines[i] and not lines[i - 1])


def folded(line: str) -> str:
    """Shaped glyphs folded to letters (NFKC), in the screen's (visual) order."""
    return unicodedata.normalize("NFKC", line)


def test_reader_scrolls_by_line_paragraph_page_and_to_the_ends(app):
    a = app(width=100, height=30)
    a.type("Escape", "Enter")  # the list, its first article
    a.wait_reading(A000)
    top = body(a.settle())
    assert top[0] and len(top) > 10
    for down, up in (("j", "k"), ("Down", "Up")):
        a.type(down)
        assert changed(a, top)[:-1] == top[1:], down  # one line
        a.type(up)
        back_to(a, top, up)
    # } puts the next paragraph's first line at the top: a line with text, not the blank
    # line between paragraphs; { comes back
    a.type("}")
    first = changed(a, top)
    assert first[0] and first[0] == top[next_paragraph(top)]
    a.type("}")
    second = changed(a, first)
    assert second[0] and second[0] == first[next_paragraph(first)]
    a.type("{")
    back_to(a, first, "{")
    a.type("g")
    back_to(a, top, "g")
    # a page: Space and PageDown scroll by the view's height (k then shows the old last line)
    for key in ("Space", "PageDown"):
        a.type(key)
        page = changed(a, top)
        assert top[-1] not in page[:1]
        a.type("k")
        assert changed(a, page)[0] == top[-1], key
        a.type("g")
        back_to(a, top, "g")
    a.type("Space")
    page = changed(a, top)
    a.type("PageUp")
    back_to(a, top, "PageUp")
    # G: the article's last line (…"بين 1500 و3000" عنصر.) at the bottom; nothing goes further
    a.type("G")
    end = changed(a, top)
    last = [line for line in end if line][-1]
    assert "3000" in last and "رصنع" in folded(last)  # عنصر, drawn right to left
    assert end[-1] == last or not any(end[end.index(last) + 1:])
    for key in ("j", "Space", "PageDown", "}"):
        a.type(key)
        assert body(a.settle()) == end, key
    a.type("g")
    back_to(a, top, "g")


def marked(screen: str) -> list[str]:
    """The file named on the result list's cursor row (drawn with ▌ at the left)."""
    return re.findall(r"▌ (\S+\.txt) ", screen)


def test_result_list_moves_with_j_k_and_arrows_and_opens_with_enter(app):
    a = app(width=100, height=30)
    a.type("Escape")  # from the search box (focused at start) to the list
    a.until(lambda s: marked(s) == [A000], "the list's cursor is not on the first article")
    for key, row in (("j", A001), ("j", "002_cde9ca6d7cdba46b.txt"), ("k", A001), ("Down", "002_cde9ca6d7cdba46b.txt"),
                     ("Up", A001)):
        a.type(key)
        a.until(lambda s, row=row: marked(s) == [row], f"{key}: the cursor is not on {row}")
    a.type("Enter")
    a.wait_reading(A001)


def pane_of(line: str, side: int) -> str:
    """One side of a line of two panes side by side (0: left, 1: right)."""
    parts = line.split("││")
    return parts[side] if len(parts) == 2 else ""


def cursor_rows(screen: str, side: int) -> list[str]:
    """The lines of one pane that carry the current-mention marker ▶."""
    return [pane_of(line, side) for line in screen.splitlines() if "▶" in pane_of(line, side)]


def test_side_by_side_c_w_x_and_mentions(app):
    """c offers the article sharing most mentions first and opens it beside (on the left:
    the first sits on the right), both panes on a mention; ] and [ move the cursor ▶ in the
    pane in use; w goes to the other pane; x closes the pane in use and the list is back."""
    a = app(width=150, height=45)
    a.type("Escape", "Enter")
    a.wait_reading(A000)
    a.type("c")
    screen = a.wait_for("shared mention keys")
    shared = [int(n) for n in re.findall(r"· (\d+) shared mention keys", screen)]
    assert len(shared) == 4 and shared == sorted(shared, reverse=True) and shared[0] > shared[-1]
    best = re.search(r"(\S+\.txt) · %d shared" % shared[0], screen).group(1)
    a.type("Enter")  # the first offered
    screen = a.wait_reading(best, A000)
    screen = a.until(lambda s: cursor_rows(s, 1), "the first pane has no ▶")
    left = cursor_rows(screen, 0)
    a.type("]")  # in the pane just opened (left)
    screen = a.until(lambda s: cursor_rows(s, 0) and cursor_rows(s, 0) != left, "] moved no ▶ on the left")
    right = cursor_rows(screen, 1)  # still on its first mention, in the title
    left = [pane_of(line, 0) for line in screen.splitlines()]
    a.type("w", "G")  # the other pane is the one in use: G scrolls it, not this one
    screen = a.until(lambda s: not cursor_rows(s, 1), "w then G did not scroll the right pane")
    assert [pane_of(line, 0) for line in screen.splitlines()] == left
    a.type("[")  # from its first mention round to its last
    screen = a.until(lambda s: cursor_rows(s, 1), "[ drew no ▶ on the right")
    assert cursor_rows(screen, 1) != right
    a.type("]")  # and on to the first again, in the title
    a.until(lambda s: cursor_rows(s, 1) == right, "] did not come back to the first mention")
    a.type("x")  # closes the pane in use (the right one, 000)
    a.until(lambda s: a.reading(s) == [best] and A000 in s,  # the list is back beside it
            "x did not leave the other article beside the result list")
    a.type("w")
    a.wait_for("One pane open")


def rows(screen: str, header: str) -> list[str]:
    """An overview table's rows (whole lines), below the line naming its columns."""
    lines = screen.splitlines()
    top = next(i for i, line in enumerate(lines) if re.match(rf"│(\x1b\[[0-9;]*m)* *(\x1b\[[0-9;]*m)*{header}\b", line))
    out = []
    for line in lines[top + 1:]:
        if not re.sub(r"\x1b\[[0-9;]*m", "", line)[1:-1].strip() or "╰" in line:
            break
        out.append(line)
    return out


def cursor_row(a: Tmux, header: str) -> int:
    """Which row of an overview table is drawn in reverse video: the cursor."""
    table = rows(a.settle(styled=True), header)
    found = [i for i, line in enumerate(table) if re.search(r"\x1b\[(?:[0-9;]*;)?7m", line)]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("key, heading, column, prefix", [
    ("t", "Timeline: every date", "date", "date:"),
    ("f", "Figures by unit", "unit", "figure:"),
])
def test_overview_tables_move_and_list_mentions(app, key, heading, column, prefix):
    """t / f: the table opens with its cursor on the first row; j, k and arrows move it;
    Enter on a row given by several articles lists its mentions across the dossier."""
    a = app(width=150, height=45)
    a.type("Escape", key)
    table = rows(a.wait_for(heading), column)
    assert len(table) > 3 and cursor_row(a, column) == 0
    for moves, row in ((("j",), 1), (("j", "j", "k"), 2), (("Down", "Down", "Up"), 3), (("k",), 2)):
        a.type(*moves)
        assert cursor_row(a, column) == row, moves
    several = next(i for i, line in enumerate(table) if "،" in line or "more" in line)
    a.type("Home", *["j"] * several, "Enter")
    screen = a.wait_for("Linked mentions")
    shown = re.search(r"Linked mentions  (\S+)", screen).group(1)
    first = table[several][2:].split()[0 if key == "t" else 1].replace(",", "")
    assert shown.startswith(prefix) and first in shown, (shown, table[several])


def test_dates_by_event_moves_and_opens_the_row(app):
    """e: rows are (event, article); Enter on one reaches that article's mention."""
    a = app(width=150, height=45)
    a.type("Escape", "e")
    screen = a.wait_for("Dates by event")
    assert re.search(r"^│ +\S+ +⚠ ", screen, re.M)  # the flag, in its column beside the event
    a.type("j", "k", "Enter")  # the first row: 1. (000) for the first event
    screen = a.until(lambda s: "Linked mentions" in s or a.reading(s) == [A000], "Enter did nothing")
    if "Linked mentions" in screen:
        a.type("Enter")
    a.wait_reading(A000)


def test_q_quits_and_remembers_the_query_and_the_article(app):
    a = app(width=100, height=30)
    a.search_and_open("Baghdad", A004)
    a.type("q")
    a.wait_for("EXITED 0")
    b = app(width=100, height=30)
    screen = b.wait_reading(A004)
    assert "Baghdad" in screen.splitlines()[2]


README_KEYS = ("/", "j, ↓", "k, ↑", "n", "N", "]", "[", "}", "{", "g", "G", "space, pgdn", "pgup",
               "⏎", "^O", "Tab", "c", "w", "x", "t", "f", "e", "s", "b", "a", "q", "?", "W")


def test_help_lists_every_key_of_the_readme(app):
    a = app(width=150, height=70)
    a.type("Escape", "?")
    screen = a.wait_for("Keys")
    listed = {m.group(1) for m in re.finditer(r"│   (\S+(?:, \S+)?)  +\S", screen)}
    assert set(README_KEYS) <= listed, set(README_KEYS) - listed
    a.type("Escape")
    a.wait_gone("Keys")


def test_keys_typed_right_after_q_do_not_crash_the_exit(app):
    """q then, before the app is gone, t f e c s (each pushed a screen on an app already
    closing: a traceback and exit status 1)."""
    a = app(width=100, height=30)
    a.type("Escape")
    a.text("qtfecs")
    screen = a.wait_for("EXITED")
    assert "EXITED 0" in screen and "Traceback" not in screen and "Error" not in screen, screen
