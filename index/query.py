"""From what the user typed to a Whoosh query, what to highlight, and why it matched.

Language: words AND by default; `OR` between two words (binding tighter than AND); `NOT word` or
`-word` excludes; `"an exact phrase"`; `prefix*`; `title:word`. Every word is analysed
the way the index was (normalised, months folded, light-stemmed), expanded with
spelling variants and the user's aliases, and matched in the exact field (ranked
higher) or the stemmed one. A noun also matches its broken plural or singular (مدن/مدينة,
from arramooz's lexicon: arabic/plurals.py), ranked below its own forms. Stop words count
only inside phrases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from whoosh import query as wq

from .arabic.analysis import exact_analyzer, stem_word
from .arabic.months import all_names, month_at
from .arabic.plurals import clitic_forms, partners, split_clitic
from .arabic.variants import alias_warning, phrase_aliases, variants_of
from .errors import QueryError
from .sanitize import _DROP

MAX_QUERY_CHARS = 1000
EXACT_BOOST = 2.0
# A broken plural or singular of the typed word counts a fifth of an exact form: articles
# with the word itself rank above those with only the other number of it.
EXPANSION_BOOST = 0.4
STOP_WORDS = frozenset("""في من الي علي عن ان او ثم قد لا ما هذا هذه ذلك تلك التي الذي الذين كان كانت
مع بين بعد قبل حتي منذ عند كل لم لن ايضا و ف ب ل هو هي هم""".split())

_TOKEN = re.compile(r'-?"[^"]*"|-?"[^"]*$|\S+')  # -"a phrase" excludes the phrase
_EXACT = exact_analyzer()


@dataclass(frozen=True)
class Word:
    """One searched word: what was typed and what it became."""

    typed: str
    exact: tuple[str, ...]  # normalised forms (variants included)
    stems: tuple[str, ...]
    prefix: bool = False
    field: str | None = None  # "title" to search titles only
    month: bool = False
    partners: tuple[str, ...] = ()  # its broken plurals or singular (arabic/plurals.py)
    expanded: tuple[str, ...] = ()  # the partners with their clitics, as the index holds them
    own: tuple[str, ...] = ()  # the word with its clitics, when it has partners: ranked above them


@dataclass(frozen=True)
class ParsedQuery:
    text: str
    query: wq.Query
    terms: frozenset[str] = frozenset()  # exact forms to highlight
    stems: frozenset[str] = frozenset()
    phrases: tuple[tuple[str, ...], ...] = ()
    prefixes: frozenset[str] = frozenset()
    words: tuple[Word, ...] = field(default_factory=tuple)
    excluded: tuple[str, ...] = ()
    ignored: tuple[str, ...] = ()  # stop words left out of the ranking
    warnings: tuple[str, ...] = ()  # what is wrong with the aliases the words were expanded by

    def explain(self) -> list[str]:
        """Why a hit matched: each word's normal and stemmed forms and what it expanded to."""
        lines = []
        for w in self.words:
            kind = "prefix" if w.prefix else "month" if w.month else "word"
            where = " in titles" if w.field == "title" else ""
            own = [e for e in w.exact if w.month or not e.startswith("month")]
            stems = [e for e in w.stems if w.month or not e.startswith("month")] or own[:1]
            lines.append(f"{w.typed!r} ({kind}{where}): normalised {own[0]}; stemmed {', '.join(stems)}"
                         + (f"; variants {', '.join(own[1:])}" if len(own) > 1 else ""))
            month = next((e for e in w.exact if e.startswith("month")), None)
            if month:
                names = [n for n, k in all_names().items() if k == int(month[5:])]
                lines[-1] += (f"; the month matches any of: {', '.join(names)}" if w.month else
                              f"; also the month it names next to a date: {', '.join(names)}")
            if w.partners and w.expanded:
                lines[-1] += (f"; broken plural/singular {', '.join(w.partners)} (also after "
                              f"{'/'.join(_CLITIC_NAMES)}; ranked below the word itself)")
            elif w.partners:
                lines[-1] += f"; broken plural/singular {', '.join(w.partners)} (the same stem)"
        for p in self.phrases:
            lines.append(f"phrase: {' '.join(p)} (exact forms, in order)")
        for x in self.excluded:
            lines.append(f"excluded: {x}")
        for s in self.ignored:
            lines.append(f"{s!r}: a stop word, not counted (it still matches inside phrases)")
        return lines


_CLITIC_NAMES = ("ال", "و", "ف", "ب", "ل", "ك")


def _analyse(text: str) -> list[str]:
    return [t.text for t in _EXACT(text)]


def _word(typed: str, field_name: str | None, forms: list[str] | None = None) -> Word | None:
    prefix = typed.endswith("*")
    core = typed.rstrip("*")
    forms = forms or _analyse(core)
    if not forms:
        return None
    if len(forms) > 1 and not prefix:  # "2,500" or "عين-الأسد": several tokens
        return None
    form = forms[0]
    exact = (form, *variants_of(form)) if not prefix else (form,)
    if not prefix:
        exact += _month_reading(form)
    stems = tuple(dict.fromkeys(stem_word(e) for e in exact))
    if form not in STOP_WORDS:  # ماي (May) stems to ما: it would match nearly every article
        stems = tuple(s for s in stems if s not in STOP_WORDS) or (form,)
    month = form.startswith("month")
    others: tuple[str, ...] = ()
    if not prefix and not month and form not in STOP_WORDS:
        others = tuple(dict.fromkeys(p for e in exact for p in partners(e) if p not in exact))
    # forms the stem already matches (دولة and دول share دول) are left out: they would only
    # add to the other number's score, and rank it above the word's own clitic forms
    expanded = tuple(dict.fromkeys(f for p in others for f in clitic_forms(p)
                                   if f not in exact and stem_word(f) not in stems))
    # and the word's own clitic forms count as exact: الدول above الدولة when دول is typed,
    # though the stem alone would not tell them apart
    own = tuple(f for f in clitic_forms(split_clitic(form)[1]) if f not in exact) if others else ()
    return Word(typed, exact, stems, prefix, field_name, month, others, expanded, own)


def _month_reading(form: str) -> tuple[str, ...]:
    """مارس, آب, ماي typed alone: the word, and the month it names where the text dated
    it (the analyzer folded مارس 2027 to the month there, and left مارس alone a word)."""
    found = month_at([form], 0)
    if found and found.ambiguous and found.calendar == "gregorian" and found.length == 1:
        return (found.canonical,)
    return ()


def _word_query(w: Word) -> wq.Query:
    fields = ("title",) if w.field == "title" else ("title", "body")
    if w.prefix:
        return wq.Or([wq.Prefix(f, w.exact[0]) for f in fields])
    parts: list[wq.Query] = []
    for f in fields:
        parts += [wq.Term(f, e, boost=EXACT_BOOST) for e in w.exact]
        parts += [wq.Term(f"{f}_stem", s) for s in w.stems]
        parts += [wq.Term(f, e, boost=EXPANSION_BOOST) for e in w.expanded]
        parts += [wq.Term(f, e) for e in w.own]
        parts += [wq.Phrase(f, list(p)) for p in phrase_aliases(w.exact[0])]
    return wq.Or(parts)


def _phrase_query(words: tuple[str, ...], field_name: str | None) -> wq.Query:
    fields = ("title",) if field_name == "title" else ("title", "body")
    if len(words) == 1:
        return wq.Or([wq.Term(f, words[0]) for f in fields])
    return wq.Or([wq.Phrase(f, list(words)) for f in fields])


def parse_query(text: str, schema=None) -> ParsedQuery:
    """Raises QueryError, one clear line, for anything that cannot be searched."""
    if _DROP.search(text):
        raise QueryError("the query contains control characters; type words, \"a phrase\", prefix*")
    text = " ".join(text.split())
    if not text:
        raise QueryError("empty query: type at least one word")
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"query too long ({len(text)} characters, at most {MAX_QUERY_CHARS})")
    groups: list[list[wq.Query]] = []  # AND of clauses; each clause an OR of alternatives
    excluded: list[wq.Query] = []
    words: list[Word] = []
    phrases: list[tuple[str, ...]] = []
    excluded_text: list[str] = []
    ignored: list[str] = []
    pending_or = False
    tokens = _TOKEN.findall(text)
    k = 0
    while k < len(tokens):
        tok = tokens[k]
        k += 1
        if tok == "OR":
            if not groups or pending_or:
                raise QueryError("OR needs words on both sides, e.g. سبتمبر OR أيلول")
            pending_or = True
            continue
        negate = False
        if tok == "NOT" or (tok.startswith("-") and len(tok) > 1):
            negate = True
            if tok == "NOT":
                if k >= len(tokens):
                    raise QueryError("NOT needs a word after it, e.g. التحالف NOT داعش")
                tok = tokens[k]
                k += 1
            else:
                tok = tok[1:]
        field_name = None
        if tok.lower().startswith("title:"):
            field_name, tok = "title", tok[6:]
            if not tok:
                raise QueryError("title: needs a word after it, e.g. title:بغداد")
        if tok.startswith('"'):
            if len(tok) < 2 or not tok.endswith('"'):
                raise QueryError('unclosed quote: end the phrase with " or remove the quote')
            inner = _analyse(tok[1:-1])
            if not inner:
                raise QueryError(f"nothing to search for in the phrase {tok}")
            q = _phrase_query(tuple(inner), field_name)
            if negate:
                excluded.append(q)
                excluded_text.append(tok)
            else:
                phrases.append(tuple(inner))
                _add(groups, q, pending_or)
                pending_or = False
            continue
        if tok.strip("*") == "":
            raise QueryError("a * must end a word of at least two letters, e.g. انسحا*")
        forms = None
        if k < len(tokens) and _plain(tok) and _plain(tokens[k]):
            # a month needs its neighbour: كانون الثاني is one token in the index, and
            # آب is a month only next to a year (آب 2024), as the analyzer decided there
            alone, paired = _analyse(tok), _analyse(f"{tok} {tokens[k]}")
            if paired and paired[0].startswith("month") and alone[:1] != paired[:1]:
                if len(paired) == 1:
                    tok, k = f"{tok} {tokens[k]}", k + 1
                forms = paired[:1]
        w = _word(tok, field_name, forms)
        if w is None:
            if _analyse(tok.rstrip("*")):  # several tokens, e.g. "1,2,3" or "a-b": a phrase
                q = _phrase_query(tuple(_analyse(tok)), field_name)
                phrases.append(tuple(_analyse(tok)))
                _add(groups, q, pending_or)
                pending_or = False
            continue
        if w.prefix and len(w.exact[0]) < 2:
            raise QueryError("a * must end a word of at least two letters, e.g. انسحا*")
        if negate:
            excluded.append(_word_query(w))
            excluded_text.append(tok)
            continue
        if w.exact[0] in STOP_WORDS and not w.prefix:
            ignored.append(tok)
            continue
        words.append(w)
        _add(groups, _word_query(w), pending_or)
        pending_or = False
    if pending_or:
        raise QueryError("OR needs words on both sides, e.g. سبتمبر OR أيلول")
    if not groups:
        if excluded:
            raise QueryError("only excluded words: say what to search for, e.g. التحالف -داعش")
        if ignored:  # only stop words: search them after all
            return parse_query(" ".join(f'"{w}"' for w in ignored))
        raise QueryError(f"nothing to search for in {text[:60]!r}")
    clauses = [wq.Or(g) if len(g) > 1 else g[0] for g in groups]
    positive = wq.And(clauses) if len(clauses) > 1 else clauses[0]
    q = wq.AndNot(positive, wq.Or(excluded)) if excluded else positive
    terms = frozenset(e for w in words if not w.prefix for e in (*w.exact, *w.expanded))
    stems = frozenset(s for w in words if not w.prefix for s in w.stems)
    prefixes = frozenset(w.exact[0] for w in words if w.prefix)
    warning = alias_warning()
    return ParsedQuery(text, q, terms, stems, tuple(phrases), prefixes, tuple(words),
                       tuple(excluded_text), tuple(ignored), (warning,) if warning else ())


def _plain(tok: str) -> bool:
    """A bare word: no operator, quote, exclusion, field or prefix."""
    return tok not in ("OR", "NOT") and not tok.startswith(('"', "-")) and ":" not in tok \
        and not tok.endswith("*")


def _add(groups: list[list[wq.Query]], q: wq.Query, alternative: bool) -> None:
    """OR binds tighter than AND: `سبتمبر OR أيلول 2026` is (سبتمبر OR أيلول) AND 2026."""
    if alternative:
        groups[-1].append(q)
    else:
        groups.append([q])
