"""The examples in index/arabic's docstrings, run as tests: they document by example, so
they must stay true.

Why not ``--doctest-modules``: pointed at ``index/arabic`` it imports a second copy of the
code as a top-level ``index`` package; pointed at ``dossier_tui/index/arabic`` it puts the
checkout on ``sys.path`` and every later test imports the checkout instead of the
installed package the suite is meant to test. Here the installed modules are read, and
each docstring is one test, collected once.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import dossier_tui.index.arabic as arabic

MODULES = [importlib.import_module(f"{arabic.__name__}.{m.name}") for m in pkgutil.iter_modules(arabic.__path__)]
FINDER = doctest.DocTestFinder()
CASES = {t.name: t for module in MODULES for t in FINDER.find(module) if t.examples}


@pytest.mark.parametrize("name", sorted(CASES))
def test_docstring_examples(name):
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    out: list[str] = []
    result = runner.run(CASES[name], out=out.append, clear_globs=False)
    assert result.failed == 0, "".join(out)


def test_the_small_pure_functions_have_examples():
    documented = {name.rsplit(".", 1)[1] for name in CASES}
    assert {"normal_form", "stem_word", "fold_months", "exact_words", "light_stem", "normalize",
            "normalize_with_map", "month_at"} <= documented
