"""Extraction over many articles: rows for the mention store, in worker processes when
there are many (extraction was half of a 10k-article build, all of it on one core)."""

from __future__ import annotations

import sys
from collections import deque
from collections.abc import Generator, Iterable, Iterator

from ..loader import Article, LoadProblem
from .model import ArticleMentions


def extract_rows(articles: Iterable[Article], meta: dict[str, dict],
                 procs: int = 1) -> Generator[tuple[Article, tuple], None, None]:
    """(article, its mention-store row), in the articles' order. ``meta`` is dossier.toml's
    per-file metadata; ``procs`` > 1 extracts in that many forked processes."""
    pending: deque[Article] = deque()  # handed to the workers, not yet paired with a row

    def jobs():
        for art in articles:
            pending.append(art)
            yield art, meta.get(art.id) or {}

    for row in _rows(jobs(), procs):
        yield pending.popleft(), row


def _rows(jobs: Iterator[tuple[Article, dict]], procs: int) -> Iterator[tuple]:
    if procs <= 1 or not sys.platform.startswith("linux"):
        # fork is Linux-safe here (as Whoosh's own writer relies on); spawn would
        # re-run an unguarded __main__ of whatever script calls the library
        yield from map(extract_row, jobs)
        return
    import multiprocessing
    import warnings
    from concurrent.futures import ProcessPoolExecutor

    with warnings.catch_warnings():  # Python 3.12 warns on fork with threads running
        warnings.simplefilter("ignore", DeprecationWarning)
        pool = ProcessPoolExecutor(procs, mp_context=multiprocessing.get_context("fork"))
    try:
        yield from pool.map(extract_row, jobs, chunksize=32)
    finally:
        # map() submitted every chunk up front: a caller that stops early (an error, a
        # cancelled build) must not wait for the whole dossier's extraction to finish
        pool.shutdown(wait=True, cancel_futures=True)


def extract_row(job: tuple[Article, dict]) -> tuple:
    """One article's row for the mention store: (path, sha256, title, date, mentions, source),
    its mentions already as the store's rows (in the worker: the writing process was
    the build's busiest). Module-level so worker processes can run it."""
    from ..mention_rows import prepare_found
    from . import extract_mentions

    art, info = job
    try:
        found = extract_mentions(art, info)
    except Exception as exc:  # a bug of ours: this article loses its marks, not the dossier its index
        found = ArticleMentions(art.id, info.get("date") or art.date)
        problem = _failed(art.id, exc)
    else:
        problem = None
    rows = prepare_found(art.id, found.mentions, problem)
    return (art.id, art.digest(), info.get("title") or art.title, found.date, rows,
            info.get("source") or art.source)


def _failed(path: str, exc: Exception) -> str:
    """The warning for an article the extractor failed on; its traceback goes to the crash
    log (the exception's text is not shown: it may quote the article)."""
    from dossier_tui.crash import write_crash_log

    from ..sanitize import sanitize_line

    path, log = sanitize_line(path), write_crash_log(exc)
    where = f"; details in {log}" if log else ""
    return (f"{path}: its dates, figures and names could not be read ({type(exc).__name__}, "
            f"a bug in dossier-tui{where}); its text is searchable")


def note_problems(rows: Iterable[tuple], problems: list[LoadProblem]) -> None:
    """Each failed extraction among ``rows`` (extract_row's) becomes one of the dossier's
    warnings, said like a skipped file's."""
    problems.extend(LoadProblem(row[0], row[4].problem) for row in rows if row[4].problem)
