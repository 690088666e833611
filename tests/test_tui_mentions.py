"""Mentions in the reader: stepping two outlets in step, linked mentions and the jump list,
the timeline and the figures views (issue #7's acceptance walk, through the pilot)."""

from __future__ import annotations

from support import open_article, ready
from textual.widgets import OptionList, Static

from dossier_tui.index.loader import load_dossier
from dossier_tui.index.mentions.model import Mention
from dossier_tui.tui.app import DossierApp
from dossier_tui.tui.article_view import ArticleView


async def test_two_outlets_side_by_side_step_through_the_same_date(seeds):
    ids = [a.id for a in load_dossier(seeds).articles]
    app = DossierApp(seeds, remember=False)
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(app, pilot)
        await open_article(app, pilot, 1)  # 000 says سبتمبر 2025
        await pilot.press("c", *"003", "enter")  # 003 says أيلول 2025
        await pilot.pause()
        left, right = app.panes.panes
        assert (left.article.id, right.article.id) == (ids[0], ids[3])
        await pilot.press("w")  # back to the first article
        for _ in range(40):
            if getattr(left.view.current_mention, "key", None) == "date:2025-09":
                break
            await pilot.press("right_square_bracket")
            await pilot.pause()
        assert left.view.current_mention.key == "date:2025-09"
        start, end = right.view.partner
        assert right.article.text[start:end] == "أيلول 2025"  # the other pane followed
        # a key the other article lacks is marked as unpartnered there
        assert "entity:واشنطن" in left.view.unlinked or left.view.unlinked


async def test_linked_mentions_jump_and_ctrl_o_comes_back(seeds):
    ids = [a.id for a in load_dossier(seeds).articles]
    app = DossierApp(seeds, remember=False)
    async with app.run_test(size=(140, 45)) as pilot:
        await ready(app, pilot)
        await open_article(app, pilot, 5)  # 004
        view = app.query_one(ArticleView)
        for _ in range(400):  # statements and their dates are stops too now
            if getattr(view.current_mention, "key", None) == "entity:عين الأسد":
                break
            await pilot.press("right_square_bracket")
        assert view.current_mention.key == "entity:عين الأسد"
        here = view.current_mention.start
        await pilot.press("enter")
        await pilot.pause()
        from dossier_tui.tui.linked import LinkedMentions

        assert isinstance(app.screen, LinkedMentions)
        rows = app.screen.rows
        assert {m.path for m, _, _ in rows} == {ids[1], ids[4]}
        options = app.screen.query_one(OptionList)
        options.highlighted = next(i for i, (m, _, _) in enumerate(rows) if m.path == ids[1])
        await pilot.press("enter")
        await pilot.pause()
        assert app.current_article == ids[1]
        assert app.query_one(ArticleView).current_mention.key == "entity:عين الأسد"
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert app.current_article == ids[4]
        assert app.query_one(ArticleView).current_mention.start == here


async def test_timeline_and_figures(seeds):
    ids = [a.id for a in load_dossier(seeds).articles]
    app = DossierApp(seeds, remember=False)
    async with app.run_test(size=(140, 45)) as pilot:
        await ready(app, pilot)
        await pilot.press("escape", "t")
        await pilot.pause()
        from dossier_tui.tui.overview_screens import FiguresScreen, TimelineScreen

        assert isinstance(app.screen, TimelineScreen)
        table = app.screen.table
        keys = table.keys
        values = [r.value for r in app.screen.data.rows]
        assert values == sorted(values) and "date:2025-09" in keys  # one axis, by date
        sept = next(r for r in app.screen.data.rows if r.key == "date:2025-09")
        assert sept.articles == ids[:4] and sept.count >= 4
        assert {m.path for m in app.screen.load("date:2025-09").mentions} == set(ids[:4])
        unresolved = [k for k in keys if k.startswith("text:")]
        assert unresolved  # relative dates listed apart, by what they say
        assert all(m.key is None for m in app.screen.load(unresolved[0]).mentions)
        await pilot.press("escape", "f")
        await pilot.pause()
        assert isinstance(app.screen, FiguresScreen)
        troops = next(g for g in app.screen.groups if g.unit == "troops")
        assert troops.disputed
        v2500 = next(v for v in troops.values if v.value == 2500)
        assert v2500.articles == [ids[0], ids[1], ids[3], ids[4]]
        table = app.screen.table
        table.move_cursor(row=table.keys.index(v2500.key))
        await pilot.press("enter")
        await pilot.pause()
        from dossier_tui.tui.linked import LinkedMentions

        assert isinstance(app.screen, LinkedMentions)
        assert len(app.screen.rows) == v2500.count
        assert {m.path for m, _, _ in app.screen.rows} == set(v2500.articles)


async def test_dates_by_event_screen_lists_each_outlets_dates_and_opens_them(seeds):
    from dossier_tui.tui.linked import LinkedMentions
    from dossier_tui.tui.overview_screens import EventsScreen

    app = DossierApp(seeds, remember=False)
    async with app.run_test(size=(140, 45)) as pilot:
        await ready(app, pilot)
        await pilot.press("escape", "e")
        await pilot.pause()
        assert isinstance(app.screen, EventsScreen)
        end = next(e for e in app.screen.events if e.event == "انتهاء")
        table = app.screen.table
        keys = table.keys
        row = keys.index(f"{app.screen.events.index(end)}:000_8879d900664c0086.txt")
        table.move_cursor(row=row)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, LinkedMentions)
        assert {m.path for m, _, _ in app.screen.rows} == {"000_8879d900664c0086.txt"}
        assert any(m.value == "2025-09" for m, _, _ in app.screen.rows)


async def test_the_views_are_counted_in_the_background_once_the_index_is_ready(seeds, monkeypatch):
    """t and f then only draw: their data was counted by a worker after the index
    check, for the store now live, and a key press does not count it again."""
    from dossier_tui.index import overview
    from dossier_tui.tui.overview_screens import FiguresScreen, TimelineScreen

    app = DossierApp(seeds, remember=False)
    async with app.run_test(size=(140, 45)) as pilot:
        await ready(app, pilot)
        while any(w.is_running for w in app.workers):
            await app.workers.wait_for_complete()
            await pilot.pause()
        cache = app.workspace._overviews
        assert {f"{name}:{id(app.store)}" for name in ("timeline", "figures")} <= set(cache)

        def counted_again(store):
            raise AssertionError("the view was counted again on the key press")

        monkeypatch.setattr(overview, "timeline", counted_again)
        monkeypatch.setattr(overview, "figures", counted_again)
        await pilot.press("escape", "t")
        await pilot.pause()
        assert isinstance(app.screen, TimelineScreen)
        assert app.screen.data is cache[f"timeline:{id(app.store)}"] and app.screen.data.rows
        await pilot.press("escape", "f")
        await pilot.pause()
        assert isinstance(app.screen, FiguresScreen) and app.screen.groups


async def test_a_name_in_every_article_lists_one_mention_per_article_first(make_dossier, monkeypatch):
    """A name every outlet repeats has tens of thousands of mentions in a big dossier
    (listing 55k took 31 s): the list is capped, each article's first mention first, and
    the heading still counts them all."""
    from dossier_tui.tui import linked
    from dossier_tui.tui.linked import LinkedMentions

    monkeypatch.setattr(linked, "SHOWN", 6)
    root = make_dossier({f"{n}.txt": f"خبر {n}\nقال البنتاغون إن القوات باقية. وأكد البنتاغون ذلك مرة أخرى."
                         for n in range(5)})
    app = DossierApp(root, remember=False)
    async with app.run_test(size=(140, 45)) as pilot:
        await ready(app, pilot)
        everything = [Mention.from_dict(d) for d in app.store.mentions(key="entity:البنتاغون")]
        assert len(everything) == 10  # twice in each of five articles
        app.show_linked("entity:البنتاغون")
        await pilot.pause()
        assert isinstance(app.screen, LinkedMentions)
        rows = [m for m, _, _ in app.screen.rows]
        assert len(rows) == 6
        assert [m.path for m in rows[:5]] == sorted({m.path for m in everything})  # one each
        assert rows[5] == everything[1]  # then the rest, in order
        head = str(app.screen.query(Static).first().visual)
        assert "10 in 5 articles" in head and "listed 6" in head


async def test_a_timeline_row_lists_a_capped_set_read_by_the_store(seeds, monkeypatch):
    """Enter on a row asks the store for at most SHOWN mentions, each article's first
    before any second, and says how many there are in all."""
    from dossier_tui.tui import linked

    monkeypatch.setattr(linked, "SHOWN", 2)
    app = DossierApp(seeds, remember=False)
    async with app.run_test(size=(140, 45)) as pilot:
        await ready(app, pilot)
        await pilot.press("escape", "t")
        await pilot.pause()
        table = app.screen.table
        table.move_cursor(row=table.keys.index("date:2025-09"))
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, linked.LinkedMentions)
        shown = [m for m, _, _ in app.screen.rows]
        assert len(shown) == 2 and len({m.path for m in shown}) == 2  # two outlets, not one twice
        assert app.screen.total >= 4 and app.screen.articles == 4


async def test_the_views_read_only_the_rows_they_draw(make_dossier, monkeypatch):
    """#22: at 100k articles the views built every row (560k for the events, each row of the
    timeline and figures with all its articles' names): 8 s to open the events, most of the
    reader's 743 MB. Now counting them names no article, and drawing reads the rows on
    screen: a chunk of an event's rows, the first names of each row drawn."""
    from dossier_tui.index import overview
    from dossier_tui.index.mention_store import MentionStore
    from dossier_tui.tui.overview_screens import EventsScreen, TimelineScreen

    months = ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
              "تشرين الأول", "تشرين الثاني", "كانون الأول")
    root = make_dossier({f"{k:03d}.txt": f"خبر\nانسحبت القوات في {months[k % 12]} {1990 + k // 12} "
                         f"وبقي {k} جندي.\n" for k in range(300)})
    calls = {"paths_of": 0, "event_rows": 0}
    for name in calls:
        real = getattr(MentionStore, name)
        monkeypatch.setattr(MentionStore, name, lambda self, *a, _n=name, _r=real, **k:
                            calls.__setitem__(_n, calls[_n] + 1) or _r(self, *a, **k))
    app = DossierApp(root, remember=False)
    async with app.run_test(size=(140, 45)) as pilot:
        await ready(app, pilot)
        while any(w.is_running for w in app.workers):
            await app.workers.wait_for_complete()
            await pilot.pause()
        assert calls == {"paths_of": 0, "event_rows": 0}  # counted, nothing named
        await pilot.press("escape", "t")
        await pilot.pause()
        assert isinstance(app.screen, TimelineScreen) and len(app.screen.table.keys) == 300
        assert 0 < calls["paths_of"] <= 45  # the rows on screen
        await pilot.press("escape", "e")
        await pilot.pause()
        assert isinstance(app.screen, EventsScreen)
        assert calls["event_rows"] == 1 and overview.CHUNK < 300  # one chunk for the screen
        table = app.screen.table
        await pilot.press("end")
        await pilot.pause()
        assert calls["event_rows"] == 2  # the last chunk, by its offset
        assert table.keys[299].endswith("299.txt") and table.row(299)[-1].items == ["2014-12"]
