"""The list's own pairing notes: "Great with turbot, hake in salsa verde or roast chicken".

Restaurants write what each wine is for in its description, and that is their sommelier's
word on their own list: a wine the list itself suggests for the dish is a strong candidate,
whatever the general rules make of its shape (the Fendant a Valais list calls "Raclette
wine" is light and soft, which no structural rule would choose for melted cheese).

A note names foods after a cue ("excellent with", "classic partner for", "serve with",
"made for") up to the end of its sentence, one item between commas or "and"/"or", or a dish
before "wine" ("Raclette wine"). An item suggests the wine for a dish only when it is that
dish: the named dish itself, or the dish's main made the way the note says, with nothing the
dish lacks ("roast chicken" is no suggestion for a chicken Madras, nor "beef daube" for a bowl
of pho). A main alone ("chicken", "pork"), a kind ("fish", "game") or a cuisine ("spicy Thai
food") is left out: measured on the evaluation's tuning half, a wine lifted for every chicken
or pork dish its note mentions in passing ranked far worse than the rules.
"""

from __future__ import annotations

import re
from functools import lru_cache

from recommendations.pairing.dishes import DishProfile, read_food
from recommendations.pairing.lexicon import TERMS_BY_NAME
from recommendations.pairing.text import fold_text

_CUE = re.compile(
    r"\b(?:(?:great|excellent|perfect|lovely|wonderful|ideal|superb|brilliant|delicious|good|best|classic|"
    r"terrific|made|built|born|shines?|partner|match|pair(?:s|ed)?|serve[ds]?(?: \w+){0,2}|try it|go-to \w+|"
    r"a natural|at home)\s+(?:with|for|alongside|beside|next to)|\bpairs? (?:it )?with|"
    # The lists' own languages: "à boire avec un comté", "parfait sur les huîtres", "perfetto con",
    # "ideal con", "passt zu".
    r"(?:a boire|parfait|ideal|idéal|superbe|sublime|magnifique|a servir|servir) (?:avec|sur)|"
    r"(?:perfett[oa]|ideale|ottim[oa]|da (?:abbinare|servire)) (?:con|a|col|coi)|"
    r"(?:perfect[oa]|ideal|ideal[oa]) (?:con|para)|(?:passt|ideal|perfekt|hervorragend) zu(?:m|r)?)\b"
    # "Good with age", "better with air": time in the glass, not food.
    r"(?!\s+(?:age|ageing|aging|time|air|aeration|decanting|a decant|bottle age|a few years)\b)"
)
# "Not a great partner for fish", "doesn't pair with oysters", "avoid serving with".
_NEGATED = re.compile(r"\b(?:not|never|avoid|nor|no|doesn'?t|does not|don'?t|do not|isn'?t|is not)\W+(?:\w+\W+){0,3}$")
_NEGATED_ITEM = re.compile(r"\b(?:not|never|avoid|nor|no|except|without)\b")
_NAMED_WINE = re.compile(r"\b(?P<food>[a-z' -]{3,30}?)(?: wine|'?s? best friend)\b")
_SENTENCE_END = re.compile(r"[.;!?]")
_ITEM_SEPARATOR = re.compile(r",|\b(?:and|or|but|especially|even|plus)\b")


@lru_cache(maxsize=8192)
def suggested_items(description: str) -> tuple[frozenset[str], ...]:
    """Each food a wine's description suggests it for, as the names of its lexicon terms
    ("roast chicken": {"roasted", "chicken"}); only items with a main or a named dish."""
    folded = fold_text(description)
    phrases: list[str] = []
    for cue in _CUE.finditer(folded):
        if _NEGATED.search(folded[max(0, cue.start() - 20) : cue.start()]):
            continue  # "not for fish"
        end = _SENTENCE_END.search(folded, cue.end())
        phrases += _ITEM_SEPARATOR.split(folded[cue.end() : end.start() if end else len(folded)])
    phrases += [match.group("food") for match in _NAMED_WINE.finditer(folded)]
    items: list[frozenset[str]] = []
    for phrase in phrases:
        if _NEGATED_ITEM.search(phrase):
            continue  # "great with salmon, not with steak": the steak is refused
        terms = read_food(phrase).terms
        if any(term.protein is not None or term.kind == "dish" for term in terms):
            items.append(frozenset(term.name for term in terms))
    return tuple(dict.fromkeys(items))


def suggested_for(description: str, dish: DishProfile) -> frozenset[str] | None:
    """The item of the wine's own note that is this dish, if one is: the named dish itself
    ("Raclette wine"), or the dish's main made the way the note says ("roast chicken", "hake in
    salsa verde"). A main alone ("chicken", "pork") is too loose: a note's "try it with chicken"
    is no word on a chicken Madras."""
    if not description or dish.confidence <= 0 or not dish.words:
        return None
    words = set(dish.words)
    for item in suggested_items(description):
        if not item <= words:
            continue
        if names_the_dish(item) or (dish.words[0] in item and len(item) > 1):
            return item
    return None


def names_the_dish(item: frozenset[str]) -> bool:
    """Whether a note's item is a named dish ("raclette", "vitello tonnato"), not a main made
    some way ("roast pork")."""
    return any((term := TERMS_BY_NAME.get(name)) is not None and term.kind == "dish" for name in item)
