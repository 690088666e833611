"""A dossier's index home: where it lives, which generation is live, and whether it is sound.

Layout of one dossier's index home (never inside the dossier itself)::

    CURRENT         name of the live generation, replaced atomically
    gen-<stamp>/    a Whoosh index plus meta.json (schema version, dossier path, file sizes)
    writer.lock     held while anything writes
"""

from __future__ import annotations

import atexit
import hashlib
import json
import os
import re
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

import platformdirs

from .mention_store import MentionStore
from .whoosh_compat import segment_ids


class Unusable(Exception):
    """The live generation cannot be opened as it is; the message says why (it is rebuilt)."""


def cache_root() -> Path:
    return Path(platformdirs.user_cache_dir("dossier-tui")) / "indexes"


def index_home(root: Path) -> Path:
    """One folder per dossier, keyed by its resolved path."""
    digest = hashlib.sha256(os.fsencode(root)).hexdigest()[:16]
    name = re.sub(r"[^\w.-]", "_", root.name)[:40] or "dossier"
    return cache_root() / f"{name}-{digest}"


def writable_home(home: Path) -> tuple[Path, str | None]:
    """``home``, or a temporary folder (and a warning saying why) when the cache dir
    cannot be written."""
    try:
        home.mkdir(parents=True, exist_ok=True)
        probe = home / f".probe-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        temp = Path(tempfile.mkdtemp(prefix="dossier-tui-index-"))
        _remove_at_exit(temp)  # rebuilt at every start anyway: leave nothing behind
        return temp, (f"cannot write the index cache {home} ({exc.strerror}); "
                      f"using a temporary index in {temp}")
    return home, None


def live_generation(home: Path) -> Path | None:
    """The generation CURRENT names, or None before the first build."""
    current = home / "CURRENT"
    if not current.exists():
        return None
    return home / current.read_text(encoding="utf-8").strip()


def open_generation(gen: Path):
    """The generation's Whoosh index; ``Unusable`` when its metadata, schema version or
    segment files say it must be rebuilt. Stored fields are not read (``stored_fields``)."""
    try:
        meta = json.loads((gen / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise Unusable("index damaged (metadata missing or unreadable)") from None
    from whoosh import index as windex  # imported when first needed: start-up time

    from .schema import SCHEMA_VERSION

    if meta.get("schema") != SCHEMA_VERSION:
        raise Unusable(f"index format changed ({meta.get('schema')} -> {SCHEMA_VERSION})")
    for name, size in (meta.get("files") or {}).items():  # truncated or missing segment files
        try:
            if (gen / name).stat().st_size != size:
                raise Unusable(f"index damaged ({name} changed size)")
        except OSError:
            raise Unusable(f"index damaged ({name} missing)") from None
    try:
        return windex.open_dir(str(gen))
    except Exception as exc:  # whoosh raises many kinds on damaged files
        raise Unusable(f"index damaged ({type(exc).__name__})") from None


def stored_fields(ix) -> dict[str, dict]:
    """{path: stored fields} of every indexed article, read from Whoosh: the fallback when
    the mention store's manifest is not of this index's commit (0.19 s at 20k articles).
    Touches every stored record, so it also finds truncated segments (``Unusable``)."""
    try:
        with ix.searcher() as s:
            return {f["path"]: f for f in s.all_stored_fields()}
    except Exception as exc:  # whoosh raises many kinds on damaged files
        raise Unusable(f"index damaged ({type(exc).__name__})") from None


def commit_tag(ix) -> str:
    """What names one Whoosh commit of a generation: the manifest is trusted only for it."""
    return str(ix.latest_generation())


def open_mentions(gen: Path, current: MentionStore | None) -> MentionStore:
    """The generation's mention store: ``current`` when it is already that one (peek)."""
    path = gen / "mentions.sqlite"
    if current is not None and current.path == path:
        return current  # already open (peek): the reader may be using it
    # a replaced store is not closed here: the reader's thread may still be reading
    # it; it closes when the last reference goes
    try:
        return MentionStore(path)
    except sqlite3.DatabaseError:  # damaged: mentions are re-extracted from the articles
        path.unlink(missing_ok=True)
        return MentionStore(path)


def new_generation(home: Path) -> Path:
    gen = home / f"gen-{time.time_ns()}-{os.getpid()}"
    gen.mkdir()
    return gen


def make_live(home: Path, gen: Path) -> None:
    """Point CURRENT at ``gen``, atomically: a reader sees the old generation or the new."""
    tmp = home / f"CURRENT.{os.getpid()}"
    tmp.write_text(gen.name, encoding="utf-8")
    os.replace(tmp, home / "CURRENT")


def remove_old_generations(home: Path, keep: Path | None) -> None:
    for old in home.glob("gen-*"):
        if old != keep:
            shutil.rmtree(old, ignore_errors=True)


def write_meta(gen: Path, ix, meta: dict) -> None:
    """meta.json with the size of every live segment file: plain segment files are read
    lazily, so a truncated one would only fail at some later search; a stat at open
    catches it (a disk that filled up, a half-copied cache)."""
    ids = segment_ids(ix)  # "MAIN_<id>"; files are "MAIN_<id>.pst"…
    meta["files"] = {p.name: p.stat().st_size for p in gen.iterdir()
                     if p.name.split(".", 1)[0] in ids}
    tmp = gen / f"meta.json.{os.getpid()}"
    tmp.write_text(json.dumps(meta), encoding="utf-8")
    os.replace(tmp, gen / "meta.json")


def rewrite_meta(gen: Path, ix) -> None:
    """meta.json again after an update changed the segments; on failure the next open
    finds the mismatch and rebuilds: safe, only slower."""
    try:
        meta = json.loads((gen / "meta.json").read_text(encoding="utf-8"))
        write_meta(gen, ix, meta)
    except (OSError, ValueError):
        pass


def _remove_at_exit(path: Path) -> None:
    """Delete a temporary index when this process ends (not when a forked worker does)."""
    owner = os.getpid()

    def remove() -> None:
        if os.getpid() == owner:
            shutil.rmtree(path, ignore_errors=True)

    atexit.register(remove)
