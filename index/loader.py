"""Reading a dossier folder into ``Article`` objects.

Decoding and sanitising happen here and nowhere else: every later stage (analysis,
extraction, layout, widgets) sees the same loaded text, so offsets agree everywhere.
The dossier folder is only ever read.
"""

from __future__ import annotations

import hashlib
import os
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path
from typing import NamedTuple

from .decoding import UndecodableError, UnreadableFormat, decode
from .errors import DossierError
from .formats import MULTI, SUFFIXES, split_item
from .sanitize import sanitize, sanitize_line

MAX_ARTICLE_BYTES = 16 * 1024 * 1024  # far beyond any article; a bigger .txt is a dump


@dataclass(frozen=True)
class Article:
    """One article as loaded: ``id`` is its path relative to the dossier, POSIX style."""

    id: str
    title: str
    text: str
    mtime: float
    size: int
    encoding: str = "utf-8"
    format: str = "txt"  # see index/formats: txt, md, html, pdf, docx, feed
    # what the file's own metadata says (a page's JSON-LD, a feed item's pubDate...);
    # dossier.toml, the user's word, still wins over it
    date: str | None = None
    source: str | None = None
    author: str | None = None
    url: str | None = None

    @property
    def path(self) -> str:
        return self.id

    def digest(self) -> str:
        """What tells whether the article changed: its text, and its metadata if it has any."""
        meta = [v or "" for v in (self.date, self.source, self.author, self.url)]
        if not any(meta):
            return text_digest(self.text)
        return text_digest("\x00".join([self.text, self.title, *meta]))


@dataclass(frozen=True)
class LoadProblem:
    """A file that was skipped, and why, in words a user understands."""

    path: str
    message: str


class Entry(NamedTuple):
    """A file found in the dossier, before reading it: enough to tell whether it changed.
    A NamedTuple: a scan makes one per file, and a frozen dataclass cost 1.5 us each
    (30 ms of a 20k-article folder's scan)."""

    id: str
    file: str  # a str, not a Path: ten thousand Paths cost more than the stat calls
    mtime: float
    size: int
    item: int | None = None  # a feed's item (1-based, in the file's order); None: the whole file


CACHED_ARTICLES = 256  # texts kept in memory; the rest are read again when asked for


@dataclass
class Dossier:
    """The articles of one folder, read on demand.

    Opening a dossier only lists and stats its files; text is read the first time an
    article is asked for, so a warm start on thousands of articles reads only what
    changed and what the user opens. ``articles`` reads everything (index builds, CLI).
    """

    root: Path
    entries: list[Entry] = field(default_factory=list)
    problems: list[LoadProblem] = field(default_factory=list)
    _loaded: dict[str, Article] = field(default_factory=dict, repr=False)
    _failed: set[str] = field(default_factory=set, repr=False)
    _entry_map: dict[str, Entry] | None = field(default=None, repr=False)
    _parsed: dict = field(default_factory=dict, repr=False)  # the last multi-article file read

    @property
    def articles(self) -> list[Article]:
        return list(self.iter_articles())

    def iter_articles(self):
        """Every readable article, one at a time (a build need not hold them all)."""
        for e in self.entries:
            art = self.get(e.id)
            if art is not None:
                yield art

    def entry(self, article_id: str) -> Entry | None:
        if self._entry_map is None or len(self._entry_map) != len(self.entries):
            self._entry_map = {e.id: e for e in self.entries}
        return self._entry_map.get(article_id)

    def get(self, article_id: str) -> Article | None:
        """The article with this id, read now if it was not yet; None if unreadable."""
        art = self._loaded.pop(article_id, None)
        if art is not None:
            self._loaded[article_id] = art  # most recently used last
            return art
        if article_id in self._failed:
            return None
        entry = self.entry(article_id)
        if entry is None:
            return None
        try:
            art = load_article(self.root, Path(entry.file), entry.item, self._parsed)
        except (OSError, UndecodableError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            rel = sanitize_line(entry.id)
            message = f"skipped {rel}: {reason}"
            if isinstance(exc, UnreadableFormat):
                file = sanitize_line(entry.id.rpartition("#")[0] if entry.item else entry.id)
                message = f"cannot read {file} as {exc.label}: {reason}"
            self.problems.append(LoadProblem(rel, message))
            self._failed.add(article_id)
            return None
        self._loaded[article_id] = art
        if len(self._loaded) > CACHED_ARTICLES:  # bounded: a long session on 10k articles
            del self._loaded[next(iter(self._loaded))]
        return art

    def forget(self, article_id: str) -> None:
        """Drop a cached article (its file changed): the next ``get`` reads it again."""
        self._loaded.pop(article_id, None)
        self._failed.discard(article_id)

    def article(self, ref: str) -> Article:
        """Find an article by relative path or by its 1-based number in file-name order."""
        ref = ref.strip()
        if ref.isdigit():
            n = int(ref)
            if not 1 <= n <= len(self.entries):
                raise DossierError(f"no article number {n}: the dossier has {len(self.entries)}")
            entry = self.entries[n - 1]
        else:
            wanted = Path(ref).as_posix()
            entry = self.entry(wanted) or self.entry(ref)
            if entry is None:
                raise DossierError(f"no article {ref!r} in {self.root}")
        art = self.get(entry.id)
        if art is None:
            raise DossierError(self.problems[-1].message if self.problems else f"cannot read {ref!r}")
        return art

    def by_id(self) -> dict[str, Article]:
        return {a.id: a for a in self.articles}


# A title is shown whole in lists and headers; a file whose first line is a megabyte would
# otherwise push all of it through every row. Cut at a word, with an ellipsis.
TITLE_CHARS = 300


def title_of(text: str) -> str:
    """The first non-empty line, at most TITLE_CHARS, cut at a word boundary."""
    at = 0
    while at < len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        line = text[at:min(end, at + TITLE_CHARS * 4)]
        if line.strip():
            return short_title(sanitize_line(line).strip())
        at = end + 1
    return ""


def short_title(title: str, limit: int = TITLE_CHARS) -> str:
    if len(title) <= limit:
        return title
    cut = title.rfind(" ", limit // 2, limit)
    return title[:cut if cut > 0 else limit].rstrip() + "…"


def prepare_text(raw: str) -> str:
    """Sanitise then NFC: the loaded text every offset refers to."""
    return unicodedata.normalize("NFC", sanitize(raw))


def load_article(root: Path, path: Path, item: int | None = None, parsed: dict | None = None) -> Article:
    """Load one file (or one item of a feed). Raises OSError or UndecodableError with a
    readable message. ``parsed`` keeps the last feed read, so its items parse it once."""
    st = path.stat()
    if st.st_size > MAX_ARTICLE_BYTES:
        raise UndecodableError(
            f"too large ({st.st_size / 2**20:.0f} MB; articles up to {MAX_ARTICLE_BYTES // 2**20} MB are read)")
    fmt = _format_of(path.name)
    if fmt != "txt":
        return _load_formatted(root, path, st, fmt, item, parsed)
    with open(path, "rb") as fh:
        data = fh.read()
    raw, encoding = decode(data)
    text = prepare_text(raw)
    if not text.strip():
        raise UndecodableError("empty file")
    rel = article_id(root, path)
    return Article(id=rel, title=title_of(text) or rel, text=text, mtime=st.st_mtime,
                   size=st.st_size, encoding=encoding)


def _format_of(name: str) -> str:
    if name.lower().endswith(".txt"):
        return "txt"  # the common case pays no import
    from .formats import format_of

    return format_of(name) or "txt"


def _load_formatted(root: Path, path: Path, st: os.stat_result, fmt: str, item: int | None,
                    parsed: dict | None) -> Article:
    """An article of another format than text: the format's reader gives its text and
    metadata; from there it is loaded exactly as a .txt is (sanitised, NFC)."""
    from .formats import LABELS, reader
    from .formats.base import FormatError

    key = (str(path), st.st_mtime, st.st_size)
    try:
        if item is not None:
            items = parsed.get(key) if parsed is not None else None
            if items is None:
                with open(path, "rb") as fh:
                    items = reader(fmt).items(fh.read())
                if parsed is not None:
                    parsed.clear()
                    parsed[key] = items
            if not 1 <= item <= len(items):
                raise FormatError(f"it has no item {item} (it has {len(items)})")
            found = items[item - 1]
        else:
            with open(path, "rb") as fh:
                found = reader(fmt).extract(fh.read())
    except FormatError as exc:
        raise UnreadableFormat(LABELS.get(fmt, fmt), exc.reason) from None
    text = prepare_text(found.text)
    if not text.strip():
        raise UnreadableFormat(LABELS.get(fmt, fmt), "no text in it")
    rel = article_id(root, path) + (f"#{item}" if item is not None else "")
    title = short_title(sanitize_line(found.title).strip()) if found.title else ""

    def clean(value: str | None) -> str | None:
        return sanitize_line(value).strip() or None if value else None

    return Article(id=rel, title=title or title_of(text) or rel, text=text, mtime=st.st_mtime,
                   size=st.st_size, encoding="utf-8", format=fmt, date=found.date,
                   source=clean(found.source), author=clean(found.author), url=clean(found.url))


def check_folder(root: str | os.PathLike) -> Path:
    """Resolve the dossier folder or raise DossierError with one clear line."""
    path = Path(root).expanduser()
    if not path.exists():
        raise DossierError(f"dossier folder not found: {path}")
    if not path.is_dir():
        raise DossierError(f"not a folder: {path} (give the folder that holds the articles)")
    return path.resolve()


class _Found(NamedTuple):  # not a frozen dataclass: one per file (see Entry)
    rel: str  # POSIX path relative to the root, as the OS gave it (may hold surrogates)
    file: str
    mtime: float
    size: int
    items: int | None = None  # a feed's number of items


def _walk(root: Path, problems: list[LoadProblem] | None) -> list[_Found]:
    """Every article file below ``root`` (``*.txt`` and the formats of index/formats) with
    its stat, in one pass of os.scandir. A feed is read now, to know its items.

    Hidden folders are skipped; symlinked folders are not followed (no loops) and a
    symlinked file is read only when it points inside the dossier.
    """
    found: list[_Found] = []
    stack = [("", str(root))]
    while stack:
        prefix, folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                items = list(it)
        except OSError as err:
            if problems is not None and prefix:
                rel = sanitize_line(prefix.rstrip("/"))
                problems.append(LoadProblem(rel, f"skipped folder {rel}: {err.strerror}"))
            continue
        for item in items:
            name = item.name
            if name.startswith("."):
                continue
            try:
                if item.is_dir(follow_symlinks=False):
                    stack.append((f"{prefix}{name}/", item.path))
                    continue
                fmt = "txt" if name.lower().endswith(".txt") else SUFFIXES.get(os.path.splitext(name)[1].lower())
                if fmt is None:
                    continue
                if item.is_symlink() and not _inside(Path(item.path), root):
                    if problems is not None:
                        rel = sanitize_line(prefix + name)
                        problems.append(LoadProblem(rel, f"skipped {rel}: a link pointing outside the dossier"))
                    continue
                st = item.stat()
            except OSError as err:
                if problems is not None:
                    rel = sanitize_line(prefix + name)
                    problems.append(LoadProblem(rel, f"skipped {rel}: {err.strerror or err}"))
                continue
            if fmt in MULTI:
                count = _count_items(item.path, prefix + name, st, problems)
                if count is not None:
                    found.append(_Found(prefix + name, item.path, st.st_mtime, st.st_size, count))
                continue
            found.append(_Found(prefix + name, item.path, st.st_mtime, st.st_size))
    found.sort(key=attrgetter("rel"))
    return found


def _count_items(file: str, rel: str, st: os.stat_result, problems: list[LoadProblem] | None) -> int | None:
    """How many items the feed holds; None for an ``.xml`` that is not a feed (not an
    article: skipped quietly) or a feed that cannot be read (said once)."""
    from .formats import feed
    from .formats.base import FormatError

    try:
        with open(file, "rb") as fh:
            data = fh.read(MAX_ARTICLE_BYTES + 1)
        if file.lower().endswith(".xml") and not feed.looks_like_feed(data):
            return None
        if len(data) > MAX_ARTICLE_BYTES:
            raise FormatError(f"too large (over {MAX_ARTICLE_BYTES // 2**20} MB)")
        return len(feed.items(data))
    except (OSError, FormatError) as exc:
        if problems is not None:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            problems.append(LoadProblem(sanitize_line(rel), f"cannot read {sanitize_line(rel)} as a feed: {reason}"))
        return None


def article_files(root: Path, problems: list[LoadProblem] | None = None) -> list[Path]:
    """Every article file below ``root``, sorted by relative path."""
    return [Path(f.file) for f in _walk(root, problems)]


def _inside(path: Path, root: Path) -> bool:
    try:
        return path.resolve(strict=True).is_relative_to(root)
    except (OSError, RuntimeError):  # dangling link or a loop
        return False


def _display_id(rel: str) -> str:
    # Undecodable bytes in a file name arrive as lone surrogates, which nothing can store
    # or print: the id shows them as U+FFFD.
    if rel.isascii():
        return rel
    return rel.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def article_id(root: Path, file: Path) -> str:
    return _display_id(file.relative_to(root).as_posix())


def scan_dossier(root: str | os.PathLike) -> Dossier:
    """List and stat every article file; read none of them yet."""
    path = check_folder(root)
    dossier = Dossier(root=path)
    found = _walk(path, dossier.problems)
    if not found:
        raise DossierError(f"no articles in {path} (.txt, .html, .pdf, .docx, .md or feeds)")
    entries = []
    for f in found:
        if f.items is None:
            entries.append(Entry(_display_id(f.rel), f.file, f.mtime, f.size))
        else:  # one article per item: agency.rss#1, agency.rss#2... in the feed's order
            entries += [Entry(f"{_display_id(f.rel)}#{n}", f.file, f.mtime, f.size, n)
                        for n in range(1, f.items + 1)]
    dossier.entries = entries
    return dossier


def text_digest(text: str) -> str:
    """What tells whether an article's loaded text changed (the mention store keys on it)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def listed_dossier(root: str | os.PathLike, ids: Iterable[str]) -> Dossier:
    """A dossier of the articles an index last saw, without listing the folder: enough to
    show and read them at once while ``scan_dossier`` runs. Stats are unknown (zero)."""
    path = check_folder(root)
    base = os.path.join(path, "")  # joined as strings: a Path per article costs 2 us
    entries = []
    for i in sorted(ids, key=lambda i: (split_item(i)[0], split_item(i)[1] or 0)):  # file order, items by number
        file, item = split_item(i)
        entries.append(Entry(i, base + file, 0.0, 0, item))
    return Dossier(root=path, entries=entries)


def load_dossier(root: str | os.PathLike) -> Dossier:
    """Scan, then read every article; files that cannot be read are reported, the rest load."""
    dossier = scan_dossier(root)
    dossier.articles  # noqa: B018 - reads them all, collecting problems
    return dossier
