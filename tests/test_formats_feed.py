"""Feeds: one article per item, titled, dated and linked, with ids stable across re-reads."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from dossier_tui.cli import main
from dossier_tui.index.loader import listed_dossier, load_dossier, scan_dossier

DATA = Path(__file__).parent / "data" / "formats"


@pytest.fixture
def feeds(make_dossier) -> Path:
    return make_dossier({"agency.rss": (DATA / "agency.rss").read_bytes(),
                         "updates.atom": (DATA / "updates.atom").read_bytes(),
                         "notes.xml": '<?xml version="1.0"?><notes><n>ليس خبرا</n></notes>',
                         "note.txt": "مذكرة\n\nنص المذكرة."})


def test_one_article_per_item_with_its_metadata(feeds):
    arts = {a.id: a for a in load_dossier(feeds).articles}
    assert list(arts) == ["agency.rss#1", "agency.rss#2", "note.txt", "updates.atom#1"]  # notes.xml: no feed
    first = arts["agency.rss#1"]
    assert (first.format, first.title, first.date, first.source, first.author, first.url) == (
        "feed", "مجلس الوزراء يقر خطة لإعمار المدارس", "2026-02-09", "وكالة الأنباء العراقية",
        "المكتب الإعلامي", "https://ina.example/news/101")
    assert first.text == ("مجلس الوزراء يقر خطة لإعمار المدارس\n\nأقر مجلس الوزراء في جلسته الاعتيادية"
                          " خطة لإعمار ألف مدرسة في المحافظات خلال عامين.\nوتبدأ المرحلة الأولى الشهر المقبل.")
    assert arts["agency.rss#2"].date == "2026-02-08"  # the day as written (+0300), not UTC's
    assert arts["updates.atom#1"].url == "https://mission.example/s/1"
    assert "نهاية كانون الأول" in arts["updates.atom#1"].text and "<p>" not in arts["updates.atom#1"].text


def test_item_ids_are_stable_across_reads_and_from_a_saved_index(feeds):
    one = {a.id: (a.title, a.text, a.digest()) for a in load_dossier(feeds).articles}
    two = {a.id: (a.title, a.text, a.digest()) for a in load_dossier(feeds).articles}
    assert one == two
    listed = listed_dossier(feeds, reversed(list(one)))  # the warm start's list, from ids alone
    assert [e.id for e in listed.entries] == [e.id for e in scan_dossier(feeds).entries]
    assert listed.get("agency.rss#2").title == "وزير النفط يبحث زيادة الصادرات"


def test_reindexing_an_unchanged_feed_touches_nothing_and_a_changed_one_is_reread(feeds, capsys):
    assert main(["index", "-d", str(feeds)]) == 0
    capsys.readouterr()
    assert main(["index", "-d", str(feeds)]) == 0
    assert "up to date: 4 articles; 0 added, 0 changed, 0 removed" in capsys.readouterr().out
    rss = feeds / "agency.rss"
    rss.write_text(rss.read_text(encoding="utf-8").replace("أربعة ملايين", "خمسة ملايين"), encoding="utf-8")
    os.utime(rss, (1, 1))
    assert main(["search", "خمسة", "-d", str(feeds), "--json", "-q"]) == 0
    hits = json.loads(capsys.readouterr().out)["hits"]
    assert [h["path"] for h in hits] == ["agency.rss#2"]


def test_mentions_and_show_know_items(feeds, capsys):
    assert main(["mentions", "-d", str(feeds), "--json", "-q"]) == 0
    data = json.loads(capsys.readouterr().out)
    arts = {a["path"]: a for a in data["articles"]}
    assert arts["agency.rss#1"]["format"] == "feed" and arts["agency.rss#1"]["url"] == "https://ina.example/news/101"
    assert arts["agency.rss#1"]["date"] == "2026-02-09"
    nxt = [m for m in data["mentions"] if m["path"] == "agency.rss#1" and m["text"] == "الشهر المقبل"]
    assert [m["value"] for m in nxt] == ["2026-03"]  # resolved against the item's pubDate
    assert main(["show", "agency.rss#2", "-d", str(feeds), "--raw", "-q"]) == 0
    assert capsys.readouterr().out.startswith("وزير النفط يبحث زيادة الصادرات\n")


def test_a_broken_feed_is_one_warning(feeds, capsys):
    (feeds / "none.atom").write_text('<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>')
    assert main(["index", "-d", str(feeds)]) == 0
    err = capsys.readouterr().err
    assert sum("none.atom" in line for line in err.splitlines()) == 1
    assert "cannot read none.atom as a feed: the feed has no items" in err
    assert len(load_dossier(feeds).articles) == 4


def test_markdown_reads_as_text_titled_by_its_first_heading(make_dossier):
    root = make_dossier({"memo.md": "تمهيد قصير\n\n# مذكرة حول الانسحاب ##\n\nالفقرة **الأولى**.\n\n## تفاصيل\nنص."})
    (art,) = load_dossier(root).articles
    assert (art.format, art.title) == ("md", "مذكرة حول الانسحاب")
    assert art.text == "تمهيد قصير\n\nمذكرة حول الانسحاب\n\nالفقرة **الأولى**.\n\nتفاصيل\nنص."
