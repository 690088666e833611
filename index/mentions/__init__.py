"""Dates, figures, entities and quotes: extracted from each article, normalised, and linked by key.

Pure library (no UI). The index store calls ``extract_mentions`` per article and keeps
the results beside the Whoosh index; ``EXTRACTOR_VERSION`` changes re-extract them all.
"""

from __future__ import annotations

from ..loader import Dossier
from . import entities
from .extract import article_date, extract_mentions
from .meta import DossierMeta, read_dossier_meta
from .model import ArticleMentions, Mention

# 3: quotes by many more forms; 4: weekdays, spans, seasons, month datelines; 5: quote classes;
# 6: figure classes (tallies, من, subsets, bounds across a subject, units shown as written);
# 7: Hijri months, fiscal and school years, spans between two dates
# 8-10: quote classes (bodies' keys, notes, relayed sources, continuations)
# 11: first of a month, future clauses, months named twice, long headers
EXTRACTOR_VERSION = 14

__all__ = ["EXTRACTOR_VERSION", "ArticleMentions", "Mention", "article_date", "collect_mentions",
           "DossierMeta", "entities", "extract_mentions", "read_dossier_meta"]


def collect_mentions(dossier: Dossier) -> list[ArticleMentions]:
    meta = read_dossier_meta(dossier.root)
    return [extract_mentions(a, meta.get(a.id)) for a in dossier.articles]
