"""What extraction produces: mentions with offsets into the loaded text and a linking key."""

from __future__ import annotations

from dataclasses import dataclass, field

CONTRACT = ("path", "kind", "text", "start", "end", "key", "value", "high", "unit", "qualifier",
            "relative")
# what a quote says besides the contract: `mentions --json` adds these for kind "quote"
QUOTE_FIELDS = ("speaker", "speaker_start", "speaker_end", "verb", "anonymous")


@dataclass
class Mention:
    """One date, figure or entity. ``key`` is equal for mentions of the same thing anywhere
    in the dossier; ``why`` says in words how the value was read (shown in the reader)."""

    path: str
    kind: str  # "date" | "figure" | "entity" | "quote"
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
    # quotes: the statement is text[start:end]; its speaker as written (for a continuation,
    # the speaker continued) at speaker_start:speaker_end (null for a continuation), the
    # verb as written and whether the source is unnamed; value is the speaker's name
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    verb: str | None = None
    anonymous: bool | None = None

    def to_dict(self) -> dict:
        """The contract fields of `mentions --json`, in order; absent ones are null."""
        # not dataclasses.asdict: its deep copy of every field was half of extraction's
        # time, and the contract fields are all scalars
        return {k: getattr(self, k) for k in CONTRACT}

    def to_json(self) -> dict:
        """The `mentions --json` shape: the contract, and a quote's speaker fields."""
        d = self.to_dict()
        if self.kind == "quote":
            d.update((k, getattr(self, k)) for k in QUOTE_FIELDS)
        return d

    def to_store(self) -> dict:
        """Contract fields plus what the reader shows besides them."""
        d = self.to_json()
        d["why"] = self.why
        for name in ("context", "events", "about"):
            if getattr(self, name):
                d[name] = list(getattr(self, name))  # a copy: the store's row owns it
        return d

    @classmethod
    def from_dict(cls, d: dict) -> Mention:
        return cls(**{k: d.get(k) for k in CONTRACT}, why=d.get("why", ""),
                   context=list(d.get("context") or []), events=list(d.get("events") or []),
                   about=list(d.get("about") or []), **{k: d.get(k) for k in QUOTE_FIELDS})


@dataclass
class ArticleMentions:
    path: str
    date: str | None  # the article's own date, ISO, when known
    mentions: list[Mention] = field(default_factory=list)
