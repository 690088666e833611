"""Hostile sizes: a 1 MB single-line article and a 50 MB file, against the seeds.

Each figure is a ratio to the same measurement on the bundled seeds in the same run, so
it holds on any machine (issue 18's targets: first frame <= 3x the seeds' start, peak
RSS <= 250 MB, each frame of opening and scrolling the huge article <= 50 ms).

    python bench/bench_hostile.py            # about two minutes: the index build dominates
    python bench/bench_hostile.py --words 50000

A frame is timed from the key to the moment the screen has been redrawn (Textual's
call_after_refresh), with the reader idle for 0.4 s before each key as a reader is; the
longest stall of the event loop is what a 5 ms ticker saw between two of its turns.
The key is posted to the app and each of the app, screen and widget let run what it was
sent; not pilot.press, which also waits until the process is idle (at least 20 ms, and
as long as the reader lays out the next screenful in the background): the seeds measured
64 ms a key that way, so no frame could meet the 50 ms target. That figure is still
printed ("until idle"), and background work that blocks a key shows in the stall.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_startup  # noqa: E402  (bench/ is not a package)

WORDS = ("الأنبار التحالف الدولي قاعدة عين الأسد انسحاب بغداد سبتمبر 2025 الحشد مستشار "
         "وزارة الدفاع البنتاغون أيلول coalition").split()
NORMAL = "عنوان عادي\nانسحاب التحالف الدولي من قاعدة عين الأسد في الأنبار بحلول سبتمبر 2025\n"

READER_DRIVER = r"""
import asyncio, statistics, sys, time
from pathlib import Path
from textual import events
from textual._wait import wait_for_idle
from dossier_tui.tui.app import DossierApp

async def main():
    app = DossierApp(Path(sys.argv[1]), remember=False)
    async with app.run_test(size=(140, 45)) as pilot:
        while any(w.is_running for w in app.workers):
            await app.workers.wait_for_complete()
            await pilot.pause()
        gaps, idle, stop = [], [], False

        async def ticker():
            last = time.perf_counter()
            while not stop:
                await asyncio.sleep(0.005)
                now = time.perf_counter()
                gaps.append(now - last)
                last = now

        async def frame(key):
            await asyncio.sleep(0.4)
            t0 = time.perf_counter()
            event = events.Key(key, key if len(key) == 1 else None)
            event.set_sender(app)
            app.post_message(event)  # what the driver does, without its hop between threads
            for _ in range(3):  # the app, the screen, the widget: each has run what it was sent
                await pilot._wait_for_screen()
            drawn = asyncio.Event()
            app.screen.call_after_refresh(drawn.set)
            await drawn.wait()
            t1 = time.perf_counter()
            await wait_for_idle(0)  # what pilot.press waits for: >= 20 ms, more while work runs
            idle.append(time.perf_counter() - t0)
            return t1 - t0

        tick = asyncio.create_task(ticker())
        results = app.query_one("#results")
        results.focus()
        results.highlighted = results.get_option_index(sys.argv[2])
        opened = await frame("enter")
        await app.workers.wait_for_complete()  # its mentions, for a long article
        await pilot.pause()
        keys = ["space"] * 10 + ["G", "pageup", "pageup", "g", "]", "]"]
        frames = [await frame(k) for k in keys]
        stop = True
        await tick
    hwm = [l for l in open("/proc/self/status") if l.startswith("VmHWM:")][0].split()[1]
    print(opened, max(frames), statistics.median(frames), max(gaps), int(hwm) / 1024,
          statistics.median(idle[1:]))

asyncio.run(main())
"""


def write_hostile(root: Path, words: int, big_mb: int) -> tuple[Path, Path]:
    rng = random.Random(18)
    line = root / "line"
    line.mkdir(parents=True, exist_ok=True)
    (line / "normal.txt").write_text(NORMAL, encoding="utf-8")
    (line / "huge.txt").write_text(" ".join(rng.choice(WORDS) for _ in range(words)) + "\nسطر ثان\n",
                                   encoding="utf-8")
    big = root / "big"
    big.mkdir(parents=True, exist_ok=True)
    (big / "normal.txt").write_text(NORMAL, encoding="utf-8")
    with open(big / "dump.txt", "w", encoding="utf-8") as fh:
        fh.write("عنوان الملف الكبير\n")
        paragraph = " ".join(rng.choice(WORDS) for _ in range(80)) + "\n"
        for _ in range(big_mb * 2**20 // len(paragraph.encode())):
            fh.write(paragraph)
    return line, big


def reader(root: Path, article: str) -> list[float]:
    out = bench_startup._run([sys.executable, "-c", READER_DRIVER, str(root), article], "reader driver")
    return [float(x) for x in out.split()[-6:]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=200_000, help="words on the huge line")
    parser.add_argument("--big-mb", type=int, default=50, help="size of the big file")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    cache = Path(tempfile.mkdtemp(prefix="bench-cache-"))
    os.environ["XDG_CACHE_HOME"] = str(cache)
    work = Path(tempfile.mkdtemp(prefix="bench-hostile-"))
    try:
        from dossier_tui.index.seeds import bundled_dossier

        seeds = str(bundled_dossier())
        line, big = write_hostile(work, args.words, args.big_mb)
        size = (line / "huge.txt").stat().st_size / 2**20
        print(f"hostile bench: a {size:.1f} MB line ({args.words:,} words), a {args.big_mb} MB file")
        rows = bench_startup.measure([seeds, str(line), str(big)], runs=args.runs)
        seed_start = rows[1][1]
        print(f"  {'warm start, seeds':<44} {seed_start:7.2f} s")
        for name, (_, t, _) in (("warm start, 1 MB line", rows[2]), (f"warm start, {args.big_mb} MB file", rows[3])):
            print(f"  {name:<44} {t:7.2f} s  {t / seed_start:5.2f}x seeds (target <= 3x)")
        seed_article = sorted(p.name for p in Path(seeds).glob("*.txt"))[0]
        base = reader(Path(seeds), seed_article)
        huge = reader(line, "huge.txt")
        print(f"  {'open the article, to its first frame':<44} {huge[0]*1e3:7.0f} ms  "
              f"{huge[0] / base[0]:5.2f}x a seeds article ({base[0]*1e3:.0f} ms)")
        print(f"  {'scroll frames, worst / median':<44} {huge[1]*1e3:4.0f}/{huge[2]*1e3:.0f} ms  "
              f"seeds {base[1]*1e3:.0f}/{base[2]*1e3:.0f} ms (target <= 50 ms)")
        print(f"  {'  the same keys until idle (pilot.press), median':<44} {huge[5]*1e3:7.0f} ms  "
              f"seeds {base[5]*1e3:.0f} ms (waits >= 20 ms for idle, and for prefetch)")
        print(f"  {'longest event-loop stall':<44} {huge[3]*1e3:7.0f} ms  seeds {base[3]*1e3:.0f} ms")
        print(f"  {'reader peak RSS':<44} {huge[4]:7.0f} MB  seeds {base[4]:.0f} MB (target <= 250 MB)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(cache, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
