"""`dossier-tui add`: a page fetched from a local http.server is saved once under a readable
name and indexed; twice adds nothing; an error is one line, exit 2, and nothing written."""

from __future__ import annotations

import http.server
import json
import threading
from pathlib import Path

import pytest
from support import listing

from dossier_tui.cli import main

PAGE = (Path(__file__).parent / "data" / "formats" / "alwatan_nested.html").read_bytes()


class Handler(http.server.BaseHTTPRequestHandler):
    routes = {
        "/page.html": ("text/html; charset=utf-8", PAGE),
        "/data.json": ("application/json", b"{}"),
    }

    def do_GET(self):  # noqa: N802 - http.server's name
        if self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/page.html")
            self.end_headers()
            return
        if self.path not in self.routes:
            self.send_error(404, "Not Found")
            return
        kind, body = self.routes[self.path]
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.fixture
def dossier(make_dossier):
    return make_dossier({"note.txt": "مذكرة\n\nوصل الوفد إلى أربيل."})


NAME = "2026-03-14_انسحاب-القوات-من-قاعدة-عين-الأسد.html"


def articles(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir() if not p.name.startswith("."))


def test_a_page_is_saved_once_under_its_date_and_headline_and_indexed(server, dossier, capsys):
    assert main(["add", f"{server}/page.html", "-d", str(dossier)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == f"saved: {NAME}  انسحاب القوات من قاعدة عين الأسد"
    assert articles(dossier) == [NAME, "note.txt"]
    assert (dossier / NAME).read_bytes() == PAGE  # the HTML as it was
    assert main(["search", "الأنبار", "-d", str(dossier), "--json", "-q"]) == 0
    assert [h["path"] for h in json.loads(capsys.readouterr().out)["hits"]] == [NAME]

    before = listing(dossier)
    assert main(["add", f"{server}/page.html", "-d", str(dossier)]) == 0
    assert capsys.readouterr().out.startswith(f"already in the dossier: {NAME}")
    assert listing(dossier) == before
    # the same page by another URL (a redirect) is the same bytes: still one file
    assert main(["add", f"{server}/moved", "-d", str(dossier)]) == 0
    assert articles(dossier) == [NAME, "note.txt"]


@pytest.mark.parametrize("path, message", [
    ("/missing.html", "HTTP 404 Not Found"),
    ("/data.json", "not an HTML page, PDF or Word file (application/json)"),
])
def test_an_error_is_one_line_exit_2_and_nothing_written(server, dossier, capsys, path, message):
    before = listing(dossier)
    assert main(["add", f"{server}{path}", "-d", str(dossier)]) == 2
    out, err = capsys.readouterr()
    assert err.splitlines() == [f"dossier-tui: {server}{path}: {message}"] and out == ""
    assert listing(dossier) == before


def test_a_refused_connection_is_one_line(dossier, capsys):
    assert main(["add", "http://127.0.0.1:9/page.html", "-d", str(dossier)]) == 2
    assert len(capsys.readouterr().err.splitlines()) == 1


def test_a_local_file_is_copied_and_a_dossier_is_required(dossier, tmp_path, capsys):
    memo = tmp_path / "memo.md"
    memo.write_text("# مذكرة المتابعة\n\nنص المذكرة.", encoding="utf-8")
    assert main(["add", str(memo), "-d", str(dossier)]) == 0
    assert capsys.readouterr().out.startswith("saved: مذكرة-المتابعة.md  مذكرة المتابعة")
    assert main(["add", str(memo), "-d", str(dossier)]) == 0
    assert articles(dossier) == ["note.txt", "مذكرة-المتابعة.md"]
    assert main(["add", str(memo)]) == 2
    assert "-d DIR" in capsys.readouterr().err


def test_a_pdf_without_a_title_is_named_by_its_first_line(dossier, tmp_path, capsys):
    pytest.importorskip("pdfminer")
    from test_formats_pdf_docx import PANGO, pango_pdf

    if PANGO is None:
        pytest.skip("pango-view missing (Debian: apt-get install pango1.0-tools)")
    pdf = pango_pdf(tmp_path / "report.pdf", "تقرير اللجنة المالية\n\nنص التقرير.\n")
    assert main(["add", str(pdf), "-d", str(dossier)]) == 0
    assert capsys.readouterr().out.startswith("saved: تقرير-اللجنة-المالية.pdf  تقرير اللجنة المالية")
