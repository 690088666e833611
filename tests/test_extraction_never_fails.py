"""An article that stops anywhere (a truncated scrape, a live blog cut mid-line) is read
without error, and an extractor bug on one article costs that article its marks, never
the dossier its index: the rest is indexed and the failure is one warning."""

from __future__ import annotations

import pytest

from dossier_tui.index.loader import Article, scan_dossier
from dossier_tui.index.mentions import extract_mentions
from dossier_tui.index.mentions.tokens import tokenize


def _article(text: str) -> Article:
    return Article("cut.txt", text.split("\n", 1)[0], text, 0, len(text))


def test_every_seed_article_cut_after_any_word_is_read(seeds):
    """Rules read on after their trigger word (a verb's statement, a weekday's date): the
    text's end must stop them, wherever it falls."""
    for path in sorted(seeds.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for tok in tokenize(text):
            cut = text[:tok.end]
            extract_mentions(_article(cut))  # raises on the old rules (IndexError, AttributeError)


@pytest.mark.parametrize("ending", [
    "وقال إنه طالب",  # a speech verb as the last word, its object read on
    "أعلنت الهيئة في بيان",
    "وورد في التقرير أن",  # a statement that would start past the end
    "وأكد الناطق: «",  # an opening quotation mark, nothing quoted
    "وأضاف: “",
    "تقرر عقد الجلسة يوم الأربعاء الموافق",  # a weekday and الموافق, the date never written
    "السؤال: متى تنسحب القوات؟\n\n-",  # an interview's answer mark, no answer
    "بحسب",
    "قائلاً",
])
def test_articles_ending_right_after_a_trigger(ending):
    text = "عنوان الخبر\nبغداد - اجتمع المسؤولون أمس لبحث الاتفاق. " + ending
    extract_mentions(_article(text))


def test_an_extractor_bug_costs_one_article_its_marks_not_the_index(make_dossier, monkeypatch):
    import dossier_tui.index.mentions as mentions_pkg  # extract_row imports from it per call
    from dossier_tui.index.search import search
    from dossier_tui.index.store import DossierIndex

    original = mentions_pkg.extract_mentions

    def buggy(article, meta=None):
        if article.id == "bad.txt":
            raise IndexError("list index out of range")
        return original(article, meta)

    monkeypatch.setattr(mentions_pkg, "extract_mentions", buggy)
    root = make_dossier({
        "bad.txt": "خبر معطوب\nانسحاب القوات من قاعدة عين الأسد في أيلول 2025",
        "good.txt": "خبر سليم\nانسحاب القوات من قاعدة عين الأسد بحلول سبتمبر 2026",
    })
    dossier = scan_dossier(root)
    index = DossierIndex(dossier)
    index.update(rebuild=True)
    paths = {h.path for h in search(index, "عين الأسد").hits}
    assert paths == {"bad.txt", "good.txt"}  # the text of the failed article is still searchable
    got = {m["path"] for m in index.mentions.mentions(kind="date")}
    assert got == {"good.txt"}
    said = [p.message for p in dossier.problems]
    assert len(said) == 1 and said[0].startswith("bad.txt: its dates, figures and names could not be read")
    assert "IndexError" in said[0] and "list index" not in said[0]
