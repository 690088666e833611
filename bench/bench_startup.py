"""Cold start to the first usable frame, as a ratio to a bare `import textual.app`.

"Usable" means the dossier is loaded, its index is open and the result list shows the
articles. Each figure is the median of several fresh processes (import caches of the
OS warm, Python's not), measured in the same run as the reference so the ratio holds
on any machine.

    python bench/bench_startup.py [DIR ...] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

DRIVER = r"""
import sys, time
t0 = time.perf_counter()
from pathlib import Path
from dossier_tui.tui.app import DossierApp

class Timed(DossierApp):
    def _index_ready(self, *args):
        super()._index_ready(*args)
        self.call_after_refresh(self.exit)

app = Timed(Path(sys.argv[1]), remember=False)
app.run(headless=True, size=(120, 40))
print(time.perf_counter() - t0)
"""


def _wall(argv: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, env={**os.environ, "NO_COLOR": "1"})
    return time.perf_counter() - t0


def measure(dirs: list[str], runs: int) -> list[tuple[str, float, float]]:
    ref = statistics.median(_wall([sys.executable, "-c", "import textual.app"]) for _ in range(runs))
    rows = [("python -c 'import textual.app'", ref, 1.0)]
    for d in dirs:
        _wall([sys.executable, "-c", DRIVER, d])  # warm the index: we measure a warm start
        t = statistics.median(_wall([sys.executable, "-c", DRIVER, d]) for _ in range(runs))
        rows.append((f"dossier-tui {d}", t, t / ref))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not args.dirs:
        from dossier_tui.index.seeds import bundled_dossier

        args.dirs = [str(bundled_dossier())]
    print(f"{'start-up':<60} {'seconds':>8} {'ratio':>6}")
    for name, seconds, ratio in measure(args.dirs, args.runs):
        print(f"{name[-60:]:<60} {seconds:8.3f} {ratio:6.2f}")


if __name__ == "__main__":
    main()
