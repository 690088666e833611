"""Currencies named by a country adjective or an abbreviation: `دينار عراقي` is IQD,
`ليرة سورية` SYP, `850 مليون دج` DZD, `12 د.ك` KWD, `50 مليون USD` USD. A bare name with no
country (دينار, ريال) stays dinar/riyal (the corpus convention)."""

from __future__ import annotations

from .tokens import Tok

__all__ = ["NAMED_BY_COUNTRY", "NATIONAL", "abbreviated"]

_NATIONAL = {
    "dinar": {"عراقي": "IQD", "كويتي": "KWD", "اردني": "JOD", "ليبي": "LYD", "تونسي": "TND",
              "جزائري": "DZD", "بحريني": "BHD"},
    "riyal": {"سعودي": "SAR", "قطري": "QAR", "عماني": "OMR", "يمني": "YER", "ايراني": "IRR"},
    "dirham": {"اماراتي": "AED", "مغربي": "MAD"},
    "pound": {"مصري": "EGP", "سوداني": "SDG", "استرليني": "GBP", "لبناني": "LBP", "سوري": "SYP"},
    "lira": {"سوري": "SYP", "لبناني": "LBP", "تركي": "TRY"},
    # other countries' dollars and francs: "دولار كندي" is CAD, not USD
    "USD": {"كندي": "CAD", "استرالي": "AUD", "سنغافوري": "SGD",
            "نيوزيلندي": "NZD", "تايواني": "TWD", "ليبيري": "LRD", "زيمبابوي": "ZWL"},
    "franc": {"سويسري": "CHF", "افريقي": "XOF", "كونغولي": "CDF", "جيبوتي": "DJF", "غيني": "GNF",
              "رواندي": "RWF", "بوروندي": "BIF"},
    "rupee": {"هندي": "INR", "باكستاني": "PKR", "سريلانكي": "LKR", "نيبالي": "NPR"},
    "JPY": {"ياباني": "JPY"},
}
NAMED_BY_COUNTRY = frozenset(_NATIONAL)  # dinar, riyal, dirham, pound, lira; dollars, francs, rupees
# "دينار عراقي", "ليرة سورية", "جنيهاً مصرياً": (currency, adjective in any case/gender) -> code
NATIONAL = {(unit, adj + ending): code for unit, table in _NATIONAL.items()
            for adj, code in table.items() for ending in ("", "ه", "ا", "ين", "ان")}
# currencies abbreviated as two letters, dotted or not: "850 مليون دج", "12 د.ك", "500 ج.م"
_ABBREVIATED = {("د", "ج"): "DZD", ("ج", "م"): "EGP", ("ر", "س"): "SAR", ("د", "ك"): "KWD", ("د", "ا"): "AED",
                ("د", "ع"): "IQD", ("ل", "ل"): "LBP", ("ل", "س"): "SYP", ("د", "ت"): "TND", ("د", "م"): "MAD",
                ("ر", "ق"): "QAR", ("ر", "ع"): "OMR", ("د", "ب"): "BHD", ("د", "ل"): "LYD"}
ABBREVIATED = {"دج": "DZD", "دت": "TND",  # the Maghrebi papers' undotted forms
               "ج": "pound"}  # Egyptian papers' "500 ألف ج": a bare جنيه
_CODES = frozenset("USD EUR GBP CHF JPY CAD AUD CNY RUB INR MRU IQD SAR AED QAR KWD EGP SDG YER LBP SYP JOD TND DZD "
                   "MAD LYD TRY OMR BHD".split())


def abbreviated(toks: list[Tok], u: int, end: int) -> tuple[str | None, int]:
    """A currency abbreviated at u ('دج', 'د.ك': the dot is its own token): (code, end)."""
    if u + 2 < len(toks) and toks[u + 1].text == "." and toks[u + 1].start == toks[u].end \
            and toks[u + 2].start == toks[u + 1].end and (toks[u].text, toks[u + 2].text) in _ABBREVIATED:
        return _ABBREVIATED[(toks[u].text, toks[u + 2].text)], u + 3
    if toks[u].text in ABBREVIATED:
        return ABBREVIATED[toks[u].text], u + 1
    if toks[u].text.upper() in _CODES:  # "50 مليون USD"
        return toks[u].text.upper(), u + 1
    return None, end
