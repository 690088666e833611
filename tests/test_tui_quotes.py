"""Statements in the reader (issue 21): marked under the marks they contain, walked by ]
and [ in reading order, and Enter on one lists every statement by its speaker."""

from __future__ import annotations

from support import open_article, ready, screen_cells
from textual.widgets import Static

from dossier_tui.index.loader import load_dossier
from dossier_tui.tui.app import DossierApp
from dossier_tui.tui.article_view import ArticleView
from dossier_tui.tui.styles import KIND_STYLES


def _cells_of(view: ArticleView, start: int, end: int):
    """The drawn style of each glyph of text[start:end] on its line (the first line only)."""
    line, _ = view.document.locate(start)
    cells = screen_cells(view, line)
    b = view.document.block_at_offset(start)
    k = line - view.document.tops[b]
    vl = view.document.laid[b][k]
    a = view.document.starts[b]
    left = view.text_left
    return [cells[left + col][1] for i, col in vl.columns if start <= a + i < end
            and view.article.text[a + i].strip()]


async def _step_to(pilot, view: ArticleView, found, limit: int = 200):
    for _ in range(limit):
        if view.current_mention is not None and found(view.current_mention):
            return view.current_mention
        await pilot.press("right_square_bracket")
    raise AssertionError("] never reached the mention")


async def test_statements_are_marked_under_their_dates_and_with_their_speaker(seeds):
    app = DossierApp(seeds, remember=False)
    async with app.run_test(size=(140, 45)) as pilot:
        await ready(app, pilot)
        await open_article(app, pilot, 2)  # 001
        view = app.query_one(ArticleView)
        quotes = [m for m in view.mentions if m.kind == "quote"]
        assert quotes, "the reader drops statements"
        tint = KIND_STYLES["quote"].bgcolor
        # a statement with a date inside: the date keeps its underline, on the tint
        q, date = next((q, d) for q in quotes for d in view.mentions
                       if d.kind == "date" and q.start <= d.start and d.end <= q.end)
        words = _cells_of(view, q.start, min(q.end, date.start))
        assert words and all(s.bgcolor == tint and s.overline for s in words)
        inside = _cells_of(view, date.start, date.end)
        assert inside and all(s.underline and s.bgcolor == tint for s in inside)
        # the speaker's name has its own mark, not the statement's tint
        named = next(q for q in quotes if q.speaker_start is not None)
        speaker = _cells_of(view, named.speaker_start, named.speaker_end)
        assert speaker and all(s.bold and s.italic and s.bgcolor != tint for s in speaker)
        # the legend names both
        legend = pilot.app.query_one(".reader-legend", Static).content.plain  # the wrapping Legend
        assert "statement" in legend and "speaker" in legend


async def test_brackets_reach_a_statement_before_what_it_contains(seeds):
    app = DossierApp(seeds, remember=False)
    async with app.run_test(size=(140, 45)) as pilot:
        await ready(app, pilot)
        await open_article(app, pilot, 2)
        view = app.query_one(ArticleView)
        q = await _step_to(pilot, view, lambda m: m.kind == "quote")
        assert "Said by" in str(app.query_one("#status").render())
        # the next stop is inside it (or after it): never one before its start
        await pilot.press("right_square_bracket")
        after = view.current_mention
        assert after.start >= q.start and after is not q
        await pilot.press("left_square_bracket")
        assert view.current_mention is q
        # a mention starting where the statement starts comes after it, not before
        same = [i for i, m in enumerate(view.mentions) if m.start == q.start]
        assert view.mentions[same[0]] is q


async def test_enter_on_a_statement_lists_the_speakers_statements_and_jumps(seeds):
    from dossier_tui.tui.linked import LinkedMentions

    app = DossierApp(seeds, remember=False)
    async with app.run_test(size=(140, 45)) as pilot:
        await ready(app, pilot)
        await open_article(app, pilot, 2)
        view = app.query_one(ArticleView)
        counts = {}
        for m in view.mentions:
            if m.kind == "quote":
                counts[m.key] = counts.get(m.key, 0) + 1
        key = max(counts, key=counts.get)
        assert counts[key] >= 2
        await _step_to(pilot, view, lambda m: m.key == key)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, LinkedMentions)
        rows = app.screen.rows
        assert len(rows) == counts[key] and {m.key for m, _, _ in rows} == {key}
        assert "Statements by the same speaker" in app.screen.why
        # the row shows the statement's own words
        assert all(sentence.split()[0] in m.text for m, _, sentence in rows)
        await pilot.press("end", "enter")
        await pilot.pause()
        last = rows[-1][0]
        # on the statement, not on an entity that starts with it
        assert view.current_mention.key == key and view.current_mention.start == last.start


async def test_go_to_offset_takes_the_innermost_mention(seeds):
    app = DossierApp(seeds, remember=False)
    async with app.run_test(size=(140, 45)) as pilot:
        await ready(app, pilot)
        await open_article(app, pilot, 2)
        view = app.query_one(ArticleView)
        q, date = next((q, d) for q in view.mentions if q.kind == "quote" for d in view.mentions
                       if d.kind == "date" and q.start < d.start and d.end <= q.end)
        view.go_to_offset(date.start + 1)
        assert view.current_mention is date
        view.go_to_offset(q.start, q.key)
        assert view.current_mention is q
        if q.speaker_start is not None:  # the speaker's name stands for the statement
            view.go_to_offset(q.speaker_start)
            assert view.current_mention.kind in ("quote", "entity")


async def test_terminal_mode_marks_statements_in_logical_order(seeds):
    from dossier_tui.config import Settings

    settings = Settings()
    settings.bidi = "terminal"
    app = DossierApp(seeds, remember=False, settings=settings)
    async with app.run_test(size=(140, 45)) as pilot:
        await ready(app, pilot)
        await open_article(app, pilot, 2)
        view = app.query_one(ArticleView)
        q = next(m for m in view.mentions if m.kind == "quote")
        line, _ = view.document.locate(q.start)
        runs = view.document.line(line)
        marked = "".join(t for t, name in runs if name and "quote" in name)
        assert marked and marked.split()[0] in q.text  # logical letters, not presentation forms


async def test_a_statement_the_other_pane_lacks_strikes_only_its_speaker(seeds):
    ids = [a.id for a in load_dossier(seeds).articles]
    app = DossierApp(seeds, remember=False)
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(app, pilot)
        await open_article(app, pilot, 2)
        await pilot.press("c", *"003", "enter")
        await pilot.pause()
        left = next(p for p in app.panes.panes if p.article.id == ids[1])
        spans = left.view.steady_spans()
        struck = [(s.start, s.end) for s in spans if s.kind == "unlinked"]
        quotes = [m for m in left.view.mentions if m.kind == "quote" and m.key in left.view.unlinked]
        assert quotes
        for q in quotes:
            assert (q.start, q.end) not in struck
            if q.speaker_start is not None:
                assert (q.speaker_start, q.speaker_end) in struck


def test_marked_mentions_are_ordered_and_spanned_once_for_the_event_loop(seeds):
    """A long article's mentions reach the reader as ``Marked`` from the worker that reads
    them: in reading order (a statement before what starts with it), with one span per
    mention plus one per named speaker, and the kinds the legend names."""
    from dossier_tui.index.workspace import Workspace
    from dossier_tui.tui.article_view import Marked, in_reading_order

    ws = Workspace(seeds)
    ws.open()
    quoted = [a for a, _ in ws.catalog if any(m.kind == "quote" for m in ws.mentions_of(a))]
    assert quoted, "the seeds quote someone"
    mentions = list(reversed(ws.mentions_of(quoted[0])))
    marked = Marked.of(mentions)
    assert marked.mentions == in_reading_order(mentions)
    speakers = [m for m in mentions if m.kind == "quote" and m.speaker_start is not None]
    assert len(marked.spans) == len(mentions) + len(speakers)
    assert {(s.start, s.end) for s in marked.spans if s.kind == "speaker"} == {
        (m.speaker_start, m.speaker_end) for m in speakers}
    assert marked.kinds == {m.kind for m in mentions} | ({"speaker"} if speakers else set())
