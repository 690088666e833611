"""A mention in words: its normalised reading, for the linked list and the status line.

The reader marks a date or a figure; what the reader wants next is what the tool read
there (2025-09, "at the end", resolved against the article's date; 2,500 troops, about)
and why, without opening a table. The linked list and the status line say it the same way.
"""

from __future__ import annotations

from dossier_tui.index.mentions.model import Mention
from dossier_tui.index.overview import format_number

KIND_NAMES = {"date": "Date", "figure": "Figure", "entity": "Entity"}


def describe(mention: Mention) -> str:
    """A mention's normalised reading: value, range, unit, qualifier, relative or not."""
    kind, value = mention.kind, mention.value
    if kind == "figure":
        text = format_number(value)
        if mention.high is not None:
            text += "–" + format_number(mention.high)
        if mention.unit:
            text += f" {mention.unit}"
    elif kind == "date":
        text = str(value) if value else "unresolved"
        if mention.high:
            text += f" to {mention.high}"
    elif kind == "quote":  # who, and how they said it (قال، أكد، نقلت عن …)
        text = str(value or mention.speaker or "?") + (f" · {mention.verb}" if mention.verb else "")
        if mention.anonymous:
            text += " (unnamed source)"
    else:
        text = str(value or mention.text)
    if mention.qualifier:
        text += f" ({mention.qualifier})"
    if mention.relative:
        text += ", relative" + (" (resolved against the article date)" if value else "")
    return text


def said_by(m: Mention) -> str:
    """The status line on a statement: who said it, how, and what Enter does."""
    who = str(m.value or m.speaker or "?")
    how = f" ({m.verb})" if m.verb else ""
    unnamed = ", an unnamed source" if m.anonymous else ""
    return f"Said by {who}{how}{unnamed}. Enter: every statement by this speaker"


def about(m: Mention) -> str:
    """The status line on the cursor's mention: what was read there, why, and what Enter
    does. A statement says who said it (a continuation, وأضاف, does not name them)."""
    if m.kind == "quote":
        return said_by(m)
    why = f" — {m.why}" if m.why else ""
    return f"{KIND_NAMES.get(m.kind, m.kind.title())} {describe(m)}{why}. Enter: every mention across the dossier"
