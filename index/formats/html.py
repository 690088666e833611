"""Saved web pages (``.html``, ``.htm``) through trafilatura: the article body without the
site's navigation, boxes and banners; the headline, date, site, author and canonical URL
from the page's metadata (JSON-LD, ``og:``/``article:`` tags, ``<meta>``), as the field does.

A page whose metadata has no date often still prints one in its byline under the headline
(``الموصل - ٥ أيار ٢٠٢٥``), which trafilatura drops with the boilerplate: the byline is
then read by the project's own dateline reader.
"""

from __future__ import annotations

import logging

from .base import Extracted, FormatError, iso_date

for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    # their warnings go to stderr through logging's last resort: not in our output
    logging.getLogger(_name).addHandler(logging.NullHandler())
    logging.getLogger(_name).propagate = False

BYLINE_CHARS = 300  # how far after the headline a byline is looked for


def extract(data: bytes) -> Extracted:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False,
                                          deduplicate=False, include_tables=True)
    except Exception as exc:  # noqa: BLE001 - lxml and trafilatura raise many kinds on junk
        raise FormatError(f"unreadable page ({type(exc).__name__})") from None
    if doc is None or not (doc.text or "").strip():
        raise FormatError("no article text found in the page")
    title = (doc.title or "").strip() or None
    body = doc.text.strip()
    if title and not body.startswith(title):
        body = f"{title}\n\n{body}"  # the headline heads the text, as in a .txt article
    date = iso_date(doc.date) or _byline_date(data, title)
    return Extracted(text=body, title=title, date=date, source=doc.sitename or None,
                     author=doc.author or None, url=doc.url or None)


def _byline_date(data: bytes, title: str | None) -> str | None:
    """The date written just under the headline, when the metadata gave none."""
    import trafilatura

    from ..mentions.dateline import article_date
    from ..mentions.tokens import tokenize

    try:
        page = trafilatura.html2txt(data) or ""
    except Exception:  # noqa: BLE001
        return None
    at = page.find(title) + len(title) if title and title in page else 0
    head = page[at:at + BYLINE_CHARS]
    # one date line per line: the dateline reader looks for a short line holding a date
    text = "\n".join(line.strip() for line in head.splitlines())
    return article_date(text, tokenize(text))
