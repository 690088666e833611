"""Every stored mention as one JSON file in the user's data dir (never into the dossier)."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import platformdirs

from .mention_store import MentionStore


def export_mentions(store: MentionStore, name: str) -> Path:
    """The file written. Streamed: at 10,000 articles there are 732k mentions, which as
    one list and one json.dumps froze the reader and took hundreds of MB. Written to a
    temporary file and renamed, so an export is never seen half written. Raises OSError."""
    out_dir = Path(platformdirs.user_data_dir("dossier-tui")) / "exports"
    target = out_dir / f"{name}-mentions.json"
    tmp = out_dir / f".{target.name}.{threading.get_ident()}.tmp"
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        with open(tmp, "w", encoding="utf-8") as out:
            out.write("[")
            for n, mention in enumerate(store.mentions()):
                out.write(",\n " if n else "\n ")
                out.write(json.dumps(mention, ensure_ascii=False))
            out.write("\n]\n")
        tmp.replace(target)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise
    return target
