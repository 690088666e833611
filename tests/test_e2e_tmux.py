"""End to end: the installed `dossier-tui` in a real terminal (tmux), driven by keystrokes."""

from __future__ import annotations

import os
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


class Tmux:
    """One session on a private tmux server (-L): the user's own tmux is never touched,
    and its sessions or options cannot change what these tests see."""

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

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", self.name, check=True).stdout

    def wait_for(self, needle: str, timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if needle in screen:
                return screen
            time.sleep(0.2)
        raise AssertionError(f"{needle!r} never appeared; screen was:\n{self.screen()}")

    def wait_for_all(self, *needles: str, timeout: float = 20.0) -> str:
        """The screen once every needle is on it at once (a re-layout draws panes in turns)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if all(n in screen for n in needles):
                return screen
            time.sleep(0.2)
        raise AssertionError(f"{needles!r} never all appeared; screen was:\n{self.screen()}")

    def wait_gone(self, needle: str, timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if needle not in screen:
                return screen
            time.sleep(0.2)
        raise AssertionError(f"{needle!r} never went away; screen was:\n{self.screen()}")

    def close(self) -> None:
        self.run("kill-server")


def _quote(s: str) -> str:
    return "'" + s.replace("'", "'\\''") + "'"


def test_installed_app_searches_opens_and_quits(isolated_dirs):
    exe = _installed_exe()
    assert exe, "dossier-tui is not installed in this environment"
    env = {k: os.environ[k] for k in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME")}
    env.update(TERM="xterm-256color", LANG="C.UTF-8")
    tmux = Tmux([exe], env)
    try:
        tmux.wait_for("articles")  # status line: "<dossier>: 5 articles"
        tmux.keys("/")
        tmux.keys("Baghdad", literal=True)
        tmux.keys("Enter")
        tmux.wait_for("1 article matches")
        tmux.keys("Enter")
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
    exe = _installed_exe()
    assert exe, "dossier-tui is not installed in this environment"
    root = make_dossier({"evil.txt": HOSTILE, "other.txt": "خبر\nالأنبار\n"})
    env = {k: os.environ[k] for k in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME")}
    env.update(TERM="xterm-256color", LANG="C.UTF-8")
    tmux = Tmux([exe, str(root)], env, clipboard=True)
    try:
        tmux.wait_for("articles")
        tmux.keys("/")
        tmux.keys("نهاية", literal=True)  # only in the hostile article
        tmux.keys("Enter")
        tmux.wait_for("1 article matches")
        tmux.keys("Enter")
        tmux.wait_for("current mention")  # the reader's legend: the article is open
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
    exe = _installed_exe()
    assert exe, "dossier-tui is not installed in this environment"
    env = {k: os.environ[k] for k in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME")}
    env.update(TERM="xterm-256color", LANG="C.UTF-8")
    tmux = Tmux([exe], env, width=160, height=45)
    try:
        tmux.wait_for("articles")
        tmux.keys("/")
        tmux.keys("Baghdad", literal=True)
        tmux.keys("Enter")
        tmux.wait_for("1 article matches")
        tmux.keys("Enter")
        tmux.wait_for("Lieutenant-General Abdul Amir")  # 004 is open
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
