"""The one place where untrusted article text is made safe to show.

Every byte of an article reaches a terminal eventually, so controls are removed here,
once, at load time: C0/C1 controls would be escape sequences (title changes, colours,
clipboard writes), and explicit bidi embeddings/overrides/isolates could make text read
differently from what it says (RLO spoofing) or reorder text outside their run.
Marks that only nudge neutral characters (LRM, RLM, ALM) and joiners (ZWJ, ZWNJ, needed
by Arabic script) are kept.

Whole escape sequences go, not just their introducer: dropping only ESC would leave a
title change's `]2;PWNED` or a colour's `[41m` as text (and `31m` would then be read as a
figure). ECMA-48's shapes are removed with 7-bit and 8-bit introducers: CSI, the control
strings OSC/DCS/SOS/PM/APC up to BEL or ST, and two-byte ESC sequences. Each is bounded
and stops at a newline, so an unterminated one loses only its introducer, never the
article after it.
"""

from __future__ import annotations

import re

# C0 except \t and \n, DEL, C1; U+2028/2029 and NEL become newlines first.
_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f"
# LRE RLE PDF LRO RLO, LRI RLI FSI PDI, and stray BOMs / interlinear annotations.
_BIDI_FORMAT = "\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb"
# Lone surrogates (from surrogateescape decoding) cannot be encoded for output.
_SURROGATES = "\ud800-\udfff"

# CSI: parameters, intermediates, a final byte. A control string: its payload up to BEL or
# ST (ESC \ or 0x9C), at most 4096 characters and no newline. Other ESC sequences:
# intermediates then a final byte (ESC ( B, ESC 7, ESC c).
_ESCAPES = re.compile(
    "(?:\x1b\\[|\x9b)[\x30-\x3f]{0,64}[\x20-\x2f]{0,16}[\x40-\x7e]"
    "|(?:\x1b[\\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c\n]{0,4096}(?:\x07|\x1b\\\\|\x9c)"
    "|\x1b[\x20-\x2f]{0,8}[\x30-\x7e]"
)
_DROP = re.compile(f"[{_CONTROLS}{_BIDI_FORMAT}]")
_SURROGATE = re.compile(f"[{_SURROGATES}]")
_C1_INTRODUCERS = re.compile("[\x90\x98\x9b\x9d-\x9f]")
_NEWLINES = re.compile("\r\n|\r|\u0085|\u2028|\u2029")

BIDI_CONTROLS = frozenset(
    chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))
)


def sanitize(text: str) -> str:
    """Normalise newlines to ``\\n``, drop escape sequences whole, then every remaining
    control and bidi-formatting character."""
    text = _NEWLINES.sub("\n", text)
    text = _SURROGATE.sub("\ufffd", text)
    if "\x1b" in text or _C1_INTRODUCERS.search(text):
        text = _ESCAPES.sub("", text)
    return _DROP.sub("", text)


def sanitize_line(text: str) -> str:
    """For one-line labels (file names, titles): also folds newlines and tabs to spaces."""
    return sanitize(text).replace("\n", " ").replace("\t", " ")
