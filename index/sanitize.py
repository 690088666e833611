"""The one place where untrusted article text is made safe to show.

Every byte of an article reaches a terminal eventually, so controls are removed here,
once, at load time: C0/C1 controls would be escape sequences (title changes, colours,
clipboard writes), and explicit bidi embeddings/overrides/isolates could make text read
differently from what it says (RLO spoofing) or reorder text outside their run.
Marks that only nudge neutral characters (LRM, RLM, ALM) and joiners (ZWJ, ZWNJ, needed
by Arabic script) are kept.
"""

from __future__ import annotations

import re

# C0 except \t and \n, DEL, C1; U+2028/2029 and NEL become newlines first.
_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f"
# LRE RLE PDF LRO RLO, LRI RLI FSI PDI, and stray BOMs / interlinear annotations.
_BIDI_FORMAT = "\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb"
# Lone surrogates (from surrogateescape decoding) cannot be encoded for output.
_SURROGATES = "\ud800-\udfff"

_DROP = re.compile(f"[{_CONTROLS}{_BIDI_FORMAT}]")
_SURROGATE = re.compile(f"[{_SURROGATES}]")
_NEWLINES = re.compile("\r\n|\r|\u0085|\u2028|\u2029")

BIDI_CONTROLS = frozenset(
    chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))
)


def sanitize(text: str) -> str:
    """Normalise newlines to ``\\n`` and drop every control and bidi-formatting character."""
    text = _NEWLINES.sub("\n", text)
    text = _SURROGATE.sub("\ufffd", text)
    return _DROP.sub("", text)


def sanitize_line(text: str) -> str:
    """For one-line labels (file names, titles): also folds newlines and tabs to spaces."""
    return sanitize(text).replace("\n", " ").replace("\t", " ")
