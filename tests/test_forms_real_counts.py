"""Counts and non-counts found on the dev articles' errors (issue 19, section 2; sentences our
own, expected values by hand; see tests/form_table.py).

- A definite dual that a dual relative pronoun confirms (`الجسرين اللذين انهارا`,
  `الدوريتان اللتان تحملان`) counts two.
- A definite fraction after a comparison or hedge, or before تقريباً (`أقل من النصف`,
  `الربع تقريباً`) is a percentage; `النصف الثاني من العام` stays a date.
- One of: a plural before واحدة/واحد (`منذ سنوات واحدة من أسوأ`) counts nothing; an
  adjective between the noun and واحد (`مركزاً صحياً واحداً`) is not the noun counted.
- A number glued by / to a name (`المستشفى الميداني غزة/82`) names a unit, no count.
"""

from __future__ import annotations

from form_table import check, table

DEFINITE_DUALS = [
    ('أنشئ جسران جديدان بدلا من الجسرين اللذين انهارا',
     [('F', 2, None, 'جسر', None), ('F', 2, None, 'جسر', None)]),
    ('كانت الدوريتان اللتان تحملان المسلحين متجهتين إلى تعز', [('F', 2, None, 'دوريه', None)]),
    ('وأصلحت الفرق المحطتين اللتين تضررتا', [('F', 2, None, 'محطه', None)]),
    ('زار الوزير المخيمين اللذين يؤويان العائدين', [('F', 2, None, 'مخيم', None)]),
    ('وزار الوزير المخيمَين اللذَين تضررا', [('F', 2, None, 'مخيم', None)]),
    ('وقع البلدان اتفاقا للتعاون', []),
    ('قال الطرفان إن الهدنة صامدة', []),
]

DEFINITE_FRACTIONS = [
    ('وحصل الحزب على أقل من النصف', [('F', 50, None, 'percent', 'less than')]),
    ('تراجع عدد السكان إلى الربع تقريبا', [('F', 25, None, 'percent', 'approx')]),
    ('فقدت العملة أكثر من الثلث', [('F', 33.3, None, 'percent', 'more than')]),
    ('انخفضت الصادرات بنحو النصف', [('F', 50, None, 'percent', 'approx')]),
    ('يبدأ التنفيذ في النصف الثاني من العام', [('D', '2025-H2', None, None)]),
    ('اكتمل أكثر من النصف الأول من المشروع', []),
]

ONE_OF = [
    ('ويعاني اليمن منذ سنوات واحدة من أسوأ الأزمات', []),
    ('وتبقى البلاد منذ عقود واحدة من أفقر الدول', []),
    ('وافتتح مركزاً صحياً واحداً في البلدة', [('F', 1, None, 'مركز', None)]),
    ('ولم يبق سوى مستشفى ميداني واحد', [('F', 1, None, 'مستشفي', None)]),
    ('وبقيت قرية زراعية واحدة مأهولة', [('F', 1, None, 'قريه', None)]),
    ('ولم تبق سوى قرية واحدة مأهولة', [('F', 1, None, 'قريه', None)]),
]

NAMED_BY_NUMBER = [
    ('استبدل المستشفى الميداني غزة/82 بطاقم جديد', []),
    ('وصل المستشفى الميداني نابلس/2 إلى المدينة', []),
]


@table(DEFINITE_DUALS)
def test_definite_duals_a_relative_pronoun_confirms(body, want):
    check(body, want)


@table(DEFINITE_FRACTIONS)
def test_definite_fractions_after_a_hedge(body, want):
    check(body, want)


@table(ONE_OF)
def test_one_after_its_noun(body, want):
    check(body, want)


@table(NAMED_BY_NUMBER)
def test_numbers_glued_to_names(body, want):
    check(body, want)
