"""Untrusted text in the TUI: no markup interpreted, no escape byte on screen, no crash."""

from __future__ import annotations

from support import screen_cells
from textual.widgets import Label, Static

from dossier_tui.tui.app import DossierApp
from dossier_tui.tui.article_view import ArticleView
from dossier_tui.tui.results import ResultList

HOSTILE = ("[@click=app.quit]انقر[/] [b]عريض[/b] [link=https://x]رابط[/link] [/]\n"
           "الأنبار \x1b]0;pwned\x07 \x1b[31mأحمر \x9b2J \u202eمقلوب\u202c [red]x[/]\n")


async def _open_first(make_dossier):
    root = make_dossier({"[b]name[/b].txt": HOSTILE, "b.txt": "الأنبار"})
    app = DossierApp(root)
    return app


def _markup_widgets(app):
    return [w for w in app.screen.query("*")
            if isinstance(w, (Static, Label)) and getattr(w, "_render_markup", False)]


async def test_no_widget_showing_article_data_parses_markup(make_dossier):
    app = await _open_first(make_dossier)
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("/", *"الأنبار", "enter")
        await pilot.pause()
        results = app.query_one("#results", ResultList)
        results.highlighted = results.get_option_index("[b]name[/b].txt")
        await pilot.press("enter")
        await pilot.pause()
        assert app.is_running  # [@click=app.quit] did not quit
        for widget in _markup_widgets(app):
            shown = str(widget.visual.plain if hasattr(widget.visual, "plain") else widget.visual)
            assert "انقر" not in shown and "name" not in shown, widget
        assert results.option_count == 2
        svg = app.export_screenshot()
        assert "pwned" not in svg and "\x1b" not in svg  # the title-change sequence went whole
        view = app.query_one(ArticleView)
        drawn = "".join(c for line in range(len(view.document.lines))
                        for c, _ in screen_cells(view, line))
        assert "[@click=app.quit]" in drawn
        assert not any(c in drawn for c in "\x1b\x9b\x07\u202e\u202c")
        assert "[b]name[/b].txt" in app.query_one(".reader-header").visual.plain
