"""fold_spelling keys names (entities, speakers) and the scorer: one spelling per word,
whichever variant an outlet writes, and a key folded again stays the same key."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dossier_tui.index.arabic.normalize import normalize
from dossier_tui.index.arabic.variants import fold_spelling

ROOT = Path(__file__).resolve().parent.parent

# spellings outlets use for one word, written by hand: each row folds to one key
SAME = [
    ("الاستراتيجية", "الإستراتيجية", "الستراتيجية"),
    ("استراتيجي", "ستراتيجي"),
    ("هيئة الأركان", "هيأة الأركان"),
    ("الهيئة", "الهيأة"),
    ("المسؤول", "المسئول"),
    ("الشؤون", "الشئون"),
    ("القوات الأميركية", "القوات الأمريكية"),
    ("الميليشيات", "المليشيات"),
    ("ميليشيا", "مليشيا"),
    ("البنتاغون", "البنتاجون"),
    ("واشنطن", "واشنطون"),
]

# words that only look like a side of a pair: folding leaves them as normalised
UNTOUCHED = ["انهيار", "هيا بنا", "تهيأت الظروف", "الهيام"]


@pytest.mark.parametrize("spellings", SAME)
def test_variants_fold_to_one_key(spellings):
    keys = {fold_spelling(s) for s in spellings}
    assert len(keys) == 1, keys


@pytest.mark.parametrize("word", UNTOUCHED)
def test_a_pair_inside_another_word_is_left_alone(word):
    assert fold_spelling(word) == normalize(word).lower()


def _vocabulary() -> set[str]:
    words: set[str] = set()
    files = [*ROOT.joinpath("seeds").glob("*"), *ROOT.joinpath("tests/data/corpus/dev").glob("*.txt")]
    for path in files:
        if path.is_file():
            tokens = re.findall(r"\w+", path.read_text(encoding="utf-8", errors="replace"))
            words.update(tokens)
            words.update(f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False))
    return words


def test_folding_a_folded_key_changes_nothing():
    vocabulary = _vocabulary()
    assert len(vocabulary) > 10_000
    moved = sorted(w for w in vocabulary if fold_spelling(fold_spelling(w)) != fold_spelling(w))
    assert moved == []


@pytest.mark.parametrize(("word", "other"), [
    ("استراتيجيه", "ستراتيجيه"), ("ستراتيجيه", "استراتيجيه"), ("الامريكيه", "الاميركيه"), ("مسئول", "مسؤول"),
])
def test_search_variants_are_the_other_spelling_and_no_invented_word(word, other):
    from dossier_tui.index.arabic.variants import variants_of

    found = variants_of(word)
    assert other in found
    assert all(fold_spelling(v) == fold_spelling(word) for v in found)  # never ااستراتيجيه
