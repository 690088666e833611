"""Who said what, typed into the installed `dossier-tui` under tmux from launch (issue 21):
the speakers screen (s), a speaker's statements by outlet, the jump to one and back, b,
and a statement followed in the other pane side by side."""

from __future__ import annotations

import json
import re
import subprocess

import pytest
from test_e2e_keys import A000
from test_e2e_overviews import highlighted, inner
from test_e2e_quotes import cells
from test_e2e_tmux import TMUX, _installed_exe

from dossier_tui.index.layout.engine import layout_paragraph

A002 = "002_cde9ca6d7cdba46b.txt"

pytestmark = pytest.mark.skipif(TMUX is None, reason="tmux is not installed (apt-get install tmux)")

NOTES = "named speakers,"  # the speakers screen's notes, under its table
US = "الولايات المتحدة"  # quoted by 000 and 002: the most quoted
US_OFFICIAL = "مسؤول كبير في الإدارة الأميركية"  # 000's unnamed "senior administration official"
IRAQIS = ("حسين علاوي", "قاسم الأعرجي")  # the prime minister's adviser (001), the security adviser (004)


def shaped(text: str) -> str:
    """Arabic as the app draws it: shaped, in visual order (right-aligned padding gone)."""
    return "".join(t for t, _ in layout_paragraph(text, (), 200)[0].runs).strip()


def by_speaker() -> list[dict]:
    """What `dossier-tui mentions --by-speaker --json` says of the seeds: what s must show."""
    out = subprocess.run([_installed_exe(), "mentions", "--by-speaker", "--json"], capture_output=True,
                         text=True, check=True).stdout
    return json.loads(out)["speakers"]


def table(screen: str, header: str, notes: str) -> list[str]:
    """The table's lines on screen: between its header line and its notes."""
    lines = [inner(x) for x in screen.splitlines()]
    top = next(i for i, x in enumerate(lines) if x.startswith(header))
    bottom = next(i for i, x in enumerate(lines) if i > top and notes in x)
    return [x for x in lines[top + 1:bottom] if x]


def cursor_on(a, name: str) -> bool:
    """Whether the one highlighted row of the table begins with ``name``."""
    rows = highlighted(a.styled())
    return len(rows) == 1 and rows[0].startswith(name)


def test_s_lists_who_is_quoted_named_apart_from_unnamed(app):
    """Every speaker `mentions --by-speaker` finds, in its order, under its section: the
    Iraqi officials and the US among the named, the US official among the unnamed; each
    row with its articles and statements; the cursor on the most quoted."""
    expected = by_speaker()
    a = app(width=150, height=45)
    a.type("Escape", "s")
    a.wait_for(NOTES)
    rows = table(a.settle(), "speaker", NOTES)
    named_at = next(i for i, r in enumerate(rows) if r.startswith("Named speakers ("))
    unnamed_at = next(i for i, r in enumerate(rows) if r.startswith("Unnamed sources ("))
    assert named_at == 0 and unnamed_at > 1
    for section, anonymous in ((rows[1:unnamed_at], False), (rows[unnamed_at + 1:], True)):
        mine = [s for s in expected if s["anonymous"] == anonymous]
        assert len(section) == len(mine)
        for row, s in zip(section, mine, strict=True):
            said = sum(len(art["statements"]) for art in s["articles"])
            assert re.match(rf"{re.escape(shaped(s['name']))} +{len(s['articles'])} +{said} ", row), row
    named, unnamed = "\n".join(rows[1:unnamed_at]), "\n".join(rows[unnamed_at + 1:])
    for iraqi in IRAQIS:
        assert shaped(iraqi) in named and shaped(iraqi) not in unnamed
    assert shaped(US_OFFICIAL) in unnamed and shaped(US_OFFICIAL) not in named
    assert rows[1].strip().startswith(shaped(US))  # quoted in two articles: first
    assert highlighted(a.settle(styled=True))[0].startswith(shaped(US))
    a.wait_for("⏎ Statements")  # the footer says what Enter does
    a.type("q")  # closes the screen, not the app
    a.wait_gone(NOTES)
    assert "EXITED" not in a.screen()


def test_enter_lists_statements_by_outlet_escape_back_to_the_row_enter_goes_there(app):
    """Enter on a speaker: their statements, one row each, by outlet with its article's
    date and first words; Escape: the speakers again, the same row highlighted; Enter,
    Enter: the article at that statement, the status line saying who said it."""
    a = app(width=150, height=45)
    a.type("Escape", "s")
    a.wait_for(NOTES)
    a.type("j")  # حسين علاوي: four statements, in 001
    a.until(lambda _s: cursor_on(a, shaped(IRAQIS[0])), "j did not move to the second speaker")
    row = highlighted(a.settle(styled=True))
    a.type("Enter")
    screen = a.wait_for("Statements by")
    assert shaped(IRAQIS[0]) in screen and "4 statements in 1 articles, 1 outlets" in " ".join(
        inner(x) for x in screen.splitlines())
    a.type("Escape")
    a.wait_for(NOTES)
    assert highlighted(a.settle(styled=True)) == row  # the same row, on the speakers screen
    a.type("k")  # the US: quoted by 000 and 002, two outlets
    a.until(lambda _s: cursor_on(a, shaped(US)), "k did not move back to the first speaker")
    a.type("Enter")
    screen = a.wait_for("Statements by")
    rows = table(a.settle(), "outlet", "statements in")
    assert len(rows) == 2
    assert any("2024-07-23" in r and shaped("المسلة") in r for r in rows)  # 002, dated
    assert any("no date" in r and shaped("2500 جندي") in r for r in rows)  # 000's first words
    assert not any("\x1b" in r for r in rows)
    first = highlighted(a.settle(styled=True))
    assert len(first) == 1
    a.type("Enter")
    a.wait_gone("Statements by")
    status = a.wait_for("Said by").splitlines()[0]
    assert shaped(US) in status and "Enter: every statement by this speaker" in status
    screen = a.settle()
    assert NOTES not in screen and A000 in screen  # both screens closed: 000 is open
    a.type("s")  # and s again opens the speakers
    a.wait_for(NOTES)


def test_narrow_60x24_keeps_names_counts_and_dates_readable(app):
    a = app(width=60, height=24)
    a.type("Escape", "s")
    a.wait_for(NOTES)
    rows = table(a.settle(), "speaker", NOTES)
    assert rows[0].startswith("Named speakers")
    assert re.match(rf"{re.escape(shaped(US))} +2 +2 ", rows[1]), rows[1]
    assert re.match(rf"{re.escape(shaped(IRAQIS[0]))} +1 +4 ", rows[2]), rows[2]
    a.type("Enter")
    a.wait_for("Statements by")
    rows = table(a.settle(), "outlet", "statements in")
    assert len(rows) == 2 and any("2024-07-23" in r for r in rows)  # the date kept whole
    assert all(r.count(" ") < len(r) // 2 for r in rows)  # the columns share the width, none left empty


def test_b_switches_the_speakers_arabic_to_logical_and_back(app):
    a = app(width=150, height=45)
    a.type("Escape", "s")
    a.wait_for(NOTES)
    assert shaped(US) in a.settle()
    a.type("b")
    screen = a.wait_for(US)  # logical order, unshaped: for terminals doing their own bidi
    assert shaped(US) not in screen and IRAQIS[0] in screen
    a.until(lambda _s: cursor_on(a, US), "the cursor left the first speaker")  # the same row
    a.type("Enter")
    screen = a.wait_for("Statements by")
    assert f"Statements by {US}" in screen and "المسلة" in screen
    a.type("b")
    screen = a.wait_for(f"Statements by {shaped(US)}")
    assert shaped("المسلة") in screen
    a.type("Escape")
    screen = a.wait_for(NOTES)
    assert shaped(US) in screen and US not in screen


def reversed_text(styled: str, side: int) -> str:
    """The characters of one pane (0: left, 1: right) drawn in reverse video: in the pane
    not in use, the mark of the mention that the pane in use is on (its own cursor, in its
    title, scrolled away)."""
    out = []
    for row in cells(styled):
        text = "".join(ch for ch, _bg, _rev in row)
        cut = text.find("││")
        if cut < 0:
            continue
        part = row[:cut] if side == 0 else row[cut + 2:]
        out.append("".join(ch for ch, _bg, rev in part if rev).strip())
    return " ".join(x for x in out if x)


def test_compare_follows_a_statement_by_the_same_speaker(app):
    """Side by side (000 right, 002 left, both quoting the US), ] onto the US's statement
    in 002 scrolls 000 to the US's statement there and marks it, as for any mention."""
    a = app(width=150, height=45)
    a.type("Escape", "Enter")
    a.wait_reading(A000)
    a.type("c")
    a.wait_for("shared mention keys")
    a.text("002")
    a.until(lambda sc: re.search(r"(\S+\.txt) · \d+ shared", sc).group(1) == A002, "002 is not offered first")
    a.type("Enter")
    a.wait_reading(A002, A000)
    for _ in range(80):  # in 002, the pane in use, onto the US's statement
        status = a.settle().splitlines()[0]  # each ] done before the next: none overshoots
        if "Said by" in status and shaped(US) in status:
            break
        a.type("]")
    else:
        raise AssertionError(f"] never reached the US's statement:\n{a.screen()}")
    expected = shaped("2500 جندي")  # 000's statement by the US, low in the article
    a.until(lambda _s: expected in reversed_text(a.styled(), 1), "000 did not mark the US's statement")
    marked = reversed_text(a.settle(styled=True), 1)
    said = "حوالي 2500 جندي في العراق ونحو 900 في سوريا المجاورة"  # the statement's first line there
    assert all(shaped(word) in marked for word in said.split()), marked
    assert shaped("وتنشر") not in marked  # its verb and speaker are not the statement
