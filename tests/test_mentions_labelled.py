"""Precision and recall over a hand-labelled article written for the tests (not the seeds)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from dossier_tui.index.loader import load_dossier
from dossier_tui.index.mentions import extract_mentions

DATA = Path(__file__).parent / "data" / "mentions"


def test_precision_and_recall_on_the_labelled_article(make_dossier):
    gold_doc = json.loads((DATA / "labelled.json").read_text(encoding="utf-8"))
    text = (DATA / "labelled.txt").read_text(encoding="utf-8")
    article = load_dossier(make_dossier({"labelled.txt": text})).articles[0]
    found = extract_mentions(article)
    assert found.date == gold_doc["article_date"]
    gold = Counter(tuple(m) for m in gold_doc["mentions"])
    got = Counter((m.kind, m.text, m.key) for m in found.mentions)
    for m in found.mentions:
        assert article.text[m.start:m.end] == m.text
    hits = sum((gold & got).values())
    precision, recall = hits / sum(got.values()), hits / sum(gold.values())
    missing = sorted((gold - got).elements())
    extra = sorted((got - gold).elements())
    assert len(gold_doc["mentions"]) >= 60
    assert precision >= 0.95 and recall >= 0.95, (precision, recall, missing, extra)
