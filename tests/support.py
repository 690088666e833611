"""Helpers the tests share that are not fixtures."""

from __future__ import annotations

import os
from pathlib import Path


def listing(root: Path) -> dict[str, tuple[int, int]]:
    """Every file and folder below root with size and mtime: to prove nothing was written."""
    out = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            p = Path(dirpath) / name
            st = p.lstat()
            out[str(p.relative_to(root))] = (st.st_size, st.st_mtime_ns)
    return out


def screen_cells(view, line: int) -> list[tuple[str, object]]:
    """The cells an ArticleView draws for one of its document lines: (character, Rich style).

    Scrolls the line into view and renders it the way Textual would, so tests read back
    what the user sees rather than the widget's internal state.
    """
    view.scroll_to(y=line, animate=False, immediate=True)
    strip = view.render_line(line - view.scroll_offset.y)
    from wcwidth import wcwidth

    cells: list[tuple[str, object]] = []
    for seg in strip:
        for ch in seg.text:
            width = wcwidth(ch)
            if width == 0 and cells:  # a haraka: drawn in the cell of the letter before it
                cells[-1] = (cells[-1][0] + ch, cells[-1][1])
            else:
                cells.extend([(ch, seg.style)] + [("", seg.style)] * max(0, width - 1))
    return cells


async def ready(app, pilot) -> None:
    """Wait until the app has opened its dossier (indexed and checked)."""
    await app.workers.wait_for_complete()
    await pilot.pause()
    assert app.index is not None


async def open_article(app, pilot, number: int) -> None:
    """Open the article at 1-based position ``number`` of the unfiltered result list."""
    results = app.query_one("#results")
    results.focus()
    results.highlighted = number - 1
    await pilot.press("enter")
    await pilot.pause()


def mentions_of(body: str, date: str | None = None, kind: str | None = None):
    """The mentions extraction finds in one sentence (under a title line), offsets checked."""
    from dossier_tui.index.loader import Article
    from dossier_tui.index.mentions import extract_mentions

    text = "عنوان\n" + body + "\n"
    found = extract_mentions(Article("a.txt", "عنوان", text, 0, len(text)), {"date": date} if date else None)
    for m in found.mentions:
        assert text[m.start:m.end] == m.text
    return [m for m in found.mentions if kind is None or m.kind == kind]


def quotes_in(make_dossier, text: str):
    """The statements extraction finds in ``text`` loaded as an article's body (under a
    title), each statement's and speaker's offsets checked against the loaded text."""
    from dossier_tui.index.loader import load_dossier
    from dossier_tui.index.mentions import extract_mentions

    article = load_dossier(make_dossier({"a.txt": "عنوان الخبر\n\n" + text})).articles[0]
    found = [m for m in extract_mentions(article).mentions if m.kind == "quote"]
    for m in found:
        assert article.text[m.start:m.end] == m.text
        if m.speaker_start is not None:
            assert article.text[m.speaker_start:m.speaker_end] == m.speaker
    return found


def quote_starting(quotes, first: str):
    """The first statement whose words (after an opening quotation mark) begin with ``first``."""
    got = [q for q in quotes if q.text.lstrip("«\"“").startswith(first)]
    assert got, [(q.key, q.text[:30]) for q in quotes]
    return got[0]
