"""Pairing knowledge: grapes and appellations, wine profiles, the food lexicon, dish profiles
and the rules sommeliers pair them by.

Everything here is a pure function over plain values: no database, no model, no network.
The recommender, the offline evaluation and the tests therefore score a pairing
identically on every run. The parts:

- ``text``: folding, stemming, phrase tables;
- ``grapes``: grape traits and the appellations that imply them;
- ``wines``: a wine's structure from its grapes, name, place and description;
- ``terms``: what a food term is, and the checked builders the tables are written with;
- ``lexicon``: the food lexicon (ingredients, cuts, methods, sauces, cuisines, named dishes),
  with ``lexicon_menu`` (everyday menu words) and ``lexicon_world`` (named dishes of the world);
- ``dishes``: a dish's profile from its parts;
- ``rules``: the pairing score and its reasons, with the classic pairings and their sources;
- ``styles``: the evaluation's vocabulary of acceptable styles;
- ``places``: where a wine comes from, as a diner asks for it ("something from Oregon").
"""

from recommendations.pairing.dishes import DishProfile, board_parts, dish_profile, read_food
from recommendations.pairing.grapes import GRAPE_ALIASES, GRAPES, GrapeTraits, canonical_grape, grape_traits
from recommendations.pairing.rules import PairingScore, pairing_score
from recommendations.pairing.styles import STYLE_CRITERIA_KEYS, style_matches
from recommendations.pairing.text import fold_text, stem, word_list, words_of
from recommendations.pairing.wines import WineProfile, describe_wine_style, wine_profile

COLOURS = ("red", "white", "rose", "sparkling", "dessert", "orange")

__all__ = [
    "COLOURS",
    "GRAPES",
    "GRAPE_ALIASES",
    "STYLE_CRITERIA_KEYS",
    "DishProfile",
    "GrapeTraits",
    "PairingScore",
    "WineProfile",
    "board_parts",
    "canonical_grape",
    "describe_wine_style",
    "dish_profile",
    "fold_text",
    "grape_traits",
    "pairing_score",
    "read_food",
    "stem",
    "style_matches",
    "wine_profile",
    "word_list",
    "words_of",
]
