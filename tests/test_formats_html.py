"""Saved web pages: the body without the site's boxes, the headline as title, and the date,
site, author and URL from the page's metadata, on pages shaped like several Arabic outlets'."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dossier_tui.cli import main
from dossier_tui.index.loader import load_dossier

PAGES = Path(__file__).parent / "data" / "formats"

# page -> (headline, date, source, author, url, a body sentence, boilerplate words)
EXPECTED = {
    "alwatan_nested.html": (  # nested <article>, JSON-LD NewsArticle, og: tags, cookie banner
        "انسحاب القوات من قاعدة عين الأسد", "2026-03-14", "صحيفة الوطن", "سلمى الحسيني",
        "https://alwatan.example/politics/2026/ain-al-asad",
        "نحو 2500 جندي سيغادرون البلاد",
        ["ملفات تعريف الارتباط", "الأكثر قراءة", "رياضة", "شارك على فيسبوك", "جميع الحقوق محفوظة",
         "أسعار الذهب"]),
    "almada_jsonld.html": (  # JSON-LD @graph, "Site | headline" <title>, a sidebar widget
        "البرلمان يناقش موازنة العام المقبل", "2025-11-02", "المدى", "علي الجبوري", None,
        "ومن المقرر أن يصوت المجلس على القانون بعد أسبوعين",
        ["الأكثر مشاهدة", "المنتخب الوطني", "أعلن معنا", "اتصل بنا"]),
    "shafaq_og.html": (  # windows-1256, og: and article: tags only
        "وفد حكومي يزور أربيل لبحث ملف الرواتب", "2026-01-20", "شفق نيوز", "قسم الأخبار",
        "https://shafaq.example/ar/politics/salaries",
        "لتوطين الرواتب في المصارف الاتحادية",
        ["اقرأ أيضا", "مهرجان بابل", "الكوكيز", "شارك هذا الخبر"]),
    "alsumaria_byline.html": (  # no metadata at all: the date only in the byline, Arabic-Indic
        "افتتاح جسر جديد على نهر دجلة في الموصل", "2025-05-05", None, None, None,
        "يربط الساحلين الأيمن والأيسر لمدينة الموصل",
        ["عاجل", "انقطاع التيار", "الأكثر قراءة", "تابعونا", "تكنولوجيا", "جميع الحقوق"]),
}


@pytest.fixture
def pages(make_dossier) -> Path:
    return make_dossier({name: (PAGES / name).read_bytes() for name in EXPECTED})


def test_each_page_reads_as_its_article(pages):
    arts = {a.id: a for a in load_dossier(pages).articles}
    assert set(arts) == set(EXPECTED)
    for name, (title, date, source, author, url, sentence, boilerplate) in EXPECTED.items():
        art = arts[name]
        assert (art.format, art.title, art.date, art.source, art.author, art.url) == (
            "html", title, date, source, author, url), name
        assert art.text.startswith(title + "\n"), name  # the headline heads the text, once
        assert art.text.count(title) == 1
        assert sentence in art.text, name
        for word in boilerplate:
            assert word not in art.text, (name, word)
        assert "|" not in art.title


def test_body_words_are_searchable_and_boilerplate_words_are_not(pages, capsys):
    for query, found in (("الساحلين", ["alsumaria_byline.html"]), ("الرواتب", ["shafaq_og.html"]),
                         ("التخصيصات", ["almada_jsonld.html"]), ("\"عين الأسد\"", ["alwatan_nested.html"]),
                         ("الكوكيز", []), ("\"الأكثر قراءة\"", []), ("تلغرام", []), ("فيسبوك", [])):
        assert main(["search", query, "-d", str(pages), "--json", "-q"]) == 0
        hits = json.loads(capsys.readouterr().out)["hits"]
        assert sorted(h["path"] for h in hits) == found, query


def test_mentions_json_gives_source_url_format_and_dates_from_metadata(pages, capsys):
    (pages / "note.txt").write_text("مذكرة\n\nوصل الوفد إلى أربيل.", encoding="utf-8")
    assert main(["mentions", "-d", str(pages), "--json", "-q"]) == 0
    data = json.loads(capsys.readouterr().out)
    arts = {a["path"]: a for a in data["articles"]}
    assert arts["note.txt"] == {"path": "note.txt", "title": "مذكرة", "date": None, "source": None,
                                "url": None, "format": "txt"}
    assert arts["alwatan_nested.html"] == {
        "path": "alwatan_nested.html", "title": "انسحاب القوات من قاعدة عين الأسد", "date": "2026-03-14",
        "source": "صحيفة الوطن", "url": "https://alwatan.example/politics/2026/ain-al-asad", "format": "html"}
    # a relative date in the page resolves against the page's own date (5 May 2025)
    last_month = [m for m in data["mentions"] if m["path"] == "alsumaria_byline.html"
                  and m["text"] == "الشهر الماضي"]
    assert [(m["value"], m["relative"]) for m in last_month] == [("2025-04", True)]


def test_dossier_toml_still_wins_over_the_page(pages, capsys):
    (pages / "dossier.toml").write_text('["shafaq_og.html"]\ndate = 2026-02-01\nsource = "Shafaq"\n',
                                        encoding="utf-8")
    assert main(["mentions", "-d", str(pages), "--json", "-q"]) == 0
    arts = {a["path"]: a for a in json.loads(capsys.readouterr().out)["articles"]}
    assert (arts["shafaq_og.html"]["date"], arts["shafaq_og.html"]["source"]) == ("2026-02-01", "Shafaq")
    assert arts["almada_jsonld.html"]["date"] == "2025-11-02"


def test_a_page_that_is_not_one_is_one_warning_and_the_rest_load(pages, capsys):
    (pages / "broken.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (pages / "empty.htm").write_text("<html><head><title>t</title></head><body> </body></html>")
    assert main(["index", "-d", str(pages)]) == 0
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if "broken.html" in line or "empty.htm" in line]
    assert len(lines) == 2, err
    assert all("as HTML:" in line for line in lines)
    assert len(load_dossier(pages).articles) == len(EXPECTED)


def test_show_raw_prints_the_extracted_text(pages, capsys):
    assert main(["show", "alwatan_nested.html", "-d", str(pages), "--raw", "-q"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("انسحاب القوات من قاعدة عين الأسد\n")
    assert "2500 جندي" in out and "الأكثر قراءة" not in out


def test_a_dossier_of_text_files_never_imports_the_format_libraries(seeds, tmp_path):
    """Cold start: trafilatura and friends are paid for only by a dossier that has pages."""
    root = tmp_path / "d"
    shutil.copytree(seeds, root)
    code = ("import sys; from dossier_tui.index.loader import load_dossier; "
            f"load_dossier({str(root)!r}); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('trafilatura', 'lxml', 'pdfminer', 'docx', 'feedparser') or '.formats.' in m))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
