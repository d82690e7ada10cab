"""Understanding a diner's question: hard constraints, dishes and food words.

"A red under $60 for the lamb?" must become filters that always hold (price,
colour, by the glass) plus the dishes to pair with. This is deterministic
pattern matching, not a model: the same question always gives the same
filters, and a filter is never invented by a model that misread a vintage
as a price.

Prices are the restaurant's currency; whichever symbol or word the diner
uses only marks a number as money. ``max_price`` is inclusive (an "under $60"
list may show a $60 bottle), and when ``by_the_glass`` is set the prices are
for a glass.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from itertools import pairwise
from typing import Any, Final, Protocol

from recommendations.pairing import COLOURS, GRAPE_ALIASES, fold_text, grape_traits, stem, word_list, words_of
from recommendations.pairing.dishes import (
    DIET_LABELS,
    FOOD_TOKENS,
    dish_profile,
    food_tokens,
    inside_food_name,
    read_food,
    starts_food,
)
from recommendations.pairing.grapes import APPELLATIONS, appellation_of
from recommendations.pairing.lexicon import TERMS_BY_NAME
from recommendations.pairing.places import REGION_COUNTRY, origins_asked, origins_said, without_origins
from recommendations.pairing.terms import FoodTerm
from recommendations.pairing.text import one_edit_apart
from recommendations.pairing.wines import ALCOHOL_FREE_FIGURE, ALCOHOL_FREE_WORDS


@dataclass(frozen=True)
class Constraints:
    max_price: Decimal | None = None
    min_price: Decimal | None = None
    colours: frozenset[str] = frozenset()  # empty: any colour
    by_the_glass: bool = False
    sweet: bool = False
    # Relative to the previous answer's prices, which only the caller knows: it should
    # turn this into a max_price before passing the constraints on as ``previous``.
    cheaper_than_previous: bool = False
    style_words: tuple[str, ...] = ()
    grapes: tuple[str, ...] = ()
    # "No Riesling please", "anything but Chardonnay": the diner's dislike, kept until they ask
    # for that grape or start over (a new dish does not change what they like).
    refused_grapes: tuple[str, ...] = ()
    places: tuple[str, ...] = ()  # origins asked for by name: "Oregon", "Italy" (pairing.places)
    # "Nothing from Sicily", "no French wines": origins refused, kept like a refused grape.
    refused_places: tuple[str, ...] = ()
    # Places named as wines ("a sherry?", "any Barolo"): kept for the refinements of the same dish
    # ("by the glass?"), dropped when a colour, grape or place is asked instead, or a new dish.
    appellations: tuple[str, ...] = ()
    # "Bubbly but not prosecco", "no champagne": a kind of wine refused by its place's name, kept
    # like a refused grape; its colour stays open ("a sparkling wine, not champagne").
    refused_names: tuple[str, ...] = ()
    # "Something affordable", "pas trop cher": a budget without a number (the lower half of the
    # list's prices in the colours asked); a number said later replaces it.
    modest_price: bool = False
    # "Our anniversary, something special": among the wines that suit, the finer (dearer) first,
    # until the diner asks for a modest price; it belongs to the diner, not the dish.
    occasion: bool = False
    # The bounds were said of a glass ("a glass under $15"): they mean nothing for a bottle, so
    # "a bottle this time" drops them. False whenever there are no bounds.
    price_per_glass: bool = False


@dataclass(frozen=True)
class ParsedQuestion:
    constraints: Constraints
    dish_ids: tuple[int, ...]  # menu items recognised, best match first
    dish_words: tuple[str, ...]  # food named in the question, on the menu or not
    text: str
    said: Said | None = None  # what this question itself says (the conversation rules read it)


class MenuItemLike(Protocol):
    """What dish recognition reads from a menu item: a ``MenuItem`` or any look-alike."""

    @property
    def pk(self) -> Any: ...

    @property
    def name(self) -> str: ...

    @property
    def description(self) -> str: ...

    @property
    def tags(self) -> Any: ...

    @property
    def course(self) -> str: ...


# ---------------------------------------------------------------------------
# Money
# ---------------------------------------------------------------------------

_UNITS: Final = word_list(
    "zero, one, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve, thirteen, fourteen, "
    "fifteen, sixteen, seventeen, eighteen, nineteen"
)
_TENS: Final = word_list("twenty, thirty, forty, fifty, sixty, seventy, eighty, ninety")


# Round prices in the restaurant's other languages: "sotto i cinquanta", "moins de trente".
def _compound_numbers() -> dict[str, int]:
    """Numbers written as one word: Italian "quarantacinque", "ventotto"; German "fünfunddreißig"."""
    numbers: dict[str, int] = {}
    italian_units = ("uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove")
    german_units = ("ein", "zwei", "drei", "vier", "funf", "sechs", "sieben", "acht", "neun")
    for tens, (italian, german) in enumerate(
        zip(
            ("venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta"),
            ("zwanzig", "dreissig", "vierzig", "funfzig", "sechzig", "siebzig", "achtzig", "neunzig"),
            strict=True,
        ),
        start=2,
    ):
        for unit, (italian_unit, german_unit) in enumerate(zip(italian_units, german_units, strict=True), start=1):
            # The tens lose their last vowel before "uno" and "otto": "ventuno", "trentotto".
            stem = italian[:-1] if italian_unit in ("uno", "otto") else italian
            numbers[stem + italian_unit] = tens * 10 + unit
            numbers[f"{german_unit}und{german}"] = tens * 10 + unit
    return numbers


_COMPOUND_NUMBERS: Final = _compound_numbers()
_FOREIGN_NUMBERS: Final = {
    # Not "tres" (French "très"), "sei" ("you are"), "due" (English), "once" or "dos": the bottles
    # and glasses counted read those themselves ("due bicchieri", "dos copas").
    **dict.fromkeys(word_list("trois, drei"), 3),
    **dict.fromkeys(word_list("quatre, cuatro, quattro, vier"), 4),
    **dict.fromkeys(word_list("cinq, cinco, cinque, funf"), 5),
    **dict.fromkeys(word_list("seis, sechs"), 6),
    **dict.fromkeys(word_list("sept, siete, sette, sieben"), 7),
    **dict.fromkeys(word_list("huit, ocho, otto, acht"), 8),
    **dict.fromkeys(word_list("neuf, nueve, nove, neun"), 9),
    **dict.fromkeys(word_list("onze, undici, elf"), 11),
    **dict.fromkeys(word_list("douze, doce, dodici, zwolf"), 12),
    **dict.fromkeys(word_list("treize, trece, tredici, dreizehn"), 13),
    **dict.fromkeys(word_list("quatorze, catorce, quattordici, vierzehn"), 14),
    **dict.fromkeys(word_list("seize, dieciseis, sedici, sechzehn"), 16),
    **dict.fromkeys(word_list("dix-sept, diecisiete, diciassette, siebzehn"), 17),
    **dict.fromkeys(word_list("dix-huit, dieciocho, diciotto, achtzehn"), 18),
    **dict.fromkeys(word_list("dix-neuf, diecinueve, diciannove, neunzehn"), 19),
    **dict.fromkeys(word_list("dix, diez, dieci, zehn"), 10),
    **dict.fromkeys(word_list("quinze, quince, quindici, funfzehn"), 15),
    **dict.fromkeys(word_list("vingt, veinte, venti, zwanzig"), 20),
    **dict.fromkeys(word_list("trente, treinta, trenta, dreissig"), 30),
    **dict.fromkeys(word_list("quarante, cuarenta, quaranta, vierzig"), 40),
    **dict.fromkeys(word_list("cinquante, cincuenta, cinquanta, funfzig"), 50),
    **dict.fromkeys(word_list("soixante, sesenta, sessanta, sechzig"), 60),
    **dict.fromkeys(word_list("setenta, settanta, siebzig"), 70),
    **dict.fromkeys(word_list("ochenta, ottanta, achtzig"), 80),
    **dict.fromkeys(word_list("noventa, novanta, neunzig"), 90),
    **dict.fromkeys(word_list("cien, cento, hundert"), 100),
    # Portuguese: "até trinta e cinco euros".
    **dict.fromkeys(word_list("sete"), 7),
    **dict.fromkeys(word_list("oito"), 8),
    **dict.fromkeys(word_list("dez"), 10),
    **dict.fromkeys(word_list("vinte"), 20),
    **dict.fromkeys(word_list("trinta"), 30),
    **dict.fromkeys(word_list("quarenta"), 40),
    **dict.fromkeys(word_list("cinquenta"), 50),
    **dict.fromkeys(word_list("sessenta"), 60),
    **dict.fromkeys(word_list("oitenta"), 80),
    **dict.fromkeys(word_list("cem"), 100),
    **_COMPOUND_NUMBERS,
}
_NUMBER_VALUES: Final = {
    **{word: value for value, word in enumerate(_UNITS)},
    **{word: 20 + 10 * index for index, word in enumerate(_TENS)},
    **_FOREIGN_NUMBERS,
}
_NUMBER_WORD = "|".join((*_UNITS, *_TENS, *_FOREIGN_NUMBERS, "hundred", "thousand"))
# "a hundred and fifty", "sixty-five", "forty": runs of number words, "a" only before a scale.
_SPELLED_NUMBER = re.compile(
    rf"\b(?:a\s+(?=(?:hundred|thousand)\b))?(?:(?:{_NUMBER_WORD})(?:\s+(?:and|y|e)\s+|[\s-]+)(?=(?:{_NUMBER_WORD})\b))*"
    rf"(?:{_NUMBER_WORD})\b"
)

_CURRENCY_SYMBOL = r"[$€£¥]"
_CURRENCY_WORD = r"(?:dollars?|dollari|dolares|bucks|usd|euros?|eur|pounds?|quid|gbp|chf|francs?|franchi|francos)\b"
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:[.,]\d{1,2})?"


def _amount(name: str) -> str:
    """A number, optionally marked as money before ("$60", "usd 60") or after ("60€", "60 dollars")."""
    return (
        rf"(?P<{name}_pre>{_CURRENCY_SYMBOL}|(?:usd|eur|gbp)\s)?\s*(?P<{name}>{_NUMBER})"
        rf"(?:\s*(?P<{name}_post>{_CURRENCY_SYMBOL}|{_CURRENCY_WORD}))?"
    )


_MAX_CUES = (
    r"moins de|pas plus de|au plus|au maximum|jusqu'?a|meno di|al massimo|massimo|fino a|sotto (?:i |ai |le )?|"
    r"menos de|como maximo|maximo|hasta|unter|bis|hochstens|maximal|nicht mehr als|nicht uber|"
    # Portuguese "até 45" (not "we ate 12 oysters").
    r"(?<!we )(?<!i )(?<!they )ate(?=\s*[$€£]?\s*[1-9]\d)|"
    r"under|below|beneath|less than|lower than|cheaper than|less expensive than|no more than|not more than|"
    r"no higher than|(?:no|nothing|not) (?:more expensive|pricier) than|"
    r"nothing (?:over|above|more than)|not (?:over|above)|not exceeding|max(?:imum)?|at most|up to|upto|within|"
    # "Drop the budget to 40", "can you bring it down to 30?", "lift the limit to 80".
    r"(?:drop|lower|bring|cut|reduce|raise|lift|increase|push|move|stretch)(?: it| that| the (?:budget|price|limit|cap))?"
    r"(?: down| up)? to|"
    # "Hmm no, back down to 50", "nah, back to 12": an earlier budget said again (not "back to one bottle").
    r"(?:go )?back(?: down| up)? to(?=\s*[$€£]?\s*[1-9]\d{1,3}\b(?!\s*(?:bottles?|btls?|glass(?:es)?|of)\b))|"
    # "I don't want to spend more than 70", "happy to go to 90", "sub 50".
    r"(?:don'?t|do not|doesn'?t|does not|rather not|wouldn'?t|won'?t) (?:want to |wanna )?(?:spend|pay|go)"
    r" (?:more than|over|above|past|beyond)|(?:happy|willing|prepared|ok|okay|able) to (?:go|spend|pay)(?: up)? to|sub|"
    # "Can go to 60", "we could do up to 45", "je peux monter à 15", "puedo llegar a 30", "posso arrivare a 40".
    r"(?:(?:can|could|will|'ll|cn) (?:go|stretch|spend|do|pay)(?: up)? to|monter (?:jusqu'?)?a|"
    r"(?:llegar|subir) (?:a|hasta)|(?:arrivare|salire) (?:a|fino a))(?=\s*[$€£]?\s*[1-9]\d{1,3}\b)|"
    r"budget(?: is| of)?|spend(?:ing)?(?: up to| about| around)?|around|about|roughly|approximately|~|<=?|≤|"
    # "Actually make that 50, not 40", "make it 90": the budget said again.
    r"make (?:it|that)(?=\s*[$€£]?\s*[1-9]\d{1,3}\b)|"
    # "Una bottiglia sui venti", "autour de 30", "alrededor de 40", "um die 25": about that much.
    # Not "sulle otto", "sobre las nueve", "intorno alle nove" (the hour), nor "unos cuatro" (people).
    r"sui|intorno ai|autour de|alrededor de|sobre los|um die"
)
_MIN_CUES = (
    r"not under|nothing under|not below|nothing below|no cheaper than|not cheaper than|nothing cheaper than|"
    r"over|above|more than|more expensive than|pricier than|at least|minimum|min|no less than|not less than|"
    r"starting (?:at|from)|upwards of|>=?|≥"
)
_MAX_AFTER = (
    r"or (?:less|under|below|cheaper|lower)|and (?:under|below|less)|max(?:imum)?\b|tops\b|at (?:the )?most|or so|"
    r"ish\b|-ish\b|\s*mark\b|(?:a|per|the) (?:bottle|btl)\b(?!\s+(?:of|for|to|and|or)\b)|"
    # "7 máximo", "15 al massimo", "20 euros maximum", "30 höchstens".
    r"(?:como |al |au )?(?:maxim[oa]|massimo|maximum)\b|a lo sumo\b|como mucho\b|tout au plus\b|au plus\b|hochstens\b|"
    r"maximal\b|"
    # "2 bottles, 80 for both": the table's budget (``_per_bottle`` shares it out).
    # ("the two" is "the 2" by now: numbers are spelled out as digits first.)
    r"for (?:both|the (?:two|2|pair)|the lot|them all|all of them)\b|(?:in )?total\b|all in\b|altogether\b|en tout\b|"
    r"in tutto\b|in totale\b|insgesamt\b|en total\b|au total\b"
)
_MIN_AFTER = r"or (?:more|over|above|higher)|and (?:up|over|above)|plus\b|\+|minimum\b|min\b"
# Leftmost match wins, and at one position the earlier alternative wins: ranges
# before single bounds, "no more than" (a maximum) before "more than" (a minimum).
_PRICE = re.compile(
    rf"\b(?:between|entre|tra|fra|zwischen)\s+{_amount('between_low')}\s*(?:and|et|y|e|und|-|to)\s*{_amount('between_high')}"
    rf"|\bfrom\s+{_amount('from_low')}\s*(?:to|-)\s*{_amount('from_high')}"
    rf"|(?:(?<=\s)|^|\b)(?:{_MAX_CUES})\s*(?:of\s+)?{_amount('max')}"
    rf"|(?:(?<=\s)|^|\b)(?:{_MIN_CUES})\s*{_amount('min')}"
    rf"|{_amount('range_low')}\s*(?:-|to)\s*{_amount('range_high')}"
    rf"|{_amount('max_after')}\s*(?:{_MAX_AFTER})"
    rf"|{_amount('min_after')}\s*(?:{_MIN_AFTER})"
    rf"|{_amount('bare')}"
)
_PRICE_KINDS: Final = ("between_low", "from_low", "max", "min", "range_low", "max_after", "min_after", "bare")
_RANGE_PAIRS: Final = {"between_low": "between_high", "from_low": "from_high", "range_low": "range_high"}
# A number followed by these counts people, years or alcohol, never money.
_NOT_MONEY_AFTER = re.compile(
    r"\s*(?:%|percent|people|persons?|guests?|pax|diners|of us|years?|yrs?|year-old|yo\b|glass(?:es)?\b|bottles?\b|"
    r"minutes|mins|hours?|hrs?\b|pm\b|am\b|o'?clock|vintages?|ml\b|cl\b|abv|degrees|"
    # "Tra 2 e 3 bicchieri", "zwischen 2 und 3 Flaschen", "entre 4 y 6 personas": counts, not prices.
    r"bicchieri|bottiglie|persone|verres|bouteilles|personnes|copas|botellas|personas|glaser|flaschen|personen|"
    r"courses|plates|dishes|months|oysters|of them|"
    # "Bis acht Uhr", "jusqu'à huit heures", "für sechs Leute", "unos 6 amigos", "six à table".
    r"uhr|heures?|ore|horas|leute|amigos|amici|amis|freunde|a table|a la mesa|a tavola|"
    r"gradi|grados|degres|grad\b|minuti|minutos|minuten)"
)
# "We're 6 in total", "somos entre 4 y 6", "siamo 6 in tutto": the size of the party.
_PARTY_BEFORE = re.compile(
    r"\b(?:we'?re|we are|there(?:'s| is| are|'ll be| will be)|nous sommes|on est|siamo|somos|wir sind|table of|party of)"
    r"(?: (?:like|about|around|maybe|roughly|probably|just|only|entre|tra|zwischen|between))*\s*$"
)
_VINTAGE_YEARS: Final = range(1900, 2101)


@dataclass(frozen=True)
class _PriceBounds:
    max_price: Decimal | None = None
    min_price: Decimal | None = None


def _spell_out_numbers(text: str) -> str:
    """ "under fifty" -> "under 50", so spelled-out prices obey the same rules as digits."""

    def value(match: re.Match[str]) -> str:
        total, current = 0, 0
        for word in re.findall(r"[a-z]+", match.group(0)):
            if word in _NUMBER_VALUES:
                current += _NUMBER_VALUES[word]
            elif word == "hundred":
                current = max(current, 1) * 100
            elif word == "thousand":
                total, current = total + max(current, 1) * 1000, 0
        return str(total + current)

    return _SPELLED_NUMBER.sub(value, _A_NOTE.sub(r"\g<cue> ", text))


# "No more than a fifty", "under a twenty": the note, as money (not "a twenty-year-old tawny").
_A_NOTE = re.compile(
    rf"\b(?P<cue>than|under|below|around|about|for|max|to)\s+a\s+"
    rf"(?=(?:{'|'.join(_TENS)}|hundred)\b(?![\s-]*(?:years?|yr|split|{'|'.join(_TENS)})\b))"
)


def _decimal(number: str) -> Decimal | None:
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?", number):
        number = number.replace(",", "")
    try:
        return Decimal(number.replace(",", "."))
    except InvalidOperation:
        return None


def _is_money(match: re.Match[str], names: Sequence[str]) -> bool:
    """Whether a matched number is a price, not a party size, a vintage or an ABV."""
    if any(match.group(f"{name}_pre") or match.group(f"{name}_post") for name in names):
        return True
    if _NOT_MONEY_AFTER.match(match.string, match.end()):
        return False
    if _PARTY_BEFORE.search(match.string, max(0, match.start() - 30), match.start()):
        return False
    # "between 2015 and 2018", "over 2010": a bare year-shaped number is a vintage.
    return not any(
        re.fullmatch(r"\d{4}", match.group(name)) and int(match.group(name)) in _VINTAGE_YEARS for name in names
    )


_ROUGHLY_A_RANGE = re.compile(
    r"\b(?:around|about|roughly|approximately|somewhere|unos|unas|sui|sugli|sulle|intorno a(?:i|gli)?|verso i|"
    r"environ|autour de|vers|etwa|ungefahr|so um die|cerca de|uns|umas|tipo)\s+"
    r"(?P<low>[$€£]?\d+)\s*[$€£]?\s*(?:-|to|a|e|y|bis)\s*(?P<high>[$€£]?\d+)\b"
    # Not bottles, people, plates or the hour: "tipo 2 a 3 garrafas", "vers 19-20h".
    r"(?!\s*(?:h\b|heures?|uhr|ore\b|horas|garrafas?|bottles?|bouteilles?|botellas?|bottiglie|persone|personas|"
    r"pessoas|people|personnes|leute|piatti|platos|pratos|plates|dishes))"
)


# "Something in between, like 50 to 70?", "say 30-40": a range of prices even with no currency,
# of amounts a bottle costs and with nothing after it but the end of the clause.
# Said at the start of a clause it is one too: "something a bit nicer, 40 to 60".
_ROUGH_RANGE_CUE = re.compile(
    r"(?:\b(?P<word>like|say|around|about|roughly|maybe|somewhere|anywhere from|nicer|better|fancier|pricier)|^|[,;:])\s*$"
)
_ENDS_A_RANGE = re.compile(
    r"\s*(?:$|[?!.,;]|(?:a|per) (?:bottle|glass)\b|range\b|ish\b|max\b|tops\b|please\b|pls\b|thanks\b|then\b|each\b)"
)
MIN_ROUGH_PRICE: Final = 10
# A share said per diner, in the restaurant's languages: "25 per person", "venti a testa",
# "30 par personne", "25 por cabeza", "20 pro Person".
_PER_HEAD_WORDS = (
    r"per (?:person|head|guest)|a (?:head|person)|pp|a testa|a persona|per persona|par personne|par tete|"
    r"por persona|por cabeza|pro (?:person|kopf)"
)
_PER_HEAD_AFTER = re.compile(rf"\s*(?:each|apiece|{_PER_HEAD_WORDS})\b")
MIN_PER_HEAD_PRICE: Final = 5
# With no cue but the start of a clause, only amounts a bottle costs, or any beside talk of money:
# "big group tonight, 10 to 12 then" counts people.
MIN_CLAUSE_RANGE_PRICE: Final = 20
_MONEY_TALK = re.compile(
    r"\b(?:glass|glasses|bottle|bottles|budget|price|prices|spend|euros?|dollars?|pounds?|bucks)\b|[$€£]"
)
# "12 to 15" and nothing else answers "what budget?".
_RANGE_ALONE = re.compile(r"\W*(?:(?:ok|okay|hmm+|say|maybe|about|around)\W+)?\d+\s*(?:-|to)\s*\d+\W*")
# "40 not 50 euros": the amount after "not" is the one taken back.
_CORRECTED_AWAY = re.compile(r"\b(?:not|instead of|rather than)\s*$")


_MONEY_SLANG_VALUES: Final = {"tenner": "10 quid", "fiver": "5 quid"}
_MONEY_SLANG = re.compile(r"\b(?:a |one )?(?P<slang>tenner|fiver)\b(?!\s+(?:more|extra|cheaper|less|off|over|under)\b)")


def _price_bounds(folded: str) -> _PriceBounds:
    """The tightest price range the question asks for.

    Only cued amounts ("under 60", "at least 40", "between 40 and 60") set bounds; a bare
    money amount ("$60 red") counts only when nothing is cued, so "the $38 steak" or
    "last time we had a $100 bottle" never move a limit. With several maxima the
    smallest wins, with several minima the largest: a wine shown must meet all of them.
    """
    # "Around 50-60" is the range, not "around 50"; "a tenner" is 10.
    text = _MONEY_SLANG.sub(lambda match: _MONEY_SLANG_VALUES[match.group("slang")], folded)
    text = _ROUGHLY_A_RANGE.sub(r"between \g<low> and \g<high>", _spell_out_numbers(text))
    maxima: list[Decimal] = []
    minima: list[Decimal] = []
    bare: list[Decimal] = []
    for match in _PRICE.finditer(text):
        kind = next(kind for kind in _PRICE_KINDS if match.group(kind) is not None)
        pair = _RANGE_PAIRS.get(kind)
        names = (kind, pair) if pair else (kind,)
        if kind == "bare" and not (match.group("bare_pre") or match.group("bare_post")):
            # A bare number ("table 12", "for 2", "2019") is never a price, but one said per head
            # is ("we're 4, 25 per person", "somos cuatro, 25 por persona").
            per_head = _PER_HEAD_AFTER.match(text, match.end())
            if per_head is None or (_decimal(match.group("bare")) or 0) < MIN_PER_HEAD_PRICE:
                continue
            if re.search(r"\bmenu\b", text[max(0, match.start() - 30) : match.start()]):
                continue  # "the tasting menu is 85 per person": the food's price, not the wine's
        if kind == "range_low" and not any(match.group(f"{n}_pre") or match.group(f"{n}_post") for n in names):
            # "4-6" alone could be anything; "like 50 to 70?" is a price range, "like 4-5 plates" not.
            rough = _ROUGH_RANGE_CUE.search(text, max(0, match.start() - 16), match.start())
            lowest = Decimal(match.group(kind))
            cued = rough is not None and rough.group("word") is not None
            if not (
                rough
                and lowest >= MIN_ROUGH_PRICE
                and (
                    cued or lowest >= MIN_CLAUSE_RANGE_PRICE or _MONEY_TALK.search(text) or _RANGE_ALONE.fullmatch(text)
                )
                and _ENDS_A_RANGE.match(text, match.end())
            ):
                continue
        if not _is_money(match, names) or _CORRECTED_AWAY.search(text, max(0, match.start() - 16), match.start()):
            continue
        values = [_decimal(match.group(name)) for name in names]
        if any(value is None for value in values):
            continue
        amounts = sorted(value for value in values if value is not None)
        if pair:
            minima.append(amounts[0])
            maxima.append(amounts[-1])
        elif kind == "bare":
            bare.append(amounts[0])
        elif kind.startswith("min"):
            minima.append(amounts[0])
        else:
            maxima.append(amounts[0])
    if not maxima and not minima and bare:
        maxima = bare
    low = max(minima) if minima else None
    high = min(maxima) if maxima else None
    if low is not None and high is not None and low > high:
        low, high = high, low
    return _PriceBounds(max_price=high, min_price=low)


# ---------------------------------------------------------------------------
# Colours, glass, sweetness, relative price
# ---------------------------------------------------------------------------

# "Something orange?", "an orange one": asked of a sommelier, the wine; "duck with orange" stays food.
# "Actually make it orange", "how about orange?": the colour asked alone, in place of another.
_ORANGE_AS_WINE: Final = (
    r"(?<=something )orange|(?<=an )orange(?= one| instead|\s*[?.!]|$)|orange(?= one| instead)|"
    # "One orange and one white?": a bottle of each, the wines.
    r"(?<=\bone )orange(?= (?:and|&|n|or) (?:an? |one )?(?:whites?|reds?|roses?)\b)|"
    # "The orange under 50": a price said of it.
    r"(?<=the )orange(?= (?:under|below|up to|for less than|max|by the (?:glass|bottle))\b)|"
    r"(?:(?<= and one )|(?<= & one )|(?<= n one ))orange(?! (?:juice|soda|squash|cordial|fanta))|"
    r"(?:(?<=make it )|(?<=make that )|(?<=how about )|(?<=what about )|(?<=go for )|(?<=switch to ))"
    r"orange(?=\s*[?.!]|$| (?:please|pls|then|now|by the glass)\b)|"
    # "A glass of orange": the wine, not a juice (which is said so).
    r"(?:(?<=glass of )|(?<=glasses of )|(?<=bottle of )|(?<=carafe of )|(?<=glass of an )|(?<=copa de ))orange"
    r"(?! (?:juice|soda|squash|cordial|jus|zumo|succo|fanta|cake|duck|sauce|tart|muscat|and|&|"
    r"for (?:the |my |our )?(?:kids?|child|children|son|daughter|little one|boy|girl)))"
)
_COLOUR_WORDS: Final = {
    "orange": r"orange wines?|skin[- ]contact|amber wines?|ramato|orange(?= or )|(?<=or )orange|"
    r"(?<=vin )orange|vino naranja|vino (?:arancione|orange)|orange[- ]?weine?|" + _ORANGE_AS_WINE,
    # "A sticky w the pav", not "sticky date pudding" or "sticky ribs" (the food is sticky).
    "dessert": r"dessert wines?|dessertweine?|susswein|vins? doux naturels?|vino de postre|vin de dessert|oporto|stick(?:y|ies)(?! (?:date|toffee|rice|ribs?|wings?|pork|chicken|buns?|glaze|pudding|bbq))|ports?|sauternes|tokaji|ice ?wines?|vin santo|passito|"
    r"late[- ]harvest|moscato d'?asti",
    "sparkling": r"sparkling|bubbl(?:es|y)|fizz(?:y)?|champagnes?|prosecco|cava|cremant|franciacorta|spumante|"
    r"pet[- ]?nat|lambrusco|brut|frizzante|mousseux|petillant|sekt|schaumwein|espumoso|bulles|bollicine|espumante",
    "rose": r"roses?|rosado|rosato|pink",
    "red": r"reds?|rouges?|rosso|rossi|tintos?|rotweine?|(?<!noble )(?<!noble-)rot(?:e[nrs]?)?",
    # Not "beurre blanc", the sauce.
    "white": r"whites?|blancos?|bianco|bianchi|(?<!beurre )blanc(?:he)?s?|branco|weissweine?|weiss(?:e[nrs]?)?",
}
# "Red" in "red meat" or "white" in "white fish" names the food, not the wine.
_COLOUR_AS_FOOD = re.compile(
    r"\s+(?:meat|sauce|onions?|peppers?|peppercorns?|snapper|curry|mullet|cabbage|fruits?|berr(?:y|ies)|velvet|"
    r"lentils?|beans?|wine (?:vinegar|sauce|jus|reduction)|fish|truffles?|chocolate|asparagus|rice|bread|"
    r"grapefruit|salmon|mignonette|pralines?|lady|shrimps?|prawns?|peppercorns?|"
    # "Malabi with rose syrup", "the rose milk pudding", "rose harissa", "white pudding".
    r"syrup|petals?|hips?|milk|pudding|harissa|jam|jelly|sorbet|ice cream|gelato|granita|macarons?|"
    # "Rote Bete", "weißer Spargel", "Roter Veltliner" (a white grape).
    r"bete|beete|grutze|zwiebeln?|kohl|kraut|spargel|schokolade|bohnen|linsen|paprika|wurst|brot|bier|veltliner|"
    # "A sparkling water", "an orange juice for the kid", "ich weiß nicht": no wine.
    r"waters?|wasser|eau|acqua|agua|juices?|lemonade|soda|zest|peel|nicht)\b"
)
_SPARKLING_NOT_WINE = re.compile(
    r"\s+(?:mineral\s+)?(?:waters?|wasser|eau|acqua|agua|juices?|lemonade|cider|tea|elderflower|sake)\b"
)
_COLOUR = re.compile(r"\b(?:" + "|".join(f"(?P<{colour}>{words})" for colour, words in _COLOUR_WORDS.items()) + r")\b")
# "Preferimos evitar el chardonnay", "preferiamo evitare il lambrusco", "on préfère éviter le".
_AVOID: Final = r"\bevitar|\bevitare|\beviter|\bvermeiden"
_NEGATION_BEFORE = re.compile(
    r"(?:\bnot|\bno|\bnever|\banything but|\banything except|\bexcept|\bother than|\brather than|\binstead of|"
    # "Tout sauf du chardonnay", "todo menos Rioja", "tutto tranne il Lambrusco", "alles außer Riesling".
    r"\btout sauf|\btodo menos|\btutto tranne|\bqualsiasi cosa tranne|\balles ausser|"
    r"\bwithout|\bnothing|\bbut not|\bhates?|\bhated|\bavoid|\bskip|\bdislikes?|\bno more|\bsick of|\btired of|"
    r"\ballergic to|\bnone of|"
    # "My husband doesn't drink white", "he won't drink rosé", "we never drink red".
    # "We don't really drink red", "we'd rather not have red". Not "we don't usually drink
    # white" nor "we rarely drink red": a habit the same sentence often breaks ("...but tonight").
    r"\b(?:(?:don'?t|doesn'?t|do not|does not|won'?t|will not|wouldn'?t|can'?t|cannot|never)"
    r"(?: (?:really|much|actually|even|ever))?"
    r"|(?:would|'d) rather not|prefer not to) "
    r"(?:want|like|fancy|do|drinks?|stand|stomach|enjoy|care for|love|have|handle|take)|"
    # "Not a big fan of", "isn't a fan of", "we're not fans of", "none of us like", "I'm off red".
    r"\b(?:not|isn'?t|aren'?t)\s+(?:(?:a|the|really|much|of|big|huge|biggest|great|massive)\s+){0,3}fans? of|"
    r"\bnot (?:keen on|into|big on)|\bnone of us (?:like|likes|drink|drinks|want|enjoy)s?|"
    # "A white that isn't Chardonnay", "something that's not too oaky".
    r"\b(?:that|which)\s+(?:isn'?t|is not|aren'?t|are not)|\bthat'?s not|\bthat is not|"
    r"\b(?:i'?m|we'?re|he'?s|she'?s|i am|we are) (?:off|done with|over)|"
    # "Pas de chardonnay", "niente rosso", "nada de", "kein Chardonnay": the restaurant's languages.
    r"\bpas (?:de|d'|du)|\bniente|\bnada(?: de)?|\brien(?: de| d')?|\bsin|\bkein(?:e|en)?|"
    rf"{_AVOID}|"
    # "Je n'aime pas le vin blanc", "non mi piace il bianco", "odio el vino dulce", "no me gusta el tinto".
    r"\bn'?aim(?:e|ons|ent) pas|\bdetest\w*|\bne bois pas|\bnon (?:mi|ci|gli|le) piac\w*|\bnon bevo|\bodi[oa]\b|"
    r"\bno (?:me|nos|le|les) gusta\w*|\bno (?:bebo|tomo)|\bmag (?:kein\w*|nicht)|\btrinke? kein\w*|"
    # "Não gosto muito de sauvignon", "não bebo tinto", "nao curto rosé".
    r"\bnao (?:gost\w+|beb\w+|curt\w+|quer\w+)(?: (?:muito|mesmo|nada))?(?: (?:de|do|da|dos|das))?|"
    # "Un tinto que no sea Rioja", "un rosso che non sia toscano", "un rouge qui ne soit pas trop boisé".
    r"\bque no sea|\bche non sia|\bqui ne soit pas|"
    # "Forget the rosé", "scrap the bubbles", "never mind the Chenin", "oublie le rosé", "lascia perdere il rosato".
    # Not "don't forget the champagne", "we'll never forget the rosé", "I can't forget the Barolo".
    r"(?<!n't )(?<!not )(?<!never )(?<!can )(?<!'ll )(?<!ll )\b(?:forget(?: about)?|scrap|ditch|drop)(?= the\b)|"
    r"\boublie[zs]?(?= (?:le|la|les|l')\b)|\bolvida(?:te|d)?(?: de)?(?= (?:el|la|los|las)\b)|"
    r"\blascia(?:mo)? perdere(?= (?:il|la|lo|i|le|gli)\b)|\bvergiss(?= (?:den|die|das)\b))"
    # What may stand between the refusal and the wine: articles, "that", and the style the
    # diner holds against it ("no heavy reds", "not into oaky Chardonnay", "dislike buttery chards").
    r"\s*(?:(?:a|an|the|any|anything|too|really|so|very|particularly|that|those|this|vin|vino|de|big|heavy|oaky|oaked|buttery|"
    r"le|les|il|el|lo|los|la|du|des|vins|vini|vinos|vinho|vinhos|o|os|as|wein|molto|mucho|muito|trop|troppo|demasiado|"
    r"sweet|tannic|jammy|cheap|fizzy|sparkling|dry)\s+)*$"
)
# A place refused: the refusal right before it, with nothing between but articles, "wine" and
# "from" ("nothing from Sicily", "no Italian wines", "sin vino de Rioja"). Not "not too heavy
# from Spain": that asks for Spain.
_PLACE_REFUSED_BEFORE = re.compile(
    r"(?:\bnot|\bno|\bnothing|\bnone|\bwithout|\bexcept|\banything but|\bother than|\brather than|\binstead of|"
    r"\bnada|\bniente|\brien|\bsin|\bsem|\bsenza|\bsans|\bpas (?:de|d'|du)|\bkein(?:e|en|er)?|\bnix|\bnichts|\bavoid|\bhates?|"
    rf"\bdislikes?|\b(?:don'?t|do not|doesn'?t|does not) (?:like|want|drink|do)|{_AVOID})"
    r"\s*(?:(?:any|anything|the|a|an|wines?|vins?|vinos?|vinhos?|vini|wein|weine|from|de|du|des|di|da|dalla|del|della|"
    r"aus|dem|der|den|of|el|los|il|i|le|les|os|do|dos|das|nenhum|nenhuma)\s+)*$"
)
# What joins a second name to a refused one: "no Rioja or Ribera", "nothing from Chablis, Meursault".
_JOINED_REFUSAL = re.compile(r"\s*(?:,|/)?\s*(?:(?:or|nor|and|ou|o|ni|oder|y|e)\s+)?(?:from\s+|any\s+)?")
# A refusal kept to a style: "not too heavy (from Spain)", "nothing too oaky".
_STYLE_REFUSED = re.compile(
    r"\b(?:too|so|very|overly|particularly)\s+\w+\s*$|"
    r"\b(?:heavy|oaky|oaked|buttery|sweet|tannic|jammy|dry|fizzy|big|cheap|bold|strong|light)\s*$"
)


def _place_refused_after(before: str) -> bool:
    """Whether the words before a place refuse it: "nothing from", "I don't really like", "none of
    us like"; not "not too heavy" (from Spain), a style refused."""
    if _PLACE_REFUSED_BEFORE.search(before):
        return True
    refusal = _NEGATION_BEFORE.search(before)
    return refusal is not None and not _STYLE_REFUSED.search(refusal.group())


# "Sparkling rosé" is a sparkling wine and "skin-contact white" an orange one: the style
# word absorbs a colour word standing next to it (within this many characters).
_ABSORBED_COLOURS: Final = {"sparkling": frozenset({"rose", "red"}), "orange": frozenset({"white"})}
_NEIGHBOURHOOD = 12
_TWO_WINES_JOINED = re.compile(r"\b(?:and|or|n|et|y|e|und|o|ou)\b|[/&]")

# "Red gives me a headache", "reds don't agree with me", "white makes me sleepy", "Riesling's not
# my thing": a colour or grape complained of is refused, whatever else the sentence asks for. Only
# words of dislike: "Malbec always makes me happy" asks for it.
_COMPLAINT_AFTER = re.compile(
    r"\s*(?:wines?\s+)?(?:always\s+|just\s+|really\s+)?(?:"
    r"(?:is|are|'?s|'?re)(?:n'?t| not) (?:really |quite )?(?:our|my|his|her|their) (?:thing|style|cup of tea)|"
    r"(?:gives?|triggers?|brings? on) (?:me|us|him|her|them) (?:a |bad |terrible |awful )?"
    r"(?:headaches?|migraines?|hangovers?|heartburn|reflux|a rash)|"
    r"makes? (?:me|us|him|her|them) (?:feel )?(?:sick|ill|sleepy|drowsy|flushed|queasy|tired|red|itchy)|"
    r"keeps? (?:me|us|him|her|them) (?:up|awake)|disagrees? with (?:me|us|him|her|them)|"
    r"(?:does|do)(?:n'?t| not) (?:agree|sit well|suit) (?:with )?(?:me|us|him|her|them)|"
    r"(?:is|are)(?:n'?t| not) (?:for|good for|kind to) (?:me|us|him|her|them))\b"
)
_COMPLAINT_BEFORE = re.compile(
    r"\b(?:headaches?|migraines?|hangovers?|reactions?|sick|sleepy|flushed)\s+(?:from|with|after)\s+(?:a\s+|the\s+)?$"
)
# "Forget the glass, scrap the budget": what the diner takes back, said as a verb.
# "Drop the price" and "lift the limit to 80" change the budget; they do not take it back.
_TAKE_BACK: Final = r"(?:forget|scrap|ditch|ignore|skip|never ?mind|nevermind|cancel|remove)(?: about)?"
_GLASS_REFUSED = re.compile(
    r"\b(?:not|no|rather than|instead of|don'?t want)\s+(?:by\s+the\s+|a\s+)?glass(?:es)?\b|"
    rf"\b{_TAKE_BACK}\s+(?:the\s+|a\s+|that\s+)?(?:by\s+the\s+)?glass(?:es)?\b"
)
_GLASS = re.compile(
    r"\bby[- ]the[- ]glass\b|\bglass(?:es)?\b|\bbtg\b|\bper glass\b|\b(?:au|par|un|le) verre\b|\bverres\b|\bglaser\b|\bal calice\b|"
    r"\b(?:al|un|per) bicchiere\b|\b(?:a la|por|una) copa\b|\bcopas?\b|\bcalice\b|\bglas\b|\bglasweise\b|\bim glas\b|\bcopo\b"
)
_BOTTLE = re.compile(r"\bbottles?\b|\bbouteilles?\b|\bbottiglia\b|\bbotella\b|\bflasche\b|\bgarrafa\b")


def _german_comparative(stem: str) -> str:
    """ "Trockenere", "trockeneres", "trockeneren"; "trockener" only alone or before "als", "bitte"."""
    return rf"{stem}er(?:e[nrs]\b|(?=\s*(?:[?!.,;]|$|als\b|bitte\b|vielleicht\b|moglich\b)))"


_OFF_DRY = (
    r"off[- ]?dry|semi[- ]sweet|medium[- ]sweet|"
    # "Not too dry", "pas trop sec", "non troppo secco", "no tan seco", "não muito seco", "nicht zu trocken".
    r"not (?:too|so|that|overly|very) dry|pas (?:trop|si) sec|moins sec|non (?:troppo|cosi|tanto) secc[oa]|"
    r"no (?:tan|muy|demasiado) sec[oa]|nao (?:muito|tao|demasiado) sec[oa]|nicht (?:zu|so|allzu) trocken\w*|"
    # "Plus doux ?", "più dolce?", "etwas Süßeres?": a step towards sweetness from the wines shown.
    rf"{_german_comparative('suss')}|{_german_comparative('lieblich')}|"
    r"(?:slightly|lightly|a (?:little|touch|hint|bit)(?: of)?|just a touch(?: of)?|somewhat) sweet(?:ness|er)?"
)
_NOT_SWEET = (
    r"(?:not|no|never|nothing|isn'?t|without|(?:don'?t|doesn'?t|do not|does not) (?:really )?(?:like|want|drink|do)|"
    r"dislikes?|hates?|"
    r"not (?:into|keen on|(?:a |big |really )*fans? of)|"
    # "We find it too sweet": a complaint, not a wish.
    r"(?:it'?s|it is|its|is|was|find it|found it|a bit|bit|way|much)\s+too)\s+(?:too |very |overly |that |so |really )?sweet\b|"
    # "Odio el vino dulce", "je n'aime pas le vin doux", "non mi piace il vino dolce", "mag keinen süßen Wein".
    r"(?:odi[oa]|detest\w*|no (?:me|nos|le|les) gusta\w*|non (?:mi|ci|gli|le) piac\w*|n'?aim(?:e|ons|ent) pas|"
    r"mag kein\w*|nada de|niente|pas de|sin|kein\w*)\s+(?:(?:el|il|le|lo|les|los|du|des|vin|vino|vini|vinos)\s+)*"
    r"(?:dulces?|dolc[ei]|doux|sucres?|suss\w*)\b|"
    # "Nicht zu süß", "nichts Süßes", "pas trop sucré", "rien de sucré".
    r"(?:nicht (?:zu |so |allzu )?|nichts |(?:pas|peu) (?:trop |si |de |du )?|rien de (?:trop )?|sans )(?:suss|sucr)\w*|"
    # "Less sweet?", "moins sucré ?", "meno dolce?", "menos dulce", "menos doce", "weniger süß".
    r"(?:less|moins|meno|menos|weniger)\s+(?:sweet|sucre\w*|doux|dolc[ei]|dulces?|doces?|suss\w*)\b"
)
# What a sweet food is: "the sweet sauce", "sweet potato", "süß-sauer", "süßer Soße".
_SWEET_FOOD_AFTER = (
    r"(?![\s-]*(?:potato|corn|chil[il]|pepper|and sour|bread|pea|onion|spot|sauce|glaze|dressing|relish|chutney|"
    r"marinade|sosse|sauer|suss-sauer))"
)
_SWEET = re.compile(
    rf"\b(?:{_OFF_DRY}|{_NOT_SWEET})|\b(?P<sweet>sweet(?:er|ish)?|stick(?:y|ies)|dessert wines?|dolce|doux|moelleux|"
    # "Un verre de qqch de sucré", "etwas Süßes", "algo doce": not "sucre", the sugar of a dish.
    # Not "sauce sucrée", "une sauce aigre-sucrée": the food.
    r"liquoreux|dulce|(?<=de )sucree?s?|(?<=vin )sucree?s?|(?<=trop )sucree?s?|(?<=^il est )sucree?s?|(?<=^elle est )sucree?s?|(?<=^c'est )sucree?s?|(?<=^est-il )sucree?s?|(?<!sauce )(?<!aigre-)sucree|suss(?:e[nrs]?)?|"
    r"(?<=algo )doce|(?<=vinho )doce)\b" + _SWEET_FOOD_AFTER
)

_SWEET_WINE_REFUSED = re.compile(
    r"\b(?:not (?:into|keen on|(?:a |big |huge |really )*fans? of)|(?:don'?t|doesn'?t|do not|does not) (?:really )?"
    r"(?:like|want|drink|do|care for|enjoy)|dislikes?|hates?|avoid|no|nothing|can'?t stand)\s+(?:the\s+)?"
    # Not "nothing overly sweet" (a gentler one is fine), nor "I don't like sweet desserts".
    r"sweet(?:\s+(?:wines?|stuff|ones?)\b|(?=\s*(?:[,.;:!?]|$|please|pls|thanks|for me|tonight)))"
)
_SWEET_AS_THANKS = re.compile(r"\W*sweet(?: as\b|\s*[.!]|\s*,?\s*(?:thanks|cheers|ta|mate)\b)")
_TOO_PRICEY = re.compile(r"\btoo\s+(?:expensive|pricey|dear|much)\b|\btrop chere?s?\b")
_CHEAPER = re.compile(
    # With an article it is the cheapest ("el más barato", "le moins cher"): a price order, below.
    r"\b(?<!\bel )(?<!\bla )(?<!\blo )(?<!\ble )(?<!\bil )(?<!\blos )(?<!\blas )(?<!\bles )"
    r"(?:moins chere?s?|(?<!pas )trop chere?s?|plus abordables?|meno car[oa]|piu economic[oa]|meno costos[oa]|mas barat[oa]s?|"
    r"(?<!\bo )(?<!\ba )(?<!\bos )(?<!\bas )mais barat[oa]s?|mais em conta|"
    r"menos car[oa]s?|mas economic[oa]s?|cost[ai] meno|costano meno|spendere meno|cueste? menos|cuestan menos|"
    r"coute moins|coutent moins|kostet weniger|billiger(?:e[snr]?)?|gunstiger(?:e[snr]?)?|preiswerter(?:e[snr]?)?)\b|"
    r"\bcosts?\s+(?:a (?:bit|little|touch) |slightly |somewhat )?less\b|\bspend\s+less\b|\bless\s+money\b|\bmore\s+reasonabl[ey](?:\s+priced)?\b|"
    r"\bnot\s+(?:spend|pay)\s+(?:so|as|that)\s+much\b|"
    r"\b(?:cheaper|less\s+(?:expensive|pricey|costly))\b(?!\s+than\s+(?:[$€£¥]|\d|a hundred))(?! of (?:the|those|these) (?:two|three|2|3)\b)|\bmore\s+affordable\b|"
    # "Too much" is the price, not "too much alcohol" or "too much oak".
    r"\btoo\s+(?:expensive|pricey|dear|much\b(?!\s+(?:alcohol|oak|tannins?|acid\w*|fruit|sugar|body|spice|heat)))\b|\blower[- ]pric(?:ed|e)\b|\bnot\s+(?:so|as|that)\s+(?:expensive|pricey)\b|"
    r"\bbudget[- ]friendl(?:y|ier)\b|"
    # "Hmm, that's a bit much", "more than we wanted to spend", "over our budget".
    r"\b(?:a (?:bit|little|tad)|bit|little) (?:much|steep|rich for (?:us|me))\b|"
    r"\bmore than (?:we|i) (?:wanted|want|hoped|planned|meant|like) to (?:spend|pay)\b|\b(?:over|out of) (?:our|my) budget\b"
)
# A budget without a number. "Cheaper" and "more affordable" are relative to the wines just shown
# (``_CHEAPER``); these ask for the modest end of the list from the first question on.
_MODEST_PRICE = re.compile(
    r"\b(?:not (?:too|very|so|that|overly) (?:expensive|pricey|dear|costly)|inexpensive|affordable|"
    r"reasonabl[ey](?: priced)?|(?:good|great|best) value|value for money|on a budget|cheap(?:ish)?|"
    # "Budget" alone is modest; "budget is 60", "budget 200" is a number, read as one.
    # Not "same budget", "the same budget as before": the budget in force, said again.
    r"(?<!our )(?<!my )(?<!same )(?<!stesso )(?<!meme )(?<!mismo )(?<!mesmo )budget(?!(?:'?s| is| of|:)?\s*(?:about |around |roughly )?[$€£]?\s*\d)|"
    r"(?:nothing|not) (?:too |very |overly |crazy |super |that )?(?:expensive|pricey|dear|costly)|nothing (?:too )?fancy|"
    r"(?:won'?t|without|not) break(?:ing)? the bank|easy on the (?:wallet|pocket)|pas (?:trop )?chere?s?|abordables?|"
    r"bon rapport qualite[- ]prix|non (?:troppo )?car[oa]|economic[oa]|conveniente|no (?:muy|tan|demasiado) "
    r"car[oa]|barat[oa]s?|asequibles?|nicht (?:zu |so |allzu )?teuer|gunstig(?:e|en|er|es)?|preiswert(?:e|en|er|es)?)\b"
)
_PRICE_NO_OBJECT = re.compile(
    r"\b(?:any price|price (?:is )?no object|money (?:is )?no object|no budget|no (?:price )?limit|"
    rf"{_TAKE_BACK} (?:the |my |our |that |this )?(?:budget|price(?: limit| cap)?|limit|cap)|"
    r"(?:don'?t|do not|doesn'?t|does not) care (?:about|what) (?:the )?(?:price|it costs|cost|money)|splurge|"
    r"(?:the )?(?:price|budget|cost|money) (?:doesn'?t|does not|don'?t) matter|"
    r"(?:the )?(?:price|budget|cost|money)(?: is|'s) (?:not an?|no) (?:issue|problem|concern|object)|"
    r"whatever (?:the price|it costs)|(?:the )?sky'?s the limit|"
    # "Le prix n'a aucune importance", "el precio no importa", "il prezzo non conta", "Geld spielt keine Rolle".
    r"(?:le )?prix n'?a (?:aucune|pas d'?) ?importance|peu importe le prix|(?:le )?prix n'?est pas un probleme|"
    r"(?:el )?(?:precio|dinero) no (?:importa|es (?:un )?problema)|no importa el precio|"
    r"(?:il )?(?:prezzo|budget) non (?:conta|importa|e un problema)|"
    r"(?:der )?(?:preis|geld) spielt keine rolle|"
    # "Lasciamo perdere il budget", "oublie le budget", "olvida el presupuesto", "esquece o orçamento".
    r"(?:lascia(?:mo)? perdere|dimentica|oublie[zs]?|olvida(?:te)?(?: de)?|esquece|vergiss) (?:il |le |el |o |das |den )?"
    r"(?:budget|prezzo|prix|presupuesto|precio|orcamento|preco|preis)|"
    # "Sin límite de precio", "senza limite di prezzo", "sans limite de prix", "sem limite de preço".
    r"(?:sin|senza|sans|sem|ohne) (?:limite|limit|tope|budget|presupuesto|orcamento) (?:de |di |du )?(?:precio|prezzo|prix|preco|preis)?|"
    r"(?:more expensive|pricier)(?! than))\b"
)
# "Your most expensive red", "the cheapest glass": the order of the list, not a budget.
_PRICE_ORDER = re.compile(
    r"\b(?:(?P<high>most expensive|priciest|dearest|top of the (?:list|range)|best bottle|"
    r"(?:el|la|lo) mas car[oa]|(?:le|la) plus chere?|(?:il|la) piu car[oa]|(?:der|die|das|den) teuersten?|am teuersten)|"
    r"(?P<low>cheapest|least expensive|most affordable|lowest[- ]priced|least pricey|"
    r"(?:el|la|lo) mas (?:barat[oa]|economic[oa])|(?:le|la) moins chere?|(?:il|la) (?:piu economic[oa]|meno car[oa])|"
    r"(?:o|a) mais barat[oa]|"
    r"(?:der|die|das|den) (?:billigsten?|gunstigsten?)|am (?:billigsten|gunstigsten)))\b"
)
# "Ok any white by the glass then", "n'importe quel rouge": the colour, of any grape or place.
_ANY_KIND = re.compile(
    r"\b(?:any|whatever|n'?importe quel(?:le)?|cualquier|qualsiasi|irgendein(?:en)?)\s+(?:(?:other|old)\s+)?"
    r"(?:reds?|whites?|roses?|sparkling|bubbly|tinto|blanco|bianco|rosso|rouge|blanc|rosado|rosato)\b"
    # Not "any white from there?", "any whites as well?": of that place still, or one more.
    r"(?!.*\b(?:from|as well|too|also)\b)"
)
# "Ok whatever you recommend then", after a wine the list lacks: the diner no longer insists on it.
_YOUR_CALL = re.compile(
    r"\b(?:whatever|what ever) (?:you|u) (?:recommend|suggest|think|pick|choose|like)\b|\b(?:up to you|your call|"
    r"dealer'?s choice|lo que (?:usted )?(?:recomiende|recomiendes|quiera|quieras)|"
    r"ce que vous (?:recommandez|conseillez|voulez)|come (?:consiglia|preferisce|vuole)|was sie empfehlen)\b|"
    # "You pick", "you choose" said as such, not "can you pick one by the glass?".
    r"(?:^|[.,!;:]\s*)(?:ok(?:ay)?\s+)?(?:you|u) (?:pick|choose|decide)\W*$"
)
_ANY_COLOUR = re.compile(r"\bany colou?r\b|\b(?:either|whatever) colou?r\b|\bcolou?r doesn'?t matter\b")
# "And a rosé too" adds to the colours; "not too sweet" does not.
_ADDING = re.compile(r"\b(?:also|as well)\b|\btoo\s*[?.!]*$")
_START_OVER = re.compile(
    r"\b(?:start (?:over|again|afresh|from scratch)|clean slate|forget (?:all )?(?:that|it)|never ?mind(?! the (?:price|budget|cost))|new question|oublions|oublie[sz]? (?:ca|tout)|"
    r"on recommence|recommen[cç]ons|dimentica|ricominciamo|olvida(?:lo)?|empecemos de nuevo|de nuevo)\b"
)


# A dish cooked in wine, named before the wine's colour in the restaurant's languages.
_COOKED_IN_WINE_BEFORE = re.compile(
    r"\b(?:coq|poulet|boeuf|lapin|poires?|risotto|pollo|brasato|manzo|stracotto|sauce|salsa|sugo|cuits?|cotto|cotte|"
    r"braises?|poches?|stufato|guisado|estofado|pere|peras|cozze|moules|huitres) (?:au|al|con|in|en|a la|all') ?(?:vin|vino)\s+$"
)


def _colour_mentions(folded: str) -> tuple[frozenset[str], frozenset[str]]:
    """(wanted, refused) colours, e.g. "a white, not red" -> ({"white"}, {"red"})."""
    mentions: list[tuple[int, int, str]] = []
    for match in _COLOUR.finditer(folded):
        colour = match.lastgroup or ""
        if colour in ("red", "white", "rose") and _COLOUR_AS_FOOD.match(folded, match.end()):
            continue
        if colour == "sparkling" and _SPARKLING_NOT_WINE.match(folded, match.end()):
            continue  # "two reds and a sparkling water"
        if _in_food_name(folded, match, cooking_wine=False):
            continue  # "alfajores con manjar blanco", "fromage blanc tart": the food's own name
        if _inside_a_wine_name(folded, match.start(), match.end()):
            continue  # "Sauvignon Blanc" is a grape: its colour is the grape's, refused or not with it
        if _cooked_wine(folded, match.start(), match.end()):
            continue  # "lobster in champagne sauce", "pears poached in red wine"
        if _COOKED_IN_WINE_BEFORE.search(folded, max(0, match.start() - 40), match.start()):
            continue  # "coq au vin rouge", "risotto al vino rosso", not "passiamo al vino bianco"
        if match.group().startswith("stick") and (
            (folded[match.end() : match.end() + 1] == " " and _describes_food(folded, match.end()))
            or _sweet_said_of_the_food(folded, match)
        ):
            continue  # "sticky soy pork belly", "the ribs are sweet and sticky": the food is sticky
        mentions.append((match.start(), match.end(), colour))
    wanted: set[str] = set()
    refused: set[str] = set()
    refused_until = -1
    for start, end, colour in mentions:
        absorbed = any(
            colour in _ABSORBED_COLOURS.get(other, frozenset())
            and start - _NEIGHBOURHOOD <= other_end
            and other_start <= end + _NEIGHBOURHOOD
            # "One orange and one white": two wines, not a skin-contact white.
            and not _TWO_WINES_JOINED.search(folded, min(end, other_end), max(start, other_start))
            for other_start, other_end, other in mentions
        )
        if absorbed:
            continue
        complained = bool(
            _COMPLAINT_AFTER.match(folded, end) or _COMPLAINT_BEFORE.search(folded[max(0, start - 40) : start])
        )
        if (
            complained
            or _NEGATION_BEFORE.search(folded[max(0, start - 40) : start])
            or _listed_after(folded, refused_until, start)
        ):
            refused_until = end
            if not _APPELLATION_NAMES.fullmatch(folded, start, end):
                refused.add(colour)  # "bubbly but not prosecco" refuses the Prosecco, not the bubbles
        else:
            wanted.add(colour)
    # "I usually have white but red tonight", "I usually drink white, what red do you have?": the
    # colour of a habit says what the diner likes unless another colour is asked for beside it.
    # Only the diner's own habit: "my wife usually drinks white but I'd like a red" keeps both.
    habits = [(low, high) for low, high in _passing_clauses(folded) if _FIRST_PERSON.match(folded, low, high)]
    habitual = {colour for start, _, colour in mentions if any(low <= start < high for low, high in habits)}
    asked = {colour for start, _, colour in mentions if not any(low <= start < high for low, high in habits)}
    if wanted & asked:
        wanted -= habitual - asked
    # "Is that one red? We want white": the colour asked of the wine shown is no wish beside another.
    of_it = {colour for start, _, colour in mentions if _COLOUR_ASKED_OF_IT.search(folded, 0, start)}
    if wanted - of_it:
        wanted -= of_it
    return frozenset(wanted), frozenset(refused)


_COLOUR_ASKED_OF_IT = re.compile(
    r"\b(?:is|isn'?t) (?:that one|this one|it|that|this|the (?:first|second|third|last|1st|2nd|3rd)(?: one)?) "
    r"(?:an? )?$"
)


_FIRST_PERSON = re.compile(
    r"\W*(?:i|we|i'm|we're|im|i've|we've|je|j'|nous|yo|io|ich|wir|suelo|solemos|d'habitude|di solito|"
    r"normalement|normalmente|normalerweise)\b"
)


def _inside_a_wine_name(folded: str, start: int, end: int) -> bool:
    """Whether a colour word is the tail of a longer wine name ("Chenin Blanc", "Pinot Noir")."""
    return any(
        name.start() < start and end <= name.end()
        for name in _WINE_NAMES.finditer(folded, max(0, start - 30), min(len(folded), end + 30))
    )


# "Too", "a bit too", "trop", "troppo", "demasiado", "zu", "muito" right before a style: a complaint.
_TOO_MUCH = re.compile(r"\b(?:too|overly|way too|trop|troppo|demasiado|zu|muito|tan|un po' troppo)\s+$")


def _sweetness(folded: str) -> bool | None:
    """True for "something sweet", False for "not too sweet", None when the question does not say.

    "Off-dry" and "a touch of sweetness" are styles, not a wish for a dessert wine.
    """
    sweet: bool | None = None
    thanks = _SWEET_AS_THANKS.match(folded)
    for match in _SWEET.finditer(folded):
        if match.group("sweet") and (_describes_food(folded, match.end()) or _sweet_said_of_the_food(folded, match)):
            continue  # "sticky glaze", "sweet chilli sauce": the food is sweet, not the wine asked for
        if match.group("sweet") and thanks is not None and match.start() < thanks.end():
            continue  # "Sweet. My mate's having the pie": the Australian "fine, thanks"
        if match.group("sweet") and _TOO_MUCH.search(folded, max(0, match.start() - 20), match.start()):
            sweet = False  # "too sweet", "un peu trop sucré": the wine shown was; a drier one is wanted
        elif match.group("sweet"):
            sweet = True
        elif re.match(_NOT_SWEET, match.group(0)):
            # "Something sweet, but not too sweet" still wants a sweet wine, a gentler one.
            sweet = bool(sweet)
    return sweet


def _by_the_glass(folded: str) -> bool | None:
    if _GLASS_REFUSED.search(folded):
        return False
    if _GLASS.search(folded):
        return True
    return False if _BOTTLE.search(folded) else None


# ---------------------------------------------------------------------------
# Style words and grapes
# ---------------------------------------------------------------------------

_NOT_TOO = (
    r"(?:(?:not|no|nothing|without|isn'?t)\s+(?:too |very |overly |that |so |really |heavily |strongly |hugely |super )?|"
    # "Pas trop tannique", "peu boisé", "non troppo tannico", "poco tánico", "nicht holzig".
    r"(?:pas|peu|non|poco|nada|sin|sans|senza|nicht|kaum|no muy)\s+(?:trop |troppo |zu |demasiado |tan |tanto )?|"
    # "Niente di troppo tannico", "rien de trop boisé", "nada demasiado tánico", "nichts zu Holziges".
    r"(?:niente|nulla) (?:di )?(?:troppo )?|rien de (?:trop )?|nada (?:de )?(?:muy |demasiado )?|nichts zu )"
)
_STYLE_WORDS: Final = (
    ("off-dry", _OFF_DRY),
    # "Something not fortified" after a Port: a sweet wine, no Port, sherry or Madeira.
    ("unfortified", r"(?:not|nothing|no|non|without)[- ]?fortified|unfortified|pas (?:de )?mute|non fortificat[oi]"),
    (
        "unoaked",
        rf"unoaked|{_NOT_TOO}(?:oak(?:y|ed)?|boisee?|barricat[oa]|holzig)|stainless|(?:no|without|nothing with|not much) (?:heavy |big |new |much )?oak|"
        # "Nada con roble", "sin madera", "sans bois", "pas de fût", "senza legno", "ohne Holz".
        r"(?:sin|nada (?:de|con)|poco|sans|pas de|peu de|senza|niente|ohne|kein(?:e|en)?|wenig)\s+"
        r"(?:roble|madera|barricas?|bois|futs?|legno|barriques?|holz)|"
        # "Less oak", "moins de bois", "meno legno", "menos roble", "menos madeira", "weniger Holz".
        r"(?:less|moins|meno|menos|weniger)\s+(?:de |di )?(?:oak|bois|futs?|legno|rovere|barriques?|roble|madera|"
        r"madeira|barricas?|holz)|"
        # "Not a big fan of oak", "we don't like oak": oak the noun, disliked.
        r"(?:not (?:(?:a|big|huge|really)\s+){0,2}fans? of|not (?:into|keen on|big on)|(?:don'?t|do not) "
        r"(?:like|want|love|enjoy)|dislikes?|hates?) (?:the |much |too much )?oak\b",
    ),
    # "Not too heavy" steps back from the fullest, it does not ask for a light wine.
    # "We're not big on white" says what they dislike, not how heavy a wine they want.
    ("not heavy", rf"{_NOT_TOO}(?:heavy|big(?! on\b| fans?\b)|full[- ]?bodied|bold)"),
    (
        "smooth",
        rf"{_NOT_TOO}(?:tannic|harsh|grippy|tanniques?|tannic[oa]|tanic[oa])|(?:no|without|not much|low|soft) tannins?",
    ),
    (
        "low-alcohol",
        rf"less boozy|{_NOT_TOO}boozy|low(?:er)?[- ](?:alcohol|abv)|light on (?:the )?alcohol|less alcohol|"
        # "Lighter in alcohol", "meno alcol", "moins d'alcool", "menos alcohol", "weniger Alkohol".
        r"(?:lighter|lower|low) in alcohol|meno (?:alcol\w*|alcolic[oa])|moins (?:d'?\s?)?alcool\w*|moins alcoolise\w*|"
        r"menos (?:alcohol\w*|alcool\w*|alcoolic[oa])|weniger alkohol\w*",
    ),
    # "Not too sweet" with a dessert asks for a gentler sweet wine (a Moscato d'Asti, a demi-sec),
    # not a dry one; with a main course it changes nothing.
    (
        "not too sweet",
        r"(?:not|nothing|never)\s+(?:too|so|overly|that|very|really)\s+sweet\b|pas (?:trop|si) (?:sucre\w*|doux)|"
        r"rien de trop sucre\w*|non (?:troppo|cosi|tanto) dolc[ei]|(?:no|nada) (?:tan|muy|demasiado) dulces?|"
        r"(?:nao|nada) (?:muito|tao|demasiado) doces?|nichts? (?:zu|so|allzu) suss\w*",
    ),
    (
        "dry",
        rf"{_NOT_SWEET}|bone[- ]dry|dry(?![- ]?aged| rub)|drier|secco|trocken(?:e[rn]?|ere[nrs]?)?|seco|"
        r"(?:est|il|elle|plus|blanc|rouge|vin|rose|quelque chose de) sec\b",
    ),
    # Not the meal: "to cut through a heavy meal", "a light lunch".
    (
        "full-bodied",
        r"full[- ]?bodied|full[- ]body|fuller|(?:heavy|heavier)(?!\s+(?:meal|lunch|dinner|food))|"
        # "Un tinto con cuerpo", "un rosso corposo", "avec du corps", "einen kräftigen Roten".
        r"con (?:mucho )?cuerpo|con (?:molto )?corpo|corpos[oa]|avec du corps|encorpad[oa]|"
        r"kraftige[nrs]?|vollmundige?[nrs]?",
    ),
    ("medium-bodied", r"medium[- ]?bodied|medium[- ]body|medium[- ]weight"),
    ("light", r"light(?:er)?(?:[- ]?bodied|[- ]body)?(?!\s+(?:meal|lunch|dinner|supper|bite|snack|food))"),
    ("bold", r"bold|big(?= (?:and )?(?:bold|red|wine|one))|robust|powerful|punchy|gutsy"),
    # "Crisper?", "fruitier?", "smoother": the style, asked of other wines than those shown (see
    # _STYLE_COMPARED).
    # "Too acidic", "muito ácido... algo mais redondo?", "moins acide": softer acidity.
    (
        "round",
        rf"round(?:er|ed)(?! of)|soft(?:er)? acidity|less acid(?:ic|ity)?|low(?:er)? acid(?:ity)?|"
        rf"{_NOT_TOO}(?:acidic|sharp|tart)|too (?:acidic|sharp|tart)|"
        # Said of a wine, not of a table or a roundabout: "mais redondo", "plus rond", "un vin rond".
        r"(?:mais|plus|piu|mas|algo|qualcosa di|quelque chose de|un vin|vino|vinho|qualcosa di piu) "
        r"(?:redond[oa]s?|ronde?s?|rotond[oa])|"
        r"meno acid[oa]|moins acide|menos acid[oa]|(?:muito|demasiado|trop|troppo|zu) (?:acid[oa]|acide|sauer)|"
        r"weniger (?:saure|sauer)|(?:less|moins d'?|meno|menos) ?(?:acidity|acidite|acidita|acidez)",
    ),
    (
        "crisp",
        r"crisp(?:er)?|zesty|zippy|racy|refreshing|fresher|more acid(?:ic|ity)|"
        # "Plus frais", "più fresco", "más fresco", "mais fresco", "frischer": fresher than those shown.
        r"(?:plus|piu|mas|mais) (?:frais|fraiche|vif|vive|fresc[oa]|vivac[ei]|acide|acid[oa])|frischer\w*|knackig\w*",
    ),
    ("fresh", r"fresh|frais|fraiche"),
    (
        "oaky",
        r"oaky|oakier|oaked|woody|boisee?|barricat[oa]|barriquee?|holzig\w*|"
        # "More oak", "plus de bois", "più legno", "más roble", "mais madeira", "mehr Holz".
        r"(?:more|plus|piu|mas|mais|mehr)\s+(?:de |di )?(?:oak|bois|futs?|legno|rovere|barriques?|roble|madera|"
        r"madeira|barricas?|holz)|"
        # "Is the second one aged in oak?", "has it seen any oak?", "élevé en fût".
        r"(?:aged|raised|matured|fermented|rested|kept) in (?:new |old |french |american )?(?:oak|barrels?|barriques?|wood|casks?)|"
        r"(?:seen|see|get|had) (?:any |much |some )?oak|eleve en futs?|affinato in (?:legno|barrique)|"
        r"criado en (?:roble|barrica)|(?:con|fermentado en|de) (?:barrica|roble)|avec (?:du )?bois|"
        r"con (?:legno|barrique)|mit holz",
    ),
    ("buttery", r"buttery"),
    (
        "fruity",
        r"fruity|fruitier|more fruit(?:y)?|fruit[- ]forward|jammy|fruitee?|fruttat[oa]|afrutad[oa]|frutad[oa]|"
        r"fruchtig\w*",
    ),
    ("earthy", r"earth(?:y|ier)|funky|rustic"),
    (
        "smooth",
        r"smooth(?:er)?|soft(?:er)?|silk(?:y|ier)|velvety|mellow|easy[- ]drinking|easy[- ]going|supple|"
        # "Plus souple", "più morbido", "más suave", "mais macio", "weicher", "samtig"; "weniger Tannin".
        r"souples?|morbid[oa]|(?:mas|mais|algo|un|uno|vino|vinho|tinto) suaves?|macios?|weicher\w*|samtig\w*|"
        r"(?:less|moins|meno|menos|weniger)\s+(?:de |di )?(?:tannins?|tanins?|tannini|taninos|tannine?n?)|"
        # "Softer on the tannins", "gentler tannins".
        r"(?:soft|softer|smoother|gentler|easier|lighter) on (?:the )?tannins?|(?:softer|smoother|gentler|lower) tannins?",
    ),
    (
        "tannic",
        r"tannic|grippy|grippier|more grip|structured|tanniques?|tannic[oa]|tanic[oa]|"
        # "Does it have tannin?", "has the second one got much tannin?": asked of a wine shown.
        r"(?:does|do|has|have) (?:it|they|this one|that one|this|that|the \w+(?: one)?) (?:have |got )?"
        r"(?:much |a lot of |lots of |some |any )?tannins?|"
        # "Plus structuré", "più strutturato", "más estructurado", "mais estruturado", "strukturierter".
        r"structuree?s?|strutturat[oa]|estructurad[oa]s?|estruturad[oa]s?|strukturiert\w*|charpentee?s?",
    ),
    ("elegant", r"elegant|refined|delicate"),
    # "Something that tastes like the sea": saline, mineral.
    ("mineral", r"minerally|mineral|flinty|saline|stony|minerale|mineralisch\w*|tastes? (?:of|like) the (?:sea|ocean)"),
    ("aromatic", r"aromatic|floral|perfumed|aromatiques?|aromatic[oa]s?|aromatisch\w*"),
    # Not "spicy food", "very spicy dishes": the food is, the wine is wanted to stand up to it.
    ("spicy", r"spic(?:y|ier)(?! (?:food|foods|dish|dishes|cuisine|meal|meals|stuff|things|curry|curries))|peppery"),
    ("savoury", r"savou?ry"),
    ("juicy", r"juic(?:y|ier)"),
    ("rich", r"rich|opulent|lush"),
    ("chilled", r"chilled|chillable"),
    # Not "natural" alone ("the most natural pairing"), nor "bio" of food ("le poulet bio").
    (
        "natural",
        r"natural wines?|natty wines?|natural(?= or organic| and organic)|low[- ]intervention|biodynamic|organic|"
        r"(?:something|anything|any|got|have|do you do|vino|vin) (?:natural|natty)\b"
        r"(?! (?:pairing|match|choice|fit|acidity|sweetness|fruit|tannins?|yeasts?|cork|about|to))|"
        r"organico|biologique|ecologico|(?:vin|vino|wine|something|anything|quelque chose de) bio|"
        # "Is it natural?", "are they natural wines?": asked of a wine shown.
        r"(?:is|are) (?:it|they|this|that|the (?:first|second|third|last|1st|2nd|3rd)(?: one)?) (?:natural|natty)(?=\W*$)",
    ),
    (
        "half-bottle",
        r"half[- ]bottles?|demi[- ]bouteilles?|mezz[ae] bottigli[ae]|medias? botellas?|375 ?ml|37[.,]5 ?cl",
    ),
    ("complex", r"complex"),
    ("smoky", r"smoky"),
    ("herbal", r"herbal|herbaceous|grassy"),
)
_STYLE = re.compile(
    r"\b(?:" + "|".join(f"(?P<s{index}>{pattern})" for index, (_, pattern) in enumerate(_STYLE_WORDS)) + r")\b"
)
# Grape names that are also everyday food words count only as "a Pecorino" or "Pecorino wine".
_AMBIGUOUS_GRAPE_ALIASES: Final = frozenset(word_list("melon, cot, pecorino, greco"))
_LONGEST_GRAPE_ALIAS: Final = max(len(alias.split()) for alias in GRAPE_ALIASES)


def _describes_food(folded: str, end: int) -> bool:
    """ "Spicy curry", "rich chocolate", "fresh oysters": the adjective describes the food.

    A wine name after it ("off-dry Riesling", "crisp Champagne") is the wine, not the food.
    """
    following = folded[end:].lstrip(" -")
    if _WINE_NAMES.match(following):
        return False
    return starts_food(re.findall(r"[a-z0-9]+", following)[:4])


# "Too heavy", "a bit too oaky", "less tannic": the diner rejects that style and wants its
# opposite; a style with no clear opposite is only dropped.
# A style match that already says what is unwanted ("not too oaky", "too acidic", "moins boisé").
_SAYS_ITS_OWN_COMPLAINT: Final = (
    "not", "no ", "without", "nothing", "too ", "trop", "troppo", "demasiado", "muito", "zu ", "less ", "moins",
    "meno", "menos", "weniger", "pas ", "peu ", "non ", "poco", "nada", "sin ", "sans", "senza", "nicht", "kaum",
    "niente", "nulla", "rien", "nichts",
)  # fmt: skip
_COMPLAINT = re.compile(r"\b(?:too|overly|less|least|moins|meno|menos|weniger|trop|troppo|demasiado)\s+$")
_OPPOSITE_STYLE: Final = {
    "full-bodied": "light",
    "bold": "light",
    "rich": "light",
    "oaky": "unoaked",
    "buttery": "unoaked",
    "tannic": "smooth",
    "crisp": "round",
    "round": "crisp",
    "light": "full-bodied",
    "dry": "off-dry",
}


# "Thai green curry, quite spicy", "the sauce is very rich": a word a dish is described by, said
# of the food just named with a qualifier between, is the dish's. "The lamb, something bold" asks.
_SAID_OF = (
    r"is|are|it'?s|its|it is|e|est|es|ist|era|esta|sono|sont|son|quite|very|really|pretty|fairly|rather|a bit|"
    r"a little|extra|super|so|seriously|properly|nice and|nicely"
)
_SAID_OF_THE_FOOD_BEFORE = re.compile(rf"(?P<food>[a-z]+)\s*,?\s+(?:(?:{_SAID_OF})\s+)+$")
# "The sauce is sweet and sticky", "il maiale è molto dolce", "das Schweinefleisch ist sehr süß".
# How much, in the restaurant's languages: "très", "molto", "muy", "sehr".
_QUALIFIERS_ABROAD = r"tres|un peu|assez|bien|molto|un po|muy|bastante|sehr|ziemlich|recht|tan|cosi"
_TASTE_OF_THE_FOOD_BEFORE = re.compile(
    rf"(?P<food>[a-z]+)\s*,?\s+(?:(?:{_SAID_OF}|sind|{_QUALIFIERS_ABROAD}|"
    r"(?:sweet|sticky|rich|spicy|salty|smoky|creamy|sour|tangy|savou?ry|hot|fatty) and)\s+)+$"
)
_FOOD_THEN_A_COMMA = re.compile(
    r"(?P<food>(?:[a-z]+\s+){0,2}[a-z]+)\s*,\s*(?:(?:quite|very|really|a bit|pretty|super|extra)\s+)?$"
)
_LAST_SAID = re.compile(r"\s*(?:[.!?]|$)")
_SAID_OF_A_DISH_ALONE: Final = frozenset({"spicy", "smoky", "creamy"})
_DISH_DESCRIPTIONS: Final = frozenset(word_list("spicy, rich, smoky, creamy, buttery, savoury, earthy, herbal, round"))
_WINE_NOUN_AFTER = re.compile(r"\s*(?:red|white|rose|wine|wines|one|bottle|glass|sparkling|bubbly)\b")


def _describes_food_before(folded: str, match: re.Match[str], style: str) -> bool:
    if style not in _DISH_DESCRIPTIONS or _WINE_NOUN_AFTER.match(folded, match.end()):
        return False
    # "Carnitas tacos w salsa verde, spicy": the dish's, said last after it ("for the steak, rich"
    # may well ask for a rich wine).
    comma = _FOOD_THEN_A_COMMA.search(folded, 0, match.start()) if style in _SAID_OF_A_DISH_ALONE else None
    if comma and _LAST_SAID.match(folded, match.end()) and any(starts_food([word]) for word in comma["food"].split()):
        return True
    before = _SAID_OF_THE_FOOD_BEFORE.search(folded[max(0, match.start() - 60) : match.start()])
    if before is not None and style == "round":
        # "The sauce is too acidic", "o molho é muito ácido": whatever is too acidic, if not the wine.
        return before.group("food") not in _SAID_OF_THE_WINE and not _WINE_NAMES.fullmatch(before.group("food"))
    return before is not None and _is_food_word(before.group("food"))


def _is_food_word(word: str) -> bool:
    """ "Sauce", "pork": not "il primo" (è dolce?), a wine shown though it is also a course."""
    return (
        word not in _SAID_OF_THE_WINE
        and word not in _WINES_SHOWN_BY_PLACE
        and (word in _PARTS_OF_A_DISH or starts_food([word]))
    )


_WINES_SHOWN_BY_PLACE: Final = frozenset(
    word_list(
        "premier, deuxieme, troisieme, dernier, primo, secondo, terzo, ultimo, primero, segundo, tercero, erste, "
        "zweite, dritte, letzte, primeiro, terceiro"
    )
)


# "The sauce is sweet", "the dish is quite rich": words for a dish or its parts that name no food.
_PARTS_OF_A_DISH: Final = frozenset(word_list("sauce, dish, marinade, dressing, salsa, sugo, plat, plato, piatto"))


def _sweet_said_of_the_food(folded: str, match: re.Match[str]) -> bool:
    """ "The pork belly is quite sweet, what wine?": the dish is sweet; no dessert wine is asked for."""
    if _WINE_NOUN_AFTER.match(folded, match.end()):
        return False
    before = _TASTE_OF_THE_FOOD_BEFORE.search(folded[max(0, match.start() - 60) : match.start()])
    return before is not None and _is_food_word(before.group("food"))


_SAID_OF_THE_WINE: Final = frozenset(
    word_list(
        "it, that, this, one, wine, red, white, rose, they, these, those, first, second, third, last, vin, vino, wein"
    )
)


def _style_words(folded: str) -> list[str]:
    styles: list[str] = []
    for match in _STYLE.finditer(folded):
        if _describes_food(folded, match.end()):
            continue
        style = _STYLE_WORDS[int((match.lastgroup or "s0")[1:])][0]
        if _describes_food_before(folded, match, style):
            continue
        before = folded[max(0, match.start() - 40) : match.start()]
        if _COMPLAINT.search(folded[: match.start()]) or (
            _NEGATION_BEFORE.search(before) and not match.group().startswith(_SAYS_ITS_OWN_COMPLAINT)
        ):
            # "Too oaky", and "I don't like oaky Chardonnay": the diner wants the opposite.
            opposite = _OPPOSITE_STYLE.get(style)
            if opposite is None:
                continue
            style = opposite
        styles.append(style)
    return styles


def _grape_mentions(folded: str) -> tuple[list[str], list[str]]:
    """(wanted, refused) grapes: "a Pinot Noir, not a Merlot" -> (["Pinot Noir"], ["Merlot"])."""
    wanted: list[str] = []
    refused: list[str] = []
    refused_until = -1
    habits = _habits(folded)
    for grape, start, end in _grapes(folded):
        if _cooked_wine(folded, start, end):
            continue  # "chicken in Riesling sauce"
        if any(clause_start <= start < clause_end for clause_start, clause_end in habits):
            continue  # "I usually drink Malbec, but tonight a white"
        negated = _NEGATION_BEFORE.search(folded[max(0, start - 40) : start])
        if negated and _STYLE_BEFORE_GRAPE.search(folded[max(0, start - 20) : start]):
            continue  # "I don't like oaky Chardonnay": the oak is refused, not the grape
        # "Riesling's not my thing", "Merlot gives me a headache": refused by what follows it
        # (not "Malbec always makes me happy").
        negated = negated or _COMPLAINT_AFTER.match(folded, end)
        if negated or _listed_after(folded, refused_until, start):
            refused.append(grape)
            refused_until = end
        else:
            wanted.append(grape)
    return wanted, refused


# "I usually drink Malbec but tonight a white", "we had a Chianti last time, now something
# lighter": the grape is what the diner drank, and the turn away from it is the request.
# The turn must come right after the clause and bring something else: "I usually drink Pinot Noir
# but do you have one by the glass?" still wants the Pinot Noir.
# "We love big Cabs but not at those prices", "di solito beviamo Barolo ma non a quei prezzi".
_PRICED_AWAY = re.compile(
    r"[\s,;.!-]*(?:but|ma|mais|pero|aber)\s+(?:not|non|pas|no|nicht)\s+(?:at|a|zu)\s+(?:those|these|that|such|quei|"
    r"questi|ces|ce|esos|estos|ese|diesen?|dem|solchen)\s+(?:prices?|prezzi|prix|precios?|preisen?)\b"
)
_TURN_AWAY = re.compile(
    r"[\s,;.!-]*(?:(?:but\s+)?(?:tonight|now|today|this time|instead|for a change|something different)\b|"
    r"but\s+(?:a|an|some|something|maybe|perhaps|let'?s|we'?d|i'?d|i'?m|we'?re|fancy|feeling)\b|"
    r"(?=[\s,;.!-]*(?:but|ma|mais|pero|aber)\s+not\b)" + _PRICED_AWAY.pattern + ")"
)


def _habits(folded: str) -> list[tuple[int, int]]:
    """The clauses about another meal or time that the diner then turns away from."""
    return [(start, end) for start, end in _passing_clauses(folded) if _TURN_AWAY.match(folded, end)]


def _priced_away(folded: str) -> str:
    """The text without the wines drunk before that the diner turns from: loved but not at the
    list's prices ("we love Barolo but not at those prices"), or left for tonight ("we had a
    Chianti last time, now something lighter"): neither their place nor their name is asked for.
    A habit kept ("we love Italian wines, but something under 40") still asks for them."""
    for start, end in _passing_clauses(folded):
        left = _LEFT_FOR_TONIGHT.match(folded, end) and not _LIKED_AGAIN.search(folded, start)
        if _PRICED_AWAY.match(folded, end) or left:
            folded = _blank(folded, start, end)
    return folded


# "We had a Chianti last time and loved it, now something similar": the wine is wanted again.
_LIKED_AGAIN = re.compile(r"\b(?:loved|liked|enjoyed|similar|like it|like that|same|again)\b")


_LEFT_FOR_TONIGHT = re.compile(
    r"[\s,;.!-]*(?:but\s+)?(?:tonight|now|today|this time|instead|for a change|something different)\b"
)


_STYLE_BEFORE_GRAPE = re.compile(r"\b(?:oaky|oaked|buttery|jammy|flabby|overoaked|over-oaked)\s+$")


# "Not keen on Syrah or Shiraz", "no red or rosé": a refusal reaches the names it lists with "or";
# after "and" or a comma the diner may be asking ("no Riesling, a Chardonnay").
_LIST_JOINER = re.compile(r",?\s*(?:/|\bor\b|\bnor\b)\s*")


def _listed_after(folded: str, refused_end: int, start: int) -> bool:
    """Whether a name follows a refused one in the same list: only a joiner between them."""
    return refused_end >= 0 and _LIST_JOINER.fullmatch(folded, refused_end, start) is not None


def _grapes(folded: str) -> list[tuple[str, int, int]]:
    """Grapes named in the question, with where, longest name first ("cabernet franc" is not "cabernet")."""
    # Keep the article "a" ("a Pecorino" is the wine); other lone letters are elisions ("nero d'avola").
    matches = [match for match in re.finditer(r"[a-z0-9]+", folded) if len(match.group()) > 1 or match.group() == "a"]
    words = [match.group() for match in matches]
    found: list[tuple[str, int, int]] = []
    position = 0
    while position < len(words):
        for length in range(min(_LONGEST_GRAPE_ALIAS, len(words) - position), 0, -1):
            phrase = " ".join(words[position : position + length])
            grape = GRAPE_ALIASES.get(phrase) or (GRAPE_ALIASES.get(stem(phrase)) if length == 1 else None)
            if grape is not None and _plainly_a_grape(words, position, position + length, phrase):
                found.append((grape.name, matches[position].start(), matches[position + length - 1].end()))
                position += length
                break
        else:
            position += 1
    return found


def _plainly_a_grape(words: list[str], start: int, end: int, phrase: str) -> bool:
    if phrase not in _AMBIGUOUS_GRAPE_ALIASES:
        return True
    before = words[start - 1] if start else ""
    after = words[end] if end < len(words) else ""
    return before in ("a", "an") or after in ("wine", "wines", "grape", "grapes")


# ---------------------------------------------------------------------------
# Dishes
# ---------------------------------------------------------------------------

# Wine named by a food word: "dessert wine" is not the dessert course.
_WINE_NAMED_LIKE_FOOD = re.compile(r"\b(?:dessert|sweet|orange|amber|port) wines?\b")
_COURSE_ORDER: Final = {"main": 0, "starter": 1, "cheese": 2, "dessert": 3, "side": 4}
# Menu-language glue and wine vocabulary never identify a dish: "a Burgundy for the
# snails" must not pick the Boeuf bourguignon braised "in red Burgundy".
_MENU_STOPWORDS: Final = frozenset(
    word_list(
        "a, al, alla, all, alle, ai, au, aux, con, da, de, del, della, des, di, du, en, et, il, in, la, le, les, "
        "of, on, or, the, with, and, for, to, style, house, served, what, which, would, goes, go, good, pair, "
        "something, recommend, best, tonight, want, like, please, having, we, are, is"
    )
)
_WINE_WORDS: Final = frozenset(
    {
        *word_list(
            "red, white, rose, pink, orange, sparkling, wine, glass, bottle, vin, vino, champagne, burgundy, "
            "bourgogne, bordeaux, prosecco, muscadet, port, sherry, jaune, chablis, sancerre, rioja, chianti, "
            "barolo, cava, brut, reserva, riserva, crianza, cuvee, sweet, dry, light, rich, bold, crisp, fresh"
        ),
        *(word for alias in GRAPE_ALIASES for word in alias.split()),
    }
)
# Tags that describe rather than name a dish: "something light" must not pick every light dish.
_DESCRIPTIVE_TAGS: Final = frozenset(
    food_tokens(
        "rich light creamy sweet spicy salty smoky tangy briny pungent bitter cold raw grilled roasted fried baked "
        "braised seared steamed blackened herbs citrus peppery"
    )
)
# Description words diners call a dish by: the food tables plus a few telling ingredients.
_DESCRIPTION_WORDS: Final = FOOD_TOKENS


@dataclass(frozen=True)
class _DishIndex:
    """One menu item's words, split by how much they say about the dish."""

    pk: Any
    position: int
    course: str
    name: frozenset[str]
    tag_nouns: frozenset[str]
    tag_descriptors: frozenset[str]
    description: frozenset[str]
    folded_name: str


def _index_dish(item: MenuItemLike, position: int) -> _DishIndex:
    tags = {token for tag in (item.tags or ()) for token in food_tokens(str(tag))} - _WINE_WORDS
    name = frozenset(food_tokens(item.name)) - _MENU_STOPWORDS - _WINE_WORDS
    description = frozenset(food_tokens(item.description or "")) & _DESCRIPTION_WORDS
    return _DishIndex(
        pk=item.pk,
        position=position,
        course=str(item.course or ""),
        name=name,
        tag_nouns=frozenset(tags - _DESCRIPTIVE_TAGS),
        tag_descriptors=frozenset(tags & _DESCRIPTIVE_TAGS),
        description=frozenset(description - name - tags - _WINE_WORDS),
        folded_name=" ".join(words_of(item.name)),
    )


def _dish_score(index: _DishIndex, question: frozenset[str], question_text: str) -> float:
    """Name words weigh most, then the nouns among the tags, then the description and the course."""
    score = (
        3.0 * len(question & index.name)
        + 2.0 * len(question & index.tag_nouns)
        + 0.5 * len(question & index.tag_descriptors)
        + 1.0 * len(question & index.description)
        + (2.0 if index.course in question else 0.0)
    )
    return score + (2.0 if index.folded_name and index.folded_name in question_text else 0.0)


def _covers(index: _DishIndex, question: frozenset[str]) -> bool:
    """Whether the best menu match names, or at least tags, every food word of the question."""
    food = question & FOOD_TOKENS
    if question & index.name or not food or index.course in question:
        return True
    return food <= (index.tag_nouns | index.tag_descriptors | index.description)


# What a dish is made as: "crab linguine" is no crab cake, "a fish burger" no fish and chips,
# though the crab and the fish are the same. Any word of a form's group names that form.
_DISH_FORMS: Final = tuple(
    frozenset(stem(word) for word in group)
    for group in (
        ("pasta", *TERMS_BY_NAME["pasta"].aliases, "lasagne", "lasagna"),
        # Ravioli and gyoza alike: a filling in dough ("pork dumplings" may be the menu's gyoza).
        ("dumpling", "dumplings", "gyoza", *TERMS_BY_NAME["filled pasta"].aliases),
        ("risotto",),
        ("pizza", "calzone"),
        ("burger", "cheeseburger", "hamburger"),
        # Not "roll" nor "bun": "the crab cakes with a bread roll" is still the crab cakes.
        ("sandwich", "panini", "panino", "toastie"),
        ("taco", "tacos", "burrito", "quesadilla"),
        ("curry",),
        ("ramen", "udon", "soba", "pho"),
    )
)


def _has_form(index: _DishIndex, question: frozenset[str]) -> bool:
    """A dish the diner names by its form ("crab linguine") must be made in that form. The
    question's own words, not the lexicon's readings of them: a "bread roll" beside the crab
    cakes is read as a sandwich, which no diner said."""
    words = index.name | index.tag_nouns | index.tag_descriptors | index.description
    return all(words & group for group in _DISH_FORMS if question & group)


def _has_main(index: _DishIndex, mains: frozenset[str]) -> bool:
    """A dish the diner names by its main must have that main: "a roast chicken" is not the
    cedar-plank salmon because both are roasted."""
    # Every main said: "steak tartare" is not the steak frites, "lamb neck with anchovy" not the gigot.
    said = mains & FOOD_TOKENS  # "leg of lamb" says no main "of"
    return not mains or index.course in mains or said <= (index.name | index.tag_nouns | index.description)


def _dish_terms(text: str) -> frozenset[str]:
    return frozenset(term.name for term in read_food(text).terms if term.kind == "dish")


def _is_named_dish(item: MenuItemLike, named: frozenset[str]) -> bool:
    """A diner naming a dish means that dish: "crème brûlée" is not the chocolate pot de crème,
    "cacio e pepe" not the cheese plate, though they share words."""
    if not named:
        return True
    tags = " ".join(str(tag) for tag in (item.tags or ()))
    if named & _dish_terms(f"{item.name} {tags}"):
        return True
    # Or its name holds every word of the dish's ("wild mushroom risotto" for "mushroom risotto").
    words = {stem(word) for word in words_of(f"{item.name} {tags}")}
    return any({stem(word) for word in words_of(dish)} <= words for dish in named)


def _mains_and_named_dishes(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The question's mains (chicken, salmon, lamb...) in the words menus are indexed by, and the
    named dishes it asks for ("cacio e pepe", "crème brûlée"), from one reading."""
    terms = read_food(text).terms
    mains = frozenset(stem(word) for term in terms if term.protein is not None for word in words_of(term.name))
    return mains, frozenset(term.name for term in terms if term.kind == "dish")


_FOOD_FAMILIES: Final = frozenset(word_list("herb, citrus, spice"))


# "Too pricey for a starter", "a bit much for lunch": why the diner wants another wine, not the
# starters of the menu.
_REASON_FOR_A_COURSE = re.compile(
    r"(?<!not )(?<!nothing )(?<!n't )(?<!never )\b(?:too|a bit|a little|bit|rather|quite|so|way too|kinda|pretty) "
    r"(?:much|pricey|expensive|dear|steep|fancy|posh|a lot)(?: \w+)? for (?:a|an|the|my|our|just a)? ?(?:starters?|mains?|"
    r"desserts?|aperitifs?|apero|lunch|a weeknight|a tuesday|a monday|midday|noon)\b"
)


# What the wines shown are too much of for the dish, said in a conversation: "prob too heavy for
# raw fish", "they're a bit too oaky for the scallops". Not "is the Barolo too big for the
# salmon?" (a wine named first) nor "something not too heavy for the sole" (a new request).
_TOO_MUCH_FOR = re.compile(
    r"(?:^|[.!?;,]\s*)(?:(?:prob(?:ably)?|maybe|hmm+|i think|i feel|feels?|seems?|(?:a )?bit|a little|way|kinda|rather|"
    r"(?:it|that|this|they|those|these|both)(?:'?s|'?re| is| are| seem| feel| might be| may be| look| looks)?)\s+)*"
    r"too\s+(?:heavy|big|bold|strong|rich|powerful|tannic|oaky|oaked|sweet|light|delicate|intense|full|much)"
    r"(?:[- ]bodied)?\s+for\s+(?P<food>(?:(?!\b(?:and|so|but|or|my|our|his|her|their|what|with)\b)[^.!?;,\-–—])*)"
)


def _recognise_dishes(folded: str, menu: Sequence[MenuItemLike]) -> tuple[int, ...]:
    text = food_text(_WINE_NAMED_LIKE_FOOD.sub(" ", _REASON_FOR_A_COURSE.sub(" ", folded)))
    question = frozenset(food_tokens(text)) - _WINE_WORDS - _MENU_STOPWORDS
    # A family the lexicon files a food under is no match unless said: the diner's sage is not
    # the bay of "Tomales Bay oysters", their lime not a Meyer lemon tart.
    said = {stem(word) for word in words_of(text)}
    question -= _FOOD_FAMILIES - said
    if not question:
        return ()
    question_text = " ".join(words_of(text))
    indexes = [_index_dish(item, position) for position, item in enumerate(menu)]
    mains, named = _mains_and_named_dishes(text)
    scored = [
        (
            _dish_score(index, question, question_text)
            if _has_main(index, mains)
            and _has_form(index, frozenset(said))
            and _is_named_dish(menu[index.position], named)
            else 0.0,
            index.position,
        )
        for index in indexes
    ]
    best = max((score for score, _ in scored), default=0.0)
    if best and not _covers(indexes[max(scored)[1]], question):
        # "A mushroom risotto" on a menu with no risotto: the diner's own dish, not the dishes
        # that merely list mushrooms among their tags.
        return ()
    # A dish needs a name word or a noun tag (2 points); weaker matches ride along only when
    # nearly as good as the best ("something for dessert": the three desserts; "the duck": the
    # confit, not the pâté with duck in its description).
    kept = [(score, position) for score, position in scored if score >= 2.0 and score >= 0.75 * best]
    kept.sort(key=lambda pair: (-pair[0], _COURSE_ORDER.get(str(menu[pair[1]].course), 5), pair[1]))
    return tuple(menu[position].pk for _, position in kept)


def off_menu(dish_words: Sequence[str], menu: Sequence[MenuItemLike]) -> tuple[str, ...]:
    """The dishes a question names that are not on the menu: "a cheeseburger" beside the salmon."""
    return tuple(phrase for phrase in dish_words if not _recognise_dishes(fold_text(phrase), menu))


# Wine talk that shares words with menus: "a red wine" is not a sauce, "something sweet" not a dessert.
_WINE_PHRASES = re.compile(
    r"\b(?:(?:red|white|rose|pink|orange|sparkling|dessert|sweet|fortified|natural|amber|house)\s+)?wines?\b"
    r"|\bvin(?:o|ho)?\s+(?:rouge|blanc|rosso|bianco|tinto|blanco|rosado|rosato|dolce|doux)\b"
    r"|\bby[- ]the[- ]glass\b|\bglass(?:es)?\b|\bbottles?\b|\bcarafe\b|\bhalf[- ]bottle\b"
    # "Something with bubbles?" asks for a sparkling wine: no dish called "bubbles".
    r"|\bbubbl(?:es|y)\b|\bfizz(?:y)?\b|\bsparkl(?:ing|er|ers)\b"
    # "On the lighter side", "a bit on the sweet side": how the wine should be, not the menu's sides.
    r"|\b(?:on|to) the \w+(?:er)? side\b"
)
_WINE_NAMES = re.compile(
    r"\b(?:"
    + "|".join(
        sorted(
            {r"[\s-]+".join(map(re.escape, words_of(name))) for name in GRAPE_ALIASES}
            | {
                r"[\s-]+".join(map(re.escape, words_of(name)))
                for appellation in APPELLATIONS
                for name in appellation.names
            },
            key=len,
            reverse=True,
        )
    )
    + r")\b"
)
# Places and kinds named as wines: the appellations, and "crémant", a kind lists name though it
# is no one appellation of ours. ("Sekt" and "spumante" are the everyday German and Italian
# words for any sparkling wine: colours, not kinds.)
_APPELLATION_NAMES = re.compile(
    r"\b(?:"
    + "|".join(
        sorted(
            # "Crozes-Hermitage", "Châteauneuf-du-Pape": the words as written, with their hyphens.
            {
                r"[\s-]+".join(map(re.escape, words_of(name)))
                for appellation in APPELLATIONS
                for name in appellation.names
            }
            | {"cremant"},
            key=len,
            reverse=True,
        )
    )
    + r")\b"
)
_COOKED_IN_WINE = re.compile(r"\s*(?:sauce|jus|reduction|braise|braised|glaze|vinegar)\b")
# A wine name used as a cooking medium stays food: "braised in Barolo", "Chianti reduction".
_COOKED_IN = re.compile(r"\s*(?:sauce|jus|reduction|butter|vinegar|glaze|braised|poached|sabayon)\b")
# "Pears poached in red wine", "port-glazed duck", "a prosecco risotto", "champagne sorbet": a wine
# cooked into the dish, or naming it, is food, not the wine asked for. Only the wines kitchens name
# dishes after name one by standing before a food ("red wine risotto"); "Pinot Noir salmon?" or
# "Barolo steak?" asks for that wine with the food.
_COOKED_WITH_BEFORE = re.compile(
    r"\b(?:poached|braised|cooked|stewed|marinated|simmered|soaked|steeped|deglazed) in\s+$"
)
# "Chicken in a clay pot w port", "veal with marsala", "duck in madeira": a fortified wine said with
# a meat is its sauce ("cheese with port" asks for the port).
_MEAT_WITH_BEFORE = re.compile(
    r"\b(?:chicken|duck|beef|pork|lamb|veal|venison|pheasant|rabbit|liver|kidneys?|pigeon|quail|steak|fillet|"
    r"partridge|guinea fowl|goose|hare|boar)(?:\s+(?!and\b|then\b|with\b|or\b)[\w'-]+){0,3}\s+(?:with|w/?|in)\s+$"
)
_FORTIFIED_COOKED: Final = frozenset(word_list("port, marsala, madeira, cognac"))
_GLAZED_AFTER = re.compile(r"[- ]?(?:glazed|braised|poached|infused|soaked|marinated)\b")
_WINE_AFTER_COLOUR = re.compile(r"\s+wines?\b")
_DISH_NAMING_WINES: Final = frozenset(
    word_list("red wine, white wine, champagne, prosecco, port, sherry, marsala, madeira, sauternes, vin jaune, cognac")
)


def _in_food_name(folded: str, match: re.Match[str], *, cooking_wine: bool = True) -> bool:
    """Whether a wine word is part of a longer food name: "rabo de toro", "toro hand roll"."""
    before, after = words_of(folded[: match.start()])[-3:], words_of(folded[match.end() :])[:3]
    return inside_food_name(before, words_of(match.group(0)), after, cooking_wine=cooking_wine)


def _cooked_wine(folded: str, start: int, end: int) -> bool:
    """Whether the wine word at start:end is in the food: cooked in, glazing, or naming a dish."""
    if wine := _WINE_AFTER_COLOUR.match(folded, end):
        end = wine.end()  # "red wine risotto", "poached in white wine"
    return bool(
        _COOKED_IN.match(folded, end)
        or _GLAZED_AFTER.match(folded, end)
        or _COOKED_WITH_BEFORE.search(folded[max(0, start - 30) : start])
        or (
            " ".join(words_of(folded[start:end])) in _FORTIFIED_COOKED
            and _MEAT_WITH_BEFORE.search(folded[max(0, start - 50) : start]) is not None
        )
        or (
            " ".join(words_of(folded[start:end])) in _DISH_NAMING_WINES
            and folded[end : end + 1] == " "
            # Not "is the Sauternes sweet?": how the wine is, asked.
            and not (
                _STYLE.match(folded, end + 1) or _LIGHT_WORDS.match(folded, end + 1) or _SWEET.match(folded, end + 1)
            )
            and _describes_food(folded, end)
        )
    )


# Words that join one dish's parts ("hake in salsa verde"); "and" separates two dishes.
_CONNECTORS: Final = frozenset(
    word_list(
        "in, with, mit, avec, on, over, con, alla, al, alle, au, aux, a, de, di, del, della, des, du, en, sur, y, e"
    )
)
_ARTICLES_AFTER_A_LINK: Final = frozenset(word_list("the, some, its, le, la, les, il, lo, el, los, las"))
_WITH: Final = frozenset(word_list("with, avec, con, mit"))
_LATER: Final = re.compile(r"(?:to follow|after|afterwards|later|next|then|to finish|for (?:dessert|mains?|afters))\b")
_SEPARATORS: Final = frozenset(word_list("and, or, then, et, o, plus, also"))
# Words that may sit inside one dish's name between two food words.
_JOINING: Final = _CONNECTORS | frozenset(
    word_list(
        "black, white, red, green, wild, baby, little, young, whole, fresh, our, house, slow, aged, "
        # The cut of a meat the lexicon files under the meat: "kangaroo fillet with pepperberry".
        "fillet, fillets, filet, loin, tenderloin, rack, leg, shoulder, breast, thigh, thighs, cheek, cheeks, "
        "shank, rump, saddle, haunch, neck, cutlet, cutlets, medallions, medallion, skewers, skewer"
    )
)
# How much of a food a dish has: "larb with lots of chilli" is one dish, its chilli no second one.
_QUANTITY: Final = frozenset(word_list("lots, lot, of, plenty, loads, heaps, tons, extra, bit, much, more"))
# Talk around a dish, not a dish: "we're having pad thai actually" is the pad thai.
_FILLERS: Final = frozenset(
    word_list(
        "actually, instead, now, then, tonight, tonite, 2nite, today, please, pls, though, anyway, maybe, probably, really, just, "
        # "Per cena prendiamo il risotto", "para cenar pedimos el pulpo": the meal and the ordering.
        "cena, pranzo, prendiamo, pedimos, tomamos, cenamos, comemos, depois, "
        # "What's the closest then?", "un verre de blanc pour patienter".
        "closest, nearest, patienter, attendre, "
        "meantime, meanwhile, "
        # Words about the wine a diner might say where a dish goes: "is it ready to drink?",
        # "something local", "hay vino natural?".
        "ready, boozy, local, alpine, hay, natural, organic, biodynamic, fun, funky, interesting, unusual, "
        # The money talked about: "drop the budget to 40".
        "budget, limit, cap, price, prices, bill, "
        "quite, very, rather, fairly, "
        "too, also, again, here, there, first, later, afterwards, next, after, ok, okay, thanks, thank, thx, thnx, thanx, ty, cheers, "
        # Chat around a question: "the pork chop - do u have a Riesling?" is the pork chop.
        "do, does, did, have, has, got, get, can, could, would, will, you, ya, any, anything, something, afters, "
        # Talk about the wines shown or the table, never a dish: "the difference between the first
        # two", "one bottle for both", "the second one".
        "difference, differences, between, both, either, neither, each, all, one, ones, two, three, second, "
        "third, last, same, other, others, rest, bill, check, table, list, thing, things, option, options, "
        "choice, choices, suggestion, suggestions, recommendation, recommendations, pick, picks, label, vintage, "
        "worth, value, price, good, nice, special, right, grape, grapes, varietal, uva, uve, cepage, rebsorte, acidic, "
        # Who the dish is for: "my wife's ribeye" is the ribeye.
        "wife, husband, partner, friend, friends, girlfriend, boyfriend, kids, kid, children, child, son, "
        "daughter, mum, mom, dad, mother, father, guest, guests, colleague, boss, everyone, brother, sister, "
        "femme, mari, fils, fille, copain, copine, hermano, hermana, mujer, marido, esposa, esposo, novio, novia, "
        "hijo, hija, moglie, marito, fratello, sorella, figlio, figlia, moi, mi, yo, io, ma, mon, notre, mia, mio, "
        "elle, ella, lei, lui, girls, boys, guys, ladies, gents, gentlemen, lads, folks, missus, mrs, hubby, "
        # "Does the Tignanello need decanting?": the wine's service, not a dish.
        "need, needs, decant, decanting, decanted, decanter, "
        # "Una copa de cava para empezar": to start with.
        "empezar, comenzar, commencer, cominciare, "
        # Who else, and the chat around the question: "one bottle for everybody", "the ribeye plz",
        # "thank you for your help", "per favore".
        "him, her, them, us, me, myself, everybody, anybody, somebody, plz, lol, haha, omg, help, favore, favor, "
        "but, not, most, total, before, work, works, "
        # The room and the evening, never a dish: "where's the bathroom", "the wait for the mains",
        # "for our honeymoon", "the 60 mark".
        "bathroom, toilet, toilets, restroom, loo, terrace, patio, view, music, kitchen, wait, waiter, staff, "
        "booking, reservation, parking, wifi, password, name, limit, mark, honeymoon, birthday, anniversary, "
        "evening, night, time, moment, bar, sounds, sound, "
        # The occasion and the mood, never a dish: "champagne for a celebration", "tastes like the sea".
        "celebration, celebrations, celebrate, celebrating, party, occasion, graduation, promotion, engagement, "
        "sea, ocean, seaside, summer, sunshine, picnic, mood, vibe, "
        # An aperitif is the moment, not a dish: "a glass of bubbles for the aperitif", "per l'aperitivo".
        "aperitif, aperitifs, aperitivo, aperitivos, apero, aperitief, "
        # "Something with a bit more body": how much more, not a dish.
        "bit, little, lot, touch, tad, "
        # "More weight than the last one", "plus de corps pour le bœuf", "más cuerpo para el cordero".
        "than, pour, para, money, less, more, group, "
        # "Un peu cher pour nous", "per noi", "para nosotros": the table, not a dish.
        "nous, vous, noi, voi, nosotros, nosotras, eux, uns, euch, wir, mim, nos, "
        # "Une bouteille pour quatre": the party, not a dish.
        "deux, trois, quatre, cinq, dos, tres, cuatro, cinco, due, quattro, cinque, zwei, drei, vier, funf, "
        # When and how the table eats, never a dish: "we're eating around 8pm", "eating late".
        "around, about, roughly, late, early, soon, out, together, tomorrow, "
        # The table in the restaurant's languages: "une bouteille pour tout le monde", "una copa para
        # cada uno", "para terminar", "per tutti", "für alle".
        "tout, tous, toutes, monde, chacun, chacune, cada, uno, una, todos, todas, terminar, acabar, empezar, "
        "finir, tutti, tutte, ognuno, finire, alle, jeden, jeder, "
        # What the table does with the food, never a dish: "para arrancar", "para compartir", "pour partager".
        "arrancar, compartir, picar, partager, grignoter, condividere, iniziare, teilen, anfangen, comecar, partilhar, "
        # "Un blanc sec pour accompagner des huîtres", "un rosso con corpo", "per entrambi", "per ciascuno".
        "accompagner, accompagnare, acompanhar, acompanar, begleiten, corpo, cuerpo, corps, korper, "
        "entrambi, entrambe, ambos, ambas, beide, beiden, ciascuno, ciascuna, chaque, cadauno"
    )
)
_DISH_CUES: Final = frozenset(
    word_list("with, for, alongside, avec, pour, con, per, para, having, eating, ordered, ordering, the")
)
# What may stand between a dish cue and the dish: "with the ribollita", "for my nonna's ribollita".
_CUE_GLUE: Final = frozenset(word_list("the, a, an, some, my, our, your, his, her, their, this, that, these, those, s"))
# "Thai food", "the fish course": a generic noun right after a food word belongs to it.
# Said after the food they belong to: "a curry dish", "ribs with a sticky sauce".
_TRAILING_NOUNS: Final = frozenset(
    word_list("food, dish, dishes, plate, course, cuisine, sauce, glaze, dressing, gravy, marinade")
)


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def food_text(folded: str) -> str:
    """The question with its wine talk blanked out (same length), leaving the food for the lexicon."""
    text = folded
    for match in _WINE_PHRASES.finditer(folded):
        if not _cooked_wine(folded, match.start(), match.end()):
            text = _blank(text, match.start(), match.end())
    for match in _WINE_NAMES.finditer(folded):
        before = folded[max(0, match.start() - 5) : match.start()]
        if not (
            _cooked_wine(folded, match.start(), match.end())
            or re.search(r"\bin\s+$", before)
            or _in_food_name(folded, match)
        ):
            text = _blank(text, match.start(), match.end())
    for match in _STYLE.finditer(folded):
        if not _describes_food(folded, match.end()):
            text = _blank(text, match.start(), match.end())
    for match in _SWEET.finditer(folded):
        if not _describes_food(folded, match.end()):
            text = _blank(text, match.start(), match.end())
    patterns = (_LIGHTER, _BOLDER, _LIGHT_WORDS, _PRICE_ORDER, _PRICE_NO_OBJECT, _GLASS_REFUSED, _ORANGE_WINE)
    for pattern in (*patterns, _CONTRACTION, _SUPERLATIVE):
        for match in pattern.finditer(folded):
            text = _blank(text, match.start(), match.end())
    for start, end in _refused_food(folded):
        text = _blank(text, start, end)
    for match in _NOT_A_DISH.finditer(folded):
        text = _blank(text, match.start(), match.end())
    return text


# Orders for the waiter, not dishes: "a coffee after", "two espressos", "more bread please".
_WAITER_ORDER_PATTERN: Final = (
    r"(?:a|an|some|more|another|two|three|four|\d+|the|our|a cup of|a pot of)\s+(?:coffees?|espressos?|"
    r"cappuccinos?|lattes?|macchiatos?|cortados?|flat whites?|americanos?|teas?|bread|water|sparkling water|"
    r"still water|ice|bill|check|cheque)(?!\s*(?:cake|ice cream|rubbed|crusted|glazed|mousse|panna cotta|semifreddo|creme|cream|"
    r"granita|tart|brulee|pudding|and walnut|and butter|smoked|loaf|sauce|butter|crumbs?|sticks?|cress|chestnuts?|"
    r"melon|spinach)\b)|"
    # "Tap water for the table", "Leitungswasser", "une carafe d'eau", "l'addition", "la cuenta, por favor".
    r"tap water|leitungswasser|(?:eine )?(?:flasche )?(?:stilles |mineral)?wasser\b|carafe d'eau|eau du robinet|"
    r"(?:de l'|une )?eau (?:plate|gazeuse)|acqua (?:naturale|frizzante|del rubinetto)|agua (?:del grifo|con gas|sin gas)|"
    r"l'addition|la cuenta|il conto|die rechnung|(?:mas|mehr) (?:pan|brot)\b|"
    # "Encore du pain", "più pane", "mais pão", "un café", "deux cafés".
    r"(?:encore|plus) (?:du|de) pain\b|(?:du|de) pain,? s'?il vous plait|(?:piu|altro|ancora) pane\b|"
    r"(?:mais|outro) pao\b|(?:un|une|deux|trois|des) cafes?\b|(?:un|due|tre) caffe\b|(?:un|dos|tres) cafes?\b"
)
_WAITER_ORDER = re.compile(rf"\b{_WAITER_ORDER_PATTERN}")


# The table's diet, said of the diners: "we're vegan", "two vegetarians", "vegetarian here".
_DIET_PATTERN: Final = (
    r"vegetarians|vegans|(?:i'?m|im|we'?re|i am|we are|he'?s|she'?s|he is|she is)\s+(?:a\s+|all\s+|both\s+)?"
    r"(?:vegetarian|vegan)|(?:vegetarian|vegan)(?=\s+(?:here|table)\b)"
)
_DIET = re.compile(rf"\b(?:{_DIET_PATTERN})\b")
# No dish at all: "a glass of red, no food", "sans plat", "sin comida", "we're not eating".
_NO_FOOD_PATTERN: Final = (
    r"(?:(?:no|without|sans|sin|senza|ohne|pas de|not)\s+(?:food|dish|plat|plats|comida|plato|cibo|piatto|essen|"
    r"main(?: course)?|meal|repas)|(?:not|n'?t|nothing to|rien a|nada que) eat(?:ing)?(?: tonight| anything| yet)?|"
    r"(?:just|only) drinks|only drinking|just drinking|juste (?:pour )?boire|solo (?:para )?beber|nur (?:etwas )?trinken)"
    # Said of the evening, at the end of a clause: not "no food allergies", "not eating meat".
    r"(?=\s*(?:$|[,.;:!?)-]|(?:for me|tonight|thanks|thank you|please|pls|just|only|yet|for now|at all|right now|"
    r"ce soir|pour l'instant|por ahora|esta noche|stasera|per ora|heute|jetzt)\b))"
)
_NO_FOOD = re.compile(rf"\b(?:{_NO_FOOD_PATTERN})\b")
# Food words that say something else here: the diner is a vegetarian ("vegetarian here", "two
# vegetarians"), a date is an evening ("first date", "date night"), a beer is another drink,
# "what grape" asks about the wine, "sub 50" is a budget, "c'est parfait" is thanks.
_NOT_A_DISH = re.compile(
    rf"\b(?:{_DIET_PATTERN}|{_NO_FOOD_PATTERN}|(?:is|are|am)\s+(?:a\s+|all\s+|both\s+)?(?:vegetarian|vegan)|"
    r"(?:vegetarian|vegan)(?=\s+(?:menu|options?|friendly|too|as well)\b)|"
    # "Is it vegan?" of a wine shown: how it was fined, not a dish.
    r"(?:is|are) (?:it|that|this|they|these|those|the (?:first|second|third|last)(?: one)?) (?:also )?"
    r"(?:vegan|vegetarian)|"
    r"(?:first|second|third|our) date|date night|on a date|"
    # "We haven't ordered yet": no dish called "yet".
    r"(?:haven'?t|have not|not|yet to|didn'?t) (?:yet )?(?:ordered|order|decided|chosen)(?: (?:anything|our food|food))?"
    r"(?: yet)?|"
    # "L'anniversaire de mon père", "mia madre": family, not pears.
    r"(?:mon|ton|son|notre|votre|leur|mi|tu|su|mio|mia|tuo|suo|sua|nostro|nostra|mein|meine|meinem|meiner|meu|minha|"
    r"nosso|nossa) "
    r"(?:pere|mere|padre|madre|papa|mama|mamma|vater|mutter|frere|soeur|fils|fille|hermano|hermana|figlio|figlia|"
    r"fratello|sorella|bruder|schwester|marido|mulher|esposa|esposo|filho|filha|pai|mae|irmao|irma|namorado|namorada)|"
    rf"{_WAITER_ORDER_PATTERN}|"
    # Spanish "is there": "¿hay vino natural?" asks for a wine, it names no hay-smoked dish.
    r"hay(?=\s+(?:un|una|algo|algun|alguna|vinos?|cava|copas?|botellas?|tinto|blanco|rosado|jerez)\b)|"
    r"(?:a|non[- ]?alcoholic|alcohol[- ]free|cold|craft|some|the|drink|drinks|drinking) beers?"
    r"(?![- ]?(?:battered|batter|braised|can|cheese|bread))|beers|"
    r"(?:what|which) grapes?|(?:what'?s|what is|which is) the grapes?|the grapes? (?:in|of|on)|grape (?:variety|varieties|varietal)|sub(?=\s*[$€£]?\s*\d)|c'?est parfait|"
    # "Il primo di che uva è?", "¿de qué uva es?", "quel cépage ?", "welche Rebsorte?": the grape asked.
    r"(?:che|quale|quali|que|cual|quel|quelle|quels|welche[rsn]?)\s+(?:uvas?|uve|vitign[oi]|variedad|cepages?|"
    r"rebsorten?|trauben?)|"
    # "Dos copas de ese": two glasses, not a fish's back fillet ("dos de cabillaud").
    r"dos(?=\s+(?:copas|botellas|vasos|personas|adultos|de nosotros)\b)|"
    # "Parfait, on le prend": thanks, not the dessert (which follows another word: "strawberry parfait").
    r"(?<![a-z] )(?<![:\-] )parfait(?=\s*[,.!;]|\s*$)|"
    # "A sparkling for a toast", "per un brindisi": the raised glass, not bread ("cheese on toast").
    r"(?:for|make|raise|propose) a toast|brindis|brindisi|"
    # "In English for my friend", "we walked over from the Marais": the talk and the way here.
    r"in (?:english|french|spanish|italian|german|portuguese)|"
    # "Hablo algo español", "I speak a little French": the diner's language, no dish nor place.
    r"(?:speak|speaks|hablo|habla|hablamos|parlo|parla|parle|parlons|spreche|falo|fala)\s+"
    r"(?:(?:algo|some|a little|a bit of|un peu|un po|un poco|ein bisschen|bit)\s+)?[a-z]+|"
    r"(?:walked|came|come|drove|driven|cycled|travell?ed|flew)(?: (?:all the way|over|here|down|up|along|in))* "
    r"from (?:the )?[a-z]+)\b"
)


# "Don't" leaves a "don" (a rice bowl to the lexicon) once its apostrophe is gone.
_CONTRACTION = re.compile(r"\b(?:don|doesn|didn|won|can|isn|aren|wasn|weren|shouldn|wouldn|couldn|haven|hasn|ain)'?t\b")
# "I don't eat fish, what about a burger?", "no shellfish please", "allergic to nuts", "the lamb
# without the mint sauce": the food a diner rules out is no dish of the question.
_REFUSAL = re.compile(
    r"\b(?:(?:(?:do|does|did|could|would)(?:n'?t| not)|can'?t|cannot|can not|won'?t|will not) "
    r"(?:eat|have|like|want|fancy|take|stand|do)|"
    r"(?:allergic|allergy|intolerant|intolerance) to|not (?:a|much of a|the biggest) fan of|"
    r"avoid(?:ing)?|hate|without|skip(?:ping)?|except|other than|rather than|instead of|nothing with|"
    r"anything but|free of|no|not)\s+"
)
# The refusal reaches to the end of its clause, or to the words that start the next request.
_REFUSAL_ENDS: Final = frozenset(
    word_list(
        "but, what, how, which, so, just, only, though, however, please, pls, instead, i, im, we, were, my, our, "
        "for, something, anything, a wine, wine, wines, can, could, would, do, does, is, are, any, what's, then"
    )
)
_REFUSAL_WORDS = 5


# "We had oysters earlier, now the lamb", "the fries were amazing! what for the steak?": food in a
# clause about another meal or time is talked about in passing; the dish is the one said beside it.
_CLAUSE_BOUNDARY = re.compile(
    r"[,.;!?()]|\s[-–—]+\s|\b(?:but|now|tonight|today|this time|so|pero|mais|aber|hoy|esta noche|ce soir|"
    # Italian "ma" only where it turns ("ma non", "ma stasera"): "ma femme" is French.
    r"ma(?= (?:non|stasera|oggi|stavolta|adesso)\b)|"
    r"stasera|oggi|heute)\b"
)
_IN_PASSING = re.compile(
    r"\b(?:had|ate|eaten|loved|enjoyed|tried|was|were|earlier|yesterday|last (?:night|time|week|year)|"
    r"for (?:lunch|breakfast)|at lunch|makes|made|full (?:from|of|after)|started with|usually|normally|always|"
    # "Suelo beber blanco, pero hoy tinto", "d'habitude je bois du blanc", "di solito bevo rosso".
    r"suelo|solemos|d'habitude|habituellement|normalement|di solito|solitamente|normalmente|normalerweise|"
    # What someone likes in general, not tonight's dish: "they love Italian food".
    r"(?:i|we|they|he|she) (?:love|loves|adore|adores))\b"
)


def _passing_clauses(folded: str) -> list[tuple[int, int]]:
    """The spans of the clauses that talk about another meal or another time."""
    cuts = [0, *(edge for match in _CLAUSE_BOUNDARY.finditer(folded) for edge in match.span()), len(folded)]
    return [(start, end) for start, end in pairwise(cuts) if _IN_PASSING.search(folded, start, end)]


# The dish the wine is asked for, named again: "for the charcuterie", "zur Brettljause", "pour les huîtres".
_FOR_THE_DISH = re.compile(
    r"\b(?:for|with|zur|zum|zu|fur|mit|pour|avec|per|con|col|para)\s+(?:(?:the|our|le|la|les|l'|il|lo|i|gli|el|los|"
    r"las|den|die|das|dem|der)\s*)?$"
)


# How a question about the food is put: "does it come with...", "is it served...", "¿lleva...?"; not
# "how about the chicken wings?" nor "is there a wine for the fish tacos?", a dish whose wine is asked.
_OF_THE_FOOD = re.compile(
    r"^\W*(?:does|do|is|are|how (?:big|rare|spicy|hot|much|many|is|are|do|long)|can (?:we|i|you) (?:get|have) (?:it|the)|"
    r"est-ce que|c'est|il est|elle est|e|es|ist|kommt)\b|\b(?:lleva|llevan|viene|vienen|trae|porta|servi|vient)\b"
)
_ABOUT_ANOTHER = re.compile(r"\b(?:how|what) about\b|\bis there\b|\bgo(?:es)? with\b|\bfor the\b")


def asked_of_the_food(text: str) -> bool:
    """Whether a question is put about the food, not its wine ("is the fish served whole?")."""
    folded = fold_text(text)
    return (
        folded.rstrip().endswith("?")
        and bool(_OF_THE_FOOD.search(folded))
        and not _ABOUT_ANOTHER.search(folded)
        and not _WINE_ASKED.search(folded)
    )


_WINE_ASKED = re.compile(
    r"\b(?:wines?|glass|glasses|bottles?|red|white|rose|bubbles|sparkling|fizz|vin|vino|wein|weisswein|rotwein|verre|"
    r"bouteille|rouge|blanc|copa|botella|tinto|blanco|bicchiere|calice|bottiglia|rosso|bianco|glas|flasche|suggest|"
    r"recommend|pair|what goes|something)\b"
)
_NOT_ASKED = re.compile(
    r"\b(?:already|brought|n't|not|no|never|beer|ya|deja|gia|schon|bier|biere|birra|cerveza|kein\w*|pas|non)\b"
)


def _dish_singled_out(text: str, food: str, dish_words: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """Several dishes told ("a Brettljause first, then Tafelspitz and a strudel"), then one named
    again in the last sentence with the wine asked for it ("Zur Brettljause ein Glas Weißwein?"):
    that one is the dish of the question, and the food is that sentence's."""
    if len(dish_words) < 2:
        return food, dish_words
    starts = [match.end() for match in _SENTENCE_MARKS.finditer(food.rstrip(" ?!.;:"))]
    if not starts:
        return food, dish_words
    last = _blank(food, 0, starts[-1])
    named = _dish_words(text, last)
    # The wine is asked in the last sentence only, and not declined there ("for the lamb we have a
    # red already", "my wife can't drink red with the lamb", "zum Schnitzel trinke ich Bier").
    asked_last = _WINE_ASKED.search(last) and not _WINE_ASKED.search(food, 0, starts[-1])
    if len(named) != 1 or not asked_last or _NOT_ASKED.search(last):
        return food, dish_words
    phrase = fold_text(named[0])
    at = last.find(phrase, starts[-1])
    if at < 0 or phrase not in food[: starts[-1]] or not _FOR_THE_DISH.search(last[max(0, at - 25) : at]):
        return food, dish_words
    return last, named


def _refused_food(folded: str) -> list[tuple[int, int]]:
    """The spans of the food after a refusal: "no shellfish", "don't eat red meat or pork"."""
    spans = []
    for refusal in _REFUSAL.finditer(folded):
        # "No, the duck" and "no the duck" correct the last answer: the duck is wanted.
        if refusal.group().strip() == "no" and re.match(
            r"(?:the|a|an|that|this|thanks?|worries)\b", folded[refusal.end() :]
        ):
            continue
        end = refusal.end()
        for count, word in enumerate(re.finditer(r"[a-z0-9']+|[^a-z0-9'\s]", folded[refusal.end() :])):
            if count >= _REFUSAL_WORDS or word.group() in _REFUSAL_ENDS or not word.group()[0].isalnum():
                break
            end = refusal.end() + word.end()
        if end > refusal.end():
            spans.append((refusal.end(), end))
    return spans


_ORANGE_WINE = re.compile(rf"\b(?:{_ORANGE_AS_WINE})\b")
# Style words in the restaurant's languages: about the wine in a question, never the food.
_LIGHT_WORDS = re.compile(
    r"\b(?:leger|legere|leggero|leggera|ligero|ligera|corse|corsee|corposo|corposa|fresco|fresca)\b"
)


_CHAT_WITH: Final = re.compile(r"(?<=[a-z] )w/?(?= [a-z])")
_SENTENCE_MARKS: Final = re.compile(r"[?!.;:()\[\]]|\s[-–—]+\s")
# A cue reaches an unknown word only within its clause: in "foie gras with fig, what do you
# suggest?" the "with" is the fig's, and "do" is no dish.
_CLAUSE_MARKS: Final = re.compile(r"[?!.;:()\[\],]|\s[-–—]+\s")


def _without_articles_after_with(gap: list[str], after: list[str]) -> list[str]:
    """The words between two food words, less an article after "with": "moo shu pork with the
    pancakes" is one dish (not across a comma: "the oysters, i'm on the lamb" are two; nor "the
    oysters with the lamb to follow", ``after`` being the words after the second)."""
    if _LATER.match(" ".join(after)):
        return gap
    return [word for at, word in enumerate(gap) if not (at and word in _ARTICLES_AFTER_A_LINK and gap[at - 1] in _WITH)]


def _in_the_name(word: str, gap: Sequence[str], unknown: Collection[str], articled: bool) -> bool:
    """Between a food and the next, a word of the dish's own name: one the lexicon does not know
    before a bare "with" ("foie gras torchon with brioche", "pork neck confit with plums"), or how
    the garnish is made after it ("terrine with toasted brioche"). Not "the lamb I ordered with the
    sole", "the scallops paired with the duck" (``articled``: an article followed the "with")."""
    links = [at for at, other in enumerate(gap) if other in _CONNECTORS]
    if not links or word in _FILLERS or word in _WINE_WORDS:
        return False
    at = gap.index(word)
    if word in unknown and at < links[0]:
        return not articled
    return at > links[0] and len(word) > 4 and word.endswith("ed")  # "toasted", "pickled", "charred"


def _dish_words(text: str, folded: str) -> tuple[str, ...]:
    """The food the diner names, as they wrote it: one phrase per dish ("steak", "oysters")."""
    folded = _CHAT_WITH.sub("with", folded)  # "moo shu pork w the pancakes" is one dish
    blanked = food_text(folded)
    tokens = [
        match for match in re.finditer(r"[a-z0-9]+", blanked) if len(match.group()) > 1 or match.group().isdigit()
    ]
    words = [match.group() for match in tokens]
    reading = read_food(" ".join(words), named=True)
    # The diner's own spelling ("crème brûlée", "Käsefondue") where folding kept the positions; a
    # letter folding to two ("ß" of "Weißwein") is written as folded, so the rest still lines up.
    lowered = "".join(char if len(fold_text(char)) == 1 else fold_text(char) for char in text.lower())
    original = lowered if len(lowered) == len(folded) else folded
    phrases: list[tuple[int, int]] = []
    # "My main", "a starter": a course named is not a dish (the recommender reads "my main" itself).
    terms_at: dict[int, list[FoodTerm]] = {}
    spans = []
    for span, term in zip(reading.spans, reading.terms, strict=True):
        if not (term.kind == "course" and term.name in ("main", "starter", "side")):
            spans.append(span)
            terms_at.setdefault(span[0], []).append(term)
    # A word the lexicon does not know, said where a dish goes ("what goes with ribollita?"), is
    # the dish: kept, so the answer can say it was not understood and retrieval can try it.
    unknown = set(reading.unknown)

    def punctuated(before: int, after: int, marks: re.Pattern[str] = _SENTENCE_MARKS) -> bool:
        """A sentence mark between two words: "the duck? (guest 12)" is the duck, then something else."""
        return bool(marks.search(blanked, tokens[before].end(), tokens[after].start()))

    for position, word in enumerate(words):
        # Only articles, possessives, food or other unknown words between the cue and the word: in
        # "what time does the kitchen close" the "close" is the kitchen's, not a dish; in "with the
        # braised ribollita" the ribollita is the dish.
        cues = [
            at
            for at in range(max(0, position - 3), position)
            if words[at] in _DISH_CUES
            and not punctuated(at, position, _CLAUSE_MARKS)
            and all(
                between in _CUE_GLUE or (between not in _FILLERS and (between in unknown or between in FOOD_TOKENS))
                for between in words[at + 1 : position]
            )
        ]
        if word in unknown and cues and word not in _FILLERS and word not in _WINE_WORDS:
            spans.append((position, position + 1))
    spans.sort()
    for start, end in spans:
        if phrases and punctuated(phrases[-1][1] - 1, start):
            phrases.append((start, end))
            continue
        gap = raw_gap = words[phrases[-1][1] : start] if phrases else []
        if phrases and not punctuated(phrases[-1][1] - 1, start, _CLAUSE_MARKS):
            gap = _without_articles_after_with(gap, words[end : end + 2])
        if phrases and start <= phrases[-1][1]:
            phrases[-1] = (phrases[-1][0], max(end, phrases[-1][1]))
        elif (
            phrases
            and len([word for word in gap if word not in _QUANTITY]) <= 2
            and not set(gap) & _SEPARATORS
            and all(
                word in _JOINING or word in _QUANTITY or _in_the_name(word, gap, unknown, len(gap) < len(raw_gap))
                for word in gap
            )
            and (len(gap) <= 2 or bool(set(gap) & _CONNECTORS))
        ):
            # "hake in salsa verde", "miso black cod": one dish across a connector or a plain word.
            phrases[-1] = (phrases[-1][0], end)
        else:
            phrases.append((start, end))
    found = []

    def gap_text(after: int, before: int) -> str:
        return blanked[tokens[after - 1].end() : tokens[before].start()]

    for start, end in _one_dish_across_and(phrases, words, terms_at, gap_text):
        if end < len(words) and words[end] in _TRAILING_NOUNS and not punctuated(end - 1, end, _CLAUSE_MARKS):
            end += 1
        found.append(original[tokens[start].start() : tokens[end - 1].end()])
    return _without_diet_labels(tuple(dict.fromkeys(found)))


def _without_diet_labels(found: tuple[str, ...]) -> tuple[str, ...]:
    """ "Vegetarian: grilled vegetables with romesco": the label of the dish that follows, no dish."""
    labels = [phrase for phrase in found if fold_text(phrase) in DIET_LABELS]
    if labels and len(labels) < len(found):
        return tuple(phrase for phrase in found if phrase not in labels)
    return found


_DETERMINERS: Final = re.compile(r"\b(?:the|a|an|some|my|our|his|her|their|your|le|la|les|un|une|il|el)\b")
_GARNISH_LINKS: Final = frozenset(word_list("with, in, avec, con, au, aux, alla, topped, served"))
_WEAK_MAINS: Final = frozenset({None, "vegetarian", "dessert"})


def _stands_alone(terms: Sequence[FoodTerm]) -> bool:
    """A dish of its own: a named dish, a course, or a meat, fish, cheese or mushroom main; a
    vegetable, a fruit or a side ("spinach", "strawberries", "chips") is part of a plate."""
    return any(
        term.kind in ("dish", "course") or (term.protein not in _WEAK_MAINS and not term.seasoning) for term in terms
    )


def _one_dish_across_and(
    phrases: list[tuple[int, int]],
    words: Sequence[str],
    terms_at: Mapping[int, Sequence[FoodTerm]],
    gap_text: Callable[[int, int], str],
) -> list[tuple[int, int]]:
    """ "The oysters and the lamb" and "steak and oysters" are two dishes; "strawberries and cream",
    "a burger and fries", "spinach and ricotta cannelloni", "prawns with tomato and feta" and
    "chicken and chorizo paella" are one. A bare "and" (no "the" or "a" after it) joins what
    follows to the dish before unless both sides stand alone as dishes, the first with no "with"
    or "in" still listing its garnish, and the second not naming the kind of dish the whole is
    (a stew, a pie, a paella)."""
    joined: list[tuple[int, int]] = []
    for start, end in phrases:
        if not joined or words[joined[-1][1] : start] != ["and"] or _DETERMINERS.search(gap_text(joined[-1][1], start)):
            joined.append((start, end))
            continue
        before_start, before_end = joined[-1]
        before = [term for at in range(before_start, before_end) for term in terms_at.get(at, ())]
        after = [term for at in range(start, end) for term in terms_at.get(at, ())]
        kind_of_dish = len(after) > 1 and after[-1].kind in ("dish", "course", "method")
        listing = bool(_GARNISH_LINKS & set(words[before_start:before_end]))
        if after and (kind_of_dish or listing or not (_stands_alone(before) and _stands_alone(after))):
            joined[-1] = (before_start, end)
        else:
            joined.append((start, end))
    return joined


# ---------------------------------------------------------------------------
# Putting it together
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Said:
    """What this question says, with None for what it leaves to the previous one."""

    max_price: Decimal | None
    min_price: Decimal | None
    colours: frozenset[str]
    refused_colours: frozenset[str]
    by_the_glass: bool | None
    sweet: bool | None
    cheaper_than_previous: bool
    style_words: tuple[str, ...]
    grapes: tuple[str, ...]
    refused_grapes: tuple[str, ...]
    any_price: bool
    any_colour: bool
    adding: bool
    start_over: bool = False
    any_kind: bool = False  # "any white then": of any grape or place, not only the one asked before
    lighter: bool = False  # "something lighter": lighter-bodied than what was just shown
    bolder: bool = False
    like_pick: int | None = None  # "another like the second": 1-based position among the wines just shown
    refused_pick: int | None = None  # "not the first one": 1-based position among the wines just shown
    other: bool = False  # "something else", "another": none of the wines just shown
    appellations: tuple[str, ...] = ()  # "a Barolo", "a Chablis": places named as wines
    refused_names: tuple[str, ...] = ()  # "not prosecco", "no champagne"
    places: tuple[str, ...] = ()  # "something from Oregon", "an Italian red": where the wine is made
    refused_places: tuple[str, ...] = ()  # "nothing from Sicily", "no French wine"
    local: bool = False  # "anything local?": one of ``places`` is where the restaurant's local wines come from
    modest_price: bool = False  # "not too expensive", "pas trop cher": a budget without a number
    # "What's the difference between the first two?", "is the second one oaky?": a question about
    # wines just shown (1-based positions, 0 for "the last"); ``chosen`` when the diner picks one.
    about_picks: tuple[int, ...] = ()
    wine_ids: tuple[int, ...] = ()  # wines of the list named by their own name: "is the Cristal worth it?"
    wine_names: tuple[str, ...] = ()  # those wines' own words: naming one lifts its refusal
    chosen: bool = False
    # "Tell me more about the second one", "and the third?": the whole story of a wine shown, not
    # one fact of it ("how much is the first one?", "is it oaky?").
    more_about: bool = False
    # One fact of a wine shown: "what vintage is the first one?" ("vintage"), "where is the
    # second one from?" ("origin"), "who makes it?" ("producer").
    fact_asked: str | None = None
    origin_asked: str = ""  # "Is it Croatian?": the place asked of a wine shown ("Croatia"), answered yes or no
    kind_asked: str = ""  # "Is the first one a Franciacorta?": the wine's name asked of it ("franciacorta")
    # "Is the fish served whole?", "does the fondue come with potatoes?": asked of the food, not the wine
    # (set in the conversation, when the dish is the one talked about).
    asked_of_the_food: bool = False
    closing: bool = False  # "thanks, that's all": the whole message closes the conversation
    for_the_staff: bool = False  # "more bread please", "where is the bathroom?": not for the sommelier
    alcohol_free: bool = False  # "I'm pregnant, anything non-alcoholic?", "designated driver: alcohol-free?"
    diet: str | None = None  # "vegan" or "vegetarian": "we're vegan, what do you recommend?"
    no_food: bool = False  # "just a glass of red, no food", "sans plat": no dish, not the one talked about
    greeting: bool = False  # "hi", "hey how are you tonight": the whole message greets
    best_of_a_kind: bool = False  # "your best Pinot": the finest first, as for an occasion, none said
    general: bool = False  # "what do you recommend tonight?": about the list, not the dish before
    price_order: str | None = None  # "high" for "your most expensive red", "low" for "the cheapest"
    # "Fine, 8 then", "ok 60?", "50?": a number and nothing else is the budget.
    amount_alone: Decimal | None = None
    # "40 not 50": the amount ``amount_alone`` corrects; a budget only when it was the budget
    # ("6 not 8" after "for 8 people" is the party's size).
    corrects: Decimal | None = None
    superlative: Superlative | None = None  # "which is the driest?"
    occasion: bool = False  # "it's our anniversary", "something special"
    # "Just one bottle for both", "a wine that goes with everything": one wine for all the dishes,
    # the one that serves the dish it suits least best (said with the dishes the first time, that
    # bottle leads and a wine for each may follow; said again, no wine for each).
    one_for_all: bool = False
    # "A glass each", "un verre chacun": each diner their own wine for their own dish, no wine
    # across both.
    each_their_own: bool = False
    house_wine: bool = False  # "what's the house wine?", "your house red?", "vino della casa?"
    popular: bool = False  # "what's most popular?", "what do people usually order with the duck?"
    # "Is the second one available by the glass?", "the first one, by the glass?": whether a wine
    # shown is poured by the glass, not a search for glasses.
    glass_asked: bool = False
    # "Which would you choose?", "lei quale sceglierebbe?", "which would go better with the sole?": of
    # the wines shown, the sommelier's own, the best match first.
    your_choice: bool = False
    # "Would it work with the schnitzel?", "does the second one go with the venison?": whether a
    # wine (pointed at or named) suits a dish, asked yes or no.
    fit_asked: bool = False
    # "Is the second one too light for the lamb?": the fault feared, as said (``fit_worry``).
    fit_worry: str = ""


# Relative to the wines just shown: "lighter", "something bolder", "another like the second".
_LIGHTER = re.compile(
    # Not "nothing too tannic", "not too heavy": a style asked, not a step lighter than the wines shown.
    r"\b(?:lighter|(?:less|(?<!nothing )(?<!not )(?<!nicht )too) (?:heavy|full|big|bold|rich|strong|tannic)|"
    # "Der erste ist mir zu schwer", "trop lourd", "troppo pesante", "demasiado pesado".
    r"(?<!nicht )zu schwer|(?<!pas )trop lourds?|(?<!non )troppo pesant[ei]|demasiado pesados?|muito pesados?|not (?:so|as) (?:heavy|big|full|rich|bold)|"
    r"more delicate|softer|plus leger|piu leggero|mas ligero|leichter(?:e[snr]?)?|weniger schwer|mais leve|"
    r"menos pesad[oa]|meno pesante|moins lourd)\b"
    # "A touch lighter in alcohol": less alcohol (a style), not a lighter body.
    r"(?!\s+(?:in|on) (?:the )?(?:alcohol|abv))"
)
# "Die Sauce ist mir zu schwer", "the sauce is too heavy": the food, not the wines shown.
_FOOD_TOO_HEAVY = re.compile(
    r"\b(?:sauce|sosse|plat|dish|piatto|essen|gericht|meal|food|comida|plato|salsa)\b[^.?!]{0,20}"
    r"\b(?:zu schwer|trop lourde?|troppo pesant[ei]|demasiado pesad[oa]|too (?:heavy|rich))"
)
_BOLDER = re.compile(
    r"\b(?:bolder|fuller|bigger|heavier|richer|stronger|"
    # Not "no more tannins please", "I don't want more tannin".
    r"(?<!\bno )(?<!\bnot )(?<!n't want )(?<!not want )"
    r"more (?:body|bodied|full|bold|robust|structure|power|weight|grip|tannins?|depth|heft)|"
    r"too (?:light|thin|weak|delicate)|kraftiger(?:e[snr]?)?|voller(?:e[snr]?)?|schwerer(?:e[snr]?)?|"
    r"something (?:with )?more (?:oomph|punch)|plus corse|plus de (?:corps|structure|matiere)|piu corposo|"
    r"piu (?:struttura|corpo|robusto)|mas (?:potente|cuerpo|estructura|robusto)|mehr (?:korper|struktur|kraft)|"
    r"mais (?:encorpado|corpo|potente|robusto)|plus ample)\b"
)
_ORDINALS: Final = {
    "first": 1, "1st": 1, "one": 1, "second": 2, "2nd": 2, "two": 2, "third": 3, "3rd": 3, "three": 3,
    "premier": 1, "premiere": 1, "deuxieme": 2, "troisieme": 3, "primo": 1, "prima": 1,
    "secondo": 2, "seconda": 2, "terzo": 3, "terza": 3, "primero": 1, "primera": 1, "segundo": 2, "segunda": 2,
    "tercero": 3, "tercera": 3, "primeiro": 1, "primeira": 1, "terceiro": 3, "terceira": 3, "last": 3, "ersten": 1, "erste": 1, "zweiten": 2, "zweite": 2, "dritten": 3,
    "dritte": 3, "1er": 1, "1ere": 1, "1re": 1, "2e": 2, "2eme": 2, "3e": 3, "3eme": 3,
}  # fmt: skip
# The positions of the wines shown, as the regular expressions below read them (each word is a key
# of _ORDINALS): written once, so every reading knows the same words in every language.
_ENGLISH_ORDINALS: Final = "first|second|third|last|1st|2nd|3rd"
_FOREIGN_ORDINALS: Final = (
    "premier|premiere|deuxieme|troisieme|primo|prima|secondo|seconda|terzo|terza|primero|primera|segundo|segunda|"
    "tercero|tercera|primeir[oa]|terceir[oa]|ersten?|zweiten?|dritten?"
)
_SHORT_FRENCH_ORDINALS: Final = "1er|1ere|1re|2e|2eme|3e|3eme"
# A taste said after a verb ("est sucré", "è dolce", "ist süß"): how something tastes, no food named.
_TASTE_SAID = re.compile(
    rf"(?P<said>\b(?:is|are|est|sont|e|es|son|sono|ist|sind|c'est)\s+(?:(?:quite|very|really|a bit|rather|"
    rf"{_QUALIFIERS_ABROAD}|trop|troppo|demasiado|zu)\s+)*)"
    r"(?P<taste>sucree?s?|sweet|dolci?e?|dulces?|doces?|suss\w*|salee?s?|salat[oa]|salzig)\b"
)
_LIKE_PICK = re.compile(
    r"\b(?:like|similar to|in the style of|along the lines of|comme|come|como|parecido a|simile a?l?)\s+"
    r"(?:the |le |la |il |el |lo )?(?P<ordinal>" + _ENGLISH_ORDINALS + "|" + _FOREIGN_ORDINALS + r")\b"
)
# "Number 2", "option 3", "#1", "no. 2": a wine shown, counted as the answer listed them.
_NUMBERED = r"(?:(?:number|option)\s*(?P<numeral>[123]|one|two|three)|(?:no\.?|nr\.?|#)\s*(?P<digit>[123]))\b"
# A question about the wines just shown, or the diner choosing one of them.
_CHOSEN = re.compile(
    r"\b(?:(?:i|we)(?:'?ll| will| would like| want|'?d like)|let'?s|i'?m going|we'?re going)\s+"
    r"(?:to\s+)?(?:take|have|go (?:with|for)|order|try|get|do|grab)\b|"
    r"\b(?:je prends|on prend|prendo|prendiamo|me quedo con|ich nehme|wir nehmen|quero|queremos|vou querer|vamos querer|fico com|ficamos com)\b|"
    # "We'd like the Sancerre", "two glasses of the second please": the wine itself, no verb.
    r"\b(?:i|we)(?:'?d| would) like (?:the|that|this)\b|"
    r"\b(?:bottle|glass|glasses|carafe) of (?:the (?:first|second|third|last|1st|2nd|3rd)|that one|this one)\b|"
    r"\b(?:bottles?|glass(?:es)?|carafe|copas?|botellas?|bottiglia|bottiglie|calic[ei]|bicchier[ei]|bouteilles?|"
    r"verres?|flaschen?|glas|glaser) (?:of|de|di|von) (?:that|this|ese|esa|este|esta|quello|quella|questo|questa|"
    r"celui-la|celle-la|celui-ci|dem|diesem|davon)(?: one| wine)?\W*(?:please|pls|por favor|per favore|s'il vous plait|"
    r"svp|bitte|then|for the table|per il tavolo|pour la table|para la mesa)?\W*$|"
    r"\b(?:on|je|nous) (?:le|la) prend(?:s|ons)?\b|\b(?:lo|la) (?:prendo|prendiamo|tomamos|tomo|pedimos|pido)\b|"
    # "Una bottiglia del secondo", "une bouteille du premier", "una copa del tercero".
    r"\b(?:bottigli[ae]|bicchier[ei]|calic[ei]|botellas?|copas?|bouteilles?|verres?|flaschen?|glas|glaser)\s+"
    r"(?:del|della|dello|du|des|vom)\s+"
    r"(?:" + _FOREIGN_ORDINALS + r")\b(?!\s+cru)"
)
# "Ok the second one", "the first please": a wine shown, named by its place alone, is chosen.
_CHOSEN_ALONE = re.compile(
    r"\W*(?:(?:ok(?:ay)?|yes|yeah|yep|great|perfect|fine|right|sure|lovely|alright|go on|hmm+|then|sold|lol|haha|"
    r"(?:i|we) think)\W+)*"
    # "The second one", "that one", "number 2", "option 3", "#1": a wine shown, by where it stood.
    r"(?:(?:the\s+)?(?:first|second|third|last|1st|2nd|3rd)(?:\s+(?:one|wine|bottle))?|(?:that|this) one|"
    + _NUMBERED
    + r"|"
    r"(?:le|il|el|den)\s+(?:" + _FOREIGN_ORDINALS + r"))"
    r"(?:\W+(?:please|pls|then|it is|thanks|thank you|that'?s all|that'?s it|cheers|merci|grazie|gracias|danke|for us|"
    r"for me|(?:sounds|looks|is) (?:good|great|perfect|lovely|nice)|"
    r"va (?:bene|benissimo)|per favore|por favor|s'?il vous plait|bitte))*\W*"
)


def _chosen(folded: str) -> bool:
    if _PRICE_OF_IT.search(folded):
        return False  # "how much is a glass of the first?" asks its price; it orders nothing
    return bool(_CHOSEN.search(folded) or _CHOSEN_ALONE.fullmatch(folded))


_PRICE_OF_IT = re.compile(
    r"^\W*(?:and\s+)?(?:how much|what(?:'?s| is| does)(?: the)? (?:price|cost)|combien|cuanto|quanto|wie ?viel|was kostet)\b"
)


_CLOSING = re.compile(
    r"(?:(?:ok(?:ay)?|great|perfect|lovely|wonderful|brilliant|super|awesome|cool|sounds good|that'?s (?:great|perfect|"
    r"all|it)|that is all|all good|we'?re good|i'?m good|nothing else|no more|parfait|super|perfetto|perfecto|genial|"
    r"thanks?|thank you|thank u|thx|thnx|thanx|tx|ty|cheers(?: mate)?|many thanks|thanks a lot|"
    r"(?:thanks|thank you) (?:so|very) much|merci(?: beaucoup)?|c'?est parfait|grazie(?: mille)?|(?:muchas )?gracias|"
    r"danke(?: schon| sehr)?|vielen dank|das war'?s|"
    # The same in the restaurant's other languages: "c'est tout pour nous", "è tutto", "obrigado, até à próxima".
    r"c'?est tout(?: pour (?:nous|moi|ce soir))?|ce sera tout|rien d'?autre|tres bien|d'?accord|bonne soiree|"
    r"e tutto|basta cosi|nient'?altro|va bene|ottimo|buona serata|eso es todo|es todo|nada mas|vale|muy bien|"
    r"das ist alles|das war es|das wars|perfekt|prima|wunderbar|schonen abend|"
    r"(?:muito )?obrigad[oa]|e tudo|perfeito|otimo|ate (?:a )?(?:proxima|logo)|tchau|"
    # What is said on the way out: "we'll think about it", "enjoy your evening".
    r"we'?ll think about it|(?:enjoy|have) (?:a|your) (?:good |nice |great |lovely )?(?:evening|night)|"
    r"bye|goodbye|bye bye|ciao|tschuss|adios|au revoir|a bientot|arrivederci|mate|"
    r"no thanks?|no thank you|(?:we'?re|i'?m) (?:fine|all set|sorted)|(?:muy )?amable|thnks|thks|yum(?:my)?|"
    r"that'?s all (?:we|i) (?:need|needed|wanted))[\s!.,;:)]*)+"
    r"(?:(?:for (?:the|your|all the) (?:help|advice|suggestions?|recommendations?))[\s!.,;:)]*)?"
)
# A drink with no alcohol, asked for: a list may have an alcohol-free wine; if not, the bar has the rest.
_ALCOHOL_FREE_ASKED = re.compile(rf"\b(?:{ALCOHOL_FREE_WORDS}|no[- ]alcohol|zero[- ]alcohol)\b|{ALCOHOL_FREE_FIGURE}")
# What a list of wines has nothing for: the server's other drinks.
_NON_WINE = r"mocktails?|soft drinks?|juices?|sodas?"
# What only the floor staff can help with: the room, the bill, the kitchen's timing.
_FOR_THE_STAFF = re.compile(
    r"\b(?:bathroom|restroom|toilets?|loo|lavatory|washroom|ladies room|mens room|wc|toilette|bagno|bano|aseos?|"
    r"wi-?fi|password|parking|valet|coat check|high chair|booster seat|(?:the|our|a) (?:bill|check|cheque)|"
    # "Napkins for the table", "can we move table?", not "two bottles for the table".
    r"(?<!bottles for )(?<!bottle for )(?<!wines for )(?<!wine for )(?<!glasses for )(?<!something for )"
    r"(?:the|our|a) table|"
    r"(?:the|our) (?:food|order|mains?|starters?) (?:is|are|has|have)|how long (?:for|until|till) (?:the|our)|"
    r"l'?addition|il conto|la cuenta|die rechnung|zahlen bitte|" + _NON_WINE + r")\b"
)
# A message that only greets: "hi", "hey how are you tonight", "good evening", "bonsoir".
_GREETING = re.compile(
    r"(?:(?:hi|hello|hey|hiya|howdy|yo|good (?:evening|afternoon|morning|day)|evening|g'?day|bonjour|bonsoir|salut|"
    r"buongiorno|buonasera|hola|buenas(?: noches| tardes)?|guten (?:abend|tag)|hallo|servus|gruss gott|there|"
    r"how are (?:you|ya|u)(?: doing)?(?: tonight| today| this evening)?|how'?s it going|how are things|"
    r"what'?s up|sup|nice to meet you|mate|folks|all)\s*)+"
)
# Around an order for the waiter: "and a coffee after, thanks" is a goodbye.
_ORDER_GLUE: Final = frozenset(word_list("and, then, also, after, afterwards, later, please, pls, for, us, me, too"))


def _plain_words(folded: str) -> list[str]:
    """The words of a message, its punctuation gone: what a whole-message pattern is matched on."""
    return re.sub(r"[^\w\s']+", " ", folded).split()


def _closing(folded: str) -> bool:
    """Thanks and goodbyes, with any order for the waiter said beside them."""
    without_order = _WAITER_ORDER.sub(" ", folded)
    words = _plain_words(without_order)
    if without_order != folded:
        words = [word for word in words if word not in _ORDER_GLUE]
    return bool(_CLOSING.fullmatch(" ".join(words)))


# "What's the glass price on that?", "how much for that one?"; "how much a bottle?" after a glass.
_PRICE_OF_THAT = (
    r"\b(?:price|prices|cost|how much)\b[\w\s]{0,20}?\b(?:on|of|for) (?:that|this|it)(?: one| wine| bottle)?\b|"
    r"^\W*(?:and\s+)?how much (?:is |for |would be |would )?(?:an?|the|per) (?:bottle|glass)\W*$"
)
_PRICE_OF_THAT_ASKED = re.compile(_PRICE_OF_THAT)
_ABOUT_SHOWN = re.compile(
    rf"{_PRICE_OF_THAT}|"
    r"\b(?:difference|differences|differ|differenza|diferencia|diferenca|unterschied|compare|comparison|versus|vs|"
    r"tell me (?:more )?about|more about|"
    # "How much is a glass of the first?": a wine shown, by the glass.
    r"(?:a )?glass of the (?:first|second|third|last|1st|2nd|3rd)\b|"
    r"who (?:makes|made|produces)|where(?:'?s| is) (?:the|it|that|this)|"
    r"describe|which|better|what(?:'?s| is| are| was| were) (?:the|they)|(?:taste|try|sample) (?:of )?(?:the|it|that|this)|"
    r"(?:is|are|does|do|would|will|could|can|should|how(?:'s| is)?) (?:the|they|both|it|that|this)|"
    r"\bdecant(?:ed|ing)? (?:it|them|the|that|this)\b|"
    # "How long was the first one on its skins?", "has the second seen oak?".
    r"\b(?:was|were|has|had|did) the (?:first|second|third|1st|2nd|3rd)\b|\b(?:has|did) it\b|"
    r"ist (?:der|die|das|er|sie|es)|est[- ]il|est[- ]ce|com'e|comment est|como es|que tal es|"
    r"wie schmeckt|schmeckt (?:der|die|das)|como e o|a quoi ressemble|"
    # "Woher kommt der erste?", "d'où vient le deuxième ?", "da dove viene il secondo?".
    r"(?:kommt|stammt|vient|viene) (?:der|die|das|le|la|il|el) (?:" + _FOREIGN_ORDINALS + r"))\b|"
    # "¿De qué uva es el segundo?", "quel millésime est le premier ?": asked of it, named last.
    r"\b(?:es|e|est|ist|is)\s+(?:el|la|il|le|der|die|das|the)\s+(?:"
    + _FOREIGN_ORDINALS
    + "|"
    + _ENGLISH_ORDINALS
    + r")"
    r"(?:\s+(?:one|wine|vino|vin|wein))?\s*\?\W*$|"
    # "Vintage on the 2nd?", "price of the third?", "what grapes are in the second one?": one fact
    # of a wine shown, asked in passing.
    r"\b(?:vintage|year|price|grapes?|region|producer|abv|alcohol|origin)\s+(?:(?:are|is|'s)\s+)?(?:on|of|for|in)\s+(?:the\s+)?"
    r"(?:first|second|third|last|1st|2nd|3rd)(?:\s+(?:one|wine|bottle))?\W*$|"
    # "Le deuxième est boisé ?", "il secondo è secco?", "el tercero es caro?", "der zweite ist trocken?".
    r"\b(?:le|la|il|el|lo|o|der|die|das)\s+(?:" + _FOREIGN_ORDINALS + "|" + _SHORT_FRENCH_ORDINALS + r")"
    r"(?:\s+(?:vin|vino|wein))?\s+"
    r"(?:est|e|es|ist|c'?est|sont|tiene|lleva|ha|a|hat|fait|passe|se sirve|si serve|se sert|wird|"
    # "Le deuxième vient d'où ?", not "il secondo viene con le patate" (the main course).
    r"vient d'?ou|viene de donde|viene da dove|vem de onde|kommt woher|stammt woher)\b|"
    # "The 1st one, oaked?", "2nd one - dry or a bit sweet?", "le 2e, il passe en fût ?", "il secondo,
    # è secco?": a wine shown, named first, then one short thing asked of it, and nothing else asked
    # ("the second one's too pricey, something cheaper?" asks for another wine).
    r"^\W*(?:(?:and|et|e|y|und)\s+)?(?:(?:the|le|la|il|el|der|die|das)\s+(?:first|second|third|last|"
    + _FOREIGN_ORDINALS
    + r")|(?:(?:the|le|la|il|el|der|die|das)\s+)?(?:1st|2nd|3rd|"
    + _SHORT_FRENCH_ORDINALS
    + r")"
    r"|(?:first|second|third|last)\s+(?:one|wine|bottle))"
    r"(?:\s+(?:one|wine|bottle|vin|vino|wein))?"
    # "Y el tercero de qué añada es?": a question word straight after it asks of it too.
    r"(?:\s*[,:;-]|'?s\b|\s+(?=(?:de |di |von )?(?:que|quel|quelle|what|which|che|quale|welche[rsnm]?|wie|how)\b))"
    r"(?![^?]*\b(?:something|anything|any|else|other|another|instead|cheaper|pricier|under|below|over|less|more|"
    r"qualcosa|quelque|algo|etwas|autre|altro|otro)\b)[^?.!]{1,40}\?\W*$|"
    # "The 1st one how much by the glass", "2nd one what grape": typed with no question mark.
    r"^\W*(?:the\s+(?:first|second|third|last|1st|2nd|3rd)(?:\s+one)?|(?:first|second|third|last)\s+one|"
    r"(?:1st|2nd|3rd)(?:\s+one)?)\s+(?:how|what|whats|what'?s|where|who|which)\b(?![^?]*\b(?:something|anything|else|other|another|instead|cheaper|pricier|under|below|over)\b)"
    r"[^?.!]{1,40}$|"
    # "And the first?", "what about the third one?", "et le 2e ?": the next wine asked about, after one was.
    r"^\W*(?:and|et|e|y|und|(?:and )?(?:what|how) about)\s+(?:(?:the|le|la|il|el|der|die|das)\s+)?"
    r"(?:" + _ENGLISH_ORDINALS + "|" + _SHORT_FRENCH_ORDINALS + "|" + _FOREIGN_ORDINALS + r")"
    r"(?:\s+(?:one|wine|bottle))?\W*$|"
    # "Il a quel âge, le premier ?", "le plus terreux des deux premiers ?": asked of it, named last.
    r",\s*(?:the|le|la|il|el|der|die|das|o)\s+(?:" + _ENGLISH_ORDINALS + "|" + _FOREIGN_ORDINALS + r")"
    r"(?:\s+one)?\s*\?\W*$|\b(?:of the|between the|des|de los|de las|dei|delle|der|dos)\s+(?:"
    r"first two|first 2|deux premiers|dos primeros|primi due|prime due|ersten beiden|dois primeiros"
    r")\s*\?\W*$|^\W*(?:e|es|c'?est|il est|elle est)\s+(?:secc[oa]|sec(?:a|o)?|seche|dolce|dulce|doux|douce|sucree?|leggero|leggera|ligero|ligera|leger|legere|corposo|corposa|corsee?|fruttato|afrutado|fruitee?|tannico|tanico|tannique|boisee?|barricato|caro|cara|barato|barata|cher|chere|buono|bueno|bon)\W*$"
)
_FACTS_ASKED: Final = (
    (
        "vintage",
        # Not "is it a vintage port / champagne?": a style, not a year.
        re.compile(
            r"\b(?:vintage(?! port| champagne| cava| sparkling)|what year|which year|how old|annee|millesime|annata|"
            r"quel age|quanti anni|que edad|wie alt|"
            r"anada|cosecha|jahrgang)\b"
        ),
    ),
    (
        "origin",
        re.compile(
            r"\bwhere\b.*\b(?:from|made|grown)\b|\b(?:what|which) (?:region|country|area)\b|\bde que (?:region|regiao)\b|"
            r"\bd'?ou (?:vient|est)\b|\b(?:vient|viene|vem|kommt) d'?ou\b|\bvient d'ou\b|\bde donde\b|\bda dove\b|"
            r"\bde onde\b|\bwoher\b"
        ),
    ),
    (
        "producer",
        re.compile(
            r"\bwho (?:makes|made|produces|is the (?:producer|winemaker|maker))\b|\bwhich (?:producer|winery)\b"
        ),
    ),
    (
        # "What's the grape in the first one?", "which grapes are in it?", "quel cépage ?", "che vitigno?"
        "grape",
        re.compile(
            r"\b(?:what|which)(?:'?s| is| are)? (?:the )?(?:grapes?|variet(?:y|ies|al)|varietals?|blend)\b|"
            r"\bwhat (?:is it|are they|is (?:the|that) (?:first|second|third|last|1st|2nd|3rd)(?: one)?) made (?:from|of)\b|"
            r"\bquels? (?:est le |sont les )?cepages?\b|\bche (?:vitign|uv)\w*\b|\bque (?:uvas?|variedad|castas?)\b|"
            r"\bqual (?:e a )?(?:uva|casta)\b|\bwelche (?:rebsorten?|traube)\b"
        ),
    ),
    (
        # "Is the first one ready to drink?", "does it need decanting?", "too young?"
        "readiness",
        re.compile(
            r"\bready (?:to drink|to open|now|yet)\b|\bdrinking (?:well|now)\b|\btoo young\b|\bdecant|"
            r"\bneeds? (?:more )?(?:time|age|aging|ageing|air)\b|\b(?:at|past) (?:its|it's) (?:peak|best)\b|"
            r"\bprêt a boire|\bpret a boire|\bpronto da bere|\blisto para beber|\btrinkreif\b"
        ),
    ),
)
# "Is it Croatian?", "is the second one French?": the place a wine shown comes from.
_ORIGIN_OF_IT = re.compile(
    r"\b(?:(?:is|are) (?:that one|this one|it|that|this|they|those|these|"
    r"(?:that|the) (?:first|second|third|last|other|1st|2nd|3rd|\w+) one)|"
    # "¿El segundo es portugués?", "il secondo è italiano?", "le premier est français ?".
    r"(?:el|il|le|la|der|das) (?:" + _FOREIGN_ORDINALS + r")(?: (?:vino|vin|wein))? (?:es|e|est|ist))"
    r" (?:an? |from |de |di |aus |un |una |uno |une |ein |eine |um |uma )?(?P<place>[a-z]+(?: [a-z]+)?)(?: (?:wine|one))?"
    r"\s*[?!.]*\s*$"
)
_TELL_MORE = re.compile(
    r"\b(?:tell me|more about|more (?:info|information|details)|describe|what(?:'?s| is) (?:it|that|this|the \w+"
    r"(?: one| wine)?) like|what about|how about|and the|know more)\b"
)
# "Which would you pick?", "which of those is better with the lamb?": one of all the wines shown.
_ABOUT_WHICH = re.compile(
    r"\bwhich (?:one|ones|of (?:them|those|these|the (?:two|three|wines))|would|will|goes|go|do you|is (?:the )?better|"
    r"is best)\b"
)
# The first two wines shown, in the restaurants' languages.
_FIRST_TWO: Final = tuple(
    word_list(
        "first two, first 2, top two, both, primi due, prime due, deux premiers, dos primeros, ersten beiden, "
        "ersten zwei, dois primeiros"
    )
)
_SHOWN_POSITIONS = re.compile(
    # "First time here" is no wine.
    r"\b(?:(?:the\s+|i\s+|le\s+|les\s+|los\s+|die\s+|os\s+)?(?P<which>" + "|".join(_FIRST_TWO) + r"|"
    r"first(?! time)|1st|second(?! time)|2nd|third|3rd|"
    r"last(?! (?:time|night|week|weekend|month|year|summer|winter|spring|autumn|fall|visit|trip|christmas|orders?)\b))|"
    # In the restaurant's other languages only with the article: "le premier", "il secondo" (a
    # "Premier Cru" or a wine called "Primo" is no position).
    r"(?:le|la|il|el|lo|o|do|den|die|das|der|del|della|dello|du|des|vom)\s+(?P<foreign>" + _FOREIGN_ORDINALS + "|"
    # "Le 2e, il passe en fût ?", not "le 1er mai" nor "le 3e plat".
    r"(?:" + _SHORT_FRENCH_ORDINALS + r")(?=\s*(?:[,?!.:;]|$|est\b|c'?est\b|il\b|elle\b|vin\b|sont\b)))"
    r"(?!\s+(?:cru|prato|plato|piatto|plat|course|gang)\b))"
    r"(?:\s+(?:one|ones|wine|wines|bottle|two))?\b|" + _NUMBERED
)


# "Which is bolder, the 1st or the 2nd?", "el primero o el segundo, ¿cuál es más afrutado?": two
# wines shown set side by side, and asked which; not the courses ("per il primo o il secondo, un
# rosso?", "para el primero o el segundo plato") nor "a first or second growth".
_SIDE_BY_SIDE = re.compile(
    r"\b(?:" + _ENGLISH_ORDINALS + "|" + _FOREIGN_ORDINALS + r")(?:\s+one)?\s+(?:or|o|ou|oder)\s+"
    r"(?:(?:the|le|la|il|el|der|die|das|o)\s+)?(?:" + _ENGLISH_ORDINALS + "|" + _FOREIGN_ORDINALS + r")\b"
    r"(?!\s+(?:one\s+)?(?:plato|piatto|prato|plat|course|courses|growth|growths|cru|crus|gang|cheapest|dearest))"
)
_WHICH_OF_THEM = re.compile(
    r"\b(?:which|what'?s|cual|quale|qual|lequel|laquelle|welche[rsn]?|mejor|meglio|better|meilleur|mieux)\b|"
    r"\b(?:more|less|mas|piu|plus|moins|mehr|weniger)\s+\w+|\b\w+er than\b"
)


def _set_side_by_side(folded: str) -> bool:
    return bool(_SIDE_BY_SIDE.search(folded) and _WHICH_OF_THEM.search(folded))


# "Is it sweet?", "are they oaky?": the wine talked about, or all the wines just shown.
_ABOUT_IT = re.compile(
    r"\b(?:is|does|would|will|was|has|did|how(?:'s| is| does)?|what(?:'s| is)|tell me (?:more )?about|"
    r"who (?:makes|made|produces)|where(?:'?s| is)) (?:it|that|this)"
    r"(?: one| wine| bottle)?\b|\bis it\b|^\W*(?:(?:yes|yeah|ok(?:ay)?|sure)\W+)*(?:that|this) one\b|"
    r"\b(?:take|have|order|try|go (?:with|for)|prends|prendo|me quedo con) (?:it|that|this|le|la|lo)(?: one| wine| bottle)?\b|"
    # "A bottle of that", "a glass of that please", "dos copas de ese", "una bottiglia di quello",
    # "une bouteille de celui-là", "on le prend": the wine in focus, ordered.
    r"\b(?:bottles?|glass(?:es)?|carafe|copas?|botellas?|bottiglia|bottiglie|calic[ei]|bicchier[ei]|bouteilles?|"
    r"verres?|flaschen?|glas|glaser) (?:of|de|di|von) (?:that|this|it|ese|esa|este|esta|eso|quello|quella|questo|"
    r"questa|celui-la|celle-la|celui-ci|celui la|dem|diesem|davon)(?: one| wine| bottle)?\b|"
    r"\b(?:on|je|nous) (?:le|la) prend(?:s|ons)?\b|\b(?:lo|la) (?:prendo|prendiamo|tomamos|tomo|pedimos|pido)\b|"
    rf"{_PRICE_OF_THAT}|"
    # The restaurant's languages: "ist der trocken?", "est-il sec ?", "è secco?", "¿es seco?".
    r"^\W*(?:ist (?:der|die|das|er|sie|es)|est[- ]il|est[- ]ce qu'?il est)\b|^\W*(?:e|es|c'?est|il est|elle est)\s+(?:secc[oa]|sec(?:a|o)?|seche|dolce|dulce|doux|douce|sucree?|leggero|leggera|ligero|ligera|leger|legere|corposo|corposa|corsee?|fruttato|afrutado|fruitee?|tannico|tanico|tannique|boisee?|barricato|caro|cara|barato|barata|cher|chere|buono|bueno|bon)\W*$"
)
# "What's the difference between them?", "how do those compare?".
_BETWEEN_THEM = re.compile(
    r"\b(?:between|of|compare) (?:them|those|these|the two|the three)\b|\b(?:them|those|these) compare\b"
)
_ABOUT_THEY = re.compile(r"\b(?:are|do|would|will|were|how (?:are|do)) (?:they|these|those)(?: ones| wines)?\b")
FOCUS = -1  # a position that means the wine in focus: "it"
OTHERS = -2  # the wines shown but the one in focus: "and the other two?" after "tell me about the first"
TALKED = -3  # the wines the last answer was about: "and the cheaper of the two?" after two compared
# "Of the two", "des deux", "de los dos", "dei due", "von beiden", "dos dois": the pair just talked about.
_OF_THE_TWO = re.compile(
    r"\b(?:of (?:the|those|these) two|des deux|de (?:los|las|estos|estas) dos|(?:dei|delle|tra i|fra i|tra le|fra le) due|"
    r"(?:von )?(?:den )?beiden|(?:dos|das) (?:dois|duas))\b"
)
# "And the other two?", "what about the others?", "tell me about the rest".
_THE_OTHERS = r"the (?:other (?:two|2|three|3|ones?|wines?|bottles?)|others|rest(?! of (?!them))(?: of them)?)"
_ABOUT_OTHERS = re.compile(
    rf"^\W*(?:and\s+|(?:and\s+)?(?:what|how)\s+about\s+)?{_THE_OTHERS}\W*$|"
    rf"\b(?:tell me (?:more )?about|describe|what(?:'?s| is| are)|how (?:are|is)) {_THE_OTHERS}(?:\s+like)?\W*$"
)


@dataclass(frozen=True)
class Superlative:
    """ "Which is the driest?": the wine shown that is most so, by one attribute of its profile."""

    word: str  # as the answer says it: "driest", "lightest"
    attribute: str  # a WineProfile attribute
    direction: int  # +1 the most, -1 the least
    style: str | None  # the style asked for when no wine has been shown yet ("your driest white")


# "Le plus sec", "il più leggero", "el más seco", "o mais leve": the article makes the comparative a
# superlative in the restaurants' languages (German has its own: "der trockenste").
# Each language's article before its own word ("il y a plus léger ?" is no superlative, nor is
# "algo más seco o más ligero"), and "which" before a comparative: "lequel est plus sec ?".
_THE_MOST = (
    r"(?:(?:le|la|lequel|laquelle|quel|quelle)(?: est)? plus|(?:il|la|lo|quello|quella|quale?)(?: e)? piu|"
    r"(?:el|la|lo|cual)(?: es)? mas|(?:o|qual(?: e)?(?: o)?) mais)"
)
_THE_LEAST = (
    r"(?:(?:le|la|lequel|laquelle|quel|quelle)(?: est)? moins|(?:il|la|lo|quello|quella|quale?)(?: e)? meno|"
    r"(?:el|la|lo|cual)(?: es)? menos|(?:o|qual(?: e)?(?: o)?) menos)"
)
# "Welcher ist trockener?", "welcher von beiden ist leichter?": German asks the comparative.
_WHICH_DE = r"welche[rs]?(?: (?:ist|sind|davon|von den beiden|von beiden|von denen))*(?: (?:der|die|das|am))? "
# "Of the two", "of those three": the wines just shown.
_OF_THE_SHOWN = r"of (?:the|those|these)(?: (?:two|three|2|3))?(?: (?:ones|wines|bottles))?\b"
_SUPERLATIVES: Final = (
    (
        rf"driest|least sweet|{_THE_MOST} (?:secs?|secc[oa]|sec[oa])|{_THE_LEAST} (?:sucree?|doux|dolce|dulce|doce)|"
        rf"trockenste[nr]?|{_WHICH_DE}trockener\w*",
        Superlative("driest", "sweetness", -1, "dry"),
    ),
    (
        rf"sweetest|{_THE_MOST} (?:doux|sucree?|dolce|dulce|doce)|susseste[nr]?",
        Superlative("sweetest", "sweetness", 1, None),
    ),
    (
        rf"lightest(?:[- ]bodied)?|least (?:heavy|full)|{_THE_MOST} (?:legere?|legger[oa]|liger[oa]|leve)|"
        rf"leichteste[nr]?|{_WHICH_DE}leichter\w*",
        Superlative("lightest", "body", -1, "light"),
    ),
    (
        r"fullest(?:[- ]bodied)?|most full[- ]bodied|boldest|biggest|heaviest|richest|strongest|most powerful|"
        rf"{_THE_MOST} (?:corsee?|ample|puissante?|corpos[oa]|potente|robust[oa]|encorpad[oa])|"
        rf"el (?:que tiene |con )mas cuerpo|kraftigste[nr]?|vollste[nr]?|{_WHICH_DE}(?:kraftiger|voller|schwerer)\w*",
        Superlative("fullest", "body", 1, "full-bodied"),
    ),
    (
        rf"crispest|zippiest|zingiest|most acidic|freshest|{_THE_MOST} (?:vif|vive|frais|fraiche|fresc[oa]|acid[oa]|acide)|"
        rf"frischeste[nr]?|{_WHICH_DE}frischer\w*",
        Superlative("crispest", "acidity", 1, "crisp"),
    ),
    (
        rf"softest|smoothest|silkiest|least tannic|{_THE_MOST} (?:souple|morbid[oa]|suave|maci[oa])|"
        rf"{_THE_LEAST} (?:tannique|tannic[oa]|tanic[oa])|weichste[nr]?|{_WHICH_DE}weicher\w*",
        Superlative("softest", "tannin", -1, "smooth"),
    ),
    (
        rf"most tannic|grippiest|{_THE_MOST} (?:tannique|tannic[oa]|tanic[oa]|structuree?|strutturat[oa]|"
        r"estructurad[oa]|estruturad[oa])",
        Superlative("most tannic", "tannin", 1, "tannic"),
    ),
    (
        rf"oakiest|most oak(?:y|ed)|{_THE_MOST} (?:boisee?|legnos[oa]|barricat[oa])|holzigste[nr]?",
        Superlative("oakiest", "oak", 1, "oaky"),
    ),
    (
        rf"least oak(?:y|ed)|{_THE_LEAST} (?:boisee?|legnos[oa]|barricat[oa])",
        Superlative("least oaky", "oak", -1, "unoaked"),
    ),
    # "Which is older, the first or the second?": by vintage, not by profile.
    (r"oldest|most mature|plus vieux|mas viejo|piu vecchio", Superlative("oldest", "vintage", -1, None)),
    (r"youngest|newest|plus jeune|mas joven|piu giovane", Superlative("youngest", "vintage", 1, None)),
    # "Which of those is cheapest?": of the wines shown, never the list's cheapest (that is "your
    # cheapest red", a price order). Only asked as "which" ("which is more tannic?" is no price).
    (
        r"(?<=which )(?:(?:one|wine|bottle|of (?:them|those|these|the (?:two|three)))\s)?(?:is|'s|s|would be)\s"
        r"(?:the\s)?(?:cheapest|least expensive|less expensive|most affordable|cheaper)|"
        r"(?<=which )(?:(?:one|wine|bottle|of (?:them|those|these|the (?:two|three)))\s)?costs? (?:the )?(?:less|least)|"
        r"(?:lequel|laquelle)(?: est)? (?:le |la )?moins cher|cual(?: es)? (?:el )?mas barato|"
        r"quale?(?: e)? (?:il )?(?:piu economico|meno caro)|welche[rs]? ist (?:am )?(?:gunstigsten|billigsten)|"
        # "And the cheaper of the two?", "le moins cher des deux", "el más barato de los dos".
        rf"(?:cheaper|cheapest|less expensive|least expensive) {_OF_THE_SHOWN}|"
        r"(?:le |la )?moins chere? des (?:deux|trois)|(?:el |la )?mas barat[oa] de (?:los|las) (?:dos|tres)|"
        r"(?:il |la )?(?:piu economic[oa]|meno car[oa]) (?:dei|delle|tra i|fra i|tra le|fra le) (?:due|tre)|"
        r"(?:der |die |das )?(?:gunstiger|billiger|gunstigst|billigst)e[nrs]? (?:von )?(?:den )?(?:beiden|dreien)|"
        r"(?:o |a )?mais barat[oa] (?:dos|das) (?:dois|duas|tres)",
        Superlative("cheapest", "price", -1, None),
    ),
    (
        r"(?<=which )(?:(?:one|wine|bottle|of (?:them|those|these|the (?:two|three)))\s)?(?:is|'s|s|would be)\s"
        r"(?:the\s)?(?:most expensive|more expensive|priciest|pricier|dearest|dearer)|"
        r"(?<=which )(?:(?:one|wine|bottle|of (?:them|those|these|the (?:two|three)))\s)?costs? (?:the )?(?:more|most)",
        Superlative("most expensive", "price", 1, None),
    ),
    # Of wines that all suit the dish, the one that costs least is the best value.
    (
        r"best value|(?:best|most) bang for (?:the|your|my|our) buck|best for the (?:price|money)|"
        r"best deal|mejor (?:precio|relacion calidad[- ]precio)|meilleur rapport qualite[- ]prix|"
        r"miglior rapporto qualita[- ]prezzo",
        Superlative("best value", "price", -1, None),
    ),
)
_SUPERLATIVE = re.compile(
    r"\b(?:" + "|".join(f"(?P<m{index}>{pattern})" for index, (pattern, _) in enumerate(_SUPERLATIVES)) + r")\b"
)


# "Which one is lighter?" of the wines shown is "which is the lightest?".
_WHICH_COMPARATIVE = re.compile(
    r"\bwhich(?: one| of (?:them|those|these|the two|the three))?(?: is|'s| s| would be)?(?: the)? "
    r"(?P<comparative>lighter|drier|less sweet|sweeter|fuller|bolder|bigger|heavier|richer|crisper|fresher|"
    r"softer|smoother|less tannic|more tannic|oakier|less oaky|older|younger)\b"
)
_COMPARATIVES: Final = {
    "lighter": "lightest", "drier": "driest", "less sweet": "driest", "sweeter": "sweetest", "fuller": "fullest",
    "bolder": "boldest", "bigger": "biggest", "heavier": "heaviest", "richer": "richest", "crisper": "crispest",
    "fresher": "freshest", "softer": "softest", "smoother": "smoothest", "less tannic": "least tannic",
    "more tannic": "most tannic", "oakier": "oakiest", "less oaky": "least oaky", "older": "oldest",
    "younger": "youngest",
}  # fmt: skip


def _superlative(folded: str) -> Superlative | None:
    match = _SUPERLATIVE.search(folded)
    if match is None and (comparative := _WHICH_COMPARATIVE.search(folded)):
        match = _SUPERLATIVE.search(_COMPARATIVES[comparative.group("comparative")])
    return _SUPERLATIVES[int((match.lastgroup or "m0")[1:])][1] if match else None


_GLASS_OF_SHOWN = re.compile(
    r"\b(?:is|are|does|do you (?:pour|serve|do|have|sell|offer)|can (?:we|i) (?:get|have|order)|"
    r"could (?:we|i) (?:get|have|order)) (?:the (?:first|second|third|last|1st|2nd|3rd)|it|that|this|they|those|these)"
    r"(?: one| wine| bottle)?(?: (?:available|poured|served|sold|also|too|offered))* by the glass\b|"
    r"^\W*(?:and\s+)?(?:the\s+)?(?:first|second|third|last|1st|2nd|3rd)(?:\s+one)?\W+(?:also\s+)?by the glass\W*$"
)


# "Il primo è la pasta, il secondo è l'agnello": the courses, each named by a food.
_COURSE_NAMED = re.compile(
    r"\b(?:il|la|le|el|der|die|das)\s+(?:primo|secondo|terzo|premier|deuxieme|primero|segundo|erste|zweite)\s+"
    r"(?:e|est|es|ist)\s+(?:(?:la|il|le|el|lo|l'|un|una|une|der|die|das|ein|eine|les|los|las|i|gli)\s*)?(?P<word>[a-z]+)"
)


# What a wine shown is asked to be, said last in a question: "¿el segundo es seco?" is no main
# course that is dried.
# How a wine shown is served, asked last: "¿el primero se sirve frío?", "is it served chilled?".
_SERVED_COLD: Final = "frio, fria, freddo, fredda, froid, froide, kalt, chilled, cold, fresco, fresca, frais, fraiche"
_ASKED_OF_IT_LAST = re.compile(r"\b(?:" + "|".join(word_list(_SERVED_COLD)) + r")\W*$")
_ASKED_OF_A_WINE: Final = frozenset(
    word_list(f"seco, seca, secco, secca, sec, seche, dulce, dolce, doux, douce, {_SERVED_COLD}")
)


def _names_a_course(folded: str) -> bool:
    """A course named by a food ("il secondo è l'agnello", "il secondo è fritto, che vino?"); not
    a wine shown asked of by a word that ends the question and also names a place or a kitchen
    ("¿el segundo es portugués?") or a style ("¿es seco?")."""
    for match in _COURSE_NAMED.finditer(folded):
        word = match.group("word")
        if not read_food(word).terms or _WINE_NAMES.fullmatch(word):
            continue
        asked_last = re.fullmatch(r"[\s?!.]*", folded[match.end() :]) is not None
        if asked_last and (word in _ASKED_OF_A_WINE or origins_asked(f"from {word}")):
            continue
        return True
    return False


def _about_picks(folded: str) -> tuple[int, ...]:
    """Positions of the wines just shown that the question is about or chooses (0: the last,
    ``FOCUS``: the one in focus)."""
    course = _names_a_course(folded)  # "il secondo" may be the main course, "cheese" the cheese course
    if _fit_asked(folded) and (
        named := (() if course else _positions_named(folded))
        or ((FOCUS,) if _FIT_OF_IT.search(folded) or _fit_worry(folded) else ())
    ):
        return named  # "le deuxième irait-il avec le schnitzel ?", "is it good with cheese too?"
    if course:
        return ()
    if _superlative(folded) and (not _SHOWN_POSITIONS.search(folded) or _WHICH_COMPARATIVE.search(folded)):
        # "Which is the driest?": of all the wines shown; "which is bolder, the 1st or the 2nd?":
        # of the two set side by side.
        compared = _positions_named(folded)
        if len(compared) > 1:
            return compared
        return (TALKED,) if _OF_THE_TWO.search(folded) else (1, 2, 3)
    if _ABOUT_OTHERS.search(folded):
        return (OTHERS,)
    if len(folded.split()) <= 8 and any(pattern.search(folded) for _, pattern in _FACTS_ASKED[:2]):
        # "¿Qué añada es?", "Welcher Jahrgang?", "e di che annata è?": a year or a place asked
        # with no "it" is still asked of the wine in focus, or of the one named.
        return _positions_named(folded) or (FOCUS,)
    if not (
        _ABOUT_SHOWN.search(folded)
        or _chosen(folded)
        or _GLASS_OF_SHOWN.search(folded)
        or _YOUR_CHOICE.search(folded)
        or _set_side_by_side(folded)
    ) or _LIKE_PICK.search(folded):
        return ()
    positions = list(_positions_named(folded))
    if not positions and _GLASS_OF_SHOWN.search(folded):
        positions = [1, 2, 3] if re.search(r"\b(?:they|those|these)\b", folded) else [FOCUS]
    elif not positions and (
        _ABOUT_THEY.search(folded)
        or _ABOUT_WHICH.search(folded)
        or _YOUR_CHOICE.search(folded)
        or _BETWEEN_THEM.search(folded)
    ):
        positions = [1, 2, 3]
    elif not positions and _ABOUT_IT.search(folded):
        positions = [FOCUS]
    return tuple(dict.fromkeys(positions))


def _positions_named(folded: str) -> tuple[int, ...]:
    """The positions of the wines shown that the words name: "the second", "les deux premiers"."""
    positions: list[int] = []
    for match in _SHOWN_POSITIONS.finditer(folded):
        which = match.group("which") or match.group("foreign")
        if which is None:
            numeral = match.group("numeral") or match.group("digit")
            positions.append(int(numeral) if numeral.isdigit() else _ORDINALS[numeral])
            continue
        if which in _FIRST_TWO:
            positions += [1, 2]
        else:
            positions.append(0 if which == "last" else _ORDINALS[which])
    return tuple(dict.fromkeys(positions))


def _pronoun_only(said: Said) -> bool:
    """Whether "it" or "they" is all that points at the wines shown, while the question asks
    for something new ("is it possible to have something cheaper?"): then it is not about them."""
    if said.about_picks not in ((FOCUS,), (1, 2, 3)) or said.superlative is not None:
        return False  # "which one is lighter?" compares the wines shown
    if said.chosen and not asks_something_new(replace(said, by_the_glass=None)):
        return False  # "a glass of that please": the wine in focus, ordered by the glass
    return asks_something_new(said)


def asks_something_new(said: Said) -> bool:
    """Whether the question asks for other wines than those shown: a price, a colour, a grape, a
    place, a refinement, a fresh start."""
    return bool(
        said.cheaper_than_previous or said.lighter or said.bolder or said.other or said.like_pick
        or said.max_price is not None or said.min_price is not None or (said.by_the_glass and not said.glass_asked)
        or said.colours - ({"dessert"} if said.sweet else set()) or said.refused_colours or said.grapes or said.refused_grapes or said.places or said.refused_places or said.appellations or said.refused_names
        or said.modest_price or said.any_price or said.any_colour or said.start_over or said.adding
        or said.general or said.price_order
    )  # fmt: skip


_OTHER = re.compile(
    r"\b(?:another|something else|anything else|other (?:options?|ones?|suggestions?|wines?)|different|any others|"
    # "More options?", "any more?", "more?": not "more about the first one", "one more glass".
    r"more (?:options|choices|suggestions|ideas|wines)|^\W*(?:and |got )?(?:any )?more(?=\W*$)|"
    # "Any other red?", "any other?": not "any other way to pay?", "some other glasses".
    r"(?:any|some|an?) other (?:reds?|whites?|roses?|sparkling|bubbl\w*|bottles?|orange)|any other(?=\W*$)|"
    r"a different|else|autre chose|un autre|une autre|autres|qualcos'?altro|un altro|altri|altre|otro|otra|otros|"
    r"otras|algo diferente|algun[oa]s? mas(?=\W*$)|algo mas(?=\W*$)|mas opciones|d'autres|"
    r"noch (?:was|etwas) anderes|andere\w*|"
    # "Something more interesting?", "surprise me", "less obvious": after wines were shown, others
    # than those (with none shown, "surprise me" is the house's picks, ``_GENERAL``).
    r"more (?:interesting|unusual|adventurous|exciting|original|unexpected)|less (?:obvious|predictable|classic)|"
    r"(?:something|anything) (?:unusual|adventurous|unexpected|out of the ordinary|off the beaten (?:track|path))|"
    r"off the beaten (?:track|path)|surprise me)\b"
)


_THE_OTHER_ONE = re.compile(r"\bthe other one\b")


# "Something a bit fruitier?", "crisper?", "a smoother red": more of a style than the wines shown,
# so other wines than those ("drier" and "lighter" have their own readings).
_STYLE_COMPARED = re.compile(
    r"\b(?:crisper|fresher|fruitier|smoother|silkier|earthier|spicier|juicier|drier|rounder|oakier|"
    r"more (?:mineral|minerally|aromatic|elegant|fruity|fruit|acidic|savoury|savory|complex|floral|acidity|oak|"
    r"structured|structure)|less (?:sweet|oak|oaky|acidic|acid|acidity)|not (?:too|so|that|bone) dry|"
    # "A touch sweeter?", "something with a bit of sweetness": off-dry, after dry wines.
    r"(?:touch|bit|little|tad|hint|shade) (?:sweeter|of sweetness))\b"
)
# The same in the restaurants' languages: "plus fruité ?", "meno dolce?", "¿más afrutado?",
# "mais mineral?", "fruchtiger?" (not "plus cher", "moins de 40": prices have their own readings).
_STYLE_COMPARED_ELSEWHERE = re.compile(
    r"\b(?:(?:plus|moins) (?:de |d'\s?)?(?:acidite|acide|fruitee?|mineral|frais|fraiche|vif|vive|aromatique|sec|"
    r"sucree?|doux|rond|boisee?|bois|barriquee?|tannique|tannins?|structuree?|souple|elegant|epice|charpentee?)|"
    r"(?:piu|meno) (?:di )?(?:acidita|acid[oa]|fruttat[oa]|minerale|fresc[oa]|aromatic[oa]|secc[oa]|dolce|rotond[oa]|"
    r"legno|legnos[oa]|barricat[oa]|tannic[oa]|tannini|strutturat[oa]|morbid[oa]|elegante|speziat[oa])|"
    r"(?:mas|menos) (?:acidez|acid[oa]|afrutad[oa]|mineral|fresc[oa]|aromatic[oa]|sec[oa]|dulce|redond[oa]|roble|"
    r"madera|tanic[oa]|taninos|estructurad[oa]|suave|elegante|especiad[oa])|"
    r"(?:mais|menos) (?:acidez|acid[oa]|frutad[oa]|mineral|fresc[oa]|aromatic[oa]|sec[oa]|doce|redond[oa]|madeira|"
    r"tanic[oa]|taninos|estruturad[oa]|suave|maci[oa]|elegante)|"
    r"weniger (?:holz|saure|sauer|suss\w*|tannin\w*|gerbstoff\w*)|mehr (?:holz|saure|frucht|tannin\w*)|"
    rf"{_german_comparative('fruchtig')}|{_german_comparative('mineralisch')}|{_german_comparative('frisch')}|"
    rf"{_german_comparative('aromatisch')}|{_german_comparative('trocken')}|{_german_comparative('rund')}|"
    rf"{_german_comparative('weich')}|{_german_comparative('holzig')}|{_german_comparative('elegant')}|"
    rf"{_german_comparative('strukturiert')}|{_german_comparative('suss')}|{_german_comparative('lieblich')}|"
    r"pas (?:trop|si) sec|non (?:troppo|cosi|tanto) secc[oa]|no (?:tan|muy|demasiado) sec[oa]|"
    r"nao (?:muito|tao|demasiado) sec[oa]|nicht (?:zu|so|allzu) trocken\w*)\b"
)


def _style_compared(folded: str) -> bool:
    """ "Fruitier?", "a smoother one": other wines, more of a style; not "which one is fruitier?",
    a question comparing the wines shown."""
    if _STYLE_COMPARED_ELSEWHERE.search(folded):
        # "Le deuxième est plus sec ?", "il secondo è più fresco del primo?": of the wines shown.
        return not _about_picks(folded)
    return bool(_STYLE_COMPARED.search(folded)) and not (_ABOUT_WHICH.search(folded) or _WHICH.search(folded))


_WHICH = re.compile(r"\bwhich\b|\bis (?:the|it|that)\b|\bare (?:they|those|these)\b")


_SENTENCES = re.compile(r"[.?!;]+")


def _others_apart(folded: str) -> bool:
    """Others asked in a sentence of its own, beside one naming a wine shown: "der erste ist mir zu
    schwer. Haben Sie etwas anderes?" (not "how is the second one different from the first?")."""
    clauses = [clause for clause in _SENTENCES.split(_THE_OTHER_ONE.sub(" ", folded)) if clause.strip()]
    return len(clauses) > 1 and any(_OTHER.search(clause) and not _SHOWN_POSITIONS.search(clause) for clause in clauses)


def _asks_for_others(folded: str) -> bool:
    """ "Any others?", "another one": wines not yet shown. "Not that one, the other one.. the 3rd"
    names a wine shown by its place instead; "der erste ist mir zu schwer. Haben Sie etwas anderes?"
    says why the first will not do, then asks for others."""
    if not _OTHER.search(folded):
        return False
    if _others_apart(folded):
        return True
    positions = [position for position in _about_picks(folded) if position > 0]
    return not positions or bool(_OTHER.search(_THE_OTHER_ONE.sub(" ", folded)))


# "Your best Pinot", "the best Barolo you have": the finest of that kind on the list (as for an
# occasion); "the best wine for the lamb" asks for the best match, read as any question is.
_BEST_OF_A_KIND = re.compile(
    r"\bbest\s+(?:" + _WINE_NAMES.pattern + r"|pinot|red|white|rose|champagne|bubbly|sparkling|fizz|bottle of \w+)"
    r"(?!\s+(?:for|with|to go|to pair|to match)\b)"
)
# The wine a restaurant pours as its own, asked for: "the house red", not "the Brick House red" (a
# producer), hence an article or the start before "house".
_HOUSE_WINE_ASKED = re.compile(
    r"(?:^|\b(?:the|your|a|our|any|what'?s|whats|le|du)\s+)house (?:wines?|reds?|whites?|rose|bubbly|sparkling|pour)\b|"
    r"\b(?:(?:vin|vino|tinto|rosso|rouge|blanco|bianco|blanc) (?:de la|della|de) (?:maison|casa)|vin maison|hauswein)\b"
)
_HOUSE_WINE_REFUSED = re.compile(
    r"\b(?:not|no|don'?t want|rather than|instead of|better than|other than)\s+(?:\w+\s+){0,2}$"
)
# How a list names its own pour: "Rosso della Casa", "house red; light and juicy", "a house pour".
HOUSE_WINE_NAMED: Final = re.compile(
    r"\b(?:house (?:wine|red|white|rose|sparkling|cuvee|pour)|(?:della|de la) (?:casa|maison)|vin de la maison|"
    r"hauswein)\b"
)


def _house_wine_asked(folded: str) -> bool:
    """ "What's the house wine?", not "I don't want the house wine, something better"."""
    asked = _HOUSE_WINE_ASKED.search(folded)
    return asked is not None and not _HOUSE_WINE_REFUSED.search(folded[max(0, asked.start() - 30) : asked.start()])


# "A glass each": each diner their own wine for their own dish (not "a glass each of the same").
_EACH_THEIR_OWN = re.compile(
    r"\b(?:(?:a|one) (?:glass|wine|bottle) (?:each|apiece|for each(?: of us)?)|one each|each (?:our|their) own|"
    r"(?:un|son) verre (?:chacun|chacune|par personne)|chacun (?:un|son) verre|una copa (?:cada uno|para cada uno)|"
    r"(?:un bicchiere|un calice) (?:a testa|ciascuno)|ein glas (?:fur )?jeden?)\b(?!\s+of\s+(?:the same|that|it|this))"
)
# One wine for every dish on the table; "for both of us" is the party, not the dishes.
_ONE_FOR_ALL = re.compile(
    r"\b(?:(?:just |only )?(?:one|a single|1|a|the same) (?:bottle|wine|red|white|rose)|one|something|a wine|"
    r"a bottle|a red|a white) (?:that )?(?:for|to go with|goes with|go with|works (?:with|for)|work (?:with|for)|"
    r"pairs with|suits|to share across|across|to cover) "
    r"(?:both(?! of us| \w+ and )(?: dishes)?|all (?:of )?(?:it|them|the dishes|our dishes)|everything(?! on it)|"
    r"the whole table|the table|the two dishes|all three(?! of us))(?=\W|$)|"
    # "One bottle for the lamb and the crème brûlée": the dishes named, one bottle all the same.
    r"\b(?:just |only )?(?:one|a single) (?:bottle|wine) (?:for|with|to go with) (?:the |our |my )?[a-z' -]{2,40}? and "
    r"(?!(?:one|another|a second|a glass|a bottle|something|a wine|a different)\b)|"
    # "The sole and the steak au poivre, my wife doesn't drink red, one bottle": a clause of its own.
    r"(?:^|[,;:.!?-]\s*|\b(?:and|but|so)\s+)(?:just |only )?(?:one|a single|1) bottle(?: only| please| between us| for "
    r"(?:us|the two of us|the table)| to share)?\s*[.!?]*$|\b(?:share|sharing|split|splitting) (?:one|a single|1) bottle\b|"
    r"\b(?:une (?:seule )?bouteille pour (?:les )?deux(?: plats)?(?! personnes)|"
    r"una (?:sola )?botella para (?:los )?dos(?: platos)?(?! personas)|"
    r"una (?:sola )?bottiglia per (?:entrambi|tutti e due)(?! noi))\b"
)
_OCCASION = re.compile(
    r"\b(?:something (?:really |very |a bit |a little )?(?:special|fancy|memorable|impressive)|special (?:occasion|night|"
    r"evening|dinner|bottle)|celebrat(?:e|ing|ion)|anniversary|birthday|honeymoon|engaged|engagement|proposal|"
    r"promotion|retirement|graduation|splurge|splash out|push the boat out|treat (?:ourselves|myself|yourself)|to impress|big night|"
    # "Davvero speciale", "algo especial", "quelque chose de spécial", "etwas Besonderes", "sposarmi".
    r"(?:davvero |molto |qualcosa di )speciale|algo (?:muy )?especial|(?:quelque chose|qqch) de special|"
    r"etwas besonderes|anniversario|compleanno|cumpleanos|aniversario|anniversaire|geburtstag|jahrestag|"
    r"sposarmi|sposarci|casarme|casarnos|demande en mariage|heiratsantrag|festeggiare|celebrar|feter)\b"
)
# "Il meglio che avete", "the best you have", "lo mejor que tengan", "votre meilleur", "das Beste": the
# finest asked, as for an occasion; not the best match ("lo mejor para el cordero", "the best on the list
# for the oysters") nor the best value ("le meilleur rapport qualité-prix", "le rouge le meilleur marché").
_THE_BEST = re.compile(
    r"\b(?:the best (?:you'?ve got|you have|on the list|you'?ve)|(?:il|lo) meglio|(?:il|la) miglior[ea]? che|lo mejor|"
    r"(?:le|la|votre) meilleure?s?|das beste)\b"
    r"(?![^,.;!?]{0,30}\b(?:for|with|para|pour|per|avec|con|zum|zur|mit|calidad|qualite|marche|rapport|preis\w*|value|"
    r"price|prix|prezzo|precio)\b)"
)
# A word of a wine's name or of "the second one", not of "the wine that goes with the lamb".
_A_WINE_WORD = r"(?!(?:que|qui|che|quel|quelle|qual|quale|cual|was|what|which)\b)[a-z0-9'-]+"
# "Would it work with the schnitzel?", "and does the Grüner go with the venison?", "is the Sauternes
# good with foie gras?": asked at the start of a clause, yes or no; not "what would go with the
# lamb?" nor "a white that would go with the trout", which ask for wines.
_FIT_ASKED = re.compile(
    r"(?:^|[,;:.!?]\s*|\b(?:and|but|so|then|ok|okay|hmm|also)\s+)"
    # Not "is it possible to get something that would go with the sole?", nor "should we go with the
    # Cahors or the Mercurey for the lamb?": other wines asked for, or two to choose between.
    r"(?:would|will|does|do|could|can|is|isn'?t|doesn'?t|wouldn'?t|might|should)\b"
    r"(?:(?!\b(?:something|anything|possible|get|have|recommend|suggest|another|one that|a (?:wine|glass|bottle))\b)"
    r"[^.?!]){0,60}?"
    r"\b(?:(?:work|go|pair|match|suit|stand up|hold up|(?:be )?(?:good|ok|okay|fine|nice|alright|all right|right|"
    r"a good (?:match|pairing|fit|choice)))(?: well| ok| okay| nicely| too| also)? "
    r"(?:with|alongside|against|beside|for)|(?:suit|match|stand up to|hold up to|handle) (?:the|a|an|my|our|her|his)\b)"
    r"(?![^.?!]*\bor\b)|"
    # "Le second irait-il avec le magret ?", "et ça irait avec l'agneau ?", "est-ce que le Sancerre va
    # avec le chèvre ?"; not "qu'est-ce qui va avec le canard ?", which asks for wines.
    r"(?:^|[,;:.!?]\s*|\b(?:et|mais)\s+)(?:est-ce qu(?:e |'))?(?:(?:il|elle|ca|cela|celui-ci|celui-la)|"
    rf"(?:le|la|l') ?{_A_WINE_WORD}(?: {_A_WINE_WORD}){{0,3}}) (?:irait|ira|va|passerait|passe|se marierait|se marie|"
    r"s'accorderait|s'accorde)(?:-t)?(?:-(?:il|elle))?(?: bien| aussi| vraiment)* avec\b|"
    # "¿Iría bien con el cordero?", "¿el segundo va bien con la merluza?", "e il Barolo andrebbe bene
    # con la bistecca?", "o Alvarinho vai bem com o polvo?"
    r"(?:^|[,;:.!?¿]\s*|\b(?:y|pero|e|ma|mas)\s+)(?:(?:el|la|il|lo|o|a|este|ese|questo|quello|esse) "
    rf"{_A_WINE_WORD}(?: {_A_WINE_WORD}){{0,3}} )?(?:iria|va|combina|combinaria|queda|quedaria|marida|maridaria|"
    r"andrebbe|si abbina|si abbinerebbe|starebbe|vai|ficaria|fica)(?: bien| bene| bem| tambien| anche| tambem)* "
    r"(?:con|col|coi|com)\b|"
    # "Passt der Riesling zum Schnitzel?", "würde der zweite zum Rehrücken passen?"
    r"(?:^|[,;:.!?]\s*|\b(?:und|aber)\s+)(?:passt|passen)\b[^.?!]{0,40}\b(?:zu[mr]?|mit)\b|"
    r"(?:^|[,;:.!?]\s*|\b(?:und|aber)\s+)(?:wurde|wurden|konnte)\b[^.?!]{0,40}\b(?:zu[mr]?)\b[^.?!]{0,30}\bpassen\b"
)
# The same asked of the wine in focus: "is it good with cheese too?", "irait-il avec le magret ?",
# "¿iría bien con el cordero?", "andrebbe bene con l'agnello?", "passt das zum Schnitzel?".
_FIT_OF_IT = re.compile(
    r"(?:^|[,;:.!?¿]\s*|\b(?:et|mais|y|pero|e|ma|mas|und|aber)\s+)(?:(?:il|elle|ca|cela) (?:irait|ira|va|passerait|"
    r"se marierait|s'accorderait)\b|(?:irait|va|passerait|se marierait|s'accorderait)-t?-?(?:il|elle)\b|"
    r"(?:iria|combinaria|quedaria|andrebbe|si abbinerebbe|starebbe|ficaria)\b|passt (?:er|es|das)\b|"
    r"(?:wurde|konnte) (?:er|es|das)\b|"
    r"(?:would|will|does|do|could|can|is|isn'?t|doesn'?t|wouldn'?t|might|should) (?:it|that|this)(?: one| wine| bottle)?\b)|"
    r"\b(?:think|reckon|guess) (?:it|that|this)(?: one)? (?:would|will|could|might|goes|works)\b"
)
# "Is the second one too light for the lamb?", "isn't the Barolo a bit too big for the salmon?",
# "est-il trop léger pour l'agneau ?", "¿no es demasiado ligero para el cordero?", "ist der zweite zu
# leicht für den Rehrücken?": whether a wine shown suits a dish, asked as a fault feared. Not "prob
# too heavy for raw fish" (said of the wines shown: a step away) nor "is there something not too
# heavy for the sole?" (a request).
ENGLISH_WORRIES: Final = (
    "light", "thin", "weak", "delicate", "subtle", "heavy", "big", "bold", "strong", "rich", "powerful", "tannic",
    "oaky", "oaked", "sweet", "dry", "acidic", "tart", "intense", "full",
)  # fmt: skip
_TOO_MUCH_ASKED = re.compile(
    r"(?:^|[,;:.!?]\s*|\b(?:and|but|so|then|ok|okay|hmm|also)\s+)"
    r"(?:is|isn'?t|are|aren'?t|would|will|wouldn'?t|won'?t|might|could)\b"
    r"(?:(?!\b(?:there|something|anything|possible|get|have|recommend|suggest|another|one that|a (?:wine|glass|bottle)|"
    r"not)\b)[^.?!,;]){0,50}?"
    rf"\btoo (?P<worry>{'|'.join(ENGLISH_WORRIES)})(?:[- ]bodied)? (?:for|with)\b|"
    r"\b(?:trop|demasiado|troppo|zu|muito) (?P<foreign>"
    r"(?:leger|lourd|puissant|sucre|tannique|boise|fort|doux|douce|acide|corse)e?s?|"
    r"(?:liger|pesad|tanic|amaderad|sec)[oa]s?|dulces?|potentes?|fuertes?|suaves?|"
    r"(?:legger|tannic|delicat|secc|strutturat|corpos)[oaie]|pesant[ei]|dolci?|forti?|"
    r"(?:leicht|schwer|kraftig|suss|stark|holzig|sauer|wuchtig)(?:e[rsn]?)?|"
    r"leves?|doces?)"
    r" (?:pour|avec|para|con|per|fur|zu[mr]?|mit|com)\b[^.!?,;]*\?|"
    r"\b(?P<before>leves?|pesad[oa]s?|doces?|fortes?|tanic[oa]s?) demais (?:para|com)\b[^.!?,;]*\?"
)
# The dish first, the question last: "how about the first one with the lamb, would that work?", "et
# avec le fromage, il irait ?", "¿y con el cordero, iría bien?", "und zum Rehrücken, passt das?".
_FIT_ASKED_LAST = re.compile(
    r"\b(?:with|alongside|avec|con|col|com|zum|zur|mit)\b[^?]*?(?:"
    r"\b(?:would|will|does|could|can|might) (?:that|it|this)(?: one| wine)? (?:work|go|do|pair|match|suit|"
    r"be (?:good|ok|okay|fine|right|nice|a good (?:match|pairing|fit)))(?: well| ok| okay| nicely| too| also)?|"
    r"\b(?:il|elle|ca|cela) (?:irait|ira|va|passerait|se marierait|s'accorderait)(?: bien| aussi)*|"
    r"\b(?:irait|passerait)-(?:il|elle)(?: bien| aussi)*|"
    r"\b(?:iria|combinaria|quedaria|andrebbe|starebbe|si abbinerebbe|ficaria)(?: bien| bene| bem| tambien| anche)*|"
    r"\b(?:passt|passen) (?:er|es|das|die|der)(?: auch| gut)*"
    r")\s*[?!.]*\s*$"
)
# The same as a request: "quelque chose de pas trop lourd pour la sole ?".
_SOMETHING_ASKED = re.compile(
    r"\b(?:something|anything|a wine|quelque chose|un autre|un vin|algo|otro|otra|un vino|qualcosa|un altro|etwas|"
    r"einen? (?:anderen|wein)|algum|outro|um vinho)\b"
)


def _fit_worry(folded: str) -> str:
    """The fault feared of a wine shown with a dish, asked yes or no ("light" of "is it too light
    for the lamb?"); "" when none is."""
    asked = _TOO_MUCH_ASKED.search(folded)
    if asked is None or _SOMETHING_ASKED.search(folded):
        return ""
    return asked.group("worry") or asked.group("foreign") or asked.group("before")


def _fit_asked(folded: str) -> bool:
    return bool(_FIT_ASKED.search(folded) or _FIT_ASKED_LAST.search(folded)) or bool(_fit_worry(folded))


_YOUR_CHOICE = re.compile(
    r"\bwhich(?: one)?(?: of (?:them|those|these|the (?:two|three|wines)))? (?:would|will|do|should|'?d) (?:you|u|ya) "
    r"(?:choose|pick|go for|go with|recommend|drink|order|take)|"
    r"\bwhat (?:would|'?d|will) (?:you|u|ya) (?:choose|pick|go for|go with)|\byour (?:pick|choice|favou?rite)\b(?! of)|"
    r"\bquale (?:sceglierebbe|sceglieresti|prenderebbe|prenderesti|consiglia|consigli)|"
    r"\b(?:lequel|laquelle) (?:choisiriez|choisirais|prendriez|prendrais|conseillez|me conseillez)|"
    r"\bcual (?:elegiria|elegirias|escogeria|recomienda|recomiendas|tomaria|pedirias|pediria)|"
    r"\bwelche[nrs]? (?:wurden sie|wurdest du|empfehlen sie|nehmen sie)|\bqual (?:escolheria|recomenda|escolhes)"
)
# "Which would go better with the sole, the first or the second?", "lequel irait le mieux avec le
# canard ?": of the wines shown, the best match for the dish, asked as the sommelier's own pick.
_BETTER_WITH = re.compile(
    r"\bwhich(?: one)?(?: of (?:them|those|these|the (?:two|three|wines)))?(?: (?:would|will|does|do|is|'s|would be))? "
    r"(?:(?:go|goes|pair|pairs|work|works|match|matches|suit|suits) )?(?:better|best)(?: (?:match|pairing|fit|choice))? "
    r"(?:with|for|alongside)\b|"
    r"\b(?:lequel|laquelle)(?: des (?:deux|trois))? (?:irait|va|s'accorde(?:rait)?|se marie(?:rait)?) le mieux avec\b|"
    r"\bcual(?: de (?:los|las) (?:dos|tres))? (?:iria|va|combina(?:ria)?|queda(?:ria)?|marida(?:ria)?) mejor con\b|"
    r"\bquale(?: dei (?:due|tre))? (?:andrebbe|va|si abbina(?:rebbe)?|starebbe) meglio con\b|"
    r"\bwelche[rns]?(?: von (?:den|beiden))? (?:passt|wurde) (?:besser|am besten)\b|"
    r"\bqual(?: dos (?:dois|tres))? (?:vai|iria|combina(?:ria)?|fica(?:ria)?) melhor com\b"
)
# What other guests choose: the list's own words have no sales in them, so the answer says so.
_POPULAR = re.compile(
    r"\b(?:most popular|(?:best|top)[ -]?sell(?:er|ers|ing)|crowd[ -]pleasers?|(?<!my )(?<!our )(?:guest|crowd|customer) "
    r"favou?rites?|house favou?rite (?:with|among) (?:guests|diners)|"
    r"(?:what|which)\b[^?.!]{0,30}?\b(?:people|guests|customers|diners|most people|everyone|folks) (?:usually |normally |"
    r"often |tend to |typically |mostly )?(?:order|drink|choose|pick|go for)|(?:sells|sold|ordered|orders?) (?:the )?most|"
    r"le plus populaire|le plus vendu|les gens commandent|mas popular|mas vendido|lo mas pedido|piu popolare|"
    r"piu venduto|si vende di piu|am beliebtesten)\b"
)
_GENERAL = re.compile(
    r"\bwhat (?:do|would|should) (?:you|i|we) (?:recommend|suggest|drink|have)(?: tonight| today| now)?\s*[?.!]*$|"
    r"\b(?:your|the house) (?:favou?rites?|picks?|recommendations?)\b|\bsurprise me\b|\bwhat'?s good\b|"
    r"\bwhatever you (?:recommend|suggest|think|like)\b|\bsommelier'?s (?:picks?|choice|recommendations?|favou?rites?)\b"
)


# "Not the first one", "anything but the second": that wine shown is refused, the others stay.
_REFUSED_PICK = re.compile(
    r"^\W*(?:(?:no|nah|hmm+|ok|okay),?\s+)?(?:not|anything but|except|other than|everything but)\s+(?:the\s+)?"
    r"(?P<ordinal>first|second|third|last|1st|2nd|3rd)(?:\s+(?:one|wine|bottle))?\b(?!\s+(?:one|wine|bottle|is|was|are|time|course|dish|thing)\b)"
)


def _refused_pick(folded: str) -> int | None:
    match = _REFUSED_PICK.search(folded)
    return _ORDINALS.get(match.group("ordinal")) if match else None


def _like_pick(folded: str) -> int | None:
    match = _LIKE_PICK.search(folded)
    return _ORDINALS.get(match.group("ordinal")) if match else None


# A French style word spelt, accents gone, like a place: "plus corsé", "un rouge corsé" is full-bodied.
_STYLE_NOT_PLACE = re.compile(r"\b(?:plus|moins|tres|bien|assez|peu|trop|aussi)\s+$")


_ITALIAN_UP_TO = re.compile(rf"\s+(?:a|ad|al|ai|agli|alle)\s+(?:\d|(?:due|tre|sei|{_NUMBER_WORD})\b)")
_A_FINO = re.compile(r"\b(?:un|una|el|del|de|of|a|the|some|any|glass|copa|copita|verre)\s+$")


def _appellations(folded: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(asked, refused) places named as wines ("a Barolo", "any Chablis?", "no Rioja please"): not
    food, and the ones asked for imply grapes and colour."""
    asked: list[str] = []
    refused: list[str] = []
    refused_until = -1  # where the last refused name ended: "nothing from Bordeaux or Burgundy"
    for match in _APPELLATION_NAMES.finditer(folded):
        if _COOKED_IN_WINE.match(folded, match.end()) or _cooked_wine(folded, match.start(), match.end()):
            continue  # "Barolo braise", "Chianti sauce", "champagne sorbet"
        if _in_food_name(folded, match):
            continue  # "rabo de toro": the dish's name
        if match.group(0) == "corse" and _STYLE_NOT_PLACE.search(folded[max(0, match.start() - 12) : match.start()]):
            continue  # "quelque chose de plus corsé": full-bodied, not Corsica ("un rouge corse" is)
        if (
            match.group(0) == "fino"
            and _ITALIAN_UP_TO.match(folded, match.end())
            and not _A_FINO.search(folded, 0, match.start())
        ):
            continue  # "fino a 13", "fino ai 40 euro": Italian for "up to"; "un fino a 5 euros" is the sherry
        before = folded[max(0, match.start() - 40) : match.start()]
        negated = (
            _NEGATION_BEFORE.search(before)
            or _PLACE_REFUSED_BEFORE.search(before)  # "nothing from Bordeaux"
            or (refused_until >= 0 and _JOINED_REFUSAL.fullmatch(folded, refused_until, match.start()))
        )
        (refused if negated else asked).append(" ".join(words_of(match.group(0))))
        refused_until = match.end() if negated else -1
    return _unique(asked), _unique(refused)


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


# The words a follow-up turns on, which diners type fast on a phone ("anythng cheapr?",
# "somthing boldr"). A slip is mended only when it keeps the word's first and last letters
# ("lighten" and "cheapen" are left alone by that) and is not itself a word a diner means; the
# real words one slip away with the same ends are listed. "Glass" is not here: "grass-fed" is
# one slip from it.
_REFINEMENT_WORDS: Final = (
    "cheaper", "bolder", "lighter", "fuller", "pricier", "sweeter", "another", "bottle",
    # The wines shown by their place: "the secnd one", "the frist".
    "first", "second", "third",
)  # fmt: skip
_REAL_WORDS_NEAR_REFINEMENTS: Final = frozenset({"cheater", "filler", "sweater", "battle"})
_TYPED_WORD = re.compile(r"[a-z]{5,}")


# The wines diners order by name and type from memory ("chardonay", "reisling", "malbeck",
# "cabarnet", "merlo", "champange"): a word one slip from one of them, with its first letter, is
# that wine unless it is food or one of the real words listed that lie that near. Rarer grapes are
# left out: one slip from "Listán" or "Sercial" is "listen" or "serial".
_WINE_SLIP_WORDS: Final = frozenset(
    word_list(
        "chardonnay, sauvignon, cabernet, riesling, merlot, malbec, tempranillo, sangiovese, nebbiolo, grenache, "
        "shiraz, zinfandel, gewurztraminer, viognier, pinotage, prosecco, champagne, albarino, moscato, "
        "montepulciano, carmenere, verdejo, vermentino, semillon, grigio, chenin"
    )
)
_REAL_WORDS_NEAR_WINES: Final = frozenset(word_list("campagne, chemin"))


def _slip(typed: str) -> str | None:
    """The follow-up word, position or wine name a typed word is one slip from, if only one."""
    if typed in _REAL_WORDS_NEAR_REFINEMENTS or typed in _REFINEMENT_WORDS:
        return None
    near = [
        word
        for word in _REFINEMENT_WORDS
        if word[0] == typed[0] and word[-1] == typed[-1] and one_edit_apart(typed, word)
    ]
    if near:
        return near[0] if len(near) == 1 else None
    if (
        typed in _WINE_SLIP_WORDS
        or typed in _REAL_WORDS_NEAR_WINES
        or typed in FOOD_TOKENS
        or stem(typed) in FOOD_TOKENS
    ):
        return None
    near = [word for word in _WINE_SLIP_WORDS if word[0] == typed[0] and one_edit_apart(typed, word)]
    return near[0] if len(near) == 1 else None


def _slips(folded: str) -> list[tuple[int, int]]:
    """Where the question types a word with a slip: no food, whatever the lexicon makes of it."""
    return [match.span() for match in _TYPED_WORD.finditer(folded) if _slip(match.group())]


def _slips_mended(folded: str) -> str:
    """The question with one-letter slips of the follow-up words and of wine names put right, and
    the short words diners type in a hurry ("a whit undr 50")."""
    folded = _SHORT_SLIP.sub(lambda match: _SHORT_SLIPS[match.group()], folded)
    return _TYPED_WORD.sub(lambda match: _slip(match.group()) or match.group(), folded)


# Too short for one slip to tell ("whit" is one from "with" too): only these, as typed on a phone.
_SHORT_SLIPS: Final = {
    "whit": "white", "wite": "white", "whte": "white", "whie": "white",
    "undr": "under", "uder": "under", "unda": "under",
    "chep": "cheap", "chaper": "cheaper", "cheeper": "cheaper",
    "glss": "glass", "lite": "light", "litest": "lightest",
}  # fmt: skip
# Not "whit the lamb", "whit a steak": "with", typed with a slip too.
_SHORT_SLIP: Final = re.compile(
    rf"\b(?:{'|'.join(_SHORT_SLIPS)})\b(?!\s+(?:the|a|an|my|our|his|her|their|your|some|this|that|it|them|me|us)\b)"
)


# "About 30 each, there are 2 of us": a budget per person, for a bottle the table shares.
# "Each" only beside the amount ("30 each"): "a wine for each of our mains" is no budget per head.
_PER_PERSON = re.compile(
    rf"\d\s*(?:[$€£]|dollars?|euros?|bucks|quid|pounds?)?\s*(?:each|apiece)\b|\b(?:{_PER_HEAD_WORDS})\b"
)
_PARTY_SIZE = re.compile(
    r"\b(?P<n>\d|two|three|four|five|six|seven|eight) of us\b|\b(?:we(?:'re| are)|table (?:of|for)|party of) "
    r"(?P<m>\d|two|three|four|five|six|seven|eight)\b|\bfor (?P<k>\d|two|three|four|five|six|seven|eight) "
    r"(?:people|persons|guests|of us)\b|\b(?P<both>both of us|the two of us|me and my \w+|my (?:wife|husband|partner) and i)\b|"
    # "Siamo in due", "on est trois", "somos cuatro", "wir sind zu zweit".
    r"\b(?:siamo(?: in)?|on est|nous sommes|somos|wir sind(?: zu)?) (?P<f>\d|deux|trois|quatre|dos|(?<=somos )tres|cuatro|due|tre|"
    r"quattro|zwei|drei|vier|zweit|dritt|viert)\b"
)


# "2 bottles, 90 for both", "two bottles of bubbly, $100 total": a budget for several bottles
# (or glasses), each one's share of it.
_BOTTLE_COUNTS: Final = {
    **dict.fromkeys(word_list("2, two, deux, dos, due, zwei"), 2),
    **dict.fromkeys(word_list("3, three, trois, tres, tre, drei"), 3),
    **dict.fromkeys(word_list("4, four, quatre, cuatro, quattro, vier"), 4),
}
_BOTTLES = re.compile(
    rf"\b(?P<count>{'|'.join(_BOTTLE_COUNTS)}) (?:bottles?|bouteilles?|botellas?|bottiglie|flaschen|"
    r"glasses|verres|copas|bicchieri|glaser|(?P<colour>reds|whites|roses|rouges|blancs|tintos|blancos|rossi|bianchi))\b"
)
# "Two bottles of red and one of white", "a red and a white, 90 total": the bottles counted,
# the first one of each colour said as "a" or "one".
_ONE_BOTTLE_COUNTS: Final = {
    **dict.fromkeys(word_list("a, an, one, un, une, uno, una, ein, eine"), 1),
    **_BOTTLE_COUNTS,
}
_COLOUR_NAMED = (
    r"(?:reds?|whites?|roses?|rosado|rosato|tinto|blanco|bianco|rosso|rouge|blanc|bubbly|sparkling|orange|"
    r"rot(?:en|wein)?|weiss(?:en|wein)?)"
)
_MORE_BOTTLES = re.compile(
    rf"\b(?:and|et|y|e|und|plus|&)\s+(?P<count>{'|'.join(_ONE_BOTTLE_COUNTS)})\s+"
    rf"(?P<of>(?:bottles?\s+)?(?:of|de|di)\s+(?:the\s+)?)?{_COLOUR_NAMED}\b"
    # The colour is the wine's, not "a sparkling water" or "a white fish starter".
    r"(?=\s*(?:[,.;:!?)]|$|\b(?:wines?|vino|vin|wein|and|y|et|e|und|for|para|pour|per|please|pls|too|with|to)\b))"
)
_A_BOTTLE_OF_EACH = re.compile(
    rf"\b(?:a|one|un|une|uno|una|ein|eine|einen)\s+(?:(?:bottle\s+)?of\s+)?{_COLOUR_NAMED}\s+(?:and|&|et|y|e|und)\s+"
    rf"(?:a|one|un|une|uno|una|ein|eine|einen)\s+(?:(?:bottle\s+)?of\s+)?{_COLOUR_NAMED}\b"
)


_FOR_THE_TWO = re.compile(
    r"\d\s*(?:[$€£]|dollars?|euros?|bucks|quid|pounds?)?\s*for (?:both|the (?:two|2|pair))(?:\s+of them)?"
    r"(?=\s*(?:[,.;!?]|$|then\b|please\b|pls\b|max\b|tops\b|total\b))"
)
# One bottle said, or the two being people: "a bottle to share, 60 for both", "we're a couple, 80 for the two".
_ONE_BOTTLE_FOR_TWO = re.compile(
    r"\b(?:a|one|1) bottle\b|\bto share\b|\bcouple\b|\b(?:wife|husband|partner|girlfriend|boyfriend|friend)\b"
)


def _bottles_counted(folded: str) -> int:
    """How many bottles a question asks for at once (0 when it counts none)."""
    bottles = _BOTTLES.search(folded)
    if bottles is not None:
        # "Two reds and a white" counts three; "two bottles, a white and a red" names the two.
        more = [
            match
            for match in _MORE_BOTTLES.finditer(folded, bottles.end())
            if match.group("of") or bottles.group("colour")
        ]
        return _BOTTLE_COUNTS[bottles.group("count")] + sum(_ONE_BOTTLE_COUNTS[match.group("count")] for match in more)
    # "$100 for the two then": the two bottles talked about (not "for the two of us").
    if _A_BOTTLE_OF_EACH.search(folded):
        return 2
    return 2 if _FOR_THE_TWO.search(folded) and not _ONE_BOTTLE_FOR_TWO.search(folded) else 0


# The amount said for them all, right beside it: not "for the four of us" or "in total" elsewhere.
_FOR_THEM_ALL = re.compile(
    r"\d\s*(?:[$€£]|dollars?|dolares|euros?|bucks|quid|pounds?)?\s*(?:total\b|in total|altogether|all in|"
    r"for (?:both|the two|the pair|the lot|them all|all of them)\b|(?:for|between) (?:the )?(?:2|two|3|three|4|four) bottles|"
    r"entre (?:las|los) (?:dos|tres)|pour les deux|en tout|en total|au total|per tutte e due|in tutto|in totale|"
    r"insgesamt)|"
    r"\b(?:total|in total|altogether)(?: budget)?(?: of| is)?\s*[$€£]?\s*\d"
)
_PER_HEAD = re.compile(rf"\b(?:{_PER_HEAD_WORDS})\b")
# "Una bottiglia a testa", "a bottle each": how many bottles, not the money.
_A_BOTTLE_EACH = re.compile(
    rf"\b(?:bottle|bottiglia|botella|bouteille|flasche|glass|calice|copa|verre|glas) (?:each|apiece|{_PER_HEAD_WORDS})\b"
)


def _per_bottle(folded: str, bounds: _PriceBounds) -> _PriceBounds | None:
    """The budget of each of several bottles: "2 bottles, 90 for both" is 45 a bottle, "2 bottles,
    under 45 each" 45, "we're 4, 2 bottles, 25 a head" 50. None when the question asks for no
    more than one bottle."""
    count = _bottles_counted(folded)
    if count < 2:
        return None
    party = _PARTY_SIZE.search(folded)
    if _FOR_THEM_ALL.search(folded):
        share = Decimal(1) / count
    elif _PER_HEAD.search(folded) and party is not None:
        share = Decimal(_party(party)) / count
    else:
        return bounds  # "each" is each bottle, not each diner

    def shared(amount: Decimal | None) -> Decimal | None:
        return None if amount is None else (amount * share).quantize(Decimal("0.01"))

    return _PriceBounds(max_price=shared(bounds.max_price), min_price=shared(bounds.min_price))


def _party(party: re.Match[str]) -> int:
    foreign = party.group("f")
    if foreign is not None:
        return (
            int(foreign)
            if foreign.isdigit()
            else _BOTTLE_COUNTS[foreign.replace("zweit", "zwei").replace("dritt", "drei").replace("viert", "vier")]
        )
    count = party.group("n") or party.group("m") or party.group("k")
    return 2 if count is None else int(count) if count.isdigit() else _NUMBER_VALUES[count]


def _per_person(folded: str, bounds: _PriceBounds) -> _PriceBounds:
    """A bottle's budget said per person ("30 each, 2 of us") is the table's: 60. A glass's stays
    a glass's, and with no party size said the amount is taken as given. Said for several bottles,
    it is each bottle's (``_per_bottle``)."""
    per_bottle = _per_bottle(folded, bounds)
    if per_bottle is not None:
        return per_bottle
    party = _PARTY_SIZE.search(folded)
    per_person = _PER_PERSON.search(_spell_out_numbers(folded))  # "about thirty five each"
    if party is None or not per_person or _by_the_glass(folded) or _A_BOTTLE_EACH.search(folded):
        return bounds
    people = _party(party)
    if people < 2:
        return bounds
    return _PriceBounds(
        max_price=None if bounds.max_price is None else bounds.max_price * people,
        min_price=None if bounds.min_price is None else bounds.min_price * people,
    )


# "Doesn't have to be sav blanc", "not necessarily French": a wine no longer insisted on, neither
# asked for nor refused.
_NOT_NECESSARILY = re.compile(
    r"\b(?:(?:doesn'?t|does not|don'?t|do not)\s+(?:have to|need to|gotta)\s+be|needn'?t be|need not be|"
    r"not necessarily|no tiene que ser|non deve essere|pas forcement|muss nicht)\s+(?:(?:an?|the|from|de|un|una)\s+)?"
    # The next name only (a word or two), not what follows "but" or "just".
    r"(?:(?!(?:but|just|and|or|y|e|et|pero|ma|mais|aber)\b)\w+)(?:\s+(?!(?:but|just|and|or|y|e|et|pero|ma|mais|aber)\b)\w+)?"
)


# "We've had the Soave before, something different?": the wine drunk before, refused for another.
_HAD_BEFORE = re.compile(
    r"\b(?:we'?ve|i'?ve|we|i) (?:already )?(?:had|tried|drunk|drank) (?:the |a |that )?(?P<what>[\w' -]{2,30}?) "
    r"(?:before|already|last (?:time|week|night))[\s,.;!-]*"
    r"(?=(?:\w+\s+){0,3}?(?:(?:something|anything|smth) (?:different|else|new)|another|any others?)\b"
    # Not "another like it", "any others like that": the wine had is liked.
    r"(?![^.?!]*\b(?:like (?:it|that|this)|similar|same)\b))"
)


def _had_before_refused(folded: str) -> str:
    """The text with "we've had the X before" said as "no X" (same length: positions hold)."""

    def refused(match: re.Match[str]) -> str:
        lead = match.start("what") - match.start()
        return " " * (lead - 3) + "no " + match.group("what") + " " * (match.end() - match.end("what"))

    return _HAD_BEFORE.sub(refused, folded)


def _glass_asked(folded: str) -> bool:
    """ "Is the first by the glass?", "what's the glass price on that?": asked of a wine shown."""
    price = _PRICE_OF_THAT_ASKED.search(folded)
    return bool(_GLASS_OF_SHOWN.search(folded) or (price and "glass" in price.group()))


def _read(folded: str) -> Said:
    bounds = _per_person(folded, _price_bounds(folded))
    insisted = _had_before_refused(_NOT_NECESSARILY.sub(lambda match: " " * len(match.group()), folded))
    wanted, refused = _colour_mentions(insisted)
    # "Not a fan of sweet wines" with the crème brûlée: no dessert wine, though guidance pours
    # one with a dessert; the diner's word wins. ("Not too sweet" allows a gentler one.)
    refused |= {"dessert"} if _SWEET_WINE_REFUSED.search(insisted) else set()
    grapes, refused_grapes = _grape_mentions(insisted)
    appellations, refused_names = _appellations(_priced_away(insisted))
    places, refused_places = origins_said(_priced_away(insisted), refused_after=_place_refused_after)
    superlative = _superlative(folded)
    # "Something sweet" asks how the wine tastes, not which section of the list it is in: a
    # Moscato d'Asti among the sparkling wines or a late-harvest Riesling among the whites is sweet.
    # "A sweet white" may still be a Sauternes in the dessert section.
    sweet = _sweetness(folded)
    if sweet and wanted:
        wanted |= {"dessert"}
    said = Said(
        max_price=bounds.max_price,
        min_price=bounds.min_price,
        colours=frozenset(wanted - refused),
        refused_colours=refused - wanted,
        by_the_glass=_by_the_glass(folded),
        sweet=sweet,
        # "Too pricey, something under 60": the number the diner gives is the ceiling.
        cheaper_than_previous=bool(_CHEAPER.search(folded))
        and bounds.max_price is None
        # "Not champagne tho, too pricey": the refused wine is the pricey one, not all shown.
        and not (refused_names and _TOO_PRICEY.search(folded) and not _CHEAPER.search(_TOO_PRICEY.sub(" ", folded))),
        style_words=_unique(
            style
            for style in [*_style_words(folded), *([superlative.style] if superlative and superlative.style else [])]
            if not (sweet and style == "dry")
        ),
        grapes=_unique(grapes),
        refused_grapes=_unique(refused_grapes),
        any_price=(any_price := bool(_PRICE_NO_OBJECT.search(folded))),
        any_colour=bool(_ANY_COLOUR.search(folded)),
        any_kind=bool(_ANY_KIND.search(folded) or _YOUR_CALL.search(folded)),
        adding=bool(_ADDING.search(folded)),
        start_over=bool(_START_OVER.search(folded)),
        # "Le plus léger ?" is "the lightest?" of the wines shown, not "lighter" than them.
        lighter=bool(_LIGHTER.search(folded)) and not _FOOD_TOO_HEAVY.search(folded) and superlative is None,
        bolder=bool(_BOLDER.search(folded)) and superlative is None,
        like_pick=_like_pick(folded),
        refused_pick=_refused_pick(folded),
        other=_asks_for_others(folded) or _style_compared(folded),
        appellations=appellations,
        refused_names=refused_names,
        places=places,
        refused_places=refused_places,
        # "The budget doesn't matter" names a budget to lift it.
        modest_price=not any_price and bool(_MODEST_PRICE.search(folded)),
        about_picks=_about_picks(folded),
        chosen=_chosen(folded),
        more_about=bool(_TELL_MORE.search(folded)),
        fact_asked=next((fact for fact, pattern in _FACTS_ASKED if pattern.search(folded)), None),
        closing=_closing(folded),
        for_the_staff=bool(_WAITER_ORDER.search(folded) or _FOR_THE_STAFF.search(folded)),
        alcohol_free=bool(_ALCOHOL_FREE_ASKED.search(folded)),
        diet=_diet(folded),
        no_food=bool(_NO_FOOD.search(folded)),
        greeting=bool(_GREETING.fullmatch(" ".join(_plain_words(folded)))),
        general=bool(_GENERAL.search(folded)),
        price_order=_price_order(folded),
        amount_alone=_amount_alone(folded),
        corrects=_corrected(folded),
        superlative=superlative,
        occasion=bool(_OCCASION.search(folded) or _BEST_OF_A_KIND.search(folded) or _THE_BEST.search(folded)),
        best_of_a_kind=bool(_BEST_OF_A_KIND.search(folded)) and not _OCCASION.search(folded),
        one_for_all=bool(_ONE_FOR_ALL.search(folded)),
        each_their_own=bool(_EACH_THEIR_OWN.search(folded)),
        house_wine=_house_wine_asked(folded),
        popular=bool(_POPULAR.search(folded)),
        glass_asked=_glass_asked(folded),
        your_choice=bool(_YOUR_CHOICE.search(folded) or _BETTER_WITH.search(folded)),
        fit_asked=_fit_asked(folded),
        fit_worry=_fit_worry(folded),
    )
    return _of_the_wines_shown(folded, said)


def _of_the_wines_shown(folded: str, said: Said) -> Said:
    """What the question asks of the wines shown, once all is read."""
    if said.fit_asked and said.about_picks and said.adding:
        # "Is it good with cheese too?": that wine with this dish as well, not one more wine.
        said = replace(said, adding=False)
    if said.fit_worry:
        # "Is the second one too light for the lamb?": a fear to answer, not a wish for a fuller wine
        # (nor a style asked: "too tannic" is no wish for a smooth one).
        said = replace(said, lighter=False, bolder=False, style_words=())
    if said.other and said.about_picks and not said.chosen and _others_apart(folded):
        # "The first is too heavy for me. Anything else?": other wines, not more on the first.
        said = replace(said, about_picks=())
    if _colour_asked_of_a_pick(folded, said):
        # "Is the third still or sparkling?", "il terzo è fermo o frizzante?": what a wine shown
        # is, asked; no wish for another colour.
        said = replace(said, colours=frozenset())
    if said.colours and _PICK_APPROVED_BUT.search(folded):
        # "The second is fine, but do you have a white?": the wine shown is approved in passing;
        # the question is the white, and "a rosé too" adds it to the one approved, not to the reds.
        said = replace(said, about_picks=(), chosen=False, adding=False)
    return replace(said, about_picks=()) if _pronoun_only(said) else said


# A wine shown approved, then something else asked: "the 2nd is fine but...", "2nd one's good but
# got a rosé too?", "le deuxième est bien, mais...", "il secondo va bene, ma...", "el segundo está
# bien, pero...", "o segundo está bom, mas...".
_PICK_APPROVED_BUT = re.compile(
    r"(?:\bis|'s|\best|\be|\bes|\besta|\bist|\bva|\bsounds|\blooks|\bseems)\s+"
    r"(?:(?:really|very|pretty|quite|tres|molto|muy|sehr|muito|bem)\s+)?"
    r"(?:fine|good|nice|great|ok|okay|lovely|perfect|bien|bene|buono|bueno|gut|bom|boa|parfait|perfetto|perfecto)\b"
    r"[^?]{0,30}?\b(?:but|mais|ma|pero|aber|mas)\b"
)


# "Still or sparkling?", "fermo o frizzante?", "is the third sparkling?", "the second one, is it a
# rosé?": what a wine shown is, asked; not "the second is nice, but have you a rosé?".
_COLOUR_ASKED = re.compile(
    r"\b(?:still|fermo|tranquille|tranquilo|stille?r?|dry|secco|seco|sec|red|white|rosso|bianco|rouge|blanc|tinto|blanco)"
    r" (?:or|o|ou|oder) (?:sparkling|frizzante|spumante|petillant|mousseux|espumoso|sprudelnd|perlend|sweet|dolce|doux|"
    r"dulce|white|red|rose|bianco|rosso|blanc|rouge|blanco|tinto)\W*$|"
    r"\b(?:is|e|est|es|ist)\s+(?:it|(?:the|il|le|la|el|der|die|das)\s+\w+(?:\s+one)?)\s+(?:an?\s+)?(?:sparkling|frizzante|"
    r"red|white|rose|rosso|bianco|rosato|rouge|blanc|tinto|blanco|rosado|orange|sweet|fizzy|bubbly)\W*$"
)


def _colour_asked_of_a_pick(folded: str, said: Said) -> bool:
    """Whether the colours said are asked of wines shown named by their place in the answer, and
    nothing else new is asked."""
    named = bool(said.about_picks) and all(0 <= position <= 3 for position in said.about_picks)
    return (
        named
        and bool(said.colours)
        and bool(_COLOUR_ASKED.search(folded))
        and not said.chosen
        and not said.like_pick
        and not asks_something_new(replace(said, colours=frozenset()))
    )


_AMOUNT_ALONE = re.compile(
    r"\W*(?:(?:ok(?:ay)?|fine|alright|sure|well|hmm+|so|then|make it|say|let'?s say|how about|what about|maybe|"
    r"go|and|no|sorry|oops|actually|wait|i meant|meant)\W+)*(?:[$€£]\s*)?(?P<amount>\d{1,5}(?:[.,]\d{1,2})?)\s*(?:[$€£]|dollars?|euros?|pounds?|bucks|quid)?"
    r"(?:\W+(?:then|max|tops|instead|please|pls|ok|at most))*"
    # A correction: "hmm 40 not 50", "sorry, 40 instead of 50".
    r"(?:\W+(?:not|instead of|rather than)\s+(?:[$€£]\s*)?(?P<corrected>\d{1,5}(?:[.,]\d{1,2})?)\s*"
    r"(?:[$€£]|dollars?|euros?|pounds?|bucks|quid)?)?"
    r"\W*"
)


def _corrected(folded: str) -> Decimal | None:
    match = _AMOUNT_ALONE.fullmatch(folded)
    corrected = match.group("corrected") if match is not None else None
    return Decimal(corrected.replace(",", ".")) if corrected else None


def _diet(folded: str) -> str | None:
    """ "We're vegan", "two vegetarians": the strictest diet said of the table."""
    said = {"vegan" if "vegan" in match.group() else "vegetarian" for match in _DIET.finditer(folded)}
    return "vegan" if "vegan" in said else ("vegetarian" if said else None)


def _amount_alone(folded: str) -> Decimal | None:
    match = _AMOUNT_ALONE.fullmatch(folded)
    if match is None or re.search(r"[%#']", folded):
        return None  # "14%?" is a strength, "#12" a bin number, "'19?" a vintage
    amount = Decimal(match.group("amount").replace(",", "."))
    # "2" answers "which one?" and "2019?" asks for a vintage: neither is a budget.
    return amount if amount >= 5 and not 1900 <= amount <= 2100 else None


def _price_order(folded: str) -> str | None:
    match = _PRICE_ORDER.search(folded)
    if match is None:
        return None
    return "high" if match.group("high") else "low"


# Words of a wine's name that say nothing of which wine it is: grapes, places, styles, the trade's
# words. What is left ("Cristal", "Tignanello", "Esprit de Tablas") names the wine.
_TRADE_NAME_WORDS: Final = _WINE_WORDS | frozenset(
    word_list(
        "extra, reserve, reserva, riserva, gran, grand, grande, cru, premier, premiere, classico, superiore, "
        "cuvee, vintage, estate, old, vine, vines, rosado, rosato, blanc, blancs, blanco, bianco, rosso, tinto, "
        "rouge, noir, noirs, de, di, del, della, la, le, les, the, of, et, e, y, and, sec, demi, late, harvest, "
        "year, years, tawny, ruby, valley, hills, coast, county, vineyard, vineyards, selection, special, label, nv, "
        "sur, lie, vieilles, vignes, domaine, chateau, clos, mt, mount, st, saint, santa, san, terre, terrasses, "
        "bio, organic, natural, petit, petite, alto, alta, single, cask, barrel, aged, 10, 20, 30, 40, "
        "trocken, halbtrocken, feinherb, seco, brut, dry, sweet, off, medium, "
        # Spain's ageing words name no one wine: "¿es un crianza o un reserva?" asks of a wine shown.
        "crianza, joven, roble"
    )
)
_PLACE_NAMES: Final = tuple(words_of(name) for appellation in APPELLATIONS for name in appellation.names)
GENERIC_NAME_WORDS: Final = _TRADE_NAME_WORDS | frozenset(word for words in _PLACE_NAMES for word in words)
# A word that is a place's whole name ("Chablis", "Rioja") always says where. One that is only part
# of a longer name ("Ridge" of Ribbon Ridge, "Creek" of Dry Creek Valley) is a producer's own when
# nothing else in its name is: Ridge Vineyards is "the Ridge one"; a Napa Valley Merlot stays a place.
_PART_OF_PLACE_NAME: Final = (
    frozenset(word for words in _PLACE_NAMES if len(words) > 1 for word in words)
    - frozenset(words[0] for words in _PLACE_NAMES if len(words) == 1)
    - _TRADE_NAME_WORDS
)


# The trade's words in a producer's name: "Weingut Keller" is Keller, "Bodegas Muga" Muga.
_PRODUCER_WORDS: Final = frozenset(
    word_list(
        "weingut, weinbau, winzer, schloss, kellerei, bodegas, bodega, vinos, cantina, cantine, tenuta, azienda, "
        "agricola, fattoria, castello, podere, marchesi, quinta, herdade, vina, winery, wines, wine, co, company, "
        "cellars, cellar, vineyards, estates, family, famille, maison, caves, cave, cooperative, freres, fils, pere, "
        "et, and, sons, brothers, dr, j, m"
    )
)


@lru_cache(maxsize=4096)
def _own_name_words(name: str) -> tuple[str, ...]:
    """The words a wine or producer is called by ("tempier" of Domaine Tempier), or none when they
    are too short to tell or any of them is a food word ("Cloudy Bay" would be the bay leaf)."""
    own = tuple(word for word in words_of(name) if word not in GENERIC_NAME_WORDS and word not in _PRODUCER_WORDS)
    if not own and set(words_of(name)) & _PRODUCER_WORDS:  # a producer's name: "Ridge Vineyards"
        untraded = [word for word in words_of(name) if word not in _TRADE_NAME_WORDS and word not in _PRODUCER_WORDS]
        if untraded and all(word in _PART_OF_PLACE_NAME for word in untraded):
            own = tuple(untraded)
    if not own or max(len(word) for word in own) < 4 or set(own) & FOOD_TOKENS:
        return ()
    return own


def _wines_named(food: str, wines: Sequence[tuple[int, str]]) -> list[tuple[int, tuple[int, int], str]]:
    """Wines of the list the question names by what is their own in their name or their
    producer's ("the tempier one", "is the greywacke oaked?"), with where, and those own words."""
    found = []
    for wine_id, name in wines:
        own = _own_name_words(name)
        if not own:
            continue
        # "Esprit de Tablas": the name's own words in order, a word or two of the trade between them.
        # A producer called by a word of a place ("Ridge", "Willamette") only as "the ridge (one)":
        # "a willamette pinot" asks for the place.
        article = r"\bthe\s+" if set(own) <= _PART_OF_PLACE_NAME else r"\b"
        # "The woodcutters" for "The Woodcutter's Shiraz": the possessive said without its mark.
        match = re.search(article + r"\W+(?:\w+\W+){0,2}".join(map(re.escape, own)) + r"(?:s\b|\b)", food)
        if match:
            found.append((wine_id, match.span(), " ".join(own)))
    return found


def _merged_prices(previous: Constraints, said: Said) -> tuple[Decimal | None, Decimal | None]:
    """New bounds replace old ones; an old bound that now contradicts a new one is dropped."""
    if said.any_price:
        return said.max_price, said.min_price
    high = said.max_price if said.max_price is not None else previous.max_price
    low = said.min_price if said.min_price is not None else previous.min_price
    if high is not None and low is not None and low > high:
        if said.max_price is not None:
            low = said.min_price
        else:
            high = said.max_price
    return high, low


_STILL_COLOURS: Final = frozenset({"red", "white", "rose", "orange"})
# A floor this high was said of a bottle: turning to a glass, it would rule out every glass (the
# ceiling still caps one).
BOTTLE_FLOOR: Final = Decimal(20)


def _merged_colours(previous: Constraints, said: Said) -> frozenset[str]:
    left = previous.colours - said.refused_colours
    if not said.colours and said.refused_colours and len(previous.colours) > 1 and left != previous.colours:
        # "A red or a rosé", then "forget the rosé": the red is left.
        return left or frozenset(COLOURS) - said.refused_colours
    if said.colours or said.refused_colours:
        wanted = said.colours or frozenset(COLOURS) - said.refused_colours
        return previous.colours | wanted if said.adding and previous.colours else wanted
    if said.any_colour:
        return frozenset()
    colours = previous.colours
    if said.sweet is False:
        colours -= {"dessert"}
    grape_colours = {traits.colour for traits in map(grape_traits, said.grapes) if traits is not None}
    # "A red" then "what about a Riesling?", "an orange wine" then "a glass of Pinot Noir": the
    # grape answers the colour question anew (a sparkling or sweet one may well be of that grape).
    if grape_colours and colours and colours <= _STILL_COLOURS and not grape_colours & colours:
        return frozenset()
    # "A tawny Port" then "a fino?", "a red" then "a Chablis?": a place whose wines are none of the
    # colours in force answers the colour question anew (it is not "a sweet Fino" the diner asked for).
    made = {colour for name in said.appellations if (place := appellation_of(name)) for colour in place.grapes}
    if made and colours and not made & colours:
        return frozenset()
    return colours


def _grapes_kept(grapes: tuple[str, ...], colours: frozenset[str]) -> tuple[str, ...]:
    """ "A Riesling", then "make it a red": the colour answers the grape question anew."""
    if not colours or not colours <= _STILL_COLOURS:
        return grapes
    return tuple(grape for grape in grapes if (traits := grape_traits(grape)) is None or traits.colour in colours)


def _prices_on_basis(
    previous: Constraints, said: Said, *, by_the_glass: bool
) -> tuple[Decimal | None, Decimal | None, bool]:
    """The bounds in force (high, low) and whether they are per glass, the glass or bottle the
    diner now asks for taken into account."""
    high, low = _merged_prices(previous, said)
    if said.max_price is not None or said.min_price is not None:
        return high, low, by_the_glass
    if previous.price_per_glass and not by_the_glass:
        # "Under $15 a glass", then "a bottle this time": no bottle costs $15, and the diner
        # never gave a bottle budget, so there is none.
        return None, None, False
    turned_to_a_glass = by_the_glass and not previous.by_the_glass and not previous.price_per_glass
    if turned_to_a_glass and low is not None and low >= BOTTLE_FLOOR:
        low = None  # "between 90 and 150", then "a glass of something sweet": no glass costs 90
    return high, low, previous.price_per_glass


def merge_said(previous: Constraints, said: Said) -> Constraints:
    """The constraints in force after this question: what it says replaces what was said before."""
    refused_kinds = {
        id(kind)
        for name in said.refused_names
        if _APPELLATION_NAMES.fullmatch(name) and (kind := appellation_of(name)) is not None
    }
    no_bound = said.max_price is None and said.min_price is None
    if said.corrects is not None and previous.max_price is None and previous.min_price is None:
        said = replace(said, amount_alone=None)  # "no, 6 not 8" of the party: there is no budget to correct
    if said.amount_alone is not None and no_bound:
        if said.corrects is not None and said.corrects == previous.min_price:
            said = replace(said, min_price=said.amount_alone)  # "over 50" then "40 not 50"
        else:
            said = replace(said, max_price=said.amount_alone)  # "under 5" then "fine, 8 then"; "60?"
    by_the_glass = previous.by_the_glass if said.by_the_glass is None else said.by_the_glass
    high, low, per_glass = _prices_on_basis(previous, said, by_the_glass=by_the_glass)
    return Constraints(
        max_price=high,
        min_price=low,
        colours=_merged_colours(previous, said),
        by_the_glass=by_the_glass,
        price_per_glass=per_glass and (high is not None or low is not None),
        sweet=previous.sweet if said.sweet is None else said.sweet,
        cheaper_than_previous=said.cheaper_than_previous,
        style_words=said.style_words or previous.style_words,
        # "A Pinot Noir", then "a glass of Chablis": the place names the wine anew.
        grapes=tuple(
            grape
            for grape in said.grapes
            or (() if said.appellations or said.any_kind else _grapes_kept(previous.grapes, said.colours))
            if grape not in said.refused_grapes
        ),
        refused_grapes=_unique(
            grape for grape in (*previous.refused_grapes, *said.refused_grapes) if grape not in said.grapes
        ),
        refused_names=_unique(
            name
            for name in (*previous.refused_names, *said.refused_names)
            if name not in said.appellations and name not in said.wine_names
        ),
        # "Any white then": of any place too.
        places=tuple(
            place
            for place in said.places or (() if said.any_kind else previous.places)
            if place not in said.refused_places
            # "Something Piedmontese", then "not from Italy": a country refused now outweighs a
            # region of it asked before.
            and REGION_COUNTRY.get(place) not in said.refused_places
        ),
        # "No French wine", then "a Sancerre then": the Sancerre is shown (``satisfies``), and France
        # stays refused for the rest.
        refused_places=_unique(
            place for place in (*previous.refused_places, *said.refused_places) if place not in said.places
        ),
        # "Cheaper" is in the colour of the wines shown, not only of the place named.
        appellations=said.appellations
        or (
            ()
            if said.grapes
            or said.colours
            or said.refused_colours
            or said.any_colour
            or said.any_kind
            or said.places
            or said.wine_ids
            or said.cheaper_than_previous
            # "A glass of fino?", then "we're not sherry people, something else": a kind of wine
            # refused takes the ones of it asked before with it (not "a Rioja", then "no Bordeaux").
            else tuple(name for name in previous.appellations if id(appellation_of(name)) not in refused_kinds)
        ),
        modest_price=said.modest_price or (previous.modest_price and not said.any_price),
        occasion=said.occasion or (previous.occasion and not said.modest_price and not said.cheaper_than_previous),
    )


# The dessert course said by its name: "and for dessert?", "para a sobremesa".
_DESSERT_COURSE: Final = "dessert, desserts, pudding, puddings, sweets, postre, dolce, sobremesa, nachtisch"
_COURSE_ALONE: Final = frozenset(word_list(_DESSERT_COURSE))


def dessert_course_alone(dish_words: Sequence[str]) -> bool:
    """ "And for dessert?": the course named, no dish of it."""
    return bool(dish_words) and all(fold_text(words) in _COURSE_ALONE for words in dish_words)


_COURSE_SAID = re.compile(r"\b(?:" + "|".join(word_list(_DESSERT_COURSE)) + r")\b")
_COURSE_FIRST = re.compile(r"^(?:" + "|".join(word_list(_DESSERT_COURSE)) + r")\s*,\s*(?:(?:a|an|the|some)\s+)?")


_LONE_PINOT = re.compile(r"\bpinots?\b(?!\s*(?:noir|noirs|nero|nera|grigio|gris|blanc|bianco|meunier|auxerrois)\b)")


def _lone_pinot(folded: str, said: Said, previous: Constraints | None) -> Said:
    """ "Pinot?" alone is the Pinot Noir, or the Pinot Grigio when the diner is talking whites."""
    # "Doesn't have to be pinot": no longer insisted on, so neither asked for nor refused.
    folded = _NOT_NECESSARILY.sub(lambda match: " " * len(match.group()), folded)
    match = _LONE_PINOT.search(folded)
    if match is None or said.grapes:
        return said
    grigio = re.match(r"\s+g\b", folded[match.end() :]) is not None  # "pinot g with the prawns?"
    if _NEGATION_BEFORE.search(folded[max(0, match.start() - 40) : match.start()]):
        refused = ("Pinot Grigio",) if grigio else ("Pinot Noir", "Pinot Grigio", "Pinot Blanc")
        return replace(said, refused_grapes=(*said.refused_grapes, *refused))
    colours = said.colours or (previous.colours if previous is not None else frozenset())
    grape = "Pinot Grigio" if grigio or (colours and colours <= {"white", "orange"}) else "Pinot Noir"
    return replace(said, grapes=(grape,))


# "Anything local?", "a wine from around here": the restaurant's own region; "local oysters" are food.
_LOCAL = re.compile(r"\b(?:local(?:ly)?|from (?:around )?here|from this (?:area|region)|close to home)\b")


def _asks_local(folded: str) -> bool:
    return any(not _describes_food(folded, match.end()) for match in _LOCAL.finditer(folded))


# "Nothing from López de Heredia tho": a producer refused; not "is there nothing from ...?" nor
# "you've got nothing from ...?", which ask for it.
_NOTHING_FROM = re.compile(r"(?<!there )(?<!got )(?<!have )\b(?:nothing|none|no wines?|not) from\s+(?:the\s+)?$")


def _wines_named_said(folded: str, food: str, said: Said, wines: Sequence[tuple[int, str]]) -> tuple[str, Said]:
    """The wines of the list the question names, asked for or refused, and the food text without them.

    "Not Whispering Angel, everyone has that": a wine refused by its name is refused like a place.
    Refused by its own words, which the wine's name or producer holds ("juve camps" for "no juvé y
    camps please"), not by the diner's spelling."""
    named = _wines_named(food, wines)
    if not named:
        return food, said
    refused = {
        own
        for _, (start, _end), own in named
        if _NEGATION_BEFORE.search(folded[max(0, start - 40) : start])
        or _NOTHING_FROM.search(folded[max(0, start - 40) : start])
    }
    said = replace(
        said,
        wine_ids=tuple(wine_id for wine_id, _, own in named if own not in refused),
        wine_names=_unique(own for _, _, own in named if own not in refused),
        refused_names=_unique((*said.refused_names, *sorted(refused))),
    )
    for _, span, _own in named:
        food = food[: span[0]] + " " * (span[1] - span[0]) + food[span[1] :]
    return food, said


def _reason_blanked(food: str, talked_about: Sequence[str]) -> str:
    """ "Prob too heavy for raw fish.. smth lighter?": why the wines shown miss the dish talked
    about; the food named is that dish (the same main), not a new one."""
    matches = list(_TOO_MUCH_FOR.finditer(food))
    if not matches:
        return food  # most turns: no dish is read unless a reason names one
    mains = {dish_profile(name=dish).protein for dish in talked_about} - {None}
    for match in matches:
        if dish_profile(name=match.group("food")).protein in mains:
            food = _blank(food, *match.span("food"))
    return food


def _place_or_kind_asked(folded: str, food: str, said: Said) -> tuple[str, Said]:
    """ "Is it Croatian?", "is the third one from Oregon?", "il primo è un Franciacorta?": what a wine
    shown is, asked yes or no; not a kitchen, nor a wish for wines from there or of that name. Read
    on the whole question: a place asked for is blanked from the food."""
    asked = _ORIGIN_OF_IT.search(folded)
    if asked is None:
        return food, said
    place = asked.group("place")
    origin = origins_asked(f"from {place}")
    if origin and not without_origins(f"from {place}")[5:].strip():
        places = tuple(named for named in said.places if named != origin[0])
        return _blank(food, *asked.span()), replace(
            said, fact_asked=said.fact_asked or "origin", origin_asked=origin[0], places=places
        )
    if said.about_picks and place in said.appellations:
        appellations = tuple(name for name in said.appellations if name != place)
        return _blank(food, *asked.span()), replace(
            said, fact_asked=said.fact_asked or "kind", kind_asked=place, appellations=appellations
        )
    return food, said


# A food typed as its emoji ("🦞🦞", "🥩 + 🍷?"): the word it stands for, once however repeated.
_EMOJI_FOODS: Final = {
    "🦞": "lobster", "🦀": "crab", "🦐": "prawns", "🦪": "oysters", "🦑": "squid", "🐙": "octopus",
    "🐟": "fish", "🐠": "fish", "🍣": "sushi", "🍤": "fried prawns", "🥩": "steak", "🍖": "meat",
    "🍗": "chicken", "🐔": "chicken", "🦃": "turkey", "🦆": "duck", "🐑": "lamb", "🐖": "pork", "🐷": "pork",
    "🐄": "beef", "🥓": "bacon", "🍔": "burger", "🌭": "hot dog", "🍕": "pizza", "🍝": "pasta",
    "🌮": "tacos", "🌯": "burrito", "🍜": "ramen", "🍛": "curry", "🥘": "paella", "🍲": "stew",
    "🥗": "salad", "🧀": "cheese", "🍄": "mushrooms", "🍫": "chocolate", "🍰": "cake", "🎂": "cake",
    "🍮": "custard", "🍨": "ice cream", "🍦": "ice cream", "🥧": "pie", "🍓": "strawberries",
    "🍎": "apple", "🍋": "lemon", "🥟": "dumplings", "🍱": "bento", "🥞": "pancakes", "🥚": "eggs",
    "🍳": "eggs", "🍷": "wine", "🍾": "sparkling", "🥂": "sparkling",
}  # fmt: skip
_EMOJI: Final = re.compile("(" + "|".join(map(re.escape, _EMOJI_FOODS)) + r")(?:\s*\1)*")


def parse_question(
    text: str,
    *,
    menu: Sequence[MenuItemLike] = (),
    previous: Constraints | None = None,
    wines: Sequence[tuple[int, str]] = (),
    local: str = "",
    talked_about: Sequence[str] = (),
) -> ParsedQuestion:
    """Read a diner's question into constraints, recognised menu dishes and food words.

    With ``previous`` (the constraints of the last answer) the question is a
    follow-up: "and by the glass?" keeps the colour and price and adds the
    glass; anything the new text says about price, colour, style or grapes
    replaces what was said before. "Start over" drops the previous
    constraints. Dishes are not carried over: which dish a conversation is
    about is the caller's state. ``local`` is where the restaurant's local wines
    come from ("anything local?"). ``talked_about``: the dishes wines were last shown for.
    """
    text = _EMOJI.sub(lambda match: f" {_EMOJI_FOODS[match.group(1)]} ", text)
    folded = fold_text(text)
    said = _lone_pinot(folded, _read(_slips_mended(folded)), previous)
    if local and _asks_local(folded) and local not in said.places:
        said = replace(said, places=(*said.places, local), local=True)  # where the restaurant's local wines come from
    food = without_origins(folded)
    for start, end in _slips(food):
        food = _blank(food, start, end)
    food, said = _wines_named_said(folded, food, said, wines)
    if talked_about and not said.start_over and not said.fit_worry:
        food = _reason_blanked(food, talked_about)
    if previous is None or said.start_over:
        previous = Constraints()
    food, said = _place_or_kind_asked(folded, food, said)
    if said.about_picks:
        # "Prendo il secondo" picks the second wine: it is no main course ("il secondo"); "¿el primero
        # se sirve frío?" asks how it is served, no cold dish.
        food = _SHOWN_POSITIONS.sub(lambda match: " " * len(match.group()), food)
        food = _ASKED_OF_IT_LAST.sub(lambda match: " " * len(match.group()), food)
    if said.like_pick:
        # "Un altro come il secondo": the second wine shown, no main course ("il secondo").
        food = _LIKE_PICK.sub(lambda match: " " * len(match.group()), food)
    # "Le porc au caramel est sucré": how the dish tastes, not a dish of sugar.
    food = _TASTE_SAID.sub(lambda match: match.group("said") + " " * len(match.group("taste")), food)
    dish_words = _dish_words(text, food)
    passing = _passing_clauses(food)
    if dish_words and passing:
        # The food of the clauses said in passing, when another dish is named beside them.
        present = food
        for start, end in passing:
            present = _blank(present, start, end)
        if present_words := _dish_words(text, present):
            food, dish_words = present, present_words
    food, dish_words = _dish_singled_out(text, food, dish_words)
    # "For dessert, the pastel de nata": the course, then its dish.
    dish_words = tuple(_COURSE_FIRST.sub("", words) or words for words in dish_words)
    if len(dish_words) > 1 and not dessert_course_alone(dish_words):
        # "Chocolate fondant for dessert": the course says when the dish is eaten; it is no
        # second dish, and does not bring every dessert of the menu along.
        dish_words = tuple(words for words in dish_words if fold_text(words) not in _COURSE_ALONE)
        food = _COURSE_SAID.sub(lambda match: " " * len(match.group()), food)
    dish_ids = _recognise_dishes(food, menu)
    if len(dish_words) > 1:
        # "The oysters and the lamb chops": each dish named on its own, so the stronger match
        # (two words of the lamb's name against one of the oysters') does not hide the other.
        each = [dish_id for phrase in dish_words for dish_id in _recognise_dishes(fold_text(phrase), menu)]
        dish_ids = tuple(dict.fromkeys([*each, *dish_ids]))
    return ParsedQuestion(
        constraints=merge_said(previous, said),
        dish_ids=dish_ids,
        dish_words=dish_words,
        text=text,
        said=said,
    )
