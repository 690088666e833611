"""What the reader remembers between runs: last dossier, its query and open article.

Kept in the platformdirs state dir as JSON; a damaged or unwritable file is ignored,
never fatal: remembering is a convenience, not something to lose work over.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

import platformdirs


def state_file() -> Path:
    return Path(platformdirs.user_state_dir("dossier-tui")) / "state.json"


@dataclass
class DossierState:
    query: str = ""
    open_articles: list[str] = field(default_factory=list)


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
            dossiers = {
                k: DossierState(str(v.get("query", "")), [str(p) for p in v.get("open_articles", [])])
                for k, v in dict(data.get("dossiers", {})).items()
            }
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
