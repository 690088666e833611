"""Logical order back from visual order (index/layout/logical.py), checked through the layout
engine itself: a line laid out by the engine and read back from its glyphs' x order is the
line it was."""

from __future__ import annotations

import pytest

from dossier_tui.index.layout.bidi import line_levels, resolve_levels, visual_order
from dossier_tui.index.layout.logical import logical_line

LINES = [
    "أعلنت الوزارة أن 2500 جندي سيغادرون",
    "قبل نهاية أيلول 2026، وأن الاتفاق",
    "قال المتحدث (باسم الحكومة) إن",
    "نسبة 25% من القوات",  # after Arabic letters digits are AN: the % is not theirs (W5)
    "بين 2025-2026 تقريبا",  # ... nor the dash (W4): two runs, as the engine lays them out
    "العدد 2,500 جندي",
    "نحو 1.5 مليون برميل",
    "بتاريخ 12/5/2026 الساعة 10:30",
    "في ١٢ أيار ٢٠٢٥",
    "هاتف iPhone 15 الجديد",  # W7: the number after a Latin word is Latin
    "وكالة Reuters للأنباء",
    "بين Biden و Trump في 2024",
    "Agence France-Presse (AFP) قالت",
    "2025-2026 موعد",
    "The base عين الأسد closes",
    "The plan for 2026 says عين الأسد 2500 troops leave",
    "plain English, 42 words.",
    "عربي فقط بلا أرقام",
]


def _visual(line: str) -> list[str]:
    levels, base = resolve_levels(line)
    return [line[i] for i in visual_order(line_levels(line, levels, base, 0, len(line)))]


@pytest.mark.parametrize("line", LINES)
def test_a_line_laid_out_by_the_engine_reads_back_as_it_was(line):
    assert logical_line(_visual(line)) == line


def test_a_ligature_glyph_keeps_its_letters_in_order():
    # one glyph standing for لا (ToUnicode gives the letters in logical order)
    visual = list(reversed(["ق", "ا", "ل", " ", "لا", " ", "ب", "د"]))
    assert logical_line(visual) == "قال لا بد"
