"""One article as the quote rules read it: its tokens with sentence, paragraph and
quotation boundaries, the people named with a role, and where a statement ends."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cached_property

from ..arabic.normalize import normalize
from .quote_bodies import find_bodies
from .quote_keys import _role_holders
from .quote_words import _QUOTE_CLOSE, _QUOTE_OPEN
from .tokens import Tok

_QUOTE_MARKS = frozenset({"«", "»", '"', "“", "”"})
# a line opening with a speaker's name and a colon, after a time stamp ([00:01:12] or [١٨:٠١])
_TURN = re.compile(r"^[ \t]*(?:\[[^\]\n]{1,12}\][ \t]*)?([^\s:\[\]\d«»\"“”-][^:\n\d«»\"“”(]{1,40}?)[ \t]*:[ \t]*\S",
                   re.M)
# the presenter a transcript's header names
_HOST = re.compile(r"^[ \t]*(?:تقديم|مقدم الحلقة|مقدمة الحلقة|مقدم البرنامج|مقدمة البرنامج|إعداد وتقديم)[ \t]*:"
                   r"[ \t]*([^\n:]{2,40})$", re.M)
_QUOTE_CHARS = re.compile('[«»"“”]')


class _Article:
    """One article's tokens with the clause boundaries quotes need."""

    def __init__(self, text: str, toks: list[Tok], entity_starts: frozenset = frozenset()):
        self.text, self.toks = text, toks
        self.entity_starts = entity_starts  # offsets where a gazetteer or pattern entity begins
        # sentences: the tokeniser's, except that a full stop after an initial (د. خالد)
        # ends none; built run by run (an article has ~500 tokens but ~30 boundaries)
        n = len(toks)
        sid: list[int] = []
        bounds = [0]
        s, run = 0, 0
        for k in range(1, n):
            if toks[k].sentence == toks[k - 1].sentence:
                continue
            before = toks[k - 1]
            if before.text == "." and k >= 2 and len(toks[k - 2].text) == 1 and toks[k - 2].text.isalpha() \
                    and toks[k - 2].sentence == before.sentence and text.find("\n", before.end, toks[k].start) < 0:
                continue
            sid.extend([s] * (k - run))
            s, run = s + 1, k
            bounds.append(k)
        sid.extend([s] * (n - run))
        self.sid, self.n = sid, n
        self.bounds = bounds + [n]  # bounds[s]: the first token of sentence s
        # a token's paragraph: the number of newlines before it
        starts = self.starts = [t.start for t in toks]
        para: list[int] = []
        p, run = 0, 0
        nl = text.find("\n")
        while nl >= 0 and run < n:
            k = bisect_right(starts, nl, run)
            para.extend([p] * (k - run))
            p, run = p + 1, k
            nl = text.find("\n", nl + 1)
        para.extend([p] * (n - run))
        self.para = para

    @cached_property
    def quoted(self) -> list[tuple[int, int]]:
        """Spans of tokens inside quotation marks that close in their paragraph: a speech
        verb there is part of what someone said («… قال لي …»), not the article's."""
        toks, para, out = self.toks, self.para, []
        marks = [bisect_left(self.starts, m.start()) for m in _QUOTE_CHARS.finditer(self.text)]
        marks = [k for k in marks if k < len(toks) and toks[k].text in _QUOTE_MARKS]
        opened = None
        for k in marks:
            w = toks[k].text
            if opened is not None and para[k] != para[opened]:
                opened = None
            if opened is None:
                if w in _QUOTE_OPEN:
                    opened = k
            elif _QUOTE_CLOSE.get(w) == toks[opened].text:
                out.append((opened, k))
                opened = None
        return out

    @cached_property
    def turns(self) -> frozenset:
        """Names that open two or more lines as ``NAME: …`` (a transcript's speakers, after a
        time stamp), less the presenter the header names (تقديم: …، مقدم الحلقة: …): their
        lines are what they said, whether or not the article names them elsewhere."""
        if self.text.count(":") < 4:
            return frozenset()
        counts: dict[str, int] = {}
        for m in _TURN.finditer(self.text):
            label = normalize(m.group(1).strip())
            if 2 <= len(label.split()) <= 4 and not any(c.isdigit() for c in label):
                counts[label] = counts.get(label, 0) + 1
        hosts = {normalize(m.group(1).strip()) for m in _HOST.finditer(self.text)}
        return frozenset(k for k, n in counts.items() if n >= 2 and k not in hosts)

    @cached_property
    def final_ya_as_alif(self) -> bool:
        """The article writes a final ي as ى (Egyptian style: فى، الحسينى): there على may be
        the name علي."""
        return " فى " in self.text

    def in_quotation(self, i: int) -> bool:
        return any(a < i < b for a, b in self.quoted)

    @cached_property
    def holders(self) -> list:
        """People named after a role anywhere in the article (see _role_holders)."""
        return _role_holders(self)

    @cached_property
    def bodies(self) -> list:
        """Bodies named in full anywhere in the article (see quote_bodies.find_bodies)."""
        return find_bodies(self)

    @cached_property
    def surnames(self) -> frozenset:
        """Last words of the people named with a role (السفير هشام المنياوي -> منياوي): a
        subject written as the surname alone (وجدد الشامي) is that person."""
        out = set()
        for _at, name, _display, _roles in self.holders:
            last = name.split()[-1]
            out.add(last[2:] if last.startswith("ال") else last)
        return frozenset(out)

    def same(self, a: int, b: int) -> bool:
        n = self.n
        return 0 <= a < n and 0 <= b < n and self.sid[a] == self.sid[b]

    def sentence_end(self, k: int) -> int:
        """Token index just past the sentence of k (its full stop included); past the
        text, the text's end (a form asks after its last word when the article stops there)."""
        if k >= len(self.sid):
            return len(self.toks)
        return self.bounds[self.sid[k] + 1]

    def sentence_start(self, k: int) -> int:
        return self.bounds[self.sid[k]]

    def span_of(self, a: int, b: int) -> tuple[int, int]:
        return self.toks[a].start, self.toks[b - 1].end

    def statement_end(self, a: int) -> int:
        """Where a statement starting at token a ends: its closing quotation mark when it
        opens with one (across full stops, within the paragraph), else its sentence's end."""
        toks = self.toks
        if a < len(toks) and toks[a].text in _QUOTE_OPEN:
            opener = toks[a].text
            for k in range(a + 1, len(toks)):
                if self.para[k] != self.para[a]:
                    break
                if _QUOTE_CLOSE.get(toks[k].text) == opener or (opener == '"' and toks[k].text == '"'):
                    end = k + 1
                    if end < len(toks) and self.sid[end] == self.sid[k] and toks[end].text in ".؛":
                        end += 1
                    return max(end, self.sentence_end(a) if self.sid[k] == self.sid[a] else end)
        end = self.sentence_end(a)
        if toks[end - 1].text == ":" and end < len(toks) and self.para[end] != self.para[end - 1]:
            return self.list_end(end)  # تشير إلى أن: then the points listed below
        return end

    def list_end(self, k: int) -> int:
        """The end of the lines after a colon: the first, and those after it that start
        like it with a list marker (- ، أ. ، 1.), at most eight."""
        n = len(self.toks)
        lines = 0
        while k < n and lines < 8:
            p = self.para[k]
            e = k
            while e < n and self.para[e] == p:
                e += 1
            lines += 1
            k = e
            if k >= n or not self._marked(k):
                break
        return k

    def _marked(self, k: int) -> bool:
        line = self.text[self.text.rfind("\n", 0, self.toks[k].start) + 1:self.toks[k].start + 3].lstrip()
        return line[:1] in "-–—•●▪*" or line[:1].isdigit() or len(line) > 1 and line[1] in ".-)"

