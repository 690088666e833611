"""The layout engine against Unicode's conformance data, GNU FriBidi, goldens from the seeds,
and properties over random mixed text."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from wcwidth import wcswidth

from dossier_tui.cli import main
from dossier_tui.index.layout.bidi import EXPLICIT, bidi_class, line_levels, resolve_levels, visual_order
from dossier_tui.index.layout.engine import is_arabic_text, layout_paragraph, layout_text
from dossier_tui.index.loader import load_dossier

BIDI_TEST = Path("/usr/share/unicode/BidiCharacterTest.txt")
FRIBIDI = shutil.which("fribidi")


@pytest.mark.skipif(not BIDI_TEST.exists(), reason="BidiCharacterTest.txt missing (apt-get install unicode-data)")
def test_bidi_character_test_conformance():
    total = passed = levels_ok = 0
    for line in BIDI_TEST.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        fields = line.split(";")
        text = "".join(chr(int(c, 16)) for c in fields[0].split())
        if any(bidi_class(c) in EXPLICIT for c in text):
            continue  # cases with explicit formatting characters are out of scope (stripped at load)
        direction = int(fields[1])
        levels, base = resolve_levels(text, None if direction == 2 else direction)
        resolved = line_levels(text, levels, base, 0, len(text))
        keep = [i for i in range(len(text)) if levels[i] is not None]
        order = [keep[k] for k in visual_order([resolved[i] for i in keep])]
        total += 1
        passed += order == [int(x) for x in fields[4].split()]
        levels_ok += ["x" if levels[i] is None else str(resolved[i]) for i in range(len(text))] == fields[3].split()
    print(f"BidiCharacterTest: {passed}/{total} orders, {levels_ok}/{total} levels")
    assert total > 90_000
    assert passed / total >= 0.999 and levels_ok / total >= 0.999


def _fribidi(paragraph: str, rtl: bool, width: int = 100_000, wrap: bool = False) -> list[str]:
    argv = [FRIBIDI, "--nopad", "--charset", "UTF-8", "--width", str(width)]
    argv += [] if wrap else ["--nobreak"]
    argv += ["--wrtl"] if rtl else []
    out = subprocess.run(argv, input=paragraph, capture_output=True, text=True, check=True).stdout
    # FriBidi keeps a lam-alef ligature two slots wide with a U+FEFF after it
    return [unicodedata.normalize("NFKC", x.replace("\ufeff", "")).strip() for x in out.split("\n") if x.strip()]


@pytest.mark.skipif(FRIBIDI is None, reason="GNU FriBidi's fribidi command missing (apt-get install libfribidi-bin)")
def test_every_seed_paragraph_matches_fribidi(seeds):
    compared = 0
    for article in load_dossier(seeds).articles:
        rtl = is_arabic_text(article.text)
        for paragraph in article.text.split("\n"):
            if not paragraph.strip():
                continue
            ours = "".join(line.text.strip() for line in layout_paragraph(paragraph, (), 100_000, "app", rtl))
            assert unicodedata.normalize("NFKC", ours) == "".join(_fribidi(paragraph, rtl)), paragraph[:60]
            compared += 1
    assert compared > 100


@pytest.mark.skipif(FRIBIDI is None, reason="GNU FriBidi's fribidi command missing (apt-get install libfribidi-bin)")
def test_show_004_at_width_100_matches_fribidi_where_both_wrap_alike(capsys, seeds):
    """FriBidi's command wraps the *visual* string (it splits words), so lines are compared
    where both give one line, and every paragraph is compared unwrapped above."""
    article = load_dossier(seeds).article("004_c19a34fae10a2c98.txt")
    assert main(["show", "004_c19a34fae10a2c98.txt", "--width", "100"]) == 0
    shown = capsys.readouterr().out.splitlines()
    assert all(wcswidth(line) <= 100 and line == line.rstrip() for line in shown)
    letters = Counter(c for c in article.text if c.isalpha())
    drawn = Counter(c for c in unicodedata.normalize("NFKC", "\n".join(shown)) if c.isalpha())
    assert drawn == letters  # every letter of the article is on screen, nothing else
    single = 0
    for paragraph in article.text.split("\n"):
        if not paragraph.strip():
            continue
        ours = [unicodedata.normalize("NFKC", x.text).strip()
                for x in layout_paragraph(paragraph, (), 100, "app", True)]
        theirs = _fribidi(paragraph, True, 100, wrap=True)
        if len(ours) == len(theirs) == 1:
            assert ours == theirs
            single += 1
    assert single >= 3


def _lines(text: str, width: int = 100, mode: str = "app") -> list[str]:
    return [line.text for line in layout_text(text, (), width, mode)]


def test_golden_brackets_are_mirrored_in_rtl(seeds):
    articles = load_dossier(seeds).articles
    shown = "\n".join(_lines(articles[4].text))
    assert "(ﺯﺮﺘﻳﻭﺭ)" in shown  # (رويترز): the opening bracket is on the right of the word
    shown3 = "\n".join(_lines(articles[3].text))
    assert "(ﻥﻮﺟﺎﺘﻨﺒﻟﺍ)" in shown3


def test_golden_numbers_and_latin_keep_their_order(seeds):
    articles = load_dossier(seeds).articles
    text0 = "\n".join(_lines(articles[0].text))
    assert "2500" in text0 and "0052" not in text0
    latin = [ln for ln in _lines(articles[4].text) if "Lieutenant" in ln][0]
    assert latin.startswith("Lieutenant-General Abdul Amir al-Shammari")  # LTR, not right-aligned
    mixed = layout_paragraph("قال مسؤول في U.S. Army إن 2,500 جندي", (), 80, "app", True)[0].text
    assert "U.S. Army" in mixed and "2,500" in mixed


def test_rtl_lines_are_right_aligned_and_terminal_mode_is_logical():
    text = "بغداد – أعلن العراق نهاية الدور القتالي"
    app = layout_paragraph(text, (), 60, "app", True)[0]
    assert app.rtl and app.text.startswith(" ") and wcswidth(app.text) == 60
    term = layout_paragraph(text, (), 60, "terminal", True)[0]
    assert term.text == text  # logical, unshaped: the terminal does its own bidi


def test_lam_alef_and_harakat_keep_an_exact_map():
    text = "لا إلهَ إلّا الله"
    line = layout_paragraph(text, (), 40, "app", True)[0]
    columns = dict(line.columns)
    assert set(columns) == set(range(len(text)))
    assert "\ufefb" in line.text  # لا as one ligature cell
    lam = text.index("ل")
    assert columns[lam] == columns[lam + 1]  # the alef folded into the lam's cell
    fatha = text.index("\u064e")
    assert columns[fatha] == columns[fatha - 1]  # a haraka sits on its letter's cell
    visual = line.text.lstrip()
    assert visual[visual.index("\u064e") - 1] in "\ufee9\ufeea\ufeeb\ufeec"  # after its heh (L3)


def test_explicit_controls_cannot_reorder_or_hide():
    spoof = "abc\u202edef\u202c ghi \u2067xyz"
    line = layout_paragraph(spoof, (), 80, "app", False)[0]
    assert line.text == "abcdef ghi xyz"


def test_highlight_spans_land_on_their_glyphs():
    text = "انسحاب 2500 جندي من عين الأسد (رويترز)"
    start = text.index("عين")
    line = layout_paragraph(text, ((start, start + len("عين الأسد"), "entity"),), 80, "app", True)[0]
    styled = "".join(t for t, s in line.runs if s == "entity")
    assert sorted(unicodedata.normalize("NFKC", styled).replace(" ", "")) == sorted("عينالأسد")


ALPHABET = st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويةىءأإآ") + list("abcXYZ")
                           + list("0123456789٠١٢٣") + list(" ()[]«».,،-/%") + ["\u064e", "\u0651", "\u0640"])


@settings(max_examples=300, deadline=None)
@given(text=st.text(ALPHABET, min_size=1, max_size=120), width=st.integers(8, 60),
       mode=st.sampled_from(["app", "terminal"]))
def test_properties(text, width, mode):
    text = text.strip() or "ا"
    start, end = sorted((len(text) // 3, len(text) // 2 + 1))
    lines = layout_paragraph(text, ((start, end, "hit"),), width, mode, True)
    seen = []
    for line in lines:
        assert wcswidth(line.text) <= width  # every line fits
        seen.extend(i for i, _ in line.columns)
        for _, col in line.columns:
            assert 0 <= col <= width
    assert sorted(seen) == list(range(len(text)))  # every offset is placed exactly once
    drawn = unicodedata.normalize("NFKC", "".join(ln.text for ln in lines))
    letters = Counter(c for c in unicodedata.normalize("NFKC", text) if c.isalpha())
    assert Counter(c for c in drawn if c.isalpha()) == letters  # base letters preserved
    hit = "".join(t for line in lines for t, s in line.runs if s == "hit")
    want = Counter(c for c in unicodedata.normalize("NFKC", text[start:end]) if c.isalpha())
    assert Counter(c for c in unicodedata.normalize("NFKC", hit) if c.isalpha()) == want


@given(text=st.text(st.sampled_from(list("abc XYZ 0123 .,-()")), min_size=1, max_size=60))
def test_ltr_only_text_is_unchanged(text):
    text = " ".join(text.split()) or "a"
    lines = layout_paragraph(text, (), 200, "app", False)
    assert lines[0].text == text


def test_cell_widths_agree_with_wcwidth_where_the_engine_answers_itself():
    """The engine answers ASCII, Latin-1, punctuation and Arabic widths without wcwidth
    (start-up): every such
    answer must be wcwidth's, or lines would be padded off by a cell."""
    from wcwidth import wcwidth

    from dossier_tui.index.layout.engine import _KNOWN_BLOCKS, _char_cells

    chars = [chr(o) for o in range(0x20, 0x7F)]
    chars += [chr(o) for lo, hi in _KNOWN_BLOCKS for o in range(lo, hi + 1)]
    chars += ["\u00e9", "\u4e2d", "\u200f", "\ufeff", "\u0300"]  # the wcwidth path too
    expected = {c: 1 if wcwidth(c) < 0 else wcwidth(c) for c in chars}
    assert {hex(ord(c)): _char_cells(c) for c in chars if _char_cells(c) != expected[c]} == {}
    assert expected["\u0651"] == 0 and expected["\u0628"] == 1  # a shadda, a beh: both kinds met
