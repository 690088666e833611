"""Units of figures in the forms real outlets print (issue 19, section 2; classes found on
the real dev articles, sentences our own). Expected values written by hand; see
tests/form_table.py.

- Numbers wrapped in quotes, as a Sudanese daily prints them (`«4.4» مليارات دولار`,
  `نحو «45» طن`, `«2,5» «مليار دولار»`): the quotes neither cut the scale from the
  number nor the hedge from it.
- What happened to the people counted, read past the hedge or range between the event word
  and the count (`نزوح ما بين 150 و200 ألف`), in a subset of a casualty count (`30 قتيلا
  بينهم 9 أطفال على الأقل`), after a passive verb and its pronoun (`قتل فيها 15 مدنيا`), for
  the dead counted as bodies (`14 جثة`), and for people fleeing (`فرار نحو 200 ألف شخص`).
- A count of fighters and civilians together (`12 ألف مقاتل ومدني`) counts people.
"""

from __future__ import annotations

from form_table import check, table

QUOTED = [
    ('بلغت الإيرادات «3.2» مليارات دولار', [('F', 3.2e9, None, 'USD', None)]),
    ('بلغت الصادرات "7,5" مليون دولار', [('F', 7.5e6, None, 'USD', None)]),
    ('يتوقع أن تحقق «1,8» «مليار دولار»', [('F', 1.8e9, None, 'USD', None)]),
    ('صدّرت الشركة نحو «60» طن من الذهب', [('F', 60, None, 'tons', 'approx')]),
    ('بلغت الإيرادات حوالى «سبعة» مليارات جنيه سوداني', [('F', 7e9, None, 'SDG', 'approx')]),
    ('انتشر أكثر من «٤٠٠» جندي', [('F', 400, None, 'troops', 'more than')]),
    ('قدمت الحكومة ما يقارب “12” مليون يورو', [('F', 12e6, None, 'EUR', 'approx')]),
    ('وصل عدد الشركات إلى «35» شركة', [('F', 35, None, 'شركه', None)]),
]

ROLES_PAST_HEDGES = [
    ('أدى القصف إلى نزوح ما بين 150 و200 ألف مدني', [('F', 150000, 200000, 'displaced', None)]),
    ('تسبب القتال في نزوح بين 3 و4 آلاف شخص', [('F', 3000, 4000, 'displaced', None)]),
    ('قتل في الهجوم 30 مدنيا بينهم ما لا يقل عن 9 أطفال',
     [('F', 30, None, 'killed', None), ('F', 9, None, 'killed', 'at least')]),
    ('سقط 40 قتيلا بينهم 11 طفلا على الأقل',
     [('F', 40, None, 'killed', None), ('F', 11, None, 'killed', 'at least')]),
    ('أصيب نحو 90 آخرون بجروح بينهم 14 طفلا و6 نساء',
     [('F', 90, None, 'wounded', 'approx'), ('F', 14, None, 'wounded', None), ('F', 6, None, 'wounded', None)]),
    ('أسفر الهجوم عن مقتل 25 شخصا، بينهم 4 نساء',
     [('F', 25, None, 'killed', None), ('F', 4, None, 'killed', None)]),
    ('تحدث التقرير عن مقتل ما لا يقل عن 7 أطفال وامرأتين',
     [('F', 7, None, 'killed', 'at least'), ('F', 2, None, 'killed', None)]),
    ('قتل فيها 15 مدنيا على الأقل', [('F', 15, None, 'killed', 'at least')]),
    ('وقتل خلاله ١٢ مدنياً', [('F', 12, None, 'killed', None)]),
    ('أصيب فيه 8 مدنيين', [('F', 8, None, 'wounded', None)]),
    ('أفاد المرصد بمقتل اثنين على الأقل', [('F', 2, None, 'killed', 'at least')]),
    ('انتشلت فرق الإنقاذ 14 جثة', [('F', 14, None, 'killed', None)]),
    ('شاهد المراسل 9 جثث في المستشفى', [('F', 9, None, 'killed', None)]),
    ('عثر السكان على جثتين', [('F', 2, None, 'killed', None)]),
    ('شملت فرار نحو 200 ألف شخص', [('F', 200000, None, 'displaced', 'approx')]),
    ('أدى إلى هروب 3000 مدني من المدينة', [('F', 3000, None, 'displaced', None)]),
    ('ردت الفصائل بقصف المدينة، موقعة أكثر من 20 مدنيا', [('F', 20, None, 'killed', 'more than')]),
    ('أوقع القصف 35 مدنيا', [('F', 35, None, 'killed', None)]),
    ('وأوقعت الغارة نحو 12 شخصا', [('F', 12, None, 'killed', 'approx')]),
    ('أوقع القصف 35 جريحا', [('F', 35, None, 'wounded', None)]),
    ('وأجبرت المعارك أكثر من 500 أسرة على الفرار', [('F', 500, None, 'families', 'more than')]),
    # what the people counted did is no event that happened to them
    ('نشر الجيش 2500 جندي بينهم 300 ضابط',
     [('F', 2500, None, 'troops', None), ('F', 300, None, 'troops', None)]),
    ('يضم المخيم 900 شخص بينهم 200 طفل',
     [('F', 900, None, 'people', None), ('F', 200, None, 'people', None)]),
]

# a fraction of a noun in construct with a definite one divides it: a percentage
FRACTIONS = [
    ('خرج 25 ألف مدني أي ما يمثل نصف سكان الحي',
     [('F', 25000, None, 'people', None), ('F', 50, None, 'percent', None)]),
    ('دمرت المعارك ثلث منازل البلدة', [('F', 33.3, None, 'percent', None)]),
    ('يعيش ربع سكان المخيم دون مياه', [('F', 25, None, 'percent', None)]),
    ('شردت الحرب نصف الشعب السوري', [('F', 50, None, 'percent', None)]),
    ('استغرق الاجتماع نصف ساعة', [('F', 0.5, None, 'hours', None)]),
    ('بلغ الفريق نصف نهائي البطولة', []),
]

MIXED_PERSONS = [
    ('تم الاتفاق على خروج 12 ألف مقاتل ومدني', [('F', 12000, None, 'people', None)]),
    ('غادر المدينة 400 مدني وعسكري', [('F', 400, None, 'people', None)]),
    ('انتشر 400 جندي وضابط', [('F', 400, None, 'troops', None)]),
]


@table(QUOTED)
def test_quoted_numbers(body, want):
    check(body, want)


@table(ROLES_PAST_HEDGES)
def test_roles_past_hedges(body, want):
    check(body, want)


@table(FRACTIONS)
def test_fractions_in_construct(body, want):
    check(body, want)


@table(MIXED_PERSONS)
def test_mixed_persons(body, want):
    check(body, want)
