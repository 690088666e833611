"""What happened to the people a figure counts: killed, wounded, detained, displaced.

`مقتل ثلاثة جنود` counts soldiers who were killed; `نشر 2500 جندي` counts soldiers
deployed. Read by the counted noun alone both are troops, and the figures screen would
set "3 killed" against "2,500 deployed" as one quantity that disagrees. A word of
killing, wounding, detention or displacement just before the count (`مقتل`, `إصابة`,
`اعتقال`, `تشريد`, under any clitic, also after a verb's subject: `اعتقلت الشرطة 12`) or
just after its noun (`ثلاثة جنود قتلوا`, `5 مدنيين بجروح`) gives the count that role's
unit. Only counts of people take a role: `إصابة 3 مبان` stays buildings.
"""

from __future__ import annotations

from .tokens import Tok, strip_clitic
from .units import dual_of, unit_of

# nouns and verbs of the event, normalised, before the count
_BEFORE = {
    "killed": "مقتل قتل مصرع استشهاد اغتيال تصفيه اعدام قتلت قتلوا بحياه بارواح استشهد استشهدت "
              "وفاه توفي اوقع اوقعت موقعه موقعا",
    "wounded": "اصابه جرح اصيب اصيبت جرحت اصابت",
    "detainees": "اعتقال احتجاز توقيف اختطاف خطف اسر اعتقل اعتقلت احتجز احتجزت اوقفت اوقف "
                 "اختطف اختطفت سراح",
    "displaced": "نزوح تهجير تشريد تهجر نزح هجر فرار هروب",  # not فرت: وفرت "provided"
}
BEFORE = {w: role for role, words in _BEFORE.items() for w in words.split()}
# verbs whose subject may stand between them and the count: "اعتقلت قوات الأمن 12 مشتبهاً"
# and passives with a pronoun or place between: "قتل فيها 15 مدنياً", "أصيب خلاله 8"
_VERBS = frozenset("قتلت اعتقل اعتقلت احتجز احتجزت اوقفت اوقف اختطف اختطفت اصابت جرحت "
                   "قتل اصيب جرح استشهد نزح اوقع اوقعت".split())
# "caused" (أوقع القصف 35 مدنياً, موقعةً 20 مدنياً): the dead, but only of a count of people
_CAUSED = frozenset("اوقع اوقعت موقعه موقعا".split())
# two-word phrases before the count: "القبض على 5", "الإفراج عن 50" (and "أودى بحياة 3",
# "إطلاق سراح 30": their second word alone says it)
_PHRASES = {("القبض", "علي"): "detainees", ("الافراج", "عن"): "detainees", ("افرج", "عن"): "detainees",
            ("افرجت", "عن"): "detainees", ("يفرج", "عن"): "detainees"}
# words right after the counted noun: "3 جنود قتلوا", "جنديان جريحان", "5 مدنيين بجروح"
_AFTER = {
    "killed": "قتلوا قتلي قتيلا لقوا حتفهم مصرعهم استشهدوا شهداء",
    "wounded": "اصيبوا جرحي جريحا بجروح باصابات جرحوا",
    "detainees": "اعتقلوا احتجزوا اسري معتقلين",
    "displaced": "نزحوا هجروا نازحين",
}
AFTER = {w: role for role, words in _AFTER.items() for w in words.split()}
# the counted noun may take a role when it counts people, or when there is none ("مقتل 3")
PEOPLE_UNITS = frozenset({None, "troops", "people", "advisers"})
ROLES = frozenset(_BEFORE)


def _forms(word: str) -> tuple[str, ...]:
    return strip_clitic(word, allow_al=False)


def role_before(toks: list[Tok], start: int) -> str | None:
    """The role a word just before the number phrase at ``start`` gives its count."""
    s = toks[start].sentence

    def w(k: int) -> str:
        return toks[k].text if k >= 0 and toks[k].sentence == s else ""

    if (w(start - 2), w(start - 1)) in _PHRASES:
        return _PHRASES[(w(start - 2), w(start - 1))]
    k = start - 1
    if w(k) in ("عن", "الي", "ب"):  # "أسفر عن مقتل" is before; "أدى إلى مقتل 3": skip to it
        return None
    found = role_word(w(k))
    if found:
        return found
    for back in (2, 3):  # a verb, then its subject: "اعتقلت قوات الأمن 12"
        j = start - back
        if not w(j) or toks[j].is_number or not w(j)[:1].isalpha():
            return None
        verb = next((f for f in _forms(w(j)) if f in _VERBS), None)  # "وقتل خلاله 12"
        if verb and not any(role_word(w(m)) for m in range(j + 1, start)):
            return BEFORE[verb]
    return None


def role_word(word: str) -> str | None:
    """The role an event word (مقتل, اعتقال, أصيب ... under any clitic) gives a count."""
    for form in _forms(word):
        if form in BEFORE:
            return BEFORE[form]
    return None


def role_after(toks: list[Tok], end: int) -> str | None:
    """The role a word right after the counted noun gives its count ("3 جنود قتلوا")."""
    if end >= len(toks) or toks[end].sentence != toks[end - 1].sentence:
        return None
    return AFTER.get(toks[end].text)


def with_role(toks: list[Tok], start: int, end: int, unit: str | None,
              noun: str | None) -> tuple[str | None, str]:
    """(unit, why) for the figure at [start, end): its role's unit where an event word
    says what happened to the people it counts, else the unit as read (why empty).
    ``noun`` is the counted noun as written: a noun outside the vocabulary takes a role
    ("مقتل 5 صحفيين", "لقي 4 عمال حتفهم"), but إصابة, also a hit, only a noun that
    names people ("إصابة 3 مسلحين", not "إصابة 3 مبان")."""
    if unit is not None and unit.isascii() and unit not in PEOPLE_UNITS:
        return unit, ""  # hours, tons, dollars: no role
    role = role_before(toks, start) or role_after(toks, end)
    if role is None:
        return unit, ""
    if unit not in PEOPLE_UNITS and (role == "wounded" or _caused(toks, start)) and not _human_noun(noun):
        return unit, ""  # إصابة is also a hit: "إصابة 3 مبان"; "أوقع 3 خسائر" no deaths
    return role, f"unit {role} (the event word by the count)"


def _caused(toks: list[Tok], start: int) -> bool:
    """A word of causing (أوقع, موقعةً) within the three words before the count."""
    s = toks[start].sentence
    return any(toks[k].sentence == s and any(f in _CAUSED for f in _forms(toks[k].text))
               for k in range(max(0, start - 3), start))


def _human_noun(noun: str | None) -> bool:
    """A counted noun outside the vocabulary that names people: a sound masculine plural
    (مسلحين, مشتبهون, ارهابيين), the plural Arabic keeps for people."""
    return bool(noun) and len(noun) >= 5 and noun.endswith(("ين", "ون")) and not noun.startswith("ال")


# a casualty noun in the singular counts one when a tally lists it beside a count:
# "شهيد و7 جرحى", "قتيلان وجريح", "3 شهداء وجريح"
_SINGLES = {w: role for role, words in {"killed": "قتيل قتيلا شهيد شهيدا",
                                        "wounded": "جريح جريحا مصاب مصابا"}.items() for w in words.split()}
# before a figure: a subset of the count before it ("قتل 12 شخصاً، منهم 5 أطفال")
_FALLING = frozenset("سقوط وسقوط ارتقاء وارتقاء".split())  # "the falling of": a casualty
SUBSET = frozenset("منهم منهن بينهم بينهن منها بينها".split())


def single(word: str) -> str | None:
    """The role of a singular casualty noun (maybe after و), or None: 'شهيد', 'وجريح'."""
    return _SINGLES.get(word) or (_SINGLES.get(word[1:]) if word[:1] == "و" else None)


def single_in_tally(toks: list[Tok], i: int, counts) -> str | None:
    """The role of the casualty noun at i when a tally counts it as one: joined by و to a
    count beside it ('شهيد و7 جرحى', 'قتيل وجريحان'; 'و' + the noun after a count:
    '3 شهداء وجريح', 'شهيدين وجريح'), or counted by سقوط/ارتقاء. ``counts(k)`` says whether a count starts at k."""
    role = single(toks[i].text)
    if role is None:
        return None
    s = toks[i].sentence
    if toks[i].text[:1] != "و" and i and toks[i - 1].sentence == s and toks[i - 1].text in _FALLING:
        return role  # "وسقوط جريح", "ارتقاء شهيد": one, though no tally follows
    if toks[i].text[:1] == "و" and i and toks[i - 1].sentence == s:
        prev = toks[i - 1]
        u = unit_of(prev.text)
        if u in ("killed", "wounded") and (dual_of(prev.text) or (i >= 2 and toks[i - 2].is_number)
                                           or prev.text[:1] == "و"):
            return role
        return None
    nxt = toks[i + 1] if i + 1 < len(toks) and toks[i + 1].sentence == s else None
    if nxt is not None and nxt.text == "و" and i + 2 < len(toks) and toks[i + 2].sentence == s:
        return role if counts(i + 2) else None  # "قتيل و12 جريحاً": the و stands apart from digits
    if nxt is not None and nxt.text[:1] == "و" and len(nxt.text) > 1 and (single(nxt.text) or counts(i + 1)):
        return role
    return None

