"""The bistro: a small, realistic list and menu the answer tests share, and how they ask it.

``stock_bistro`` fills a restaurant; the ``bistro`` fixture (tests/conftest.py) is that restaurant,
indexed for retrieval. ``converse`` asks questions in one conversation, as the diner page does.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from recommendations.dialogue import DialogueState
from recommendations.models import Course, Restaurant, Wine
from recommendations.recommender import Recommendations, recommend
from recommendations.retrieval.vector_index import wine_index_sync
from recommendations.voice import write_answer
from tests.factories import MenuItemFactory, WineFactory

LAMB = "A red under $60 for the lamb?"


def wine(restaurant: Restaurant, name: str, **fields: Any) -> Wine:
    defaults: dict[str, Any] = {"producer": "Domaine", "country": "France", "vintage": 2020}
    return WineFactory.create(restaurant=restaurant, name=name, **{**defaults, **fields})


def stock_bistro(restaurant: Restaurant) -> Restaurant:
    """A small list with a spread of colours, bodies and prices, most by the glass, and four dishes.

    Reds from $29 to $120 (light Morgon to full Barolo), three whites, a rosé, a Champagne and a
    Sauternes; lamb, oysters, a goat cheese salad and a crème brûlée on the menu. Indexed for retrieval.
    """
    red, white = "red", "white"
    wines: list[tuple[str, str, list[str], str, str, str | None, str]] = [
        ("Syrah Cornas", red, ["Syrah"], "Northern Rhône", "58", "14",
         "Full-bodied and firmly tannic, black olive, pepper and smoked meat. Built for lamb."),
        ("Cabernet Napa", red, ["Cabernet Sauvignon"], "Napa Valley", "95", None,
         "Full-bodied, tannic, blackcurrant and cedar; for steak and lamb."),
        ("Barolo Cannubi", red, ["Nebbiolo"], "Piedmont", "120", None,
         "Powerful, tannic Nebbiolo with tar, rose petal and cherry."),
        ("Côtes du Rhône Villages", red, ["Grenache", "Syrah"], "Southern Rhône", "36", "9",
         "Medium-bodied, ripe red fruit, garrigue and spice."),
        ("Morgon", red, ["Gamay"], "Beaujolais", "45", "11.50",
         "Light, juicy red cherries, low tannin. Charcuterie and roast chicken."),
        ("Chinon", red, ["Cabernet Franc"], "Loire", "29", "8",
         "Medium-bodied, fresh raspberry, graphite and herbs."),
        ("Sancerre", white, ["Sauvignon Blanc"], "Loire", "52", "13",
         "Crisp, high acidity, citrus and flint. Goat cheese and oysters."),
        ("Muscadet Sèvre et Maine", white, ["Melon de Bourgogne"], "Loire", "34", "9.50",
         "Bone-dry, light and saline, lemon and sea spray. Made for oysters."),
        ("Meursault", white, ["Chardonnay"], "Burgundy", "85", None,
         "Rich, oaked Chardonnay with butter, hazelnut and toast."),
        ("Bandol Rosé", "rose", ["Mourvèdre", "Cinsault"], "Provence", "48", "12",
         "Dry, pale rosé with strawberry, herbs and salt."),
        ("Champagne Brut", "sparkling", ["Chardonnay", "Pinot Noir"], "Champagne", "90", "18",
         "Fine bubbles, brioche, crisp acidity."),
        ("Sauternes", "dessert", ["Sémillon"], "Bordeaux", "70", "15",
         "Sweet, honeyed apricot and botrytis; with crème brûlée, blue cheese and fruit tarts."),
    ]  # fmt: skip
    for name, colour, grapes, region, bottle, glass, description in wines:
        wine(
            restaurant,
            name,
            colour=colour,
            grapes=grapes,
            region=region,
            bottle_price=Decimal(bottle),
            glass_price=Decimal(glass) if glass else None,
            vintage=None if colour == "sparkling" else 2020,
            description=description,
        )
    dishes = [
        ("Roast lamb shoulder", Course.MAIN, "Slow-roasted with rosemary and garlic jus", ["lamb", "roasted", "rich"]),
        ("Oysters", Course.STARTER, "Six Fine de Claire oysters, mignonette", ["oysters", "shellfish", "raw"]),
        ("Goat cheese salad", Course.STARTER, "Warm goat cheese on toast, frisée, walnuts", ["goat cheese", "salad"]),
        ("Crème brûlée", Course.DESSERT, "Vanilla custard with a burnt sugar crust", ["dessert", "custard"]),
    ]
    for name, course, description, tags in dishes:
        MenuItemFactory.create(restaurant=restaurant, name=name, course=course, description=description, tags=tags)
    wine_index_sync(restaurant_id=restaurant.pk)
    return restaurant


# Only two reds cost $40 or less, so its wines are decided by the list, not the ranking: the
# Côtes du Rhône Villages ($36) and the Chinon ($29).
BUDGET = "A red under $40 for the lamb?"

FAITHFUL = (
    "For the roast lamb shoulder I'd pour the Côtes du Rhône Villages ($36): ripe red fruit, garrigue and spice "
    "meet the lamb's rosemary and garlic. The Chinon ($29) adds fresh raspberry and herbs for a lighter touch."
)

RECIPE = (
    "Serves 4. Ingredients: a lamb shoulder, rosemary and garlic. Roast it slowly and pour the Côtes du Rhône "
    "Villages or the Chinon alongside."
)


def converse(restaurant: Restaurant, *questions: str) -> list[Recommendations]:
    """Ask the questions in one conversation; every answer."""
    answers: list[Recommendations] = []
    state: DialogueState | None = None
    for question in questions:
        answer = recommend(restaurant=restaurant, query=question, state=state)
        answers.append(answer)
        state = answer.state()
    return answers


def house_words(restaurant: Restaurant, question: str) -> str:
    """The house voice's answer to a first question."""
    return write_answer(recommend(restaurant=restaurant, query=question))
