"""Disagreements between two independent labellings of the same articles.

The blind corpus is labelled twice by annotators who never saw the rules; a third pass
settles what this lists. Items are matched by kind and overlapping span (their exact text
and occurrence located in the article), then compared field by field.

    python tools/compare_labels.py RAW_DIR LABELS_A LABELS_B [NAME ...] > disagreements.txt
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

FIELDS = {"dates": ("value", "high", "qualifier"),
          "figures": ("value", "high", "unit", "qualifier"),
          "entities": ("name",)}


def _spans(text: str, items: list[dict]) -> list[tuple[int, int, dict]]:
    out = []
    for item in items:
        at = -1
        for _ in range(max(1, int(item.get("occurrence") or 1))):
            at = text.find(item["text"], at + 1)
            if at < 0:
                break
        if at >= 0:
            out.append((at, at + len(item["text"]), item))
    return out


def compare(text: str, a: dict, b: dict) -> list[str]:
    out = []
    if a.get("article_date") != b.get("article_date"):
        out.append(f"article_date: A={a.get('article_date')} B={b.get('article_date')}")
    for key, fields in FIELDS.items():
        sa, sb = _spans(text, a.get(key) or []), _spans(text, b.get(key) or [])
        used = set()
        for s, e, item in sa:
            j = next((j for j, (s2, e2, _) in enumerate(sb) if j not in used and s2 < e and s < e2), None)
            if j is None:
                out.append(f"{key}: only A: {item['text']!r} @{s} {[item.get(f) for f in fields]}")
                continue
            used.add(j)
            other = sb[j][2]
            diff = [f for f in fields if item.get(f) != other.get(f)]
            if diff or item["text"] != other["text"]:
                out.append(f"{key}: A {item['text']!r} {[item.get(f) for f in fields]} | "
                           f"B {other['text']!r} {[other.get(f) for f in fields]}")
        for j, (s, _end, item) in enumerate(sb):
            if j not in used:
                out.append(f"{key}: only B: {item['text']!r} @{s} {[item.get(f) for f in fields]}")
    return out


def main(argv: list[str]) -> int:
    raw, la, lb = (Path(x) for x in argv[:3])
    names = argv[3:] or sorted(p.stem for p in la.glob("*.json") if (lb / p.name).exists())
    for name in names:
        text = (raw / f"{name}.txt").read_text(encoding="utf-8")
        a = json.loads((la / f"{name}.json").read_text(encoding="utf-8"))
        b = json.loads((lb / f"{name}.json").read_text(encoding="utf-8"))
        diffs = compare(text, a, b)
        print(f"## {name}: {len(diffs)} disagreements")
        for d in diffs:
            print("  " + d)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
