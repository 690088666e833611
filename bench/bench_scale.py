"""Scale benchmark: a synthetic dossier of N articles, every path measured, one table.

Each figure sits next to a reference measured in the same run on the same corpus
(Whoosh with its default analyzer, SQLite FTS5, ripgrep, a bare `import textual.app`),
so the ratios hold on any machine.

    python bench/bench_scale.py            # 10,000 articles (about 6 minutes on 2 cores)
    python bench/bench_scale.py --n 300    # the quick run the tests use
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_startup  # noqa: E402  (bench/ is not a package)
import corpus  # noqa: E402

QUERY_WORDS = ["الأنبار", "عين الأسد", "التحالف", "انسحاب", "البنتاغون", "الامريكية", "سبتمبر",
               "أيلول", "2025", "٢٥٠٠", "داعش", "حرير", "الحشد", "مستشار", "كانون الثاني",
               "الناتو", "بغداد", "Baghdad", "coalition", "انسحا*"]


class Table:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str]] = []

    def add(self, what: str, ours: str, reference: str = "") -> None:
        self.rows.append((what, ours, reference))
        print(f"  {what:<46} {ours:>18}  {reference}", flush=True)


def _timed(func):
    t0 = time.perf_counter()
    out = func()
    return time.perf_counter() - t0, out


def _queries(n: int, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        kind = rng.random()
        if kind < 0.5:
            out.append(rng.choice(QUERY_WORDS))
        elif kind < 0.8:
            out.append(f"{rng.choice(QUERY_WORDS)} {rng.choice(QUERY_WORDS)}")
        else:
            out.append(f'"{rng.choice(["عين الأسد", "التحالف الدولي", "الحشد الشعبي", "وزارة الدفاع"])}"')
    return out


# -- references ------------------------------------------------------------------------------
def whoosh_default_build(texts: list[tuple[str, str]], procs: int) -> float:
    from whoosh import fields, index

    schema = fields.Schema(path=fields.ID(stored=True), body=fields.TEXT)
    tmp = tempfile.mkdtemp(prefix="bench-whoosh-")
    try:
        ix = index.create_in(tmp, schema)
        t0 = time.perf_counter()
        w = ix.writer(procs=procs, limitmb=128, multisegment=procs > 1)
        for path, text in texts:
            w.add_document(path=path, body=text)
        w.commit()
        return time.perf_counter() - t0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def fts5_build(texts: list[tuple[str, str]]) -> tuple[float, sqlite3.Connection]:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE docs USING fts5(path UNINDEXED, body, "
               "tokenize='unicode61 remove_diacritics 2')")
    t0 = time.perf_counter()
    with db:
        db.executemany("INSERT INTO docs VALUES (?, ?)", texts)
    return time.perf_counter() - t0, db


def rg_files(term: str, root: Path) -> tuple[float, int] | None:
    rg = shutil.which("rg")
    if rg is None:
        return None
    t0 = time.perf_counter()
    proc = subprocess.run([rg, "-l", "-F", "--", term.strip('"').rstrip("*"), str(root)],
                          capture_output=True, text=True)
    return time.perf_counter() - t0, len(proc.stdout.splitlines())


# -- ours ------------------------------------------------------------------------------------
def build(root: Path):
    from dossier_tui.index.loader import scan_dossier
    from dossier_tui.index.store import DossierIndex

    index = DossierIndex(scan_dossier(root))
    seconds, _ = _timed(lambda: index.update(rebuild=True))
    return seconds, index


class Stages:
    """Wall time of each stage of an incremental update, by wrapping the functions that do
    it (a stage the code does not have is left out): where an update's time goes."""

    WRAPPED = (("open", "store", "DossierIndex._open_live"), ("find", "store", "changed_articles"),
               ("whoosh", "store", "write_changes"), ("commit", "writing", "SegmentWriter.commit"),
               ("mentions", "store", "refresh_mentions"), ("manifest", "store", "DossierIndex._write_manifest"))

    def __init__(self) -> None:
        self.times: dict[str, float] = {}

    @contextmanager
    def timing(self):
        from whoosh import writing

        from dossier_tui.index import store

        modules = {"store": store, "writing": writing}
        undo = []
        for stage, module, dotted in self.WRAPPED:
            owner = modules[module]
            *path, name = dotted.split(".")
            for part in path:
                owner = getattr(owner, part)
            original = owner.__dict__.get(name) if isinstance(owner, type) else getattr(owner, name, None)
            if original is None:
                continue
            setattr(owner, name, self._timed(stage, original))
            undo.append((owner, name, original))
        try:
            yield self
        finally:
            for owner, name, original in undo:
                setattr(owner, name, original)

    def _timed(self, stage: str, func):
        def timed(*args, **kwargs):
            t0 = time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                self.times[stage] = self.times.get(stage, 0.0) + time.perf_counter() - t0
        return timed

    def line(self, total: float | None = None) -> str:
        t = dict(self.times)
        if "whoosh" in t and "commit" in t:
            t["whoosh"] -= t["commit"]  # what is left is update_document and reopening
        if total is not None:  # the mention store's commit, the searcher...
            t["other"] = max(0.0, total - sum(t.values()))
        return " / ".join(f"{k} {v*1e3:.0f}" for k, v in t.items()) + " ms"


def stat_floor(root: Path) -> float:
    """The least any update must do: list the folder and stat every file (os.scandir)."""
    t0 = time.perf_counter()
    with os.scandir(root) as it:
        for entry in it:
            entry.stat()
    return time.perf_counter() - t0


def incremental(root: Path, count: int, rng: random.Random) -> tuple[float, float, Stages]:
    """Seconds (wall, CPU) to bring the index in step after ``count`` files were appended to,
    from listing the folder, and where they went."""
    from dossier_tui.index.loader import scan_dossier
    from dossier_tui.index.store import DossierIndex

    files = sorted(root.glob("*.txt"))
    for path in rng.sample(files, count):
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(f"تحديث {rng.randint(0, 10**9)}\n")
    stages = Stages()
    with stages.timing():
        cpu = time.process_time()
        t0 = time.perf_counter()
        dossier = scan_dossier(root)
        stages.times["scan"] = time.perf_counter() - t0
        index = DossierIndex(dossier)
        report = index.update()
        seconds = time.perf_counter() - t0
        cpu = time.process_time() - cpu
    assert len(report.changed) == count, (count, report.changed[:3])
    return seconds, cpu, stages


def query_latency(index, queries: list[str], uncached: bool = False) -> list[float]:
    from dossier_tui.index import matching, ranking
    from dossier_tui.index.search import search

    times = []
    for q in queries:
        if uncached:
            ranking._RANKERS.clear()
            matching.tokens.cache_clear()
        t0 = time.perf_counter()
        search(index, q, limit=20)
        times.append(time.perf_counter() - t0)
    return times


def _pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


RSS_DRIVER = r"""
import asyncio, gc, resource, sys
from pathlib import Path
from dossier_tui.tui.app import DossierApp

def deep(obj, seen):
    # bytes of Python objects reachable from obj (not through widgets, threads or modules)
    size, stack = 0, [obj]
    while stack:
        o = stack.pop()
        if id(o) in seen or isinstance(o, type) or type(o).__module__.startswith(("textual", "rich", "asyncio")):
            continue
        seen.add(id(o))
        size += sys.getsizeof(o)
        if isinstance(o, dict):
            stack += [*o.keys(), *o.values()]
        elif isinstance(o, (list, tuple, set, frozenset)):
            stack += o
        else:
            stack += [v for v in (getattr(o, "__dict__", None),) if v is not None]
            stack += [getattr(o, a) for a in getattr(type(o), "__slots__", ()) if hasattr(o, a)]
    return size

def parts(app):
    from dossier_tui.index import ranking
    from dossier_tui.index.layout import engine
    ws, index = app.workspace, app.workspace.index
    return {"stored fields": index._stored,
            "article list": (index.dossier.entries, ws.catalog, app._info, app._numbers),
            "articles read": index.dossier._loaded, "views' data": ws._overviews,
            "labels": getattr(app, "_labels_made", None), "mentions read": ws._mentions,
            "ranking caches": [(r._cache, r._lengths, r.__dict__.get("live"), r._paths)
                               for r in ranking._RANKERS.values()],
            "layouts cached": engine._layout.cache_info().currsize}

async def main():
    app = DossierApp(Path(sys.argv[1]), remember=False)
    words = sys.argv[2:]
    async with app.run_test(size=(140, 45)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        for i in range(20):
            app.run_search(words[i % len(words)])
            await pilot.pause()
            results = app.query_one("#results")
            if results.option_count:
                results.highlighted = i % results.option_count
                results.action_select()
                await pilot.pause()
        # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the forking parent (the
        # bench, big after a build), while VmHWM belongs to this process's own memory
        try:
            hwm = [l for l in open("/proc/self/status") if l.startswith("VmHWM:")][0].split()[1]
        except (OSError, IndexError):
            hwm = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        gc.collect()
        seen = set()
        sizes = {name: part if isinstance(part, int) else deep(part, seen) / 2**20
                 for name, part in parts(app).items()}
        print(" ".join(f"{name.replace(' ', '_')}=" + (f"{v}_paragraphs" if isinstance(v, int) else f"{v:.1f}_MB")
                       for name, v in sizes.items()))
    print(hwm)

asyncio.run(main())
"""


VIEW_DRIVER = r"""
import asyncio, sys, time
from pathlib import Path
from dossier_tui.tui.app import DossierApp

async def main():
    app = DossierApp(Path(sys.argv[1]), remember=False)
    async with app.run_test(size=(140, 45)) as pilot:
        while any(w.is_running for w in app.workers):  # settled: indexing and warm-up done
            await app.workers.wait_for_complete()
            await pilot.pause()
        out = []
        for action in ("timeline", "figures", "events"):
            depth = len(app.screen_stack)
            drawn = asyncio.Event()
            t0 = time.perf_counter()
            getattr(app, f"action_{action}")()  # what the t, f and e keys do
            while len(app.screen_stack) == depth:
                await asyncio.sleep(0.002)
            app.screen.call_after_refresh(drawn.set)  # its first frame drawn
            await drawn.wait()
            out.append(time.perf_counter() - t0)
            app.pop_screen()
            await pilot.pause()
    print(" ".join(f"{t:.4f}" for t in out))

asyncio.run(main())
"""


def view_times(root: Path) -> list[float]:
    """Seconds from the t, f and e actions to their screens' first frame, in a fresh TUI
    once it has settled (the index checked, the views counted in the background: a key
    pressed before that also waits for the count, the "view data" row)."""
    out = bench_startup._run([sys.executable, "-c", VIEW_DRIVER, str(root)], "view-time driver")
    return [float(x) for x in out.split()[-3:]]


def tui_rss_mb(root: Path) -> tuple[float, str]:
    """Peak RSS of the TUI after 20 searches and 20 opens, and what its main parts hold then
    (Python objects reachable from each, counted once)."""
    out = bench_startup._run([sys.executable, "-c", RSS_DRIVER, str(root), *QUERY_WORDS], "RSS driver")
    lines = out.strip().splitlines()
    parts = ", ".join(f"{k} {v}".replace("_", " ") for k, v in (p.split("=") for p in lines[-2].split()))
    return int(lines[-1]) / 1024, parts


def overview_time(index) -> tuple[float, float, float] | None:
    """Seconds to count the timeline, figures and events views (what the TUI's warm-up
    does in the background once the index is ready)."""
    store = getattr(index, "mentions", None)
    if store is None:
        return None
    from dossier_tui.index import overview

    # the median of three: one run swings by 2x with what the process did just before
    return tuple(statistics.median(_timed(lambda count=count: count(store))[0] for _ in range(3))
                 for count in (overview.timeline, overview.figures, overview.event_summaries))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="articles (default 10,000)")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--dir", type=Path, default=None, help="where to write the corpus")
    parser.add_argument("--skip-tui", action="store_true", help="skip start-up and RSS (no TUI runs)")
    args = parser.parse_args(argv)

    cache = Path(tempfile.mkdtemp(prefix="bench-cache-"))
    os.environ["XDG_CACHE_HOME"] = str(cache)  # never touch the user's real index cache
    root = args.dir or Path(tempfile.gettempdir()) / f"dossier-bench-{args.n}"
    cores = os.cpu_count() or 1
    print(f"dossier-tui scale benchmark: {args.n} articles; {platform.processor() or platform.machine()}, "
          f"{cores} cores, Python {platform.python_version()}")
    corpus.write_dossier(root, args.n)
    work = Path(tempfile.mkdtemp(prefix="bench-work-")) / "dossier"
    shutil.copytree(root, work)
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(work.glob("*.txt"))]
    size_mb = sum(len(t.encode()) for _, t in texts) / 2**20
    print(f"  corpus: {len(texts)} files, {size_mb:.1f} MB in {work}\n")
    table = Table()
    try:
        seconds, index = build(work)
        ref = whoosh_default_build(texts, procs=min(cores, 4))
        fts, db = fts5_build(texts)
        table.add("full build, articles/s", f"{args.n / seconds:,.0f}",
                  f"Whoosh default analyzer {args.n / ref:,.0f}; SQLite FTS5 {args.n / fts:,.0f}")
        if getattr(index, "mentions", None) is not None:
            table.add("  (includes mention extraction)", "yes")
        gen = Path(index.location)
        on_disk = sum(f.stat().st_size for f in gen.rglob("*") if f.is_file()) / 2**20
        table.add("index on disk (Whoosh + mention store)", f"{on_disk:,.0f} MB",
                  f"{on_disk / size_mb:.1f}x the articles' {size_mb:,.0f} MB")
        from dossier_tui.index.loader import Article
        from dossier_tui.index.mentions import extract_mentions

        sample = [Article(p, t.split("\n", 1)[0], t, 0, len(t)) for p, t in texts[:2000]]
        seconds, found = _timed(lambda: [extract_mentions(a) for a in sample])
        per = sum(len(f.mentions) for f in found) / len(sample)
        table.add("mention extraction, articles/s (one core)", f"{len(sample) / seconds:,.0f}",
                  f"{per:.0f} mentions per article; stored with the index, never redone at start")
        from dossier_tui.index.layout import engine

        one = next(t for _, t in texts if len(t) >= 2000)[:2200]
        engine._layout.cache_clear()
        first, _ = _timed(lambda: engine.layout_text(one, (), 100, "app"))
        cached, _ = _timed(lambda: engine.layout_text(one, (), 100, "app"))
        table.add("layout of a 2.2 KB article at width 100", f"{first*1e3:.1f} / {cached*1e3:.2f} ms",
                  "first / cached")
        rng = random.Random(11)
        for count in (1, 10, 100):
            if count <= args.n:
                seconds, cpu, stages = incremental(work, count, rng)
                floor = stat_floor(work)
                table.add(f"incremental update, {count} changed", f"{seconds:.3f} s (CPU {cpu:.3f})",
                          f"{seconds / floor:.1f}x listing and stat-ing the folder ({floor*1e3:.0f} ms); "
                          + stages.line(seconds))
        from dossier_tui.index.loader import scan_dossier
        from dossier_tui.index.store import DossierIndex

        index = DossierIndex(scan_dossier(work))
        index.update()
        queries = _queries(args.queries)
        query_latency(index, queries[:10])  # warm caches, as a user's second query is
        lat = query_latency(index, queries)
        fts_times = []
        for q in queries:
            t0 = time.perf_counter()
            db.execute("SELECT path, snippet(docs, 1, '[', ']', '…', 12) FROM docs WHERE docs MATCH ? "
                       "ORDER BY rank LIMIT 20", (" ".join(f'"{w}"' for w in q.strip('"*').split()),)).fetchall()
            fts_times.append(time.perf_counter() - t0)
        table.add("query p50 / p95 / p99 (with snippets)",
                  f"{_pct(lat, 50)*1e3:.1f}/{_pct(lat, 95)*1e3:.1f}/{_pct(lat, 99)*1e3:.1f} ms",
                  f"FTS5 p95 {_pct(fts_times, 95)*1e3:.1f} ms")
        cold = query_latency(index, queries, uncached=True)
        table.add("  the same, nothing cached before each query",
                  f"{_pct(cold, 50)*1e3:.1f}/{_pct(cold, 95)*1e3:.1f}/{_pct(cold, 99)*1e3:.1f} ms",
                  "decoded postings and hit tokens dropped: a new word's first search")
        from dossier_tui.index.search import search

        wins = cold_wins = found_more = compared = 0
        rg_total = ours_total = 0.0
        for term in dict.fromkeys(QUERY_WORDS):
            rg = rg_files(term, work)
            if rg is None:
                break
            cold_wins += query_latency(index, [term], uncached=True)[0] < rg[0]
            t0 = time.perf_counter()
            result = search(index, term, limit=20)
            ours = time.perf_counter() - t0
            compared += 1
            wins += ours < rg[0]
            found_more += result.total >= rg[1]
            rg_total += rg[0]
            ours_total += ours
        if compared:
            table.add("vs ripgrep: faster (uncached) / found as many",
                      f"{wins}/{compared} ({cold_wins}/{compared}), {found_more}/{compared}",
                      f"total {ours_total*1e3:.0f} ms vs rg {rg_total*1e3:.0f} ms")
        else:
            table.add("vs ripgrep", "n/a", "rg is not installed")
        times = overview_time(index)
        if times:
            table.add("timeline / figures / events view data", " / ".join(f"{t*1e3:.0f}" for t in times) + " ms",
                      "median of 3, in the bench process")
        if not args.skip_tui:
            from dossier_tui.index.seeds import bundled_dossier

            rows = bench_startup.measure([str(work), str(bundled_dossier())], runs=3)
            table.add("cold start, warm index (this dossier)", f"{rows[1][1]:.2f} s",
                      f"{rows[1][2]:.2f}x import textual.app ({rows[0][1]:.2f} s)")
            table.add("cold start, warm index (seeds)", f"{rows[2][1]:.2f} s", f"{rows[2][2]:.2f}x")
            views, seed_views = view_times(work), view_times(bundled_dossier())
            table.add("timeline / figures / events drawn (settled)",
                      "/".join(f"{t*1e3:.0f}" for t in views) + " ms",
                      "seeds (fixed cost of a screen) " + "/".join(f"{t*1e3:.0f}" for t in seed_views) + " ms")
            rss, parts = tui_rss_mb(work)
            table.add("TUI peak RSS after 20 searches + 20 opens", f"{rss:.0f} MB")
            table.add("  held then, by part", "", parts)
        table.add("bench process peak RSS", f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    finally:
        shutil.rmtree(work.parent, ignore_errors=True)
        shutil.rmtree(cache, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
