"""The precision list for the broken-plural table: every expansion search would make for the
most frequent nouns of the seeds and the bench's synthetic dossier, to check by hand that
none joins unrelated words. Run through `tools/make_plurals.py --review` (needs arramooz).

A word counts as a noun when arramooz lists it (bare, after one clitic); each line shows the
word, its frequency, its partners (the other number), and which of the partners' clitic
forms the corpus itself holds, so a collision with a word actually used is visible.
"""

from __future__ import annotations

import sqlite3
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from corpus import article  # noqa: E402  (bench/ is not a package)

from dossier_tui.index.arabic.analysis import exact_words  # noqa: E402
from dossier_tui.index.arabic.normalize import normalize  # noqa: E402
from dossier_tui.index.arabic.plurals import ARTICLE_CLITICS, LETTER_CLITICS, clitic_forms  # noqa: E402

SYNTHETIC_ARTICLES = 300
_STRIP = sorted(ARTICLE_CLITICS + LETTER_CLITICS, key=len, reverse=True)


def corpus_texts() -> list[str]:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in seeds] + [article(i) for i in range(SYNTHETIC_ARTICLES)]


def _bare(word: str, nouns: set[str]) -> str | None:
    if word in nouns:
        return word
    for c in _STRIP:
        if word.startswith(c) and word[len(c):] in nouns and len(word) - len(c) >= 2:
            return word[len(c):]
    return None


def review(pairs: list[tuple[str, str]], db: Path, top: int) -> None:
    con = sqlite3.connect(db)
    nouns = {normalize(w) for (w,) in con.execute("select unvocalized from nouns")}
    counts: Counter[str] = Counter()
    vocabulary: Counter[str] = Counter()
    for text in corpus_texts():
        words, _offsets = exact_words(text)
        vocabulary.update(words)
        counts.update(b for b in (_bare(w, nouns) for w in words) if b)
    other: dict[str, list[str]] = {}
    for s, p in pairs:
        other.setdefault(s, []).append(p)
        other.setdefault(p, []).append(s)
    frequent = counts.most_common(top)
    expanding = 0
    for word, n in frequent:
        partners = other.get(word, [])
        if not partners:
            continue
        expanding += 1
        used = [f"{f}({vocabulary[f]})" for p in partners for f in clitic_forms(p) if vocabulary[f]]
        print(f"{word}\t{n}\t{', '.join(partners)}\t{' '.join(used)}")
    print(f"# {len(frequent)} most frequent nouns, {expanding} with an expansion", file=sys.stderr)
