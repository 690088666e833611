"""The speakers view (s, issue 21) in detail: its data (index.speakers, shared with
`mentions --by-speaker`), the screens' rows, the jump, and b. What a user sees from launch
is tested in test_e2e_speakers.py."""

from __future__ import annotations

import json

from support import ready

from dossier_tui.cli import main
from dossier_tui.index.mentions.model import Mention
from dossier_tui.index.speakers import by_outlet, speakers, statements
from dossier_tui.index.workspace import Workspace
from dossier_tui.tui.actions import ACTIONS
from dossier_tui.tui.app import DossierApp
from dossier_tui.tui.speakers import SpeakersScreen, StatementsScreen


def test_speakers_are_ranked_by_articles_named_and_unnamed_apart(seeds):
    ws = Workspace(seeds)
    ws.open()
    data = speakers(ws.store)
    quotes = list(ws.store.mentions(kind="quote"))
    assert data.named and data.unnamed
    assert not any(s.anonymous for s in data.named) and all(s.anonymous for s in data.unnamed)
    ranks = [(-len(s.articles), -s.statements, s.key) for s in data.ranked]
    assert ranks == sorted(ranks)
    assert sum(s.statements for s in data.ranked) == len(quotes)
    for s in data.ranked:  # counted in SQL as the statements themselves say
        mine = [q for q in quotes if q["key"] == s.key]
        assert s.statements == len(mine) and s.articles == sorted({q["path"] for q in mine})
        assert s.name == mine[0]["value"] and s.anonymous == bool(mine[0]["anonymous"])
    top = data.named[0]
    said, total, articles = statements(ws.store, top.key)
    assert total == top.statements and articles == len(top.articles) and len(said) == total
    assert speakers(ws.store, top.key).ranked == [top]


def test_the_cli_by_speaker_is_the_same_data(seeds, capsys):
    assert main(["mentions", "--by-speaker", "--json"]) == 0
    cli = json.loads(capsys.readouterr().out)["speakers"]
    ws = Workspace(seeds)
    ws.open()
    data = speakers(ws.store)
    assert [(s["key"], s["name"], s["anonymous"]) for s in cli] == [(s.key, s.name, s.anonymous)
                                                                     for s in data.ranked]
    assert [sum(len(a["statements"]) for a in s["articles"]) for s in cli] == [s.statements for s in data.ranked]


def test_statements_by_outlet_group_by_source_else_article_and_sort_by_date():
    def q(path, start):
        return Mention(path, "quote", "x", start, start + 1, "speaker:a")

    found = [q("a", 5), q("b", 1), q("c", 2), q("a", 1)]
    outlets = by_outlet(found, {"a": "Reuters", "b": "Reuters", "c": None},
                        {"a": "2024-07-23", "b": "2024-01-02", "c": None}, {"c": "3. C"})
    assert [o.name for o in outlets] == ["Reuters", "3. C"]
    assert [(m.path, m.start, d) for m, d in outlets[0].statements] == [
        ("b", 1, "2024-01-02"), ("a", 1, "2024-07-23"), ("a", 5, "2024-07-23")]


async def test_s_enter_lists_by_outlet_escape_keeps_the_row_enter_jumps(seeds):
    app = DossierApp(seeds, remember=False)
    async with app.run_test(size=(150, 45)) as pilot:
        await ready(app, pilot)
        await pilot.press("escape", "s")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SpeakersScreen)
        table = screen.table
        sections = [i for i, k in enumerate(table.keys) if k.startswith("section:")]
        assert sections == [0, len(screen.data.named) + 1]
        assert table.cursor_row == 1  # on the most quoted speaker, not the heading
        await pilot.press("down")
        second = screen.rows[2]
        await pilot.press("enter")
        await pilot.pause()
        listing = app.screen
        assert isinstance(listing, StatementsScreen) and listing.said.speaker == second
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen and table.cursor_row == 2
        # a speaker 002 quotes (its date given in the article): down from the top to its row
        at = next(i for i, r in enumerate(screen.rows) if not isinstance(r, str)
                  and any(p.startswith("002") for p in r.articles))
        await pilot.press("up", *["down"] * (at - 1), "enter")
        await pilot.pause()
        top = screen.rows[at]
        listing = app.screen
        assert {m.path for o in listing.said.outlets for m, _ in o.statements} == set(top.articles)
        dates = {d for o in listing.said.outlets for _, d in o.statements}
        assert "2024-07-23" in dates  # 002's date, as its article gives it
        await pilot.press("down")
        n, k = map(int, listing.table.keys[1].split(":"))
        chosen = listing.said.outlets[n].statements[k][0]
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, SpeakersScreen | StatementsScreen)
        view = app.panes.active.view
        assert app.current_article == chosen.path
        assert (view.current_mention.key, view.current_mention.start) == (top.key, chosen.start)


async def test_enter_on_a_section_heading_says_so(seeds):
    app = DossierApp(seeds, remember=False)
    async with app.run_test(size=(150, 45)) as pilot:
        await ready(app, pilot)
        await pilot.press("escape", "s", "home", "enter")
        await pilot.pause()
        assert isinstance(app.screen, SpeakersScreen)
        assert "heading" in str(app.query_one("#status").render())


async def test_b_redraws_the_open_tables_in_the_new_mode_keeping_the_row(seeds):
    app = DossierApp(seeds, remember=False)
    async with app.run_test(size=(150, 45)) as pilot:
        await ready(app, pilot)
        await pilot.press("escape", "s", "down", "down", "enter")
        await pilot.pause()
        listing, speakers_screen = app.screen, app.screen_stack[-2]
        await pilot.press("b")
        await pilot.pause()
        for screen in (listing, speakers_screen):
            assert screen.mode == "terminal" and screen.table.mode == "terminal"
            assert all(getattr(c, "mode", "terminal") == "terminal" for c in screen.table.row(1))
        assert speakers_screen.table.cursor_row == 3
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is speakers_screen and speakers_screen.table.cursor_row == 3


def test_the_palette_and_help_reach_the_speakers_with_key_and_description():
    title, _action, key, more = next(a for a in ACTIONS if a[1] == "speakers")
    assert key == "s" and "speaker" in title.lower() and len(more) > 20
