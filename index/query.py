"""From what the user typed to a Whoosh query plus what to highlight."""

from __future__ import annotations

from dataclasses import dataclass, field

from whoosh import query as wq
from whoosh.qparser import AndGroup, MultifieldParser

from .errors import QueryError

MAX_QUERY_CHARS = 1000


@dataclass(frozen=True)
class ParsedQuery:
    text: str
    query: wq.Query
    terms: frozenset[str] = frozenset()
    phrases: tuple[tuple[str, ...], ...] = ()
    prefixes: frozenset[str] = frozenset()


def parse_query(text: str, schema) -> ParsedQuery:
    """Words AND by default; raises QueryError (one clear line) for what cannot be searched."""
    text = " ".join(text.split())
    if not text:
        raise QueryError("empty query: type at least one word")
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"query too long ({len(text)} characters, at most {MAX_QUERY_CHARS})")
    parser = MultifieldParser(["title", "body"], schema, group=AndGroup)
    try:
        q = parser.parse(text)
    except Exception as exc:  # whoosh raises a variety of errors on odd syntax
        raise QueryError(f"cannot understand the query {text!r}: {exc}") from None
    if q is wq.NullQuery or isinstance(q, wq.NullQuery.__class__):
        raise QueryError(f"nothing to search for in {text!r}")
    terms, phrases, prefixes = set(), [], set()
    _collect(q, terms, phrases, prefixes, negated=False)
    return ParsedQuery(text, q, frozenset(terms), tuple(phrases), frozenset(prefixes))


def _collect(q, terms, phrases, prefixes, negated):
    if isinstance(q, wq.Not):
        return
    if isinstance(q, wq.Phrase):
        phrases.append(tuple(q.words))
    elif isinstance(q, wq.Prefix):
        prefixes.add(q.text)
    elif isinstance(q, wq.Term):
        terms.add(q.text)
    for child in q.children() if q.is_leaf() is False else ():
        _collect(child, terms, phrases, prefixes, negated)
