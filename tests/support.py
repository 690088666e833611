"""Helpers the tests share that are not fixtures."""

from __future__ import annotations

import os
from pathlib import Path


def listing(root: Path) -> dict[str, tuple[int, int]]:
    """Every file and folder below root with size and mtime: to prove nothing was written."""
    out = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            p = Path(dirpath) / name
            st = p.lstat()
            out[str(p.relative_to(root))] = (st.st_size, st.st_mtime_ns)
    return out
