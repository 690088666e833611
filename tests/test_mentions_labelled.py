"""Precision and recall over hand-labelled articles written for the tests (not the seeds),
each in a different outlet's style."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from dossier_tui.index.loader import load_dossier
from dossier_tui.index.mentions import extract_mentions

DATA = Path(__file__).parent / "data" / "mentions"


@pytest.mark.parametrize("name, least", [("labelled", 60), ("labelled_maghreb_gulf", 40)])
def test_precision_and_recall_on_the_labelled_article(make_dossier, name, least):
    gold_doc = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    text = (DATA / f"{name}.txt").read_text(encoding="utf-8")
    article = load_dossier(make_dossier({f"{name}.txt": text})).articles[0]
    found = extract_mentions(article)
    assert found.date == gold_doc["article_date"]
    gold = Counter(tuple(m) for m in gold_doc["mentions"])
    # these articles label dates, figures and gazetteer entities, not who said what
    counted = [m for m in found.mentions if m.kind != "quote" and not m.why.startswith("a person")]
    got = Counter((m.kind, m.text, m.key) for m in counted)
    for m in found.mentions:
        assert article.text[m.start:m.end] == m.text
    hits = sum((gold & got).values())
    precision, recall = hits / sum(got.values()), hits / sum(gold.values())
    missing = sorted((gold - got).elements())
    extra = sorted((got - gold).elements())
    assert len(gold_doc["mentions"]) >= least
    assert precision >= 0.95 and recall >= 0.95, (precision, recall, missing, extra)
