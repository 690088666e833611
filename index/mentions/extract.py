"""One article in, its mentions out: dates first (their numbers are not figures), then
figures, then entities, each with a key that links it across the dossier."""

from __future__ import annotations

from ..arabic.normalize import is_diacritic, normalize
from ..arabic.variants import fold_spelling
from ..loader import Article
from .dateline import article_date as dateline_date
from .dates import DateHit, find_dates
from .entities import find_entities
from .entity_persons import person_mentions
from .events import event_of
from .figures import FigureHit, find_figures
from .homographs import settle
from .labels import not_counted
from .meta import parse_iso
from .model import ArticleMentions, Mention
from .numbers import number_value
from .quotes import find_quotes, speaker_key
from .tokens import Tok, tokenize
from .units import written_unit

STOP_CONTEXT = {"في", "من", "الي", "علي", "عن", "ان", "الذي", "التي", "مع", "قد", "لا", "ما",
                "هذا", "هذه", "ذلك", "بعد", "قبل", "حتي", "بحلول", "نهايه", "منتصف", "بدايه", "عام",
                "العام", "موعد", "يتجاوز", "خلال", "او", "و", "ثم", "كان", "قال", "اعلن"}


def _fmt(v) -> str:
    return f"{number_value(v)}" if v is not None else "?"


def article_date(article: Article, toks: list[Tok] | None = None) -> str | None:
    """The article's own date from its dateline (see dateline.py), ISO, or None."""
    return dateline_date(article.text, tokenize(article.text) if toks is None else toks)


def _span(text: str, toks: list[Tok], start: int, end: int, skip: int = 0) -> tuple[int, int]:
    a, b = toks[start].start, toks[end - 1].end
    while b < len(text) and is_diacritic(text[b]):  # harakat or tatweel ending the last word (هـ)
        b += 1
    while skip and a < b:  # skip a clitic's letters (and any harakat on them)
        a += 1
        skip -= 1
        while a < b and is_diacritic(text[a]):
            a += 1
    return a, b


def _own_name(surface: str) -> str:
    """A body named by a pattern as it is written, harakat and quotation marks gone (what is shown)."""
    name = "".join(ch for ch in surface if not is_diacritic(ch) and ch not in "«»\"“”")
    return "ال" + name[2:] if name.startswith("لل") else name  # للقوات = ل + القوات


def _context(toks: list[Tok], start: int) -> list[str]:
    """Up to three content words before a mention in its sentence: what the date is about."""
    out = []
    s = toks[start].sentence
    k = start - 1
    while k >= 0 and toks[k].sentence == s and len(out) < 3:
        w = toks[k].text
        if len(w) > 2 and w not in STOP_CONTEXT and not w[0].isdigit() and w.isalpha():
            out.append(w[2:] if w.startswith("ال") and len(w) > 4 else w)
        k -= 1
    return out


def extract_mentions(article: Article, meta: dict | None = None) -> ArticleMentions:
    text = article.text
    toks = tokenize(text)
    # dossier.toml (the user's word), then the file's own metadata, then its date line
    date = (meta or {}).get("date") or article.date or dateline_date(text, toks)
    known = parse_iso(date)
    mentions: list[Mention] = []
    taken = not_counted(toks)  # list markers and telephone numbers: neither dates nor figures
    for hit in find_dates(toks, known):
        if hit.start in taken or hit.end - 1 in taken:
            continue
        taken.update(range(hit.start, hit.end))
        mentions.append(_date_mention(article, text, toks, hit))
    for fig in find_figures(toks, taken):
        taken.update(range(fig.start, fig.end))
        mentions.append(_figure_mention(article, text, toks, fig))
    hits = find_entities(toks, taken)
    named = {hit.canonical for hit in hits}
    for hit in hits:
        a, b = _span(text, toks, hit.start, hit.end, hit.skip)
        canonical = hit.canonical and settle(hit.canonical, toks, named)
        if canonical is None:
            # keyed by the spelling search folds to (أميركية/أمريكية, الشئون/الشؤون, ة/ه,
            # hamzas), shown as written: the store shows the first spelling seen
            canonical = _own_name(text[slice(*_span(text, toks, hit.name_start, hit.name_end, hit.name_skip))])
            key = f"entity:{fold_spelling(canonical)}"
        else:
            key = f"entity:{canonical}"
        why = hit.why + ("" if text[a:b] == canonical or hit.canonical is None else f" as a spelling of {canonical}")
        if hit.canonical is not None and canonical != hit.canonical:
            why += " (the article names it elsewhere)"
        mentions.append(Mention(article.id, "entity", text[a:b], a, b, key, value=canonical, why=why))
    _quotes_and_speakers(article, toks, mentions)
    mentions.extend(person_mentions(article, toks, mentions))
    _what_dates_are_about(mentions, toks, _named(mentions, toks))
    mentions.sort(key=lambda m: (m.start, m.end))
    return ArticleMentions(article.id, date, mentions)


def _quotes_and_speakers(article: Article, toks: list[Tok], mentions: list[Mention]) -> None:
    """Attributed statements (see quotes.py), and their named speakers as person entities
    (where no gazetteer name is already there), keyed by the same normalised name."""
    found = find_quotes(article.text, toks, frozenset(m.start for m in mentions if m.kind == "entity"))
    for q in found.quotes:
        why = ("continues the last speaker" if q.continuation else
               "an unnamed source, keyed by its description" if q.anonymous else
               "a person named with their titles kept apart" if q.person else "attributed to a body or document")
        mentions.append(Mention(article.id, "quote", article.text[q.start:q.end], q.start, q.end,
                                speaker_key(q.name), value=q.display, why=why, speaker=q.speaker,
                                speaker_start=q.speaker_start, speaker_end=q.speaker_end,
                                verb=q.verb, anonymous=q.anonymous))
    names = {normalize(p.name): p for p in found.persons}
    full = {q.name: q.display for q in found.quotes if q.person}
    taken = [(m.start, m.end) for m in mentions if m.kind == "entity"]
    for q in found.quotes:
        if not q.person or q.speaker_start is None or normalize(q.speaker) not in names:
            continue
        a, b = q.speaker_start, q.speaker_end
        if any(s < b and a < e for s, e in taken):
            continue
        taken.append((a, b))
        mentions.append(Mention(article.id, "entity", article.text[a:b], a, b, f"entity:{fold_spelling(q.name)}",
                                value=full.get(q.name, q.display), why="a person quoted in the article"))


def _named(mentions: list[Mention], toks: list[Tok]) -> dict[int, list[str]]:
    """Sentence -> the entities named in it, in reading order (speakers' own entities
    aside: a statement's speaker is not what its dates are about)."""
    import bisect
    from operator import attrgetter

    named: dict[int, list[str]] = {}
    if not any(m.kind == "date" for m in mentions):
        return named  # no date to say what it is about
    start = attrgetter("start")
    for m in sorted((m for m in mentions if m.kind == "entity" and m.why != "a person quoted in the article"),
                    key=start):
        sentence = toks[max(0, bisect.bisect_right(toks, m.start, key=start) - 1)].sentence
        named.setdefault(sentence, []).append(m.value)
    return named


NEAR = 8  # words either side of a date that say what it is the date of


def _what_dates_are_about(mentions: list[Mention], toks: list[Tok],
                          named: dict[int, list[str]]) -> None:
    """Give each date the events named near it in its sentence and the entities of that
    sentence: what the date is the date of, so outlets giving different dates for one
    event can be set side by side."""
    import bisect

    starts = [t.start for t in toks]
    about: dict[int, list[str]] = {}  # per sentence, once: a 2 MB line is one sentence of
    # thousands of entities, and deduplicating them again for each of its dates was quadratic
    for m in mentions:
        if m.kind != "date":
            continue
        i = max(0, bisect.bisect_right(starts, m.start) - 1)
        j = max(i, bisect.bisect_left(starts, m.end) - 1)
        sentence = toks[i].sentence
        events = []
        for t in toks[max(0, i - NEAR):j + NEAR + 1]:
            if t.sentence == sentence:
                lemma = event_of(t.text)
                if lemma and lemma not in events:
                    events.append(lemma)
        m.events = events
        if sentence not in about:
            about[sentence] = list(dict.fromkeys(named.get(sentence, [])))
        m.about = list(about[sentence])


def _date_mention(article: Article, text: str, toks: list[Tok], hit: DateHit) -> Mention:
    a, b = _span(text, toks, hit.start, hit.end, hit.skip)
    key = None
    if hit.value:
        key = f"date:{hit.value}" + (f"/{hit.high}" if hit.high else "")
    return Mention(article.id, "date", text[a:b], a, b, key, value=hit.value, high=hit.high,
                   qualifier=hit.qualifier, relative=hit.relative, why=hit.why,
                   context=_context(toks, hit.start))


def _figure_mention(article: Article, text: str, toks: list[Tok], fig: FigureHit) -> Mention:
    a, b = _span(text, toks, fig.start, fig.end)
    value = None if fig.value is None else number_value(fig.value)
    high = None if fig.high is None else number_value(fig.high)
    if value is None:
        key = f"figure:{fig.qualifier}:{fig.unit}"
    else:
        key = f"figure:{_fmt(value)}" + (f"-{_fmt(high)}" if high is not None else "")
        if fig.unit:
            key += f":{fig.unit}"
    # the key links by the normalised singular; an Arabic unit is shown as the text writes it
    shown = fig.unit
    if shown and not shown.isascii():
        shown = written_unit(shown, [text[t.start:t.end] for t in toks[fig.start:fig.end]])
    return Mention(article.id, "figure", text[a:b], a, b, key, value=value, high=high,
                   unit=shown, qualifier=fig.qualifier, why=fig.why)
