"""Mention extraction on one core: articles/s on the bench corpus, its stages, its ratio to a
plain Whoosh build of the same articles, and whether a long single line costs per word what
a short one does (a 2 MB line once took ~25 s).

    python bench/bench_extraction.py [--n 300] [--words 5000]

Times are CPU time of this one process (time.process_time), best of 3, so other processes
on the machine change them little; the ratios (extraction over Whoosh's own single-process
build with its default analyzer, same articles, same run) hold on any machine. The line
figure is per-word cost at 8x the words over the cost at 1x: ~1.0 is linear.
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


def _best_cpu(func, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        t = time.process_time()
        func()
        best = min(best, time.process_time() - t)
    return best


def _stages(arts: list[Article]) -> dict[str, float]:
    """CPU seconds per stage of extract_mentions over ``arts`` (one run, wrapped calls)."""
    from dossier_tui.index.mentions import extract as ex

    spent: dict[str, float] = {}
    names = {"tokenize": "tokeniser", "dateline_date": "dateline", "find_dates": "dates",
             "find_figures": "figures", "find_entities": "entities", "_quotes_and_speakers": "quotes",
             "not_counted": "list markers, phones"}
    saved = {name: getattr(ex, name) for name in names}

    def wrapped(name, func):
        def run(*args, **kwargs):
            t = time.process_time()
            try:
                return func(*args, **kwargs)
            finally:
                spent[names[name]] = spent.get(names[name], 0.0) + time.process_time() - t
        return run

    for name, func in saved.items():
        setattr(ex, name, wrapped(name, func))
    try:
        total = _best_cpu(lambda: [extract_mentions(a) for a in arts], runs=1)
    finally:
        for name, func in saved.items():
            setattr(ex, name, func)
    spent["the rest (mentions built, dates' events)"] = total - sum(spent.values())
    return spent


def _whoosh_build(arts: list[Article]) -> float:
    """CPU seconds of plain Whoosh indexing the same texts: one process, default analyzer."""
    import shutil
    import tempfile

    from whoosh import fields, index

    schema = fields.Schema(path=fields.ID(stored=True), body=fields.TEXT)

    def run():
        tmp = tempfile.mkdtemp(prefix="bench-whoosh-")
        try:
            w = index.create_in(tmp, schema).writer(procs=1, limitmb=128)
            for a in arts:
                w.add_document(path=a.id, body=a.text)
            w.commit()
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    return _best_cpu(run)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300, help="bench corpus articles")
    parser.add_argument("--words", type=int, default=5000, help="words of the short line")
    args = parser.parse_args(argv)
    arts = [Article(f"{i}.txt", "t", corpus.article(i), 0.0, 0) for i in range(args.n)]
    extract_mentions(arts[0])  # imports, gazetteer
    from dossier_tui.index.mentions.batch import extract_row

    n = args.n
    best = _best_cpu(lambda: [extract_mentions(a) for a in arts])
    rows = _best_cpu(lambda: [extract_row((a, {})) for a in arts])
    whoosh = _whoosh_build(arts)
    print(f"extraction, bench corpus: {n / best:,.0f} articles/s ({best / n * 1e3:.2f} ms/article CPU,"
          f" best of 3; target >= 1,000/s)")
    print(f"  with the mention store's rows (what a build's workers do): {n / rows:,.0f} articles/s"
          f" ({rows / n * 1e3:.2f} ms/article)")
    print(f"  plain Whoosh build of the same articles (1 process, default analyzer): {whoosh / n * 1e3:.2f}"
          f" ms/article; extraction with rows = {rows / whoosh:.2f}x it")
    for stage, spent in sorted(_stages(arts).items(), key=lambda kv: -kv[1]):
        print(f"    {stage:42s} {spent / n * 1e3:6.3f} ms/article")
    short = min(_per_word(args.words) for _ in range(2))
    long = _per_word(8 * args.words)
    print(f"one line of {8 * args.words:,} words: {long * 1e6:.0f} us/word, "
          f"{long / short:.2f}x the per-word cost of {args.words:,} words (linear: ~1)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
