"""Names matched by a pattern (a ministry, a country's forces) link across spellings the
way search folds them (issue 19, section 2, entities): one key for أميركية/أمريكية,
harakat, ة/ه, the hamza's seat (الشئون/الشؤون), and shown in the first spelling seen,
not the alphabetically least."""

from __future__ import annotations

from support import mentions_of

from dossier_tui.index.mention_store import MentionStore


def _entities(body):
    return [(m.text, m.key, m.value) for m in mentions_of(body, kind="entity")]


def test_spellings_of_one_pattern_name_share_a_key():
    bodies = [
        "وصلت القوات الأميركية إلى القاعدة أمس.",      # wire: أميركية
        "انسحبت القوّات الأمريكيّة من المطار.",          # with shadda and harakat, أمريكية
        "قالت القوات الامريكيه إنها أنهت المهمة.",       # a forum post: bare alef, ه for ة
        "وبحسب للقوات الأمريكية فإن المهمة انتهت.",
    ]
    keys = {_entities(b)[0][1] for b in bodies}
    assert len(keys) == 1, keys
    shown = [_entities(b)[0][2] for b in bodies]
    assert shown[0] == "القوات الأميركية" and shown[1] == "القوات الأمريكية"  # each as written


def test_the_hamza_s_seat_and_teh_marbuta_fold_in_ministries():
    a = _entities("أعلنت وزارة الشئون الاجتماعية المصرية صرف المنحة.")
    b = _entities("وقالت وزارة الشؤون الاجتماعيه المصريه إن الصرف بدأ.")
    assert a[0][1] == b[0][1]
    assert a[0][2] != b[0][2]


def test_the_store_shows_the_first_spelling_seen(tmp_path):
    store = MentionStore(tmp_path / "m.sqlite")

    def mention(text, value):
        return {"kind": "entity", "text": text, "start": 0, "end": len(text), "key": "entity:القوات الامريكيه",
                "value": value, "high": None, "unit": None, "qualifier": None, "relative": False}

    # the first article writes أميركية, which sorts after أمريكية: MIN(value) showed the other
    store.put("b.txt", "1", "b", None, [mention("القوات الأميركية", "القوات الأميركية")])
    store.put("a.txt", "2", "a", None, [mention("القوات الأمريكية", "القوات الأمريكية")])
    (group,) = list(store.key_groups("entity"))
    assert group.value == "القوات الأميركية" and group.count == 2
