"""Where the bundled dossier lives, installed or not."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def bundled_dossier() -> Path:
    """The folder of the five bundled articles (package data of dossier_tui.seeds)."""
    return Path(str(files("dossier_tui.seeds")))
