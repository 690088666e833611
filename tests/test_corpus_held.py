"""Floors on the held split of the blind corpus: articles no rule was written or debugged
against (tests/data/corpus/README.md). A drop below a floor is a regression on unseen text;
raise the floors when the rules improve, never lower them to pass."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import score_corpus  # noqa: E402

FLOORS = {"article_date": 0.80, "date_value": 0.80, "figure_all": 0.70, "figure_precision": 0.86,
          "date_precision": 0.90}
CEILINGS = {"false_per_article": 1.4}


@pytest.fixture(scope="module")
def held():
    return score_corpus.score_split("held", keep_errors=False)


def test_the_held_split_is_there_and_every_label_is_located(held):
    assert held.articles >= 15 and held.unlocated == 0
    assert held.errors == []  # held errors are never collected, so never read


@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_held_floor(held, measure):
    assert held.ratios()[measure] >= FLOORS[measure], held.ratios()


@pytest.mark.parametrize("measure", sorted(CEILINGS))
def test_held_ceiling(held, measure):
    assert held.ratios()[measure] <= CEILINGS[measure], held.ratios()
