"""Regenerate index/layout/brackets.py from Unicode's BidiBrackets.txt (Debian: unicode-data)."""

import sys
from pathlib import Path

SOURCE = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode/BidiBrackets.txt")


def main() -> None:
    pairs = []
    for line in SOURCE.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        a, b, kind = (f.strip() for f in line.split(";"))
        if kind == "o":
            pairs.append((int(a, 16), int(b, 16)))
    body = "\n".join(f"    0x{a:04X}: 0x{b:04X}," for a, b in pairs)
    out = Path(__file__).resolve().parent.parent / "index" / "layout" / "brackets.py"
    out.write_text(
        '"""Paired brackets (UAX #9 BD14-BD16), from Unicode\'s BidiBrackets.txt via\n'
        'tools/make_bidi_tables.py: opening code point -> closing code point."""\n\n'
        f"OPENING = {{\n{body}\n}}\n"
        "CLOSING = {v: k for k, v in OPENING.items()}\n"
        "# U+2329/U+232A are canonically equivalent to U+3008/U+3009 (BD16 compares both)\n"
        "CANONICAL = {0x2329: 0x3008, 0x232A: 0x3009}\n", encoding="utf-8")


if __name__ == "__main__":
    main()
