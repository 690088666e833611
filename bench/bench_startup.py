"""Cold start to the first usable frame, as a ratio to a bare `import textual.app`.

"Usable" means the result list is drawn and its articles can be opened and read (their
mentions included); with a warm index that list comes from the index's mention store
while the files are checked for changes, and search opens a moment later. Both are
timed from launch to the moment the process reports it (frame drawn, import done), the
median of several fresh processes, in the same run so the ratio holds on any machine.

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
from pathlib import Path
from dossier_tui.tui.app import DossierApp

class Timed(DossierApp):
    stamp = None

    def _first_frame(self):
        Timed.stamp = time.time()
        self.exit()

app = Timed(Path(sys.argv[1]), remember=False)
app.run(headless=True, size=(120, 40))
print(Timed.stamp)
"""
REFERENCE = "import textual.app, time; print(time.time())"


class ChildFailed(RuntimeError):
    """A measured process failed: carries its exit status and the end of its stderr, so a
    bench run that dies says why instead of a bare CalledProcessError."""


def _run(argv: list[str], what: str) -> str:
    proc = subprocess.run(argv, capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"})
    if proc.returncode != 0:
        tail = "\n".join(proc.stderr.strip().splitlines()[-25:]) or "(no stderr)"
        raise ChildFailed(f"{what} exited {proc.returncode}:\n{tail}")
    return proc.stdout


def _until_stamp(argv: list[str]) -> float:
    """Seconds from launching ``argv`` to the moment it prints (the frame is drawn, the
    import is done): background work still finishing after that is not the user's wait."""
    t0 = time.time()
    out = _run(argv, "start-up driver")
    return float(out.split()[-1]) - t0


def warm(d: str) -> None:
    """Build the index to completion with the CLI first: a reader started on a cold index
    and closed at its first frame cancels the build it began, which on a loaded machine
    could fail the warm-up (bench_scale --n 2000 once died there)."""
    _run([sys.executable, "-m", "dossier_tui", "index", "-d", d], f"dossier-tui index -d {d}")
    _until_stamp([sys.executable, "-c", DRIVER, d])  # and the reader's own first start


def measure(dirs: list[str], runs: int) -> list[tuple[str, float, float]]:
    ref = statistics.median(_until_stamp([sys.executable, "-c", REFERENCE]) for _ in range(runs))
    rows = [("python -c 'import textual.app'", ref, 1.0)]
    for d in dirs:
        warm(d)  # we measure a warm start
        t = statistics.median(_until_stamp([sys.executable, "-c", DRIVER, d]) for _ in range(runs))
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
    try:
        rows = measure(args.dirs, args.runs)
    except ChildFailed as exc:
        raise SystemExit(f"bench_startup: {exc}") from None
    for name, seconds, ratio in rows:
        print(f"{name[-60:]:<60} {seconds:8.3f} {ratio:6.2f}")


if __name__ == "__main__":
    main()
