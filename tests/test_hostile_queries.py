"""Battery case 11: every malformed query is one clear line and exit 2 on the CLI, and an
inline message in the TUI; never a traceback, never a crash."""

from __future__ import annotations

import pytest

from dossier_tui.cli import main
from dossier_tui.tui.app import DossierApp
from dossier_tui.tui.results import ResultList

BAD_QUERIES = {
    "unclosed quote": '"عين الأسد',
    "empty field": "title:",
    "bare wildcard": "*",
    "bare NOT": "NOT",
    "dangling OR": "الأنبار OR",
    "only punctuation": "()",
    "5,000 characters": "ب" * 5000,
    "control characters": "الأنبار\x1b[31m",
}


@pytest.mark.parametrize("name", BAD_QUERIES)
def test_malformed_query_is_one_line_and_exit_2(capsys, name):
    code = main(["search", BAD_QUERIES[name]])
    out, err = capsys.readouterr()
    assert code == 2, (name, out, err)
    assert out == ""
    assert err.startswith("dossier-tui: ") and err.count("\n") == 1, err
    assert "Traceback" not in err and "\x1b" not in err
    assert len(err) < 200  # a 5,000-character query is not echoed back whole


@pytest.mark.parametrize("name", ["unclosed quote", "bare wildcard", "control characters"])
async def test_malformed_query_in_the_tui_is_an_inline_message(seeds, name):
    app = DossierApp(seeds, remember=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        results = app.query_one("#results", ResultList)
        before = results.option_count
        app.query_one("#search").value = BAD_QUERIES[name]
        await pilot.press("enter")
        await pilot.pause()
        assert app.is_running
        status = app.query_one("#status").visual.plain
        assert status and "\x1b" not in status
        assert results.option_count == before  # the previous list stays
