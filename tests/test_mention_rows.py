"""The mention store's rows, made straight from Mention objects in an extraction worker
(``prepare_found``), are the rows ``prepare`` makes from the mentions' store dicts, and
the extras are the JSON text json.dumps writes."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from dossier_tui.index.loader import Article, load_article, load_dossier
from dossier_tui.index.mention_rows import _dump_json, prepare, prepare_found
from dossier_tui.index.mentions import collect_mentions, extract_mentions

ROOT = Path(__file__).resolve().parent.parent


def _bench_articles(n: int) -> list[Article]:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import corpus
    finally:
        sys.path.remove(str(ROOT / "bench"))
    return [Article(f"{i}.txt", "t", corpus.article(i), 0.0, 0) for i in range(n)]


def test_rows_from_mentions_equal_rows_from_their_store_dicts():
    found = collect_mentions(load_dossier(ROOT / "seeds"))
    found += [extract_mentions(load_article(p.parent, p)) for p in sorted((ROOT / "tests/data/corpus").glob("*/*.txt"))]
    found += [extract_mentions(a) for a in _bench_articles(60)]
    kinds = set()
    for am in found:
        assert prepare_found(am.path, am.mentions) == prepare(am.path, [m.to_store() for m in am.mentions]), am.path
        kinds |= {m.kind for m in am.mentions if m.events or m.context or m.about or m.kind == "quote"}
    assert {"date", "quote"} <= kinds  # dates with events and context, quotes with speakers


def test_extras_are_written_as_json_dumps_writes_them():
    rng = random.Random(22)
    atoms = ["", "a", 'q"uote', "back\\slash", "\x00\x1f\x7f", "عربي", "\u202e", 0, -3, 10**20, True, False,
             None, 1.5, float("nan"), float("inf"), -0.0]

    def value(depth=0):
        roll = rng.random()
        if depth < 3 and roll < 0.2:
            return [value(depth + 1) for _ in range(rng.randint(0, 3))]
        if depth < 3 and roll < 0.35:
            return {rng.choice(["why", 'k"', "سياق", ""]) + str(rng.randint(0, 3)): value(depth + 1)
                    for _ in range(rng.randint(0, 4))}
        if depth < 3 and roll < 0.4:
            return (value(depth + 1), {1: "an int key"})
        return rng.choice(atoms)

    for _ in range(5000):
        v = value()
        assert _dump_json(v) == json.dumps(v, ensure_ascii=False), v
