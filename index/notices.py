"""Warnings said once: what is wrong with a dossier or the user's files, told when it is new.

A skipped file or a broken dossier.toml is worth one line the first time, not before the
output of every later command (a query error became five lines). So the warnings said
are recorded beside the dossier's index; later commands say only those not recorded.
The record starts afresh when the dossier changed (its index was rebuilt or updated) or
one of the user's files did, so a problem that comes back is told again.
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

RECORD = "said-warnings.json"
KEPT = 500  # warnings remembered at most (a dossier of unreadable files says this many once)


@dataclass
class Notices:
    """The warnings of one session with one dossier, in order, each once."""

    home: Path | None = None  # the dossier's index home, where the record is kept
    files: tuple[Path, ...] = ()  # the user's files a change of which makes every warning new
    changed: bool = False  # the dossier changed in this session: every warning is new
    _all: dict[str, None] = field(default_factory=dict)
    _said: set[str] = field(default_factory=set)
    _lock: threading.Lock = field(default_factory=threading.Lock)  # the TUI's workers add too

    def add(self, *warnings: str | None) -> None:
        with self._lock:
            for w in warnings:
                if w:
                    self._all.setdefault(w, None)

    def all(self) -> list[str]:
        """Every warning of the session, said or not (the TUI lists them on a key)."""
        return list(self._all)

    def take_new(self, everything: bool = False) -> list[str]:
        """The warnings to say now, marked said: those neither said in this session nor
        recorded as said by an earlier one (``everything``: all not said in this session)."""
        with self._lock:
            return self._take_new(everything)

    def _take_new(self, everything: bool) -> list[str]:
        todo = [w for w in self._all if w not in self._said]
        if not todo:
            return []
        stamps = self._stamps()
        record = {} if self.changed else self._load()
        self.changed = False  # forgotten once: what this session says is recorded from now on
        earlier = record.get("said") if record.get("stamps") == stamps else []
        earlier = [w for w in earlier if isinstance(w, str)] if isinstance(earlier, list) else []
        new = todo if everything else [w for w in todo if w not in set(earlier)]
        self._said.update(todo)
        said = [w for w in self._all if w in self._said]
        self._save(stamps, list(dict.fromkeys([*earlier, *said]))[-KEPT:])
        return new

    def _stamps(self) -> dict[str, int | None]:
        out: dict[str, int | None] = {}
        for path in self.files:
            try:
                out[str(path)] = path.stat().st_mtime_ns
            except OSError:
                out[str(path)] = None
        return out

    def _load(self) -> dict:
        if self.home is None:
            return {}
        try:
            data = json.loads((self.home / RECORD).read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def _save(self, stamps: dict, said: list[str]) -> None:
        if self.home is None or not self.home.is_dir():
            return
        tmp = self.home / f"{RECORD}.{os.getpid()}"
        try:
            tmp.write_text(json.dumps({"stamps": stamps, "said": said}, ensure_ascii=False),
                           encoding="utf-8")
            os.replace(tmp, self.home / RECORD)
        except OSError:  # a read-only cache: warnings are then said every time, not lost
            tmp.unlink(missing_ok=True)
