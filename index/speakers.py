"""Who is quoted across a dossier, and what each said: the data behind both
`mentions --by-speaker` and the reader's speakers screen (s), which only present it.

Statements are mentions of kind ``quote`` keyed ``speaker:<name>``; the speakers are
counted by the mention store in one grouping query, and a speaker's statements are read
when asked for, so listing the speakers of a big dossier loads no statement.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .mention_store import MentionStore
    from .mentions.model import Mention

ALL = 1 << 62  # no cap on the statements read


@dataclass(frozen=True)
class Speaker:
    key: str  # speaker:<normalised name>, one per person across spellings
    name: str  # as their first statement in the dossier writes it
    anonymous: bool  # an unnamed source (مسؤول كبير، مصادر مطلعة), keyed by its description
    statements: int
    articles: list[str]  # paths of the articles quoting them, sorted


@dataclass
class Speakers:
    ranked: list[Speaker]  # most articles first, then most statements, then by key

    @property
    def named(self) -> list[Speaker]:
        return [s for s in self.ranked if not s.anonymous]

    @property
    def unnamed(self) -> list[Speaker]:
        return [s for s in self.ranked if s.anonymous]


def speakers(store: MentionStore, key: str | None = None) -> Speakers:
    """Every speaker (or the one of ``key``), ranked by the number of articles quoting
    them: a journalist's first question is who the outlets quote."""
    found = [Speaker(k, str(name or k.partition(":")[2]), anonymous, count, paths)
             for k, name, anonymous, count, paths in store.speaker_groups(key)]
    found.sort(key=lambda s: (-len(s.articles), -s.statements, s.key))
    return Speakers(found)


def statements(store: MentionStore, key: str, limit: int = ALL) -> tuple[list[dict], int, int]:
    """A speaker's statements as contract dicts (with the quote's fields), how many there
    are and in how many articles. Up to ``limit`` all in dossier order; beyond it, each
    article's first before any article's second (the store's ``linked``)."""
    return store.linked(key, limit)


@dataclass
class Outlet:
    """One outlet's statements by a speaker: an outlet is the article's source (from its
    page or dossier.toml), or the article itself when its source is unknown."""

    name: str
    statements: list[tuple[Mention, str | None]] = field(default_factory=list)  # (statement, article date)


def by_outlet(said: list[Mention], source: dict[str, str | None], date: dict[str, str | None],
              title: dict[str, str]) -> list[Outlet]:
    """Statements grouped by outlet, the outlets quoting most first; within one, by the
    article's date (undated last), then in the article's order."""
    outlets: dict[str, Outlet] = {}
    for m in said:
        name = source.get(m.path) or title.get(m.path) or m.path
        outlets.setdefault(name, Outlet(name)).statements.append((m, date.get(m.path)))
    for outlet in outlets.values():
        outlet.statements.sort(key=lambda s: (s[1] is None, s[1] or "", s[0].path, s[0].start))
    return sorted(outlets.values(), key=lambda o: (-len(o.statements), o.name))
