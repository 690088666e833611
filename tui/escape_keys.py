"""Escape read together with the next key stays two keys: Escape, then that key.

Why: Textual's key parser reads ESC followed at once by a key (in one read: a fast typist,
a paste, a loaded machine) as that key with Alt, and for named keys drops the Escape
altogether: Escape then Enter became a bare Enter in the search box, Escape then ] a ]
in the search box. The app binds nothing to Alt, and a terminal sends Alt+key as those
same bytes anyway, so here they mean what the user typed: Escape, then the key.

The parser is Textual's own with one method changed; ``keep_escape`` installs it in the
driver only where the driver builds it as this module expects, else leaves Textual as it
is (tests/test_e2e_keys.py types Escape and Enter in one write and fails if it no longer
applies).
"""

from __future__ import annotations

from textual import events

try:  # private to Textual: checked, never assumed
    from textual._xterm_parser import XTermParser
except ImportError:  # pragma: no cover - another Textual layout
    XTermParser = None  # type: ignore[assignment,misc]


if XTermParser is not None:
    class EscapeKeepingParser(XTermParser):  # type: ignore[misc,valid-type]
        def _sequence_to_key_events(self, sequence: str, alt: bool = False):
            if alt:  # ESC then a key, read at once: the Escape first, then the key as typed
                yield events.Key("escape", "\x1b")
            yield from super()._sequence_to_key_events(sequence, alt=False)


def keep_escape() -> bool:
    """Make the terminal driver parse keys with EscapeKeepingParser; whether it could."""
    if XTermParser is None or not hasattr(XTermParser, "_sequence_to_key_events"):
        return False
    try:
        from textual.drivers import linux_driver
    except ImportError:  # Windows: its driver reads key events, not bytes
        return False
    if getattr(linux_driver, "XTermParser", None) not in (XTermParser, EscapeKeepingParser):
        return False
    linux_driver.XTermParser = EscapeKeepingParser
    return True
