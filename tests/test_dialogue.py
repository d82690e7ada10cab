"""The conversation rules, end to end: every question answered in the conversation before it.

Each test asks ``recommend`` one question after another, handing it the state the last
answer left (``Recommendations.state()``), exactly as the answering pipeline does.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest

from recommendations.dialogue import DialogueState, ShownWine
from recommendations.evaluation import check_turn, held_out_lists, load, refinement_followed
from recommendations.models import Course, Restaurant, Wine
from recommendations.pairing.styles import half_of
from recommendations.question import Constraints, parse_question
from recommendations.recommender import Recommendations, recommend
from recommendations.retrieval.vector_index import wine_index_sync
from recommendations.voice import rubric_problems, write_answer
from tests.bistro import LAMB, converse, wine
from tests.factories import MenuItemFactory

pytestmark = pytest.mark.django_db


def shown_after(first: Recommendations, *shown: tuple[Wine, int]) -> DialogueState:
    """The conversation after ``first``, as if its answer had shown these wines (with these bodies)."""
    wines = tuple(ShownWine(wine.pk, wine.bottle_price, wine.colour, body) for wine, body in shown)
    return DialogueState(**{**vars(first.state()), "shown": wines, "focus": None})


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


def add_off_dry_white(restaurant: Restaurant) -> None:
    """The one white on the list with a touch of sweetness (the others are bone dry)."""
    wine(
        restaurant,
        "Vouvray Demi-Sec",
        colour="white",
        grapes=["Chenin Blanc"],
        region="Loire",
        bottle_price=Decimal("44"),
        description="Demi-sec Chenin Blanc: off-dry, quince, honeyed apple and bright acidity.",
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
    assert cheaper.constraints.max_price is not None
    assert cheaper.constraints.max_price < Decimal("60")
    assert oysters.constraints.max_price == Decimal("60")  # the budget the diner said stands


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


def test_a_budget_said_per_glass_does_not_become_a_bottle_budget(bistro: Restaurant) -> None:
    glass, bottle = converse(bistro, "A glass of white under $14 for the oysters?", "A bottle this time")

    assert (glass.constraints.max_price, glass.constraints.price_per_glass) == (Decimal("14"), True)
    assert all(pick.wine.glass_price is not None and pick.wine.glass_price <= 14 for pick in glass.picks)
    assert bottle.understood.dish == "Oysters"
    assert (bottle.constraints.max_price, bottle.constraints.by_the_glass) == (None, False)
    assert bottle.constraints.colours == frozenset({"white"})
    assert bottle.picks
    assert max(pick.wine.bottle_price for pick in bottle.picks) > 14
    _, _, fresh = converse(bistro, "A glass of white under $14 for the oysters?", "Something cheaper?", "Start over")
    assert not fresh.understood.glass_budget_dropped  # starting over drops the budget without a word
    assert bottle.understood.glass_budget_dropped
    assert not glass.understood.glass_budget_dropped
    assert write_answer(bottle).startswith("Your budget was for a glass, so these bottles come from the whole list")


def test_cheaper_by_the_glass_is_a_glass_budget_that_a_bottle_drops(bistro: Restaurant) -> None:
    _, cheaper, bottle = converse(bistro, "A glass of red for the lamb?", "Something cheaper?", "A bottle instead")

    assert cheaper.constraints.max_price is not None
    assert cheaper.constraints.price_per_glass
    assert DialogueState.from_json(cheaper.state().as_json()).constraints == cheaper.state().constraints
    assert (bottle.constraints.max_price, bottle.constraints.by_the_glass) == (None, False)


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


@pytest.mark.parametrize("words", ["50?", "ok 50", "50 bucks?"])
def test_a_number_alone_is_the_budget_even_when_none_was_said(bistro: Restaurant, words: str) -> None:
    first, budget = converse(bistro, "What goes with the lamb?", words)

    assert first.constraints.max_price is None
    assert budget.constraints.max_price == Decimal("50")
    assert budget.understood.dish == "Roast lamb shoulder"
    assert budget.picks
    assert all(pick.wine.bottle_price <= Decimal("50") for pick in budget.picks)


@pytest.mark.parametrize("words", ["2", "2019?", "14%?", "#12", "'19?"])
def test_a_small_number_a_year_a_strength_or_a_bin_alone_is_no_budget(bistro: Restaurant, words: str) -> None:
    _, answer = converse(bistro, "What goes with the lamb? under 100", words)

    assert answer.constraints.max_price == Decimal("100")  # the budget said stays; no new one
    assert answer.understood.dish == "Roast lamb shoulder"


@pytest.mark.parametrize(
    ("words", "budget"), [("can you drop the price a bit?", "60"), ("drop the budget to 40", "40")]
)
def test_drop_the_price_changes_the_budget_it_does_not_take_it_back(
    bistro: Restaurant, words: str, budget: str
) -> None:
    _, _, dropped = converse(bistro, "What goes with the lamb?", "under 60", words)

    assert dropped.constraints.max_price == Decimal(budget)
    assert dropped.understood.dish == "Roast lamb shoulder"


@pytest.mark.parametrize("words", ["actually scrap the budget", "forget about the price limit", "ditch the budget"])
def test_a_budget_taken_back_is_dropped_and_is_no_dish(bistro: Restaurant, words: str) -> None:
    _, _, unbounded = converse(bistro, "What goes with the lamb?", "under 40", words)

    assert unbounded.constraints.max_price is None
    assert unbounded.understood.dish == "Roast lamb shoulder"


def test_forget_the_glass_goes_back_to_bottles(bistro: Restaurant) -> None:
    _, glass, bottle = converse(bistro, "What goes with the lamb?", "a glass under 15", "ok forget the glass")

    assert glass.constraints.by_the_glass
    assert not bottle.constraints.by_the_glass
    assert bottle.understood.dish == "Roast lamb shoulder"


@pytest.mark.parametrize(
    "words", ["actually make it orange", "how about orange?", "just a glass of orange - what's open?"]
)
def test_make_it_orange_asks_for_an_orange_wine_in_place_of_the_colour(bistro: Restaurant, words: str) -> None:
    wine(bistro, "Ribolla Anfora", colour="orange", grapes=["Ribolla Gialla"], bottle_price=Decimal("55"))

    _, orange = converse(bistro, "a rosé for the goat cheese salad", words)

    assert orange.constraints.colours == frozenset({"orange"})
    assert names(orange) == {"Ribolla Anfora"}
    assert orange.understood.dish == "Goat cheese salad"


@pytest.mark.parametrize(
    ("words", "dish"),
    [
        ("what about orange duck?", "duck"),
        ("how about orange, fennel and olive salad?", "salad"),
        ("a glass of orange juice for the kid and a red for the lamb", "lamb"),
        ("a glass of orange for the kid and a red for the lamb", "lamb"),
    ],
)
def test_orange_among_foods_is_still_food(bistro: Restaurant, words: str, dish: str) -> None:
    (answer,) = converse(bistro, words)

    assert "orange" not in answer.constraints.colours
    assert dish in " ".join(answer.parsed.dish_words)


# --- local ---------------------------------------------------------------------------------


def test_anything_local_is_the_restaurants_own_region_and_local_oysters_are_food(bistro: Restaurant) -> None:
    bistro.local_wines_from = "Loire"
    bistro.save(update_fields=["local_wines_from"])

    local, oysters = converse(bistro, "anything local?", "and with the local oysters?")

    assert local.constraints.places == ("Loire",)
    assert local.picks
    assert {pick.wine.region for pick in local.picks} == {"Loire"}
    opening = write_answer(local).split(". ")[0]
    assert "Loire" in opening  # the answer says where "local" is
    assert "local" in opening
    assert oysters.understood.dish == "Oysters"
    assert oysters.constraints.places == ()  # a new dish; "local" was the oysters'


def test_anything_local_with_no_region_set_answers_from_the_whole_list(bistro: Restaurant) -> None:
    (local,) = converse(bistro, "anything local?")

    assert local.constraints.places == ()
    assert local.picks
    assert "local" not in write_answer(local).split(". ")[0]


def test_a_place_the_list_has_nothing_from_is_not_named_as_where_the_wines_come_from(bistro: Restaurant) -> None:
    (oregon,) = converse(bistro, "something from Oregon?")

    assert oregon.understood.places_missing == ("Oregon",)
    assert oregon.nothing_fits  # the wines come from elsewhere: nothing fits as asked, said so
    assert oregon.picks
    text = write_answer(oregon)
    assert text.startswith("Nothing from Oregon")
    assert "From Oregon" not in text
    assert "from Oregon, " not in text


def test_a_wine_from_a_place_asked_alone_is_answered_from_that_place(bistro: Restaurant) -> None:
    (loire,) = converse(bistro, "something from the Loire?")

    assert {pick.wine.region for pick in loire.picks} == {"Loire"}
    assert "Loire" in write_answer(loire).split(". ")[0]


# --- the table's diet ------------------------------------------------------------------------


def test_we_are_vegetarian_leaves_the_meat_talked_about_for_the_menus_meat_free_dishes(bistro: Restaurant) -> None:
    _, vegetarian = converse(bistro, "What goes with the lamb?", "actually we're vegetarian, what do you recommend?")

    assert vegetarian.understood.new_topic
    assert vegetarian.understood.dish == "Goat cheese salad"  # the one dish with no meat or fish
    assert vegetarian.understood.dish_source == "vegetarian"
    assert vegetarian.picks
    assert not rubric_problems(write_answer(vegetarian), vegetarian)


def test_we_are_vegan_on_a_menu_with_no_plant_dish_answers_for_the_list_and_says_what_it_knows(
    bistro: Restaurant,
) -> None:
    _, vegan = converse(bistro, "What goes with the lamb?", "we're vegan, what do you recommend?")

    assert vegan.understood.dish is None  # goat's cheese is no vegan dish, and the lamb is gone
    assert vegan.picks
    words = write_answer(vegan)
    assert "does not say which wines are vegan" in words
    assert not rubric_problems(words, vegan)


@pytest.mark.parametrize("words", ["is the first one vegan?", "is the first one vegan too?", "is it vegan?"])
def test_is_it_vegan_stays_a_question_about_the_wine(bistro: Restaurant, words: str) -> None:
    lamb, vegan = converse(bistro, "What goes with the lamb?", words)

    assert vegan.understood.dish == "Roast lamb shoulder"
    assert [pick.wine.pk for pick in vegan.picks] == [lamb.picks[0].wine.pk]
    assert "vegan" in write_answer(vegan)


# --- alcohol-free ---------------------------------------------------------------------------


def test_alcohol_free_on_a_list_with_none_says_so_and_keeps_the_conversation(bistro: Restaurant) -> None:
    lamb, none, second = converse(
        bistro, "What goes with the lamb?", "my wife's pregnant, anything non-alcoholic for her?", "is the second oaky?"
    )

    assert none.nothing_fits
    assert none.picks == []
    words = write_answer(none)
    assert "no alcohol-free wine" in words
    assert "the roast lamb shoulder still stand" in words
    assert not rubric_problems(words, none)
    # The wines shown before are still the ones "the second" means.
    assert [pick.wine.pk for pick in second.picks] == [lamb.picks[1].wine.pk]


@pytest.mark.parametrize(
    "words", ["no alcohol for me, but a red for the lamb for him", "a non-alcoholic beer for me and a red for the lamb"]
)
def test_one_diner_without_alcohol_does_not_take_the_tables_wine_away(bistro: Restaurant, words: str) -> None:
    (answer,) = converse(bistro, words)

    assert not answer.nothing_fits
    assert answer.understood.dish == "Roast lamb shoulder"
    assert answer.picks
    assert colours(answer) == {"red"}


def test_alcohol_free_shows_the_lists_alcohol_free_wines(bistro: Restaurant) -> None:
    wine(bistro, "Sparkling Chardonnay 0.0%", colour="sparkling", grapes=["Chardonnay"], bottle_price=Decimal("30"),
         description="Dealcoholised, with crisp apple and fine bubbles.")  # fmt: skip
    wine_index_sync(restaurant_id=bistro.pk)

    wine(bistro, "Brut Nature", colour="sparkling", grapes=["Chardonnay"], bottle_price=Decimal("60"),
         description="Zero dosage (0.0 g/l), no alcohol heat, chalk and lemon.")  # fmt: skip
    wine_index_sync(restaurant_id=bistro.pk)

    _, free, chosen = converse(
        bistro, "What goes with the lamb?", "designated driver tonight - anything alcohol-free?", "I'll take the first"
    )

    assert not free.nothing_fits
    assert names(free) == {"Sparkling Chardonnay 0.0%"}  # not the Brut Nature, whatever its note says
    # Shown, the alcohol-free wine is the one "the first" means.
    assert names(chosen) == {"Sparkling Chardonnay 0.0%"}


# --- the other wines shown ------------------------------------------------------------------


@pytest.mark.parametrize("words", ["and the other two?", "what about the others?", "tell me about the rest"])
def test_the_other_two_are_the_wines_shown_but_the_one_just_talked_about(bistro: Restaurant, words: str) -> None:
    shown, first, others = converse(bistro, "a red for the lamb", "tell me about the first one", words)

    assert len(shown.picks) == 3
    assert [pick.wine.pk for pick in first.picks] == [shown.picks[0].wine.pk]
    assert [pick.wine.pk for pick in others.picks] == [pick.wine.pk for pick in shown.picks[1:]]
    assert others.understood.refinements == ("about",)
    assert others.understood.dish == shown.understood.dish


def test_another_other_asks_for_new_wines_not_the_others_shown(bistro: Restaurant) -> None:
    shown, other = converse(bistro, "a red for the lamb", "any other red?")

    assert other.understood.refinements != ("about",)
    assert other.picks
    assert not {pick.wine.pk for pick in other.picks} & {pick.wine.pk for pick in shown.picks}


def test_asking_for_others_again_shows_wines_not_yet_shown_until_there_are_none(bistro: Restaurant) -> None:
    turns = converse(bistro, "a red for the lamb", "any other red?", "any others?", "any others?")

    seen: set[int] = set()
    for turn in turns:
        fresh = {pick.wine.pk for pick in turn.picks if not pick.alternative}
        assert not fresh & seen, "a wine passed over came back"
        seen |= fresh
    assert all(pick.wine.colour == "red" for turn in turns for pick in turn.picks)
    # Past the last red, the answer says so rather than starting the list again as if new.
    assert turns[-1].nothing_fits
    assert turns[-1].picks
    assert write_answer(turns[-1]).startswith("I have shown you every red on our list that fits")
    state = turns[-1].state()
    assert DialogueState.from_json(state.as_json()) == state


@pytest.mark.parametrize("words", ["more options?", "any more?", "more?"])
def test_more_asks_for_other_wines(bistro: Restaurant, words: str) -> None:
    shown, more = converse(bistro, "a red for the lamb", words)

    assert "other" in more.understood.refinements
    assert not {pick.wine.pk for pick in more.picks} & {pick.wine.pk for pick in shown.picks}


@pytest.mark.parametrize(
    "words",
    [
        "is there any other way to pay?",
        "any other allergens in the lamb?",
        "any other questions for me?",
        "tell me some more",
        "I don't want any more",
    ],
)
def test_any_other_about_something_else_than_wine_asks_for_no_other_wines(bistro: Restaurant, words: str) -> None:
    shown, after = converse(bistro, "a red for the lamb", words)

    assert "other" not in after.understood.refinements
    assert [pick.wine.pk for pick in after.picks] == [pick.wine.pk for pick in shown.picks]


@pytest.mark.parametrize("words", ["how is the rest of your evening?", "tell me about the rest of the menu"])
def test_the_rest_of_something_else_is_not_the_other_wines(bistro: Restaurant, words: str) -> None:
    shown, after = converse(bistro, "a red for the lamb", words)

    assert [pick.wine.pk for pick in after.picks] != [pick.wine.pk for pick in shown.picks[1:]]


def test_a_wine_asked_about_between_two_any_others_keeps_the_ones_passed_over(bistro: Restaurant) -> None:
    first, second, _, third = converse(
        bistro, "a red for the lamb", "any other red?", "tell me about the first one", "any others?"
    )

    passed = {pick.wine.pk for pick in (*first.picks, *second.picks)}
    assert not {pick.wine.pk for pick in third.picks if not pick.alternative} & passed


def test_others_past_a_budget_say_the_budget_not_that_every_wine_was_shown(bistro: Restaurant) -> None:
    _, others = converse(bistro, "a red for the lamb under 20", "any others?")

    assert others.nothing_fits
    assert not write_answer(others).startswith("I have shown you every")


@pytest.mark.parametrize(("first", "then", "colour"), [("a tawny port?", "a fino?", "white"),
                                                     ("a red for the lamb", "a Muscadet?", "white")])  # fmt: skip
def test_a_place_named_anew_answers_the_colour_question_anew(
    bistro: Restaurant, first: str, then: str, colour: str
) -> None:
    _, after = converse(bistro, first, then)

    assert after.understood.contradictions == ()
    assert after.constraints.colours == frozenset()
    assert {pick.wine.colour for pick in after.picks} == {colour}


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


def test_one_like_a_grand_cru_but_cheaper_is_first_of_its_own_appellation(bistro: Restaurant) -> None:
    # Fuller, oaked Chardonnays sit between the grand cru and the village Chablis in price; the
    # village Chablis is the one "like it" means.
    for name, region, price, description in (
        (
            "Chablis Grand Cru Les Clos",
            "Burgundy",
            "160",
            "Medium-to-full-bodied, crisp, lemon, flint and white flowers.",
        ),
        ("Chablis", "Burgundy", "48", "Light-to-medium-bodied, racy and unoaked, lemon and green apple."),
        ("Sonoma Chardonnay", "Sonoma Coast", "75", "Medium-bodied, crisp, lemon, hazelnut and a touch of oak."),
    ):
        wine(bistro, name, colour="white", grapes=["Chardonnay"], region=region, bottle_price=Decimal(price),
             description=description)  # fmt: skip
    wine_index_sync(restaurant_id=bistro.pk)
    grand_cru = bistro.wines.get(name="Chablis Grand Cru Les Clos")
    first = recommend(restaurant=bistro, query="A white for the oysters")
    state = shown_after(first, (grand_cru, 4))

    like = recommend(restaurant=bistro, query="Something like the first one but cheaper", state=state)

    assert "like" in like.understood.refinements
    assert like.picks[0].wine.name == "Chablis"


# --- a step along one trait: drier, rounder, softer, less oaky, in every language ------------


@pytest.mark.parametrize(
    "question",
    ["Less tannic?", "Moins tannique ?", "Meno tannico?", "¿Menos tánico?", "Menos tânico?", "Weniger Tannin?"],
)
def test_less_tannic_in_each_language_shows_softer_wines_than_the_lead(bistro: Restaurant, question: str) -> None:
    first, softer = converse(bistro, "What goes with the lamb?", question)

    lead = first.picks[0].profile.tannin
    assert lead >= 4, first.picks[0].wine
    assert softer.picks
    assert not softer.nothing_fits
    assert all(pick.profile.tannin < lead for pick in softer.picks), [p.wine.name for p in softer.picks]
    assert "smooth" in softer.constraints.style_words
    assert softer.understood.dish == "Roast lamb shoulder"


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("Drier?", "Our list has nothing drier in that style than the wine I led with"),
        ("Plus sec ?", "Notre carte n'a rien de plus sec dans ce style"),
        ("¿Más seco?", "Nuestra carta no tiene nada más seco en ese estilo"),
    ],
)
def test_drier_than_a_bone_dry_lead_says_nothing_is_drier(bistro: Restaurant, question: str, opening: str) -> None:
    first, drier = converse(bistro, "A white for the oysters?", question)

    assert first.picks[0].profile.sweetness == 0
    assert drier.picks
    assert not names(drier) & names(first)
    assert write_answer(drier).startswith(opening), write_answer(drier)


@pytest.mark.parametrize(
    "question", ["Not too dry, please", "Pas trop sec", "Nicht zu trocken bitte", "Não muito seco"]
)
def test_not_too_dry_after_dry_whites_finds_the_off_dry_one(bistro: Restaurant, question: str) -> None:
    add_off_dry_white(bistro)
    first, sweeter = converse(bistro, "A white for the goat cheese salad?", question)

    assert all(pick.profile.sweetness == 0 for pick in first.picks)
    assert sweeter.picks[0].wine.name == "Vouvray Demi-Sec"
    assert "off-dry" in sweeter.constraints.style_words


@pytest.mark.parametrize("question", ["Less sweet?", "Moins sucré ?", "Meno dolce?", "¿Menos dulce?", "Weniger süß?"])
def test_less_sweet_asks_for_a_drier_wine_not_a_sweet_one(question: str) -> None:
    said = parse_question(question).said
    assert said is not None
    assert said.sweet is False
    assert "dry" in said.style_words
    assert said.other  # wines other than those shown


def test_more_structure_of_whites_stays_white(bistro: Restaurant) -> None:
    first, fuller = converse(bistro, "A white for the oysters?", "Plus structuré ?")

    assert colours(first) == {"white"}
    assert fuller.picks
    assert colours(fuller) == {"white"}
    lead = first.picks[0].profile.body
    assert fuller.picks[0].profile.body > lead, fuller.picks[0].wine


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("nichts aus Österreich", "Austria"),
        ("Bitte nichts aus Frankreich.", "France"),
        ("niente dalla Francia", "France"),
        ("nada de Francia", "France"),
    ],
)
def test_a_country_refused_in_another_language_is_refused(question: str, place: str) -> None:
    said = parse_question(question).said
    assert said is not None
    assert said.refused_places == (place,)


# --- lighter (and bolder) -------------------------------------------------------------------


def test_lighter_shows_lighter_bodied_wines_for_the_same_dish(bistro: Restaurant) -> None:
    first, lighter = converse(bistro, "What goes with the lamb?", "Something lighter?")

    heaviest = max(pick.profile.body for pick in first.picks)
    assert lighter.picks
    assert all(pick.profile.body < heaviest for pick in lighter.picks)
    assert not names(lighter) & names(first)
    assert lighter.understood.refinements == ("lighter",)
    assert lighter.understood.dish == "Roast lamb shoulder"


def test_lighter_leads_with_a_wine_lighter_than_the_one_the_last_answer_led_with(bistro: Restaurant) -> None:
    # A medium-to-full red led, a full one followed; a medium-to-full Rioja made for lamb is
    # "lighter" than the full one only: the lighter reds lead, and the answer says "lighter".
    bordeaux = wine(
        bistro,
        "Bordeaux Supérieur",
        grapes=["Merlot", "Cabernet Sauvignon"],
        region="Bordeaux",
        bottle_price=Decimal("42"),
        description="Medium-to-full-bodied, plum and cedar, firm tannins.",
    )
    wine(
        bistro,
        "Rioja Reserva",
        grapes=["Tempranillo"],
        region="Rioja",
        country="Spain",
        bottle_price=Decimal("48"),
        description="Medium-to-full-bodied, cherry, leather and vanilla from American oak. Superb with roast lamb.",
    )
    wine_index_sync(restaurant_id=bistro.pk)
    cornas = bistro.wines.get(name="Syrah Cornas")
    first = recommend(restaurant=bistro, query="What goes with the lamb?")
    state = shown_after(first, (bordeaux, 4), (cornas, 5))

    lighter = recommend(restaurant=bistro, query="Something lighter?", state=state)

    assert lighter.picks[0].profile.body < 4, lighter.picks[0].wine
    text = write_answer(lighter)
    assert text.startswith(("Lighter in body", "For something lighter")), text


def test_lighter_than_a_medium_lead_finds_the_light_red_even_when_it_pairs_less_well(bistro: Restaurant) -> None:
    rhone = bistro.wines.get(name="Côtes du Rhône Villages")
    cornas = bistro.wines.get(name="Syrah Cornas")
    first = recommend(restaurant=bistro, query="What goes with the lamb?")
    state = shown_after(first, (rhone, 3), (cornas, 5))

    lighter = recommend(restaurant=bistro, query="Something lighter?", state=state)

    assert names(lighter) == {"Morgon"}  # the one red lighter than the Côtes du Rhône
    assert write_answer(lighter).startswith(("Lighter in body", "For something lighter"))


def test_bolder_when_nothing_is_fuller_than_the_lead_says_so_and_not_more_body(bistro: Restaurant) -> None:
    # A full red led and a medium one followed: "bolder" finds full reds, none fuller than the lead.
    cornas = bistro.wines.get(name="Syrah Cornas")
    rhone = bistro.wines.get(name="Côtes du Rhône Villages")
    first = recommend(restaurant=bistro, query="What goes with the lamb?")
    state = shown_after(first, (cornas, 5), (rhone, 3))

    bolder = recommend(restaurant=bistro, query="Something bolder?", state=state)

    assert bolder.picks
    assert all(pick.profile.body == 5 for pick in bolder.picks)
    text = write_answer(bolder)
    assert text.startswith(("Our list has nothing fuller in that style", "That was about as full as our list goes")), (
        text
    )


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
    text = write_answer(refined)
    if refined.picks[0].wine.pk in {pick.wine.pk for pick in first.picks}:
        # The closest is a wine just shown: the answer says it is already as far as the list goes.
        extreme = "lightest" if direction == "lighter" else "fullest"
        assert f"is already the {extreme} in that style on our list at your price." in text
    else:
        assert text.startswith(f"There is nothing {word} in that style on our list; the closest is"), text
    for pick in refined.picks:
        if direction == "lighter":
            assert pick.profile.body <= max(bodies), pick.wine
        else:
            assert pick.profile.body >= min(bodies), pick.wine


def test_bolder_with_no_bolder_glass_offers_the_bolder_bottles_and_says_so(bistro: Restaurant) -> None:
    first, bolder = converse(bistro, "A glass of white for the oysters", "Something bolder")

    assert first.constraints.by_the_glass
    assert bolder.nothing_fits
    assert names(bolder) == {"Meursault"}  # the one fuller white, poured by the bottle only
    assert not names(bolder) & names(first)
    assert write_answer(bolder).startswith("Nothing fuller is poured by the glass; by the bottle, there is")


def test_lighter_with_no_lighter_glass_offers_the_lighter_bottles_and_says_so(bistro: Restaurant) -> None:
    wine(
        bistro,
        "Poulsard Arbois",
        grapes=["Poulsard"],
        region="Jura",
        bottle_price=Decimal("44"),
        description="Very light, pale and delicate, redcurrant and rose petal, barely any tannin.",
    )
    wine_index_sync(restaurant_id=bistro.pk)
    # Lighter and lighter glasses (Chinon, Morgon...) until none is lighter than the last shown.
    answers = converse(bistro, "A glass of red for the lamb", *["Even lighter"] * 4)
    assert answers[0].picks
    lighter = next(answer for answer in answers if answer.nothing_fits)
    assert all(
        pick.wine.glass_price is not None for answer in answers[: answers.index(lighter)] for pick in answer.picks
    )
    assert names(lighter) == {"Poulsard Arbois"}  # lighter than the Morgon, poured by the bottle only
    text = write_answer(lighter)
    assert text.startswith("Nothing lighter is poured by the glass; by the bottle, there is")
    assert "$" in text  # a bottle's price, after glasses: said


def test_bolder_under_a_glass_budget_keeps_to_the_glasses(bistro: Restaurant) -> None:
    first, bolder = converse(bistro, "A glass of white under $14 for the oysters", "Something bolder")

    assert first.constraints.price_per_glass
    assert bolder.nothing_fits
    # The Meursault, fuller but by the bottle only, is not offered against a glass's budget.
    assert "Meursault" not in names(bolder)
    assert all(pick.wine.glass_price is not None for pick in bolder.picks)


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
        {"diners": "her"},
        {"diners": [["her"]]},
        {"diner_colours": [["her", "blue"]]},
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


def test_the_wine_from_a_place_is_the_one_shown_from_there_not_a_new_search(bistro: Restaurant) -> None:
    wine(bistro, "Arthur Chardonnay", colour="white", grapes=["Chardonnay"], region="Dundee Hills",
         country="United States", bottle_price=Decimal("78"), description="Subtle oak, pear and hazelnut.")  # fmt: skip
    wine_index_sync(restaurant_id=bistro.pk)
    whites, oregon = converse(bistro, "a chardonnay please", "is the oregon one oaky?")
    arthur = next(pick.wine for pick in whites.picks if pick.wine.name == "Arthur Chardonnay")

    assert [pick.wine.pk for pick in oregon.picks] == [arthur.pk]
    assert "about" in oregon.understood.refinements
    assert write_answer(oregon).startswith("Somewhat: the ")
    assert "is lightly oaked" in write_answer(oregon)


def test_is_it_organic_answers_from_the_list_and_says_plainly_when_the_list_is_silent(bistro: Restaurant) -> None:
    wine(bistro, "Domaine Bio Côtes du Rhône", colour="red", grapes=["Grenache", "Syrah"], region="Southern Rhône",
         bottle_price=Decimal("38"), description="Certified organic Grenache and Syrah, ripe and peppery.")  # fmt: skip
    wine_index_sync(restaurant_id=bistro.pk)
    organic = bistro.wines.get(name="Domaine Bio Côtes du Rhône")
    cornas = bistro.wines.get(name="Syrah Cornas")
    first = recommend(restaurant=bistro, query="What goes with the lamb?")

    answers = {}
    for shown in (organic, cornas):
        state = shown_after(first, (shown, 4))
        answers[shown.name] = write_answer(recommend(restaurant=bistro, query="is it organic?", state=state))

    assert answers[organic.name].startswith("Yes, the Domaine Bio Côtes du Rhône is organic, as our list notes.")
    state = shown_after(first, (organic, 4))
    biodynamic = write_answer(recommend(restaurant=bistro, query="is it biodynamic?", state=state))
    assert biodynamic.startswith("Our list notes that the Domaine Bio Côtes du Rhône is organic;")
    assert answers[cornas.name].startswith("Our list does not say whether the ")
    assert "your server can find out" in answers[cornas.name]


def test_a_place_whose_only_wine_is_no_match_for_the_dish_is_said_and_the_dish_answered(bistro: Restaurant) -> None:
    wine(bistro, "Moscato d'Asti", colour="dessert", grapes=["Moscato Bianco"], region="Piedmont", country="Italy",
         bottle_price=Decimal("44"), description="Medium-sweet, lightly sparkling, peach and orange blossom.")  # fmt: skip
    wine_index_sync(restaurant_id=bistro.pk)

    lamb = recommend(restaurant=bistro, query="anything from Italy for the lamb?")
    dessert = recommend(restaurant=bistro, query="an Italian wine for the crème brûlée?")

    assert "Moscato d'Asti" not in names(lamb)
    assert lamb.understood.places_missing == ("Italy",)
    assert lamb.nothing_fits
    assert write_answer(lamb).startswith("Nothing from Italy on our list fits that tonight")
    # Where it does suit the dish, the place holds.
    assert names(dessert) == {"Moscato d'Asti"}
    assert dessert.understood.places_missing == ()


@pytest.mark.parametrize(
    ("question", "position", "answer"),
    [
        ("the first one, by the glass?", 1, "Yes, the "),
        ("is the second one available by the glass?", 2, "Yes, the "),
        ("can we get the third one by the glass?", 3, "No, the "),
    ],
)
def test_is_a_wine_shown_poured_by_the_glass_is_answered_for_that_wine(
    bistro: Restaurant, question: str, position: int, answer: str
) -> None:
    first = recommend(restaurant=bistro, query="What goes with the lamb?")
    glasses = [bistro.wines.get(name=name) for name in ("Syrah Cornas", "Côtes du Rhône Villages", "Cabernet Napa")]
    state = shown_after(first, *((wine, 4) for wine in glasses))

    asked = recommend(restaurant=bistro, query=question, state=state)

    wine = glasses[position - 1]
    assert [pick.wine.pk for pick in asked.picks] == [wine.pk]
    text = write_answer(asked)
    assert text.startswith((answer + wine.name.split()[0], answer + "Domaine ")), text
    if wine.glass_price is not None:
        assert "a glass) is poured by the glass" in text
    else:
        assert "comes by the bottle only" in text
    assert not rubric_problems(text, asked)


def test_after_asking_for_a_wine_by_the_glass_cheaper_means_a_cheaper_glass(bistro: Restaurant) -> None:
    first, glass, cheaper = converse(bistro, "What goes with the lamb?", "the first one, by the glass?", "cheaper?")

    assert glass.constraints.by_the_glass
    assert [pick.wine.pk for pick in glass.picks] == [first.picks[0].wine.pk]
    shown_glasses = [pick.wine.glass_price for pick in first.picks if pick.wine.glass_price is not None]
    assert cheaper.picks
    cheaper_glasses = [pick.wine.glass_price for pick in cheaper.picks if not pick.alternative]
    assert cheaper_glasses
    assert all(price is not None and price < min(shown_glasses) for price in cheaper_glasses)


def test_is_it_vegan_or_sulphites_of_a_wine_shown_is_about_that_wine_not_a_new_dish(bistro: Restaurant) -> None:
    wine(bistro, "Unfined Gamay", colour="red", grapes=["Gamay"], region="Beaujolais", bottle_price=Decimal("40"),
         description="Vegan, unfined and unfiltered, with no added sulphites. Bright cherry.")  # fmt: skip
    wine_index_sync(restaurant_id=bistro.pk)
    first = recommend(restaurant=bistro, query="What goes with the lamb?")
    answers: dict[tuple[str, str], tuple[Recommendations, str]] = {}
    for name in ("Unfined Gamay", "Syrah Cornas"):
        shown = bistro.wines.get(name=name)
        state = shown_after(first, (shown, 3))
        for question in ("is it vegan?", "does it have sulfites?"):
            asked = recommend(restaurant=bistro, query=question, state=state)
            answers[name, question] = asked, write_answer(asked)

    for (name, _), (asked, text) in answers.items():
        assert [pick.wine.name for pick in asked.picks] == [name]  # the wine asked about, no vegan dish
        assert asked.understood.dish == first.understood.dish
        assert not rubric_problems(text, asked), text
    assert answers["Unfined Gamay", "is it vegan?"][1].startswith(
        "Yes, our list notes that the Unfined Gamay is vegan."
    )
    assert answers["Syrah Cornas", "is it vegan?"][1].startswith(
        "Our list does not say whether the Domaine Syrah Cornas"
    )
    assert "no added sulphites" in answers["Unfined Gamay", "does it have sulfites?"][1]
    assert answers["Syrah Cornas", "does it have sulfites?"][1].startswith("Like nearly every wine")


@pytest.mark.parametrize("question", ["do you have a red from France?", "what is the best wine from France?"])
def test_a_place_said_outside_the_one_from_is_a_new_search(bistro: Restaurant, question: str) -> None:
    _, then = converse(bistro, "a white please", question)

    assert "about" not in then.understood.refinements


def test_the_second_one_from_france_is_the_second_wine(bistro: Restaurant) -> None:
    whites, second = converse(bistro, "a white please", "is the second one from France?")

    assert [pick.wine.pk for pick in second.picks] == [whites.picks[1].wine.pk]


def test_a_refused_kind_of_wine_survives_the_stored_state_and_a_new_dish(bistro: Restaurant) -> None:
    _, oysters = converse(bistro, "Bubbles please, but not champagne", "And for the oysters?")
    state = DialogueState.from_json(json.loads(json.dumps(oysters.state().as_json())))

    assert state.constraints.refused_names == ("champagne",)
    assert state == oysters.state()


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


# --- the evaluation's own check of "cheaper" ----------------------------------------------


def test_the_evaluation_expects_nothing_fits_when_the_cheapest_wine_was_already_shown(bistro: Restaurant) -> None:
    chinon, cheaper = converse(bistro, "A red under $30 for the lamb?", "Something cheaper?")

    assert check_turn({"cheaper": True}, cheaper, chinon) == []  # said so, labelled: right
    # An answer that showed the same wine again as if it were cheaper would be wrong.
    unlabelled = Recommendations(**{**vars(cheaper), "nothing_fits": False})
    assert check_turn({"cheaper": True}, unlabelled, chinon)


def test_the_evaluation_expects_wines_below_the_cheapest_when_the_list_has_them(bistro: Restaurant) -> None:
    first, cheaper = converse(bistro, "What goes with the lamb, over $50?", "Something cheaper?")

    assert check_turn({"cheaper": True}, cheaper, first) == []
    assert check_turn({"cheaper": True}, first, first)  # the same wines again are not cheaper


# --- the evaluation's own check of a step ("drier?", "moins tannique ?") ----------------------


def test_the_evaluation_accepts_a_softer_lead_and_refuses_the_same_lead_again(bistro: Restaurant) -> None:
    first, softer = converse(bistro, "What goes with the lamb?", "Moins tannique ?")
    entry: dict[str, Any] = {"axis": "tannin", "direction": -1}

    assert refinement_followed(entry, first, softer) is None
    # The same wine led again, while softer reds that suit the lamb are on the list: not followed.
    assert refinement_followed(entry, first, first) is not None


def test_the_evaluation_accepts_the_same_lead_only_when_nothing_goes_further(bistro: Restaurant) -> None:
    first = recommend(restaurant=bistro, query="A white for the oysters?")

    assert first.picks[0].profile.sweetness == 0
    # Nothing is drier than bone dry: the same lead again is no failure to follow...
    assert refinement_followed({"axis": "sweetness", "direction": -1}, first, first) is None
    # ...but with an off-dry white on the list, the same lead after "a touch sweeter?" is.
    add_off_dry_white(bistro)
    assert refinement_followed({"axis": "sweetness", "direction": 1}, first, first) is not None


def test_the_evaluation_refuses_a_wine_from_a_place_refused(bistro: Restaurant) -> None:
    first = recommend(restaurant=bistro, query="What goes with the lamb?")
    entry: dict[str, Any] = {"refused_place": "France"}

    assert any(pick.wine.country == "France" for pick in first.picks)
    assert refinement_followed(entry, first, first) is not None


def test_the_refinement_set_is_well_formed_and_split_in_two() -> None:
    entries = load("refinements.json")["refinements"]
    slugs = {spec["slug"] for spec in held_out_lists()} | {
        "bistro-marguerite", "harbor-and-vine", "trattoria-sorella",
    }  # fmt: skip
    halves = {half_of(entry["say"] + " " + entry["opening"]) for entry in entries}

    assert len(entries) >= 60
    assert halves == {"tune", "test"}
    for entry in entries:
        assert entry["restaurant"] in slugs, entry
        assert ("refused_place" in entry) != ("axis" in entry), entry
        if "axis" in entry:
            assert entry["axis"] in {"body", "tannin", "sweetness", "acidity", "oak"}, entry
            assert entry["direction"] in (1, -1), entry


def test_a_number_alone_after_a_budget_is_the_new_budget(bistro: Restaurant) -> None:
    _, raised = converse(bistro, "A red under $20 for the lamb?", "fine, 45 then")

    assert raised.constraints.max_price == Decimal("45")
    assert raised.constraints.colours == frozenset({"red"})
    assert raised.understood.dish == "Roast lamb shoulder"
    assert raised.picks


def test_a_colour_said_after_a_grape_of_the_other_colour_replaces_it(bistro: Restaurant) -> None:
    riesling, red = converse(bistro, "A Riesling for the lamb?", "actually no, make it a red")

    assert riesling.constraints.grapes == ("Riesling",)
    assert red.constraints.grapes == ()
    assert red.picks
    assert colours(red) == {"red"}


def test_a_grape_or_place_said_after_another_kind_of_wine_replaces_it(bistro: Restaurant) -> None:
    orange, pinot = converse(bistro, "Any orange wine?", "a glass of pinot noir then")
    riesling, chablis = converse(bistro, "A Riesling?", "what about a Chablis?")

    assert orange.constraints.colours == frozenset({"orange"})
    assert pinot.constraints.colours == frozenset()  # the grape answers the colour question anew
    assert pinot.constraints.grapes == ("Pinot Noir",)
    assert riesling.constraints.grapes == ("Riesling",)
    assert chablis.constraints.grapes == ()  # the place names the wine anew
    assert "chablis" in chablis.understood.appellations


def test_a_cheaper_turns_price_cap_is_no_budget_for_the_next_dish(bistro: Restaurant) -> None:
    _, cheaper, oysters = converse(bistro, LAMB, "Something cheaper?", "And the oysters?")

    assert cheaper.constraints.max_price is not None
    assert cheaper.constraints.max_price < Decimal("60")
    assert oysters.understood.dish == "Oysters"
    assert oysters.constraints.max_price == Decimal("60")  # the budget the diner said
    stored = DialogueState.from_json(json.loads(json.dumps(cheaper.state().as_json())))
    assert stored == cheaper.state()  # the budget said survives the round trip
    assert recommend(restaurant=bistro, query="And the oysters?", state=stored).constraints.max_price == Decimal("60")
    # With no budget said, "cheaper" was about the wines of that dish alone.
    _, _, free = converse(bistro, "A red for the lamb", "cheaper", "And the oysters?")
    assert free.constraints.max_price is None


def test_a_place_asked_for_as_a_wine_is_kept_for_the_glass_and_a_clash_is_said_once(bistro: Restaurant) -> None:
    sancerre, glass = converse(bistro, "a Sancerre with the oysters?", "by the glass?")
    white, glass_after_clash = converse(bistro, "a white Barolo?", "by the glass?")

    assert [pick.wine.name for pick in sancerre.picks] == ["Sancerre"]
    assert [pick.wine.name for pick in glass.picks] == ["Sancerre"]
    assert glass.constraints.by_the_glass
    assert white.understood.contradictions
    assert not glass_after_clash.understood.contradictions


def test_what_would_you_drink_is_the_sommeliers_pick_for_the_dish_talked_about(bistro: Restaurant) -> None:
    lamb, mine = converse(bistro, "the lamb please", "what would you drink?")
    _, tonight = converse(bistro, "what would you drink tonight?", "and you?")

    assert mine.understood.dish == lamb.understood.dish == "Roast lamb shoulder"
    assert write_answer(mine).startswith(("If I were at your table", "My own choice"))
    assert tonight.understood.dish is None


def test_the_dessert_course_alone_is_tonights_desserts(bistro: Restaurant) -> None:
    MenuItemFactory.create(
        restaurant=bistro,
        name="Lemon tart",
        course=Course.DESSERT,
        description="Sharp lemon curd, sweet pastry",
        tags=["dessert", "lemon"],
    )
    _lamb, dessert = converse(bistro, "the lamb please", "and for dessert?")
    tart = converse(bistro, "the lemon tart")[0]

    assert dessert.understood.dish_source == "desserts"
    assert "Crème brûlée" in (dessert.understood.dish or "")
    assert "Lemon tart" in (dessert.understood.dish or "")
    assert "tonight's desserts" in write_answer(dessert)
    assert tart.understood.dish_source == "menu"
    assert "tonight's" not in write_answer(tart)


def test_just_for_her_means_the_dish_she_said_she_is_having(bistro: Restaurant) -> None:
    both, glass, mine = converse(
        bistro,
        "I'm having the lamb, she's having the oysters - one bottle for both? a red",
        "and just for her, a glass?",
        "and for me?",
    )

    assert both.understood.dish is not None
    assert "lamb" in both.understood.dish.lower()
    assert glass.understood.dish == "Oysters"
    # Her dish is a new topic: the red said for the bottle for both is not hers; the glass holds.
    assert glass.constraints.colours == frozenset()
    assert glass.constraints.by_the_glass
    assert colours(glass) <= {"white", "sparkling", "rose"}
    assert mine.understood.dish == "Roast lamb shoulder"
    assert mine.constraints.by_the_glass
    stored = DialogueState.from_json(json.loads(json.dumps(glass.state().as_json())))
    assert stored.diners == (("me", "lamb"), ("her", "oysters"))


def test_a_diner_named_in_a_refinement_or_a_choice_keeps_the_wines_shown(bistro: Restaurant) -> None:
    table = "I'm having the lamb, she's having the oysters - one bottle for both? a red"
    both, cheaper = converse(bistro, table, "that's too expensive for me, anything cheaper?")
    _, chosen = converse(bistro, table, "I'll take the first one for her")
    _, restart = converse(bistro, table, "start over. what about her?")

    assert cheaper.understood.refinements == ("cheaper",)
    assert cheaper.understood.dish == both.understood.dish
    assert chosen.understood.refinements == ("chosen",)
    assert [pick.wine.pk for pick in chosen.picks] == [both.picks[0].wine.pk]
    assert restart.understood.dish is None  # the table was forgotten with the rest


def test_a_diner_who_joins_keeps_the_others_dishes(bistro: Restaurant) -> None:
    *_, glass = converse(
        bistro,
        "I'm having the lamb, she's having the oysters - one bottle for both?",
        "and my friend is having the goat cheese salad",
        "and for her, a glass?",
    )

    assert glass.understood.dish == "Oysters"


@pytest.mark.parametrize(("table", "follow_up"), [
    ("yo tomo el cordero, mi mujer las ostras", "y para mi mujer, una copa?"),
    ("je prends l'agneau, ma femme les huîtres", "et pour elle ?"),
])  # fmt: skip
def test_her_dish_in_french_and_spanish(bistro: Restaurant, table: str, follow_up: str) -> None:
    _, glass = converse(bistro, table, follow_up)

    assert glass.understood.dish == "Oysters"


GLASS_EACH = "she's got the oysters, i'm on the lamb. a glass each pls, white for her n red for me"


def test_a_glass_each_in_the_colour_said_for_each_diner(bistro: Restaurant) -> None:
    _, hers, mine = converse(
        bistro,
        GLASS_EACH,
        "hers under 12 pls",
        "and mine? same budget",
    )

    assert hers.understood.dish == "Oysters"
    assert hers.constraints.colours == frozenset({"white"})
    assert hers.constraints.max_price == Decimal("12")
    assert hers.constraints.by_the_glass
    assert colours(hers) == {"white"}
    assert mine.understood.dish == "Roast lamb shoulder"
    assert mine.constraints.colours == frozenset({"red"})
    assert mine.constraints.max_price == Decimal("12")
    stored = DialogueState.from_json(json.loads(json.dumps(mine.state().as_json())))
    assert dict(stored.diner_colours) == {"her": "white", "me": "red"}


def test_a_glass_each_for_two_dishes_is_a_wine_for_each_and_none_across_both(bistro: Restaurant) -> None:
    (each,) = converse(bistro, GLASS_EACH)

    assert [pick.for_dish for pick in each.picks] == ["oysters", "lamb shoulder"]
    assert [pick.wine.colour for pick in each.picks] == ["white", "red"]
    text = write_answer(each)
    assert "across" not in text
    assert "a wine for each" not in text
    assert not rubric_problems(text, each)


def test_cheaper_after_a_glass_each_is_still_a_cheaper_glass_for_each_dish(bistro: Restaurant) -> None:
    each, cheaper = converse(bistro, "she's got the oysters, i'm on the lamb. a glass each pls", "cheaper?")

    assert [pick.for_dish for pick in cheaper.picks] == ["oysters", "lamb shoulder"]
    cheapest = min(pick.wine.glass_price for pick in each.picks if pick.wine.glass_price is not None)
    assert all(pick.wine.glass_price is not None and pick.wine.glass_price < cheapest for pick in cheaper.picks)
    assert "across" not in write_answer(cheaper)
    stored = DialogueState.from_json(json.loads(json.dumps(cheaper.state().as_json())))
    assert stored.each_their_own
    assert not DialogueState.from_json({**cheaper.state().as_json(), "each_their_own": "yes"}).each_their_own


def test_a_glass_each_for_two_dishes_said_without_articles_is_a_wine_for_each(bistro: Restaurant) -> None:
    (each,) = converse(bistro, "oysters and lamb shoulder, a glass each")

    assert [pick.for_dish for pick in each.picks] == ["oysters", "lamb shoulder"]
    assert each.constraints.by_the_glass


def test_a_wine_asked_for_a_diner_by_its_grape_is_not_held_to_the_colour_said_for_them(bistro: Restaurant) -> None:
    *_, mine = converse(
        bistro,
        GLASS_EACH,
        "and for me, a Sauvignon Blanc?",
    )

    assert mine.constraints.colours == frozenset()
    assert mine.constraints.grapes == ("Sauvignon Blanc",)
    assert "We have no Sauvignon" not in write_answer(mine)


def test_a_diners_new_dish_drops_the_colour_said_for_the_old_one(bistro: Restaurant) -> None:
    *_, hers = converse(
        bistro,
        "2 glasses - white for my oysters, red for her lamb",
        "actually she's having the oysters too",
        "and hers?",
    )

    assert hers.understood.dish == "Oysters"
    assert hers.constraints.colours == frozenset()


def test_for_her_with_no_diner_said_changes_no_dish(bistro: Restaurant) -> None:
    lamb, glass = converse(bistro, LAMB, "and a glass for her?")

    assert glass.understood.dish == lamb.understood.dish
    assert glass.constraints.by_the_glass


def test_by_the_glass_after_a_place_poured_by_the_bottle_only_offers_its_bottles_said_so(bistro: Restaurant) -> None:
    burgundy, glass = converse(bistro, "something from Burgundy?", "by the glass?")

    assert names(burgundy) == {"Meursault"}
    # Not glasses from elsewhere with "nothing from Burgundy fits": the Burgundy, by the bottle.
    assert glass.nothing_fits
    assert names(glass) == {"Meursault"}
    assert glass.understood.places_missing == ()
    text = write_answer(glass)
    assert text.startswith(
        "We don't pour a Burgundy by the glass, but there is the Domaine Meursault ($85) by the bottle."
    )
    assert "or a bottle" not in text  # a bottle is what was shown
    assert not rubric_problems(text, glass)
    # "Cheaper?" then means a cheaper bottle than the $85 one shown, not a glass under $84.99.
    stored = DialogueState.from_json(json.loads(json.dumps(glass.state().as_json())))
    assert stored.shown[0].bottle_only
    cheaper = recommend(restaurant=bistro, query="cheaper?", state=stored)
    assert not cheaper.constraints.by_the_glass
    assert cheaper.constraints.max_price == Decimal("84.99")
    assert cheaper.picks
    assert all(pick.wine.bottle_price < Decimal("85") for pick in cheaper.picks)


def test_a_place_refused_is_never_shown_and_kept_past_a_new_dish(bistro: Restaurant) -> None:
    lamb, refused, oysters = converse(
        bistro, "A red for the lamb?", "nothing from the Rhône please", "and the oysters?"
    )

    assert {pick.wine.name for pick in lamb.picks} & {"Syrah Cornas", "Côtes du Rhône Villages"}
    assert refused.constraints.refused_places == ("the Rhône",)
    assert refused.picks
    assert not {pick.wine.region for pick in refused.picks} & {"Northern Rhône", "Southern Rhône"}
    assert oysters.constraints.refused_places == ("the Rhône",)
    stored = DialogueState.from_json(json.loads(json.dumps(refused.state().as_json())))
    assert stored.constraints.refused_places == ("the Rhône",)
    _, asked_again = converse(bistro, "nothing from the Rhône", "a Rhône red after all")
    assert asked_again.constraints.refused_places == ()


def test_any_white_after_a_grape_drops_the_grape(bistro: Restaurant) -> None:
    grape, any_white = converse(bistro, "a Sauvignon Blanc with the oysters", "ok any white by the glass then")

    assert grape.constraints.grapes == ("Sauvignon Blanc",)
    assert any_white.constraints.grapes == ()
    assert any_white.constraints.by_the_glass
    assert len(any_white.picks) > 1


def test_no_food_drops_the_dish_talked_about(bistro: Restaurant) -> None:
    lamb, drink = converse(bistro, "the lamb please", "just a glass of red for me, no food")

    assert lamb.understood.dish == "Roast lamb shoulder"
    assert drink.understood.dish is None
    assert drink.constraints.by_the_glass
    assert colours(drink) == {"red"}


def test_colours_left_after_a_refusal_are_not_each_shown(bistro: Restaurant) -> None:
    (oysters,) = converse(bistro, "the oysters, no bubbles please")

    assert oysters.picks
    assert colours(oysters) <= {"white", "rose"}


def test_a_bottle_of_the_second_in_italian_chooses_the_second_wine_shown(bistro: Restaurant) -> None:
    lamb, chosen = converse(bistro, LAMB, "una bottiglia del secondo")

    assert [pick.wine.pk for pick in chosen.picks] == [lamb.picks[1].wine.pk]
    assert chosen.understood.dish == "Roast lamb shoulder"


def test_a_wine_named_after_a_place_refused_is_shown_and_the_refusal_kept(bistro: Restaurant) -> None:
    _, sancerre, red = converse(bistro, "no french wine please", "ok a Sancerre then", "and a red for the lamb?")

    assert sancerre.constraints.refused_places == ("France",)
    assert [pick.wine.name for pick in sancerre.picks] == ["Sancerre"]
    assert not sancerre.nothing_fits
    assert red.constraints.refused_places == ("France",)
    assert red.nothing_fits  # every wine of this little list is French


def test_any_colour_then_drops_the_place_asked_before(bistro: Restaurant) -> None:
    _, any_white = converse(bistro, "a red from the Loire", "ok any white then")

    assert any_white.constraints.places == ()
    assert colours(any_white) == {"white"}
    assert len(any_white.picks) > 1


def test_colours_named_one_by_one_are_each_shown(bistro: Restaurant) -> None:
    (four,) = converse(bistro, "for the goat cheese salad, a red, a white, a rosé and a bubbly please")

    assert len(colours(four)) >= 3


def test_a_bottle_of_a_wine_shown_by_the_glass_prices_bottles_from_then_on(bistro: Restaurant) -> None:
    glasses, chosen = converse(bistro, "A glass of red for the lamb under 15", "a bottle of the 2nd one pls")

    assert glasses.constraints.by_the_glass
    assert not chosen.constraints.by_the_glass
    assert [pick.wine.pk for pick in chosen.picks] == [glasses.picks[1].wine.pk]


def test_a_reason_that_names_a_course_is_not_the_courses_dishes(bistro: Restaurant) -> None:
    MenuItemFactory.create(restaurant=bistro, name="Pâté en croûte", course=Course.STARTER)
    oysters, refused = converse(
        bistro, "the oysters, something with bubbles?", "not champagne tho, too pricey for a starter"
    )

    assert refused.understood.dish == oysters.understood.dish


def test_what_the_wines_shown_are_too_heavy_for_keeps_the_dish_and_the_colour(bistro: Restaurant) -> None:
    white, lighter = converse(bistro, "a white for the oysters?", "prob too heavy for raw shellfish.. smth lighter?")

    assert lighter.understood.dish == white.understood.dish
    assert colours(lighter) == {"white"}
    assert lighter.constraints.style_words == ("light",)


def test_a_kind_refused_takes_the_kind_asked_before_with_it(bistro: Restaurant) -> None:
    _, other = converse(
        bistro, "a glass of sauternes with the crème brûlée?", "not sauternes after all, something else"
    )

    assert other.constraints.appellations == ()
    assert other.picks
    assert all(pick.wine.name != "Sauternes" for pick in other.picks)


@pytest.mark.parametrize(
    ("asked", "bolder_asked", "said", "not_said"),
    [
        (
            "Two boeuf bourguignons, a leg of lamb and a bouillabaisse: a bottle of red between 50 and 80?",
            "Anything fuller?",
            "is already the fullest in that style on our list at your price",
            "nothing fuller",
        ),
        (
            "Deux bœufs bourguignons, un gigot et une bouillabaisse : une bouteille de rouge entre 50 et 80 € ?",
            "Vous auriez quelque chose de plus corsé ?",
            "est déjà le plus ample de ce style sur notre carte",  # answered in the diner's French
            "rien de plus ample",
        ),
    ],
)
def test_bolder_when_the_closest_was_just_shown_says_it_is_already_the_fullest(
    bistro: Restaurant, asked: str, bolder_asked: str, said: str, not_said: str
) -> None:
    # "Plus corsé ?" after a full Cahors led the reds between €50 and €80: none is fuller.
    first, bolder = converse(bistro, asked, bolder_asked)

    assert bolder.nothing_fits
    lead = bolder.picks[0].wine
    assert lead.pk in {pick.wine.pk for pick in first.picks}
    text = write_answer(bolder)
    assert said in text, text
    assert not_said not in text
    assert rubric_problems(text, bolder) == []


def test_alcohol_free_asked_beside_a_dish_keeps_the_wines_shown_and_says_there_is_none(bistro: Restaurant) -> None:
    first, second = converse(
        bistro,
        "A glass of white with the oysters for my husband, under $15",
        "and I'm having the duck but I don't drink — anything non-alcoholic?",
    )

    assert first.picks
    assert second.nothing_fits
    assert not second.picks
    text = write_answer(second)
    assert "no alcohol-free wine" in text
    assert "my wines still stand" in text  # they were for the oysters, not the duck
    assert "duck" not in text


def test_alcohol_free_for_one_diner_beside_a_wine_for_the_dish_still_gets_wines(bistro: Restaurant) -> None:
    (answer,) = converse(bistro, "a wine for the lamb, and something alcohol-free for my wife")

    assert answer.picks


def test_a_bottle_budget_s_floor_is_dropped_for_a_glass_and_its_ceiling_kept(bistro: Restaurant) -> None:
    _, glass = converse(
        bistro, "A big red for the lamb between 90 and 150", "A glass of something sweet for the crème brûlée?"
    )

    assert glass.constraints.by_the_glass
    assert (glass.constraints.min_price, glass.constraints.max_price) == (None, Decimal("150"))
    assert not glass.nothing_fits
    assert glass.picks
    # A floor a glass can meet was said of a glass: it stays.
    _, glass = converse(bistro, "A white for the oysters, between 10 and 15", "by the glass")
    assert (glass.constraints.min_price, glass.constraints.max_price) == (Decimal("10"), Decimal("15"))


def test_forget_one_of_two_colours_keeps_the_other(bistro: Restaurant) -> None:
    both, red = converse(bistro, "A red or a rosé for the lamb?", "forget the rosé")

    assert both.constraints.colours == {"red", "rose"}
    assert red.constraints.colours == {"red"}
    assert red.picks
    assert all(pick.wine.colour == "red" for pick in red.picks)


def test_forget_the_grape_drops_it() -> None:
    previous = Constraints(colours=frozenset({"white"}), grapes=("Chenin Blanc",))
    constraints = parse_question("forget the chenin then, any white under 60", previous=previous).constraints

    assert "Chenin Blanc" not in constraints.grapes
    assert "Chenin Blanc" in constraints.refused_grapes
    assert constraints.colours == {"white"}


def test_a_wine_approved_then_another_colour_shows_that_colour_for_the_same_dish(bistro: Restaurant) -> None:
    reds, rose = converse(bistro, LAMB, "the 2nd is fine but do you have a rosé as well?")

    assert rose.understood.dish == reds.understood.dish
    assert rose.constraints.colours == {"rose"}
    assert rose.picks
    assert all(pick.wine.colour == "rose" for pick in rose.picks)
    assert rose.constraints.max_price == Decimal("60")


def test_back_to_a_budget_said_before_sets_it_again(bistro: Restaurant) -> None:
    *_, back = converse(bistro, LAMB, "actually up to 150", "hmm no, back down to 50")

    assert back.constraints.max_price == Decimal("50")
    assert all(pick.wine.bottle_price <= 50 for pick in back.picks)


def test_not_too_tannic_keeps_the_firm_reds_away_from_the_lamb(bistro: Restaurant) -> None:
    [answer] = converse(bistro, "a red for the lamb, nothing too tannic")

    assert answer.picks
    assert all(pick.profile.tannin < 4 for pick in answer.picks)
    assert "Syrah Cornas" not in [pick.wine.name for pick in answer.picks]  # built for lamb, but firm


def test_sweet_wines_refused_with_the_dessert_bring_a_dry_wine(bistro: Restaurant) -> None:
    [answer] = converse(bistro, "the crème brûlée, but I'm not a fan of sweet wines: a glass of something else?")

    assert answer.picks
    assert all(pick.wine.colour != "dessert" for pick in answer.picks)
    [gentle] = converse(bistro, "the crème brûlée, a glass of something not too sweet")
    assert not gentle.constraints.colours  # a gentler sweet wine may still come


def test_a_glass_of_one_colour_and_a_bottle_of_another_keep_their_own_basis(bistro: Restaurant) -> None:
    _, white, red = converse(
        bistro,
        "we're all having the oysters. a glass of red for me and a bottle of white for the table?",
        "white under 60 pls",
        "and my red, the lightest you have",
    )

    assert (white.constraints.colours, white.constraints.by_the_glass) == (frozenset({"white"}), False)
    assert white.picks
    assert all(pick.wine.bottle_price <= 60 for pick in white.picks)
    assert (red.constraints.colours, red.constraints.by_the_glass) == (frozenset({"red"}), True)
    assert red.picks
    assert all(pick.wine.colour == "red" for pick in red.picks)


def test_a_colour_s_basis_goes_when_another_basis_is_said_or_all_starts_over(bistro: Restaurant) -> None:
    table = "we're all having the oysters. a glass of red for me and a bottle of white for the table?"
    *_, red = converse(bistro, table, "actually let's just get a bottle of red for everyone", "any red under 80?")
    assert red.constraints.by_the_glass is False
    _, again = converse(bistro, table, "start over: a red for the lamb under 60?")
    assert not again.constraints.by_the_glass


def test_a_full_bodied_red_with_smooth_tannins_may_still_be_firm(bistro: Restaurant) -> None:
    [answer] = converse(bistro, "a full-bodied red with smooth tannins for the lamb")

    assert answer.picks
    assert answer.picks[0].profile.body >= 4


def test_a_dish_named_again_by_its_kind_or_in_a_question_about_it_stays_the_dish(bistro: Restaurant) -> None:
    oysters, aside, glass = converse(
        bistro,
        "a white for the oysters under 60?",
        "are the oysters served with shallot vinegar?",
        "ok, for the seafood then, a glass please",
    )

    assert not aside.turn.new_topic
    assert aside.constraints.colours == {"white"}
    assert not glass.turn.new_topic
    assert glass.constraints.colours == {"white"}
    assert glass.constraints.by_the_glass
    assert glass.understood.dish == oysters.understood.dish


def test_an_ingredient_of_the_dish_talked_about_named_as_a_dish_is_a_new_dish(bistro: Restaurant) -> None:
    _, toast = converse(bistro, "a red for the beef stew with mushrooms", "and the mushrooms on toast?")
    assert toast.turn.new_topic
    _, same = converse(bistro, "a white for the fish pie, under 60", "for the fish then, by the glass?")
    assert not same.turn.new_topic
    assert same.constraints.colours == {"white"}


def test_a_question_about_the_dish_talked_about_is_for_the_staff_and_keeps_the_wines(bistro: Restaurant) -> None:
    oysters, aside = converse(
        bistro, "a white for the oysters under 60?", "are the oysters served with shallot vinegar?"
    )

    assert aside.understood.refinements == ("staff",)
    assert [pick.wine.pk for pick in aside.picks] == [oysters.picks[0].wine.pk]
    [lamb] = converse(bistro, "the lamb, and some water please")
    assert lamb.understood.refinements == ()
    assert lamb.picks


@pytest.mark.parametrize("text", ["Können wir auch Leitungswasser bekommen?", "une carafe d'eau s'il vous plaît"])
def test_water_asked_in_other_languages_is_for_the_staff(text: str) -> None:
    assert parse_question(text).said.for_the_staff  # type: ignore[union-attr]


def test_the_first_too_heavy_then_anything_else_asks_for_other_lighter_wines() -> None:
    said = parse_question("Hmm, der erste ist mir zu schwer. Haben Sie noch etwas anderes?").said
    assert said.other  # type: ignore[union-attr]
    assert said.lighter  # type: ignore[union-attr]
    assert said.about_picks == ()  # type: ignore[union-attr]
