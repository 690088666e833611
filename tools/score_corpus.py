"""Score extraction against the blind labelled corpus (tests/data/corpus/{dev,held}).

Each article NAME.txt has its labels in NAME.json, written by someone who had not seen the
rules (see tests/data/corpus/README.md). Gold items are located by their exact text and
occurrence, and matched one to one with extracted mentions of the same kind whose span
overlaps theirs. Printed per split:

- article date: stated / found right / wrong;
- dates: recall (found at all), value accuracy (found with the right ISO value), precision;
- figures: recall, value+unit+qualifier accuracy (the acceptance measure), unit and
  qualifier accuracy separately, precision;
- entities: recall and precision by span only (the gazetteer's names are not the labels');
- false dates/figures per article: extracted ones that overlap no labelled date or figure;
- quotes: a labelled attribution is found when an extracted quote overlaps its statement's
  first words and its speaker key names the labelled speaker (see ``same_speaker``):
  recall (with the right speaker), span recall (any speaker), precision (extracted quotes
  that are such a match), and the same recall for named / anonymous / continuations.

Errors are listed for the dev split only: held articles are scored, never read while
fixing. ``--json`` prints the numbers for tests.

    python tools/score_corpus.py [--split dev|held|both] [--batch N] [--errors] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from dossier_tui.index.arabic.normalize import normalize
from dossier_tui.index.arabic.stem import light_stem
from dossier_tui.index.arabic.variants import fold_spelling
from dossier_tui.index.loader import load_dossier
from dossier_tui.index.mentions import extract_mentions
from dossier_tui.index.mentions.model import Mention

CORPUS = Path(os.environ.get("DOSSIER_CORPUS") or Path(__file__).resolve().parent.parent / "tests" / "data" / "corpus")
KINDS = ("date", "figure", "entity")


@dataclass
class Gold:
    kind: str
    text: str
    start: int
    end: int
    item: dict


@dataclass
class Score:
    """Counts for one split; ratios are derived so they always agree with the counts."""

    articles: int = 0
    stated_dates: int = 0
    article_date_right: int = 0
    article_date_wrong: int = 0
    gold: dict = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    found: dict = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    extracted: dict = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    matched_extracted: dict = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    date_value_right: int = 0
    figure_value_right: int = 0
    figure_unit_right: int = 0
    figure_qualifier_right: int = 0
    figure_all_right: int = 0
    false_mentions: int = 0
    unlocated: int = 0
    quote_gold: int = 0
    quote_found: int = 0  # overlapping, with the right speaker
    quote_span: int = 0  # overlapping, any speaker
    quote_extracted: int = 0
    quote_matched: int = 0  # extracted quotes that match a labelled one
    quote_by_type: dict = field(default_factory=dict)  # type -> [gold, found]
    errors: list = field(default_factory=list)

    def ratios(self) -> dict:
        def r(a, b):
            return round(a / b, 4) if b else None

        return {
            "articles": self.articles,
            "article_date": r(self.article_date_right, self.stated_dates),
            "article_date_wrong": self.article_date_wrong,
            "date_recall": r(self.found["date"], self.gold["date"]),
            "date_value": r(self.date_value_right, self.gold["date"]),
            "date_precision": r(self.matched_extracted["date"], self.extracted["date"]),
            "figure_recall": r(self.found["figure"], self.gold["figure"]),
            "figure_value": r(self.figure_value_right, self.gold["figure"]),
            "figure_unit": r(self.figure_unit_right, self.gold["figure"]),
            "figure_qualifier": r(self.figure_qualifier_right, self.gold["figure"]),
            "figure_all": r(self.figure_all_right, self.gold["figure"]),
            "figure_precision": r(self.matched_extracted["figure"], self.extracted["figure"]),
            "entity_recall": r(self.found["entity"], self.gold["entity"]),
            "entity_precision": r(self.matched_extracted["entity"], self.extracted["entity"]),
            "false_per_article": r(self.false_mentions, self.articles),
            "gold_dates": self.gold["date"],
            "gold_figures": self.gold["figure"],
            "gold_entities": self.gold["entity"],
            "unlocated": self.unlocated,
            "quote_recall": r(self.quote_found, self.quote_gold),
            "quote_span_recall": r(self.quote_span, self.quote_gold),
            "quote_precision": r(self.quote_matched, self.quote_extracted),
            **{f"quote_recall_{t}": r(f, g) for t, (g, f) in sorted(self.quote_by_type.items())},
            "gold_quotes": self.quote_gold,
        }


def locate(text: str, needle: str, occurrence: int) -> int | None:
    at = -1
    for _ in range(max(1, occurrence)):
        at = text.find(needle, at + 1)
        if at < 0:
            return None
    return at


def _same_number(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    try:
        return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(a)))
    except (TypeError, ValueError):
        return False


def _noun_forms(word: str) -> set[str]:
    forms = set()
    for w in str(word).split():
        n = normalize(w)
        forms |= {n, light_stem(n)}
    return forms


def same_unit(gold: str | None, got: str | None) -> bool:
    """Units of the shared vocabulary compare exactly; an Arabic counted noun compares by
    its normalised form or light stem (the labeller wrote it singular, the text may not)."""
    if gold is None or got is None:
        return gold is None and got is None
    if gold == got:
        return True
    if any("\u0600" <= c <= "\u06ff" for c in gold + got):
        return bool(_noun_forms(gold) & _noun_forms(got))
    return False


def _overlaps(g: Gold, m: Mention) -> bool:
    return m.start < g.end and g.start < m.end


def _value_right(g: Gold, m: Mention) -> bool:
    want = g.item.get("value")
    if g.kind == "date":
        return str(m.value) == str(want) if want is not None else m.value is None
    return _same_number(m.value, want) and (
        g.item.get("high") is None or _same_number(m.high, g.item.get("high")))


def score_article(txt: Path, labels: dict, score: Score, keep_errors: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / txt.name).write_text(txt.read_text(encoding="utf-8"), encoding="utf-8")
        article = load_dossier(tmp).articles[0]
    found = extract_mentions(article)
    text = article.text
    name = txt.name
    score.articles += 1

    def err(msg: str) -> None:
        if keep_errors:
            score.errors.append(f"{name}: {msg}")

    want_date = labels.get("article_date")
    if want_date:
        score.stated_dates += 1
        if found.date == want_date:
            score.article_date_right += 1
        else:
            score.article_date_wrong += found.date is not None
            err(f"article date {found.date} (want {want_date})")
    elif found.date:
        err(f"article date {found.date} where none is stated")

    golds: list[Gold] = []
    for kind, key in (("date", "dates"), ("figure", "figures"), ("entity", "entities")):
        for item in labels.get(key) or []:
            at = locate(text, item["text"], int(item.get("occurrence") or 1))
            if at is None:
                score.unlocated += 1
                err(f"label not found in text: {kind} {item['text']!r}")
                continue
            golds.append(Gold(kind, item["text"], at, at + len(item["text"]), item))
    for g in golds:
        score.gold[g.kind] += 1
    for m in found.mentions:
        if m.kind in score.extracted:
            score.extracted[m.kind] += 1

    used: set[int] = set()
    for g in golds:
        cands = [i for i, m in enumerate(found.mentions)
                 if i not in used and m.kind == g.kind and _overlaps(g, m)]
        if not cands:
            err(f"missed {g.kind} {g.text!r} (want {g.item.get('value', g.item.get('name'))})")
            continue
        best = max(cands, key=lambda i: (_value_right(g, found.mentions[i]),
                                         -abs(found.mentions[i].start - g.start)))
        used.add(best)
        m = found.mentions[best]
        score.found[g.kind] += 1
        score.matched_extracted[g.kind] += 1
        if g.kind == "date":
            if _value_right(g, m):
                score.date_value_right += 1
            else:
                err(f"date {g.text!r}: got {m.value} (want {g.item.get('value')})")
        elif g.kind == "figure":
            v = _value_right(g, m)
            u = same_unit(g.item.get("unit"), m.unit)
            q = (g.item.get("qualifier") or None) == (m.qualifier or None)
            score.figure_value_right += v
            score.figure_unit_right += u
            score.figure_qualifier_right += q
            score.figure_all_right += v and u and q
            if not (v and u and q):
                err(f"figure {g.text!r}: got {m.value}/{m.high} {m.unit} {m.qualifier} "
                    f"(want {g.item.get('value')}/{g.item.get('high')} {g.item.get('unit')} "
                    f"{g.item.get('qualifier')})")
    score_quotes(text, labels, found, score, err)
    gold_spans = [g for g in golds if g.kind in ("date", "figure")]
    for i, m in enumerate(found.mentions):
        if i in used or m.kind not in ("date", "figure", "entity"):
            continue
        if m.kind == "entity":
            if any(g.kind == "entity" and _overlaps(g, m) for g in golds):
                score.matched_extracted["entity"] += 1  # a second mention inside one labelled name
            continue
        if not any(_overlaps(g, m) for g in gold_spans):
            score.false_mentions += 1
            err(f"false {m.kind} {m.text!r} = {m.value} {m.unit or ''}")
        else:
            # overlaps a labelled date/figure of the other kind, or one already matched
            same = [g for g in gold_spans if _overlaps(g, m)]
            if all(g.kind != m.kind for g in same):
                score.false_mentions += 1
                err(f"{m.kind} {m.text!r} where a {same[0].kind} is labelled")


def _name_words(name: str) -> list[str]:
    """A speaker's name as compared: normalised words, quotation marks and brackets out."""
    return [w for w in fold_spelling(name).replace("ـ", " ").split()
            if any(c.isalpha() or c.isdigit() for c in w)]


def same_speaker(label: str, key: str | None) -> bool:
    """The extracted key (``speaker:<name>``) names the labelled speaker: the same words,
    or one is the other's surname or short form: a full name ends with the surname
    (رفعت / حسام الدين رفعت), a description or body starts with its short form
    (المفوضية / المفوضية العليا المستقلة للانتخابات)."""
    if not key or not key.startswith("speaker:"):
        return False
    a, b = _name_words(label), _name_words(key.split(":", 1)[1])
    if not a or not b:
        return False
    if a == b:
        return True
    short, full = (a, b) if len(a) < len(b) else (b, a)
    return full[-len(short):] == short or full[:len(short)] == short


def score_quotes(text: str, labels: dict, found, score: Score, err) -> None:
    quotes = [m for m in found.mentions if m.kind == "quote"]
    score.quote_extracted += len(quotes)
    matched: set[int] = set()
    for item in labels.get("quotes") or []:
        kind = "continuation" if item.get("continuation") else (
            "anonymous" if item.get("anonymous") else item.get("speaker_type") or "other")
        tally = score.quote_by_type.setdefault(kind, [0, 0])
        score.quote_gold += 1
        tally[0] += 1
        first = item.get("statement_start") or ""
        at = text.find(first)
        if not first or at < 0:
            score.unlocated += 1
            err(f"quote statement not found in text: {first!r}")
            continue
        end = at + len(first)
        over = [i for i, m in enumerate(quotes) if m.start < end and at < m.end]
        right = [i for i in over if same_speaker(item.get("speaker") or "", quotes[i].key)]
        if over:
            score.quote_span += 1
        if right:
            score.quote_found += 1
            tally[1] += 1
            matched.update(right)
        elif over:
            m = quotes[over[0]]
            err(f"quote {first!r}: speaker {m.key} (want {item.get('speaker')!r}, {kind})")
        else:
            err(f"missed quote {item.get('verb')} {item.get('speaker_text')!r} -> {first!r} ({kind})")
    score.quote_matched += len(matched)
    for i, m in enumerate(quotes):
        if i not in matched:
            err(f"false quote {m.verb} [{m.key}] {m.text[:40]!r}")


def batch_of(name: str) -> str | None:
    """Which writing batch an article came in (tests/data/corpus/batches.json): a batch
    written after the rules it is scored against measures them on text still unseen."""
    path = CORPUS / "batches.json"
    if not path.exists():
        return None
    return next((b for b, names in json.loads(path.read_text(encoding="utf-8")).items() if name in names), None)


def score_split(split: str, keep_errors: bool, batch: str | None = None) -> Score:
    score = Score()
    folder = CORPUS / split
    for txt in sorted(folder.glob("*.txt")):
        if batch is not None and batch_of(txt.name) != batch:
            continue
        labels = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        score_article(txt, labels, score, keep_errors)
    return score


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--split", choices=("dev", "held", "both"), default="both")
    p.add_argument("--errors", action="store_true", help="list each error (dev only)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--batch", help="only the articles of this writing batch (batches.json)")
    args = p.parse_args(argv)
    splits = ("dev", "held") if args.split == "both" else (args.split,)
    if args.errors and "held" in splits:
        print("score_corpus: errors are listed for dev only; held is scored, never read while fixing",
              file=sys.stderr)
    out = {}
    for split in splits:
        s = score_split(split, keep_errors=args.errors and split == "dev", batch=args.batch)
        out[split] = s.ratios()
        if args.errors and split == "dev":
            out[split + "_errors"] = s.errors
    if args.json:
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    names = [k for k in out[splits[0]]]
    print(f"{'':24}" + "".join(f"{s:>10}" for s in splits))
    for k in names:
        print(f"{k:24}" + "".join(f"{_fmt(out[s][k]):>10}" for s in splits))
    if args.errors and "dev_errors" in out:
        print()
        print("\n".join(out["dev_errors"]))
    return 0


def _fmt(v) -> str:
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:.3f}"
    return str(v)


if __name__ == "__main__":
    raise SystemExit(main())
