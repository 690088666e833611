"""Huge articles in the reader: laid out only near the viewport, never a frozen screen.

A megabyte on one line used to be laid out whole when opened (minutes at 100 % CPU and
~800 MB), and its tens of thousands of mentions were flattened against each other.
"""

from __future__ import annotations

from support import listing, ready
from wcwidth import wcswidth

from dossier_tui.tui.app import DossierApp
from dossier_tui.tui.article_view import ArticleView
from dossier_tui.tui.document import BLOCK_CHARS, Document, Span, flatten

WORDS = "الأنبار التحالف الدولي قاعدة عين الأسد انسحاب بغداد سبتمبر 2025".split()
HUGE_LINE = " ".join(WORDS[i % len(WORDS)] for i in range(100_000))


def test_a_megabyte_line_is_cut_into_blocks_laid_out_on_demand():
    doc = Document.of(HUGE_LINE + "\nسطر ثان\n", [], 60, "app")
    assert len(doc.starts) > len(HUGE_LINE) // BLOCK_CHARS  # the line is cut into blocks
    assert not doc.first[1] and doc.first[-1]
    assert not doc.laid  # nothing laid out until asked for
    for n in range(0, 40):
        assert wcswidth("".join(t for t, _ in doc.line(n))) <= 60
    assert len(doc.laid) <= 3
    # blocks are cut after a space: no word is split across two of them
    for a in doc.starts[1:]:
        if not doc.first[doc.block_at_offset(a)]:
            assert HUGE_LINE[a - 1] == " "
    # an offset deep inside is found without laying out what comes before it
    line, _ = doc.locate(len(HUGE_LINE) - 5)
    assert line > 1000 and len(doc.laid) <= 4


def test_flatten_is_a_sweep_that_agrees_with_the_spans():
    spans = [Span(0, 10, "date"), Span(5, 20, "hit"), Span(8, 9, "current"), Span(30, 31, "entity")]
    assert flatten(spans) == [(0, 5, "date"), (5, 8, "date+hit"), (8, 9, "date+hit+current"),
                              (9, 10, "date+hit"), (10, 20, "hit"), (30, 31, "entity")]
    many = [Span(i * 3, i * 3 + 2, "entity") for i in range(60_000)]
    assert len(flatten(many)) == 60_000  # one sweep: instant, where pairs took minutes


async def test_opening_a_megabyte_line_lays_out_only_the_screen(make_dossier):
    root = make_dossier({"huge.txt": HUGE_LINE + "\n", "normal.txt": "عنوان\nالأنبار\n"})
    before = listing(root)
    app = DossierApp(root, remember=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        results = app.query_one("#results")
        results.focus()
        results.highlighted = results.get_option_index("huge.txt")
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        view = app.query_one(ArticleView)
        assert view.article.id == "huge.txt"
        assert view.mentions  # read in a worker, then drawn
        assert len(view.document.laid) < 12
        width = view.scrollable_content_region.width
        for _ in range(3):
            await pilot.press("space")
        await pilot.press("G")
        await pilot.pause()
        assert view.scroll_offset.y > 1000
        strip = view.render_line(0)
        text = "".join(seg.text for seg in strip)
        assert text.strip() and wcswidth(text) <= width
        # laid out at the width it is drawn at: nothing is cropped off a line's edge
        assert view.document.width == width - 2
        await pilot.press("g")
        await pilot.pause()
        assert view.scroll_offset.y == 0
    assert listing(root) == before
