"""Ranked search over a dossier index, with matches as offsets into the loaded text."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import asdict, dataclass, field

from .matching import find_matches
from .query import ParsedQuery, parse_query
from .store import DossierIndex

SNIPPET_CHARS = 160


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Hit:
    path: str
    title: str
    score: float
    snippet: str
    matches: tuple[Match, ...] = ()


@dataclass(frozen=True)
class SearchResult:
    query: str
    total: int
    hits: tuple[Hit, ...] = field(default_factory=tuple)
    parsed: ParsedQuery | None = None
    warnings: tuple[str, ...] = ()  # about the user's files the query read (its aliases)

    def to_json(self) -> dict:
        return {
            "query": self.query,
            "total": self.total,
            "hits": [
                {**{k: v for k, v in asdict(h).items() if k != "matches"},
                 "matches": [asdict(m) for m in h.matches]}
                for h in self.hits
            ],
        }


def search(index: DossierIndex, text: str, limit: int | None = 20) -> SearchResult:
    parsed = parse_query(text, index.ix.schema)
    with index.searching() as searcher:
        total, found = _ranked(searcher, parsed, limit)
    hits = []
    for path, score in found:
        art = index.dossier.get(path)  # read on demand: only the hits
        if art is None:
            continue
        spans = find_matches(parsed, art.text)
        hits.append(Hit(
            path=path,
            title=art.title,
            score=round(float(score), 4),
            snippet=snippet(art.text, spans),
            matches=tuple(Match(s, e, art.text[s:e]) for s, e in spans),
        ))
    return SearchResult(query=text, total=total, hits=tuple(hits), parsed=parsed,
                        warnings=parsed.warnings)


def _ranked(searcher, parsed: ParsedQuery, limit: int | None) -> tuple[int, list[tuple[str, float]]]:
    """Every match counted, the best ``limit`` as (path, score).

    The array ranker gives Whoosh's BM25F scores in one pass; Whoosh's own searcher
    serves the query shapes it does not reproduce."""
    from .ranking import Unsupported, ranker_for  # numpy: imported on the first search

    try:
        ranker = ranker_for(searcher)
        total, top = ranker.top(parsed.query, limit)
        return total, [(ranker.path_of(doc), score) for doc, score in top]
    except Unsupported:
        pass
    # len() re-runs the query to count every match: the top-N collector skips blocks
    # (and prunes sub-matchers even with optimize=False), so its own tally undercounts
    results = searcher.search(parsed.query, limit=limit)
    return len(results), [(r["path"], r.score) for r in results]


def snippet(text: str, spans: list[tuple[int, int]], width: int = SNIPPET_CHARS) -> str:
    """The window of ``width`` characters holding the most matches, on one line; its
    paragraphs (the title is the first) kept apart by a pilcrow, not run together."""
    if not spans:
        start = 0
    else:
        # spans are sorted and apart, so their ends ascend: the spans a window starting at
        # one holds are counted by bisection (counting them one by one was quadratic: an
        # article naming the query's word 300 times took 45k steps per hit)
        ends = [e for _s, e in spans]
        best, start = -1, spans[0][0]
        for i, (s, _e) in enumerate(spans):
            count = bisect_right(ends, s + width, i) - i
            if count > best:
                best, start = count, s
        start = max(0, start - width // 4)
        # do not cut a word in half at the start
        while 0 < start < len(text) and not text[start - 1].isspace() and start > spans[0][0] - width:
            start -= 1
    end = min(len(text), start + width)
    while end < len(text) and not text[end].isspace() and end - start < width + 20:
        end += 1
    piece = " ¶ ".join(" ".join(p.split()) for p in text[start:end].split("\n") if p.strip())
    return ("… " if start > 0 else "") + piece + (" …" if end < len(text) else "")
