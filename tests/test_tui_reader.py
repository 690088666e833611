"""The reader as a user drives it: opening, paging, side by side, the jump list, help."""

from __future__ import annotations

from support import open_article, ready

from dossier_tui.index.loader import load_dossier
from dossier_tui.tui.app import DossierApp
from dossier_tui.tui.article_view import ArticleView


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
        box = app.screen.query_one("#help-box")
        shown = app.export_screenshot().replace("&#160;", " ")
        while box.scroll_y < box.max_scroll_y:  # the list scrolls: read it a page at a time
            box.scroll_page_down(animate=False)
            await pilot.pause()
            shown += app.export_screenshot().replace("&#160;", " ")
        for word in ("mention", "Linked", "Compare", "Timeline", "Figures", "Dates by event",
                     "Back", "palette"):
            assert word in shown, word


async def test_the_compare_picker_lists_the_best_partners_of_a_big_dossier_and_narrows_as_typed(seeds):
    """At 10,000 articles listing every title took 4.6 s: the picker lists the best
    SHOWN, says how many more there are, and typing (filtered once typing pauses, from
    DEBOUNCE_FROM choices) reaches any of them; Enter takes the first match at once."""
    from dossier_tui.tui.picker import DEBOUNCE_FROM, SHOWN, ArticlePicker

    n = max(DEBOUNCE_FROM, SHOWN) + 500
    choices = [(f"{i:05d}.txt", f"خبر رقم {i}", i % 97) for i in range(n)]
    choices.append(("needle.txt", "Mosul airport handover", 0))
    app = DossierApp(seeds, remember=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        chosen = []
        app.push_screen(ArticlePicker(choices, "Open beside"), chosen.append)
        await pilot.pause()
        options = app.screen.query_one("#picker-list")
        assert options.option_count == SHOWN + 1  # and a line saying how many more
        last = options.get_option_at_index(SHOWN)
        assert last.disabled and f"{n + 1 - SHOWN:,} more" in str(last.prompt)
        assert options.get_option_at_index(0).id == "00096.txt"  # most shared keys first
        await pilot.press(*"Mosul airport")
        await pilot.pause(0.3)
        assert options.option_count == 1 and options.get_option_at_index(0).id == "needle.txt"
        # Enter before the pause: the list is filtered for what was typed, then the first taken
        await pilot.press(*["backspace"] * len("Mosul airport"), *"00777.txt", "enter")
        await pilot.pause()
        assert chosen == ["00777.txt"]
