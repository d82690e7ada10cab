"""The list's own pairing notes: "Great with roast duck and venison", "Raclette wine".

Restaurants write what each wine is for in its description, and that is their sommelier's
word on their own list: a wine the list itself suggests for the dish is a strong candidate,
whatever the general rules make of its shape (the Fendant a Valais list calls "Raclette
wine" is light and soft, which no structural rule would choose for melted cheese).

A note names foods after a cue ("excellent with", "classic partner for", "serve with",
"made for") up to the end of its sentence, or a dish before "wine" ("Raclette wine"). It
suggests the wine for a dish when it names the dish's main (the same term, or its generic
name: "veal", "game", "fish"), the dish itself, or its cuisine ("spicy Thai dishes").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from recommendations.pairing.dishes import DishProfile, read_food
from recommendations.pairing.lexicon import TERMS_BY_NAME
from recommendations.pairing.terms import FoodTerm
from recommendations.pairing.text import fold_text

_CUE = re.compile(
    r"\b(?:(?:great|excellent|perfect|lovely|wonderful|ideal|superb|brilliant|delicious|good|best|classic|"
    r"terrific|made|built|born|shines?|partner|match|pair(?:s|ed)?|serve[ds]?(?: \w+){0,2}|try it|go-to \w+|"
    r"a natural|at home)\s+(?:with|for|alongside|beside|next to)|\bpairs? (?:it )?with)\b"
)
_NEGATED = re.compile(r"\b(?:not|never|avoid|nor)\W+(?:\w+\W+)?$")
_NAMED_WINE = re.compile(r"\b(?P<food>[a-z' -]{3,30}?) wine\b")
_SENTENCE_END = re.compile(r"[.;!?]")
# "Classic with French food" on a French list says little about any one French dish; "spicy
# Thai dishes" says much about a green curry.
_WINE_COUNTRY_CUISINES: Final = frozenset({"french", "italian", "spanish", "portuguese", "german", "austrian", "swiss"})
# A note's generic word for a main: "veal" suggests it for any veal dish, "game" for venison.
_GENERIC_MAINS: Final = frozenset(
    {"fish", "shellfish", "game", "cheese", "beef", "pork", "veal", "lamb", "duck", "chicken", "mushroom"}
)


@lru_cache(maxsize=8192)
def suggested_foods(description: str) -> tuple[FoodTerm, ...]:
    """The foods a wine's description suggests it for (mains, named dishes and cuisines)."""
    folded = fold_text(description)
    phrases: list[str] = []
    for cue in _CUE.finditer(folded):
        if _NEGATED.search(folded[max(0, cue.start() - 20) : cue.start()]):
            continue  # "not for fish"
        end = _SENTENCE_END.search(folded, cue.end())
        phrases.append(folded[cue.end() : end.start() if end else len(folded)])
    phrases += [match.group("food") for match in _NAMED_WINE.finditer(folded)]
    found: dict[str, FoodTerm] = {}
    for phrase in phrases:
        for term in read_food(phrase).terms:
            if term.protein is not None or term.kind in ("dish", "cuisine"):
                found.setdefault(term.name, term)
    return tuple(found.values())


@dataclass(frozen=True)
class Suggestion:
    """How a wine's note suggests it for a dish: by the dish itself ("Raclette wine") or its main
    when the dish is just that ("great with oysters"), ``exact``; or by the main's kind ("veal",
    "game", "beef" beside a bowl of pho) or the dish's cuisine, which says less."""

    food: FoodTerm
    exact: bool


def suggested_for(description: str, dish: DishProfile) -> Suggestion | None:
    """Whether, and by which food, the wine's own note suggests it for this dish."""
    if not description or dish.confidence <= 0:
        return None
    named_dish = any((term := TERMS_BY_NAME.get(word)) is not None and term.kind == "dish" for word in dish.words)
    found: Suggestion | None = None
    for term in suggested_foods(description):
        if term.kind == "dish" and term.name in dish.words:
            return Suggestion(term, exact=True)
        if term.kind == "cuisine":
            own = term.cuisine in _WINE_COUNTRY_CUISINES
            if dish.cuisine and term.cuisine == dish.cuisine and not own:
                found = found or Suggestion(term, exact=False)
        elif term.protein is not None and term.protein == dish.protein:
            if term.name in dish.words and not named_dish:
                return Suggestion(term, exact=True)
            if term.name in dish.words or term.name in _GENERIC_MAINS:
                found = found or Suggestion(term, exact=False)
    return found
