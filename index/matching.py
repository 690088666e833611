"""Where a query matched inside an article, as offsets into the loaded text."""

from __future__ import annotations

from array import array
from functools import lru_cache

from .arabic.analysis import exact_words, stem_word
from .query import ParsedQuery


@lru_cache(maxsize=1024)
def tokens(text: str) -> tuple[tuple[str, ...], array]:
    """A text's indexed words and their (start, end) offsets, flattened.

    Kept for the last 1,024 texts: a refined query finds mostly the same hits, and
    tokenising is most of a search's cost. Compact (about 6 KB for a 2 KB article, the
    words shared with the analyser's cache) so the cache stays small."""
    words, offsets = exact_words(text)
    return tuple(words), array("i", offsets)


def find_matches(parsed: ParsedQuery, text: str) -> list[tuple[int, int]]:
    """Spans of every term, prefix and phrase occurrence, sorted and non-overlapping."""
    words, offsets = tokens(text)
    terms, stems, prefixes = parsed.terms, parsed.stems, tuple(parsed.prefixes)
    # decide once per distinct word, then collect its occurrences
    wanted = {w for w in set(words)
              if w in terms or (prefixes and w.startswith(prefixes))
              or (stems and stem_word(w) in stems)}
    spans = {(offsets[2 * i], offsets[2 * i + 1]) for i, w in enumerate(words) if w in wanted}
    for phrase in parsed.phrases:
        n, first = len(phrase), phrase[0]
        for i in [i for i, w in enumerate(words) if w == first]:
            if i + n <= len(words) and words[i:i + n] == phrase:
                spans.add((offsets[2 * i], offsets[2 * (i + n) - 1]))
    return _merge(sorted(spans))


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out
