"""Long paragraphs cut into blocks, so no layout ever takes a megabyte at once.

The engine's cost grows faster than a paragraph's length, and a one-line file of 10 MB
is one paragraph: the reader (tui/document.py) and `dossier-tui show` lay such a line
out a block at a time. A block ends after a space (a word is never split) or, in a run
without spaces, after BLOCK_CHARS characters; a block that is not a paragraph's first
keeps the paragraph's direction (engine ``level``).
"""

from __future__ import annotations

BLOCK_CHARS = 1000  # ~10 ms of layout with marks: a screenful is a few blocks


def blocks_of(text: str, limit: int = BLOCK_CHARS) -> tuple[list[int], list[bool]]:
    """Start offsets of the blocks, and whether each begins a paragraph."""
    starts: list[int] = []
    first: list[bool] = []
    n = len(text)
    at = 0
    while True:
        end = text.find("\n", at)
        end = n if end < 0 else end
        starts.append(at)
        first.append(True)
        pos = at
        while end - pos > limit:
            cut = text.rfind(" ", pos + limit // 2, pos + limit)
            pos = pos + limit if cut < 0 else cut + 1
            starts.append(pos)
            first.append(False)
        if end >= n:
            return starts, first
        at = end + 1
