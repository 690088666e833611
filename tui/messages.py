"""Messages the widgets send up to the app."""

from __future__ import annotations

from textual.message import Message


class ArticleChosen(Message):
    """The user picked an article (from the result list) to read."""

    def __init__(self, path: str) -> None:
        self.path = path
        super().__init__()
