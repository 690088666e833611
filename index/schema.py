"""The Whoosh schema. Its version is stored with the index: a change forces a rebuild."""

from __future__ import annotations

from whoosh.fields import ID, STORED, TEXT, Schema

from .arabic.analysis import ANALYZER_VERSION, arabic_analyzer

SCHEMA_VERSION = f"1.{ANALYZER_VERSION}"


def make_schema() -> Schema:
    analyzer = arabic_analyzer()
    return Schema(
        path=ID(stored=True, unique=True),
        title=TEXT(analyzer=analyzer, stored=True, field_boost=2.0),
        body=TEXT(analyzer=analyzer),
        mtime=STORED,
        size=STORED,
        sha256=STORED,
    )
