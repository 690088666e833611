"""The remembered layout's file: old files still load, damaged entries cost only themselves."""

from __future__ import annotations

import json

from dossier_tui.tui.state import AppState, PaneState, state_file


def test_an_older_file_with_open_articles_only_still_loads():
    state_file().parent.mkdir(parents=True, exist_ok=True)
    state_file().write_text(json.dumps({"last_dossier": "/d", "dossiers": {
        "/d": {"query": "x", "open_articles": ["a.txt", "b.txt"]}}}), encoding="utf-8")
    saved = AppState.load().dossiers["/d"]
    assert saved.query == "x" and saved.open_articles == ["a.txt", "b.txt"]
    assert saved.panes[0] == PaneState("a.txt") and saved.focus == "search" and not saved.comparing


def test_a_damaged_entry_loses_only_its_own_dossier():
    state_file().parent.mkdir(parents=True, exist_ok=True)
    state_file().write_text(json.dumps({"dossiers": {
        "/bad": {"panes": [{"top": 3}]},  # no path
        "/good": {"panes": [{"path": "a.txt", "top": 120, "current": -4, "hit": True}],
                  "active": 7, "focus": "elsewhere"}}}), encoding="utf-8")
    state = AppState.load()
    assert "/bad" not in state.dossiers
    good = state.dossiers["/good"]
    assert good.panes == [PaneState("a.txt", 120, None, None)]  # nonsense numbers dropped
    assert good.active == 0 and good.focus == "search"


def test_the_layout_round_trips(tmp_path):
    state = AppState()
    saved = state.for_dossier(tmp_path)
    saved.panes = [PaneState("a.txt", 10, 12, 1), PaneState("b.txt", 0)]
    saved.active, saved.focus, saved.comparing = 1, "reader", True
    state.save()
    assert AppState.load().for_dossier(tmp_path) == saved
