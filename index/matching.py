"""Where a query matched inside an article, as offsets into the loaded text."""

from __future__ import annotations

from .arabic.analysis import exact_tokens, stem_word
from .query import ParsedQuery


def tokens(text: str) -> list[tuple[str, int, int]]:
    return exact_tokens(text)


def find_matches(parsed: ParsedQuery, text: str) -> list[tuple[int, int]]:
    """Spans of every term, prefix and phrase occurrence, sorted and non-overlapping."""
    toks = tokens(text)
    spans: set[tuple[int, int]] = set()
    for word, start, end in toks:
        if (word in parsed.terms or any(word.startswith(p) for p in parsed.prefixes)
                or (parsed.stems and stem_word(word) in parsed.stems)):
            spans.add((start, end))
    for phrase in parsed.phrases:
        n = len(phrase)
        for i in range(len(toks) - n + 1):
            if all(toks[i + k][0] == phrase[k] for k in range(n)):
                spans.add((toks[i][1], toks[i + n - 1][2]))
    return _merge(sorted(spans))


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out
