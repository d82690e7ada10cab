"""The conversation rules, end to end: every question answered in the conversation before it.

Each test asks ``recommend`` one question after another, handing it the state the last
answer left (``Recommendations.state()``), exactly as the answering pipeline does.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

from recommendations.dialogue import DialogueState, ShownWine
from recommendations.models import Course, Restaurant, Wine
from recommendations.question import Constraints
from recommendations.recommender import Recommendations, recommend
from recommendations.vector_index import wine_index_drop, wine_index_sync
from recommendations.voice import write_answer
from tests.factories import MenuItemFactory, WineFactory

pytestmark = pytest.mark.django_db

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


@pytest.fixture
def bistro(restaurant_a: Restaurant) -> Iterator[Restaurant]:
    yield stock_bistro(restaurant_a)
    wine_index_drop(restaurant_id=restaurant_a.pk)


def converse(restaurant: Restaurant, *questions: str) -> list[Recommendations]:
    """Ask the questions in one conversation; every answer."""
    answers: list[Recommendations] = []
    state: DialogueState | None = None
    for question in questions:
        answer = recommend(restaurant=restaurant, query=question, state=state)
        answers.append(answer)
        state = answer.state()
    return answers


def names(result: Recommendations) -> set[str]:
    return {pick.wine.name for pick in result.picks}


def colours(result: Recommendations) -> set[str]:
    return {pick.wine.colour for pick in result.picks}


def add_cheap_white(restaurant: Restaurant) -> None:
    wine(
        restaurant,
        "Picpoul de Pinet",
        colour="white",
        grapes=["Picpoul"],
        region="Languedoc",
        bottle_price=Decimal("24"),
        description="Zesty lemon, saline.",
    )
    wine_index_sync(restaurant_id=restaurant.pk)


# --- "something cheaper?" -------------------------------------------------------------


def test_something_cheaper_keeps_the_dish_and_shows_only_wines_below_the_cheapest_just_shown(
    bistro: Restaurant,
) -> None:
    first, cheaper = converse(bistro, "What goes with the lamb, over $50?", "Something cheaper?")

    cheapest = min(pick.wine.bottle_price for pick in first.picks)
    assert cheapest >= Decimal("50")
    assert cheaper.picks
    assert not cheaper.nothing_fits
    for pick in cheaper.picks:
        assert pick.wine.bottle_price < cheapest, pick.wine
        assert pick.wine.colour in colours(first), pick.wine
    assert not names(cheaper) & names(first)
    assert cheaper.constraints.min_price is None  # "cheaper" drops the floor it goes below
    assert cheaper.understood.dish == "Roast lamb shoulder"
    assert cheaper.understood.refinements == ("cheaper",)


def test_when_nothing_is_cheaper_it_says_so_and_offers_the_least_expensive_labelled(bistro: Restaurant) -> None:
    chinon, cheaper = converse(bistro, "A red under $30 for the lamb?", "Something cheaper?")

    assert names(chinon) == {"Chinon"}  # the cheapest red, $29
    assert cheaper.nothing_fits
    assert [(pick.wine.name, pick.alternative) for pick in cheaper.picks] == [("Chinon", True)]
    assert cheaper.understood.refinements == ("cheaper",)


def test_when_nothing_is_cheaper_in_the_colour_just_shown_it_does_not_switch_colour(bistro: Restaurant) -> None:
    add_cheap_white(bistro)

    first, cheaper = converse(bistro, "What goes with the lamb, under $30?", "Something cheaper?")

    assert names(first) == {"Chinon"}
    assert colours(cheaper) <= {"red"}, names(cheaper)


# --- "and by the glass?" --------------------------------------------------------------


def test_and_by_the_glass_keeps_the_dish_and_colour_and_prices_by_the_glass(bistro: Restaurant) -> None:
    _, glass = converse(bistro, LAMB, "And by the glass?")

    assert glass.constraints.by_the_glass
    assert glass.constraints.colours == frozenset({"red"})
    assert glass.understood.dish == "Roast lamb shoulder"
    assert glass.understood.dish_source == "conversation"
    assert glass.picks
    assert all(pick.wine.glass_price is not None and pick.wine.colour == "red" for pick in glass.picks)
    assert glass.state().shown[0].price == glass.picks[0].wine.glass_price  # "cheaper" next compares glasses


# --- a new dish is a new topic; budget and glass are the diner's ---------------------------


def test_a_new_dish_drops_the_colour_said_for_the_last_one(bistro: Restaurant) -> None:
    _, cheaper, oysters = converse(bistro, LAMB, "Something cheaper?", "What goes with the oysters, by the glass?")

    assert oysters.understood.dish == "Oysters"
    assert oysters.understood.new_topic
    assert oysters.constraints.colours == frozenset()
    assert "red" not in colours(oysters)
    assert oysters.constraints.by_the_glass
    assert all(pick.wine.glass_price is not None for pick in oysters.picks)
    assert oysters.constraints.max_price == cheaper.constraints.max_price  # the budget stands


def test_a_grape_and_a_style_said_for_the_lamb_are_not_kept_for_the_oysters(bistro: Restaurant) -> None:
    lamb, oysters = converse(bistro, "A peppery Syrah for the lamb?", "And for the oysters?")

    assert lamb.constraints.grapes == ("Syrah",)
    assert lamb.constraints.style_words == ("spicy",)
    assert lamb.picks
    assert all("Syrah" in pick.wine.grapes for pick in lamb.picks)
    assert oysters.understood.dish == "Oysters"
    assert (oysters.constraints.grapes, oysters.constraints.style_words) == ((), ())
    assert not any("Syrah" in pick.wine.grapes for pick in oysters.picks)


def test_the_budget_and_by_the_glass_hold_until_the_diner_changes_them(bistro: Restaurant) -> None:
    _, oysters, bottle, any_price = converse(
        bistro, LAMB, "What goes with the oysters, by the glass?", "A bottle this time", "Any price"
    )

    assert (oysters.constraints.max_price, oysters.constraints.by_the_glass) == (Decimal("60"), True)
    assert (bottle.constraints.max_price, bottle.constraints.by_the_glass) == (Decimal("60"), False)
    assert bottle.understood.dish == "Oysters"
    assert all(pick.wine.bottle_price <= Decimal("60") for pick in bottle.picks)
    assert (any_price.constraints.max_price, any_price.constraints.by_the_glass) == (None, False)
    assert any_price.understood.dish == "Oysters"


def test_style_words_said_with_the_salad_do_not_follow_to_the_dessert(bistro: Restaurant) -> None:
    salad, dessert = converse(bistro, "A crisp white for the goat cheese salad", "And something for the crème brûlée?")

    assert colours(salad) == {"white"}
    assert salad.constraints.style_words == ("crisp",)
    assert dessert.understood.dish == "Crème brûlée"
    assert dessert.understood.new_topic
    assert (dessert.constraints.colours, dessert.constraints.style_words) == (frozenset(), ())
    assert [pick.wine.name for pick in dessert.picks] == ["Sauternes"]
    assert colours(dessert) == {"dessert"}


# --- the current turn wins --------------------------------------------------------------


def test_a_white_asked_for_the_lamb_gives_whites(bistro: Restaurant) -> None:
    (result,) = converse(bistro, "a white for the lamb")

    assert result.understood.dish == "Roast lamb shoulder"
    assert result.picks
    assert colours(result) == {"white"}


def test_a_white_instead_after_a_red_gives_whites_for_the_same_dish_and_budget(bistro: Restaurant) -> None:
    _, instead = converse(bistro, LAMB, "A white instead?")

    assert instead.understood.dish == "Roast lamb shoulder"
    assert instead.constraints.colours == frozenset({"white"})
    assert instead.picks
    assert colours(instead) == {"white"}
    assert all(pick.wine.bottle_price <= Decimal("60") for pick in instead.picks)


# --- start over ---------------------------------------------------------------------------


@pytest.mark.parametrize("words", ["Start over", "Forget that"])
def test_start_over_drops_the_dish_the_colour_the_budget_and_the_glass(bistro: Restaurant, words: str) -> None:
    _, fresh = converse(bistro, "A red under $60 by the glass for the lamb?", words)

    assert fresh.understood.dish is None
    assert fresh.constraints == Constraints()
    assert fresh.understood.refinements == ()
    assert fresh.state().constraints == Constraints()
    assert (fresh.state().dish_ids, fresh.state().dish_words) == ((), ())
    assert len(colours(fresh)) > 1  # no colour left: the answer spans the list


def test_forget_that_with_a_new_question_answers_only_the_new_one(bistro: Restaurant) -> None:
    _, oysters = converse(
        bistro, "A red under $60 by the glass for the lamb?", "Forget that, what goes with the oysters?"
    )

    assert oysters.understood.dish == "Oysters"
    assert oysters.constraints == Constraints()
    assert "red" not in colours(oysters)


# --- "another like the second" ----------------------------------------------------------


@pytest.mark.parametrize(
    "words",
    [
        "Another like the 2nd",
        "Another like the second",
        "Another one like the second",
        "Something similar to the second one",
    ],
)
def test_another_like_the_second_is_a_new_wine_of_the_second_wines_colour(bistro: Restaurant, words: str) -> None:
    first, like = converse(bistro, "What do you recommend tonight?", words)

    second = first.picks[1].wine
    assert len(colours(first)) == 3  # no dish, no colour: one of each, so "the second" is telling
    assert "like" in like.understood.refinements
    assert like.understood.new_topic is False
    assert like.picks
    assert not names(like) & names(first)
    assert colours(like) == {second.colour}


# --- lighter (and bolder) -------------------------------------------------------------------


def test_lighter_shows_lighter_bodied_wines_for_the_same_dish(bistro: Restaurant) -> None:
    first, lighter = converse(bistro, "What goes with the lamb?", "Something lighter?")

    heaviest = max(pick.profile.body for pick in first.picks)
    assert lighter.picks
    assert all(pick.profile.body < heaviest for pick in lighter.picks)
    assert not names(lighter) & names(first)
    assert lighter.understood.refinements == ("lighter",)
    assert lighter.understood.dish == "Roast lamb shoulder"


@pytest.mark.parametrize(
    ("questions", "direction"),
    [
        # The Muscadet (light) and the Sancerre are the only whites under $55: nothing lighter is left.
        (("A white under $55 for the oysters", "Lighter?"), "lighter"),
        # Every red over $50 is full-bodied: nothing bolder is left.
        (("A red over $50 for the lamb?", "Something bolder"), "bolder"),
    ],
)
def test_lighter_or_bolder_never_passes_off_a_wine_on_the_wrong_side_of_those_just_shown(
    bistro: Restaurant, questions: tuple[str, str], direction: str
) -> None:
    first, refined = converse(bistro, *questions)

    bodies = [pick.profile.body for pick in first.picks]
    assert refined.understood.refinements == (direction,)
    # Nothing lighter (fuller) is left: the answer says so, and what it shows is labelled the closest.
    assert refined.nothing_fits is True
    assert all(pick.alternative for pick in refined.picks)
    word = "lighter" if direction == "lighter" else "fuller"
    assert write_answer(refined).startswith(f"There is nothing {word} in that style on our list; the closest is")
    for pick in refined.picks:
        if direction == "lighter":
            assert pick.profile.body <= max(bodies), pick.wine
        else:
            assert pick.profile.body >= min(bodies), pick.wine


# --- what was understood ------------------------------------------------------------------


def test_understood_says_where_the_dish_came_from_and_what_was_refined(bistro: Restaurant) -> None:
    lamb, cheaper, risotto, lighter = converse(
        bistro,
        "What goes with the lamb, over $50?",
        "Something cheaper?",
        "What goes with a mushroom risotto?",
        "Something lighter?",
    )

    said = [
        (
            answer.understood.dish,
            answer.understood.dish_source,
            answer.understood.refinements,
            answer.understood.new_topic,
        )
        for answer in (lamb, cheaper, risotto, lighter)
    ]
    assert said == [
        ("Roast lamb shoulder", "menu", (), True),
        ("Roast lamb shoulder", "conversation", ("cheaper",), False),
        ("mushroom risotto", "question", (), True),
        ("mushroom risotto", "conversation", ("lighter",), False),
    ]
    assert cheaper.understood.as_json()["refinements"] == ["cheaper"]
    assert risotto.understood.as_json()["dish_source"] == "question"


def test_understood_says_when_the_mains_were_meant(bistro: Restaurant) -> None:
    (result,) = converse(bistro, "Pair with my main")

    assert (result.understood.dish, result.understood.dish_source) == ("Roast lamb shoulder", "mains")


# --- the stored state ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "garbage",
    [
        "a red under $60",
        42,
        None,
        ["constraints"],
        {"constraints": "red"},
        {"constraints": {"colours": 5}},
        {"dish_ids": ["lamb"]},
        {"shown": "the Syrah"},
        {"shown": [{"id": "x", "price": "58", "colour": "red", "body": 5}]},
        {"shown": [{"id": 1, "price": "fifty", "colour": "red", "body": 5}]},
        {"shown": [{"id": 1}]},
        {"turns": "many"},
    ],
)
def test_an_unreadable_stored_state_starts_afresh(garbage: Any) -> None:
    assert DialogueState.from_json(garbage) == DialogueState()


def test_a_state_round_trips_through_json(bistro: Restaurant) -> None:
    _, glass = converse(bistro, LAMB, "And by the glass?")
    state = glass.state()

    stored = json.loads(json.dumps(state.as_json()))

    assert DialogueState.from_json(stored) == state
    assert state.turns == 2
    assert state.shown
    assert all(isinstance(wine, ShownWine) for wine in state.shown)
    again = recommend(restaurant=bistro, query="Something cheaper?", state=DialogueState.from_json(stored))
    assert [pick.wine.pk for pick in again.picks] == [
        pick.wine.pk for pick in recommend(restaurant=bistro, query="Something cheaper?", state=state).picks
    ]


@pytest.mark.parametrize(
    "stored",
    [
        {"constraints": {"max_price": "NaN"}},
        {"constraints": {"max_price": "Infinity"}},
        {"shown": [{"id": 1, "price": "NaN", "colour": "red", "body": 3}]},
    ],
)
def test_a_stored_price_that_is_not_a_number_starts_afresh(bistro: Restaurant, stored: dict[str, Any]) -> None:
    state = DialogueState.from_json(stored)

    result = recommend(restaurant=bistro, query="Something cheaper?", state=state)

    assert result.picks
