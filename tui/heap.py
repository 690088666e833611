"""A long article's mentions kept out of the cyclic GC's full collections.

CPython's full (generation 2) collection walks every tracked object. A megabyte article
has ~60k mentions, each a dataclass with its dict and three lists: ~300k objects, and
each full collection took 100-300 ms of the event loop, at moments set by allocation
counts, so a scroll key now and then waited for one. Reading them with the collector
paused and freezing the result (gc.freeze: moved to a generation it never walks) takes
them out of every later collection. They are still freed by reference counting when the
article is closed (mentions hold no reference cycles); what a freeze can keep alive is
only cyclic garbage that existed at that moment, which is small next to the article.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def long_lived() -> Iterator[None]:
    """Allocate inside with the collector paused; freeze what exists on the way out."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()
