"""Feeds (``.rss``, ``.atom``, an ``.xml`` that is a feed) through feedparser: one article per
item, titled, dated (published, else updated), with its link and the feed's title as source.

Items are numbered in the file's order from 1, so ``agency.rss#2`` is the same item every
time the same file is read; the article text is the item's title then its content or
summary with the markup taken out.
"""

from __future__ import annotations

import re

from .base import Extracted, FormatError, iso_date

_FEED_ROOT = re.compile(rb"<(?:[\w-]+:)?(?:rss|feed|RDF)[\s>]")


def looks_like_feed(data: bytes) -> bool:
    """An ``.xml`` file is read as a feed only when its root is one (RSS, Atom, RDF)."""
    return bool(_FEED_ROOT.search(data[:4096]))


def items(data: bytes) -> list[Extracted]:
    import feedparser

    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    if parsed.bozo and not parsed.entries:
        reason = getattr(parsed.get("bozo_exception"), "getMessage", lambda: "")() or "not a feed"
        raise FormatError(f"not a well-formed feed ({reason})")
    if not parsed.entries:
        raise FormatError("the feed has no items")
    source = (parsed.feed.get("title") or "").strip() or None
    return [_item(entry, source) for entry in parsed.entries]


def _item(entry, source: str | None) -> Extracted:
    title = _plain(entry.get("title") or "")
    parts = [c.get("value", "") for c in entry.get("content") or []] or [entry.get("summary") or ""]
    body = "\n\n".join(p for p in (_plain(x) for x in parts) if p)
    text = f"{title}\n\n{body}" if title and not body.startswith(title) else body or title
    date = _date(entry.get("published") or entry.get("updated"))
    when = entry.get("published_parsed") or entry.get("updated_parsed")
    if date is None and when:
        date = f"{when.tm_year:04d}-{when.tm_mon:02d}-{when.tm_mday:02d}"
    author = (entry.get("author") or "").strip() or None
    return Extracted(text=text, title=title or None, date=date, source=source, author=author,
                     url=(entry.get("link") or "").strip() or None)


def _date(raw: str | None) -> str | None:
    """The day as the feed wrote it (feedparser's parsed dates are UTC: an item published
    at 01:00 in Baghdad would fall on the day before)."""
    from email.utils import parsedate_to_datetime

    if not raw:
        return None
    try:
        return parsedate_to_datetime(raw).date().isoformat()  # RSS: RFC 822
    except (TypeError, ValueError, IndexError):
        return iso_date(raw)  # Atom: RFC 3339


_BLOCK = re.compile(r"(?i)<\s*(?:br|/p|/div|/li|/h\d)\s*/?>")
_TAG = re.compile(r"<[^>]*>")


def _plain(markup: str) -> str:
    """An item's HTML as text: blocks on their own lines, tags and entities gone."""
    import html

    if "<" not in markup and "&" not in markup:
        return markup.strip()
    text = html.unescape(_TAG.sub("", _BLOCK.sub("\n", markup)))
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())
