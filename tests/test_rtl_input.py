"""The RTL-aware input (search box, compare filter): drawn by the layout engine, edited
logically. GNU FriBidi is the oracle for what the line shows; the caret's cell comes
from the engine's index maps."""

from __future__ import annotations

import shutil
import subprocess
import time
import unicodedata

import pytest
from support import ready
from test_e2e_tmux import Tmux, launch

from dossier_tui.index.layout.field import layout_field
from dossier_tui.index.seeds import bundled_dossier
from dossier_tui.tui.app import DossierApp
from dossier_tui.tui.rtl_input import RtlInput

FRIBIDI = shutil.which("fribidi")
needs_fribidi = pytest.mark.skipif(FRIBIDI is None, reason="fribidi missing (apt-get install libfribidi-bin)")


def fribidi(text: str) -> str:
    """FriBidi's visual line (auto direction), letters folded back (NFKC) to compare glyphs."""
    out = subprocess.run([FRIBIDI, "--nopad", "--nobreak", "--charset", "UTF-8"], input=text,
                         capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", out.rstrip("\n").replace("\ufeff", "")).strip()


def shown(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


# -- the engine's field layout -----------------------------------------------------------------
@needs_fribidi
@pytest.mark.parametrize("value", ["انسحاب", "انسحاب 2025", "عام 2025 في بغداد", "السلام (لا) 15%",
                                   "US troops انسحاب", "أيلول 2025 - 2026"])
def test_field_draws_what_fribidi_draws(value):
    field = layout_field(value)
    assert shown("".join(t for t, _ in field.runs)) == fribidi(value)
    assert field.rtl == (value[0] != "U")


def test_field_caret_cells_and_visual_stops():
    field = layout_field("عام 2025")  # drawn: [end] 2 0 2 5 _ م ا ع
    assert field.cells == (8, 7, 6, 5, 1, 2, 3, 4, 0)
    assert field.stops == (8, 4, 5, 6, 7, 3, 2, 1, 0)
    assert field.move(0, -1) == 1  # Left in Arabic goes forward in the text
    assert field.move(8, 1) == 4  # Right from the end (left edge) onto the number
    assert field.move(8, -1) == 8 and field.move(0, 1) == 0
    assert field.window(8, 20) == 9 - 20  # fits: right-aligned
    latin = layout_field("abc")
    assert latin.cells == (0, 1, 2, 3) and latin.window(3, 20) == 0


def test_field_is_logical_in_terminal_mode_and_safe():
    field = layout_field("انسحاب\x1b[31m\u202e", mode="terminal")
    drawn = "".join(t for t, _ in field.runs)
    assert drawn.startswith("انسحاب") and "\x1b" not in drawn and "\u202e" not in drawn
    assert field.cells[:3] == (0, 1, 2) and not field.rtl


# -- the widget, by pilot ----------------------------------------------------------------------
def _line(box: RtlInput) -> tuple[str, int | None]:
    """What the box draws and the cell with the cursor's style (None if not drawn)."""
    strip = box.render_line(0)
    cursor = box.get_component_rich_style("input--cursor")
    text, at, col = "", None, 0
    for seg in strip:
        if seg.style and cursor.bgcolor and seg.style.bgcolor == cursor.bgcolor:
            at = col
        text += seg.text
        col += seg.cell_length
    return text, at


async def _typed(pilot, app, keys) -> RtlInput:
    await ready(app, pilot)
    box = app.query_one("#search", RtlInput)
    box.cursor_blink = False
    await pilot.press(*keys)
    await pilot.pause()
    return box


@needs_fribidi
async def test_search_box_draws_arabic_through_the_engine_with_the_caret_in_place():
    app = DossierApp(bundled_dossier(), remember=False)
    async with app.run_test(size=(80, 24)) as pilot:
        box = await _typed(pilot, app, "عام 2025")
        text, at = _line(box)
        assert shown(text) == fribidi("عام 2025")
        width = box.scrollable_content_region.width
        assert len(text.rstrip()) == width  # right-aligned in the box
        assert at == width - 9 and box._cursor_offset == at  # the end: left of the text
        await pilot.press("home")
        assert _line(box)[1] == width - 1  # on ع, the rightmost cell
        await pilot.press("left")
        assert box.cursor_position == 1 and _line(box)[1] == width - 2
        await pilot.press("left", "left", "left")  # across the space onto the number's end
        assert box.cursor_position == 7 and _line(box)[1] == width - 5
        await pilot.press("right")
        assert box.cursor_position == 3
        await pilot.press("backspace")  # logical: the letter before the space
        assert box.value == "عا 2025" and box.cursor_position == 2
        await pilot.press("delete")
        assert box.value == "عا2025"
        assert shown(_line(box)[0]) == fribidi("عا2025")


async def test_selection_paste_and_terminal_mode():
    app = DossierApp(bundled_dossier(), remember=False)
    async with app.run_test(size=(80, 24)) as pilot:
        box = await _typed(pilot, app, "سلام")
        await pilot.press("home", "shift+left", "shift+left")  # select visually leftwards: س ل
        assert sorted(box.selection) == [0, 2] and box.selected_text == "سل"
        await pilot.press("right")  # collapse to the side moved towards (the start)
        assert box.cursor_position == 0 and box.selection.is_empty
        box.cursor_position = len(box.value)
        app.copy_to_clipboard("عليكم ")
        await pilot.press("home", "ctrl+v")
        assert box.value == "عليكم سلام"
        box.value = "سلام 12"
        box.set_bidi_mode("terminal")
        assert _line(box)[0].startswith("سلام 12")  # logical, unshaped, from the left


# -- the installed app, by keys ----------------------------------------------------------------
def _box_line(screen: str) -> str:
    return screen.splitlines()[2].strip("▊▎")


def _cursor_x(tmux: Tmux) -> int:
    return int(tmux.run("display-message", "-p", "-t", tmux.name, "#{cursor_x}").stdout)


def _settle(tmux: Tmux, expected: str, timeout: float = 10.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = _box_line(tmux.screen())
        if shown(line) == expected:
            return line
        time.sleep(0.1)
    raise AssertionError(f"search box shows {shown(_box_line(tmux.screen()))!r}, FriBidi {expected!r}")


@needs_fribidi
def test_installed_search_box_shows_what_fribidi_shows(isolated_dirs):
    tmux = launch(width=80, height=24)
    try:
        tmux.keys("انسحاب", literal=True)
        line = _settle(tmux, fribidi("انسحاب"))
        assert len(line) - len(line.rstrip()) == 2  # right-aligned: only the box's padding after it
        assert _cursor_x(tmux) == 1 + len(line.rstrip()) - 6 - 1  # the end: left of the word
        tmux.keys(" 2025", literal=True)
        _settle(tmux, fribidi("انسحاب 2025"))
        tmux.keys("BSpace", "BSpace")
        line = _settle(tmux, fribidi("انسحاب 20"))
        edge = len(line.rstrip())  # 1 (border) + cells up to the last drawn one
        assert _cursor_x(tmux) == 1 + edge - 9 - 1
        tmux.keys("Home")
        time.sleep(0.3)
        assert _cursor_x(tmux) == edge  # on ا, the rightmost letter
        tmux.keys("Left", "BSpace")  # Left goes forward in Arabic; Backspace deletes ا
        _settle(tmux, fribidi("نسحاب 20"))
        assert _cursor_x(tmux) == edge
        tmux.keys("End", "Right")  # from the left end, Right steps onto the number
        time.sleep(0.3)
        assert _cursor_x(tmux) == edge - 7
        tmux.keys("q")
    finally:
        tmux.close()


@needs_fribidi
def test_installed_compare_filter_shows_what_fribidi_shows(isolated_dirs):
    tmux = launch(width=80, height=24)
    try:
        tmux.type("Escape", "c")
        tmux.wait_for("Open an article")
        tmux.keys("بغداد 3", literal=True)
        expected = fribidi("بغداد 3")

        def filter_shows() -> bool:  # the filter box: the line inside its ▊ … ▎ border
            return any(shown(line[line.find("▊") + 1:line.rfind("▎")]) == expected
                       for line in tmux.screen().splitlines() if "▊" in line)

        tmux.until(lambda _: filter_shows(), f"the filter never showed {expected!r}", 10)
    finally:
        tmux.close()


def test_installed_search_box_is_logical_in_terminal_bidi_mode(isolated_dirs):
    """A terminal that reorders by itself gets the value as typed: logical, unshaped."""
    tmux = launch(width=80, height=24, env={"DOSSIER_TUI_BIDI": "terminal"})
    try:
        tmux.keys("انسحاب 2025", literal=True)
        screen = tmux.wait_for("انسحاب 2025")
        assert _box_line(screen).strip().startswith("انسحاب 2025")  # from the left, as stored
    finally:
        tmux.close()
