"""Adding an article to a dossier by URL or file: the one place dossier-tui writes into the
dossier, because the user asked it to.

A URL is fetched (a timeout, a size cap, redirects followed, a browser's User-Agent) and
saved as the bytes it was; a file is copied. The name is readable: the date and a slug of
the headline (``2026-03-14_انسحاب-القوات-من-قاعدة.html``), else a hash. The URLs added are
recorded in ``.added.json`` in the dossier (hidden: never read as an article), so the same
page added twice is one file. Every write goes to a temporary file renamed into place:
an error leaves nothing half-written.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .errors import DossierError
from .formats import SUFFIXES
from .loader import MAX_ARTICLE_BYTES, prepare_text, title_of
from .sanitize import sanitize_line

RECORD = ".added.json"
TIMEOUT = 20.0  # seconds, for the connection and each read
USER_AGENT = ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
              "Chrome/124.0 Safari/537.36")
# what a server may answer with, and the suffix it is saved under
CONTENT_TYPES = {"text/html": ".html", "application/xhtml+xml": ".html", "application/pdf": ".pdf",
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx"}
SLUG_CHARS = 60


@dataclass(frozen=True)
class Added:
    """One thing added: where it was saved (relative to the dossier), its headline, and
    whether it was new (False: the same URL or file was already there)."""

    path: str
    title: str
    new: bool


def is_url(target: str) -> bool:
    return bool(re.match(r"(?i)https?://", target))


def add(root: Path, target: str) -> Added:
    """Save one URL or file into the dossier ``root``. Raises DossierError (one line)."""
    if is_url(target):
        record = _read_record(root)
        if target in record and (root / record[target]).is_file():
            name = record[target]
            return Added(name, _title(root / name), False)
        data, suffix = fetch(target)
        added = _save(root, data, suffix, hint=target)
        record[target] = added.path
        _write_atomic(root, RECORD, json.dumps(record, ensure_ascii=False, indent=1).encode())
        return added
    src = Path(target).expanduser()
    if not src.is_file():
        raise DossierError(f"{target}: no such file")
    suffix = src.suffix.lower()
    if suffix not in SUFFIXES:
        raise DossierError(f"{target}: not an article format (.txt, .html, .pdf, .docx, .md, .rss)")
    try:
        data = src.read_bytes()
    except OSError as exc:
        raise DossierError(f"{target}: {exc.strerror or exc}") from None
    return _save(root, data, suffix, hint=src.name)


def fetch(url: str) -> tuple[bytes, str]:
    """The page's bytes and the suffix to save them under; DossierError for an HTTP error,
    a timeout, a page too large or of another kind than HTML, PDF or Word."""
    import socket
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT,
                                                   "Accept": "text/html,application/pdf,*/*;q=0.8"})
    shown = sanitize_line(url)
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:  # follows redirects
            kind = (response.headers.get_content_type() or "").lower()
            suffix = CONTENT_TYPES.get(kind)
            if suffix is None:
                raise DossierError(f"{shown}: not an HTML page, PDF or Word file ({kind or 'no type'})")
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > MAX_ARTICLE_BYTES:
                raise DossierError(f"{shown}: too large ({int(length) // 2**20} MB)")
            data = response.read(MAX_ARTICLE_BYTES + 1)
    except urllib.error.HTTPError as exc:
        raise DossierError(f"{shown}: HTTP {exc.code} {sanitize_line(str(exc.reason))}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, socket.timeout | TimeoutError):
            raise DossierError(f"{shown}: timed out after {TIMEOUT:.0f} s") from None
        raise DossierError(f"{shown}: {sanitize_line(str(reason))}") from None
    except (TimeoutError, socket.timeout):
        raise DossierError(f"{shown}: timed out after {TIMEOUT:.0f} s") from None
    except (OSError, ValueError) as exc:
        raise DossierError(f"{shown}: {sanitize_line(str(exc))}") from None
    if len(data) > MAX_ARTICLE_BYTES:
        raise DossierError(f"{shown}: too large (over {MAX_ARTICLE_BYTES // 2**20} MB)")
    return data, suffix


def _save(root: Path, data: bytes, suffix: str, hint: str) -> Added:
    """Write ``data`` under a readable name; the same bytes already there are not written again."""
    from .formats import format_of, reader
    from .formats.base import FormatError

    title, date = "", None
    fmt = format_of("x" + suffix) or "txt"
    if fmt not in ("txt", "feed"):
        try:
            found = reader(fmt).extract(data)
            title = sanitize_line(found.title or "").strip() or title_of(prepare_text(found.text))
            date = found.date
        except FormatError:
            pass
    digest = hashlib.sha256(data).hexdigest()
    for existing in root.glob(f"*{suffix}"):
        try:
            if existing.stat().st_size == len(data) and hashlib.sha256(existing.read_bytes()).hexdigest() == digest:
                return Added(existing.name, title or existing.name, False)
        except OSError:
            continue
    stem = _slug(title) or (Path(hint).stem if not is_url(hint) else "") or digest[:12]
    name = f"{date}_{stem}" if date else stem
    candidate, n = f"{name}{suffix}", 1
    while (root / candidate).exists():
        n += 1
        candidate = f"{name}-{n}{suffix}"
    _write_atomic(root, candidate, data)
    return Added(candidate, title or candidate, True)


def _slug(title: str) -> str:
    words = re.findall(r"\w+", title)
    slug = ""
    for w in words:
        if len(slug) + len(w) + 1 > SLUG_CHARS:
            break
        slug = f"{slug}-{w}" if slug else w
    return slug


def _title(path: Path) -> str:
    from .loader import load_article

    try:
        return load_article(path.parent, path).title
    except (OSError, ValueError):
        return path.name


def _read_record(root: Path) -> dict[str, str]:
    try:
        data = json.loads((root / RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)} \
        if isinstance(data, dict) else {}


def _write_atomic(root: Path, name: str, data: bytes) -> None:
    try:
        fd, tmp = tempfile.mkstemp(prefix=".adding-", dir=root)
    except OSError as exc:
        raise DossierError(f"cannot write into {root}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, root / name)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise DossierError(f"cannot write {name} into {root}: {exc.strerror or exc}") from None
