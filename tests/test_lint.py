"""The linters configured in pyproject.toml, run on the checkout as the suite runs.

ruff must be clean. mypy may still report type errors where Whoosh and the other
untyped libraries leave it guessing, but never an unresolved import of the project's
own modules: that is what broke jump-to-definition and `mypy tui/reader.py` before
dossier_tui became one real package. Both run through this interpreter (the venv's), from
the repo root, so pyproject.toml's settings apply.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _run(module: str, *args: str) -> subprocess.CompletedProcess:
    if importlib.util.find_spec(module) is None:
        pytest.skip(f"{module} is not installed (pip install '.[test]' installs it)")
    return subprocess.run([sys.executable, "-m", module, *args], cwd=REPO, capture_output=True,
                          text=True, timeout=600)


def test_ruff_is_clean():
    done = _run("ruff", "check", "--no-cache", ".")
    assert done.returncode == 0, f"ruff check . found problems:\n{done.stdout}{done.stderr}"


# "Cannot find implementation or library stub for module named 'dossier_tui.x'"
# [import-not-found], "... module is installed, but missing library stubs" [import-untyped],
# and 'Module "dossier_tui.index" has no attribute "x"' from a from-import of a name that is not there.
_UNRESOLVED = re.compile(r'(\[import-(?:not-found|untyped)\]|Module "dossier_tui[\w.]*" has no attribute)')


def test_mypy_resolves_every_import_of_the_project(tmp_path):
    done = _run("mypy", "--cache-dir", str(tmp_path / "mypy-cache"))
    out = done.stdout + done.stderr
    assert done.returncode in (0, 1) and re.search(r"^(Success|Found \d+ errors?)", out, re.M), \
        f"mypy did not run to the end:\n{out}"
    unresolved = [line for line in out.splitlines()
                  if _UNRESOLVED.search(line) and "dossier_tui" in line]
    assert not unresolved, "mypy cannot resolve the project's own imports:\n" + "\n".join(unresolved)


def test_mypy_is_configured_to_report_unresolved_project_imports(tmp_path):
    """The check above means something: a missing project module is reported, not
    silenced by ignore_missing_imports (which the untyped libraries need)."""
    probe = tmp_path / "probe.py"
    probe.write_text("import dossier_tui.no_such_module\nfrom dossier_tui.index import no_such_name\n",
                     encoding="utf-8")
    done = _run("mypy", "--cache-dir", str(tmp_path / "mypy-cache"), str(probe))
    # not found, or (beside a non-editable install, which has no py.typed) found untyped
    assert any(_UNRESOLVED.search(line) and "dossier_tui.no_such_module" in line
               for line in done.stdout.splitlines()), done.stdout
    assert 'Module "dossier_tui.index" has no attribute "no_such_name"' in done.stdout, done.stdout
