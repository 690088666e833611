"""The reader as a user drives it: opening, paging, side by side, the jump list, help."""

from __future__ import annotations

from dossier_tui.index.loader import load_dossier
from dossier_tui.tui.app import DossierApp
from dossier_tui.tui.article_view import ArticleView

from support import open_article, ready


async def test_jump_list_goes_back_and_forward_between_articles(seeds):
    ids = [a.id for a in load_dossier(seeds).articles]
    app = DossierApp(seeds, remember=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(app, pilot)
        await open_article(app, pilot, 1)
        await open_article(app, pilot, 3)
        await open_article(app, pilot, 5)
        assert app.current_article == ids[4]
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert app.current_article == ids[2]
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert app.current_article == ids[0]
        await pilot.press("ctrl+o")  # nothing further back: stays
        await pilot.pause()
        assert app.current_article == ids[0]
        await pilot.press("ctrl+i")
        await pilot.pause()
        assert app.current_article == ids[2]


async def test_compare_opens_a_second_pane_to_the_left_and_x_closes_it(seeds):
    ids = [a.id for a in load_dossier(seeds).articles]
    app = DossierApp(seeds, remember=False)
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(app, pilot)
        await open_article(app, pilot, 1)
        await pilot.press("c")
        await pilot.pause()
        from dossier_tui.tui.picker import ArticlePicker

        assert isinstance(app.screen, ArticlePicker)
        await pilot.press(*ids[3][:3])  # filter by the file name's number
        await pilot.press("enter")
        await pilot.pause()
        panes = app.panes.panes
        assert [p.article.id for p in panes] == [ids[0], ids[3]]
        first, second = (p.region for p in panes)
        assert second.x < first.x  # reading order: the first article stays on the right
        assert app.query_one("#main").has_class("-comparing")
        await pilot.press("w")
        assert app.panes.active is panes[0]
        await pilot.press("x")
        await pilot.pause()
        assert [p.article.id for p in app.panes.panes] == [ids[3]]


async def test_paging_and_paragraph_keys_move_the_view(make_dossier):
    paragraphs = [f"الفقرة رقم {i} " + "كلمة " * 60 for i in range(40)]
    root = make_dossier({"long.txt": "عنوان طويل\n" + "\n".join(paragraphs) + "\n"})
    app = DossierApp(root, remember=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        await open_article(app, pilot, 1)
        view = app.query_one(ArticleView)
        assert app.focused is view and view.scroll_offset.y == 0
        await pilot.press("right_curly_bracket")
        y1 = view.scroll_offset.y
        assert y1 in view.document.paragraph_lines and y1 > 0
        await pilot.press("left_curly_bracket")
        assert view.scroll_offset.y < y1
        await pilot.press("G")
        await pilot.pause()
        assert view.scroll_offset.y == view.max_scroll_y > 0
        await pilot.press("g")
        await pilot.pause()
        assert view.scroll_offset.y == 0
        await pilot.press("space")
        await pilot.pause()
        assert view.scroll_offset.y > 0


async def test_n_walks_through_search_hits(seeds):
    app = DossierApp(seeds, remember=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(app, pilot)
        await pilot.press(*"التحالف", "enter", "enter")
        await pilot.pause()
        view = app.query_one(ArticleView)
        assert len(view.hits) >= 2
        await pilot.press("n")
        assert view._hit_index == 0
        await pilot.press("n")
        assert view._hit_index == 1
        await pilot.press("N", "N")
        assert view._hit_index == len(view.hits) - 1


async def test_help_lists_reader_keys_too(seeds):
    app = DossierApp(seeds, remember=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("escape", "question_mark")
        await pilot.pause()
        shown = app.export_screenshot().replace("&#160;", " ")
        app.screen.query_one("#help-box").scroll_end(animate=False)  # the list scrolls
        await pilot.pause()
        shown += app.export_screenshot().replace("&#160;", " ")
        for word in ("mention", "Linked", "Compare", "Timeline", "Figures", "Dates by event",
                     "Back", "palette"):
            assert word in shown, word
