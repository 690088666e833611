"""Who said what, typed into the installed `dossier-tui` under tmux from launch (issue 21):
statements marked in the article, ] onto one, Enter to the speaker's statements, a jump."""

from __future__ import annotations

import re
import time

import pytest
from test_e2e_keys import A001
from test_e2e_tmux import TMUX

pytestmark = pytest.mark.skipif(TMUX is None, reason="tmux is not installed (apt-get install tmux)")

SGR = re.compile(r"\x1b\[([0-9;:]*)m")
TINT = ("5;236", "2;48;48;48")  # grey19, the statement's background, in 256 colours or 24-bit


def cells(styled: str) -> list[list[tuple[str, str, bool]]]:
    """Each screen row as (character, background, reversed) from `capture-pane -e`."""
    rows = []
    for line in styled.splitlines():
        bg, rev, row, at = "", False, [], 0
        for m in SGR.finditer(line):
            row += [(ch, bg, rev) for ch in line[at:m.start()]]
            at = m.end()
            params = m.group(1).split(";") if m.group(1) else ["0"]
            i = 0
            while i < len(params):
                p = params[i]
                if p in ("0", ""):
                    bg, rev = "", False
                elif p == "7":
                    rev = True
                elif p == "27":
                    rev = False
                elif p == "49":
                    bg = ""
                elif p == "48" and i + 1 < len(params):
                    n = 3 if params[i + 1] == "5" else 5
                    bg = ";".join(params[i + 1:i + n])
                    i += n - 1
                elif p == "38" and i + 1 < len(params):
                    i += 2 if params[i + 1] == "5" else 4
                i += 1
        row += [(ch, bg, rev) for ch in line[at:]]
        rows.append(row)
    return rows


def tinted_letters(styled: str) -> int:
    """Arabic letters drawn on the statement's tint, not reversed (not the cursor's)."""
    return sum(1 for row in cells(styled) for ch, bg, rev in row
               if bg in TINT and not rev and "\u0600" <= ch <= "\ufeff")


def test_statements_marked_bracket_onto_one_enter_lists_the_speaker_and_jumps(app):
    a = app(width=150, height=45)
    a.type("Escape", "Down", "Enter")  # 001, from the full list
    a.wait_reading(A001)  # the reader shows it (the list names 001 too)
    # the statements are tinted in the article as it opens, the cursor nowhere yet
    assert tinted_letters(a.settle(styled=True)) >= 20
    for _ in range(60):
        if "Said by" in a.status():
            break
        a.type("]")
    status = a.wait_for("Said by").splitlines()[0]
    assert "Enter: every statement by this speaker" in status
    a.type("Enter")
    screen = a.wait_for("Statements by the same speaker")
    assert "Linked mentions" in screen and "speaker:" in screen
    a.type("End", "Enter")  # the speaker's last statement
    a.wait_gone("Statements by the same speaker")
    status = a.wait_for("Said by").splitlines()[0]  # the cursor is on a statement again
    styled = a.settle(styled=True)
    # the cursor's statement is reversed, the others keep the tint
    assert any(rev for row in cells(styled) for ch, _bg, rev in row if "\u0600" <= ch <= "\ufeff")
    assert "\x1b" not in a.screen()
    a.type("C-o")  # and back where Enter was pressed
    time.sleep(0.3)
    a.wait_for("Said by")
    a.type("q")
    a.wait_for("EXITED 0")


def test_terminal_bidi_mode_marks_statements_too(app):
    a = app("--bidi", "terminal", width=150, height=45)
    a.type("Escape", "Down", "Enter")
    a.wait_reading(A001)  # the reader shows it (the list names 001 too)
    assert tinted_letters(a.settle(styled=True)) >= 20
