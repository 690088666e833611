"""Article formats besides plain text: which files are read, and reading them into text and
metadata through the library made for each format.

A format's module (html.py, pdf.py, ...) is imported only when a file of that format is
read, so neither the libraries nor this dispatch cost a dossier of ``.txt`` files anything
at start-up. Each module has ``extract(data: bytes) -> Extracted`` and raises
``FormatError`` with a reason a user understands (both in base.py: this module is what the
loader imports to list a dossier, so it holds names only).
"""

from __future__ import annotations

import importlib

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
    ".xml": "feed",  # only when it is a feed: see feed.looks_like_feed
}
LABELS = {"txt": "text", "md": "Markdown", "html": "HTML", "pdf": "PDF", "docx": "Word (.docx)",
          "feed": "a feed"}
MULTI = {"feed"}  # formats whose file holds many articles, each with its own id (file#n)


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
