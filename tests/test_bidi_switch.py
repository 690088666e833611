"""b reaches every widget (issue 17, #15): the app walks every open screen and calls each
widget's ``set_bidi_mode``; a widget made with a bidi ``mode`` that lacked one kept its
old mode (the t/f/e tables, the lists, the picker, the status line did). This checks the
class, not a list: any widget or screen of the reader that takes a ``mode`` can switch it.
(tests/test_e2e_bidi_switch.py types b into the installed app on each screen.)"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from textual.dom import DOMNode

import dossier_tui.tui as tui


def _widgets_with_a_mode() -> list[type]:
    found = []
    for info in pkgutil.iter_modules(tui.__path__):
        module = importlib.import_module(f"dossier_tui.tui.{info.name}")
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and issubclass(cls, DOMNode) \
                    and "mode" in inspect.signature(cls.__init__).parameters:
                found.append(cls)
    return found


def test_every_widget_made_with_a_bidi_mode_can_switch_it():
    found = _widgets_with_a_mode()
    names = {cls.__name__ for cls in found}
    # (the ones known today are found: the search is not looking in the wrong place)
    assert {"ResultList", "ReaderPane", "ArticleView", "OverviewTable", "TimelineScreen",
            "LinkedMentions", "ArticlePicker", "WarningsScreen", "StatusLine", "RtlInput"} <= names
    lacking = [cls.__name__ for cls in found if not callable(getattr(cls, "set_bidi_mode", None))]
    assert not lacking, f"made with a bidi mode but b cannot switch it: {lacking}"
