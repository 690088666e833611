"""What the reader remembers between runs: the last dossier and, per dossier, its query
and the layout the user left (the panes open, in order, each one's place; which pane was
in use; where the focus was; whether the list was set aside for side-by-side reading).

Kept in the platformdirs state dir as JSON, never in the dossier; a damaged or
unwritable file is ignored, never fatal: remembering is a convenience, not something to
lose work over. Files written by older versions (``open_articles`` only) still load.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

import platformdirs

FOCUS = ("search", "results", "reader")


def state_file() -> Path:
    return Path(platformdirs.user_state_dir("dossier-tui")) / "state.json"


@dataclass
class PaneState:
    """One reader pane: its article and where the reader was in it, as logical offsets
    (a layout at another width or bidi mode finds the same text)."""

    path: str
    top: int = 0  # the offset of the first line shown
    current: int | None = None  # the start of the current mention
    hit: int | None = None  # the index of the marked search hit

    @classmethod
    def of(cls, data) -> PaneState:
        if isinstance(data, str):
            return cls(data)
        def num(v):
            return v if isinstance(v, int) and not isinstance(v, bool) and v >= 0 else None
        return cls(str(data["path"]), num(data.get("top")) or 0, num(data.get("current")),
                   num(data.get("hit")))


@dataclass
class DossierState:
    query: str = ""
    panes: list[PaneState] = field(default_factory=list)  # in opening order
    active: int = 0  # the pane in use, an index into ``panes``
    focus: str = "search"  # one of FOCUS
    comparing: bool = False  # the result list was set aside for the panes

    @property
    def open_articles(self) -> list[str]:
        return [p.path for p in self.panes]

    @classmethod
    def of(cls, data: dict) -> DossierState:
        panes = [PaneState.of(p) for p in data.get("panes", data.get("open_articles", []))]
        active = data.get("active", 0)
        focus = data.get("focus", "search")
        return cls(str(data.get("query", "")), panes,
                   active if isinstance(active, int) and 0 <= active < max(1, len(panes)) else 0,
                   focus if focus in FOCUS else "search", bool(data.get("comparing", False)))


@dataclass
class AppState:
    last_dossier: str | None = None
    dossiers: dict[str, DossierState] = field(default_factory=dict)

    def for_dossier(self, root: Path) -> DossierState:
        return self.dossiers.setdefault(str(root), DossierState())

    @classmethod
    def load(cls) -> AppState:
        try:
            data = json.loads(state_file().read_text(encoding="utf-8"))
            dossiers = {}
            for k, v in dict(data.get("dossiers", {})).items():
                try:
                    dossiers[k] = DossierState.of(dict(v))
                except (KeyError, ValueError, AttributeError, TypeError):
                    continue  # one damaged entry loses only its own dossier's layout
            return cls(data.get("last_dossier"), dossiers)
        except (OSError, ValueError, AttributeError, TypeError):
            return cls()

    def save(self) -> None:
        path = state_file()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=1), encoding="utf-8")
            os.replace(tmp, path)
        except OSError:
            pass
