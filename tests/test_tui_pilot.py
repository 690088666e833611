"""Driving the app as a user would, through Textual's pilot."""

from __future__ import annotations

import threading

from support import ready, screen_cells

from dossier_tui.index.loader import load_dossier
from dossier_tui.index.store import DossierIndex
from dossier_tui.tui.app import DossierApp
from dossier_tui.tui.article_view import ArticleView
from dossier_tui.tui.results import ResultList


async def test_type_query_see_results_open_article(seeds):
    app = DossierApp(seeds)
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(app, pilot)
        results = app.query_one("#results", ResultList)
        assert results.option_count == 5  # every article before any search
        app.query_one("#results").focus()
        await pilot.press("/", *"عين الأسد", "enter")
        await pilot.pause()
        assert [results.get_option_at_index(i).id[:3] for i in range(results.option_count)] == [
            "001", "004"]
        assert app.focused is results
        await pilot.press("down", "enter")
        await pilot.pause()
        article = load_dossier(seeds).articles[4]
        pane = app.panes.active
        assert pane.article.id == article.id
        from dossier_tui.index.layout.engine import visual_line

        shown_title = "".join(t for t, _ in visual_line(article.title))  # shaped, in visual order
        header = pane.query_one(".reader-header").visual.plain.splitlines()[0]
        # right-aligned over the right-aligned body (#17.11); a title too wide is cut at a
        # word at its logical end (the left), never its start
        assert len(header) == pane.query_one(".reader-header").content_region.width
        header = header.lstrip()
        assert header == shown_title or (
            header.startswith("…") and shown_title.endswith(header[1:]) and len(header) > 20)
        view = pane.view
        assert app.focused is view
        hit = next(h for h in app.last_result.hits if h.path == article.id)
        assert hit.matches
        for m in hit.matches:  # every glyph of every hit is drawn reversed, on the cell the map says
            for offset in range(m.start, m.end):
                if article.text[offset] == " ":
                    continue
                line, column = view.document.locate(offset)
                char, style = screen_cells(view, line)[view.text_left + column]
                assert style.reverse, (m, offset, char)


async def test_bad_query_shows_an_inline_message(seeds):
    app = DossierApp(seeds)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("/", *"   ", "enter")
        await pilot.pause()
        # an empty query lists every article again rather than failing
        assert app.query_one("#results", ResultList).option_count == 5


async def test_markup_in_article_text_is_shown_literally(make_dossier):
    root = make_dossier({"a.txt": "[@click=app.quit]انقر[/] [b]عريض[/b] [link=x]y[/link]\nنص"})
    app = DossierApp(root)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("tab")
        results = app.query_one("#results", ResultList)
        results.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert app.is_running
        view = app.query_one(ArticleView)
        drawn = "".join(c for c, _ in screen_cells(view, 0))
        assert "[@click=app.quit]" in drawn and "[b]" in drawn


async def test_q_quits(seeds):
    app = DossierApp(seeds)
    async with app.run_test() as pilot:
        await ready(app, pilot)
        app.query_one("#results").focus()
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_help_lists_the_bindings_and_closes(seeds):
    app = DossierApp(seeds)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        app.query_one("#results").focus()
        await pilot.press("question_mark")
        await pilot.pause()
        from dossier_tui.tui.help import HelpScreen

        assert isinstance(app.screen, HelpScreen)
        text = app.export_screenshot()
        for words in ("Search", "Quit", "Help"):
            assert words in text
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)


async def test_search_as_you_type(seeds):
    app = DossierApp(seeds, remember=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press(*"Baghdad")
        await pilot.pause(app.SEARCH_DELAY + 0.3)
        results = app.query_one("#results", ResultList)
        assert results.option_count == 1 and results.get_option_at_index(0).id.startswith("004")


async def test_remembers_query_and_open_article(seeds):
    app = DossierApp(seeds)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press(*"الأنبار", "enter", "enter")  # the search box has focus at start
        await pilot.pause()
        opened = app.current_article
        assert opened
    again = DossierApp(seeds)
    async with again.run_test(size=(100, 30)) as pilot:
        await ready(again, pilot)
        await pilot.pause()
        assert again.query_one("#search").value == "الأنبار"
        assert again.current_article == opened
        assert again.query_one("#results", ResultList).option_count == again.last_result.total


async def test_too_small_terminal_says_so(seeds):
    app = DossierApp(seeds, remember=False)
    async with app.run_test(size=(50, 15)) as pilot:
        await ready(app, pilot)
        assert app.screen.has_class("-too-small")
        assert "needs at least 60×20" in app.query_one("#too-small").visual.plain
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert not app.screen.has_class("-too-small")


async def test_mentions_are_drawn_on_their_glyphs_in_their_style(seeds):
    """Read the styled cells back: every glyph of every mention carries its kind's style."""
    app = DossierApp(seeds, remember=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        results = app.query_one("#results", ResultList)
        results.focus()
        results.highlighted = 0
        await pilot.press("enter")
        await pilot.pause()
        view = app.query_one(ArticleView)
        text = view.article.text
        attribute = {"date": "underline", "figure": "bold", "entity": "italic", "quote": "overline"}
        assert {m.kind for m in view.mentions} == set(attribute)
        checked = 0
        for m in view.mentions:
            for offset in range(m.start, m.end):
                if not text[offset].isalnum():
                    continue
                line, column = view.document.locate(offset)
                char, style = screen_cells(view, line)[view.text_left + column]
                assert getattr(style, attribute[m.kind]), (m.text, offset, char)
                checked += 1
        assert checked > 200


def _hold_the_check(monkeypatch) -> threading.Event:
    """Make the index's check of the files wait (as on 10k files) until the event is set."""
    release = threading.Event()
    real_update = DossierIndex.update

    def slow_update(self, *args, **kwargs):
        release.wait(20)
        return real_update(self, *args, **kwargs)

    monkeypatch.setattr(DossierIndex, "update", slow_update)
    return release


async def _until_listed(app, pilot) -> ResultList:
    results = app.query_one("#results", ResultList)
    for _ in range(100):
        await pilot.pause(0.02)
        if results.option_count:
            break
    return results


async def test_warm_start_lists_and_reads_before_the_check_and_searches_after(seeds, monkeypatch):
    """With a warm index the list comes from its mention store at once; articles open while
    the files are still being checked, and a query typed meanwhile runs when that is done."""
    DossierIndex(load_dossier(seeds)).update()  # warm
    release = _hold_the_check(monkeypatch)
    app = DossierApp(seeds, remember=False)
    async with app.run_test(size=(120, 36)) as pilot:
        results = await _until_listed(app, pilot)
        assert results.option_count == 5 and not app.searchable
        assert "checking for changes" in str(app.query_one("#status").render())
        results.focus()
        await pilot.press("enter")  # open the first article while the check runs
        await pilot.pause()
        assert app.panes.active.article.id == load_dossier(seeds).articles[0].id
        app.query_one("#search").focus()
        await pilot.press(*"عين الأسد", "enter")
        await pilot.pause()
        assert app.last_result is None and not app.searchable
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.searchable and app.last_result is not None
        assert sorted(h.path[:3] for h in app.last_result.hits) == ["001", "004"]


async def _searches_done(app, pilot):
    for _ in range(200):  # the older search was cancelled: wait on state, not on every worker
        await pilot.pause(0.02)
        if not [w for w in app.workers if w.group == "search" and not w.is_finished]:
            break
    await pilot.pause()


async def test_big_dossier_searches_off_the_ui_thread_and_drops_stale_results(seeds, monkeypatch):
    """Above a size the search runs in a worker; a slower, older query never overwrites a
    newer one."""
    import time

    monkeypatch.setattr(DossierApp, "WORKER_FROM", 0)
    real_search = DossierApp._search

    def slow_first(self, text):
        found = real_search(self, text)
        if text == "بغداد":
            time.sleep(0.4)  # Whoosh on a big index: finishes after the newer query
        return found

    monkeypatch.setattr(DossierApp, "_search", slow_first)
    app = DossierApp(seeds, remember=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(app, pilot)
        app.run_search("بغداد")
        app.run_search("عين الأسد")  # typed on before the first finished
        await _searches_done(app, pilot)
        await pilot.pause(0.6)  # the cancelled thread still finishes, late: it must not show
        assert app.last_result.query == "عين الأسد"
        assert sorted(h.path[:3] for h in app.last_result.hits) == ["001", "004"]
        results = app.query_one("#results", ResultList)
        assert results.option_count == 2
        app.run_search('"unclosed')
        await _searches_done(app, pilot)
        assert "quote" in str(app.query_one("#status").render())
        assert results.option_count == 2  # the old list stays


async def test_command_palette_shows_arabic_titles_shaped_and_in_display_order(seeds):
    from textual.command import CommandPalette

    from dossier_tui.index.layout.engine import visual_line

    app = DossierApp(seeds, remember=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"المسلة")
        visual = "".join(t for t, _ in visual_line("المسلة"))
        for _ in range(50):
            await pilot.pause(0.05)
            svg = app.export_screenshot().replace("&#160;", " ")
            if "Open: " in svg:
                break
        assert f"Open: {visual}" in svg  # the title shaped, in display order
        assert "Open: المسلة" not in svg  # never in logical order with unjoined letters


async def test_warm_start_list_is_corrected_once_the_folder_is_checked(tmp_path, seeds, monkeypatch):
    """The early list is what the index last saw: a file deleted since is listed until the
    check, opening it says so instead of failing, and the checked list drops it."""
    import shutil

    root = tmp_path / "dossier"
    shutil.copytree(seeds, root)
    DossierIndex(load_dossier(root)).update()  # warm
    gone = sorted(p.name for p in root.glob("*.txt"))[0]
    (root / gone).unlink()
    release = _hold_the_check(monkeypatch)
    app = DossierApp(root, remember=False)
    async with app.run_test(size=(120, 36)) as pilot:
        results = await _until_listed(app, pilot)
        assert results.option_count == 5  # as the index last saw it
        results.focus()
        await pilot.press("enter")  # the deleted one: told, not crashed
        await pilot.pause()
        assert app.panes.active.article is None or app.panes.active.article.id != gone
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert results.option_count == 4 and gone not in dict(app.catalog)


async def test_views_opened_during_the_check_are_counted_again_after_it(make_dossier, seeds, monkeypatch):
    """The timeline's counts are kept while the index is unchanged, and dropped when the
    check finds a changed article: a date added to it shows in the reopened view."""
    import shutil

    root = make_dossier({})
    for p in seeds.glob("*.txt"):
        shutil.copy(p, root / p.name)
    DossierIndex(load_dossier(root)).update()  # warm
    first = sorted(root.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nوتقرر عقد الاجتماع في 3 آذار 2031.",
                     encoding="utf-8")
    release = _hold_the_check(monkeypatch)
    app = DossierApp(root, remember=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await _until_listed(app, pilot)
        app.query_one("#results").focus()
        await pilot.press("t")
        await pilot.pause()
        assert "date:2031-03-03" not in app.screen.table.keys  # the index as it was
        await pilot.press("escape", "t")
        await pilot.pause()
        assert "date:2031-03-03" not in app.screen.table.keys
        await pilot.press("escape")
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        app.query_one("#results").focus()
        await pilot.press("t")
        await pilot.pause()
        assert "date:2031-03-03" in app.screen.table.keys


async def test_result_list_counts_each_articles_mentions_in_words(seeds):
    """The list's second line says how many dates, figures and entities an article has, in
    English plurals (it once said "40 entitys"), and the counts are the store's."""
    from dossier_tui.index.store import DossierIndex

    index = DossierIndex(load_dossier(seeds))
    index.update()
    stored = index.mentions.articles()
    app = DossierApp(seeds, remember=False)
    async with app.run_test(size=(140, 45)) as pilot:
        await ready(app, pilot)
        results = app.query_one("#results", ResultList)
        for i in range(results.option_count):
            row = results.get_option_at_index(i)
            details = row.lines[1].plain
            s = stored[row.id]
            for n, one, many in ((s.dates, "date", "dates"), (s.figures, "figure", "figures"),
                                 (s.entities, "entity", "entities")):
                if n:
                    assert f"{n} {one if n == 1 else many}" in details, details
            assert "entitys" not in details


async def test_a_first_build_shows_its_progress_then_clears_it(seeds):
    """No index yet: articles indexed move a progress bar (mounted for the build only),
    the status counts them, and both give way to the list when it is done."""
    import threading

    from textual.widgets import ProgressBar, Static

    from dossier_tui.tui.messages import IndexProgress

    seen = []
    drawn = threading.Event()

    class Watched(DossierApp):
        def post_message(self, message) -> bool:
            """A report waits until it is drawn: unwatched, a loaded UI thread merges the
            first report into the next (by design), and the bar's first step was 2, not 1."""
            posted = super().post_message(message)
            if posted and isinstance(message, IndexProgress) \
                    and threading.current_thread() is not threading.main_thread():
                drawn.wait(10)
                drawn.clear()
            return posted

        def _show_progress(self, done: int, total: int) -> None:
            super()._show_progress(done, total)
            bar = self.query_one("#progress", ProgressBar)
            seen.append((bar.progress, bar.total, self.query_one("#status", Static).visual.plain))
            drawn.set()

    app = Watched(seeds, remember=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(app, pilot)
        for _ in range(100):  # the list replaces the bar once the index is ready
            if not app.query("#progress"):
                break
            await pilot.pause(0.05)
        counted = [p for p, _, _ in seen]
        assert counted[0] == 1 and counted[-1] == 5 and counted == sorted(set(counted))  # at most 20 a second
        assert {t for _, t, _ in seen} == {5} and seen[-1][2] == "Indexing 5/5 …"
        assert not app.query("#progress")
        assert app.query_one("#status", Static).visual.plain.endswith(": 5 articles")


async def test_the_palette_offers_only_the_best_matching_articles(seeds, monkeypatch):
    """At 10,000 articles one letter matched them all and shaping every title kept the
    palette busy 7 s: every article is scored, the best ARTICLE_HITS are offered."""
    from dossier_tui.tui import commands

    app = DossierApp(seeds, remember=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(app, pilot)
        provider = commands.DossierCommands(app.screen)
        matcher = provider.matcher("Open")
        scores = sorted((matcher.match(f"Open: {t}") for _, t in app.catalog), reverse=True)
        assert len(scores) == 5 and all(s > 0 for s in scores)
        monkeypatch.setattr(commands, "ARTICLE_HITS", 2)
        hits = [hit async for hit in provider.search("Open")]
        articles = [h for h in hits if h.text.startswith("Open: ")]
        assert sorted((h.score for h in articles), reverse=True) == scores[:2]
        assert any(not h.text.startswith("Open: ") for h in hits)  # actions are all still offered


async def test_export_writes_every_mention_as_json_outside_the_dossier(seeds, isolated_dirs):
    """The palette's export streams the store to the data dir in a worker (732k mentions
    at 10k articles froze the reader as one json.dumps): valid JSON, every mention."""
    import json

    app = DossierApp(seeds, remember=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(app, pilot)
        app.action_export_mentions()
        while any(w.is_running for w in app.workers):
            await app.workers.wait_for_complete()
            await pilot.pause()
        exports = list(isolated_dirs.rglob("*-mentions.json"))
        assert len(exports) == 1 and seeds not in exports[0].parents
        assert json.loads(exports[0].read_text(encoding="utf-8")) == list(app.store.mentions())
        assert not list(exports[0].parent.glob(".*.tmp"))  # nothing half written left behind


async def test_a_first_build_of_a_big_dossier_lists_and_reads_before_it_is_done(seeds, monkeypatch):
    """With no index the titles are read from the files and listed at once: articles can
    be opened while the build runs, and search says it opens when the build is done."""
    from support import open_article
    from textual.widgets import Static

    from dossier_tui.tui import loading

    monkeypatch.setattr(loading, "EARLY_LIST_FROM", 3)  # the seeds count as a big dossier
    building, release = threading.Event(), threading.Event()
    real_update = DossierIndex.update

    def held_update(self, *args, **kwargs):
        building.set()
        assert release.wait(10)
        return real_update(self, *args, **kwargs)

    monkeypatch.setattr(DossierIndex, "update", held_update)
    titles = [a.title for a in load_dossier(seeds).articles]
    app = DossierApp(seeds, remember=False)
    async with app.run_test(size=(120, 36)) as pilot:
        try:
            for _ in range(100):
                await pilot.pause(0.02)
                if building.is_set() and app.catalog:
                    break
            assert [t for _, t in app.catalog] == titles and not app.searchable
            status = app.query_one("#status", Static).visual.plain
            assert "5 articles" in status and "indexing" in status
            await open_article(app, pilot, 2)  # read during the build, no mentions yet
            assert app.current_article == load_dossier(seeds).articles[1].id
            assert not app.panes.active.view.mentions
            await pilot.press("slash", "enter")
            await pilot.pause()
            assert "search runs when that is done" in app.query_one("#status", Static).visual.plain
            await pilot.press("escape")
        finally:
            release.set()
        await ready(app, pilot)
        assert app.searchable and not app.indexing_first
        assert app.panes.active.view.mentions  # given to the open article when the build is done
        results = app.query_one("#results", ResultList)
        assert results.highlighted == 1  # the list kept the user's place when its counts came
        assert "date" in str(results.get_option_at_index(1).lines[1])  # and shows them


async def test_closing_the_reader_during_a_build_stops_it_and_leaves_nothing_behind(make_dossier, monkeypatch):
    """q during a first build: the build stops at its next article, its worker processes
    go, the half-built index is removed and the next start builds afresh (the process
    used to hang at exit, waiting for Whoosh's writers)."""
    import multiprocessing

    from dossier_tui.index import build

    monkeypatch.setattr(build, "PARALLEL_FROM", 8)
    root = make_dossier({f"{i:03d}.txt": f"عنوان {i}\nانسحب {i} جندي من بغداد." for i in range(260)})
    reporting = threading.Event()

    class Closing(DossierApp):
        def _progress_reporter(self):
            report = super()._progress_reporter()

            def held(done: int, total: int) -> None:
                if done == 150:  # Whoosh's writers and the extraction pool are busy by now
                    reporting.set()
                    assert self._reader_closed.wait(10)
                report(done, total)  # raises Cancelled: the reader has closed

            return held

    app = Closing(root, remember=False)
    async with app.run_test() as pilot:
        for _ in range(200):
            await pilot.pause(0.02)
            if reporting.is_set():
                break
        assert reporting.is_set()
    assert app.finish_background(10)  # the build's work has ended
    assert multiprocessing.active_children() == []
    ix = DossierIndex(load_dossier(root))
    assert not list(ix.home.glob("gen-*"))  # the half build is gone
    report = ix.update()  # and the lock is free
    assert report.rebuilt and len(report.added) == 260
