"""Who said what: attributed statements and their speakers.

News attributes almost every claim. The forms found here, on normalised tokens:

- verb first: ``وقال وزير الخارجية فلان الفلاني، في بيان، إن …`` (any person, gender,
  tense of a speech verb: قال/قالت/يقول، أكد، أعلن، أوضح، أشار إلى، صرّح، أفاد …);
- subject first: ``مصادر مطلعة توقعت أن …``, ``غير أن مسؤولا قال لفرانس برس إن …``;
- according to: ``بحسب/حسب/وفق/وفقاً لـ/نقلاً عن مصادر مطلعة، …`` (the rest of the clause);
- a speaker line: ``العبودي: …`` (interviews, live blogs), not an interviewer's question;
- continuations that keep the speaker: ``وأضاف …``, ``، مشيراً إلى أن …``, a verb with no
  subject after an attribution (``وقال لفرانس برس "…"``).

The speaker is parsed from the words between the verb and the statement: adjuncts
(``لـ«النهار»``, ``في بيان``, ``اليوم``) are dropped, a person's name is kept apart from
their titles and roles (``السفير``, ``وزير المالية د.``), an unnamed source keeps its
description (``مصدر أمني في الأنبار``) and is marked anonymous. Within an article a
surname alone (``وقال الفلاني``), a title with a surname (``الوزير عيتاني``) or a role
named earlier with its holder (``وزير المالية``) are the person named in full, so one
speaker has one key; the key is the normalised name, so spellings across articles link.

Seven modules, one job each, beside this one (flat in mentions/, so the extractor's
digest of mentions/*.py sees every change): ``quote_statements`` finds the attribution
forms and the span of each statement, ``quote_speakers`` parses who speaks,
``quote_keys`` links one speaker to one key (``quote_bodies`` does it for bodies: a shorter
name, a short name in brackets, a place after the body); ``quote_notes`` attributes a paper's
sentences by their notes; ``quote_words`` holds the words they share and ``quote_article``
the article's sentence, paragraph and quotation boundaries.
"""

from .quote_keys import speaker_key
from .quote_statements import PersonHit, QuoteHit, find_quotes

__all__ = ["PersonHit", "QuoteHit", "find_quotes", "speaker_key"]
