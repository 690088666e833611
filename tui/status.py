"""The status line: what it says is kept logical, as pieces, and laid out in its bidi mode.

A message can quote Arabic (a dossier's name, a query's error, a speaker's name): drawn
once as Text it kept the mode it was drawn in, so after ``b`` it read backwards. Kept as
pieces it is laid out again whenever the mode changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.widgets import Static

from .labels import label


@dataclass(frozen=True)
class Said:
    """A piece of a status message: ``engine`` pieces (untrusted, maybe Arabic) go through
    the layout engine; the others are the app's own words, appended as they are."""

    text: str
    style: str = ""
    engine: bool = True


class StatusLine(Static):
    def __init__(self, text: str = "", *, mode: str = "app", **kwargs) -> None:
        super().__init__(Text(text), markup=False, **kwargs)
        self.mode = mode
        self.pieces: tuple[Said, ...] = (Said(text, engine=False),)

    def say(self, *pieces: Said) -> None:
        self.pieces = pieces
        self.update(self._text())

    def _text(self) -> Text:
        out = Text()
        for piece in self.pieces:
            if piece.engine:
                out.append_text(label(piece.text, style=piece.style, mode=self.mode))
            else:
                out.append(piece.text, style=piece.style)
        return out

    def set_bidi_mode(self, mode: str) -> None:
        if mode != self.mode:
            self.mode = mode
            self.update(self._text())
