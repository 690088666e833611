"""Who said what, typed into the installed `dossier-tui` under tmux from launch (issue 21):
the speakers screen (s), a speaker's statements by outlet, the jump to one and back, b,
and a statement followed in the other pane side by side."""

from __future__ import annotations

import json
import re
import subprocess

import pytest
from test_e2e_overviews import highlighted, inner
from test_e2e_quotes import cells
from test_e2e_tmux import TMUX, _installed_exe, launch

from dossier_tui.index.layout.engine import layout_paragraph

A002 = "002_cde9ca6d7cdba46b.txt"

pytestmark = pytest.mark.skipif(TMUX is None, reason="tmux is not installed (apt-get install tmux)")

NOTES = "named speakers,"  # the speakers screen's notes, under its table
US_OFFICIAL = "مسؤول كبير في الإدارة الأميركية"  # 000's unnamed "senior administration official"
IRAQIS = ("حسين علاوي", "قاسم الأعرجي")  # the prime minister's adviser (001), the security adviser (004)
MILLER = "ماثيو ميلر"  # the State Department's spokesman, quoted twice by 002 (المسلة, dated 2024-07-23)


def shaped(text: str) -> str:
    """Arabic as the app draws it: shaped, in visual order (right-aligned padding gone)."""
    return "".join(t for t, _ in layout_paragraph(text, (), 200)[0].runs).strip()


def by_speaker() -> list[dict]:
    """What `dossier-tui mentions --by-speaker --json` says of the seeds: what s must show."""
    out = subprocess.run([_installed_exe(), "mentions", "--by-speaker", "--json"], capture_output=True,
                         text=True, check=True).stdout
    return json.loads(out)["speakers"]


def named() -> list[dict]:
    """The named speakers in the order s lists them (the most quoted first)."""
    return [s for s in by_speaker() if not s["anonymous"]]


def said(speaker: dict) -> int:
    return sum(len(art["statements"]) for art in speaker["articles"])


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
    Iraqi officials among the named, the US official among the unnamed; each
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
    first = next(s["name"] for s in expected if not s["anonymous"])  # the most quoted: first
    assert rows[1].strip().startswith(shaped(first))
    assert highlighted(a.settle(styled=True))[0].startswith(shaped(first))
    a.wait_for("⏎ Statements")  # the footer says what Enter does
    a.type("q")  # closes the screen, not the app
    a.wait_gone(NOTES)
    assert "EXITED" not in a.screen()


def test_enter_lists_statements_by_outlet_escape_back_to_the_row_enter_goes_there(app):
    """Enter on a speaker: their statements, one row each, by outlet with its article's
    date and first words; Escape: the speakers again, the same row highlighted; Enter,
    Enter: the article at that statement, the status line saying who said it."""
    speakers = named()
    second = speakers[1]
    at = next(i for i, s in enumerate(speakers) if s["name"] == MILLER)
    a = app(width=150, height=45)
    a.type("Escape", "s")
    a.wait_for(NOTES)
    a.type("j")  # the second most quoted
    a.until(lambda _s: cursor_on(a, shaped(second["name"])), "j did not move to the second speaker")
    row = highlighted(a.settle(styled=True))
    a.type("Enter")
    screen = a.wait_for("Statements by")
    assert shaped(second["name"]) in screen and f"{said(second)} statements in 1 articles, 1 outlets" in " ".join(
        inner(x) for x in screen.splitlines())
    a.type("Escape")
    a.wait_for(NOTES)
    assert highlighted(a.settle(styled=True)) == row  # the same row, on the speakers screen
    a.type(*["j"] * (at - 1))  # down to the State Department's spokesman, quoted by 002
    a.until(lambda _s: cursor_on(a, shaped(MILLER)), "j did not reach the spokesman")
    a.type("Enter")
    screen = a.wait_for("Statements by")
    rows = table(a.settle(), "outlet", "statements in")
    assert len(rows) == 2
    assert all("2024-07-23" in r and shaped("المسلة") in r for r in rows)  # 002, dated
    assert any(shaped("الجانبين يجتمعان") in r for r in rows)  # its first words
    assert not any("\x1b" in r for r in rows)
    first = highlighted(a.settle(styled=True))
    assert len(first) == 1
    a.type("Enter")
    a.wait_gone("Statements by")
    status = a.wait_for("Said by").splitlines()[0]
    assert shaped(MILLER) in status and "Enter: every statement by this speaker" in status
    screen = a.settle()
    assert NOTES not in screen and A002 in screen  # both screens closed: 002 is open
    a.type("s")  # and s again opens the speakers
    a.wait_for(NOTES)


def test_narrow_60x24_keeps_names_counts_and_dates_readable(app):
    speakers = named()
    at = next(i for i, s in enumerate(speakers) if s["name"] == MILLER)
    a = app(width=60, height=24)
    a.type("Escape", "s")
    a.wait_for(NOTES)
    rows = table(a.settle(), "speaker", NOTES)
    assert rows[0].startswith("Named speakers")
    for row, s in zip(rows[1:3], speakers[:2], strict=True):
        cell, counts = re.match(r"(\S.*?) {2,}(\d+ +\d+) ", row).groups()
        assert shaped(s["name"]).endswith(cell.lstrip("…")), row  # a long name cut with … (its end kept)
        assert counts.split() == [str(len(s["articles"])), str(said(s))], row
    a.type(*["j"] * at)
    a.until(lambda _s: cursor_on(a, shaped(MILLER)), "j did not reach the spokesman")
    a.type("Enter")
    a.wait_for("Statements by")
    rows = table(a.settle(), "outlet", "statements in")
    assert len(rows) == 2 and all("2024-07-23" in r for r in rows)  # the date kept whole
    assert all(r.count(" ") < len(r) // 2 for r in rows)  # the columns share the width, none left empty


def test_b_switches_the_speakers_arabic_to_logical_and_back(app):
    top = named()[0]
    first, word = top["name"], top["articles"][0]["statements"][0]["first_words"].split()[0]
    a = app(width=150, height=45)
    a.type("Escape", "s")
    a.wait_for(NOTES)
    assert shaped(first) in a.settle()
    a.type("b")
    screen = a.wait_for(first)  # logical order, unshaped: for terminals doing their own bidi
    assert shaped(first) not in screen and IRAQIS[0] in screen
    a.until(lambda _s: cursor_on(a, first), "the cursor left the first speaker")  # the same row
    a.type("Enter")
    screen = a.wait_for("Statements by")
    assert f"Statements by {first}" in screen and word in screen
    a.type("b")
    screen = a.wait_for(f"Statements by {shaped(first)}")
    assert shaped(word) in screen
    a.type("Escape")
    screen = a.wait_for(NOTES)
    assert shaped(first) in screen and first not in screen


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


# two outlets quoting one minister: the seeds share no speaker across articles since 000's
# 'وتنشر الولايات المتحدة حوالي 2500 جندي' is no statement
PAPER_A = ("الحكومة تعلن خطة الكهرباء\n\n"
           + "ناقش مجلس الوزراء في جلسته الأسبوعية ملفات الطاقة والمياه والنقل العام في المحافظات.\n\n" * 12
           + "وقال وزير الكهرباء سامي الحداد إن المحطات الجديدة ستعمل قبل الصيف المقبل.\n")
PAPER_B = ("خطة الكهرباء الجديدة\n\n"
           "وقال وزير الكهرباء سامي الحداد للصحفيين إن كلفة المحطات تبلغ مليار دولار.\n\n"
           "وأعلنت الوزارة أن العمل سيبدأ الشهر المقبل.\n")


def test_compare_follows_a_statement_by_the_same_speaker(isolated_dirs, make_dossier):
    """Side by side (a.txt right, b.txt left, both quoting the minister), ] onto his statement
    in b.txt scrolls a.txt to his statement there, low in the article, and marks it, as for
    any mention."""
    root = make_dossier({"a.txt": PAPER_A, "b.txt": PAPER_B})
    a = launch(str(root), width=150, height=45)
    try:
        a.type("Escape", "Enter")
        a.wait_reading("a.txt")
        a.type("c")
        a.wait_for("shared mention keys")
        a.text("b.txt")
        a.until(lambda sc: re.search(r"(\S+\.txt) · \d+ shared", sc).group(1) == "b.txt", "b.txt is not offered")
        a.type("Enter")
        a.wait_reading("b.txt", "a.txt")
        for _ in range(20):  # in b.txt, the pane in use, onto the minister's statement
            status = a.settle().splitlines()[0]  # each ] done before the next: none overshoots
            if "Said by" in status and shaped("سامي الحداد") in status:
                break
            a.type("]")
        else:
            raise AssertionError(f"] never reached the minister's statement:\n{a.screen()}")
        expected = shaped("المحطات الجديدة")  # a.txt's statement by him, below the first screen
        a.until(lambda _s: expected in reversed_text(a.styled(), 1), "a.txt did not mark his statement")
        marked = reversed_text(a.settle(styled=True), 1)
        assert all(shaped(word) in marked for word in "ستعمل قبل الصيف".split()), marked
        assert shaped("وقال") not in marked  # its verb and speaker are not the statement
    finally:
        a.close()


def test_keys_typed_with_the_enter_that_goes_to_a_statement_act_in_the_article(app):
    """Enter on a statement (the statements screen is a screen over the main one, not a
    modal) and ] in one write: 002 opens at the spokesman's first statement and ] steps
    on to the first mention inside it. The ] went to the closing screen and was lost."""
    at = next(i for i, s in enumerate(named()) if s["name"] == MILLER)
    a = app(width=150, height=45)
    a.type("Escape", "s")
    a.wait_for(NOTES)
    a.type(*["j"] * at)
    a.until(lambda _s: cursor_on(a, shaped(MILLER)), "j did not reach the spokesman")
    a.type("Enter")
    a.wait_for("Statements by")
    a.text("\r]")  # Enter (CR) and ] in one write
    a.wait_gone("Statements by")
    a.until(lambda s: A002 in s and s.splitlines()[0].strip().startswith(("Date ", "Figure ", "Entity ")),
            "] typed with Enter did not step from the statement into it")
