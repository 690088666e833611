"""Broken plurals: a noun's singular and its plurals, from a table compiled from arramooz.

A broken plural shares no affix with its singular (مدينة/مدن, أسير/أسرى, دولة/دول), so the
light stemmer never joins them. tools/make_plurals.py compiles plurals.tsv.gz (singular TAB
plural, in the normaliser's spelling, the genre's own pairs first) from arramooz's noun
dictionary at build time, dropping pairs whose plural is also another noun's singular;
here it is only read, on first use. Search expands a query word with its partners
(query.py); extraction may name a counted noun by its singular.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from importlib import resources

from .normalize import normalize

# Clitics a partner is searched with: the article, the conjunctions and prepositions that
# glue to it (و ف ب ل ك), لل for ل + ال. A one-letter clitic only on a partner of three
# letters or more: on a short one it makes other words (و + حد is وحد "unified").
ARTICLE_CLITICS = ("ال", "وال", "فال", "بال", "كال", "لل")
LETTER_CLITICS = ("و", "ف", "ب", "ل", "ك")
_STRIP = tuple(sorted(ARTICLE_CLITICS + LETTER_CLITICS, key=len, reverse=True))


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """(singular -> plurals, plural -> singulars), each list in the table's order."""
    data = resources.files(__package__).joinpath("plurals.tsv.gz").read_bytes()
    plurals: dict[str, list[str]] = {}
    singulars: dict[str, list[str]] = {}
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        s, p = line.split("\t")
        plurals.setdefault(s, []).append(p)
        singulars.setdefault(p, []).append(s)
    return ({k: tuple(v) for k, v in plurals.items()}, {k: tuple(v) for k, v in singulars.items()})


def split_clitic(word: str) -> tuple[str, str]:
    """(clitic, base) where base is a word of the table: the word itself first, then
    without the longest leading clitic that leaves one; ("", word) when none does.

    >>> split_clitic("والمدن"), split_clitic("لجان"), split_clitic("قال")
    (('وال', 'مدن'), ('', 'لجان'), ('', 'قال'))
    """
    plurals, singulars = _tables()
    if word in plurals or word in singulars:
        return "", word
    for clitic in _STRIP:
        base = word[len(clitic):]
        if word.startswith(clitic) and len(base) >= 2 and (base in plurals or base in singulars):
            return clitic, base
    return "", word


def partners(word: str) -> tuple[str, ...]:
    """The other number of a normalised word, clitics removed: a singular's broken plurals,
    a plural's singulars.

    >>> partners("مدن"), partners("الدوله"), partners("اسير")
    (('مدينه',), ('دول',), ('اسري',))
    """
    plurals, singulars = _tables()
    _clitic, base = split_clitic(word)
    return tuple(dict.fromkeys(plurals.get(base, ()) + singulars.get(base, ())))


def clitic_forms(base: str) -> tuple[str, ...]:
    """A bare word as the index may hold it: alone, with the article, with a clitic."""
    forms = [base] + [c + base for c in ARTICLE_CLITICS]
    if len(base) >= 3:
        forms += [c + base for c in LETTER_CLITICS]
    return tuple(forms)


def plurals_of(word: str) -> tuple[str, ...]:
    """The broken plurals of a normalised singular without clitics; () for any other word.

    >>> plurals_of("قاعده"), plurals_of("قواعد")
    (('قواعد',), ())
    """
    return _tables()[0].get(word, ())


def singular_of(word: str) -> str | None:
    """The singular (normalised, no clitic) of a broken plural; None for any other word.
    Extraction names a counted noun by it: "خمسة جنود" counts جندي.

    >>> singular_of("جنود"), singular_of("المدن"), singular_of("مدينة"), singular_of("قال")
    ('جندي', 'مدينه', None, None)
    """
    _plurals, singulars = _tables()
    _clitic, base = split_clitic(normalize(word))
    found = singulars.get(base)
    return found[0] if found else None
