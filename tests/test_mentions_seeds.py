"""Issue #5's acceptance on the bundled seeds: values, qualifiers, relative dates, links."""

from __future__ import annotations

import json

import pytest

from dossier_tui.cli import main
from dossier_tui.index.loader import load_dossier
from dossier_tui.index.mentions import collect_mentions


@pytest.fixture(scope="module")
def found():
    from pathlib import Path

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    return {am.path[:3]: am for am in collect_mentions(load_dossier(seeds))}


def _one(found, art, kind, text):
    matches = [m for m in found[art].mentions if m.kind == kind and text in m.text]
    assert matches, (art, kind, text, [m.text for m in found[art].mentions if m.kind == kind])
    return matches[0]


def test_seed_000(found):
    m = _one(found, "000", "date", "سبتمبر 2025")
    assert m.value == "2025-09" and m.key == "date:2025-09"
    assert any(x.qualifier == "end" for x in found["000"].mentions if x.key == "date:2025-09")
    m = _one(found, "000", "figure", "2500 جنديا")
    assert (m.value, m.unit, m.qualifier) == (2500, "troops", "approx")
    m = _one(found, "000", "figure", "1500")
    assert (m.value, m.high) == (1500, 3000)
    assert _one(found, "000", "date", "عام 2014").value == "2014"
    # the article's date is unknown: relative dates stay visible, unresolved
    m = _one(found, "000", "date", "سبتمبر من العام المقبل")
    assert m.relative and m.value is None and m.key is None


def test_seed_001(found):
    assert _one(found, "001", "date", "سبتمبر/أيلول 2026").value == "2026-09"
    m = _one(found, "001", "figure", "60 دولة")
    assert (m.value, m.qualifier, m.unit) == (60, "more than", "countries")
    m = _one(found, "001", "figure", "اثني عشر")
    assert (m.value, m.unit) == (12, "months")
    m = _one(found, "001", "date", "بين عامي 2025 و2026")
    assert (m.value, m.high) == ("2025", "2026")


def test_seed_002_resolves_relative_dates_against_its_dateline(found):
    assert found["002"].date == "2024-07-23"
    assert _one(found, "002", "date", "23 يوليو، 2024").value == "2024-07-23"
    m = _one(found, "002", "date", "يناير/ كانون الثاني الماضي")
    assert (m.value, m.relative) == ("2024-01", True)
    m = _one(found, "002", "date", "27 يناير الماضي")
    assert (m.value, m.relative) == ("2024-01-27", True)
    m = _one(found, "002", "figure", "24 ساعة")
    assert (m.value, m.unit) == (24, "hours")


def test_seed_003_and_004(found):
    m = _one(found, "003", "date", "تشرين الأول 2023")
    assert (m.value, m.qualifier) == ("2023-10", "mid")
    m = _one(found, "003", "date", "2026")
    assert m.value == "2026" and "end" in m.qualifier
    assert _one(found, "004", "entity", "عين الأسد").key == "entity:عين الأسد"
    assert _one(found, "004", "entity", "الأنبار").key == "entity:الأنبار"
    m = _one(found, "004", "figure", "2500")
    assert (m.value, m.qualifier) == (2500, "approx")


def test_links_across_the_dossier(found):
    def holders(key):
        return sorted(p for p, am in found.items() if any(m.key == key for m in am.mentions))

    assert holders("figure:2500:troops") == ["000", "001", "003", "004"]  # 004: unit before number
    assert holders("date:2025-09") == ["000", "001", "002", "003"]  # 003 says only أيلول 2025
    assert holders("entity:البنتاغون") == ["003"]  # spelt البنتاجون there
    assert "entity:داعش" in {m.key for m in found["003"].mentions}  # "الدولة الإسلامية"


def test_offsets_point_at_the_text(found, seeds):
    texts = {a.id[:3]: a.text for a in load_dossier(seeds).articles}
    for art, am in found.items():
        for m in am.mentions:
            assert texts[art][m.start:m.end] == m.text


def test_cli_json_contract(capsys):
    assert main(["mentions", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [a["path"][:3] for a in data["articles"]] == ["000", "001", "002", "003", "004"]
    assert set(data["articles"][0]) == {"path", "title", "date", "source", "url", "format"}
    fields = ["path", "kind", "text", "start", "end", "key", "value", "high", "unit", "qualifier",
              "relative"]
    quote = ["speaker", "speaker_start", "speaker_end", "verb", "anonymous"]  # added for quotes only
    assert all(list(m) == fields + (quote if m["kind"] == "quote" else []) for m in data["mentions"])
    fig = next(m for m in data["mentions"] if m["key"] == "figure:2500:troops")
    assert fig["value"] == 2500 and isinstance(fig["value"], int)
    assert main(["mentions", "--key", "date:2025-09", "--json"]) == 0
    linked = json.loads(capsys.readouterr().out)["mentions"]
    assert {m["path"][:3] for m in linked} == {"000", "001", "002", "003"}
    assert main(["mentions", "--kind", "entity", "--csv"]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert rows[0] == ",".join(fields) and all(",entity," in r for r in rows[1:])


def test_cli_quotes_name_the_seeds_speakers(capsys):
    """The speakers a reader of the seeds would list: the unnamed US official, the Iraqi
    officials, the State Department's spokesman."""
    assert main(["mentions", "--kind", "quote", "--json"]) == 0
    quotes = json.loads(capsys.readouterr().out)["mentions"]
    by_key = {}
    for q in quotes:
        by_key.setdefault(q["key"], []).append(q)
    us = by_key["speaker:مسؤول كبير في الاداره الامريكيه"]
    assert us[0]["anonymous"] is True and us[0]["path"].startswith("000")
    assert us[0]["text"].startswith("الجانبين اتفقا")
    for name in ("حسين علاوي", "ماثيو ميلر", "ثابت العباسي"):
        said = by_key["speaker:" + name]
        assert said[0]["anonymous"] is False and said[0]["value"] == name


def test_cli_quotes_no_deployment_in_the_seeds(capsys):
    """``وتنشر الولايات المتحدة حوالي 2500 جندي`` deploys troops: تنشر "publishes" says
    something only with what it publishes spelled out after a colon, so the US is no speaker."""
    assert main(["mentions", "--kind", "quote", "--json"]) == 0
    quotes = json.loads(capsys.readouterr().out)["mentions"]
    assert not [q for q in quotes if q["verb"] == "وتنشر" or "2500 جندي" in q["text"]]
    assert any(q["key"] == "speaker:مسؤول دفاعي كبير" for q in quotes)
