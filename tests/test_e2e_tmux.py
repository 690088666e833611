"""End to end: the installed `dossier-tui` in a real terminal (tmux), driven by keystrokes."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

TMUX = shutil.which("tmux")
pytestmark = pytest.mark.skipif(TMUX is None, reason="tmux is not installed (apt-get install tmux)")


def _installed_exe() -> str:
    exe = Path(sys.executable).parent / "dossier-tui"
    return str(exe) if exe.exists() else (shutil.which("dossier-tui") or "")


ESCAPE_PAUSE = 0.35  # after Escape: a terminal reads ESC + the next key as Alt+key


class Tmux:
    """One session on a private tmux server (-L): the user's own tmux is never touched,
    and its sessions or options cannot change what these tests see. Most tests want
    ``launch()`` (below), which starts the installed app in one."""

    def __init__(self, command: list[str], env: dict[str, str], width=120, height=32,
                 clipboard: bool = False):
        self.name = f"dt-{uuid.uuid4().hex[:8]}"
        self.socket = f"dossier-tui-test-{self.name}"
        env_args = [f"{k}={v}" for k, v in env.items()]
        # -u COLUMNS/LINES: tmux's global environment carries the default 80x24, which the
        # app would take over the window's real size
        shell = " ".join(["env", "-u", "COLUMNS", "-u", "LINES", *map(_quote, env_args),
                          *map(_quote, command)])
        self.run("new-session", "-d", "-s", self.name, "-x", str(width), "-y", str(height),
                 shell + "; echo EXITED $?; sleep 30", check=True)
        if clipboard:  # let OSC 52 reach tmux's buffers, so a leak would show there
            self.run("set-option", "-g", "set-clipboard", "on")

    def run(self, *args: str, check: bool = False) -> subprocess.CompletedProcess:
        return subprocess.run([TMUX, "-L", self.socket, *args], capture_output=True, text=True,
                              check=check)

    def keys(self, *keys: str, literal: bool = False) -> None:
        self.run("send-keys", "-t", self.name, *(["-l"] if literal else []), *keys, check=True)

    def type(self, *keys: str, pause: float = 0.15) -> None:
        """Keys one at a time (tmux names: Enter, Space, PageDown, C-o…), as a user types;
        Escape is followed by a longer pause."""
        for key in keys:
            self.keys(key)
            time.sleep(ESCAPE_PAUSE if key == "Escape" else pause)

    def text(self, s: str) -> None:
        """Characters as typed (not key names)."""
        self.keys(s, literal=True)

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", self.name, check=True).stdout

    def styled(self) -> str:
        """The screen with its styling (SGR sequences): for keys that only change a style."""
        return self.run("capture-pane", "-p", "-e", "-t", self.name, check=True).stdout

    def status(self) -> str:
        return self.screen().splitlines()[0]

    def until(self, done, what: str, timeout: float = 20.0) -> str:
        """The screen once ``done(screen)``; else fail saying ``what``."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if done(screen):
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{what}; screen was:\n{self.screen()}")

    def wait_for(self, needle: str, timeout: float = 20.0) -> str:
        return self.until(lambda s: needle in s, f"{needle!r} never appeared", timeout)

    def wait_for_all(self, *needles: str, timeout: float = 20.0) -> str:
        """The screen once every needle is on it at once (a re-layout draws panes in turns)."""
        return self.until(lambda s: all(n in s for n in needles),
                           f"{needles!r} never all appeared", timeout)

    def wait_gone(self, needle: str, timeout: float = 20.0) -> str:
        return self.until(lambda s: needle not in s, f"{needle!r} never went away", timeout)

    def settle(self, styled: bool = False, timeout: float = 5.0) -> str:
        """The screen once it stops changing (two captures 0.25 s apart alike)."""
        grab = self.styled if styled else self.screen
        last, deadline = grab(), time.monotonic() + timeout
        while time.monotonic() < deadline:
            time.sleep(0.25)
            now = grab()
            if now == last:
                return now
            last = now
        return last

    def reading(self, screen: str | None = None) -> list[str]:
        return reading(self.screen() if screen is None else screen)

    def wait_reading(self, *paths: str, timeout: float = 20.0) -> str:
        """The screen once the reader panes show exactly ``paths``, left to right."""
        return self.until(lambda s: self.reading(s) == list(paths),
                           f"the panes never showed {paths!r}", timeout)

    def search_and_open(self, query: str, opened: str) -> str:
        """/, the query, Enter (to the results), Enter (the first): the usual way in."""
        self.type("/")
        self.text(query)
        self.type("Enter")
        self.wait_for("match")
        self.type("Enter")
        return self.wait_reading(opened)

    def close(self) -> None:
        self.run("kill-server")


def launch(*args: str, width: int = 150, height: int = 45, env: dict[str, str] | None = None,
           ready: str | None = "articles", timeout: float = 20.0, clipboard: bool = False) -> Tmux:
    """The installed `dossier-tui ARGS` (no args: the bundled dossier) in a fresh tmux of
    ``width`` x ``height``, with this test's XDG dirs (the isolated_dirs fixture) and ``env``
    on top; returned once ``ready`` is on the screen (the status line's "N articles")."""
    if TMUX is None:
        pytest.skip("tmux is not installed (apt-get install tmux)")
    exe = _installed_exe()
    assert exe, "dossier-tui is not installed in this environment"
    full = {k: os.environ[k] for k in XDG if k in os.environ}
    full.update(TERM="xterm-256color", LANG="C.UTF-8", **(env or {}))
    tmux = Tmux([exe, *args], full, width=width, height=height, clipboard=clipboard)
    try:
        if ready:
            tmux.wait_for(ready, timeout=timeout)
    except BaseException:
        tmux.close()
        raise
    return tmux


def reading(screen: str) -> list[str]:
    """The articles open in reader panes, left to right: a pane's header ends with the
    file name (the result list names files too, followed by their counts)."""
    return re.findall(r"(\S+\.txt) +│", screen)


XDG = ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME")


def _quote(s: str) -> str:
    return "'" + s.replace("'", "'\\''") + "'"


def test_installed_app_searches_opens_and_quits(isolated_dirs):
    tmux = launch()  # ready: the status line says "<dossier>: 5 articles"
    try:
        tmux.search_and_open("Baghdad", "004_c19a34fae10a2c98.txt")
        screen = tmux.wait_for("Lieutenant-General Abdul Amir")
        assert "\x1b" not in screen
        tmux.keys("q")
        screen = tmux.wait_for("EXITED 0")
    finally:
        tmux.close()


HOSTILE = ("عنوان \x1b]0;pwned\x07 خبيث \x1b]52;c;ZXZpbA==\x07\n"
           "الأنبار \x1b[31mأحمر\x1b[0m \x9b2J [@click=app.quit]انقر[/] [b]عريض[/b] "
           "\u202eمقلوب\u202c \x1bP1$qm\x1b\\ نهاية\n")


def test_installed_app_shows_hostile_text_inertly(isolated_dirs, make_dossier):
    """Battery cases 1-3 in a real terminal: no title change, no clipboard write, no markup."""
    root = make_dossier({"evil.txt": HOSTILE, "other.txt": "خبر\nالأنبار\n"})
    tmux = launch(str(root), clipboard=True)
    try:
        tmux.search_and_open("نهاية", "evil.txt")  # only in the hostile article
        screen = tmux.wait_for("click=app.quit")  # the article body, not the result snippet
        # literal, not a link (in this RTL line the bidi algorithm puts the leading "[@"
        # after the Latin run, mirrored, so only the Latin part is compared)
        assert "click=app.quit" in screen and "\x1b" not in screen
        title = tmux.run("display-message", "-p", "-t", tmux.name, "#{pane_title}").stdout
        assert "pwned" not in title
        buffers = tmux.run("list-buffers").stdout
        assert "evil" not in buffers
        tmux.keys("q")
        tmux.wait_for("EXITED 0")
    finally:
        tmux.close()


def test_installed_app_compare_jump_and_back(isolated_dirs):
    """#7's walk in a real terminal: search, open, compare (c), linked mention (Enter), Ctrl-O."""
    tmux = launch(width=160, height=45)
    try:
        tmux.search_and_open("Baghdad", "004_c19a34fae10a2c98.txt")
        tmux.keys("c")
        tmux.wait_for("shared mention keys")  # the picker, best partner first
        tmux.keys("001", literal=True)
        tmux.keys("Enter")
        tmux.wait_gone("shared mention keys")
        tmux.wait_for_all("001_0b628569c39d60ff.txt", "004_c19a34fae10a2c98.txt")  # both panes
        tmux.keys("]")  # the first mention of 001 (بغداد, in its title)
        tmux.keys("Enter")  # every mention of the same thing across the dossier
        tmux.wait_for("(20 in 5 articles)")
        tmux.keys("Enter")  # the first is in 000: go there
        tmux.wait_gone("(20 in 5 articles)")  # not "Linked mentions": the footer names it too
        tmux.wait_for("000_8879d900664c0086.txt")
        tmux.keys("C-o")  # and back
        deadline = time.monotonic() + 20
        while "000_8879d900664c0086.txt" in tmux.screen() and time.monotonic() < deadline:
            time.sleep(0.2)
        screen = tmux.screen()
        assert "001_0b628569c39d60ff.txt" in screen and "000_8879d900664c0086.txt" not in screen
        assert "\x1b" not in screen
        tmux.keys("q")
        tmux.wait_for("EXITED 0")
    finally:
        tmux.close()
