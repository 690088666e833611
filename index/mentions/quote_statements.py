"""Where statements are: the attribution forms (a speech verb and its complementiser or
quotation marks, a participle continuing the last speaker, "according to", a speaker
line) and the span of what was said, to its closing quotation mark or its clause's end."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from ..arabic.months import FIRST_FORMS
from ..arabic.normalize import is_diacritic
from .quote_article import _QUOTE_CHARS, _Article
from .quote_keys import _link_names, _preposition_ala, _resolve_backref
from .quote_notes import noted_statements
from .quote_speakers import (
    _name_word,
    _parse_speaker,
    _pieces,
    _Speaker,
    _subject_before,
    issuer,
    not_a_speaker,
    subject_end,
    told_or_about,
)
from .quote_words import (
    _ABOUT_VERBS,
    _ACCORDING,
    _ACCORDING_WHAT,
    _ADJUNCT_NOUNS,
    _ANON,
    _ANONYMITY,
    _ASCRIBE,
    _BODIES,
    _CLAUSE_WORDS,
    _COMP,
    _CONTINUE,
    _FROM_VERBS,
    _GREETINGS,
    _INCLUDE,
    _INCLUDERS,
    _INTERVIEWERS,
    _LEXICON,
    _MASDAR_VERBS,
    _NOT_SPEAKERS,
    _OBJECT_VERBS,
    _ORGS,
    _PARTICIPLES,
    _PERIODS,
    _PORTFOLIOS,
    _PREPOSITIONS,
    _PRONOUN_OBJECT,
    _PUBLISH,
    _QUOTE_CLOSE,
    _QUOTE_OPEN,
    _REPORTERS,
    _ROLE_HEADS,
    _ROLES,
    _SAYING,
    _SOURCE_HEADS,
    _SOURCES,
    _SPEAKER_HEADS,
    _SPEAKER_ONLY,
    _STOP,
    _TIME,
    _TITLES,
    _TO_VERBS,
    _VERBS,
    _adjective,
    _bare,
    _head,
    _is_al,
    _is_word,
    _n,
)
from .tokens import Tok


@dataclass
class QuoteHit:
    start: int  # the statement, character offsets in the loaded text
    end: int
    speaker: str  # as written (for a continuation, the speaker continued)
    speaker_start: int | None
    speaker_end: int | None
    name: str  # the speaker's canonical name, normalised: titles out, full name where known
    display: str  # that name as the article spells it (harakat removed)
    verb: str
    anonymous: bool
    continuation: bool = False
    person: bool = False
    roles: frozenset = frozenset()
    whole: bool = False  # an "according to" whose statement holds other attributions
    act: bool = False  # a verb whose object is the statement (تحذر ذويهم من …): an act reported
    parent: QuoteHit | None = None  # the attribution a continuation continues


@dataclass
class PersonHit:
    start: int
    end: int
    name: str  # as written


@dataclass
class _Found:
    quotes: list[QuoteHit] = field(default_factory=list)
    persons: list[PersonHit] = field(default_factory=list)


_COMP_STOPS = frozenset(_COMP | _QUOTE_OPEN | {"الي", ":", "عن", "من"})
# verbs whose statement follows على أن (شدد على أن، أكد على أن، نص على أن)
_ON_VERBS = _n("شدد شددت يشدد تشدد أكد أكدت يؤكد تؤكد نص نصت ينص تنص حرص حرصت أصر أصرت يصر تصر")
_NOT_COMP_AFTER = {"غير", "بعد", "قبل", "رغم", "منذ", "الا", "حين", "بدل", "دون", "علي", "لولا", "ريثما"}


def _find_comp(art: _Article, i: int, limit: int = 30) -> tuple[int, int] | None:
    """(complementiser token, statement start token) after a verb at i, in its sentence."""
    toks = art.toks
    verb = _bare(toks[i].text)
    straight = 0  # straight quotation marks seen: an odd count makes the next one a closer
    for k in range(i + 1, min(art.sentence_end(i), i + 1 + limit)):
        w = toks[k].text
        if w not in _COMP_STOPS and w not in _TRIGGERS:
            continue  # most words: nothing to decide
        if w == '"':
            if straight == 0:  # the marks before the verb in its paragraph count too
                p0 = k
                while p0 > 0 and art.para[p0 - 1] == art.para[k]:
                    p0 -= 1
                straight = sum(1 for x in range(p0, i + 1) if toks[x].text == '"')
            straight += 1
            if straight % 2 == 0:
                continue
        if w in _COMP:
            ala = toks[k - 1].text == "علي" and (_name_ali(art, k - 1) or verb in _ON_VERBS and not any(
                toks[x].text == "," for x in range(i + 1, k)))
            if toks[k - 1].text in _NOT_COMP_AFTER and not ala:
                return None  # غير أن، بعد أن، على أن: a new clause, not what was said (but شدد على أن)
            return k, k + 1
        if w == "الي" and k + 1 < len(toks) and toks[k + 1].text in _COMP:
            return k, k + 2
        if w == "الي" and verb in _TO_VERBS:
            return k, k
        if w in _QUOTE_OPEN and (toks[k - 1].text in (",", ":") or _long_quote(art, k)
                                 or k == i + 1 and _quote_ends_clause(art, k)):
            return k, k
        if w == ":" and k + 1 < len(toks) and art.same(k, k + 1):
            return k, k + 1
        if w == "عن" and verb in _ABOUT_VERBS:
            return k, k + 1
        if w == "من" and verb in _FROM_VERBS:
            return k, k + 1
        if (w in _VERBS or w in _PARTICIPLES or _bare(w) in _VERBS) and k > i + 1 \
                and toks[k - 1].text not in ("عدم", "لم") \
                and not (k + 1 < len(toks) and toks[k + 1].text in _ANONYMITY) \
                and _bare(w) not in _SPEAKER_ONLY:  # الذي يبلغ من العمر: no verb of saying
            return None
    return None


def _name_ali(art: _Article, k: int) -> bool:
    """Token k (علي) ends a name (يحيى بن علي إن …): after بن/أبو, or written with ي where
    the article writes a final ي as ي (على، the preposition, keeps its ى)."""
    toks = art.toks
    t = toks[k]
    return k > 0 and toks[k - 1].text in ("بن", "ابن", "ابو", "ام") or (
        art.text[t.end - 1] == "ي" and not art.final_ya_as_alif and k > 0 and _name_word(toks[k - 1].text))


def _quote_ends_clause(art: _Article, k: int) -> bool:
    """A short quotation right after the verb is what was said (وأضاف "سنعلن ذلك".) when
    the clause ends with it; a name in quotes (وتحذر «الأونروا» من …) is followed by more."""
    toks, opener = art.toks, art.toks[k].text
    for x in range(k + 1, min(len(toks), k + 8)):
        if _QUOTE_CLOSE.get(toks[x].text) == opener:
            return x + 1 >= len(toks) or not art.same(k, x + 1) or toks[x + 1].text in (".", ",", "؛", "!", "؟")
    return False


def _long_quote(art: _Article, k: int) -> bool:
    """A quotation mark opening a statement, not a name in quotes («الأونروا»)."""
    toks, opener = art.toks, art.toks[k].text
    for x in range(k + 1, min(len(toks), k + 6)):
        if _QUOTE_CLOSE.get(toks[x].text) == opener:
            return False
    return True


def _shown(art: _Article, i: int) -> str:
    """A word as written, its last harakat included (مشيراً)."""
    a, b = art.toks[i].start, art.toks[i].end
    while b < len(art.text) and is_diacritic(art.text[b]):
        b += 1
    return art.text[a:b]


# every token an attribution can start at, with its conjunction (وقال، فبحسب): one set
# lookup per token before any rule runs
_TRIGGERS = frozenset({":"} | _PARTICIPLES | {
    form for w in _VERBS | _ACCORDING | {"جاء", "ورد"} for form in (w, "و" + w, "ف" + w)
    if form == w or _bare(form) == w})
# a speech verb with its object pronoun after ما/الذي (ما اعتبره مصدر، ما تصفه الأمم المتحدة)
_PRONOUN_TRIGGERS = frozenset(w + p for w in _VERBS - _n("أقر أقرت يقر تقر") | _n("نسب نسبت ينسب تنسب")
                              for p in _PRONOUN_OBJECT if w + p not in _VERBS)  # (التي أقرها المجلس: adopted)
# according to him, her, them: the last speaker (وبحسبها، فإن …)
_BY_HIM = frozenset(c + p + x for c in ("", "و") for p in ("بحسب", "حسب", "وفق") for x in ("ه", "ها", "هم"))


# in his words (على حد تعبيره، بحسب قوله): the clause before is the last speaker's
_HIS_WORDS = _n("تعبيره تعبيرها تعبيرهم قوله قولها قولهم وصفه وصفها")

_TRIGGERS = _TRIGGERS | {"حد", "لسان"} | _PRONOUN_TRIGGERS | {"وبين", "بين", "وزاد"} \
    | {"و" + p for p in _PARTICIPLES} | _BY_HIM


def find_quotes(text: str, toks: list[Tok], entity_starts: frozenset = frozenset()) -> _Found:
    art = _Article(text, toks, entity_starts)
    found = _Found()
    quotes = found.quotes
    raw: list[tuple[int, int, QuoteHit]] = []  # (token where the attribution starts, statement token, hit)
    last: list[QuoteHit] = []
    i = 0
    n = len(toks)
    quoting = _QUOTE_CHARS.search(text) is not None
    while i < n:
        w = toks[i].text
        if w not in _TRIGGERS or i + 1 >= n:  # every form reads on after its trigger: the last word says nothing
            i += 1
            continue
        bare = _bare(w)
        hit = None
        if (bare in _VERBS or w in _VERBS) and not (i and toks[i - 1].text in ("عدم", "لم", "لن", "لا")) \
                and not (i and toks[i - 1].text in ("عن", "في", "علي", "الي")) \
                and not (bare == "نص" and w == bare) \
                and not (i and toks[i - 1].text in ("ان", "كي", "لكي") and bare[0] in "يت") \
                and not (quoting and art.in_quotation(i)):
            hit = _verb_at(art, i, w if w in _VERBS else bare, last)
        elif (w in _PARTICIPLES or w[0] == "و" and w[1:] in _PARTICIPLES) and i > 0 \
                and toks[i - 1].text in (",", "»", '"', "”") and last:
            hit = _participle_at(art, i, last[-1])  # ، مؤكداً أن … ، ومضيفاً أن …
        elif w in _PARTICIPLES and raw and art.same(raw[-1][1], i) and raw[-1][2].end <= toks[i].start \
                and (toks[i + 1].text in _COMP
                     or toks[i + 1].text == "الي" and i + 2 < n and toks[i + 2].text in _COMP):
            hit = _participle_at(art, i, raw[-1][2])  # وأشاد بالدور … مؤكدا أن …: no comma before it
        elif w in _BY_HIM and last and i + 1 < n and toks[i + 1].text == ",":
            # وبحسبها، فإن …: according to him/her, the last speaker
            st = i + 2
            hit = (i, st, _make(art, st, art.sentence_end(i), _continued(last[-1]), _shown(art, i), True))
        elif (bare in _ACCORDING or w == "حد" and i and toks[i - 1].text == "علي") and last \
                and toks[i + 1].text in _HIS_WORDS:
            hit = _in_his_words(art, i, last[-1])  # …، على حد تعبيره / بحسب قوله
        elif bare in _ACCORDING or w in _ACCORDING or w == "لسان" and toks[i - 1].text == "علي":
            hit = _according_at(art, i, last)  # (على لسان مسؤول: on the tongue of, as بحسب)
        elif w in ("وبين", "وزاد") and last and i + 2 < n and (toks[i + 1].text in _COMP or toks[i + 1].text == ":"
                                                              and art.same(i, i + 2)):
            # وبيّن أن، وزاد أن، وزاد: "…" (Gulf): وبين is also "and between", زاد "increased"
            st = i + 2
            hit = (i, st, _make(art, st, art.statement_end(st), _continued(last[-1]), _shown(art, i), True))
        elif (w == "وبين" or w == "بين" and (i == 0 or toks[i - 1].text in (",", ".") or not art.same(i - 1, i))) \
                and i + 2 < n and (e := subject_end(art, i + 1, art.sentence_end(i))) is not None \
                and e < n and toks[e].text in _COMP and e > i + 1 and art.same(i, e + 1):
            # وبيّن العمري أن، وبيّن التقرير أن: a speaker, then what was said
            sp = _parse_speaker(art, i + 1, e)
            sp = _resolve_backref(sp, last) if sp is not None else None
            q = _make(art, e + 1, art.statement_end(e + 1), sp, _shown(art, i)) if sp is not None else None
            hit = (i, e + 1, q) if q else None
        elif bare in ("جاء", "ورد") and i + 2 < n and toks[i + 1].text == "في":
            hit = _written_in_at(art, i)
        elif bare in ("جاء", "ورد") and i + 2 < n and toks[i + 1].text in ("فيه", "فيها"):
            hit = _issued_in_at(art, i)  # أصدرت الرئاسة بياناً جاء فيه أن …
        elif w in _PRONOUN_TRIGGERS and i > 0 and (toks[i - 1].text in ("ما", "الذي", "التي")
                                                   or w.startswith(("تنسب", "ينسب", "نسبت", "تصف", "يصف"))):
            hit = _pronoun_object_at(art, i, last)
        elif w == ":" and not (i + 1 < n and toks[i + 1].text[0].isdigit() and toks[i - 1].text[0].isdigit()):
            hit = _speaker_line_at(art, i)  # (14:20 is a time)
        if hit and hit[2] is not None:  # a form matched, but no statement was made of it
            att, st, q = hit
            raw.append((att, st, q))
            if not q.continuation:
                last.append(q)
            i = max(i + 1, st)
            if st < n and toks[st].text in _QUOTE_OPEN:  # verbs inside a quotation are its own,
                close = _closing(art, st)  # not those after it (…»، فيما ترى أوساط أن …)
                while i < n and toks[i].end <= q.end and (close is None or i <= close):
                    i += 1
        else:
            i += 1
    raw.extend(_answers(art, raw))
    raw.extend(_quoted_paragraphs(art, raw))
    for k, s0, e, sp in noted_statements(art, [(min(toks[a].start, q.start), q.end) for a, _s, q in raw]):
        q = _make(art, s0, e, sp, art.text[toks[k].start:toks[k + 2].end])
        if q is not None:
            q.whole = True  # the note's sentence, cut by no attribution
            raw.append((k, s0, q))
    # an act inside a sentence an "according to" closes is what that source reports
    # (…، وتحذّر ذويهم من …، بحسب مصادر محلية.), not a statement of its own
    whole = [q for a, _s, q in raw if q.whole and toks[a].start >= q.end and _bare(toks[a].text) in _ACCORDING]
    raw = [r for r in raw if not (r[2].act and any(w.start <= r[2].start < w.end for w in whole))]
    # a statement ends where the next attribution of its sentence begins
    raw.sort(key=lambda r: r[2].start)
    for k, (_att, _st, q) in enumerate(raw):
        for _att2, _st2, q2 in raw[k + 1:]:
            nxt_start = toks[_att2].start
            if not q.whole and not q2.whole and q.start < nxt_start < q.end:
                q.end = _trim_end(text, nxt_start, q.start)
                break
        if q.end > q.start:
            quotes.append(q)
    _link_names(quotes, art)
    # a line "X: …" is a speaker's only when X turned out to be a person, a source, a
    # role or a body (not a country or a heading: جيبوتي: …، قطاع السكن: …)
    known = {q.name for q in quotes if q.person and q.verb != ":"} | {h[1] for h in art.holders} | art.turns
    quotes[:] = [q for q in quotes if q.verb != ":" or q.anonymous or q.name in known or q.person and q.roles
                 or (not q.person and (_head(q.name.split()[0]) in _ROLE_HEADS | _BODIES | _ORGS | _LINE_BODIES
                                       or _portfolio_body(q.name.split())))]
    for q in quotes:
        if q.parent is not None:
            p = q.parent
            q.name, q.display, q.anonymous, q.person = p.name, p.display, p.anonymous, p.person
    for q in quotes:
        if q.person and q.speaker_start is not None:
            found.persons.append(PersonHit(q.speaker_start, q.speaker_end, q.speaker))
    return found


# parties, movements and banks whose line "X: …" is theirs (حركة حماس: …، البنك الدولي: …)
_LINE_BODIES = _n("حركة حزب جبهة بنك صندوق")


def _portfolio_body(words: list[str]) -> bool:
    """المالية النيابية، الخارجية الروسية: a portfolio and its adjective name a body (a line
    "الصحة والتعليم: 9%" lists sectors)."""
    return len(words) == 2 and words[0] in _PORTFOLIOS and _is_al(words[1]) and _adjective(words[1])


def _quoted_paragraphs(art: _Article, raw: list) -> list:
    """A paragraph that is one quotation and nothing else («نحتاج إلى مزيد من الأدوية».),
    right after a paragraph ending with a statement: the same speaker goes on."""
    toks, out = art.toks, []
    ends = {}  # paragraph -> the last statement ending in it
    for _a, _s, q in sorted(raw, key=lambda r: r[2].end):
        k = bisect_left(art.starts, q.end) - 1
        if k >= 0:
            ends[art.para[k]] = q
    starts = {art.para[min(len(toks) - 1, bisect_left(art.starts, q.start))] for _a, _s, q in raw}
    k, n, before = 0, len(toks), None
    while k < n:
        p = art.para[k]
        e = k
        while e < n and art.para[e] == p:
            e += 1
        last = e - 1 if toks[e - 1].text not in (".", "!") else e - 2
        if toks[k].text in _QUOTE_OPEN and last > k + 2 and _QUOTE_CLOSE.get(toks[last].text) == toks[k].text \
                and p not in starts and before in ends and _closing(art, k) == last:
            q = _make(art, k, e, _continued(ends[before]), "«»", True)
            if q is not None:
                out.append((k, k, q))
                ends[p] = ends[before]  # and a third such paragraph goes on too
        before, k = p, e
    return out


_ANSWER_MARKS = ("ــ", "ـ ", "-", "–", "—", "ج:", "ج/", "ج -", "ج-")


def _answers(art: _Article, raw: list) -> list:
    """An interview printed as questions and answers (``• ما حجم المشاركة؟`` then ``ــ مصر
    تشارك …``): each answer line after a question is the interviewee's, the first speaker
    the article quotes (its headline ``فلان لـ«الشروق»: …`` or first attribution)."""
    firsts = [q for _a, _s, q in sorted(raw, key=lambda r: r[2].start) if not q.continuation]
    if not firsts or "؟" not in art.text and "?" not in art.text:
        return []
    who, text, toks = firsts[0], art.text, art.toks
    out = []
    question = False
    k, n = 0, len(toks)
    while k < n:
        p = art.para[k]
        e = k
        while e < n and art.para[e] == p:
            e += 1
        line_start = text.rfind("\n", 0, toks[k].start) + 1
        head = text[line_start:toks[k].start + 3].lstrip(" \t•●▪*")
        is_answer = question and head.startswith(_ANSWER_MARKS)
        if is_answer:  # موقفنا واضح: … inside an answer is no speaker's line
            raw[:] = [r for r in raw if not (r[2].verb == ":" and toks[k].start <= r[2].start < toks[e - 1].end)]
        if is_answer and toks[k].start > who.start and not any(
                q.start <= toks[k].start < q.end or toks[k].start <= q.start < toks[e - 1].end for _a, _s, q in raw):
            st = k + 1 if toks[k].text in ("-", "–", "—") or toks[k].text == "ج" and k + 1 < e \
                and toks[k + 1].text == ":" else k
            st += 1 if st + 1 < e and toks[st].text == ":" else 0
            if e - st >= 3:
                q = _make(art, st, e, _continued(who), text[line_start:toks[k].start].strip() or toks[k].text, True)
                if q is not None:
                    q.whole = True  # an answer holds the attributions it quotes
                    out.append((k, st, q))
        question = toks[e - 1].text in ("؟", "?")
        k = e
    return out


def _interviewer_line(art: _Article, i: int) -> bool:
    """Token i is in an interviewer's question: a line marked as one (● الوسط: …، س: …،
    المذيع: …) that ends with a question mark; a verb there continues no speaker."""
    if not _question_line(art, i):
        return False
    text, toks = art.text, art.toks
    line = text[text.rfind("\n", 0, toks[i].start) + 1:toks[i].start].lstrip()
    first = line.lstrip("●•▪*-–— ").split(":")[0].split()
    return line[:1] in "●•▪*" or bool(first) and (_n(first[0]) & _INTERVIEWERS or len(first) <= 3 and ":" in line)


def _question_line(art: _Article, i: int) -> bool:
    """The line of token i ends with a question mark: an interviewer's question."""
    toks, k = art.toks, i
    while k + 1 < len(toks) and art.para[k + 1] == art.para[i]:
        k += 1
    return toks[k].text in ("؟", "?")


def _pronoun_object_at(art: _Article, i: int, last: list[QuoteHit]):
    """``وهو ما اعتبره مصدر عسكري "شرطاً جديداً"``, ``في ما تصفه الأمم المتحدة بأنه "…"``,
    ``هجمات تنسبها واشنطن إلى فصائل``: the subject after the verb, then what it said."""
    toks = art.toks
    end = art.sentence_end(i)
    e = subject_end(art, i + 1, end)
    if e is None or e == i + 1:
        return None
    st, _appos = _skip_adjuncts(art, e, end)
    if st < end and toks[st].text in _COMP:
        st += 1
    if st >= end - 1 or not (toks[st].text in _QUOTE_OPEN or toks[st].text in _PREPOSITIONS):
        return None
    sp = _parse_speaker(art, i + 1, e)
    sp = _resolve_backref(sp, last) if sp is not None else None
    q = _make(art, st, art.statement_end(st), sp, _shown(art, i)) if sp is not None else None
    return (i, st, q) if q else None


def _written_in_at(art: _Article, i: int):
    """``وجاء في البيان أن …``, ``وورد في التقرير: …``: the document speaks."""
    toks = art.toks
    if _head(toks[i + 2].text) not in _SOURCE_HEADS:
        return None
    if i > 0 and toks[i - 1].text in ("كما", "حسبما") and art.same(i - 1, i):
        return _as_written_in(art, i)  # …، كما جاء في البيان.
    comp = _find_comp(art, i + 1)
    if comp is None:
        return None
    c, st = comp
    sp = _parse_speaker(art, i + 2, c)
    q = _make(art, st, art.statement_end(st), sp, _shown(art, i)) if sp is not None else None
    return (i, st, q) if q else None


def _as_written_in(art: _Article, i: int):
    """``وسيصل الوفد غداً، كما جاء في البيان.``: the clause before, when the document closes
    its sentence."""
    toks = art.toks
    end = art.sentence_end(i)
    e = i + 2
    while e < end and toks[e].text not in (",", ".", "؛", ":"):
        e += 1
    s0 = art.sentence_start(i)
    cut = i - 2
    if e < end - 1 or cut <= s0 + 1 or toks[cut].text != ",":
        return None
    sp = _parse_speaker(art, i + 2, e)
    st = _after_dateline(art, s0, cut)
    while st < cut and not _is_word(toks[st]) and not toks[st].text.isdigit():
        st += 1
    q = _make(art, st, cut, sp, _shown(art, i)) if sp is not None and st < cut else None
    if q is not None:
        q.whole = True
    return (i, i + 1, q) if q else None


def _in_his_words(art: _Article, i: int, last: QuoteHit):
    """``والمستشفيات تعمل بطاقتها القصوى، على حد تعبيره.``: the clause before, closing its
    sentence, continues the last speaker."""
    toks = art.toks
    cut = i - 2 if toks[i].text == "حد" else i - 1
    end = art.sentence_end(i)
    if cut < 1 or toks[cut].text != "," or i + 2 < end - 1:
        return None
    s0 = art.sentence_start(i)
    st = s0
    while st < cut and not _is_word(toks[st]) and not toks[st].text.isdigit() and toks[st].text not in _QUOTE_OPEN:
        st += 1
    shown = art.text[toks[cut + 1].start:toks[i + 1].end]  # على حد تعبيره
    q = _make(art, st, cut, _continued(last), shown, True) if st < cut else None
    if q is not None:
        q.whole = True
    return (i, i + 2, q) if q else None


def _issued_in_at(art: _Article, i: int):
    """``أصدرت الرئاسة بياناً جاء فيه أن …``: who issued the document speaks."""
    sp = issuer(art, i)
    if sp is None:
        return None
    st = i + 2
    if st < len(art.toks) and art.toks[st].text in _COMP:
        st += 1
    elif st < len(art.toks) and art.toks[st].text == ":":
        st += 1
    else:
        return None
    q = _make(art, st, art.statement_end(st), sp, _shown(art, i))
    return (i, st, q) if q else None


def _closing(art: _Article, st: int) -> int | None:
    """The token closing the quotation opened at st, in its paragraph."""
    toks, opener = art.toks, art.toks[st].text
    for k in range(st + 1, len(toks)):
        if art.para[k] != art.para[st]:
            return None
        if _QUOTE_CLOSE.get(toks[k].text) == opener:
            return k
    return None


_LINKS = ("فيما", "بينما", "في حين", "حين", "و")


def _trim_end(text: str, end: int, start: int) -> int:
    """A statement cut where the next attribution begins ends before its comma and the
    connective that joins them (…، فيما ترى أوساط …)."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in "،,"):
        end -= 1
    for link in _LINKS:
        if text.endswith(link, start, end) and (end - len(link) == start or text[end - len(link) - 1] in " ،,"):
            end -= len(link)
            while end > start and (text[end - 1].isspace() or text[end - 1] in "،,"):
                end -= 1
            break
    return end


def _make(art: _Article, st: int, end_tok: int, sp: _Speaker, verb: str,
          continuation: bool = False) -> QuoteHit | None:
    if st >= len(art.toks) or end_tok <= st or not any(
            _is_word(t) or t.text[0].isdigit() for t in art.toks[st:end_tok]):
        return None  # a closing quotation mark and a full stop say nothing
    a, b = art.span_of(st, end_tok)
    return QuoteHit(a, b, sp.text, None if continuation else sp.start, None if continuation else sp.end,
                    sp.name, sp.display, verb, sp.anonymous, continuation, sp.person, sp.roles,
                    parent=getattr(sp, "parent", None) if continuation else None)


def _continued(q: QuoteHit) -> _Speaker:
    sp = _Speaker(q.speaker, q.speaker_start, q.speaker_end, q.name, q.anonymous, q.person, q.display, q.roles)
    sp.parent = q.parent or q
    return sp


# a citation of scripture (قال تعالى، قال الله تعالى): no statement the news attributes
_SCRIPTURE = _n("تعالي سبحانه الله عز")


def _verb_at(art: _Article, i: int, verb: str, last: list[QuoteHit]):
    toks = art.toks
    if toks[i + 1].text in _SCRIPTURE or toks[i + 1].text in _ANONYMITY:
        return None
    if _bare(toks[i].text) in _INCLUDE:  # وتضمّن البيان …: a document's contents, not a convoy's
        e = subject_end(art, i + 1, art.sentence_end(i))
        if e is None or e == i + 1 or _head(toks[i + 1].text) not in _INCLUDERS:
            return None
        feminine = _bare(toks[i].text) in ("تضمنت", "تتضمن")
        if feminine != _head(toks[i + 1].text).endswith(("ه", "ات")):
            return None  # وتضمّنت [الجولات] الاتفاقَ على …: the noun is the object, not the subject
    if _bare(toks[i].text) in _SPEAKER_ONLY:  # تبلغ طواقم الإسعاف عن …, not تبلغ قيمته …
        e = subject_end(art, i + 1, art.sentence_end(i))
        if e is None or e == i + 1 or e >= len(toks) or toks[e].text != "عن":
            return None
    inverted = _inverted_at(art, i, last)
    if inverted is not None:
        return inverted
    takes_object = _bare(toks[i].text) in _OBJECT_VERBS
    subject = subject_end(art, i + 1, art.sentence_end(i)) if takes_object else None
    if subject is None and takes_object:
        obj = _object_statement(art, i, last, subject)  # الهيئة تنشر تفاصيل القائمة: …
        if obj is not None:
            return obj
    comp = _find_comp(art, i)
    if comp is None and takes_object:
        obj = _object_statement(art, i, last, subject)
        if obj is not None:
            return obj
    if comp is None and _bare(toks[i].text) in _SEE:
        return _sees_in(art, i, last)  # ويرى المبعوث في الصفقة فرصة …
    if comp is None:
        comp = _masdar_statement(art, i) if _bare(toks[i].text) in _MASDAR_VERBS else None
    if comp is None:
        return None
    c, st = comp
    if st >= len(toks) or not art.same(c, st):
        return None
    shown = _shown(art, i)
    a = i + 1
    if _bare(toks[i].text).startswith(("نقل", "ينقل", "تنقل")):  # نقلت رويترز عن مصادر: the source speaks
        a = next((k + 1 for k in range(i + 1, c) if toks[k].text == "عن"), a)
    elif _bare(toks[i].text) in _ASCRIBE:  # ونسبت الصحيفة إلى مصدر أمني قوله إن: so does this one
        a = next((k + 1 for k in range(i + 1, c) if toks[k].text == "الي"), a)
    if c > a and toks[c - 1].text == "علي" and toks[c].text in _COMP:
        c -= 1  # وشدد على أن، وأكد الوزير على أن: على is no part of the speaker
    if _bare(toks[i].text) in _DESCRIBE:  # ووصف البيان الهجوم بأنه …: the subject, then the object
        commas = [k for k in range(a + 1, c) if toks[k].text == ","]
        if commas:  # ووصف المتحدث فلان، الاثنين، انسحاب القوات بأنه: after the last comma
            se, obj = commas[0], commas[-1] + 1
        else:  # ووصفت الوزارة القرار بأنه: the last noun before بأنه
            obj = next((k for k in range(c - 1, a, -1) if _is_al(toks[k].text) and not _adjective(toks[k].text)),
                       None)
            se = obj
        if obj is not None and obj < c and _is_word(toks[obj]):
            c, st = se, obj  # what is described is part of what was said
    pieces = _pieces(art, a, c) if not told_or_about(toks[a].text) and not (
        toks[a].text == "علي" and _preposition_ala(art, a)) else []  # لكنه شدد على ضرورة «…»
    sp = _parse_speaker(art, a, c) if pieces else None
    if sp is not None and sp.text and toks[i + 1].text in _COMP:
        sp = None
    if sp is not None and not_a_speaker(art, a, sp):
        sp = None  # ويدعو العراقيين إلى، وتحذّر ذويهم من: whom the call is to, not who calls
    if sp is None:
        # no subject after the verb: the subject stands before it (مصادر مطلعة توقعت أن),
        # or the verb continues the last speaker (وأضاف أن، وقال لفرانس برس "…")
        before = _subject_before(art, i) or _topic_before(art, i) or _shared_subject(art, i) \
            or _first_verbs_subject(art, i)
        if i >= 2 and toks[i - 1].text == "من" and toks[i - 2].text in ("هناك", "ثمه", "ثمة") \
                and not _question_line(art, i):
            a0, b0 = art.span_of(i - 2, i)  # هناك من يقول إن: someone unnamed
            sp = _Speaker(art.text[a0:b0], a0, b0, toks[i - 2].text + " من", True, False)
        elif before is not None and verb not in _CONTINUE:
            sp = before
        elif last and ((w0 := toks[i].text)[0] in "وف" and (verb in _CONTINUE or w0[1:] in _VERBS)
                       or i > 0 and toks[i - 1].text in _HE_AGAIN and art.same(i - 1, i)
                       or i > 1 and toks[i - 1].text in ("انه", "انها") and toks[i - 2].text in ("غير", "الا")
                       or _fronted_adjunct(art, i)) \
                and not _interviewer_line(art, i):
            return i, st, _make(art, st, art.statement_end(st), _continued(last[-1]), shown, True)
        else:
            return None
    if toks[i + 1].text in ("فيه", "فيها"):  # بياناً قال فيه: who issued it speaks
        sp = issuer(art, i)
    sp = _resolve_backref(sp, last) if sp is not None else None
    if sp is None:
        return None
    q = _make(art, st, art.statement_end(st), sp, shown)
    return (i, st, q) if q else None


# what a clause fronted before its verb is about: وعن اللقاحات، قال …؛ وفي قطاع الكهرباء، أوضحت …
_ABOUT_FRONT = _n("في عن حول بشأن ردا وردا علي وعلي وفي وعن وحول وبشأن وفيما فيما وبخصوص بخصوص ومن من وخلال خلال")


def _fronted_adjunct(art: _Article, i: int) -> bool:
    """``وعن اللقاحات، قال إنها …``, ``وردّاً على سؤال، أوضح أن …``: the verb's sentence opens
    with what it is about, then a comma; no subject stands anywhere, the last speaker goes on."""
    toks = art.toks
    if i < 3 or toks[i - 1].text != ",":
        return False
    s0 = art.sentence_start(i)
    while s0 < i and (art.para[s0] != art.para[i] or not _is_word(toks[s0])):
        s0 += 1
    if i - 1 - s0 < 2 or i - 1 - s0 > 12 or toks[s0].text not in _ABOUT_FRONT:
        return False
    return not any(toks[x].text in (",", ":", "؛") or toks[x].text in _QUOTE_OPEN or toks[x].text in _COMP
                   or _bare(toks[x].text) in _VERBS for x in range(s0, i - 1))


_SEE = _n("رأى رأت يرى ترى")


def _sees_in(art: _Article, i: int, last: list[QuoteHit]):
    """``ويرى المبعوث الأممي في هذه الصفقة فرصة …``: رأى with a speaker, then في and what he
    sees in it (his view); رأى with any other object is "saw" (ورأى الأهالي الدخان)."""
    toks = art.toks
    end = art.sentence_end(i)
    e = subject_end(art, i + 1, end)
    if e is None or e == i + 1 or e + 2 >= end or toks[e].text != "في":
        return None
    sp = _parse_speaker(art, i + 1, e)
    sp = _resolve_backref(sp, last) if sp is not None else None
    q = _make(art, e, art.statement_end(e), sp, _shown(art, i)) if sp is not None else None
    return (i, e, q) if q else None


def _shared_subject(art: _Article, i: int) -> _Speaker | None:
    """``الشرطة تغلق الطرق …، وتدعو السائقين إلى …``: a verb after و with no subject of
    its own shares the subject that opens its sentence before the first verb."""
    toks = art.toks
    if toks[i].text[0] != "و":
        return None
    s0 = art.sentence_start(i)
    while s0 < i and (art.para[s0] != art.para[i] or not _is_word(toks[s0])):
        s0 += 1  # a time stamp's line before it is no part of it
    e = subject_end(art, s0, i) if s0 < i - 2 else None
    if e is None or e >= i - 1 or not _is_word(toks[e]):
        return None
    v = _bare(toks[e].text)
    if not (v in _VERBS or v[:1] in "يت" and v[1:] not in _LEXICON and not _is_al(v)):
        return None  # the subject's verb: a speech verb or an imperfect (يدلي، تقتحم)
    return _parse_speaker(art, s0, e)


# verbs of form VIII whose root starts with ل: they look like a word with ال
_AL_VERBS = _n("التقى التقت التزم التزمت التحق التحقت")


def _first_verbs_subject(art: _Article, i: int) -> _Speaker | None:
    """``أدلى الرئيس السوري بصوته …، ودعا إلى …``, ``وصل الوزير إلى بيروت، وقال إن …``: a
    speech verb after و with no subject of its own shares the subject of the verb opening its
    sentence (not the speaker quoted before), when that subject is a role, body or source."""
    toks = art.toks
    if toks[i].text[0] != "و":
        return None
    s0 = art.sentence_start(i)
    while s0 < i and (art.para[s0] != art.para[i] or not _is_word(toks[s0])):
        s0 += 1
    if s0 + 2 >= i:
        return None
    v = _bare(toks[s0].text)
    if not (v in _AL_VERBS or _is_word(toks[s0]) and len(v) >= 3 and not _is_al(v) and v not in _STOP
            and v not in _TIME and v not in _LEXICON and _head(v) not in _SPEAKER_HEADS
            and not v.endswith(("ه", "ات", "ون", "ين")) and toks[s0].start not in art.entity_starts
            and _bare(v) not in _VERBS and not _name_word_start(art, s0)):
        return None  # the sentence opens with a verb that is no verb of saying (those speak themselves)
    e = subject_end(art, s0 + 1, i)
    if e is None or e == s0 + 1 or e >= i:
        return None
    for x in range(s0 + 2, e):  # the verb's object after its subject is no part of it:
        w, nxt = toks[x].text, toks[x + 1].text if x + 1 < e else ""
        if w in _TITLES and not (nxt and _name_word(nxt) and not _is_al(nxt)) \
                or w.endswith("ا") and (art.text[toks[x].end:toks[x].end + 1] == "\u064b" or nxt.endswith("ا")):
            e = x  # استقبل الرئيس السفير الأمريكي، التقى الوزير وفداً أمريكياً
            break
    if any(toks[x].text in _COMP or toks[x].text in _QUOTE_OPEN or toks[x].text in (":", "؛")
           or _bare(toks[x].text) in _VERBS for x in range(e, i)):
        return None  # another clause with its own speaker stands between
    return _parse_speaker(art, s0 + 1, e)


def _name_word_start(art: _Article, k: int) -> bool:
    """Token k is a person's given name (a surname the article knows, or a name opening the
    name of one quoted): no verb."""
    w = art.toks[k].text
    return w in art.surnames


def _topic_before(art: _Article, i: int) -> _Speaker | None:
    """``أما العضو في تحالف الفتح معين فلان، فرأى أن …``: the topic after أما is the
    subject of the verb its ف opens."""
    toks = art.toks
    if toks[i].text[0] != "ف":
        return None
    s0 = art.sentence_start(i)
    k = next((k for k in range(i - 1, max(s0 - 1, i - 16), -1) if toks[k].text == "اما"), None)
    e = i - 1 if toks[i - 1].text == "," else i
    if k is None or e <= k + 1 or any(toks[x].text in _VERBS for x in range(k + 1, e)):
        return None
    return _parse_speaker(art, k + 1, e)


def _object_statement(art: _Article, i: int, last: list[QuoteHit], e: int | None):
    """A speech verb whose object is the statement: ``أعلنت وزارة الصحة، اليوم، فتح باب
    التسجيل``, ``وتحذر «الأونروا» من …``, ``الصليب الأحمر يعلن استعداده …``, ``وكانت
    الحكومة قد أعلنت في أيلول التوصل إلى …``: the subject after the verb (else before
    it), then adjuncts, then the object, which must be a noun or a preposition."""
    toks = art.toks
    end = art.sentence_end(i)
    h = i + 1  # e: where the subject after the verb ends, if one stands there
    if e is not None and e > h + 1 and e < end and _is_al(toks[e - 1].text) and _is_al(toks[e].text) \
            and _adjective(toks[e].text) \
            and not _adjective(toks[e - 1].text) and _name_word(toks[e - 2].text):
        e -= 1  # ثمّن المهندس وليد صافي الدعم القطري: no statement opens with an adjective
    if e is not None and e > h:
        st, appos = _skip_adjuncts(art, e, end)
        sp = _parse_speaker(art, h, e)
        if appos > e and (sp is None or not sp.person):
            sp2 = _parse_speaker(art, h, appos)
            sp = sp2 if sp2 is not None and sp2.person else sp
    else:
        if toks[h].text in _SOME_OF:
            return None  # وأكد بعضهم أن …: some of those quoted, the complementiser follows
        st, _appos = _skip_adjuncts(art, h, end)
        sp = issuer(art, i) if toks[i + 1].text in ("فيه", "فيها") else (
            _subject_before(art, i) or _shared_subject(art, i) or _first_verbs_subject(art, i))
        if sp is not None and _bare(toks[i].text) not in _SAYING and any(
                q.start <= toks[i].start < q.end for q in last[-3:]):
            return None  # أوضحت فلانة أن المنظمة رصدت ميزانية: an act inside what she said
        if sp is None and last and (toks[i].text[0] == "و" or toks[i - 1].text in _HE_AGAIN) \
                and _bare(toks[i].text) not in _ACTS and st < end - 1 and _goes_on(art, st, toks[i].text) \
                and not _interviewer_line(art, i) and not any(q.start <= toks[i].start < q.end for q in last[-3:]):
            # وأشاد بالدور …، ودعا إلى …، وحذر من …: the last speaker goes on
            q = _make(art, st, art.statement_end(st), _continued(last[-1]), _shown(art, i), True)
            return (i, st, q) if q else None
    if sp is None or not (_object_opens(art, st, end) or _bare(toks[i].text) in _DENY and toks[st].text == "ما"):
        return None  # نفت الوزارة ما تردد عن …: what was denied
    if _bare(toks[i].text) in _PUBLISH and not any(toks[x].text == ":" for x in range(st, min(end, st + 5))):
        return None
    if _bare(toks[i].text) in _ALLOCATE and any(toks[x].text[0].isdigit() or toks[x].text in _MONEY
                                                 for x in range(st, min(end, st + 3))):
        return None  # رصدت الحكومة مليون دينار، غلافاً مالياً: money allocated, not something observed
    sp = _resolve_backref(sp, last)
    q = _make(art, st, art.statement_end(st), sp, _shown(art, i)) if sp is not None else None
    if q is not None:
        q.act = True
    return (i, st, q) if q else None


# verbal nouns that open what a speaker goes on saying (وأكد ضرورة …، ونفى وجود …، وجدد رفضه …)
_SAID_OBJECTS = _n("""ضرورة أهمية وجود استعداد استعداده استعدادها رفض رفضه رفضها دعم دعمه دعمها التزام التزامه
التزامها حرص حرصه حرصها عزم عزمه عزمها استمرار تمسك تمسكه تمسكها ثقته ثقتها قلقه قلقها ترحيبه ترحيبها
تأييد تأييده تأييدها إدانة إدانته إدانتها موقف موقفه موقفها""")


def _goes_on(art: _Article, st: int, verb: str) -> bool:
    """The object a verb with no subject opens with when the last speaker goes on (وأشاد
    بالدور، ودعا إلى، ودعت المواطنين إلى، وأكد ضرورة، ونفى وجود): a preposition, a ب-word, the
    people addressed before إلى, or an indefinite verbal noun after a verb of saying."""
    toks = art.toks
    w = toks[st].text
    if w in _PREPOSITIONS or len(w) > 3 and w[0] == "ب" and _is_al(w[1:]):
        return True
    if _is_al(w) and w.endswith("ين") and st + 1 < len(toks) and toks[st + 1].text == "الي":
        return True  # ودعت المواطنين إلى …
    return _bare(verb) in _SAYING | _MASDAR_VERBS and w in _SAID_OBJECTS


def _inverted_at(art: _Article, i: int, last: list[QuoteHit]):
    """``وصلت قافلة تضم 38 شاحنة إلى المدينة، أعلنت الأمم المتحدة.``: the verb and its
    subject after the statement, closing the sentence or followed by a participle."""
    toks = art.toks
    s0 = art.sentence_start(i)
    cut = i - 1  # the comma before the verb, or before على ما (AFP: على ما أعلنت الأمم المتحدة)
    if i >= 3 and toks[i - 1].text == "ما" and toks[i - 2].text == "علي":
        cut = i - 3
    elif i >= 2 and toks[i - 1].text == "كما":  # …، كما أفاد مصدر عسكري.
        cut = i - 2
    if cut < s0 + 2 or toks[cut].text != ",":
        return None
    end = art.sentence_end(i)
    e = subject_end(art, i + 1, end)
    if e is None or e == i + 1 and not _is_word(toks[i + 1]):
        return None
    after, _appos = _skip_adjuncts(art, e, end)
    if after < end - 1 and end - after <= 7 and toks[i + 1].text not in _COMP and toks[i].text == _bare(toks[i].text) \
            and cut - s0 >= 4 and toks[s0].text not in _ABOUT_FRONT \
            and (toks[after].text in _PREPOSITIONS or toks[after].text in ("لدي", "باسم")
                 or not _is_al(toks[after].text) and toks[after - 1].text != ","
                 and (_bare(toks[i].text) not in _OBJECT_VERBS or toks[i - 1].text == "كما")) \
            and toks[end - 1].text in (".", "!") and not any(
            toks[x].text in _COMP or toks[x].text in (",", ":", "؛") or toks[x].text in _QUOTE_OPEN
            or _bare(toks[x].text) in _VERBS for x in range(after, end - 1)):
        e = after = end - 1  # …، قال مصدر مقرب من الحكومة. / قالت حركة حماس.: the rest of the sentence names him
    if not (after >= end - 1 or after < end and toks[after - 1].text == "," and (
            toks[after].text in _PARTICIPLES or toks[after].text[:1] == "م")):
        return None
    sp = _parse_speaker(art, i + 1, e)
    st = _after_dateline(art, s0, cut)
    while st < i and not _is_word(toks[st]) and not toks[st].text.isdigit() and toks[st].text not in _QUOTE_OPEN:
        st += 1
    if sp is None or st >= cut:
        return None
    q = _make(art, st, cut, sp, _shown(art, i))
    if q is not None:
        q.whole = True  # the sentence before holds it: no later attribution cuts it
    return (i, i + 1, q) if q else None


def _after_dateline(art: _Article, st: int, end: int) -> int:
    """Past a dateline opening the sentence (``تونس (وات) -``, ``عمان 3 أيار (بترا)-``):
    the place and the agency are not part of what was said."""
    toks = art.toks
    for k in range(st, min(end - 1, st + 10)):
        if toks[k].text in ("-", "–", "—") and k > st and toks[k - 1].text == ")":
            return k + 1
    return st


def _object_opens(art: _Article, st: int, end: int) -> bool:
    """A statement can open at st: a word that is no pronoun, relative, verb or particle
    (a preposition opens one: من فجوة التمويل، بالمواطنين), a number or a quotation."""
    if st >= end - 1:
        return False
    toks = art.toks
    w = toks[st].text
    if w in _QUOTE_OPEN or w.isdigit():
        return True
    if not _is_word(toks[st]) or w in _VERBS or w in _PARTICIPLES or _bare(w) in _VERBS:
        return False
    return w in _PREPOSITIONS or w not in _STOP and _bare(w) not in _CLAUSE_WORDS


def _skip_adjuncts(art: _Article, j: int, end: int) -> tuple[int, int]:
    """Past the adjuncts between a subject and its object (، اليوم الأحد، / في بيان / في
    وقت سابق / خلال الأشهر الماضية / لـ«النهار» / (62 عاماً) / قد / ، اللواء فلان،): the
    object's first token, and the end of an apposition naming the speaker (else j)."""
    toks = art.toks
    appos = j
    while j < end:
        w = toks[j].text
        nxt = toks[j + 1].text if j + 1 < end else ""
        if w == "(":
            j = next((k + 1 for k in range(j + 1, min(end, j + 12)) if toks[k].text == ")"), end)
        elif w == ",":
            c = next((k for k in range(j + 1, min(end, j + 14)) if toks[k].text == ","), None)
            if c is None:
                return j + 1, appos
            piece = [toks[k].text for k in range(j + 1, c)]
            if not piece:
                j = c
                continue
            named = any(p in _TITLES or _head(p) in _ROLE_HEADS for p in piece) or (
                len(piece) <= 4 and all(_name_word(p) for p in piece))
            if not (named or piece[0] in _TIME or piece[0] in ("في", "خلال", "عبر", "ل")):
                return j, appos  # a clause, not an adjunct: no object statement here
            appos = c if named else appos
            j = c + 1
        elif w in _TIME or w in ("قد", "فيه", "فيها"):
            j += 1
            while j < end and (toks[j].text in _TIME or toks[j].text.isdigit()):
                j += 1
        elif w in ("في", "خلال", "منذ", "عبر") and (nxt in _TIME or nxt in _PERIODS or nxt.isdigit()
                                                     or nxt in FIRST_FORMS or _bare(nxt) in _ADJUNCT_NOUNS
                                                     or nxt[2:] in _ADJUNCT_NOUNS):
            j += 2
            while j < end and (toks[j].text in _PERIODS or toks[j].text.isdigit() or toks[j].text in _TIME
                               or _adjective(toks[j].text)):
                j += 1
            if j + 1 < end and toks[j + 1].text == "," and _is_word(toks[j]) and toks[j].text not in _STOP:
                j += 1  # في بيان مشترك،: the adjunct's own adjective, up to its comma
        elif w == "ل" and nxt in _QUOTE_OPEN:
            j = next((k + 1 for k in range(j + 2, min(end, j + 8)) if toks[k].text in ("»", '"', "”")), end)
        else:
            break
    return j, appos


def _masdar_statement(art: _Article, i: int) -> tuple[int, int] | None:
    """``أعلنت وزارة الهجرة إكمال صرف …``, ``أعلن الناطق …، اللواء فلان، اليوم الأحد، انتهاء
    …``: no complementiser, the statement is a noun after the speaker (a named body, or
    comma-separated role and name closed by an adjunct)."""
    toks = art.toks
    k = i + 1
    if k >= len(toks) or not art.same(i, k):
        return None
    if toks[k].start in art.entity_starts:
        e = k + 1
        while e < len(toks) and art.same(i, e) and (_is_al(toks[e].text) and toks[e].text.endswith(("يه", "ي"))
                                                    or toks[e].start > toks[k].start and e - k < 6
                                                    and toks[e].start in art.entity_starts):
            e += 1
        # the entity ends where the gazetteer match ends: take the words up to the next
        # non-ال word (وزارة الهجرة والمهجرين الاتحادية إكمال)
        while e < len(toks) and art.same(i, e) and e - k < 7 and (_is_al(toks[e].text) or toks[e].text in "«»\"“”"):
            e += 1
        if e < len(toks) and art.same(i, e) and _is_word(toks[e]) and not _is_al(toks[e].text) \
                and toks[e].text not in _STOP and toks[e].text not in _TIME:
            return e, e
        return None
    # role/name pieces then a time adjunct piece, then the statement
    for e in range(k, min(len(toks), k + 25)):
        if not art.same(i, e):
            return None
        if toks[e].text == "," and e + 1 < len(toks) and toks[e + 1].text in _TIME:
            f = e + 1
            while f < len(toks) and art.same(i, f) and toks[f].text != ",":
                f += 1
            if f + 1 < len(toks) and art.same(i, f + 1) and _is_word(toks[f + 1]):
                return f, f + 1
            return None
    return None


def _participle_at(art: _Article, i: int, q: QuoteHit):
    toks = art.toks
    st = i + 1
    if st < len(toks) and toks[st].text == "الي":
        st += 1
    if st < len(toks) and toks[st].text in _COMP:
        st += 1
    if st >= len(toks) or not art.same(i, st):
        return None
    shown = _shown(art, i)
    hit = _make(art, st, art.statement_end(st), _continued(q), shown, True)
    return (i, st, hit) if hit else None


def _according_at(art: _Article, i: int, last: list[QuoteHit]):
    toks = art.toks
    k = i + 1
    fused = _bare(toks[i].text) in _ACCORDING_WHAT  # حسبما أفاد مصدر: ما written with حسب
    if fused:
        k = i  # read as if ما stood at i
    if not fused and k < len(toks) and toks[k].text == "ل":
        k += 1
    if not fused and k < len(toks) and toks[k].text == "عن":
        k += 1
    relay = False
    direct = k  # the word right after the preposition: a role or body there is the source
    what = fused or k < len(toks) and toks[k].text == "ما"
    if what and k + 2 < len(toks) and _bare(toks[k + 1].text) in ("جاء", "ورد") \
            and toks[k + 2].text == "في":
        k += 3  # بحسب ما جاء في التقرير، وفق ما ورد في البيان: the document
        direct = k
    elif what:  # بحسب ما أعلنت الوزارة، وفق ما أوردته الصحيفة
        k += 1
        if k < len(toks) and (_bare(toks[k].text) in _VERBS or _bare(toks[k].text) in _PRONOUN_TRIGGERS):
            relay = _bare(toks[k].text).startswith(("نقل", "ينقل", "تنقل"))
            if _bare(toks[k].text) not in _TOLD:
                direct = k + 1  # بحسب ما قال المتحدث; not بحسب ما أُبلغت به اللجنة (who was told)
            k += 1
            if k < len(toks) and toks[k].text in ("به", "بها"):  # وفق ما أفاد به مصدر
                k += 1
    if k >= len(toks) or not art.same(i, k):
        return None
    # بحسب ما نقلت قناة عن مصادر، وفق ما أوردته الصحيفة نقلاً عن مصادر: the source relayed speaks
    j = next((x for x in range(k + 1, min(len(toks) - 1, k + 10)) if toks[x].text == "عن"
              and (relay or toks[x - 1].text == "نقلا")), None)
    if j is not None and art.same(i, j + 1) and not any(toks[x].text == "," for x in range(k, j)):
        k = j + 1
    w = toks[k].text
    head = w[1:] if w.startswith("ل") and not w.startswith("لل") and (len(w) > 3 or w[1:] in _SOURCES) else w
    if w.startswith("لل") and len(w) > 4:
        head = "ال" + w[2:]  # وفقاً للوثيقة: الوثيقة
    same_source = w == "نفس" and k + 1 < len(toks) and toks[k + 1].text[2:] in _SOURCES  # حسب نفس المصدر
    if head not in _SOURCES and head[2:] not in _SOURCES and _bare(head) not in _ANON and w not in _QUOTE_OPEN \
            and not same_source and not (k == direct and _names_a_speaker(art, k, head)):
        return None
    e = k
    while e < len(toks) and art.same(i, e) and toks[e].text not in (",", ".", "؛", ":", "؟", "!") \
            and toks[e].text not in _COMP and e - k < 14:
        e += 1
    if e + 2 < len(toks) and toks[e].text == "," and toks[e + 1].text in _TITLES:
        # بحسب الناطق العسكري، اللواء فلان، فإن …: the holder named after the role
        c2 = next((x for x in range(e + 2, min(len(toks), e + 8)) if toks[x].text in (",", ".", "؛")), None)
        if c2 is not None and toks[c2].text == "," and art.same(e, c2):
            e = c2
    sp = _parse_speaker(art, k, e)
    if sp is None:
        return None
    if w.startswith("لل") and sp.name.startswith("لل"):  # للوثيقة is written so; its name is الوثيقة
        sp.name = "ال" + sp.name[2:]
    elif w != head:  # the ل of وفقاً لمصادر is no part of the name
        sp.text = sp.text[1:] if sp.text.startswith("ل") else sp.text
        sp.start += 1
        sp.name = sp.name[1:] if sp.name.startswith("ل") else sp.name
    sp = _resolve_backref(sp, last)
    s0 = art.sentence_start(i)
    shown = _shown(art, i)
    if e + 1 < len(toks) and toks[e].text in _COMP and e > k and art.same(e, e + 1):
        st, end = e + 1, art.statement_end(e + 1)  # وجاء على لسان مسؤول أن …: what follows أن
    elif e + 1 < len(toks) and toks[e].text == ":" and art.para[e + 1] != art.para[e]:
        # "تسريبات عن بنود المسودة، بحسب مصدرين مطلعين:" and the points listed below
        st, end = e + 1, art.list_end(e + 1)
    elif i - s0 <= 1:  # "بحسب مصادر، ستلجأ الحكومة …": the statement follows
        st = e + 1 if e < len(toks) and toks[e].text == "," else e
        end = art.sentence_end(i)
    elif e < len(toks) and toks[e].text == "," and art.same(i, e + 1):
        # "يستضيف الأردن، بحسب الأرقام الحكومية، نحو …": the whole sentence
        st, end = _after_dateline(art, s0, i), art.sentence_end(i)
    else:  # "…، بحسب مصادر محلية.": the clause before it
        st, end = _after_dateline(art, s0, i), i
        while end > st and toks[end - 1].text in (",", "-", "–"):
            end -= 1
        while st < end and not _is_word(toks[st]) and not toks[st].text.isdigit():
            st += 1
    hit = _make(art, st, end, sp, shown)
    if hit and st < i:
        hit.whole = True
        while st < len(toks) and not _is_word(toks[st]) and not toks[st].text.isdigit():
            st += 1
    return (i, st, hit) if hit else None


def _names_a_speaker(art: _Article, k: int, head: str) -> bool:
    """After "according to", a role, a body or a named entity (بحسب المتحدث باسم الدفاع
    المدني، وفقاً لمدير المستشفى، وفقاً للدفاع المدني، حسب الأمم المتحدة) says something,
    as a subject does; a common noun (بحسب الخطة الجديدة، وفق الأصول) does not."""
    h = _head(head)
    return (h in _SPEAKER_HEADS or h in _REPORTERS or _bare(head) in _PORTFOLIOS
            or art.toks[k].start in art.entity_starts or head in art.surnames
            or _is_al(head) and head[2:] in art.surnames) and h not in _NOT_ACCORDING


_TOLD = _n("أبلغ أبلغت يبلغ تبلغ")
_SOME_OF = _n("بعضهم بعضها أحدهم إحداهن معظمهم أغلبهم كلهم جميعهم")
_ALLOCATE = _n("رصد رصدت يرصد ترصد")
_MONEY = _n("""مليون مليار ملايين مليارات ألف آلاف مبلغ مبلغا غلاف غلافا ميزانية موازنة مخصصات اعتمادات
تمويل تمويلا""")
# verbs whose object is a thing done or counted, never what the last speaker goes on saying
_ACTS = _n("رصد رصدت يرصد ترصد أحصى أحصت يحصي تحصي قرر قررت يقرر تقرر حدد حددت يحدد تحدد نشرت ينشر تنشر")
_DENY = _n("نفى نفت ينفي تنفي")
# before a verb, the last speaker again: كما أشار، لكنه شدد، غير أنه أكد
_HE_AGAIN = _n("كما وكما ثم لكنه لكنها ولكنه ولكنها")
_DESCRIBE = _n("وصف وصفت يصف تصف اتهم اتهمت يتهم تتهم")
# heads a "according to" names that are not speakers: a plan, a rule, a timetable
_NOT_ACCORDING = _n("خطة خطط مسودة جدول برنامج آلية الية اتفاق اتفاقية قانون دستور نظام")


def _initial_dot(art: _Article, k: int) -> bool:
    """Token k is the full stop of an initial (د. شوان، أ. فلان): part of a name."""
    toks = art.toks
    return toks[k].text == "." and k > 0 and art.para[k - 1] == art.para[k] and len(toks[k - 1].text) == 1 \
        and toks[k - 1].text.isalpha()


def _speaker_line_at(art: _Article, c: int):
    """``العبودي: …`` at the start of a line (after a time stamp or bullet)."""
    toks = art.toks
    if c == 0 or c + 1 >= len(toks):
        return None
    # a transcript may put the turn under its speaker's line (المذيع:⏎ …): the next line
    own_line = art.para[c + 1] != art.para[c]
    if own_line and art.text.count("\n", toks[c].end, toks[c + 1].start) > 2:
        return None
    k = c
    while k > 0 and art.para[k - 1] == art.para[c] and (_is_word(toks[k - 1]) or toks[k - 1].text in
                                                        ("«", "»", '"', "“", "”", "(", ")")
                                                        or _initial_dot(art, k - 1)) and c - k < 12:
        k -= 1
    if k == c:
        return None
    j = k
    # only numbers and marks before it on its line; or a sentence, then a reporter or a
    # source (… سقوط شهيدين. مراسلنا: …)
    after_sentence = toks[k - 1].text == "." and _head(toks[k].text) in _REPORTERS | _ANON
    while j > 0 and art.para[j - 1] == art.para[c] and not after_sentence:
        if _is_word(toks[j - 1]):
            return None
        j -= 1
    first = toks[k].text
    if first in _NOT_SPEAKERS or _bare(first) in _NOT_SPEAKERS or any(
            toks[x].text in _INTERVIEWERS for x in range(k, c)):
        return None
    end = c + 1
    while end < len(toks) and art.para[end] == art.para[c + 1]:
        end += 1
    if toks[end - 1].text in ("؟", "?"):
        return None  # an interviewer's question
    sp = _parse_speaker(art, k, c)
    label = " ".join(toks[x].text for x in range(k, c))
    turn = label in art.turns  # a transcript's speaker, with two lines or more
    first_word = label.split()[0] if label else ""
    if turn and (sp is None or sp.name != label and first_word not in _TITLES and _head(first_word) not in _ROLE_HEADS):
        # الفاتح عثمان النور: the whole label is the name (الوزير عيتاني keeps its title apart)
        a0, b0 = art.span_of(k, c)
        sp = _Speaker(art.text[a0:b0], a0, b0, label, False, True)
    if sp is None or end - (c + 1) < (2 if art.para[c] == 0 or sp.person else 4):
        return None  # a greeting (أهلاً بك), a date, a number; a headline says it short
    head = _head(toks[k].text)
    if not (turn or sp.person or sp.anonymous or head in _ROLE_HEADS or _bare(toks[k].text) in _ROLES
            or toks[k].text in _ROLES or head in _BODIES or head in _ORGS or head in _LINE_BODIES
            or len(sp.name.split()) == 1
            or _portfolio_body(sp.name.split())):
        return None  # a heading or a list item (جيبوتي: …، قطاع السكن: …)
    if any(toks[x].text.isdigit() for x in range(k, c)):
        return None
    hit = _make(art, c + 1, end, sp, ":")
    if hit and _bare(toks[c + 1].text) in _GREETINGS and not any(
            toks[x].text in (".", "!", "،", ",") and end - x > 4 for x in range(c + 2, min(end, c + 7))):
        return None  # أهلاً بك: a greeting only (شكراً لك. الفرق هذه المرة … says something)
    return (k, c + 1, hit) if hit else None

