"""PDFs (made here by pango-view, as Arabic PDFs are: shaped glyphs placed right to left,
lam-alef ligatures) and Word files: text in logical order, words whole, one warning for a
file that cannot be read."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from dossier_tui.cli import main
from dossier_tui.index.loader import load_dossier

PANGO = shutil.which("pango-view")
needs_pango = pytest.mark.skipif(PANGO is None, reason="pango-view missing (Debian: apt-get install pango1.0-tools)")

STATEMENT = ["بيان صادر عن وزارة الخارجية",
             "أعلنت الوزارة أن 2500 جندي سيغادرون قاعدة عين الأسد قبل نهاية أيلول 2026، "
             "وأن الاتفاق لا يزال ساريا.",
             "قال المتحدث (باسم الحكومة) إن لا انسحاب كاملا قبل الموعد، وإن 25% من القوات ستبقى."]


def pango_pdf(path: Path, text: str, width: int = 400, markup: bool = False) -> Path:
    src = path.with_suffix(".src")
    src.write_text(text, encoding="utf-8")
    subprocess.run([PANGO, "--no-display", f"--output={path}", "--font=DejaVu Sans 12", f"--width={width}",
                    "--wrap=word", *(["--markup"] if markup else []), str(src)], check=True, capture_output=True)
    src.unlink()
    return path


def blank_pdf() -> bytes:
    """A one-page PDF with a drawing and no text: what a scan without OCR looks like."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources << >> >>"]
    stream = b"10 10 m 190 190 l S"
    objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


@needs_pango
def test_a_pango_pdf_reads_in_logical_order_with_whole_words(make_dossier, capsys):
    root = make_dossier({"note.txt": "مذكرة\n\nنص."})
    headline = f'<span size="x-large">{STATEMENT[0]}</span>'  # a headline is set larger
    pango_pdf(root / "statement.pdf", "\n".join([headline, *STATEMENT[1:]]) + "\n", markup=True)
    (art,) = [a for a in load_dossier(root).articles if a.id == "statement.pdf"]
    assert art.format == "pdf" and art.title == STATEMENT[0]
    assert "\ufefb" not in art.text and "\ufef7" not in art.text  # lam-alef ligatures as letters (NFKC)
    assert main(["show", "statement.pdf", "-d", str(root), "--raw", "-q"]) == 0
    raw = capsys.readouterr().out
    for sentence in STATEMENT:  # wrapped over lines in the PDF, whole here
        assert sentence in raw, raw
    assert main(["search", "\"قاعدة عين الأسد\"", "-d", str(root), "--json", "-q"]) == 0
    assert [h["path"] for h in json.loads(capsys.readouterr().out)["hits"]] == ["statement.pdf"]


@needs_pango
def test_two_columns_read_right_column_first_under_a_headline_across_both(make_dossier):
    right = ["قالت الحكومة إن الانسحاب", "من قاعدة عين الأسد سيبدأ", "في أيلول المقبل بحسب",
             "الجدول المتفق عليه بين", "بغداد وواشنطن."]
    left = ["وفي سياق متصل أكد النواب", "أن البرلمان سيصوت على", "القانون خلال الأسبوع",
            "القادم بعد مناقشته في", "اللجنة المالية."]
    rows = ["عنوان رئيسي يمتد فوق العمودين في أعلى الصفحة", ""]
    rows += [f"{r}\u2003\u2003\u2003\t{lft}" for r, lft in zip(right, left, strict=True)]
    root = make_dossier({})
    pango_pdf(root / "cols.pdf", "\n".join(rows) + "\n", width=600)
    (art,) = load_dossier(root).articles
    # these short lines were not wrapped (the next one's first word fits), so each is its
    # own paragraph; the words read headline, right column, left column
    assert art.text.split() == " ".join([rows[0], *right, *left]).split()
    assert art.text.startswith(rows[0] + "\n\n")


def test_a_pdf_without_text_is_one_warning_naming_it(make_dossier, capsys):
    root = make_dossier({"scan.pdf": blank_pdf(), "broken.pdf": b"%PDF-1.4\nnot really\n",
                         "note.txt": "مذكرة\n\nنص."})
    assert main(["index", "-d", str(root)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert [line for line in err if "scan.pdf" in line] == [
        "dossier-tui: warning: cannot read scan.pdf as PDF: it has no text layer (a scanned PDF?): "
        "its text would need OCR"]
    assert len([line for line in err if "broken.pdf" in line and "as PDF:" in line]) == 1
    assert [a.id for a in load_dossier(root).articles] == ["note.txt"]


def make_docx(path: Path) -> Path:
    import docx

    doc = docx.Document()
    doc.add_paragraph("سري")
    doc.add_heading("مذكرة داخلية عن الانسحاب", level=1)
    doc.add_paragraph("أبلغت الوزارة الشركاء أن القوات ستغادر قاعدة عين الأسد في أيلول 2026.")
    table = doc.add_table(rows=2, cols=2)
    for (r, c), text in {(0, 0): "القاعدة", (0, 1): "الموعد", (1, 0): "عين الأسد", (1, 1): "2026-09"}.items():
        table.cell(r, c).text = text
    para = doc.add_paragraph()
    run = para.add_run("الفقرة الأخيرة بعد الجدول")
    run.font.rtl = True
    para.add_run(" (NATO).")
    doc.core_properties.author = "مكتب المتابعة"
    doc.save(path)
    return path


def test_a_word_file_reads_paragraphs_and_tables_in_order(make_dossier):
    root = make_dossier({})
    make_docx(root / "memo.docx")
    (art,) = load_dossier(root).articles
    assert (art.format, art.title, art.author) == ("docx", "مذكرة داخلية عن الانسحاب", "مكتب المتابعة")
    assert art.text == ("سري\nمذكرة داخلية عن الانسحاب\n"
                        "أبلغت الوزارة الشركاء أن القوات ستغادر قاعدة عين الأسد في أيلول 2026.\n"
                        "القاعدة | الموعد\nعين الأسد | 2026-09\nالفقرة الأخيرة بعد الجدول (NATO).")


def test_a_file_named_docx_that_is_not_one_is_one_warning(make_dossier, capsys):
    root = make_dossier({"fake.docx": "ليس ملف وورد", "note.txt": "مذكرة\n\nنص."})
    assert main(["index", "-d", str(root)]) == 0
    err = [line for line in capsys.readouterr().err.splitlines() if "fake.docx" in line]
    assert err == ["dossier-tui: warning: cannot read fake.docx as Word (.docx): not a Word document "
                   "(not a zip package)"]


@needs_pango
def test_a_mixed_dossier_every_format_searchable_titled_and_dated(make_dossier, capsys):
    """The issue's acceptance: a saved page, a PDF, a .docx, a two-item feed and a .txt."""
    data = Path(__file__).parent / "data" / "formats"
    root = make_dossier({"page.html": (data / "alsumaria_byline.html").read_bytes(),
                         "agency.rss": (data / "agency.rss").read_bytes(),
                         "note.txt": "مذكرة قصيرة\n\nوصل الوفد إلى أربيل."})
    pango_pdf(root / "statement.pdf", "\n".join(STATEMENT) + "\n")
    make_docx(root / "memo.docx")
    assert main(["mentions", "-d", str(root), "--json", "-q"]) == 0
    arts = {a["path"]: a for a in json.loads(capsys.readouterr().out)["articles"]}
    assert {p: (a["format"], a["title"], a["date"]) for p, a in arts.items()} == {
        "agency.rss#1": ("feed", "مجلس الوزراء يقر خطة لإعمار المدارس", "2026-02-09"),
        "agency.rss#2": ("feed", "وزير النفط يبحث زيادة الصادرات", "2026-02-08"),
        "memo.docx": ("docx", "مذكرة داخلية عن الانسحاب", None),
        "note.txt": ("txt", "مذكرة قصيرة", None),
        "page.html": ("html", "افتتاح جسر جديد على نهر دجلة في الموصل", "2025-05-05"),
        "statement.pdf": ("pdf", STATEMENT[0], None),
    }
    for word, path in (("الساحلين", "page.html"), ("برميل", "agency.rss#2"), ("الشركاء", "memo.docx"),
                       ("ساريا", "statement.pdf"), ("قصيرة", "note.txt"), ("الكوكيز", None), ("تابعونا", None)):
        assert main(["search", word, "-d", str(root), "--json", "-q"]) == 0
        hits = [h["path"] for h in json.loads(capsys.readouterr().out)["hits"]]
        assert hits == ([path] if path else []), word
