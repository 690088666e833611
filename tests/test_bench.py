"""The scale benchmark runs end to end on a small corpus, so it cannot rot (figures are
printed, never asserted: speed targets live in the benchmark, not in tests)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench" / "bench_scale.py"


def test_bench_scale_runs_at_300_articles(tmp_path):
    proc = subprocess.run([sys.executable, str(BENCH), "--n", "300", "--queries", "40",
                           "--dir", str(tmp_path / "corpus")],
                          capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = proc.stdout
    for row in ("full build, articles/s", "incremental update, 100 changed", "query p50 / p95 / p99",
                "nothing cached before each query",
                "cold start, warm index (seeds)", "TUI peak RSS", "timeline / figures / events view data",
                "timeline / figures / events drawn (settled)",
                "mention extraction"):
        assert row in out, (row, out)


def test_a_failing_startup_driver_says_why(tmp_path):
    """A start-up measurement that dies prints the child's stderr, not a bare status."""
    sys.path.insert(0, str(BENCH.parent))
    import bench_startup

    try:
        bench_startup._run([sys.executable, "-c", "import sys; sys.stderr.write('boom: no index\\n'); sys.exit(3)"],
                           "start-up driver")
    except bench_startup.ChildFailed as exc:
        assert "exited 3" in str(exc) and "boom: no index" in str(exc)
    else:
        raise AssertionError("a failing child was not reported")
    missing = tmp_path / "missing"
    proc = subprocess.run([sys.executable, str(BENCH.parent / "bench_startup.py"), str(missing), "--runs", "1"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0 and "bench_startup: dossier-tui index" in proc.stderr
    assert "Traceback" not in proc.stderr
