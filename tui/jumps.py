"""A vim-style jump list: where the reader was before each jump, back (Ctrl-O) and forward."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    path: str
    offset: int
    key: str | None = None  # the mention there, when one is meant (a statement and a date may start together)


class JumpList:
    """Browser-style history: ``record`` the place left before each jump; ``back`` and
    ``forward`` move through it, and a new jump drops whatever was ahead."""

    def __init__(self, limit: int = 100) -> None:
        self._places: list[Place] = []
        self._cur: int | None = None  # index of where we are, None when not in the list
        self.limit = limit

    def record(self, here: Place) -> None:
        if self._cur is not None:
            del self._places[self._cur:]
        self._places.append(here)
        self._cur = None
        del self._places[:-self.limit]

    def back(self, here: Place) -> Place | None:
        if self._cur is None:
            if not self._places:
                return None
            self._places.append(here)
            self._cur = len(self._places) - 1
        if self._cur == 0:
            return None
        self._cur -= 1
        return self._places[self._cur]

    def forward(self) -> Place | None:
        if self._cur is None or self._cur >= len(self._places) - 1:
            return None
        self._cur += 1
        return self._places[self._cur]

    def __len__(self) -> int:
        return len(self._places)
