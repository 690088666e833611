"""One speaker, one key: within an article a surname, a title with a surname or a role
is the person named in full; "the same source" is the source quoted before; across
articles the key is the name in the spelling search folds to."""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from ..arabic.variants import fold_spelling
from .quote_bodies import fuller_in_description, fuller_owner, is_body, link_body, short_in_description
from .quote_speakers import _name_forward, _plain, _Speaker, issuer, subject_end
from .quote_words import (
    _BACKREF,
    _DOCUMENTS,
    _LEXICON,
    _OUTLET_AFTER_L,
    _ROLE_HEADS,
    _ROLES,
    _SPEAKER_HEADS,
    _TITLES,
    _adjective,
    _bare,
    _head,
    _is_al,
    _n,
)

if TYPE_CHECKING:
    from .quote_article import _Article
    from .quote_statements import QuoteHit


def _resolve_backref(sp: _Speaker, last: list[QuoteHit]) -> _Speaker | None:
    """المصدر نفسه، نفس المصدر: the source quoted before."""
    words = sp.name.split()
    if len(words) == 2 and (words[1] in _BACKREF or words[0] == "نفس") and last:
        kind = _stem(words[1] if words[0] == "نفس" else words[0])  # مصدر
        unnamed = [q for q in reversed(last) if q.anonymous or not q.person]
        same = [q for q in unnamed if _stem(q.name.split()[0]) == kind]
        if not same and kind in _BODY_WORDS:  # اللجنة نفسها: the body named before, as bodies link
            body = words[1] if words[0] == "نفس" else words[0]
            return _Speaker(sp.text, sp.start, sp.end, body, False, False, sp.display, sp.roles)
        q = (same or [last[-1]])[0]  # that kind of source quoted before, else whoever was quoted last
        return _Speaker(sp.text, sp.start, sp.end, q.name, q.anonymous, q.person, q.display, q.roles)
    if len(words) == 1 and words[0] in _ONE_OF and last:
        # وقال أحدهما، وأكد بعضهم: one of the unnamed sources quoted before
        unnamed = [q for q in reversed(last) if q.anonymous]
        if unnamed:
            q = unnamed[0]
            return _Speaker(sp.text, sp.start, sp.end, q.name, True, False, q.display)
    return sp


_ONE_OF = _n("أحدهما أحدهم إحداهما إحداهن بعضهم أغلبهم معظمهم")


def _link_names(quotes: list[QuoteHit], art: _Article) -> None:
    """One speaker, one name within an article: a surname (or title + surname) is the
    full name it ends; a role (الناطق العسكري، مساعد الوزير، وزير المالية) is the person
    named with that role nearest before it (else after it)."""
    holders = art.holders
    full = {q.name: q.display for q in quotes if q.person and len(q.name.split()) >= 2}
    for _at, name, display, _roles in holders:
        full.setdefault(name, display)
    persons = [(q.start, q.name, q.display, q.roles) for q in quotes if q.person and not q.continuation]
    persons = sorted(persons + holders, key=lambda p: p[0])
    named = [(q.speaker_start, q.name.split(), q.display, None) for q in quotes
             if not q.person and not q.anonymous and not q.continuation and q.speaker_start is not None]
    for q in quotes:
        if q.anonymous and not q.continuation:
            short_in_description(q, art)
            fuller_in_description(q, art, named)
        if q.anonymous or q.continuation:
            continue
        if not q.person:
            _document_name(q, art)
            link_body(q, art, named)
        words = q.name.split()
        done = False
        for f, display in full.items():
            fw = f.split()
            if len(fw) > len(words) and (fw[-len(words):] == words or len(words) == 2 and q.person
                                          and fw[0] == words[0] and fw[-1] == words[1]):
                # الفلاني alone, or خالد المهندي for خالد بن عبدالله المهندي: the name in full
                q.name, q.display, q.person, done = f, display, True, True
                break
        if done or q.person or not words:
            continue
        if any(w in _HIS_NAME for w in words):  # المتحدث باسمها: in the name of the body named before
            body = _body_before(q, quotes, art)
            if body is not None:
                words = [("باسم " + body[0]) if w in _HIS_NAME else w for w in words]
                q.name = " ".join(words)
                q.display = " ".join(("باسم " + body[1]) if _n(w) & _HIS_NAME else w for w in q.display.split())
                words = q.name.split()
        if words[0] in _GUEST and len(words) == 1 and (guest := _guest(art, persons)) is not None:
            q.name, q.display, q.person = guest[1], guest[2], True  # الضيف: the guest introduced
            continue
        if words[0].startswith("ال") and len(words) <= 2:
            # المصدر، المصادر، المسؤولان، التقديرات: the source of that kind quoted before
            earlier = [p for p in quotes if p.start < q.start and not p.continuation and p is not q
                       and p.name.split()[0] == words[0][2:]
                       and (len(words) == 1 or words[1] in _BACKREF
                            or _stem(words[1]) in {_stem(w) for w in p.name.split()[1:]})]
            # (الرئيس السوري is not رئيس الوزراء السوداني: the adjective must be the same)
            if words[0][2:] in _PERSON_NOUNS and all(art.para[bisect_left(art.starts, p.start)] == 0
                                                   for p in earlier):
                # الدبلوماسي الروسي after أوليغ تشيرنيشوف was quoted: the person named before
                # (a headline's 'دبلوماسي روسي لـ"سبوتنيك":' is that person too)
                fem = words[0].endswith("ه")  # المسؤولة: a woman, named before with a feminine verb
                people = [p for p in quotes if p.start < q.start and p.person and not p.continuation
                          and _feminine_verb(p.verb) == fem]
                if people:
                    p = people[-1]
                    for h in earlier:
                        h.name, h.display, h.anonymous, h.person = p.name, p.display, False, True
                    q.name, q.display, q.person = p.name, p.display, True
                    continue
            if earlier:
                p = earlier[-1]
                q.name, q.display, q.anonymous = p.name, p.display, p.anonymous
                continue
        head = _head(words[0])
        if head not in _ROLE_HEADS:
            continue
        at = q.speaker_start if q.speaker_start is not None else q.start
        role = _complements(words) if head in _ROLE_NOUNS else set()
        same = [p for p in persons if head in p[3] and role <= {_stem(w) for w in p[3]}]
        before = [p for p in same if p[0] < at]
        after = [p for p in same if p[0] > at]
        p = before[-1] if before else after[0] if after else None
        if p is None and words[0] in _THE_SPEAKER and len(words) == 1:
            # المتحدث alone, and nobody is a spokesman here: the one speaking, quoted before
            people = [x for x in quotes if x.start < q.start and x.person and not x.continuation
                      and _feminine_verb(x.verb) == words[0].endswith("ه")]
            if people:
                q.name, q.display, q.person = people[-1].name, people[-1].display, True
                continue
        if p is not None:
            q.name, q.display = p[1], p[2]
        elif len(words) == 1:  # الوزير: the role written in full before (وزير الخارجية)
            phrase = _role_phrase(art, head, at)
            if phrase is not None:
                q.name, q.display = phrase




_HIS_NAME = _n("باسمها باسمه باسمهم")
_THE_SPEAKER = _n("المتحدث المتحدثة")
# a person described, not a source (the diplomat, the official): as a definite anaphor, the
# person named before
_PERSON_NOUNS = _n("دبلوماسي دبلوماسية مسؤول مسؤولة مسئول مسئولة")


def _body_before(q: QuoteHit, quotes: list[QuoteHit], art: _Article) -> tuple[str, str] | None:
    """The body a pronoun refers to: the last body quoted, else named, before q."""
    at = q.speaker_start if q.speaker_start is not None else q.start
    said = [p for p in quotes if p.start < at and p is not q and not p.person and not p.anonymous
            and not p.continuation and is_body(p.name)]
    named = [b for b in art.bodies if b[0] < at]
    if said and (not named or said[-1].start >= named[-1][0]):
        return said[-1].name, said[-1].display
    if named:
        return " ".join(named[-1][1]), named[-1][2]
    return None


def _feminine_verb(verb: str) -> bool:
    """قالت، أكدت، تقول، مؤكدة: the verb agrees with a woman (or a body)."""
    v = _n(verb.split()[0]).pop() if verb.split() else ""
    v = v[1:] if len(v) > 3 and v[0] in "وف" else v
    return v.endswith(("ت", "ه")) or len(v) > 3 and v[0] == "ت"


_GUEST = _n("الضيف الضيفة")
_INTRODUCES = _n("ضيفنا ضيفتنا ضيف ضيفة نستضيف يستضيف تستضيف")


def _guest(art: _Article, persons: list) -> tuple | None:
    """The one guest a programme introduces (ضيفنا الليلة وزير المالية الدكتور نبيل عيتاني):
    the first person named within a few words after ضيفنا/نستضيف; None if it introduces none."""
    toks = art.toks
    for k, t in enumerate(toks):
        if t.text in _INTRODUCES:
            limit = toks[min(len(toks) - 1, k + 12)].end
            named = [p for p in persons if t.start < p[0] <= limit]
            return named[0] if named else None
    return None


def _document_name(q: QuoteHit, art: _Article) -> None:
    """A document is named by its full name in the article: ``بيان للهلال الأحمر`` is keyed
    بيان الهلال الأحمر (who issued it reads the same with or without ل), and ``التقديرات``
    alone is the ``تقديرات مشروع الميزانية`` written before it."""
    words = q.name.split()
    head = _stem(words[0])
    if head not in _DOCUMENTS:
        return
    if len(words) == 1 and words[0].startswith("ال"):
        toks = art.toks
        at = q.speaker_start if q.speaker_start is not None else q.start
        for k in range(len(toks) - 1, -1, -1):
            if toks[k].start >= at or toks[k].text != head:
                continue
            e = subject_end(art, k, min(len(toks), k + 8))
            nxt = toks[k + 1].text if k + 1 < len(toks) else ""
            named = _is_al(nxt) or not _adjective(nxt) and any(
                _is_al(toks[x].text) for x in range(k + 2, min(len(toks), k + 4)))
            if named and e is not None and e > k + 1 and not any(toks[x].text in (",", ".") for x in range(k, e)):
                words = [toks[x].text for x in range(k, e)]
                q.display = _plain(art.text[toks[k].start:toks[e - 1].end])
                break
        else:  # وأصدرت الهيئة بياناً … وأضاف البيان: the body that issued it speaks
            by = _issued_by(art, head, at)
            if by is not None:
                q.name, q.display = by.name, by.display
                return
    owner = _written_owner(art, q)
    if owner:  # تقرير جديد لبرنامج الأغذية العالمي، دراسة أعدها مركز …: who wrote it
        words = words[:1] + owner
    if len(words) >= 3 and words[1] in ("صادر", "الصادر") and words[2] == "عن":
        # بيان صادر عن وزارة الداخلية: the ministry's; البيان الصادر عن الاجتماع: the statement
        by = words[3] if len(words) > 3 else ""
        words[1:] = words[3:] if _head(by) in _SPEAKER_HEADS or _head(by) in _ROLE_HEADS else []
    if len(words) >= 2 and words[1].startswith("لل") and len(words[1]) > 4 and words[1] not in _PURPOSES:
        words[1] = "ال" + words[1][2:]
    elif len(words) >= 2 and words[1][:1] == "ل" and _head(words[1][1:]) in _BODY_WORDS:
        words[1] = words[1][1:]  # بلاغ لوزارة الداخلية: بلاغ وزارة الداخلية
    owner = fuller_owner(words[1:], art, q.speaker_start if q.speaker_start is not None else q.start) \
        if len(words) >= 2 else None
    if owner is not None:  # أرقام المفوضية: the commission named in full in the article
        words = words[:1] + owner[0]
    name = " ".join(words)
    if name != q.name:
        q.name = name
        q.display = q.display if len(words) > 1 and q.display != q.speaker else name


_BODY_WORDS = {_head(w) for w in _n("وزارة هيئة مديرية لجنة مجلس مكتب بعثة منظمة وكالة مفوضية رئاسة حكومة قيادة")}


def _issued_by(art: _Article, head: str, at: int):
    """The last body before offset at that issued a document of this kind (أصدرت الوزارة
    بياناً، الهيئة تصدر تقريراً), parsed as a speaker; None if none did."""
    toks = art.toks
    for k in range(len(toks) - 1, -1, -1):
        if toks[k].start >= at or toks[k].text not in (head, head + "ا"):
            continue
        if k + 1 < len(toks) and (by := issuer(art, k + 1)) is not None and not by.anonymous:
            return by
        return None
    return None


_DOC_ADJECTIVES = _n("""جديد جديدة الجديد الجديدة حديث حديثة الحديث الحديثة أخير الأخير الأخيرة سنوي
السنوي السنوية الأسبوعي الشهري الفصلي الدوري الدورية""")
_WROTE = _n("أعدها أعده أصدرها أصدره نشرها نشره أجراها أجراه وضعها وضعه")


def _written_owner(art: _Article, q: QuoteHit) -> list[str]:
    """Who wrote a document the speaker names after its noun and adjectives: with ل
    (تقرير جديد لبرنامج الأغذية العالمي) or a relative verb (دراسة أعدها مركز الدراسات): the
    owner's noun and its ال-words, normalised; [] when the document names none so."""
    if q.speaker_start is None:
        return []
    toks = art.toks
    k = bisect_left(art.starts, q.speaker_start)
    if k >= len(toks) or _stem(_bare(toks[k].text)) not in _DOCUMENTS:
        return []
    k += 1
    while k < len(toks) and art.same(k - 1, k) and (toks[k].text in _DOC_ADJECTIVES or _adjective(toks[k].text)
                                                   and not toks[k].text.startswith("لل")):
        k += 1
    if k >= len(toks) or not art.same(k - 1, k):
        return []
    if toks[k].text in ("التي", "الذي") and k + 1 < len(toks) and toks[k + 1].text in _WROTE:
        k += 1  # المسوحات الميدانية التي أجراها المرصد
    w = toks[k].text
    if w in _WROTE and k + 1 < len(toks):
        k += 1
        first = toks[k].text
    elif w.startswith("لل") and len(w) > 4 and k > 0 and toks[k - 1].text not in _DOCUMENTS:
        first = "ال" + w[2:]
    elif w[0] == "ل" and len(w) > 4 and _head(w[1:]) in _LEXICON | _OWNERS and k > 0 \
            and toks[k - 1].text not in _DOCUMENTS:
        first = w[1:]
    else:
        return []
    out = [first]
    e = k + 1
    while e < len(toks) and art.same(k, e) and len(out) < 6 and _is_al(toks[e].text):
        out.append(toks[e].text)
        e += 1
    return out if len(out) >= 2 or _head(first) in _LEXICON else []


_PURPOSES = _n("للرأي")  # استطلاع للرأي: what a document is for, not who wrote it
_OWNERS = _n("برنامج ديوان صندوق بنك مركز معهد منظمة")
_ROLE_NOUNS = {_head(w) for w in _ROLES}
# adjectives that say what kind of spokesman, not whose: الناطق العسكري is the one named
_ROLE_KINDS = {"عسكري", "رسمي", "اعلامي", "عام", "اول", "اممي", "رسميه", "اعلاميه"}


def _stem(w: str) -> str:
    """A role word without و، ل، ال (لشؤون، والهجرة، الخارجية -> شؤون، هجره، خارجيه)."""
    for p in ("وال", "لل", "ال"):
        if w.startswith(p) and len(w) - len(p) >= 3:
            return w[len(p):]
    if w[:1] in ("و", "ل") and w[1:] in _LEXICON:
        return w[1:]
    return w


def _complements(words: list[str]) -> set[str]:
    """What a role is of (وزير الخارجية -> خارجيه): its ال-words after the head."""
    out = set()
    for w in words[1:]:
        if not (_is_al(w) or _stem(w) in _LEXICON or w == "باسم"):
            break  # في الوزارة، بالخارج: where, not whose
        if _is_al(w):
            out.add(_stem(w))
    return out - _ROLE_KINDS


def _role_phrase(art: _Article, head: str, at: int) -> tuple[str, str] | None:
    """The last role phrase with this head written before offset at (وزير الخارجية
    والهجرة وشؤون المصريين بالخارج), as (normalised words, display)."""
    toks = art.toks
    found = None
    for k, t in enumerate(toks):
        if t.start >= at:
            break
        if t.text.startswith("ال") or _head(t.text) != head:
            continue
        e = k + 1
        while e < len(toks) and art.same(k, e) and e - k < 8 and (
                _is_al(toks[e].text) or len(toks[e].text) > 3 and toks[e].text[0] in "لو"
                and _is_al(toks[e].text[1:]) or toks[e].text == "باسم" or toks[e].text[1:] in _ROLES):
            e += 1
        if e > k + 1:
            found = (" ".join(toks[x].text for x in range(k, e)), _plain(art.text[t.start:toks[e - 1].end]))
    return found


_IS_ROLE: dict[str, bool] = {}  # a word starts a role phrase: asked of every word of every article


def _role_holders(art: _Article) -> list[tuple[int, str, str, frozenset]]:
    """People named after a role anywhere in the article (ضيفنا وزير المالية الدكتور نبيل
    عيتاني، رئيس اللجنة الوطنية لشؤون الأسرى، عبدالله يحيى الشامي): (offset, name,
    display, role nouns)."""
    toks = art.toks
    out = []
    for k, t in enumerate(toks):
        w = t.text
        role = _IS_ROLE.get(w)
        if role is None:
            if len(_IS_ROLE) >= 200_000:  # bounded: a dossier's vocabulary
                _IS_ROLE.clear()
            role = _IS_ROLE[w] = _head(w) in _ROLE_HEADS and not (w.startswith("ال") and w not in _TITLES)
        if not role:
            continue
        e = k + 1
        while e < len(toks) and art.same(k, e) and e - k < 8 and (
                _is_al(toks[e].text) or toks[e].text in _ROLES or toks[e].text in _TITLES
                or toks[e].text[0] == "ل" and toks[e].text[1:] in _LEXICON  # لشؤون الأسرى
                and toks[e].text[1:] not in _OUTLET_AFTER_L
                or _of_body(toks, e)):  # المرصد السوري لحقوق الإنسان
            e += 1
        if e < len(toks) and toks[e].text[0] == "ل" and toks[e].text[1:] in _OUTLET_AFTER_L:
            continue  # متحدث باسم الحركة لوكالة فرانس برس: whom he told, not his name
        if e + 1 < len(toks) and toks[e].text == "لدي" and e > k + 1 and art.same(k, e + 1):
            e += 2  # سفير المملكة لدى الكويت محمد الطاهري: where the post is held
            while e < len(toks) and art.same(k, e) and _is_al(toks[e].text) and _adjective(toks[e].text):
                e += 1
        if e < len(toks) and toks[e].text == "," and e > k + 1:
            e += 1
        titled = any(toks[x].text in _TITLES for x in range(k, e))
        while e < len(toks) and toks[e].text in _TITLES:
            e += 1
        if e == k + 1 and not titled:
            continue
        run = _name_forward(toks, list(range(e, min(len(toks), e + 5))), 0)
        run = [x for x in run if art.same(k, x)]
        if run and toks[run[0]].text == "علي" and _preposition_ala(art, run[0]):
            continue  # وشدد الوزير على ضرورة …: the preposition, not the given name علي
        while len(run) > 2 and toks[run[0]].start in art.entity_starts:
            run = run[1:]  # محافظ نينوى عبد القادر فلان: the place the role is of
        if len(run) > 2 and toks[run[-1]].start in art.entity_starts:
            run = run[:-1]  # زار الوزير فؤاد حسين طهران: the place visited
        if len(run) >= 2 or (run and titled):
            a, b = toks[run[0]].start, toks[run[-1]].end
            roles = {_head(toks[x].text) for x in range(k, e)}
            f = run[-1] + 1  # السفير هشام فلان، مساعد وزير الخارجية،: the role after the name too
            if f + 1 < len(toks) and toks[f].text == "," and art.same(k, f + 1) \
                    and _head(toks[f + 1].text) in _ROLE_HEADS:
                g = f + 1
                while g < len(toks) and art.same(k, g) and g - f < 9 and toks[g].text not in (",", "."):
                    roles.add(_head(toks[g].text))
                    g += 1
            roles = frozenset(roles)
            out.append((a, " ".join(toks[x].text for x in run), _plain(art.text[a:b]), roles))
    return out


def _of_body(toks, e: int) -> bool:
    """A ل-genitive continuing a body's name after its ال-words (المرصد السوري لحقوق الإنسان):
    a ل-word between an ال-word and another, which a given name never is."""
    w = toks[e].text
    return len(w) > 3 and w[0] == "ل" and not w.startswith("لل") and e + 1 < len(toks) \
        and _is_al(toks[e - 1].text) and _is_al(toks[e + 1].text) and w[1:] not in _OUTLET_AFTER_L


def _preposition_ala(art: _Article, k: int) -> bool:
    """Token k (علي normalised) is written على in an article that spells a final ي as ي: the
    preposition. Egyptian style writes ى for both (فى، الحسينى), so there it may be the name."""
    t = art.toks[k]
    return art.text[t.end - 1] == "ى" and not art.final_ya_as_alif


def speaker_key(name: str) -> str:
    """speaker:<name> in the spelling search folds to (مسئول/مسؤول, أميركي/أمريكي), as
    pattern-named bodies are keyed: one key for one speaker however outlets spell them."""
    return "speaker:" + fold_spelling(name)
