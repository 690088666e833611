"""What extraction produces: mentions with offsets into the loaded text and a linking key."""

from __future__ import annotations

from dataclasses import dataclass, field

CONTRACT = ("path", "kind", "text", "start", "end", "key", "value", "high", "unit", "qualifier",
            "relative")


@dataclass
class Mention:
    """One date, figure or entity. ``key`` is equal for mentions of the same thing anywhere
    in the dossier; ``why`` says in words how the value was read (shown in the reader)."""

    path: str
    kind: str  # "date" | "figure" | "entity"
    text: str  # exactly loaded_text[start:end]
    start: int
    end: int
    key: str | None
    value: str | int | float | None = None  # ISO date, number, or canonical name
    high: str | int | float | None = None  # the end of a range
    unit: str | None = None
    qualifier: str | None = None
    relative: bool | None = None  # dates: written relative to the article's own date
    why: str = ""
    context: list[str] = field(default_factory=list)  # event words near a date (for grouping)
    events: list[str] = field(default_factory=list)  # dates: the events named in its sentence
    about: list[str] = field(default_factory=list)  # dates: the entities named in its sentence

    def to_dict(self) -> dict:
        """The contract fields of `mentions --json`, in order; absent ones are null."""
        # not dataclasses.asdict: its deep copy of every field was half of extraction's
        # time, and the contract fields are all scalars
        return {k: getattr(self, k) for k in CONTRACT}

    def to_store(self) -> dict:
        """Contract fields plus what the reader shows besides them."""
        d = self.to_dict()
        d["why"] = self.why
        for name in ("context", "events", "about"):
            if getattr(self, name):
                d[name] = list(getattr(self, name))  # a copy: the store's row owns it
        return d

    @classmethod
    def from_dict(cls, d: dict) -> Mention:
        return cls(**{k: d.get(k) for k in CONTRACT}, why=d.get("why", ""),
                   context=list(d.get("context") or []), events=list(d.get("events") or []),
                   about=list(d.get("about") or []))


@dataclass
class ArticleMentions:
    path: str
    date: str | None  # the article's own date, ISO, when known
    mentions: list[Mention] = field(default_factory=list)
