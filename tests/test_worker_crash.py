"""A bug inside a reader worker leaves the CLI's crash log and says where it is; the reader
stays usable and quits normally (workers run with exit_on_error=False)."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest
from test_e2e_tmux import TMUX, launch
from textual.widgets import Static

from dossier_tui.index.workspace import Workspace
from dossier_tui.tui.app import DossierApp


async def _status_until(app, pilot, needle: str) -> str:
    for _ in range(200):
        await pilot.pause(0.05)
        status = str(app.query_one("#status", Static).render())
        if needle in status:
            return status
    raise AssertionError(f"{needle!r} never in the status line: {status}")


def _log() -> Path:
    return Path(platformdirs.user_log_dir("dossier-tui")) / "dossier-tui.log"


async def test_a_failing_index_worker_writes_the_crash_log(seeds, monkeypatch):
    def boom(self, *args, **kwargs):
        raise RuntimeError("forced failure in the index worker")

    monkeypatch.setattr(Workspace, "update", boom)
    app = DossierApp(seeds, remember=False)
    async with app.run_test(size=(200, 30)) as pilot:
        status = await _status_until(app, pilot, "Unexpected error")
        assert "Unexpected error: RuntimeError: forced failure" in status
        assert f"details in {_log()}" in status
        log = _log().read_text(encoding="utf-8")
        assert "Traceback" in log and "in boom" in log and "forced failure in the index worker" in log
        await pilot.press("escape", "q")  # out of the search box, then quit: still responsive
        await pilot.pause()
    assert app.return_code == 0


async def test_a_failing_search_worker_writes_the_crash_log(seeds, monkeypatch):
    def boom(self, text, limit=20):
        raise ZeroDivisionError("forced failure in the search worker")

    app = DossierApp(seeds, remember=False)
    app.WORKER_FROM = 0  # every search in a worker
    async with app.run_test(size=(200, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        monkeypatch.setattr(Workspace, "search", boom)
        app.run_search("Baghdad")
        status = await _status_until(app, pilot, "Unexpected error")
        assert "ZeroDivisionError: forced failure in the search worker" in status
        assert "forced failure in the search worker" in _log().read_text(encoding="utf-8")
        monkeypatch.undo()
        app.run_search("Baghdad")  # the next search works: nothing is left hanging
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.last_result is not None and app.last_result.total == 1


CRASH_HOOK = '''
from dossier_tui.index import workspace

def boom(self, *args, **kwargs):
    raise RuntimeError("forced failure in the index worker")

workspace.Workspace.update = boom
'''


@pytest.mark.skipif(TMUX is None, reason="tmux is not installed")
def test_installed_reader_survives_a_worker_crash_and_names_the_log(tmp_path, isolated_dirs):
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(CRASH_HOOK, encoding="utf-8")  # the installed app, a bug forced
    tmux = launch(width=200, height=30, env={"PYTHONPATH": str(hook)}, ready=None)
    try:
        screen = tmux.wait_for("details in")
        assert "Unexpected error: RuntimeError: forced failure" in screen
        assert "Traceback" not in screen  # not Textual's dump over the screen
        assert "forced failure in the index worker" in _log().read_text(encoding="utf-8")
        tmux.type("Escape", "q")  # out of the search box; apart: ESC then q at once is Alt-q
        tmux.wait_for("EXITED 0")  # quits normally, does not hang
    finally:
        tmux.close()
