"""The Whoosh schema. Its version is stored with the index: a change forces a rebuild."""

from __future__ import annotations

from whoosh.fields import ID, STORED, TEXT, Schema

from .arabic.analysis import ANALYZER_VERSION, exact_analyzer, stem_analyzer

SCHEMA_VERSION = f"2.{ANALYZER_VERSION}"  # 2: plain (not compound) segment files


def make_schema() -> Schema:
    """Each text twice: exact (normalised, for phrases and exact-form ranking) and stemmed."""
    exact, stemmed = exact_analyzer(), stem_analyzer()
    return Schema(
        path=ID(stored=True, unique=True),
        title=TEXT(analyzer=exact, stored=True, field_boost=2.0),
        title_stem=TEXT(analyzer=stemmed, field_boost=2.0),
        body=TEXT(analyzer=exact),
        body_stem=TEXT(analyzer=stemmed),
        mtime=STORED,
        size=STORED,
        sha256=STORED,
    )
