"""What happened to the people a figure counts (issue 17, finding 12): a word of killing,
wounding, detention or displacement before the count, or after its noun, gives the count
that role's unit, so "3 soldiers killed" and "2,500 troops deployed" never compare as one
quantity in the figures screen. Sentences written for these tests in the registers of
several outlets (wire, Gulf, Levantine, Iraqi, Maghrebi, live blog); none is from the corpus.
"""

from __future__ import annotations

import pytest
from support import mentions_of
from test_e2e_tmux import TMUX


def _units(body):
    return [(f.value, f.unit) for f in mentions_of(body, kind="figure")]


@pytest.mark.parametrize("body, want", [
    # killed: the event noun or verb before the count, under clitics, past a hedge
    ("أسفر الكمين عن مقتل ثلاثة جنود من الكتيبة", [(3, "killed")]),
    ("وأدى القصف إلى مقتل نحو 40 مدنياً", [(40, "killed")]),
    ("أودى الانفجار بحياة 12 شخصاً بينهم عناصر أمن", [(12, "killed")]),
    ("قُتل 7 عسكريين في هجوم بطائرة مسيّرة", [(7, "killed")]),
    ("لقي 4 عمال حتفهم في انهيار المبنى", [(4, "killed")]),
    ("ثلاثة جنود قتلوا في الاشتباك", [(3, "killed")]),
    ("أعلنت الشرطة مقتل منتسب واحد", [(1, "killed")]),
    ("استشهاد جنديين في الغارة", [(2, "killed")]),
    # wounded, detained, displaced
    ("وإصابة أكثر من 20 شخصاً بجروح متفاوتة", [(20, "wounded")]),
    ("أصيب خمسة متظاهرين برصاص حي", [(5, "wounded")]),
    ("اعتقلت قوات الأمن 12 مشتبهاً به", [(12, "detainees")]),
    ("تم القبض على 9 أشخاص في المداهمة", [(9, "detainees")]),
    ("أطلق سراح 30 صياداً", [(30, "detainees")]),
    ("تسببت المعارك في تشريد نصف مليون شخص", [(500000, "displaced")]),
    # a role is shared across و by the next count of people, unless it has its own
    ("قتل 3 جنود و5 مدنيين في الهجوم", [(3, "killed"), (5, "killed")]),
    ("مقتل 4 أشخاص وإصابة 11 آخرين", [(4, "killed"), (11, "wounded")]),
    ("مقتل 3 وإصابة 7", [(3, "killed"), (7, "wounded")]),
])
def test_an_event_word_gives_the_count_its_role(body, want):
    assert _units(body) == want


@pytest.mark.parametrize("body, want", [
    # deployed, present, sent: troops stay troops
    ("نشرت واشنطن 2500 جندي في العراق", [(2500, "troops")]),
    ("يتمركز نحو 900 عسكري في سوريا", [(900, "troops")]),
    # a role never applies to what is not people
    ("أدى القصف إلى إصابة 3 مبان حكومية", [(3, "مبان")]),
    ("تعرض المعتقل للتعذيب بعد اعتقال دام 48 ساعة", [(48, "hours")]),
    ("بلغت كلفة تعويض أسر القتلى 5 ملايين دولار", [(5e6, "USD")]),
    # a role word elsewhere in the sentence, cut off by a comma or a preposition
    ("بعد مقتل القائد، نشرت القيادة 500 جندي", [(500, "troops")]),
])
def test_counts_without_an_event_keep_their_noun(body, want):
    assert _units(body) == want


def test_killed_and_deployed_do_not_share_a_key():
    killed = mentions_of("أعلن الجيش مقتل ثلاثة جنود في الهجوم", kind="figure")
    deployed = mentions_of("نشر الجيش ثلاثة جنود عند الحاجز", kind="figure")
    assert [f.key for f in killed] == ["figure:3:killed"]
    assert [f.key for f in deployed] == ["figure:3:troops"]


@pytest.mark.skipif(TMUX is None, reason="tmux is not installed (apt-get install tmux)")
def test_figures_screen_shows_killed_and_deployed_apart(make_dossier, app):
    """f in the installed reader: the killed and the deployed are two units, and neither
    is flagged as a disagreement (before, both were troops: 3 against 2,500, ⚠)."""
    root = make_dossier({
        "a.txt": "هجوم على قاعدة\nأعلن الجيش مقتل ثلاثة جنود في هجوم بطائرة مسيرة على القاعدة.\n",
        "b.txt": "تعزيزات\nنشرت القيادة 2500 جندي إضافي في المنطقة.\n",
    })
    a = app(str(root))
    a.type("Escape", "f")  # out of the search box (then a pause: ESC+f reads as Alt+f), f
    screen = a.wait_for("units,")
    rows = [line for line in screen.splitlines() if "killed" in line or "troops" in line]
    assert any("killed" in r and "3" in r for r in rows), screen
    assert any("troops" in r and "2,500" in r for r in rows), screen
    assert "disagree" not in "".join(rows), screen
    assert "0 with disagreeing articles" in screen, screen
