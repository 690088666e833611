"""Keys typed right after Enter or Escape on a screen over the main one wait until it has acted.

Why: a modal (linked mentions, a table's listing, the speakers' statements, the picker,
the palette) acts on Enter by dismissing itself; the app carries out the choice (opens the
article, moves the cursor and the focus) in a callback, after the keys already read. A
``]`` typed with the Enter went to the modal being closed, or to the reader before the
jump: lost either way. So the app holds the keys read after such an Enter or Escape and
hands them on, in order, once the choice is carried out (``release``), a screen is
pushed, or ``HOLD`` seconds have passed, whichever comes first.
"""

from __future__ import annotations

from textual import events

HOLD = 0.4  # seconds: longest a typed key waits; nothing waits when nothing is typed


class KeyHold:
    """Mixin for the App (before ``App`` in its bases)."""

    _held: list[events.Key] | None = None
    _hold_timer = None

    def release_keys(self) -> None:
        """Hand the held keys on, as if typed now (the choice is carried out)."""
        held, self._held = self._held, None
        if self._hold_timer is not None:
            self._hold_timer.stop()
            self._hold_timer = None
        for key in held or ():
            self.post_message(events.Key(key.key, key.character))  # type: ignore[attr-defined]

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not event.is_forwarded:
            if self._held is not None:
                self._held.append(event)
                return
            # any screen over the main one: modals, and the t/f/e/s screens (not modal)
            if event.key in ("enter", "escape") and len(self.screen_stack) > 1:  # type: ignore[attr-defined]
                self._held = []  # this key acts on that screen; the next ones wait for it
                self._hold_timer = self.set_timer(HOLD, self.release_keys)  # type: ignore[attr-defined]
        await super().on_event(event)  # type: ignore[misc]

    def push_screen(self, *args, **kwargs):
        """A screen pushed (the listing of a table's row): the held keys are for it, once
        it has the focus."""
        result = super().push_screen(*args, **kwargs)  # type: ignore[misc]
        if self._held is not None:
            self.call_after_refresh(self.release_keys)  # type: ignore[attr-defined]
        return result
