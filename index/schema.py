"""The Whoosh schema. Its version is stored with the index: a change forces a rebuild."""

from __future__ import annotations

from whoosh.fields import ID, STORED, TEXT, Schema

from .arabic.analysis import ANALYZER_VERSION, body_analyzer, exact_analyzer, stem_analyzer

# 2: plain (not compound) segment files; 3: escape sequences dropped whole at load;
# 4: the article's URL (a saved page's, a feed item's), and digests that cover metadata
SCHEMA_VERSION = f"4.{ANALYZER_VERSION}"


def make_schema() -> Schema:
    """Each text twice: exact (normalised, for phrases and exact-form ranking) and stemmed
    (no positions: phrases are only ever asked of the exact fields)."""
    stemmed = stem_analyzer()
    return Schema(
        path=ID(stored=True, unique=True),
        title=TEXT(analyzer=exact_analyzer(), stored=True, field_boost=2.0),
        title_stem=TEXT(analyzer=stemmed, field_boost=2.0, phrase=False),
        body=TEXT(analyzer=body_analyzer()),
        body_stem=TEXT(analyzer=stemmed, phrase=False),
        mtime=STORED,
        size=STORED,
        sha256=STORED,
        url=STORED,
    )
