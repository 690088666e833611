"""Article formats besides plain text: which files are read, and reading them into text and
metadata through the library made for each format.

A format's module (html.py, pdf.py, ...) is imported only when a file of that format is
read, so neither the libraries nor this dispatch cost a dossier of ``.txt`` files anything
at start-up. Each module has ``extract(data: bytes) -> Extracted`` and raises
``FormatError`` with a reason a user understands.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

# file suffix -> format name (the name `mentions --json` reports and the module's name)
SUFFIXES = {
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".docx": "docx",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",  # only when it is a feed: see is_feed_file
}
LABELS = {"txt": "text", "md": "Markdown", "html": "HTML", "pdf": "PDF", "docx": "Word (.docx)",
          "feed": "a feed"}
MULTI = {"feed"}  # formats whose file holds many articles, each with its own id (file#n)


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


def format_of(name: str) -> str | None:
    """The format of a file by its name (an article id ``x.rss#2`` is a feed's item)."""
    base = name.rsplit("#", 1)[0] if "#" in name else name
    dot = base.rfind(".")
    return SUFFIXES.get(base[dot:].lower()) if dot >= 0 else None


def split_item(article_id: str) -> tuple[str, int | None]:
    """``agency.rss#2`` -> (``agency.rss``, 2); any other id -> (id, None)."""
    base, sep, tail = article_id.rpartition("#")
    if sep and tail.isdigit() and SUFFIXES.get(base[base.rfind("."):].lower()) in MULTI:
        return base, int(tail)
    return article_id, None


def reader(fmt: str):
    """The module that reads ``fmt``, imported now (the first file of that format pays)."""
    return importlib.import_module(f"{__name__}.{fmt}")


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
