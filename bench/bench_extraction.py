"""Mention extraction on one core: articles/s on the bench corpus, and whether a long
single line costs per word what a short one does (issue 22: a 2 MB line took ~25 s).

    python bench/bench_extraction.py [--n 300] [--words 5000]

The line figure is a ratio (per-word cost at 8x the words over the cost at 1x): ~1.0
is linear, and it holds on any machine. Under load, compare runs, not absolute rates.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_hostile  # noqa: E402
import corpus  # noqa: E402

from dossier_tui.index.loader import Article  # noqa: E402
from dossier_tui.index.mentions import extract_mentions  # noqa: E402


def _per_word(words: int) -> float:
    rng = random.Random(22)
    text = " ".join(rng.choice(bench_hostile.WORDS) for _ in range(words)) + "\n"
    t = time.perf_counter()
    extract_mentions(Article("line.txt", "t", text, 0.0, len(text)))
    return (time.perf_counter() - t) / words


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300, help="bench corpus articles")
    parser.add_argument("--words", type=int, default=5000, help="words of the short line")
    args = parser.parse_args(argv)
    arts = [Article(f"{i}.txt", "t", corpus.article(i), 0.0, 0) for i in range(args.n)]
    extract_mentions(arts[0])  # imports, gazetteer
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        for a in arts:
            extract_mentions(a)
        best = min(best, time.perf_counter() - t)
    print(f"extraction, bench corpus: {args.n / best:,.0f} articles/s ({best / args.n * 1e3:.2f} ms/article,"
          f" best of 3; target >= 1,000/s)")
    short = min(_per_word(args.words) for _ in range(2))
    long = _per_word(8 * args.words)
    print(f"one line of {8 * args.words:,} words: {long * 1e6:.0f} us/word, "
          f"{long / short:.2f}x the per-word cost of {args.words:,} words (linear: ~1)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
