"""Which date each outlet gives for one event: dates grouped by the event words near them."""

from __future__ import annotations

import json

from dossier_tui.cli import main
from dossier_tui.index.loader import load_dossier
from dossier_tui.index.overview import dates_by_event
from dossier_tui.index.store import DossierIndex

ARTICLES = {
    "a.txt": "خبر\nأعلنت الحكومة أن انسحاب القوات الأمريكية سيكتمل في سبتمبر 2025، وفق الخطة.",
    "b.txt": "خبر\nوقال مسؤول إن الانسحاب سيكتمل في أيلول 2026 بعد تأخير.",
    "c.txt": "خبر\nوتنسحب القوات من القاعدة خلال عام 2025 بحسب مصدر.",
    "d.txt": "خبر\nجرت الانتخابات البرلمانية في آذار 2024 وسط إقبال ضعيف.",
}


def _events(make_dossier, files=ARTICLES):
    root = make_dossier(files)
    index = DossierIndex(load_dossier(root))
    index.update()
    return root, {e.event: e for e in dates_by_event(index.mentions.mentions(kind="date"))}


def test_outlets_dating_one_event_differently_are_set_side_by_side(make_dossier):
    _, events = _events(make_dossier)
    withdrawal = events["انسحاب"]  # الانسحاب, انسحاب, وتنسحب: one event
    assert {p: withdrawal.values(p) for p in withdrawal.by_article} == {
        "a.txt": ["2025-09"], "b.txt": ["2026-09"], "c.txt": ["2025"]}
    assert withdrawal.disputed  # 2025-09 and 2026-09 cannot both be right
    elections = events["انتخابات"]
    assert elections.values("d.txt") == ["2024-03"] and not elections.disputed


def test_dates_of_compatible_precision_do_not_disagree(make_dossier):
    files = {k: v for k, v in ARTICLES.items() if k != "b.txt"}
    _, events = _events(make_dossier, files)
    assert not events["انسحاب"].disputed  # 2025 and 2025-09: both can be right


def test_cli_by_event_json(make_dossier, capsys):
    root, _ = _events(make_dossier)
    assert main(["mentions", "--by-event", "--json", "-d", str(root)]) == 0
    out = json.loads(capsys.readouterr().out)
    withdrawal = next(e for e in out["events"] if e["event"] == "انسحاب")
    assert withdrawal["disputed"] is True
    dated = {a["path"]: [d["value"] for d in a["dates"]] for a in withdrawal["articles"]}
    assert dated == {"a.txt": ["2025-09"], "b.txt": ["2026-09"], "c.txt": ["2025"]}
    text = (root / "b.txt").read_text(encoding="utf-8")
    d = withdrawal["articles"][1]["dates"][0]
    assert text[d["start"]:d["end"]] == d["text"] == "أيلول 2026"
    assert main(["mentions", "--by-event", "--csv", "-d", str(root)]) == 2


def test_seeds_end_of_mission_dates_by_outlet(seeds):
    index = DossierIndex(load_dossier(seeds))
    index.update()
    end = next(e for e in dates_by_event(index.mentions.mentions(kind="date")) if e.event == "انتهاء")
    assert "2025-09" in end.values("000_8879d900664c0086.txt")
    assert "2025–2026" in end.values("001_0b628569c39d60ff.txt")


def test_store_reads_events_in_sqlite_as_loading_every_date_would(seeds):
    index = DossierIndex(load_dossier(seeds))
    index.update()

    def shape(events):
        return [(e.event, e.disputed, {p: e.values(p) for p in e.by_article}) for e in events]

    assert shape(dates_by_event(index.mentions.dates_with_events())) == shape(
        dates_by_event(index.mentions.mentions(kind="date")))


def _same(index) -> None:
    from dossier_tui.index.overview import event_summaries

    full = dates_by_event(index.mentions.mentions(kind="date"))
    grouped = event_summaries(index.mentions)
    assert [(e.event, e.disputed, list(e.by_article)) for e in grouped] == \
        [(e.event, e.disputed, list(e.by_article)) for e in full]
    assert all(g.values(p) == f.values(p) for g, f in zip(grouped, full, strict=True) for p in f.by_article)
    for e in full:  # what a row opens: the same mentions, in order
        for path, ms in e.by_article.items():
            opened = index.mentions.event_mentions(e.event, path)
            assert [(m["start"], m["text"]) for m in opened] == [(m["start"], m["text"]) for m in ms]


def test_the_events_view_groups_in_the_store_as_the_mentions_say(make_dossier, seeds):
    """The TUI's events view reads per-(event, article) groups from the store's date_events
    table; they must say what grouping every date mention says, after updates too."""
    import shutil

    root = make_dossier(ARTICLES)
    for p in seeds.glob("*.txt"):
        shutil.copy(p, root / p.name)
    index = DossierIndex(load_dossier(root))
    index.update()
    assert len(dates_by_event(index.mentions.mentions(kind="date"))) >= 5
    _same(index)
    (root / "b.txt").write_text(ARTICLES["b.txt"].replace("2026", "2027"), encoding="utf-8")
    (root / "c.txt").unlink()
    index = DossierIndex(load_dossier(root))
    index.update()
    _same(index)
    events = {e.event: e for e in dates_by_event(index.mentions.mentions(kind="date"))}
    assert events["انسحاب"].values("b.txt") == ["2027-09"] and "c.txt" not in events["انسحاب"].by_article


def test_the_events_rows_are_read_a_chunk_at_a_time_in_any_order(make_dossier, seeds, monkeypatch):
    """#22: the events view reads an event's rows from the store a chunk at a time as they
    are drawn (after the chunk before it, else by offset): read forward, backward or
    jumping, they are what grouping every date mention says, and the summaries themselves
    read no row."""
    import shutil

    from dossier_tui.index import overview
    from dossier_tui.index.mention_store import MentionStore

    root = make_dossier(ARTICLES)
    for p in seeds.glob("*.txt"):
        shutil.copy(p, root / p.name)
    index = DossierIndex(load_dossier(root))
    index.update()
    full = dates_by_event(index.mentions.mentions(kind="date"))
    read = []
    real = MentionStore.event_rows
    monkeypatch.setattr(MentionStore, "event_rows", lambda self, *a, **k: read.append(a) or real(self, *a, **k))
    monkeypatch.setattr(overview, "CHUNK", 2)
    jumping = lambda n: [*range(0, n, 3), *range(2, n, 3), *range(1, n, 3)]  # noqa: E731
    for order in (lambda n: range(n), lambda n: reversed(range(n)), jumping):
        grouped = overview.event_summaries(index.mentions)
        assert not read  # counted: no article's rows read
        assert [(e.event, e.disputed, e.articles) for e in grouped] == \
            [(e.event, e.disputed, len(e.by_article)) for e in full]
        for g, f in zip(grouped, full, strict=True):
            want = [(p, f.values(p)) for p in f.by_article]
            got = {n: g.row(n) for n in order(g.articles)}
            assert [got[n] for n in range(g.articles)] == want
            assert g.row(g.articles) == ("", [])  # past the end: an empty row, no error
        assert read
        read.clear()


def test_a_ceasefire_is_no_start_and_an_evacuation_is_an_event(make_dossier):
    """'وقف إطلاق النار' holds إطلاق, which once made every ceasefire date a 'start'."""
    _, events = _events(make_dossier, {
        "a.txt": "خبر\nدخل وقف إطلاق النار حيز التنفيذ في 10 أكتوبر 2025 بعد أسابيع من القتال.",
        "b.txt": "خبر\nبدأت الهدنة في 11 أكتوبر 2025 وفق الوسطاء.",
        "c.txt": "خبر\nتبدأ عملية إجلاء الرعايا في الأول من ديسمبر 2025.",
    })
    truce = events["هدنة"]
    assert {p: truce.values(p) for p in truce.by_article} == {"a.txt": ["2025-10-10"], "b.txt": ["2025-10-11"]}
    assert truce.disputed  # the 10th and the 11th cannot both be right
    assert "a.txt" not in (events["بدء"].by_article if "بدء" in events else {})
    assert events["إجلاء"].values("c.txt") == ["2025-12-01"]
