"""Settings: file, environment and flag, in that order; a broken file is reported, not fatal."""

from __future__ import annotations

from dossier_tui.config import config_dir, load_settings


def _write(text: str):
    path = config_dir() / "config.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_a_file():
    s = load_settings()
    assert s.bidi == "app" and s.warnings == []


def test_file_then_environment_then_flag(monkeypatch):
    _write('bidi = "terminal"\n')
    assert load_settings().bidi == "terminal"
    monkeypatch.setenv("DOSSIER_TUI_BIDI", "app")
    assert load_settings().bidi == "app"
    assert load_settings("terminal").bidi == "terminal"


def test_syntax_error_names_the_line_and_defaults_are_used():
    path = _write('# settings\nx = 1\nbidi = terminal\n')
    s = load_settings()
    assert s.bidi == "app"
    assert len(s.warnings) == 1 and str(path) in s.warnings[0] and "line 3" in s.warnings[0]


def test_bad_value_is_reported(monkeypatch):
    monkeypatch.setenv("DOSSIER_TUI_BIDI", "sideways")
    s = load_settings()
    assert s.bidi == "app" and "sideways" in s.warnings[0]
