"""Counts in messages as English says them: "1 article matches", "40 entities"."""

from __future__ import annotations

_PLURALS = {"entity": "entities", "match": "matches"}


def counted(n: int, noun: str) -> str:
    """``n`` and the noun, singular for one: the CLI's and the reader's messages share it."""
    return f"{n} {noun if n == 1 else _PLURALS.get(noun, noun + 's')}"


def articles_match(n: int) -> str:
    return f"{counted(n, 'article')} {'matches' if n == 1 else 'match'}"
