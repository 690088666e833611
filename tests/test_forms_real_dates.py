"""Dates in the forms real outlets print (issue 19, section 2; classes found on the real dev
articles, sentences our own). Expected values written by hand; see tests/form_table.py.

- "The same month/day/year" (`في ذات الشهر`, `في الشهر نفسه`, `في اليوم ذاته`, `بنفس العام`)
  is the date written before it at that precision, never the article's own day.
- A month written without a year takes the year of a date written before it in its sentence
  (`في مارس 2017 ... لتنتهي في مايو` is May 2017), else the article's.
- Two years after الأعوام/السنوات (`في الأعوام 2012 و2013`, quoted or not) are one range, as
  after عامي; three or more are a list, each its own date.
"""

from __future__ import annotations

from form_table import check, table

SAME_PERIOD = [
    ('وقع الاتفاق في 19 أكتوبر 2016، وأعقبه اتفاق آخر في ذات الشهر',
     [('D', '2016-10-19', None, None), ('D', '2016-10', None, None)]),
    ('وقع الاتفاق في 19 أكتوبر 2016، وأعقبه اتفاق آخر في الشهر نفسه',
     [('D', '2016-10-19', None, None), ('D', '2016-10', None, None)]),
    ('وقع الاتفاق في 19 أكتوبر 2016، وأعقبه اتفاق آخر في الشهر ذاته',
     [('D', '2016-10-19', None, None), ('D', '2016-10', None, None)]),
    ('وقع الاتفاق في 19 أكتوبر 2016، وأعقبه اتفاق آخر في نفس الشهر',
     [('D', '2016-10-19', None, None), ('D', '2016-10', None, None)]),
    ('بدأ الانسحاب في أيلول 2019 واكتمل في نهاية الشهر ذاته',
     [('D', '2019-09', None, None), ('D', '2019-09', None, 'end')]),
    ('وقع الاتفاق في 19 أكتوبر 2016، ثم أعلن عنه في اليوم ذاته',
     [('D', '2016-10-19', None, None), ('D', '2016-10-19', None, None)]),
    ('وقع الاتفاق في 19 أكتوبر 2016، ثم أعلن عنه في نفس اليوم',
     [('D', '2016-10-19', None, None), ('D', '2016-10-19', None, None)]),
    ('وقع الاتفاق في ١٩ أكتوبر ٢٠١٦، ثم أعلن عنه في ذات اليوم',
     [('D', '2016-10-19', None, None), ('D', '2016-10-19', None, None)]),
    ('وقع الاتفاق عام 2016، وأعقبه اتفاق آخر في ذات العام',
     [('D', '2016', None, None), ('D', '2016', None, None)]),
    ('وقع الاتفاق عام 2016، وأعقبه اتفاق آخر في ذات السنة',
     [('D', '2016', None, None), ('D', '2016', None, None)]),
    ('وقع الاتفاق عام 2016، وأعقبه اتفاق آخر بنفس العام',
     [('D', '2016', None, None), ('D', '2016', None, None)]),
    # a month's day asks more than the date before gives: no date, and never the article's day
    ('وقع الاتفاق عام 2016، وأعلن عنه في اليوم نفسه', [('D', '2016', None, None)]),
    ('وصل الوفد وعقد اجتماعا في اليوم نفسه', []),
]

BARE_MONTHS = [
    ('توصل الطرفان إلى اتفاق في مارس 2017، لتنتهي العملية في مايو بخروج المدنيين',
     [('D', '2017-03', None, None), ('D', '2017-05', None, None)]),
    ('بدأت المفاوضات في شباط 2019 وانتهت في نيسان',
     [('D', '2019-02', None, None), ('D', '2019-04', None, None)]),
    ('بدأت المفاوضات في 3 فبراير 2019 وانتهت في أبريل',
     [('D', '2019-02-03', None, None), ('D', '2019-04', None, None)]),
    ('بدأت المفاوضات في ٣ فبراير ٢٠١٩ وانتهت في أواخر أبريل',
     [('D', '2019-02-03', None, None), ('D', '2019-04', None, 'end')]),
    ('بدأت المفاوضات في 3 فبراير 2019 وانتهت في 5 أبريل',
     [('D', '2019-02-03', None, None), ('D', '2019-04-05', None, None)]),
    ('بدأت المفاوضات في 3 فبراير 2019 وانتهت في الخامس من أبريل',
     [('D', '2019-02-03', None, None), ('D', '2019-04-05', None, None)]),
    # no year before it in the sentence: the article's (2025)
    ('وانتهت المفاوضات في أبريل', [('D', '2025-04', None, None)]),
    # a date before it read in the article's year gives no year of its own
    ('وصل الوفد أمس، وكان قد زار المدينة في أبريل', [('D', '2025-03-13', None, None), ('D', '2025-04', None, None)]),
    ('وفي 14 رمضان زار الوفد المدينة، وعاد إليها في أبريل',
     [('D', '2025-03-14', None, None), ('D', '2025-04', None, None)]),
    ('تجمع المحتجون في شارع 14 رمضان منذ 7 أكتوبر', [('D', '2024-10-07', None, 'since')]),
]

YEAR_LISTS = [
    ('يهدف البرنامج إلى تقليص الإنفاق في الأعوام 2012 و2013', [('D', '2012', '2013', None)]),
    ('يهدف البرنامج إلى تقليص الإنفاق في الأعوام «2012 و2013»', [('D', '2012', '2013', None)]),
    ('يهدف البرنامج إلى تقليص الإنفاق خلال السنوات 2021 و2022', [('D', '2021', '2022', None)]),
    ('يهدف البرنامج إلى تقليص الإنفاق في عامي ٢٠٢١ و٢٠٢٢', [('D', '2021', '2022', None)]),
    # three or more are a list of years, each its own date
    ('تراجعت المساعدات في الأعوام 2019 و2020 و2021',
     [('D', '2019', None, None), ('D', '2020', None, None), ('D', '2021', None, None)]),
]


@table(SAME_PERIOD)
def test_the_same_period_as_the_date_before(body, want):
    check(body, want)


@table(BARE_MONTHS)
def test_a_month_without_a_year_takes_the_year_before_it(body, want):
    check(body, want)


@table(YEAR_LISTS)
def test_years_listed_are_a_range(body, want):
    check(body, want)
