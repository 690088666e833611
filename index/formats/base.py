"""What every format's reader returns or raises: kept out of the package's __init__, which
the loader imports at start-up to know which files are articles."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Extracted:
    """What a format's reader found in one article: the text and whatever metadata it had."""

    text: str
    title: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD
    source: str | None = None  # the site or publication
    author: str | None = None
    url: str | None = None


class FormatError(ValueError):
    """A file that cannot be read as its format; ``reason`` says why in a user's words."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def iso_date(value) -> str | None:
    """YYYY-MM-DD from a metadata date (ISO string, with or without time), or None."""
    import datetime as dt

    if not value:
        return None
    text = str(value).strip()[:10]
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        return None
