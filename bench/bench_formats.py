"""Reading speed per format: articles per second through the one loader -> Article path, for
saved web pages and PDFs next to the same articles as ``.txt``, measured in the same run
(the ratio to ``.txt`` is what holds across machines).

The HTML pages wrap each synthetic article (bench/corpus.py) in an outlet's page: JSON-LD,
og: tags, navigation, a most-read box and a footer. The PDFs are made by pango-view
(Debian: pango1.0-tools); without it the PDF row says so.

    python bench/bench_formats.py [--n 200] [--pdf 20]
"""

from __future__ import annotations

import argparse
import html
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402

PAGE = """<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{title} | صحيفة المثال</title><meta property="og:title" content="{title}">
<meta property="og:site_name" content="صحيفة المثال">
<script type="application/ld+json">{{"@type":"NewsArticle","headline":"{title}",
"datePublished":"2026-0{m}-1{d}"}}</script></head><body>
<header><nav><a href="/">الرئيسية</a> <a href="/p">سياسة</a> <a href="/s">رياضة</a></nav></header>
<article><h1>{title}</h1><div class="byline">بغداد - المحرر</div>{paras}</article>
<aside><h3>الأكثر قراءة</h3><ul><li>خبر أول</li><li>خبر ثان</li></ul></aside>
<footer>جميع الحقوق محفوظة</footer></body></html>"""


def write(root: Path, n: int, pdfs: int) -> dict[str, Path]:
    folders = {fmt: root / fmt for fmt in ("txt", "html", "pdf")}
    for f in folders.values():
        f.mkdir(parents=True)
    pango = shutil.which("pango-view")
    for i in range(n):
        text = corpus.article(i)
        title, *body = [line for line in text.splitlines() if line.strip()]
        (folders["txt"] / f"{i:05d}.txt").write_text(text, encoding="utf-8")
        paras = "".join(f"<p>{html.escape(p)}</p>" for p in body)
        (folders["html"] / f"{i:05d}.html").write_text(
            PAGE.format(title=html.escape(title), paras=paras, m=i % 9 + 1, d=i % 10), encoding="utf-8")
        if pango and i < pdfs:
            src = folders["pdf"] / f"{i:05d}.src"
            src.write_text(text, encoding="utf-8")
            subprocess.run([pango, "--no-display", f"--output={folders['pdf'] / f'{i:05d}.pdf'}",
                            "--font=DejaVu Sans 11", "--width=450", "--wrap=word", str(src)], check=True)
            src.unlink()
    return folders


def import_time(fmt: str) -> float:
    """Seconds to import a format's reader and its library, in a fresh process (paid once,
    by the first file of that format a session reads)."""
    code = ("import time; t=time.perf_counter(); from dossier_tui.index.formats import reader; "
            f"m=reader({fmt!r}); m.extract; print(time.perf_counter()-t)")
    lib = {"html": "import trafilatura", "pdf": "import pdfminer.pdfinterp, pdfminer.converter"}[fmt]
    code = code.replace("m.extract;", f"{lib};")
    return float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                check=True).stdout)


def rate(folder: Path) -> tuple[float, int]:
    """Articles per second reading every file of ``folder`` through the loader, the format's
    library already imported (its import is a row of its own)."""
    from dossier_tui.index.loader import load_dossier, scan_dossier

    first = next(folder.iterdir())
    scan_dossier(folder).get(first.name)  # warm: imports paid
    t0 = time.perf_counter()
    dossier = load_dossier(folder)
    n = len(dossier.articles)
    return n / (time.perf_counter() - t0), n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200, help="articles as .txt and as .html")
    ap.add_argument("--pdf", type=int, default=20, help="of them also as PDFs (pango-view is slow)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folders = write(Path(tmp), args.n, args.pdf)
        txt, n_txt = rate(folders["txt"])
        print(f"  {'reading .txt articles':<40} {txt:>10.0f} articles/s  ({n_txt} articles)")
        for fmt in ("html", "pdf"):
            if not any(folders[fmt].iterdir()):
                print(f"  {'reading .' + fmt + ' articles':<40} {'skipped':>10}  (pango-view missing)")
                continue
            r, n = rate(folders[fmt])
            print(f"  {'reading .' + fmt + ' articles':<40} {r:>10.0f} articles/s  "
                  f"({n} articles; {txt / r:.0f}x slower than .txt)")
            print(f"  {'  first ' + fmt + ' file: import of its library':<40} {import_time(fmt):>10.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
