"""Article bytes to text: which encoding, and whether it is text at all.

UTF-8 (with or without BOM) and BOM-marked UTF-16 are taken as they are; BOM-less UTF-16
and legacy Arabic code pages are recognised; binary data (even valid UTF-8 of record
headers) is refused with a one-line reason. The loader calls ``decode`` and nothing else.
"""

from __future__ import annotations

import codecs
import re


class UndecodableError(ValueError):
    pass


class UnreadableFormat(UndecodableError):
    """A file that is not what its name says (a PDF without a text layer, a broken page)."""

    def __init__(self, label: str, reason: str):
        super().__init__(reason)
        self.label = label


def decode(data: bytes) -> tuple[str, str]:
    """Decode article bytes; returns (text, encoding name). Raises UndecodableError.

    UTF-8 (with or without BOM) and BOM-marked UTF-16 are taken as they are. Anything
    else goes to charset-normalizer, and its answer is kept only when the result reads
    as Arabic or Latin text: a wrong guess would show mojibake as if it were the article.
    """
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8"), "utf-8-sig"
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return _strict(data, "utf-16"), "utf-16"
    problem = "binary file (not text)"
    if not _looks_utf16(data):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            if b"\x00" not in data:
                problem = f"not UTF-8 (invalid byte at offset {exc.start})"
        else:
            if not _binary_controls(text):
                return text, "utf-8"
            raise UndecodableError(problem)
    guessed = _detect(data)
    if guessed is not None:
        return guessed
    raise UndecodableError(f"{problem}, and no Arabic or Unicode encoding reads it as text")


# C0 controls that no text format uses: NUL, SOH..BS, SO..SUB, FS..US (tab, newlines, form
# feed and ESC are left to the sanitiser, which removes escape sequences whole).
_BINARY_CONTROL = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def _binary_controls(text: str) -> bool:
    """Valid UTF-8 can still be binary (record headers, ASCII-range data): NULs in every
    twentieth place, or controls in a third of the opening, counted in dozens. Stray
    controls in an article (a pasted NUL, a hostile sequence) stay below both and are left
    to the sanitiser, which removes them."""
    sample = text[:4096]
    nuls = sample.count("\x00")
    if nuls >= 32 and nuls * 20 > len(sample):
        return True
    found = len(_BINARY_CONTROL.findall(sample))
    return found >= 64 and found * 3 > len(sample)


def _looks_utf16(data: bytes) -> bool:
    """BOM-less UTF-16 of Arabic or Latin text: one byte of each pair is mostly 0x00 or 0x06.

    Such data is often valid UTF-8 too (0x06 and 0x00 are ASCII), so it must be caught
    before the UTF-8 decoder takes it; stray NULs in real UTF-8 text do not make this pattern.
    """
    sample = data[:4096]
    if len(sample) < 4:
        return False
    for half in (sample[0::2], sample[1::2]):
        if half.count(0) + half.count(6) >= 0.6 * len(half):
            return True
    return False


def _detect(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes  # only paid for files that are not UTF-8

    best = from_bytes(data[:1_000_000]).best() if data else None
    if best is None:
        return None
    encoding = best.encoding
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return (text, encoding) if _plausible(text) else None


def _plausible(text: str) -> bool:
    """Most letters Arabic-script or basic Latin, and few controls: real text, not mojibake."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    good = sum(1 for c in letters if c < "\u0250" and c.isascii() or "\u0600" <= c <= "\u06ff"
               or "\u0750" <= c <= "\u077f" or "\ufb50" <= c <= "\ufeff")
    controls = sum(1 for c in text if c < " " and c not in "\n\r\t")
    return good >= 0.9 * len(letters) and controls <= len(text) // 100


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise UndecodableError(f"not valid {encoding.upper()} (byte {exc.start})") from None
