"""Shared fixtures: the bundled seeds, throwaway dossiers, and an isolated cache dir."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path_factory, monkeypatch):
    """Every test gets its own cache/config/state dirs: the user's are never touched."""
    base = tmp_path_factory.mktemp("xdg")
    for var in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME"):
        monkeypatch.setenv(var, str(base / var.lower()))
    return base


@pytest.fixture
def seeds() -> Path:
    return SEEDS


@pytest.fixture
def make_dossier(tmp_path):
    """Write a dossier from {relative name: str | bytes} and return its folder."""

    def make(files: dict[str, str | bytes], name: str = "dossier") -> Path:
        root = tmp_path / name
        root.mkdir()
        for rel, content in files.items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, str):
                path.write_text(content, encoding="utf-8")
            else:
                path.write_bytes(content)
        return root

    return make


@pytest.fixture
def app():
    """Start the installed reader in tmux: ``app(*args, width=, height=, env=, ready=)`` (see
    test_e2e_tmux.launch); every session started is closed after the test."""
    from test_e2e_tmux import launch

    made = []

    def start(*args, **kwargs):
        made.append(launch(*args, **kwargs))
        return made[-1]

    yield start
    for tmux in made:
        tmux.close()
