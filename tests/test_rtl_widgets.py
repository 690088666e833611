"""Arabic outside the article panes (issue 17, findings 7-11): every widget lays short
texts out with the engine; checked on what the installed app shows under tmux, with the
engine's rules (cutting, table cells, wrapping) checked directly."""

from __future__ import annotations

import re
import unicodedata

from test_e2e_tmux import Tmux, launch
from test_rtl_input import fribidi, needs_fribidi

from dossier_tui.index.layout.labels import cut, label_line, label_lines
from dossier_tui.index.search import snippet
from dossier_tui.tui.linked import sentence_around

ARABIC_LETTERS = re.compile("[\u0621-\u064a]")  # unshaped: a label that skipped the engine


def _app(width=100, height=30) -> Tmux:
    return launch(width=width, height=height)


def _folded(line: str) -> str:
    return unicodedata.normalize("NFKC", line)


def _unshaped(screen: str) -> list[str]:
    return [line for line in screen.splitlines() if ARABIC_LETTERS.search(line)]


# -- the engine's rules ------------------------------------------------------------------------
def test_cut_is_logical_at_a_word_and_never_leaves_a_stub():
    text = "أعلن التحالف انسحابه في سبتمبر/أيلول 2025 من القاعدة"
    year = text.index("2025")
    for width in range(4, 60):
        shown, spans = cut(text, ((year, year + 4, "hit"),), width)
        digits = re.findall(r"\d+", shown)
        assert digits in ([], ["2025"]), (width, shown)  # the year whole or not at all
        assert all(shown[a:b] == "2025" for a, b, _ in spans)  # the highlight on the whole match
        assert len(label_line(text, ((year, year + 4, "hit"),), width).text) <= width


def test_cut_keeps_a_snippets_first_hit_in_view():
    text = "خلال اثني عشر شهراً، على أبعد تقدير بنهاية سبتمبر/أيلول 2025 كما قال المتحدث"
    at = text.index("2025")
    shown, spans = cut(text, ((at, at + 4, "hit"),), 24, keep=(at, at + 4))
    assert shown.startswith("… ") and shown.endswith("…") and "2025" in shown
    assert [shown[a:b] for a, b, _ in spans] == ["2025"]


def test_a_label_without_letters_is_left_to_right():
    assert label_line("2025–2026").text == "2025–2026"  # as the timeline shows it
    assert label_line("2025–2026 عام").rtl


def test_wrapped_title_lines_come_in_reading_order_right_aligned():
    title = "بغداد: بعثة التحالف الدولي في العراق ستغادر قاعدة عين الأسد في سبتمبر المقبل"
    lines = label_lines(title, (), 40)
    assert len(lines) == 2 and lines[0].start == 0 and lines[1].start == lines[0].end
    assert all(len(line.text) == 40 for line in lines)  # padded on the left: right-aligned
    two = label_lines(title + " " + title, (), 40, max_lines=2)
    assert len(two) == 2 and two[1].text.lstrip().startswith("…")


def test_snippet_keeps_the_title_apart_from_the_first_paragraph():
    text = "عنوان الخبر\nالفقرة الأولى تقول شيئا"
    assert snippet(text, [(0, 5)]) == "عنوان الخبر ¶ الفقرة الأولى تقول شيئا"


def test_linked_sentence_is_cut_at_words_with_an_ellipsis():
    text = ("كلمة " * 40) + "بغداد " + ("أخرى " * 40)
    at = text.index("بغداد")
    sentence = sentence_around(text, at, at + 5)
    assert sentence.startswith("… كلمة") and sentence.endswith("أخرى …") and "بغداد" in sentence


# -- the installed app ---------------------------------------------------------------------
@needs_fribidi
def test_status_error_and_every_screen_is_shaped_in_visual_order(isolated_dirs):
    """#7: the query error quotes انسحا* shaped, as FriBidi orders it; and no screen the
    keys reach shows an unshaped (logical) Arabic letter: results, reader, picker, linked
    mentions, timeline, figures, dates by event."""
    tmux = _app()
    try:
        tmux.keys("*", literal=True)
        tmux.keys("Enter")
        screen = tmux.wait_for("e.g.")
        message = "a * must end a word of at least two letters, e.g. انسحا*"
        assert _folded(screen.splitlines()[0]).strip() == fribidi(message)
        # / (Enter went to the results): back to the box, its text selected, replaced
        tmux.search_and_open("Baghdad", "004_c19a34fae10a2c98.txt")
        tmux.keys("]")
        tmux.keys("Enter")
        screen = tmux.wait_for("Linked mentions")
        assert not _unshaped(screen), _unshaped(screen)  # the key, the value, titles, sentences
        tmux.type("Escape")
        tmux.keys("c")
        screen = tmux.wait_for("shared mention keys")
        assert not _unshaped(screen), _unshaped(screen)
        tmux.type("Escape")
        for key, heading in (("t", "Timeline: every"), ("f", "Figures by unit"), ("e", "Dates by event")):
            tmux.type("Escape")
            tmux.keys(key)
            screen = tmux.wait_for(heading)
            assert not _unshaped(screen), (key, _unshaped(screen))
            tmux.type("Escape")
    finally:
        tmux.close()


def test_compare_picker_wraps_titles_in_reading_order(isolated_dirs):
    """#8: at 80 columns 001's title takes two lines; its start (بغداد) is on the first."""
    tmux = _app(80, 24)
    try:
        tmux.type("Escape")
        tmux.keys("c")
        tmux.wait_for("001_0b628569c39d60ff.txt")
        screen = tmux.wait_for("ﻞﺒﻘﻤﻟﺍ")  # المقبل, shaped: the last word of 001's title
        lines = screen.splitlines()
        start = next(i for i, line in enumerate(lines) if "ﺩﺍﺪﻐﺑ" in line)  # بغداد, shaped
        end = next(i for i, line in enumerate(lines) if "ﻞﺒﻘﻤﻟﺍ" in line)  # المقبل, the last word
        assert start < end
        assert lines[end].rstrip("│▎ ").endswith("ﻞﺒﻘﻤﻟﺍ ﺮﺒﻤﺘﺒﺳ")  # right-aligned: سبتمبر المقبل
    finally:
        tmux.close()


def test_table_cells_are_paragraphs_of_their_own(isolated_dirs):
    """#9: a year range reads 2025–2026 in the timeline and in dates by event alike; an
    articles list of Arabic titles runs from the right (1. rightmost) with Arabic commas."""
    tmux = _app(160, 45)
    try:
        tmux.type("Escape")
        tmux.keys("e")
        screen = tmux.wait_for("Dates by event")
        assert "2025–2026" in screen and "2026–2025" not in screen
        tmux.type("Escape")
        tmux.keys("t")
        screen = tmux.wait_for("Timeline: every date")
        assert "2025–2026" in screen and "2026–2025" not in screen
        row = next(line for line in screen.splitlines() if line.startswith("│ 2025-09 "))
        assert "،" in row and row.rindex(" .1") > row.rindex(" .2")  # 1. is read first, on the right
    finally:
        tmux.close()


def test_result_snippets_never_show_a_stub_of_a_number(isolated_dirs):
    """#10: searching أيلول 2025, the snippets (cut to the list's width) show the year whole
    or not at all; cut in visual order they showed "…5 أيلول" and "…25 أيلول"."""
    tmux = _app(150, 45)
    try:
        tmux.keys("أيلول 2025", literal=True)
        tmux.keys("Enter")
        tmux.wait_for("articles match")
        snippets = [line.split("││")[0] for line in tmux.settle().splitlines()[4:]
                    if "…" in line.split("││")[0] and "hits" not in line and ".txt" not in line]
        runs = [run for line in snippets for run in re.findall(r"\d+", line)]
        assert len(snippets) >= 3
        assert not {"5", "25", "025"} & set(runs), snippets
    finally:
        tmux.close()


def test_reader_marker_and_header_sit_on_the_right_of_an_arabic_article(isolated_dirs):
    """#11: the ▶ of the current mention at the start (right) of right-aligned lines, and
    the header right-aligned over them."""
    tmux = _app(100, 30)
    try:
        tmux.search_and_open("التحالف", "000_8879d900664c0086.txt")
        tmux.keys("]")

        def right_side(screen: str) -> bool:
            marked = [line for line in screen.splitlines() if "▶" in line]
            pane = [line.split("││")[-1][:-1] for line in screen.splitlines() if "││" in line]
            header = pane[0] if pane else ""  # the title, under the pane's top border
            return bool(marked) and marked[0].rstrip().rstrip("│").rstrip().endswith("▶") and \
                bool(ARABIC_LETTERS.search(_folded(header))) and header[-1:] == " " and header[-2:-1] != " "

        tmux.until(right_side, "no ▶ and header on the right", 15)
    finally:
        tmux.close()
