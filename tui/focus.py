"""Focus moved by a key, at once.

``Widget.focus()`` only queues the move, behind the keys already read: keys typed in the
same burst as the one that moved the focus (a fast typist, a paste, a loaded machine that
reads several keys at once) went to the widget left. ``/`` and then a query lost the query
to the result list; Escape and then Enter searched instead of opening; ``w`` and then ``]``
moved the other pane. Keys that move the focus use this instead.
"""

from __future__ import annotations

from textual.widget import Widget


def focus_now(widget: Widget) -> None:
    """``widget`` has the focus before the next key is handled (when it is on a screen)."""
    try:
        screen = widget.screen
    except Exception:  # noqa: BLE001 - not mounted (yet): the queued move is all there is
        widget.focus()
        return
    screen.set_focus(widget)
