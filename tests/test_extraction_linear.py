"""Extraction stays linear in an article's length (issue 22).

Indexing a 2 MB single line took ~25 s, almost all extraction: a line without sentence
punctuation is one sentence, and every date in it deduplicated the sentence's entities
again (dates x entities). Each sentence's entities are now deduplicated once. Timings
live in bench/bench_extraction.py; this pins the count of names handled, and that each
date's ``about`` is still its sentence's entities, in order, once each.
"""

from __future__ import annotations

import sys
from bisect import bisect_right
from pathlib import Path

from dossier_tui.index.loader import Article
from dossier_tui.index.mentions import extract as extract_module
from dossier_tui.index.mentions import extract_mentions
from dossier_tui.index.mentions.tokens import tokenize

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import bench_hostile  # noqa: E402

WORDS = bench_hostile.WORDS


class CountingDict(dict):
    handled = 0

    @classmethod
    def fromkeys(cls, keys, value=None):
        keys = list(keys)
        CountingDict.handled += len(keys)
        return dict.fromkeys(keys, value)


def test_a_long_line_deduplicates_its_entities_once(monkeypatch):
    line = " ".join(WORDS[(i * 7) % len(WORDS)] for i in range(6000)) + "\n"
    monkeypatch.setattr(extract_module, "dict", CountingDict, raising=False)
    found = extract_mentions(Article("line.txt", "t", line, 0.0, len(line)))
    dates = [m for m in found.mentions if m.kind == "date"]
    entities = [m for m in found.mentions if m.kind == "entity"]
    assert len(dates) > 100 and len(entities) > 1000
    # once per sentence (the line is one): not once per date, which was dates x entities
    assert CountingDict.handled <= len(entities)
    assert all(d.about == dates[0].about for d in dates) and len(dates[0].about) >= 2
    assert len({id(d.about) for d in dates}) == len(dates)  # each date owns its list


def test_each_dates_about_is_its_sentences_entities_in_order():
    from dossier_tui.index.seeds import bundled_dossier

    checked = 0
    for path in sorted(Path(bundled_dossier()).glob("*.txt"))[:6]:
        text = path.read_text(encoding="utf-8")
        found = extract_mentions(Article(path.name, "t", text, 0.0, len(text)))
        toks = tokenize(text)
        starts = [t.start for t in toks]

        def sentence_of(offset: int, toks=toks, starts=starts) -> int:  # its token's (after a clitic)
            return toks[max(0, bisect_right(starts, offset) - 1)].sentence

        named: dict[int, list[str]] = {}
        for m in found.mentions:
            if m.kind == "entity" and m.why != "a person quoted in the article":
                named.setdefault(sentence_of(m.start), []).append(m.value)
        dates = [m for m in found.mentions if m.kind == "date"]
        for m in dates:
            assert m.about == list(dict.fromkeys(named.get(sentence_of(m.start), []))), path.name
        checked += len(dates)
    assert checked > 20
