"""The key parser keeps an Escape read together with the next key (tui/escape_keys.py)."""

from __future__ import annotations

import pytest

from dossier_tui.tui.escape_keys import EscapeKeepingParser, keep_escape


def keys(data: str) -> list[str]:
    parser = EscapeKeepingParser(debug=False)
    return [e.key for e in [*parser.feed(data), *parser.feed("")] if hasattr(e, "key")]


@pytest.mark.parametrize("data, expected", [
    ("\x1b\r", ["escape", "enter"]),  # Textual alone: ["enter"]
    ("\x1b]", ["escape", "right_square_bracket"]),  # alone: ["right_square_bracket"]
    ("\x1bj", ["escape", "j"]),  # alone: ["alt+j"]
    ("\x1b/", ["escape", "slash"]),
    ("\x1b", ["escape"]),  # a lone Escape is still one
    ("\x1b\x1b", ["escape", "escape"]),
    ("\x1b[A", ["up"]),  # sequences keep their meaning
    ("\x1b[1;5C", ["ctrl+right"]),
    ("a\x1b/b", ["a", "escape", "slash", "b"]),
])
def test_escape_then_a_key_is_two_keys(data, expected):
    assert keys(data) == expected


def test_the_driver_builds_this_parser():
    from textual.drivers import linux_driver

    assert keep_escape() and linux_driver.XTermParser is EscapeKeepingParser
