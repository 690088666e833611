"""Broken plurals in search (issue 19, section 3), through the installed `dossier-tui search`
on a dossier the test writes: both directions, the word itself ranked above its other
number, --explain naming the expansion, and homographs the table must not join."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dossier_tui.index.arabic.plurals import partners, singular_of

FILES = {
    "city.txt": "خبر المدينة\nوصلت القوات إلى المدينة صباح الأحد.\n",
    "cities.txt": "خبر المدن\nانتشرت القوات في عدة مدن شمال البلاد.\n",
    "prisoner.txt": "خبر الأسير\nقال الأسير المحرر إن الظروف صعبة.\n",
    "prisoners.txt": "خبر الأسرى\nأفرج عن الأسرى بعد الاتفاق.\n",
    "state.txt": "خبر الدولة\nأعلنت الدولة عن خطة.\n",
    "states.txt": "خبر الدول\nاجتمع ممثلو الدول العربية.\n",
    "soldiers.txt": "خبر الجنود\nانسحب الجنود من الموقع.\n",
    "fighter.txt": "خبر المقاتل\nقال مقاتل في الفصيل إن الهجوم فشل.\n",
    "death.txt": "خبر الحادث\nأعلن عن مقتل خمسة أشخاص.\n",
    "algeria.txt": "خبر الزيارة\nزار الوزير الجزائر أمس.\n",
    "island.txt": "خبر السفينة\nرست السفينة قرب الجزيرة.\n",
    "parts.txt": "خبر الوباء\nانتشر الوباء في أنحاء البلاد.\n",
}


def _exe() -> str:
    exe = Path(sys.executable).parent / "dossier-tui"
    return str(exe) if exe.exists() else (shutil.which("dossier-tui") or "dossier-tui")


@pytest.fixture(scope="module")
def dossier(tmp_path_factory):
    root = tmp_path_factory.mktemp("plurals") / "dossier"
    root.mkdir()
    for name, text in FILES.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


def _search(dossier: Path, query: str, *extra: str) -> subprocess.CompletedProcess:
    proc = subprocess.run([_exe(), "-d", str(dossier), "search", query, *extra],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return proc


def _paths(dossier: Path, query: str) -> list[str]:
    return [h["path"] for h in json.loads(_search(dossier, query, "--json").stdout)["hits"]]


@pytest.mark.parametrize("query, own, other", [
    ("مدن", "cities.txt", "city.txt"),
    ("مدينة", "city.txt", "cities.txt"),
    ("المدينة", "city.txt", "cities.txt"),
    ("أسرى", "prisoners.txt", "prisoner.txt"),
    ("أسير", "prisoner.txt", "prisoners.txt"),
    ("دول", "states.txt", "state.txt"),
    ("الدولة", "state.txt", "states.txt"),
    ("جندي", None, "soldiers.txt"),
])
def test_a_broken_plural_finds_its_singular_and_back(dossier, query, own, other):
    paths = _paths(dossier, query)
    assert other in paths
    if own:  # the word itself first, its other number after
        assert paths.index(own) < paths.index(other), paths


@pytest.mark.parametrize("query, unrelated", [
    ("مقاتل", "death.txt"),     # مَقاتِل, plural of مَقتَل, is not مُقاتِل "fighter"
    ("مقتل", "fighter.txt"),
    ("جزيرة", "algeria.txt"),   # جزائر "islands" is الجزائر, Algeria, in the press
    ("الجزائر", "island.txt"),
    ("نحو", "parts.txt"),       # نحو "about" is no singular of أنحاء
])
def test_homographs_are_not_joined(dossier, query, unrelated):
    assert unrelated not in _paths(dossier, query)


def test_explain_names_the_expansion(dossier):
    out = _search(dossier, "مدن", "--explain").stdout
    line = next(x for x in out.splitlines() if x.strip().startswith("'مدن'"))
    assert "broken plural/singular مدينه" in line and "ranked below the word itself" in line


def test_json_matches_point_at_the_expanded_form(dossier):
    hits = json.loads(_search(dossier, "أسير", "--json").stdout)["hits"]
    other = next(h for h in hits if h["path"] == "prisoners.txt")
    assert {m["text"] for m in other["matches"]} == {"الأسرى"}


def test_singular_of_names_a_counted_noun():
    assert singular_of("جنود") == "جندي"
    assert singular_of("والمدن") == "مدينه"
    assert singular_of("قواعد") == "قاعده"
    assert singular_of("مدينة") is None and singular_of("مقاتل") is None
    assert partners("مقاتل") == () and "جزائر" not in partners("جزيره")
