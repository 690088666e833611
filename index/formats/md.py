"""Markdown (``.md``) as text: decoded as a ``.txt`` is, heading marks (``## ``) taken off
their lines so the reader shows words, the first heading as title."""

from __future__ import annotations

import re

from .base import Extracted, FormatError

_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")


def extract(data: bytes) -> Extracted:
    from ..decoding import UndecodableError, decode

    try:
        raw, _ = decode(data)
    except UndecodableError as exc:
        raise FormatError(str(exc)) from None
    title = None
    lines = []
    for line in raw.splitlines():
        m = _HEADING.match(line)
        if m:
            line = m.group(1)
            title = title or line.strip() or None
        lines.append(line)
    return Extracted(text="\n".join(lines), title=title)
