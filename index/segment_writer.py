"""A Whoosh segment written a term at a time, not a posting at a time.

Why: Whoosh's own writer sends every posting of every document through a pool that
pickles it to a temporary file, sorts and merges the runs, then hands the postings one
by one to the field writer, which asks each document's length through three calls. On
a dossier that is most of a build. Here a document's postings go into a dictionary of
lists (term -> docnums, weights, values), the field lengths are kept as they are
counted, and each term's postings are written in blocks by Whoosh's own block writer
(``whoosh_compat.write_term_postings``). The files are Whoosh's, byte for byte:
tests/test_segment_writer.py compares them with a segment Whoosh writes itself, and
plain Whoosh opens and searches the index.

Analysis is the schema's: ``field.index`` for most fields, and for the fields analysed by
``ExactWordsTokenizer`` (the bodies, exact and stemmed) the same words, positions and
counts taken from one ``exact_words`` split per text, without a Token per word
(``_word_values``; a test holds it to ``field.index`` item for item). Vectors, spelling
and sortable columns are not written: the dossier schema has none, and ``BulkSegment``
refuses a schema that does.
"""

from __future__ import annotations

from array import array
from collections import Counter
from functools import lru_cache
from operator import sub
from pickle import dumps
from typing import Any

from .postings_table import TableCodec


class BulkSegment:
    """One new segment of an index: ``add_document`` as Whoosh's writer takes it, then
    ``finish`` writes the terms and postings and returns the segment for a TOC."""

    def __init__(self, storage, indexname: str, schema) -> None:
        for name, field in schema.items():
            if field.vector or field.separate_spelling() or field.column_type:
                raise ValueError(f"field {name!r} needs vectors, spelling or a column: use Whoosh's writer")
        self.schema = schema
        self._storage = storage
        self._codec = TableCodec()
        self.segment = self._codec.new_segment(storage, indexname)
        self._perdoc = self._codec.per_document_writer(storage, self.segment)
        # field -> term bytes -> (docnums, weights, values), docnums ascending; arrays, and
        # the frequency fields' values shared (one bytes object per count): a 10,000-article
        # shard holds about seven million postings until it is written
        self._terms: dict[str, dict[bytes, tuple[array, array, list]]] = {}
        self._lengths: dict[str, dict[int, int]] = {}  # field -> docnum -> stored length
        self._kinds = {name: _fast_kind(field) for name, field in schema.items()}
        self.docnum = 0

    def add_document(self, **fields: Any) -> None:
        """The document's fields, as ``IndexWriter.add_document`` takes them (no boosts)."""
        from whoosh.codec.whoosh3 import byte_to_length, length_to_byte

        docnum = self.docnum
        perdoc = self._perdoc
        schema = self.schema
        kinds = self._kinds
        perdoc.start_doc(docnum)
        for name in sorted(fields):
            value = fields[name]
            if value is None:
                continue
            field = schema[name]
            length = 0
            if field.indexed:
                terms = self._terms.setdefault(name, {})
                scorable = field.scorable
                for tbytes, freq, weight, vbytes in _word_values(field, value, kinds[name]):
                    if scorable:
                        length += freq
                    entry = terms.get(tbytes)
                    if entry is None:
                        entry = terms[tbytes] = (array("i"), array("d"), [])
                    entry[0].append(docnum)
                    entry[1].append(weight)
                    entry[2].append(vbytes)
            perdoc.add_field(name, field, value if field.stored else None, length)
            if length:  # what the segment's lengths column gives back: a byte's worth
                self._lengths.setdefault(name, {})[docnum] = byte_to_length(length_to_byte(length))
        perdoc.finish_doc()
        self.docnum += 1

    def finish(self):
        """Write the terms, postings and postings table; the segment, for a TOC."""
        from .whoosh_compat import write_term_postings

        self._perdoc.close()
        writer = self._codec.field_writer(self._storage, self.segment)
        for name in sorted(self._terms):
            terms = self._terms[name]
            lengths = self._lengths.get(name, {})
            writer.start_field(name, self.schema[name])
            for btext in sorted(terms):
                docs, weights, values = terms[btext]
                writer.start_term(btext)
                writer.record(docs, weights, values)
                write_term_postings(writer, docs, weights, values, [lengths.get(d) for d in docs])
                writer.finish_term()
            writer.finish_field()
        writer.close()
        self._terms.clear()
        self.segment.set_doc_count(self.docnum)
        return self.segment


def commit_segments(ix, segments: list) -> None:
    """Make ``segments`` the index's content, as a writer's commit would (a fresh index's
    next generation)."""
    from .whoosh_compat import write_toc

    write_toc(ix, segments)


def _word_values(field, value, kind: str | None):
    """``field.index(value)``: (term bytes, frequency, weight, encoded value) per word;
    ``kind`` is ``_fast_kind(field)``."""
    if kind is None or not isinstance(value, str):
        return field.index(value)
    from .arabic.analysis import first_position, last_exact_words, stem_word

    words, offsets = last_exact_words(value)
    boost = field.format.field_boost
    if kind == "stems":  # Frequency: a count per stem
        counts = Counter(map(stem_word, words))
        return [(w.encode(), n, float(n) * boost, _count_bytes(n)) for w, n in counts.items()]
    # Positions: the positions' deltas, pickled after their count (Positions.encode)
    places: dict[str, list[int]] = {}
    for pos, w in enumerate(words, first_position(value, offsets)):
        at = places.get(w)
        if at is None:
            places[w] = [pos]
        else:
            at.append(pos)
    out = []
    for w, at in places.items():
        deltas = at if len(at) == 1 else [at[0], *map(sub, at[1:], at)]
        out.append((w.encode(), len(at), float(len(at)) * boost, _count_bytes(len(at)) + dumps(deltas, 2)))
    return out


@lru_cache(maxsize=4096)
def _count_bytes(n: int) -> bytes:
    """Frequency.encode(n), one object per count."""
    from whoosh.system import pack_uint

    return pack_uint(n)


def _fast_kind(field) -> str | None:
    """"words" for a Positions field analysed by ExactWordsTokenizer alone, "stems" for a
    Frequency field analysed by it and LightStemFilter; None for any other field."""
    from whoosh.analysis import CompositeAnalyzer
    from whoosh.formats import Frequency, Positions

    from .arabic.analysis import ExactWordsTokenizer, LightStemFilter

    ana, fmt = field.analyzer, field.format
    if type(ana) is ExactWordsTokenizer and type(fmt) is Positions:
        return "words"
    if (type(ana) is CompositeAnalyzer and len(ana.items) == 2 and type(ana.items[0]) is ExactWordsTokenizer
            and type(ana.items[1]) is LightStemFilter and type(fmt) is Frequency):
        return "stems"
    return None
