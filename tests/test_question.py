"""Reading a diner's question: the filters it sets, the dishes it names, and follow-ups."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from recommendations.pairing import dish_profile
from recommendations.question import FOCUS, Constraints, Said, asked_of_the_food, merge_said, parse_question

APP_DIR = Path(__file__).resolve().parent.parent / "recommendations"
ALL_COLOURS = frozenset({"red", "white", "rose", "sparkling", "dessert", "orange"})


@dataclass(frozen=True)
class MenuStub:
    """A menu item as dish recognition sees it, without the database."""

    pk: int
    name: str
    description: str
    tags: tuple[str, ...]
    course: str


def _demo_menus() -> dict[str, list[MenuStub]]:
    restaurants = json.loads((APP_DIR / "demo_data" / "restaurants.json").read_text(encoding="utf-8"))
    return {
        restaurant["slug"]: [
            MenuStub(pk, item["name"], item["description"], tuple(item["tags"]), item["course"])
            for pk, item in enumerate(restaurant["menu"], start=1)
        ]
        for restaurant in restaurants
    }


MENUS = _demo_menus()


def _dish_names(slug: str, text: str) -> list[str]:
    by_pk = {item.pk: item.name for item in MENUS[slug]}
    return [by_pk[pk] for pk in parse_question(text, menu=MENUS[slug]).dish_ids]


def _constraints(data: dict[str, Any]) -> Constraints:
    """Constraints from the JSON shape of eval_data/constraints.json."""
    return Constraints(
        max_price=Decimal(data["max_price"]) if data.get("max_price") is not None else None,
        min_price=Decimal(data["min_price"]) if data.get("min_price") is not None else None,
        colours=frozenset(data.get("colours", ())),
        by_the_glass=data.get("by_the_glass", False),
        sweet=data.get("sweet", False),
        cheaper_than_previous=data.get("cheaper_than_previous", False),
        style_words=tuple(data.get("style_words", ())),
        grapes=tuple(data.get("grapes", ())),
        refused_grapes=tuple(data.get("refused_grapes", ())),
        occasion=data.get("occasion", False),
        appellations=tuple(data.get("appellations", ())),
    )


LAMB_RED = Constraints(max_price=Decimal("60"), colours=frozenset({"red"}))


@pytest.mark.parametrize(
    ("text", "max_price", "min_price"),
    [
        ("a red under $60", "60", None),
        ("less than 45 dollars", "45", None),
        ("below 50", "50", None),
        ("max 80", "80", None),
        ("up to €70", "70", None),
        ("$60 or less", "60", None),
        ("no more than 55", "55", None),
        ("nothing over 150", "150", None),
        ("over 100", None, "100"),
        ("at least 80", None, "80"),
        ("between 40 and 60", "60", "40"),
        ("$40-$60", "60", "40"),
        ("40 to 60 euros", "60", "40"),
        ("60€ max", "60", None),
        ("a $60 bottle", "60", None),
        ("under fifty", "50", None),
        ("under a hundred and fifty", "150", None),
        ("sixty-five dollars tops", "65", None),
        ("under £49.50", "49.50", None),
        ("less than 1,200", "1200", None),
        ("cheaper than $50", "50", None),
        ("less expensive than $50", "50", None),
        ("nothing more expensive than 80", "80", None),
        ("something more expensive than $50", None, "50"),
        # Round prices in the restaurant's other languages.
        ("un rosso sotto i cinquanta dollari?", "50", None),
        ("pas plus de trente euros", "30", None),
        ("menos de cuarenta", "40", None),
    ],
)
def test_it_reads_the_price_limits(text: str, max_price: str | None, min_price: str | None) -> None:
    constraints = parse_question(text).constraints

    assert constraints.max_price == (Decimal(max_price) if max_price else None)
    assert constraints.min_price == (Decimal(min_price) if min_price else None)


@pytest.mark.parametrize(
    ("text", "max_price"),
    [
        ("2019 Bordeaux under 100", "100"),
        ("a 2015 Barolo", None),
        ("table 12 wants bubbles", None),
        ("something for 4 people under 200", "200"),
        ("a bottle for two", None),
        ("for 4 people", None),
        ("we are a party of 6", None),
        ("up to 4 people sharing", None),
        ("under 13% alcohol", None),
        ("between 2015 and 2018", None),
        ("over 10 years old", None),
    ],
)
def test_it_does_not_take_vintages_tables_or_party_sizes_for_prices(text: str, max_price: str | None) -> None:
    constraints = parse_question(text).constraints

    assert constraints.max_price == (Decimal(max_price) if max_price else None)
    assert constraints.min_price is None


@pytest.mark.parametrize(
    ("text", "colours"),
    [
        ("a red", {"red"}),
        ("reds", {"red"}),
        ("something white", {"white"}),
        ("rosé please", {"rose"}),
        ("a rose", {"rose"}),
        ("something pink", {"rose"}),
        ("bubbles", {"sparkling"}),
        ("fizz", {"sparkling"}),
        ("sparkling", {"sparkling"}),
        ("champagne", {"sparkling"}),
        ("a glass of prosecco", {"sparkling"}),
        ("cava", {"sparkling"}),
        ("a sparkling rosé", {"sparkling"}),
        ("something sweet", set()),  # a sweet wine of any section: a Moscato d'Asti is sparkling
        ("a dessert wine", {"dessert"}),
        ("a sticky", {"dessert"}),
        ("orange wine", {"orange"}),
        ("skin contact", {"orange"}),
        ("something orange?", {"orange"}),
        ("an orange one", {"orange"}),
        ("duck with orange", set()),
        ("red or white", {"red", "white"}),
        ("not red", ALL_COLOURS - {"red"}),
        ("anything but red", ALL_COLOURS - {"red"}),
        ("no reds please", ALL_COLOURS - {"red"}),
        ("a white, not red", {"white"}),
        ("no red, no white, just bubbles", {"sparkling"}),
        ("a red for the red meat", {"red"}),
        ("something for white fish", set()),
        ("a wine for the red curry", set()),
        # The colour of a habit is what the diner likes, unless another is asked for beside it.
        ("I usually have white but red tonight", {"red"}),
        ("I usually drink white, what red do you have?", {"red"}),
        ("I usually drink white, anything good?", {"white"}),
        # Another diner's habit is theirs: both colours are wanted.
        ("My wife usually drinks white but I'd like a red", {"red", "white"}),
        ("suelo beber blanco, pero hoy tinto", {"red"}),
        ("d'habitude je bois du blanc, mais ce soir du rouge", {"red"}),
        ("di solito bevo rosso, stasera un bianco", {"white"}),
        ("mi mujer suele beber blanco pero yo tinto", {"red", "white"}),
    ],
)
def test_it_reads_the_colours(text: str, colours: set[str]) -> None:
    assert parse_question(text).constraints.colours == frozenset(colours)


@pytest.mark.parametrize(
    ("text", "by_the_glass"),
    [
        ("by the glass", True),
        ("a glass of white", True),
        ("glass pour", True),
        ("per glass", True),
        ("two glasses of red", True),
        ("und ein Glas?", True),
        ("un verre de rouge", True),
        ("a bottle of red", False),
        ("a bottle, not by the glass", False),
        ("a red", False),
    ],
)
def test_it_knows_when_the_diner_wants_a_glass(text: str, by_the_glass: bool) -> None:
    assert parse_question(text).constraints.by_the_glass is by_the_glass


@pytest.mark.parametrize(
    ("text", "sweet", "style_words"),
    [
        ("something sweet", True, ()),
        ("a sweet tooth tonight", True, ()),
        ("not too sweet", False, ("not too sweet",)),
        ("off-dry", False, ("off-dry",)),
        ("a touch of sweetness", False, ("off-dry",)),
        ("sweet potato fries", False, ()),
    ],
)
def test_it_tells_a_sweet_wine_from_an_off_dry_one(text: str, sweet: bool, style_words: tuple[str, ...]) -> None:
    constraints = parse_question(text).constraints

    assert constraints.sweet is sweet
    assert constraints.style_words == style_words


@pytest.mark.parametrize(
    "text",
    [
        "cheaper than that",
        "something cheaper",
        "less expensive",
        "that's too expensive",
        "more affordable",
        "one that costs less?",
        "I'd rather not spend so much",
        "une bouteille moins chère ?",
        "algo más barata",
        "una più economica?",
    ],
)
def test_it_notices_a_request_for_something_cheaper(text: str) -> None:
    assert parse_question(text).constraints.cheaper_than_previous is True


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("anythng cheapr?", "cheaper_than_previous"),
        ("chaeper one?", "cheaper_than_previous"),
        ("somthing boldr", "bolder"),
        ("something ligther", "lighter"),
    ],
)
def test_it_reads_a_follow_up_typed_with_a_slip(text: str, flag: str) -> None:
    assert getattr(parse_question(text).said, flag) is True


@pytest.mark.parametrize(
    "text", ["is the cheater's steak good?", "the battle of the burgers", "something to lighten the meal"]
)
def test_a_real_word_one_letter_from_a_follow_up_word_is_left_alone(text: str) -> None:
    said = parse_question(text).said

    assert said is not None
    assert not said.cheaper_than_previous
    assert not said.lighter
    assert said.by_the_glass is None


def test_it_reads_cheaper_than_an_amount_as_a_price_not_a_relative_request() -> None:
    constraints = parse_question("cheaper than $50").constraints

    assert constraints.cheaper_than_previous is False
    assert constraints.max_price == Decimal("50")


@pytest.mark.parametrize(
    ("text", "style_words"),
    [
        ("light and crisp", ("light", "crisp")),
        ("a full-bodied, bold red", ("full-bodied", "bold")),
        ("something oaky and buttery", ("oaky", "buttery")),
        ("dry, fruity, earthy", ("dry", "fruity", "earthy")),
        ("a white, not too oaky", ("unoaked",)),
        ("nothing too heavy", ("not heavy",)),
        ("not too big please", ("not heavy",)),
        ("we're not big on white", ()),  # a dislike, not a weight
        ("not big fans of oak", ("unoaked",)),  # oak the noun, disliked
        ("we don't like oak", ("unoaked",)),
        ("smooth and elegant", ("smooth", "elegant")),
        ("a rich chocolate cake", ()),
        ("fresh oysters", ()),
        ("a dry-aged steak", ()),
        ("medium rare steak", ()),
    ],
)
def test_it_collects_style_words_but_not_food_adjectives(text: str, style_words: tuple[str, ...]) -> None:
    assert parse_question(text).constraints.style_words == style_words


@pytest.mark.parametrize(
    ("text", "grapes"),
    [
        ("pinot noir", ("Pinot Noir",)),
        ("PINOT NERO", ("Pinot Noir",)),
        ("a Shiraz", ("Syrah",)),
        ("a cab sauv", ("Cabernet Sauvignon",)),
        ("cabernet franc", ("Cabernet Franc",)),
        ("a Gruner or a gewurztraminer", ("Grüner Veltliner", "Gewürztraminer")),
        ("albarino", ("Albariño",)),
        ("mourvedre", ("Mourvèdre",)),
        ("sauvignon blanc", ("Sauvignon Blanc",)),
        ("a Pecorino", ("Pecorino",)),
        ("the cacio e pepe with pecorino", ()),
        ("prosciutto e melon", ()),
    ],
)
def test_it_recognises_grapes_accent_and_case_insensitively(text: str, grapes: tuple[str, ...]) -> None:
    assert parse_question(text).constraints.grapes == grapes


@pytest.mark.parametrize(
    ("text", "dish_words"),
    [
        ("steak", ("steak",)),
        ("a red for the lamb", ("lamb",)),
        ("what goes with oysters", ("oysters",)),
        ("a red for the spicy curry", ("spicy curry",)),
        ("something for cheese", ("cheese",)),
        ("steak and oysters", ("steak", "oysters")),
        ("fried chicken", ("fried chicken",)),
        ("thai food", ("thai food",)),
        # The "with" is the fig's: "do" (a word no menu knows) is not taken for a dish.
        ("seared foie gras with fig, what do you suggest?", ("seared foie gras with fig",)),
        # A wine asked for by its bubbles, and talk around a dish, are no dish.
        ("something with bubbles?", ()),
        ("something orange?", ()),
        ("we're having pad thai actually", ("pad thai",)),
        ("a dessert wine", ()),
        ("a glass of champagne", ()),
        # "And" joins a side, a sauce or the kind of dish to the dish before; another main or a dish
        # of its own is another dish.
        ("strawberries and cream", ("strawberries and cream",)),
        ("a burger and fries", ("burger and fries",)),
        ("sausage and pepper stew", ("sausage and pepper stew",)),
        ("chicken and chorizo paella", ("chicken and chorizo paella",)),
        ("the oysters and the lamb", ("oysters", "lamb")),
        ("steak and soup", ("steak", "soup")),
        ("the salmon and a cheeseburger", ("salmon", "cheeseburger")),
        # Chat around the dish is not the dish: "after" is when, a dash ends the dish.
        ("and for the apple pie after?", ("apple pie",)),
        ("pork chop with sauerkraut - do u have a riesling?", ("pork chop with sauerkraut",)),
        # How much of a food is in the dish does not make it a second dish (a "chilli" con carne).
        ("spicy thai larb with lots of chilli", ("spicy thai larb with lots of chilli",)),
        ("pasta with a bit of chilli", ("pasta with a bit of chilli",)),
        ("lamb with lots of garlic and a steak", ("lamb with lots of garlic", "steak")),
        # Who the wine is for is no dish.
        ("and 2 glasses of rosé for the girls", ()),
        # The sauce said after the food is the dish's; the article after the course is not.
        ("smoky barbecue pork ribs with a sticky sauce", ("smoky barbecue pork ribs with a sticky sauce",)),
        ("and for dessert, a tarte tatin", ("tarte tatin",)),
    ],
)
def test_it_finds_food_words_even_off_the_menu(text: str, dish_words: tuple[str, ...]) -> None:
    assert parse_question(text).dish_words == dish_words


@pytest.mark.parametrize(
    ("text", "dish_words"),
    [
        # A food the diner rules out is no dish, and "don't" leaves no "don" (a rice bowl).
        ("I don't eat fish, what about a burger", ("burger",)),
        ("I don't eat fish what about a burger", ("burger",)),
        ("no shellfish please, something for the duck", ("duck",)),
        ("I can't have shellfish so the chicken", ("chicken",)),
        ("I'm allergic to nuts", ()),
        ("not the fish, the lamb", ("lamb",)),
        ("the lamb without the mint sauce", ("lamb",)),
        # "No, the duck" corrects the last answer: the duck is wanted.
        ("no, the duck", ("duck",)),
        ("no the duck", ("duck",)),
    ],
)
def test_a_food_the_diner_rules_out_is_no_dish(text: str, dish_words: tuple[str, ...]) -> None:
    assert parse_question(text).dish_words == dish_words


def test_a_food_ruled_out_is_no_menu_dish_either() -> None:
    assert _dish_names("harbor-and-vine", "I don't eat fish, what about a burger?") == _dish_names(
        "harbor-and-vine", "what about a burger?"
    )
    assert _dish_names("bistro-marguerite", "no shellfish for me, what goes with the duck?") == _dish_names(
        "bistro-marguerite", "what goes with the duck?"
    )


@pytest.mark.parametrize(
    ("text", "grapes", "refused"),
    [
        ("no riesling please", (), ("Riesling",)),
        ("anything but chardonnay", (), ("Chardonnay",)),
        ("a pinot noir, not a merlot", ("Pinot Noir",), ("Merlot",)),
        ("a riesling", ("Riesling",), ()),
        ("a red pls but I can't stand nebbiolo", (), ("Nebbiolo",)),
        ("not a fan of merlot", (), ("Merlot",)),
        # What the diner usually drinks, turned away from, is no request.
        ("I usually drink Malbec but tonight a white for the fish", (), ()),
        ("we had a Chianti last time, now something lighter", (), ()),
        ("I usually drink Malbec, anything similar?", ("Malbec",), ()),
        ("I usually drink Pinot Noir but do you have one by the glass?", ("Pinot Noir",), ()),
        ("I normally drink Chardonnay, what do you have right now?", ("Chardonnay",), ()),
    ],
)
def test_a_grape_the_diner_refuses_is_not_asked_for(
    text: str, grapes: tuple[str, ...], refused: tuple[str, ...]
) -> None:
    constraints = parse_question(text).constraints
    assert (constraints.grapes, constraints.refused_grapes) == (grapes, refused)


def test_a_refused_grape_stays_refused_until_the_diner_asks_for_it() -> None:
    refused = parse_question("no riesling please").constraints
    assert parse_question("something sparkling", previous=refused).constraints.refused_grapes == ("Riesling",)
    asked = parse_question("ok, a riesling then", previous=refused).constraints
    assert (asked.grapes, asked.refused_grapes) == (("Riesling",), ())


@pytest.mark.parametrize(
    ("text", "style_words"),
    [
        # Said of the dish just named, with a qualifier between: the dish's, not a wish for the wine.
        ("thai green curry with chicken, quite spicy", ()),
        ("the curry is very spicy, what wine", ()),
        ("pork belly, nice and smoky", ()),
        # Asked of the wine.
        ("the lamb, something spicy", ("spicy",)),
        ("a spicy red for the lamb", ("spicy",)),
        ("steak, very rich red please", ("rich",)),
    ],
)
def test_a_word_said_of_the_dish_is_no_style_asked_of_the_wine(text: str, style_words: tuple[str, ...]) -> None:
    assert parse_question(text).constraints.style_words == style_words


@pytest.mark.parametrize(
    ("text", "word", "style_words"),
    [
        ("which is the driest?", "driest", ("dry",)),
        ("the lightest one?", "lightest", ("light",)),
        ("which one's the boldest", "fullest", ("full-bodied",)),
        ("your sweetest wine", "sweetest", ()),
    ],
)
def test_a_superlative_is_of_the_wines_shown_and_no_dish(text: str, word: str, style_words: tuple[str, ...]) -> None:
    parsed = parse_question(text)
    assert parsed.said is not None
    assert parsed.said.superlative is not None
    assert parsed.said.superlative.word == word
    assert parsed.said.about_picks == (1, 2, 3)
    assert parsed.constraints.style_words == style_words
    assert parsed.dish_words == ()


@pytest.mark.parametrize(
    ("text", "chosen"),
    [
        ("ok the second one", True),
        ("the first please", True),
        ("second", True),
        ("ok, prendo il secondo", True),
        ("me quedo con el segundo", True),
        ("the second one is oaky?", False),
        ("what about the second course", False),
    ],
)
def test_a_wine_named_by_its_place_alone_is_chosen(text: str, chosen: bool) -> None:
    parsed = parse_question(text)
    assert parsed.said is not None
    assert parsed.said.chosen is chosen


@pytest.mark.parametrize(
    ("text", "each"),
    [
        ("a glass each pls, white for her n red for me", True),
        ("un verre chacun", True),
        ("una copa cada uno", True),
        ("one each", True),
        ("one bottle for both", False),
        ("each dish sounds great, a red?", False),
        ("a glass each of the same?", False),
    ],
)
def test_a_glass_each_is_read(text: str, each: bool) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.each_their_own is each


@pytest.mark.parametrize(
    ("text", "house"),
    [
        ("what's the house wine?", True),
        ("your house red?", True),
        ("un verre du vin de la maison", True),
        ("vino della casa?", True),
        ("a red from Brick House Vineyards", False),
        ("what's good in the house tonight?", False),
        ("Do you have the Brick House red?", False),
        ("I don't want the house wine, something better", False),
        ("le vin maison, c'est quoi ?", True),
        ("el tinto de la casa, por favor", True),
    ],
)
def test_the_house_wine_asked_for_is_read(text: str, house: bool) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.house_wine is house


def test_a_position_in_another_language_needs_its_article() -> None:
    said = parse_question("ok, prendo il secondo").said
    premier_cru = parse_question("is the Chablis Premier Cru oaky?").said
    assert said is not None
    assert premier_cru is not None
    assert said.about_picks == (2,)
    assert premier_cru.about_picks != (1,)
    how_is = parse_question("il secondo com'è?").said
    assert how_is is not None
    assert how_is.about_picks == (2,)
    to_come = parse_question("we have a second course to come, anything for that?").said
    assert to_come is not None
    assert to_come.about_picks == ()


@pytest.mark.parametrize(
    "text", ["it's our anniversary", "we're celebrating!", "something special for the steak", "let's splurge"]
)
def test_an_occasion_is_read(text: str) -> None:
    assert parse_question(text).constraints.occasion


def test_an_occasion_lasts_until_a_modest_price_is_asked() -> None:
    special = parse_question("it's her birthday, a red for the lamb").constraints
    assert parse_question("by the glass?", previous=special).constraints.occasion
    assert not parse_question("something cheaper", previous=special).constraints.occasion
    assert not parse_question("not too expensive", previous=special).constraints.occasion


def test_a_course_said_beside_a_dish_is_when_it_is_eaten_not_every_dessert_on_the_menu() -> None:
    fondant = parse_question("chocolate fondant for dessert", menu=MENUS["bistro-marguerite"])
    assert (fondant.dish_words, fondant.dish_ids) == (("chocolate fondant",), ())
    assert _dish_names("bistro-marguerite", "the tarte tatin for dessert") == ["Tarte Tatin"]
    assert len(_dish_names("bistro-marguerite", "something for dessert")) > 1  # the course alone: its dishes


def test_sweet_but_not_too_sweet_still_wants_a_sweet_wine() -> None:
    constraints = parse_question("chocolate fondant, anything sweet but not too sweet?").constraints
    assert constraints.sweet
    assert "dry" not in constraints.style_words
    # Not a dry wine: a gentler sweet one with a dessert, any the dish suits with a main.
    assert parse_question("a white, not too sweet").constraints.style_words == ("not too sweet",)
    assert parse_question("a white, nothing sweet").constraints.style_words == ("dry",)


def test_it_keeps_the_diners_spelling_of_food_words() -> None:
    assert parse_question("something for the crème brûlée").dish_words == ("crème brûlée",)


@pytest.mark.parametrize(
    ("slug", "text", "dishes"),
    [
        ("bistro-marguerite", "a red under $60 for the lamb?", ["Gigot d'agneau rôti"]),
        ("harbor-and-vine", "a red under $60 for the lamb?", ["Oak-grilled lamb chops"]),
        ("trattoria-sorella", "a red under $60 for the lamb?", ["Abbacchio scottadito"]),
        ("bistro-marguerite", "the steak", ["Steak frites au poivre"]),
        ("bistro-marguerite", "what about the gigot?", ["Gigot d'agneau rôti"]),
        ("bistro-marguerite", "something for the duck", ["Confit de canard"]),
        ("bistro-marguerite", "moules", ["Moules marinières"]),
        ("bistro-marguerite", "the one with morels", ["Poulet au vin jaune et morilles"]),
        ("bistro-marguerite", "a Burgundy for the snails", ["Escargots de Bourgogne"]),
        ("bistro-marguerite", "the cheese", ["Plateau de fromages"]),
        ("bistro-marguerite", "the chocolate", ["Mousse au chocolat"]),
        ("harbor-and-vine", "the salmon please", ["Cedar-plank King salmon"]),
        ("harbor-and-vine", "oysters", ["Tomales Bay oysters"]),
        ("harbor-and-vine", "the mushroom risotto", ["Wild mushroom risotto"]),
        ("harbor-and-vine", "the rib-eye", ["Dry-aged rib-eye"]),
        ("trattoria-sorella", "the vongole", ["Spaghetti alle vongole"]),
        ("trattoria-sorella", "the steak", ["Bistecca alla fiorentina"]),
        ("trattoria-sorella", "the mushroom risotto", ["Risotto ai funghi porcini"]),
        ("trattoria-sorella", "for the cheese course", ["Selezione di formaggi"]),
        # Two dishes named: each is found, the weaker match not hidden by the stronger.
        (
            "harbor-and-vine",
            "a bottle for the oysters and the lamb chops",
            ["Tomales Bay oysters", "Oak-grilled lamb chops"],
        ),
        ("trattoria-sorella", "vitello tonnato and then bistecca", ["Vitello tonnato", "Bistecca alla fiorentina"]),
    ],
)
def test_it_recognises_dishes_on_the_menu(slug: str, text: str, dishes: list[str]) -> None:
    assert _dish_names(slug, text) == dishes


@pytest.mark.parametrize(
    "text", ["what would you drink with a roast chicken", "something for a grilled pork chop", "roast duck?"]
)
def test_a_shared_cooking_method_alone_does_not_make_another_dish_the_diners(text: str) -> None:
    # Harbor & Vine's menu has a cedar-plank (roasted) salmon and grilled lamb chops, no chicken,
    # pork chop or duck: the diner's own dish, not a menu dish cooked the same way.
    assert _dish_names("harbor-and-vine", text) == []


@pytest.mark.parametrize(
    ("slug", "text"),
    [
        ("harbor-and-vine", "Something for the crème brûlée"),  # not the chocolate pot de crème
        ("harbor-and-vine", "what wine with cacio e pepe?"),  # not the cheese plate
        ("bistro-marguerite", "what wine with cacio e pepe?"),  # not the onion soup or the cheeses
        ("bistro-marguerite", "a wine for moussaka"),  # not the boeuf bourguignon
        # The diner's sage is not the bay of "Tomales Bay oysters", though both are herbs.
        ("harbor-and-vine", "tajarin with butter and sage"),
    ],
)
def test_a_dish_the_diner_names_is_that_dish_not_a_menu_dish_sharing_its_words(slug: str, text: str) -> None:
    assert _dish_names(slug, text) == []


def test_it_returns_every_dessert_for_a_dessert_question() -> None:
    assert _dish_names("harbor-and-vine", "something for dessert") == [
        "Meyer lemon tart",
        "Chocolate pot de crème",
        "Olallieberry crisp",
    ]


@pytest.mark.parametrize(
    ("slug", "text"),
    [
        ("bistro-marguerite", "something light"),
        ("bistro-marguerite", "a sweet wine"),
        ("harbor-and-vine", "a glass of champagne"),
        ("trattoria-sorella", "the salmon"),
        ("trattoria-sorella", "a red under $60"),
    ],
)
def test_it_recognises_no_dish_when_none_is_named(slug: str, text: str) -> None:
    assert _dish_names(slug, text) == []


def test_it_reads_the_dish_ids_from_the_menu_items_it_is_given() -> None:
    menu = [MenuStub(41, "Roast lamb", "", ("lamb",), "main"), MenuStub(42, "Oysters", "", ("oysters",), "starter")]

    assert parse_question("the lamb", menu=menu).dish_ids == (41,)


def test_it_keeps_the_original_text() -> None:
    assert parse_question("A red under $60?").text == "A red under $60?"


def test_it_leaves_everything_open_when_the_question_sets_nothing() -> None:
    parsed = parse_question("What would you recommend?")

    assert parsed.constraints == Constraints()
    assert parsed.dish_ids == ()
    assert parsed.dish_words == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("and by the glass?", Constraints(max_price=Decimal("60"), colours=frozenset({"red"}), by_the_glass=True)),
        (
            "something cheaper?",
            Constraints(max_price=Decimal("60"), colours=frozenset({"red"}), cheaper_than_previous=True),
        ),
        ("what about a white?", Constraints(max_price=Decimal("60"), colours=frozenset({"white"}))),
        ("and a rosé too", Constraints(max_price=Decimal("60"), colours=frozenset({"red", "rose"}))),
        ("something more expensive", Constraints(colours=frozenset({"red"}))),
        ("under 40 instead", Constraints(max_price=Decimal("40"), colours=frozenset({"red"}))),
        ("over 70", Constraints(min_price=Decimal("70"), colours=frozenset({"red"}))),
        ("any colour", Constraints(max_price=Decimal("60"))),
        ("price is no object", Constraints(colours=frozenset({"red"}))),
        ("price doesn't matter", Constraints(colours=frozenset({"red"}))),
        ("he doesn't care about price", Constraints(colours=frozenset({"red"}))),
        # Naming the budget to lift it is no wish for the modest end of the list.
        ("the budget is not an issue", Constraints(colours=frozenset({"red"}))),
        # "Never mind" starts over, "never mind the price" only lifts the budget.
        ("never mind the price", Constraints(colours=frozenset({"red"}))),
        ("what about a Riesling?", Constraints(max_price=Decimal("60"), grapes=("Riesling",))),
        ("start over: something sweet", Constraints(sweet=True)),
    ],
)
def test_it_builds_follow_ups_on_the_previous_constraints(text: str, expected: Constraints) -> None:
    assert parse_question(text, previous=LAMB_RED).constraints == expected


@pytest.mark.parametrize(
    ("text", "style", "lighter", "bolder"),
    [
        ("too heavy, something lighter", ("light",), True, False),
        ("a bit too oaky", ("unoaked",), False, False),
        ("less tannic please", ("smooth",), True, False),
        ("too light", ("full-bodied",), False, True),
    ],
)
def test_a_style_complained_about_is_replaced_by_its_opposite(
    text: str, style: tuple[str, ...], lighter: bool, bolder: bool
) -> None:
    bold = parse_question("a bold red for the oxtail").constraints
    parsed = parse_question(text, previous=bold)

    # Not "full-bodied and light, as you asked": the complaint is no wish for what it names.
    assert parsed.constraints.style_words == style
    assert parsed.said is not None
    assert parsed.said.lighter is lighter
    assert parsed.said.bolder is bolder


@pytest.mark.parametrize("text", ["and for my wife's ribeye", "my friend's ribeye", "the kids' ribeye"])
def test_who_a_dish_is_for_is_not_part_of_the_dish(text: str) -> None:
    assert parse_question(text).dish_words == ("ribeye",)


def test_it_does_not_carry_a_cheaper_request_into_the_next_follow_up() -> None:
    cheaper = parse_question("something cheaper", previous=LAMB_RED).constraints

    assert parse_question("and by the glass?", previous=cheaper).constraints.cheaper_than_previous is False


def test_it_switches_from_glass_to_bottle_in_a_follow_up() -> None:
    by_the_glass = parse_question("two glasses of white").constraints

    assert parse_question("actually a bottle", previous=by_the_glass).constraints == Constraints(
        colours=frozenset({"white"})
    )


def test_it_drops_the_dessert_colour_when_a_follow_up_says_not_too_sweet() -> None:
    sweet = parse_question("something sweet").constraints

    assert parse_question("not too sweet though", previous=sweet).constraints == Constraints(
        style_words=("not too sweet",)
    )


def _constraint_cases() -> list[Any]:
    data = json.loads((APP_DIR / "eval_data" / "constraints.json").read_text(encoding="utf-8"))
    return [pytest.param(entry, id=entry["question"]) for entry in data["entries"]]


def test_it_has_a_constraint_set_large_enough_to_measure() -> None:
    assert len(_constraint_cases()) >= 40


@pytest.mark.parametrize("entry", _constraint_cases())
def test_it_reads_every_question_of_the_evaluation_set(entry: dict[str, Any]) -> None:
    menu = MENUS.get(entry.get("restaurant", ""), [])
    previous = _constraints(entry["previous"]) if "previous" in entry else None
    expect = entry["expect"]

    parsed = parse_question(entry["question"], menu=menu, previous=previous)

    expected = _constraints(expect)
    for field in fields(Constraints):
        if field.name == "price_per_glass":
            continue  # the basis of a budget: the dialogue tests follow it across turns
        if field.name == "appellations" and "appellations" not in expect:
            continue  # places named as wines: the set checks them where it says them
        assert getattr(parsed.constraints, field.name) == getattr(expected, field.name), field.name
    if "dishes" in expect:
        by_pk = {item.pk: item.name for item in menu}
        assert [by_pk[pk] for pk in parsed.dish_ids] == expect["dishes"]
    if "dish_words" in expect:
        assert list(parsed.dish_words) == expect["dish_words"]


@pytest.mark.parametrize(
    ("question", "max_price", "min_price"),
    [
        ("a red under $60, last time we had a $100 bottle", "60", None),
        ("a red under 60 to go with the $38 steak", "60", None),
        ("a red under £60 for the £28 lamb", "60", None),
        ("white under 40 or red under 60", "40", None),
        ("nothing under $30, we're celebrating", None, "30"),
        ("not under 50", None, "50"),
        ("no cheaper than 40", None, "40"),
        ("a $60 red", "60", None),
    ],
)
def test_it_keeps_the_tightest_cued_bounds_and_ignores_prices_mentioned_in_passing(
    question: str, max_price: str | None, min_price: str | None
) -> None:
    constraints = parse_question(question).constraints

    assert constraints.max_price == (Decimal(max_price) if max_price else None)
    assert constraints.min_price == (Decimal(min_price) if min_price else None)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("What would you pour with the duck? (guest 12-345)", ("duck",)),
        ("What goes with the duck? We're celebrating", ("duck",)),
        ("what goes with ribollita?", ("ribollita",)),
    ],
)
def test_a_dish_phrase_ends_at_the_sentence(text: str, words: tuple[str, ...]) -> None:
    # The house voice opens with the diner's phrase: never "With the duck? (guest, my first choice...".
    assert parse_question(text, menu=[]).dish_words == words


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("what about something from Oregon?", ("Oregon",)),
        ("an Italian red for the lamb", ("Italy",)),
        ("a Californian Pinot Noir", ("California",)),
        ("vino tinto español para el cordero", ("Spain",)),
        ("something Tuscan for the steak", ("Tuscany",)),
        ("a white from the Loire", ("the Loire",)),
        ("New World Chardonnay please", ("the New World",)),
        ("French onion soup, what wine?", ()),
        ("a Greek salad and a glass of white", ()),
        ("Tuscan bean soup", ()),
        ("something Croatian for the octopus?", ("Croatia",)),
        ("anything from Slovenia?", ("Slovenia",)),
        ("a Georgian orange wine?", ("Georgia",)),
        ("an Istrian white for the fish", ("Istria",)),
        ("any wine from the Canaries?", ("the Canary Islands",)),
        ("Georgian khachapuri, what should we drink?", ()),
        ("roast turkey and a Turkish red", ("Turkey",)),
        # Where the diners are from, and a dish of a place, are not where the wine should be from.
        ("we're visiting from England, what red for the lamb?", ()),
        ("I'm from Georgia, what red?", ()),
        ("the plate of English cheeses", ()),
        ("we're after something from Spain", ("Spain",)),
        ("something from napa under 150", ("Napa",)),
        ("a sonoma pinot?", ("Sonoma",)),
        ("anything from Paso Robles?", ("Paso Robles",)),
        ("santa barbara pinot?", ("Santa Barbara",)),
        ("a wine from willamette", ("the Willamette Valley",)),
        ("we drove down from sonoma today, what goes with the steak?", ()),
    ],
)
def test_it_reads_where_the_wine_should_come_from_not_where_the_dish_does(text: str, places: tuple[str, ...]) -> None:
    assert parse_question(text).constraints.places == places


def test_a_place_is_not_read_as_food_and_lasts_through_a_refinement() -> None:
    parsed = parse_question("something Tuscan then")
    assert parsed.dish_words == ()
    assert parsed.dish_ids == ()
    assert parse_question("cheaper?", previous=parsed.constraints).constraints.places == ("Tuscany",)


@pytest.mark.parametrize(
    ("question", "positions", "chosen"),
    [
        ("is it sweet?", (FOCUS,), False),
        ("is that one full-bodied?", (FOCUS,), False),
        ("I'll take it, thanks", (FOCUS,), True),
        ("are they oaky?", (1, 2, 3), False),
        ("is the second one oaky?", (2,), False),
        # "It" beside a new wish is no question about a wine: the wish is the question.
        ("is it possible to have something cheaper?", (), False),
        # ...but whether the wine shown is poured by the glass is a question about it.
        ("can I have that by the glass?", (FOCUS,), False),
        # "More" is no dish (a lexicon spelling "s'mores" once read it as one).
        ("tell me more about the second", (2,), False),
    ],
)
def test_it_and_they_point_at_the_wines_shown(question: str, positions: tuple[int, ...], chosen: bool) -> None:
    parsed = parse_question(question)
    said = parsed.said
    assert said is not None
    assert said.about_picks == positions
    assert said.chosen is chosen
    assert parsed.dish_words == ()


@pytest.mark.parametrize(
    ("text", "refused_colours", "refused_grapes"),
    [
        ("my wife hates chardonnay", set(), ("Chardonnay",)),
        # The colour in a grape's name ("Sauvignon Blanc") is the grape's: refused with it.
        ("not a big fan of sauvignon blanc", set(), ("Sauvignon Blanc",)),
        # The oak is refused, not the grape: a Chablis is still welcome (the style asks "unoaked").
        ("we're not into oaky chardonnay", set(), ()),
        ("none of that pinot noir stuff", set(), ("Pinot Noir",)),
        ("not keen on syrah or shiraz", set(), ("Syrah",)),
        ("my husband doesn't drink white", {"white"}, ()),
        ("he won't drink rosé", {"rose"}, ()),
        ("we're not fans of rosé", {"rose"}, ()),
        ("none of us like sparkling", {"sparkling"}, ()),
        ("no heavy reds", {"red"}, ()),
        ("we're not big red drinkers", {"red"}, ()),
        ("no red or rosé please", {"red", "rose"}, ()),
        ("pas de chardonnay svp", set(), ("Chardonnay",)),
        ("nada de chardonnay por favor", set(), ("Chardonnay",)),
        ("kein Chardonnay bitte", set(), ("Chardonnay",)),
        ("niente rosso per favore", {"red"}, ()),
        ("hmm, we don't really drink red", {"red"}, ()),
        ("we'd rather not have rosé", {"rose"}, ()),
        ("red isn't really our thing", {"red"}, ()),
    ],
)
def test_a_dislike_in_the_diners_own_words_refuses_the_colour_or_grape(
    text: str, refused_colours: set[str], refused_grapes: tuple[str, ...]
) -> None:
    said = parse_question(text).said
    assert said is not None
    assert (said.colours, said.refused_colours) == (frozenset(), frozenset(refused_colours))
    assert (said.grapes, said.refused_grapes) == ((), refused_grapes)


@pytest.mark.parametrize(
    ("text", "colour"),
    [
        ("we don't usually drink white but the Sancerre sounds good", "white"),
        ("we rarely drink red but tonight we'll have one with the steak", "red"),
        ("I don't normally drink rosé but a rosé please", "rose"),
    ],
)
def test_a_habit_the_sentence_breaks_is_no_dislike(text: str, colour: str) -> None:
    assert parse_question(text).constraints.colours == frozenset({colour})


def test_a_dislike_of_sweet_wine_with_an_adverb_asks_for_dry() -> None:
    constraints = parse_question("we don't really like sweet wine").constraints
    assert not constraints.sweet
    assert "dessert" not in constraints.colours


def test_after_or_a_refusal_goes_on_and_after_a_comma_the_diner_asks() -> None:
    said = parse_question("no chardonnay, a pinot noir").said
    assert said is not None
    assert (said.grapes, said.refused_grapes) == (("Pinot Noir",), ("Chardonnay",))
    said = parse_question("no merlot or malbec").said
    assert said is not None
    assert (said.grapes, said.refused_grapes) == ((), ("Merlot", "Malbec"))


@pytest.mark.parametrize(
    ("slug", "text", "dish_words", "dishes"),
    [
        ("harbor-and-vine", "we had oysters earlier, now the lamb", ("lamb",), ["Oak-grilled lamb chops"]),
        ("harbor-and-vine", "I had the chowder for lunch so now the salmon", ("salmon",), ["Cedar-plank King salmon"]),
        ("bistro-marguerite", "last night we had steak, tonight the sole", ("sole",), ["Sole meunière"]),
        ("trattoria-sorella", "we loved the burrata, now the ossobuco", ("ossobuco",), ["Osso buco alla milanese"]),
        ("trattoria-sorella", "we started with the carpaccio, now the branzino", ("branzino",), ["Branzino al forno"]),
        ("bistro-marguerite", "the fries were amazing! now what for the steak", ("steak",), ["Steak frites au poivre"]),
        ("harbor-and-vine", "i usually have salmon but tonight the halibut", ("halibut",), ["Pan-seared halibut"]),
    ],
)
def test_food_said_of_another_meal_is_no_dish_beside_tonights(
    slug: str, text: str, dish_words: tuple[str, ...], dishes: list[str]
) -> None:
    assert parse_question(text, menu=MENUS[slug]).dish_words == dish_words
    assert _dish_names(slug, text) == dishes


@pytest.mark.parametrize(
    ("text", "dish_words"),
    [
        ("where's the bathroom", ()),
        ("what time does the kitchen close", ()),
        ("can we move to the terrace", ()),
        ("can you turn the music down a bit", ()),
        ("how long is the wait for the mains", ()),
        ("first date, want to impress", ()),
        ("we're celebrating, sky's the limit", ()),
        ("lovely, thank you for your help", ()),
        ("something similar to the second but cheaper", ()),
        ("what grape is the second one", ()),
        ("do you have non-alcoholic beer", ()),
        ("avoid anything with too much alcohol", ()),
        ("vegetarian here, the melanzane please and a red", ("melanzane",)),
        ("no dairy for him, he's getting the rib-eye", ("rib-eye",)),
        ("red wine for the ribeye plz", ("ribeye",)),
    ],
)
def test_the_room_the_evening_and_who_is_eating_are_no_dish(text: str, dish_words: tuple[str, ...]) -> None:
    assert parse_question(text).dish_words == dish_words


@pytest.mark.parametrize(
    ("text", "positions"),
    [
        ("second one sounds good", (2,)),
        ("i think the second one", (2,)),
        ("sold! the first one", (1,)),
        ("lol ok the second", (2,)),
        ("number 2 please", (2,)),
        ("number one please", (1,)),
        ("#1", (1,)),
        ("option 3", (3,)),
        ("yes that one", (FOCUS,)),
        ("two glasses of the second please", (2,)),
        ("we'll get a bottle of the first", (1,)),
        ("the secnd one", (2,)),
        ("il secondo va benissimo", (2,)),
        ("ich nehme den ersten", (1,)),
    ],
)
def test_a_wine_shown_is_chosen_in_the_diners_own_words(text: str, positions: tuple[int, ...]) -> None:
    parsed = parse_question(text)
    assert parsed.said is not None
    assert (parsed.said.about_picks, parsed.said.chosen) == (positions, True)
    assert parsed.dish_words == ()


@pytest.mark.parametrize(
    ("text", "positions"),
    [
        ("which would you pick?", (1, 2, 3)),
        ("which of those is better with the lamb", (1, 2, 3)),
        ("which would go better with the duck", (1, 2, 3)),
        ("would the first one work with the cheese too", (1,)),
        ("can we try a taste of the second before we order?", (2,)),
    ],
)
def test_which_and_would_ask_about_the_wines_shown(text: str, positions: tuple[int, ...]) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.about_picks == positions
    # "First time here" is no wine.
    hello = parse_question("first time here, what do you recommend?").said
    assert hello is not None
    assert hello.about_picks == ()


@pytest.mark.parametrize(
    "text",
    [
        "tx!",
        "thnx thats great",
        "thank u",
        "cheers mate",
        "brilliant, thanks very much",
        "thanks, we'll think about it",
        "thanks a lot, enjoy your evening",
        "no thanks, we're fine",
        "great, that's all we need",
        "merci beaucoup, c'est parfait",
        "muchas gracias",
        "gracias, muy amable",
        "danke schön",
        "vielen Dank, das war's",
    ],
)
def test_thanks_in_the_diners_own_words_close_the_conversation(text: str) -> None:
    parsed = parse_question(text)
    assert parsed.said is not None
    assert parsed.said.closing is True
    assert parsed.dish_words == ()


@pytest.mark.parametrize(
    ("text", "colours", "grapes"),
    [
        ("lobster in champagne sauce", set(), ()),
        ("chicken in riesling sauce, which wine?", set(), ()),
        ("pears poached in red wine, dessert wine?", {"dessert"}, ()),
        ("port-glazed duck, what red?", {"red"}, ()),
        ("prosecco risotto", set(), ()),
        ("champagne sorbet, what sweet wine goes", set(), ()),  # a sweet wine of any section
    ],
)
def test_a_wine_the_dish_is_cooked_in_or_named_after_is_no_wine_asked_for(
    text: str, colours: set[str], grapes: tuple[str, ...]
) -> None:
    said = parse_question(text).said
    assert said is not None
    assert (said.colours, said.grapes) == (frozenset(colours), grapes)


@pytest.mark.parametrize(
    ("text", "max_price", "min_price"),
    [
        ("i don't want to spend more than 70", "70", None),
        ("don't want to pay more than 45", "45", None),
        ("happy to go to 90", "90", None),
        ("sub 50", "50", None),
        ("50ish", "50", None),
        ("around the 60 mark", "60", None),
        ("we're thinking around 50-60", "60", "50"),
    ],
)
def test_a_budget_in_the_diners_own_words(text: str, max_price: str | None, min_price: str | None) -> None:
    parsed = parse_question(text)
    assert parsed.constraints.max_price == (Decimal(max_price) if max_price else None)
    assert parsed.constraints.min_price == (Decimal(min_price) if min_price else None)
    assert parsed.dish_words == ()


@pytest.mark.parametrize(
    ("text", "modest"),
    [
        ("without breaking the bank", True),
        ("nothing crazy expensive", True),
        ("something decent but not pricey", True),
        # A budget with its number is that number, not the lower half of the list as well.
        ("budget is 60", False),
        ("budget's about 70", False),
        ("we're 4 people, budget 200", False),
    ],
)
def test_a_modest_price_is_a_budget_said_without_a_number(text: str, modest: bool) -> None:
    assert parse_question(text).constraints.modest_price is modest


@pytest.mark.parametrize(
    ("text", "cheaper"),
    [
        ("hmm that's a bit much", True),
        ("that's more than we wanted to spend", True),
        ("c'est trop cher", True),
        ("avoid anything with too much alcohol", False),
    ],
)
def test_a_price_complained_about_asks_for_cheaper(text: str, cheaper: bool) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.cheaper_than_previous is cheaper


@pytest.mark.parametrize(
    ("text", "grapes", "dish_words"),
    [
        ("chardonay but not oaky", ("Chardonnay",), ()),
        ("reisling under 40", ("Riesling",), ()),
        ("malbeck for the steak", ("Malbec",), ("steak",)),
        ("cabarnet?", ("Cabernet Sauvignon",), ()),
        ("temperanillo for the lamb", ("Tempranillo",), ("lamb",)),
        ("grenach or syrah", ("Grenache", "Syrah"), ()),
    ],
)
def test_a_wine_typed_with_a_slip_is_that_wine(text: str, grapes: tuple[str, ...], dish_words: tuple[str, ...]) -> None:
    parsed = parse_question(text)
    assert parsed.constraints.grapes == grapes
    assert parsed.dish_words == dish_words


def test_a_slip_from_a_wine_name_that_is_another_word_is_left_alone() -> None:
    assert parse_question("champange for 2").constraints.colours == {"sparkling"}
    assert parse_question("pain de campagne with the cheese").constraints.colours == frozenset()


@pytest.mark.parametrize(
    ("text", "sweet", "style_words"),
    [
        ("I don't like sweet wines", False, ("dry",)),
        ("not into sweet wines at all", False, ("dry",)),
        # A complaint is no wish for a dessert wine.
        ("please no riesling, we find it too sweet", False, ("dry",)),
        ("no tannins please", False, ("smooth",)),
        ("nothing with oak", False, ("unoaked",)),
        ("drier?", False, ("dry",)),
        ("least oaky chardonnay", False, ("unoaked",)),
        ("ein trockener Weißwein", False, ("dry",)),
    ],
)
def test_styles_and_sweetness_in_the_diners_own_words(text: str, sweet: bool, style_words: tuple[str, ...]) -> None:
    constraints = parse_question(text).constraints
    assert constraints.sweet is sweet
    assert "dessert" not in constraints.colours
    assert constraints.style_words == style_words


@pytest.mark.parametrize(
    ("text", "colours", "by_the_glass"),
    [
        ("ein Glas Weißwein bitte", {"white"}, True),
        ("einen Rotwein zum Steak", {"red"}, False),
        ("qualcosa di frizzante", {"sparkling"}, False),
        ("deux verres de champagne", {"sparkling"}, True),
    ],
)
def test_colours_and_glasses_in_the_restaurants_languages(text: str, colours: set[str], by_the_glass: bool) -> None:
    constraints = parse_question(text).constraints
    assert (constraints.colours, constraints.by_the_glass) == (frozenset(colours), by_the_glass)


@pytest.mark.parametrize("text", ["not fussy, whatever you recommend", "is there a sommelier's pick tonight"])
def test_leaving_the_choice_to_the_sommelier_is_a_general_question(text: str) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.general is True


@pytest.mark.parametrize(
    ("text", "colours", "refused"),
    [
        ("gambas al ajillo - red gives me a headache so white or rosé pls", {"white", "rose"}, {"red"}),
        ("reds give me migraines, a white please", {"white"}, {"red"}),
        ("I get headaches from red wine, something white", {"white"}, {"red"}),
        ("rosé isnt for me", set(), {"rose"}),
        # What a wine does for the dish is no complaint.
        ("a red that gives the steak a lift", {"red"}, set()),
    ],
)
def test_a_colour_complained_of_is_refused(text: str, colours: set[str], refused: set[str]) -> None:
    said = parse_question(text).said
    assert said is not None
    assert (said.colours, said.refused_colours) == (frozenset(colours), frozenset(refused))


@pytest.mark.parametrize(
    ("text", "dish_words"),
    [
        ("and a coffee after, thanks", ()),
        ("more bread please", ()),
        ("can we get 2 espressos", ()),
        ("a sparkling water and the steak", ("steak",)),
        ("a coffee cake", ("coffee cake",)),
        ("the bread and butter pudding", ("bread and butter pudding",)),
        ("tea smoked duck", ("tea smoked duck",)),
    ],
)
def test_an_order_for_the_waiter_is_no_dish(text: str, dish_words: tuple[str, ...]) -> None:
    assert parse_question(text).dish_words == dish_words


def test_german_glass_and_lighter_are_read() -> None:
    glass, lighter, bolder = (parse_question(text).said for text in ("und glasweise?", "etwas leichter?", "kräftiger?"))
    assert glass is not None
    assert glass.by_the_glass is True
    assert lighter is not None
    assert lighter.lighter
    assert bolder is not None
    assert bolder.bolder


@pytest.mark.parametrize(
    ("text", "previous_colours", "grapes"),
    [
        ("pinot?", frozenset(), ("Pinot Noir",)),
        ("pinot for the duck", frozenset(), ("Pinot Noir",)),
        ("pinot?", frozenset({"white"}), ("Pinot Grigio",)),
        ("a white pinot", frozenset(), ("Pinot Grigio",)),
        ("any pinot grigio?", frozenset(), ("Pinot Grigio",)),
    ],
)
def test_a_lone_pinot_is_the_pinot_of_the_colour_talked_about(
    text: str, previous_colours: frozenset[str], grapes: tuple[str, ...]
) -> None:
    assert parse_question(text, previous=Constraints(colours=previous_colours)).constraints.grapes == grapes


def test_no_pinot_refuses_every_pinot() -> None:
    assert {"Pinot Noir", "Pinot Grigio"} <= set(parse_question("no pinot please").constraints.refused_grapes)


@pytest.mark.parametrize(
    ("text", "order"),
    [("¿el más barato?", "low"), ("la más barata", "low"), ("le moins cher?", "low"), ("el más caro", "high")],
)
def test_the_cheapest_in_the_restaurants_languages_is_a_price_order_not_cheaper(text: str, order: str) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.price_order == order
    assert not said.cheaper_than_previous


@pytest.mark.parametrize("text", ["and a coffee after, thanks", "great, thanks", "two espressos and the bill, thanks"])
def test_thanks_beside_an_order_for_the_waiter_is_a_goodbye(text: str) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.closing


@pytest.mark.parametrize(
    ("text", "dish_words"),
    [
        ("kangaroo fillet with pepperberry", ("kangaroo fillet with pepperberry",)),
        ("lamb fillet with mint", ("lamb fillet with mint",)),
        ("duck breast and the oysters", ("duck breast", "oysters")),
    ],
)
def test_a_cut_of_meat_keeps_its_garnish_in_one_dish(text: str, dish_words: tuple[str, ...]) -> None:
    assert parse_question(text).dish_words == dish_words


@pytest.mark.parametrize(
    ("slug", "text"),
    [
        ("bistro-marguerite", "steak tartare"),  # not the steak frites
        ("bistro-marguerite", "lamb neck with anchovy and salsa verde"),  # not the gigot
        ("bistro-marguerite", "veal sweetbreads with morels"),  # not the chicken with morels
        ("harbor-and-vine", "cod with chorizo and white beans"),  # not the fish and chips
    ],
)
def test_a_dish_with_a_main_the_menu_dish_lacks_is_the_diners_own(slug: str, text: str) -> None:
    assert _dish_names(slug, text) == []


@pytest.mark.parametrize(
    ("slug", "text", "names"),
    [
        ("harbor-and-vine", "crab linguine", []),  # not the crab cakes
        ("harbor-and-vine", "a fish burger", []),  # not the fish and chips
        ("harbor-and-vine", "the crab", ["Dungeness crab cakes"]),
        ("harbor-and-vine", "the crab cakes with a bread roll", ["Dungeness crab cakes"]),
        ("harbor-and-vine", "fish tacos", ["Blackened rockfish tacos"]),
        ("trattoria-sorella", "clam pasta", ["Spaghetti alle vongole"]),
    ],
)
def test_a_dish_named_by_its_form_is_only_a_menu_dish_made_in_that_form(slug: str, text: str, names: list[str]) -> None:
    assert _dish_names(slug, text) == names


@pytest.mark.parametrize(
    ("text", "max_price", "modest"),
    [("unter 40", "40", False), ("bis 50 euro", "50", False), ("nicht zu teuer", None, True)],
)
def test_german_budgets_are_read(text: str, max_price: str | None, modest: bool) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.max_price == (Decimal(max_price) if max_price else None)
    assert said.modest_price is modest


def test_a_number_beside_too_pricey_is_the_ceiling_not_cheaper_than_shown() -> None:
    said = parse_question("too pricey, something under 60").said
    assert said is not None
    assert said.max_price == Decimal("60")
    assert not said.cheaper_than_previous


@pytest.mark.parametrize("text", ["thx bye", "grazie mille, ciao", "thanks mate"])
def test_goodbyes_with_bye_ciao_and_mate_close(text: str) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.closing


@pytest.mark.parametrize("text", ["my wife cant have anything fizzy", "she can't have sparkling"])
def test_cant_have_refuses_the_colour(text: str) -> None:
    said = parse_question(text).said
    assert said is not None
    assert "sparkling" in said.refused_colours


def test_a_wine_is_named_by_its_producer_and_a_colour_asked_of_it_is_no_dish() -> None:
    wines = [(1, "Bandol Rosé"), (1, "Domaine Tempier"), (2, "Rubentis"), (2, "Ameztoi")]
    tempier = parse_question("the tempier one", wines=wines)
    rubentis = parse_question("is the rubentis a rosé?", wines=wines)
    assert tempier.said is not None
    assert tempier.said.wine_ids == (1,)
    assert rubentis.said is not None
    assert rubentis.said.wine_ids == (2,)
    assert rubentis.dish_words == ()


def test_a_producer_called_by_a_word_of_a_longer_place_name_is_named_but_a_place_is_not() -> None:
    # "Ridge" is also a word of Ribbon Ridge, "Napa" of Napa Valley: only a producer's name,
    # with nothing else its own, is called by such a word.
    wines = [(1, "Lytton Springs"), (1, "Ridge Vineyards"), (2, "Napa Valley Merlot"), (2, "Duckhorn")]
    wines += [(3, "Pinot Noir"), (3, "Willamette Valley Vineyards")]
    ridge = parse_question("is the ridge one oaky?", wines=wines)
    napa = parse_question("a napa merlot?", wines=wines)
    willamette = parse_question("a willamette pinot for the salmon", wines=wines)
    assert willamette.said is not None
    assert willamette.said.wine_ids == ()  # the place asked for, not the producer called after it
    assert ridge.said is not None
    assert ridge.said.wine_ids == (1,)
    assert ridge.dish_words == ()
    assert napa.said is not None
    assert napa.said.wine_ids == ()


@pytest.mark.parametrize(
    ("text", "grapes", "refused", "style_words"),
    [
        ("i don't like oaky chardonnay", (), (), ("unoaked",)),
        ("i hate buttery chardonnay", (), (), ("unoaked",)),
        ("an oaky chardonnay", ("Chardonnay",), (), ("oaky",)),
        ("no chardonnay", (), ("Chardonnay",), ()),
        ("something less boozy", (), (), ("low-alcohol",)),
    ],
)
def test_a_style_refused_is_its_opposite_and_leaves_the_grape_alone(
    text: str, grapes: tuple[str, ...], refused: tuple[str, ...], style_words: tuple[str, ...]
) -> None:
    said = parse_question(text).said
    assert said is not None
    assert (said.grapes, said.refused_grapes, said.style_words) == (grapes, refused, style_words)


@pytest.mark.parametrize("text", ["ist der trocken?", "est-il sec ?", "è secco?", "¿es seco?"])
def test_it_in_the_restaurants_languages_is_the_wine_in_focus(text: str) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.about_picks == (FOCUS,)


@pytest.mark.parametrize(
    ("text", "sweet"), [("bbq pork ribs sticky glaze. zinfandel?", None), ("a sticky for the cheese", True)]
)
def test_a_sweet_word_said_of_the_food_asks_no_sweet_wine(text: str, sweet: bool | None) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.sweet is sweet


@pytest.mark.parametrize(
    ("text", "best"),
    [
        ("best pinot", True),
        ("your best barolo?", True),
        ("the best red for the lamb", False),
        ("best value red", False),
    ],
)
def test_the_best_of_a_kind_is_the_finest_of_it_not_the_best_match(text: str, best: bool) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.best_of_a_kind is best
    assert said.occasion is best


@pytest.mark.parametrize(("text", "dish_words"), [("hay vino natural?", ()), ("hay smoked duck", ("hay smoked duck",))])
def test_spanish_hay_asks_is_there_and_names_no_dish(text: str, dish_words: tuple[str, ...]) -> None:
    assert parse_question(text).dish_words == dish_words


@pytest.mark.parametrize(
    ("text", "colours", "refused"),
    [
        ("something bubbly but not prosecco", {"sparkling"}, ("prosecco",)),
        ("a sparkling wine, not champagne", {"sparkling"}, ("champagne",)),
        ("bubbles please, no cava", {"sparkling"}, ("cava",)),
        ("no champagne tonight", set(), ("champagne",)),
        ("a sweet wine but not a port", set(), ("port",)),
        ("des bulles mais pas de champagne", {"sparkling"}, ("champagne",)),
        ("raclette night! sparkling but no crémant pls", {"sparkling"}, ("cremant",)),
    ],
)
def test_a_kind_refused_by_its_name_leaves_its_colour_open(
    text: str, colours: set[str], refused: tuple[str, ...]
) -> None:
    said = parse_question(text).said
    assert said is not None
    assert (said.colours, said.refused_colours, said.refused_names) == (frozenset(colours), frozenset(), refused)


def test_a_refused_kind_stays_refused_until_the_diner_asks_for_it() -> None:
    refused = parse_question("bubbles, but no champagne").constraints
    assert parse_question("something for the oysters", previous=refused).constraints.refused_names == ("champagne",)
    asked = parse_question("fine, a champagne then", previous=refused).constraints
    assert (asked.appellations, asked.refused_names) == (("champagne",), ())


def test_a_wine_refused_by_its_name_is_refused_not_asked_about() -> None:
    wines = [(7, "Whispering Angel"), (8, "Ode to Lulu Rosé")]
    said = parse_question("rosé for the burrata, not whispering angel tho everyone has that", wines=wines).said
    assert said is not None
    assert (said.wine_ids, said.refused_names) == ((), ("whispering angel",))


@pytest.mark.parametrize("text", ["whats the second one like?", "what's the second one like?"])
def test_whats_the_second_one_like_asks_about_the_second(text: str) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.about_picks == (2,)


@pytest.mark.parametrize(
    ("text", "max_price"),
    [
        ("about 30 each, there are 2 of us, for the lamb", Decimal("60")),
        ("under 25 a head, table of 4", Decimal("100")),
        ("under 60 for the two of us", Decimal("60")),  # the table's budget, said as such
        ("about 30 each", Decimal("30")),  # no party size: taken as given
        ("a glass under 12 each, two of us", Decimal("12")),  # a glass's budget is a glass's
    ],
)
def test_a_budget_per_person_is_the_tables_for_a_bottle(text: str, max_price: Decimal) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.max_price == max_price


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("what vintage is the first one?", "vintage"),
        ("where is the second one from?", "origin"),
        ("who makes the third one?", "producer"),
        ("is the first one oaky?", None),
        ("is the first one a vintage port?", None),  # a style, not a year
        ("where is the first one on the list?", None),
        ("is the first one ready to drink?", "readiness"),
        ("does the second need decanting?", "readiness"),
        ("is it too young?", "readiness"),
        ("are they ready yet?", "readiness"),
    ],
)
def test_one_fact_of_a_wine_shown_is_asked(text: str, fact: str | None) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.about_picks
    assert said.fact_asked == fact


@pytest.mark.parametrize("text", ["a red pls, on the lighter side", "something on the drier side"])
def test_on_the_lighter_side_says_how_the_wine_should_be_not_a_side_dish(text: str) -> None:
    assert _dish_names("harbor-and-vine", text) == []  # not its garlic fries, a side
    assert _dish_names("harbor-and-vine", "and a side of garlic fries") == ["Garlic fries"]


@pytest.mark.parametrize(
    ("text", "fact"),
    [("where's the second one from?", "origin"), ("who makes it?", "producer"), ("where is it from?", "origin")],
)
def test_a_fact_asked_in_short_forms_is_about_a_wine_shown(text: str, fact: str) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.about_picks
    assert said.fact_asked == fact


@pytest.mark.parametrize(
    ("text", "natural"),
    [
        ("anything organic?", True),
        ("un vin bio ?", True),
        ("natural wine?", True),
        ("what's the most natural pairing for the lamb?", False),
        ("le poulet bio", False),
        ("do you have anything natural?", True),
        ("anything natural for the oysters?", True),
        ("got anything natty?", True),
        ("is there something natural pairing-wise for the duck?", False),
        ("does the second one have natural acidity?", False),
        ("any natural sweetness in the first one?", False),
        ("is there anything natural about this pairing?", False),
        ("the natural choice for the steak?", False),
    ],
)
def test_a_wish_for_natural_wine_is_not_the_word_natural_or_bio_food(text: str, natural: bool) -> None:
    said = parse_question(text).said
    assert said is not None
    assert ("natural" in said.style_words) is natural


def test_each_is_per_person_only_beside_the_amount() -> None:
    said = parse_question("we're 2, a bottle under 70 that works with each of our mains").said
    assert said is not None
    assert said.max_price == Decimal("70")


@pytest.mark.parametrize(
    ("text", "refused"),
    [("a white wine that isn't chardonnay", ("Chardonnay",)), ("a red that is not a merlot", ("Merlot",))],
)
def test_a_grape_refused_in_a_relative_clause_is_refused(text: str, refused: tuple[str, ...]) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.refused_grapes == refused
    assert said.grapes == ()


@pytest.mark.parametrize(
    ("text", "one_for_all"),
    [
        ("just one bottle for both", True),
        ("a wine that goes with everything", True),
        ("one wine for both dishes please", True),
        ("something that works with all of it", True),
        ("une seule bouteille pour les deux plats", True),
        ("a wine for both of us", False),  # the party, not the dishes
        ("one glass for the oysters", False),
        ("a red for the lamb", False),
    ],
)
def test_one_bottle_for_every_dish_is_read(text: str, one_for_all: bool) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.one_for_all is one_for_all


@pytest.mark.parametrize(
    ("text", "popular"),
    [
        ("what's most popular?", True),
        ("what's your best seller?", True),
        ("what do people usually order with the duck?", True),
        ("quel est le vin le plus populaire ?", True),
        ("a popular grape for the lamb", False),
        ("what do you recommend?", False),
    ],
)
def test_a_question_about_what_others_order_is_read(text: str, popular: bool) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.popular is popular


@pytest.mark.parametrize(
    "text",
    [
        "my guests like a big red, what goes with the lamb?",
        "people like us always order the Chablis, anything similar?",
        "others like it?",
    ],
)
def test_a_diner_speaking_of_their_own_party_asks_nothing_about_what_sells(text: str) -> None:
    said = parse_question(text).said
    assert said is not None
    assert not said.popular


@pytest.mark.parametrize(
    "text",
    [
        "a wine for all three of us",
        "a wine with both oak and fruit",
        "une bouteille pour les deux personnes",
    ],
)
def test_the_party_or_a_wine_s_traits_are_no_dishes_to_share_a_bottle(text: str) -> None:
    said = parse_question(text).said
    assert said is not None
    assert not said.one_for_all


def test_a_country_that_is_a_common_word_in_wine_names_places_by_country_and_region_only() -> None:
    from recommendations.pairing.places import from_origin

    assert not from_origin("Turkey", country="Australia", region="Barossa Valley", name="Turkey Flat Grenache")
    assert not from_origin("England", country="United States", region="Carneros", name="Kent Rasmussen Pinot Noir")
    assert from_origin("Turkey", country="Turkey", region="Thrace", name="Kayra Öküzgözü")
    assert from_origin("Oregon", country="United States", region="", name="Domaine Drouhin Oregon Pinot Noir")


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("the first one, by the glass?", (1,)),
        ("is the second one available by the glass?", (2,)),
        ("can we get the first one by the glass?", (1,)),
        ("do you pour it by the glass?", (FOCUS,)),
        ("are they by the glass?", (1, 2, 3)),
    ],
)
def test_whether_a_wine_shown_is_poured_by_the_glass_is_a_question_about_it(text: str, about: tuple[int, ...]) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.glass_asked
    assert said.about_picks == about


@pytest.mark.parametrize(
    "text", ["a red by the glass please", "is there anything by the glass?", "what do you have by the glass?"]
)
def test_asking_for_glasses_is_no_question_about_a_wine_shown(text: str) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.by_the_glass
    assert not said.glass_asked


@pytest.mark.parametrize(
    ("text", "appellations", "dish"),
    [
        ("what wine with toro hand roll?", (), "toro hand roll"),
        ("rabo de toro", (), "rabo de toro"),
        ("sherry trifle", (), "sherry trifle"),
        ("a Toro for the steak", ("toro",), "steak"),
        ("a Rioja for the lamb", ("rioja",), "lamb"),
    ],
)
def test_a_place_inside_a_dishs_name_is_the_dish_not_the_wine(
    text: str, appellations: tuple[str, ...], dish: str
) -> None:
    parsed = parse_question(text)
    assert parsed.said is not None
    assert (parsed.said.appellations, parsed.dish_words) == (appellations, (dish,))


@pytest.mark.parametrize(
    "text", ["I'm pregnant, anything non-alcoholic?", "designated driver - alcohol-free?", "0.0% wine?"]
)
def test_an_alcohol_free_ask_is_read(text: str) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.alcohol_free


@pytest.mark.parametrize(
    ("text", "max_price"),
    [
        ("2 bottles, 80 for both", Decimal("40.00")),
        ("6 of us celebrating, 2 bottles of bubbly, $100 total", Decimal("50.00")),
        ("120 dólares entre las dos botellas", Decimal("60.00")),
        ("4 of us - 2 bottles for the table, one red one white, under 45 each", Decimal("45")),  # each bottle
        ("two bottles under 50", Decimal("50")),  # nothing says the 50 is for both
    ],
)
def test_a_budget_for_several_bottles_is_each_bottles_share(text: str, max_price: Decimal) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.max_price == max_price


def test_bottles_for_the_table_are_wine_not_a_word_for_the_staff() -> None:
    said = parse_question("2 bottles for the table, one red one white").said
    assert said is not None
    assert not said.for_the_staff
    assert said.colours == {"red", "white"}


@pytest.mark.parametrize(
    ("text", "max_price", "min_price"),
    [
        ("perdón, me refería por copa, 7 máximo", Decimal("7"), None),
        ("poi il goulash, 9 al massimo", Decimal("9"), None),
        ("entre 9 y 12 la copa", Decimal("12"), Decimal("9")),
        ("tra 30 e 40", Decimal("40"), Decimal("30")),
        ("something in between, like 50 to 70?", Decimal("70"), Decimal("50")),
    ],
)
def test_prices_said_after_the_amount_or_as_a_range_in_the_restaurants_languages(
    text: str, max_price: Decimal, min_price: Decimal | None
) -> None:
    said = parse_question(text).said
    assert said is not None
    assert (said.max_price, said.min_price) == (max_price, min_price)


def test_a_range_of_numbers_with_no_cue_and_no_money_is_no_budget() -> None:
    said = parse_question("a table for 4 to 6 people").said
    assert said is None or (said.max_price, said.min_price) == (None, None)


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("je n'aime pas le vin blanc. un verre pour le gigot, 15 € max ?", "white"),
        ("non mi piace il vino bianco", "white"),
        ("ich mag keinen rotwein", "red"),
        ("no me gusta el tinto", "red"),
    ],
)
def test_a_colour_disliked_in_the_restaurants_languages_is_refused(text: str, refused: str) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.refused_colours == {refused}
    assert not said.colours


@pytest.mark.parametrize("text", ["odio el vino dulce", "je n'aime pas le vin doux", "non mi piace il vino dolce"])
def test_sweet_wine_disliked_is_no_wish_for_a_sweet_one(text: str) -> None:
    said = parse_question(text).said
    assert said is not None
    assert not said.sweet
    assert "dessert" not in said.colours


def test_one_orange_and_one_white_are_two_wines() -> None:
    said = parse_question("one orange and one white?").said
    assert said is not None
    assert said.colours == {"orange", "white"}
    skin_contact = parse_question("a skin-contact white").said
    assert skin_contact is not None
    assert skin_contact.colours == {"orange"}


@pytest.mark.parametrize(
    ("text", "colours"),
    [("then sticky date pudding, somethin sweet", set()), ("a sticky w the pav", {"dessert"})],
)
def test_sticky_food_is_no_sticky_wine(text: str, colours: set[str]) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.colours == colours


@pytest.mark.parametrize(
    ("text", "colours"),
    [
        ("What goes with the Sticky soy pork belly bites with pickled cucumber?", set()),
        ("sticky miso aubergine, a glass of red?", {"red"}),
        ("any stickies?", {"dessert"}),
    ],
)
def test_a_dish_called_sticky_is_no_dessert_wine_asked(text: str, colours: set[str]) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.colours == colours


@pytest.mark.parametrize(
    ("text", "dish"),
    [
        ("what wine with moo shu pork w the pancakes?", "moo shu pork with the pancakes"),
        ("a red w the lamb pls", "lamb"),
    ],
)
def test_w_is_with_in_a_chat(text: str, dish: str) -> None:
    assert parse_question(text).dish_words == (dish,)


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("is it croatian?", (-1,)),
        ("is the third one italian?", (3,)),
        ("no not that one, the other one.. the 3rd. is it croatian?", (3,)),
    ],
)
def test_is_it_from_a_place_asks_where_a_wine_shown_comes_from(text: str, about: tuple[int, ...]) -> None:
    parsed = parse_question(text)
    assert parsed.said is not None
    assert (parsed.said.fact_asked, parsed.said.about_picks, parsed.said.other) == ("origin", about, False)
    assert parsed.dish_words == ()


def test_is_it_italian_food_is_still_food() -> None:
    assert parse_question("is it italian food?").dish_words == ("italian food",)


@pytest.mark.parametrize(
    ("text", "max_price"),
    [
        ("we're 6 in total, a red for the lamb", None),  # a party, not a budget
        ("siamo 6 in tutto", None),
        ("2 bottles for the four of us, max 60 a bottle, for the lamb", Decimal("60")),
        ("3 bottles in total, max 40 each", Decimal("40")),
        ("2 bottles between the two of us, under 50", Decimal("50")),
        ("we're 4, 2 bottles, budget 25 per person", Decimal("50.00")),
        ("2 glasses of red for the lamb, 24 for both", Decimal("12.00")),
        ("2 bottles, 80 total", Decimal("40.00")),
    ],
)
def test_a_party_or_a_budget_said_for_one_bottle_is_not_shared_out(text: str, max_price: Decimal | None) -> None:
    said = parse_question(text).said
    assert (said.max_price if said is not None else None) == max_price


@pytest.mark.parametrize(
    "text",
    [
        "we're like 6 to 8, a red for the lamb",
        "tra 2 e 3 bicchieri di rosso",
        "somos entre 4 y 6",
        "maybe 3-4 courses",
        "like 12 to 18 months in oak",
    ],
)
def test_counts_are_no_price_range(text: str) -> None:
    said = parse_question(text).said
    assert said is None or (said.max_price, said.min_price) == (None, None)


@pytest.mark.parametrize(
    ("text", "colours"),
    [("a sparkling, dry rosé", {"sparkling"}), ("a fizzy, fruity red", {"sparkling"})],
)
def test_a_comma_in_a_wines_description_does_not_make_two_wines(text: str, colours: set[str]) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.colours == colours


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("¿alguno más?", True),
        ("algo más?", True),
        ("d'autres ?", True),
        ("noch etwas anderes?", True),
        ("i'll take the other one", True),  # "the other one" alone still asks for another
        ("show me the other one", True),
        ("algo más seco?", True),  # drier than the wines shown: others, further along (see _STYLE_COMPARED)
        ("un bicchiere ancora", False),  # one more glass
    ],
)
def test_others_asked_for_in_the_restaurants_languages(text: str, other: bool) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.other == other


@pytest.mark.parametrize("text", ["a jug of water for the table", "can we get napkins for the table"])
def test_things_for_the_table_are_for_the_staff(text: str) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.for_the_staff


def test_a_habit_said_after_a_greeting_is_still_a_habit() -> None:
    said = parse_question("hola, suelo beber blanco pero hoy tinto").said
    assert said is not None
    assert said.colours == {"red"}


@pytest.mark.parametrize(
    ("text", "dishes"),
    [
        ("a bottle for the oysters with the lamb to follow", ("oysters", "lamb")),
        ("a white for the fish in the meantime", ("fish",)),
    ],
)
def test_a_dish_to_follow_is_a_dish_of_its_own(text: str, dishes: tuple[str, ...]) -> None:
    assert parse_question(text).dish_words == dishes


@pytest.mark.parametrize("text", ["is it american oak?", "is it french style?"])
def test_is_it_followed_by_more_than_a_place_asks_no_origin(text: str) -> None:
    said = parse_question(text).said
    assert said is None or said.origin_asked == ""


def test_is_that_one_from_a_place_asks_its_origin() -> None:
    said = parse_question("is that one spanish?").said
    assert said is not None
    assert (said.fact_asked, said.origin_asked) == ("origin", "Spain")


@pytest.mark.parametrize(
    ("text", "dish_words"),
    [
        ("we're eating around 8pm, the lamb please", ("lamb",)),
        ("une bouteille pour tout le monde, les huitres", ("huitres",)),
        ("para terminar: manchego y tarta de santiago. una copa para cada uno", ("manchego y tarta de santiago",)),
    ],
)
def test_when_and_for_whom_the_table_eats_is_no_dish(text: str, dish_words: tuple[str, ...]) -> None:
    assert parse_question(text).dish_words == dish_words


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("le deuxième est boisé ?", 2),
        ("il secondo è secco?", 2),
        ("el tercero es caro?", 3),
        ("der zweite ist trocken?", 2),
    ],
)
def test_a_wine_shown_asked_about_by_its_place_in_the_restaurants_languages(text: str, position: int) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.about_picks == (position,)


@pytest.mark.parametrize(
    ("text", "position"),
    [("una bottiglia del secondo", 2), ("une bouteille du premier", 1), ("due bicchieri del terzo", 3)],
)
def test_a_bottle_of_a_wine_shown_in_the_restaurants_languages_chooses_it(text: str, position: int) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.chosen
    assert said.about_picks == (position,)
    course = parse_question("il secondo piatto").said
    assert course is None or not course.chosen


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("something a bit nicer, 40 to 60", "40", "60"),
        ("40-60?", "40", "60"),
        ("a red, 30 to 45 please", "30", "45"),
        ("something nicer 40-60", "40", "60"),
    ],
)
def test_a_range_of_bottle_prices_at_the_start_of_a_clause_is_a_budget(text: str, low: str, high: str) -> None:
    said = parse_question(text).said
    assert said is not None
    assert (said.min_price, said.max_price) == (Decimal(low), Decimal(high))


@pytest.mark.parametrize(
    "text", ["we are like 6 to 8", "table 12 to 14", "12 to 18 months in oak", "2 to 3 bottles please"]
)
def test_a_range_of_small_numbers_or_counts_is_no_budget(text: str) -> None:
    said = parse_question(text).said
    assert said is None or (said.min_price, said.max_price) == (None, None)


@pytest.mark.parametrize("text", ["hmm 40 not 50", "sorry, 40 instead of 50", "no, 40 rather than 50"])
def test_a_corrected_amount_is_the_new_amount(text: str) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.amount_alone == Decimal("40")


@pytest.mark.parametrize(
    ("text", "asked", "refused"),
    [
        ("nothing from sicily", (), ("Sicily",)),
        ("no Italian wines please", (), ("Italy",)),
        ("a white, not from France", (), ("France",)),
        ("niente dalla Sicilia", (), ("Sicily",)),
        ("a red from Italy", ("Italy",), ()),
        ("not too heavy, from Italy", ("Italy",), ()),
    ],
)
def test_places_refused_and_asked(text: str, asked: tuple[str, ...], refused: tuple[str, ...]) -> None:
    said = parse_question(text).said
    assert said is not None
    assert (said.places, said.refused_places) == (asked, refused)


@pytest.mark.parametrize(
    "text", ["just a glass of red, no food", "juste un verre de rouge, sans plat", "solo una copa, sin comida"]
)
def test_no_food_said_names_no_dish(text: str) -> None:
    parsed = parse_question(text)
    assert parsed.said is not None
    assert parsed.said.no_food
    assert parsed.dish_words == ()


@pytest.mark.parametrize(
    ("text", "dish"),
    [("what wine with pink praline tart?", "praline tart"), ("red prawns with garlic", "red prawns with garlic")],
)
def test_a_colour_word_before_a_food_names_the_food(text: str, dish: str) -> None:
    parsed = parse_question(text)
    assert parsed.dish_words == (dish,)
    assert parsed.said is None or parsed.said.colours == frozenset()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("something not too heavy from Spain", "Spain"),
        ("a white not too sweet from Germany", "Germany"),
        ("a not too sweet Italian wine", "Italy"),
        ("not too oaky california chardonnay", "California"),
    ],
)
def test_a_style_kept_in_check_before_a_place_still_asks_for_the_place(text: str, place: str) -> None:
    said = parse_question(text).said
    assert said is not None
    assert (said.places, said.refused_places) == ((place,), ())


def test_a_place_named_as_a_wine_refused_from_is_refused() -> None:
    said = parse_question("the lamb, nothing from Bordeaux").said
    assert said is not None
    assert (said.appellations, said.refused_names) == ((), ("bordeaux",))


@pytest.mark.parametrize(
    "text",
    [
        "il primo è la pasta, il secondo è l'agnello",
        "une bouteille du premier cru",
        "no food allergies here",
        "we're not eating meat though, is that a problem?",
        "cheaper please, no meal is complete without wine",
    ],
)
def test_courses_crus_and_food_talk_are_neither_wines_shown_nor_no_food(text: str) -> None:
    said = parse_question(text).said
    assert said is None or (not said.chosen and said.about_picks in ((), (-1,)) and not said.no_food)


def test_a_wine_shown_asked_about_in_french_is_asked_whether_oaked() -> None:
    said = parse_question("le deuxième est boisé ?").said
    assert said is not None
    assert "oaky" in said.style_words


@pytest.mark.parametrize("text", ["big group tonight, 10 to 12 then, the lamb", "hmm 40 not 50 euros"])
def test_people_and_a_corrected_away_amount_are_no_bounds(text: str) -> None:
    said = parse_question(text).said
    assert said is not None
    assert (said.max_price, said.min_price) == (None, None)


def test_a_correction_changes_only_the_bound_it_corrects() -> None:
    correction = parse_question("hmm 40 not 50 euros").said
    party = parse_question("no, 6 not 8").said
    assert correction is not None
    assert party is not None
    assert merge_said(Constraints(max_price=Decimal(50)), correction).max_price == Decimal(40)
    assert merge_said(Constraints(min_price=Decimal(50)), correction).min_price == Decimal(40)
    assert merge_said(Constraints(), party).max_price is None


@pytest.mark.parametrize(
    ("text", "each"),
    [
        ("two bottles of red and one of white, 150 total", "50.00"),
        ("a red and a white, 90 total", "45.00"),
        ("one bottle of red and one of white, 100 for the two", "50.00"),
        ("a red and a white under 50", "50"),
        ("2 bottles for the four of us, max 60 a bottle", "60"),
        ("two reds and a white, 120 total", "40.00"),
        ("un tinto y un blanco, 80 en total", "40.00"),
        ("un rouge et un blanc, 80 au total", "40.00"),
        ("ein rot und ein weiss, 80 insgesamt", "40.00"),
        ("un rosso e un bianco, 80 in totale", "40.00"),
        ("somos 4, dos botellas, un blanco y un tinto, 120 dólares entre las dos", "60.00"),
        ("two reds and a sparkling water, 100 total", "50.00"),
        ("deux rouges et un blanc, 120 au total", "40.00"),
    ],
)
def test_a_total_for_several_bottles_is_shared_by_every_bottle_counted(text: str, each: str) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.max_price == Decimal(each)


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("a red for the steak, I don't really like Californian wine", ("California",)),
        ("a white that isn't from California, for the halibut", ("California",)),
        ("none of us like Italian wine", ("Italy",)),
        ("je déteste les vins de Californie", ("California",)),
        ("no wines from France or Italy", ("France", "Italy")),
        ("anything but Italy", ("Italy",)),
        ("a red for the lamb, but not Italian", ("Italy",)),
        ("nothing Spanish please", ("Spain",)),
    ],
)
def test_places_refused_in_many_ways(text: str, refused: tuple[str, ...]) -> None:
    said = parse_question(text).said
    assert said is not None
    assert (said.places, said.refused_places) == ((), refused)


@pytest.mark.parametrize(
    ("text", "refused"),
    [("Bitte nix aus dem Elsass", ("elsass",)), ("nichts aus dem Burgund", ("burgund",))],
)
def test_a_place_refused_in_german_is_refused(text: str, refused: tuple[str, ...]) -> None:
    said = parse_question(text).said
    assert said is not None
    assert (said.appellations, said.refused_names) == ((), refused)


@pytest.mark.parametrize(("text", "dish"), [("🦞🦞", "lobster"), ("🥩 + 🍷?", "steak"), ("🍕🍕 and a 🍷", "pizza")])
def test_a_food_typed_as_its_emoji_is_that_food(text: str, dish: str) -> None:
    assert parse_question(text).dish_words == (dish,)


def test_a_grape_refused_in_portuguese_is_refused() -> None:
    assert parse_question("não gosto muito de sauvignon").constraints.refused_grapes == ("Sauvignon Blanc",)


@pytest.mark.parametrize("text", ["lasciamo perdere il budget, fammi vedere altri rossi", "oublie le budget"])
def test_a_budget_let_go_in_another_language_is_dropped(text: str) -> None:
    previous = parse_question("un rosso per l'ossobuco, massimo trenta euro").constraints
    assert previous.max_price == Decimal("30")
    assert parse_question(text, previous=previous).constraints.max_price is None


def test_a_name_joined_to_a_refused_one_is_refused_too() -> None:
    said = parse_question("nothing from Bordeaux or Burgundy").said
    assert said is not None
    assert said.refused_names == ("bordeaux", "burgundy")


@pytest.mark.parametrize(
    ("text", "any_kind"),
    [
        ("ok any white then", True),
        ("cualquier blanco", True),
        ("do you have any white from there?", False),
        ("any whites as well?", False),
    ],
)
def test_any_colour_at_all_only_when_said_so(text: str, any_kind: bool) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.any_kind == any_kind


@pytest.mark.parametrize(
    ("text", "style"),
    [
        ("un rouge pas trop tannique pour le poulet", "smooth"),
        ("un blanc pas boisé", "unoaked"),
        ("non troppo tannico", "smooth"),
    ],
)
def test_a_style_refused_in_the_restaurants_languages_asks_for_the_opposite(text: str, style: str) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.style_words == (style,)


@pytest.mark.parametrize(
    ("text", "position"),
    [("il secondo è il più secco?", (2,)), ("der zweite ist ein Riesling?", (2,)), ("il secondo è agnello", ())],
)
def test_a_wine_shown_asked_about_unless_a_course_is_named(text: str, position: tuple[int, ...]) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.about_picks == position


def test_no_food_yet_and_a_range_alone() -> None:
    later = parse_question("actually no food yet, just a glass of white").said
    budget = parse_question("12 to 15").said
    party = parse_question("two bottles, and one of us is vegetarian, 100 total").said
    assert later is not None
    assert later.no_food
    assert budget is not None
    assert (budget.min_price, budget.max_price) == (Decimal(12), Decimal(15))
    assert party is not None
    assert party.max_price == Decimal(50)


@pytest.mark.parametrize(
    "text",
    [
        "something Italian",
        "a Spanish red then",
        "not too heavy, something French",
        "The food is not Italian, but I'd like Italian wine",
    ],
)
def test_a_place_said_after_no_refusal_is_asked_for(text: str) -> None:
    constraints = parse_question(text).constraints
    assert constraints.places
    assert constraints.refused_places == ()


@pytest.mark.parametrize(
    "text", ["Why not Italian?", "We're not American, so something local?", "Pavlova with no kiwi"]
)
def test_a_not_before_a_place_that_refuses_no_wine(text: str) -> None:
    assert parse_question(text).constraints.refused_places == ()


@pytest.mark.parametrize(
    ("text", "colours", "max_price", "by_the_glass"),
    [
        ("Servus! Wiener Schnitzel für mich, ein Weißer glasweise bis 10 €", {"white"}, "10", True),
        ("lieber einen Rotwein, nicht über 45", {"red"}, "45", False),
        ("und zum Apfelstrudel einen Dessertwein, glasweise unter 8 €", {"dessert"}, "8", True),
        ("fish n chips, glass of white, no more than a tenner", {"white"}, "10", True),
        ("fine, 65 a bottle", set(), "65", False),
    ],
)
def test_colours_and_budgets_as_diners_type_them(
    text: str, colours: set[str], max_price: str, by_the_glass: bool
) -> None:
    constraints = parse_question(text).constraints
    assert set(constraints.colours) == colours
    assert constraints.max_price == Decimal(max_price)
    assert constraints.by_the_glass is by_the_glass


@pytest.mark.parametrize(
    ("text", "cheaper"),
    [
        ("qualcosa che costa meno?", True),
        ("etwas Günstigeres?", True),
        ("not champagne tho, too pricey for a starter lol", False),  # the champagne is the pricey one
        ("too pricey, anything cheaper?", True),
    ],
)
def test_cheaper_in_other_words_and_a_refused_wines_price(text: str, cheaper: bool) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.cheaper_than_previous is cheaper


def test_a_wine_no_longer_insisted_on_is_neither_asked_nor_refused() -> None:
    constraints = parse_question("ok any white by the glass then, doesnt have to be sav blanc").constraints
    assert constraints.grapes == ()
    assert constraints.refused_grapes == ()
    assert parse_question("oysters n a glass of sav blanc under 13?").constraints.grapes == ("Sauvignon Blanc",)
    assert parse_question("ugh ok, $100 for the two then").constraints.max_price == Decimal("50.00")
    assert parse_question("100 for both of us").constraints.max_price is None


@pytest.mark.parametrize(
    ("text", "max_price"),
    [
        ("a bottle under 60 for both the lamb and the sole", "60"),  # both dishes, one bottle
        ("a bottle to share, 60 for both", "60"),
        ("we're a couple, 80 for the two", "80"),
        ("dinner for 2 a bottle of red under 60?", "60"),  # the party, not a price
        ("happy to pay a tenner more for something better", None),
    ],
)
def test_numbers_beside_bottles_and_people_that_set_no_shared_budget(text: str, max_price: str | None) -> None:
    assert parse_question(text).constraints.max_price == (None if max_price is None else Decimal(max_price))


@pytest.mark.parametrize(
    ("text", "colours"),
    [
        ("Rote Bete Salat als Vorspeise, was passt dazu?", set()),
        ("weißer Spargel, ein Glas Weißwein", {"white"}),
        ("a glass for the noble-rot style dessert", set()),
        ("doesn't have to be red", set()),
        # A food's own name: rose syrup and rose milk, manjar blanco, fromage blanc, boudin blanc.
        ("What goes with the Malabi with rose syrup and pistachio?", set()),
        ("what wine with malabi, the rose milk pudding?", set()),
        ("What goes with the Alfajores de maicena con manjar blanco?", set()),
        ("wine with a fromage blanc tart", set()),
        ("boudin blanc with apples", set()),
        # A wine, not a food, however the lexicon knows "red wine" and "vino blanco" as cooking.
        ("a red wine for the lamb", {"red"}),
        ("un vino blanco para el pescado", {"white"}),
    ],
)
def test_colour_words_that_name_food_or_are_not_insisted_on(text: str, colours: set[str]) -> None:
    assert set(parse_question(text).constraints.colours) == colours


@pytest.mark.parametrize(
    ("text", "grapes", "refused"),
    [
        ("it doesn't have to be pricey just a nice pinot noir", ("Pinot Noir",), ()),
        ("not necessarily cheap but no chardonnay", (), ("Chardonnay",)),
    ],
)
def test_only_the_name_after_not_necessarily_is_let_go(
    text: str, grapes: tuple[str, ...], refused: tuple[str, ...]
) -> None:
    constraints = parse_question(text).constraints
    assert constraints.grapes == grapes
    assert constraints.refused_grapes == refused


def test_cheaper_asked_beside_a_wine_refused_for_its_price_is_still_cheaper() -> None:
    assert parse_question("no barolo, too expensive, something that costs less").said.cheaper_than_previous  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "colours"),
    [
        ("two glasses of red and a sparkling water", {"red"}),
        ("an orange juice for the kid and a white for me", {"white"}),
        ("ich weiß nicht, was passt zum Schnitzel?", set()),
        ("something sparkling please", {"sparkling"}),
    ],
)
def test_a_drink_that_is_no_wine_names_no_colour(text: str, colours: set[str]) -> None:
    assert set(parse_question(text).constraints.colours) == colours


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("the 1st one, oaked?", 1),
        ("2nd one - dry or a bit sweet?", 2),
        ("le 2e, il passe en fût ?", 2),
        ("le 2e est boisé ?", 2),
        ("the 3rd one: organic?", 3),
    ],
)
def test_a_wine_shown_named_first_then_asked_of(text: str, position: int) -> None:
    assert parse_question(text).said.about_picks == (position,)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "the second one is too pricey, something cheaper",
        "the second one's too pricey, something cheaper?",
        "the 3rd's a bit pricey, anything under 40?",
        "2nd one: too sweet? anything drier?",
        "first, can we get some bread?",
        "Last-minute change - any white?",
        "pour le 1er mai, est-ce que vous avez du champagne ?",
        "pour le 3e plat, est-ce qu'il y a un vin doux ?",
    ],
)
def test_a_wine_shown_named_in_passing_is_no_question_about_it(text: str) -> None:
    assert parse_question(text).said.about_picks == ()  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("le deuxième, il passe en fût ?", 2),
        ("il secondo, è secco?", 2),
        ("el segundo, ¿es seco?", 2),
        ("et le 2e ?", 2),
    ],
)
def test_a_wine_shown_named_first_in_the_restaurants_languages(text: str, position: int) -> None:
    assert parse_question(text).said.about_picks == (position,)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "refused"),
    [("riesling's not my thing", ("Riesling",)), ("merlot isn't really my style", ("Merlot",))],
)
def test_a_grape_complained_of_after_its_name_is_refused(text: str, refused: tuple[str, ...]) -> None:
    constraints = parse_question(text).constraints
    assert constraints.refused_grapes == refused
    assert constraints.grapes == ()


@pytest.mark.parametrize(
    ("text", "asked", "refused"),
    [
        ("not austrian pls", (), ("Austria",)),
        ("nothing from nz or tassie", (), ("New Zealand", "Tasmania")),
        ("any english fizz?", ("England",), ()),
        ("a tassie pinot", ("Tasmania",), ()),
    ],
)
def test_places_said_the_way_a_phone_says_them(text: str, asked: tuple[str, ...], refused: tuple[str, ...]) -> None:
    parsed = parse_question(text)
    assert parsed.constraints.places == asked
    assert parsed.constraints.refused_places == refused
    assert parsed.dish_words == ()


def test_a_kind_of_wine_refused_takes_the_kind_asked_before_with_it() -> None:
    previous = parse_question("a glass of fino?").constraints
    assert previous.appellations == ("fino",)
    after = parse_question("we're not really sherry people, something else by the glass", previous=previous)
    assert after.constraints.appellations == ()
    assert after.constraints.by_the_glass


@pytest.mark.parametrize(
    ("text", "talked_about", "dish_words"),
    [
        ("prob too heavy for raw fish.. smth lighter-bodied?", ("Hamachi crudo",), ()),
        ("they're a bit too oaky for the scallops, something crisper?", ("seared scallops",), ()),
        ("something not too heavy for the sole", ("sole meunière",), ("sole",)),
        ("prob too heavy for raw fish.. smth lighter-bodied?", (), ("raw fish",)),
        ("too heavy for the sole my wife ordered, anything else?", ("ribeye steak",), ("sole",)),
        ("too light for the steak - what about for the lamb?", ("ribeye steak",), ("lamb",)),
    ],
)
def test_what_the_wines_shown_are_too_much_for_is_the_dish_talked_about(
    text: str, talked_about: tuple[str, ...], dish_words: tuple[str, ...]
) -> None:
    assert parse_question(text, talked_about=talked_about).dish_words == dish_words


@pytest.mark.parametrize(
    ("text", "grapes"),
    [
        ("malbec always makes me happy, one for the steak?", ("Malbec",)),
        ("riesling gives me that petrol note I love, a glass please", ("Riesling",)),
    ],
)
def test_a_grape_praised_after_its_name_is_asked_for(text: str, grapes: tuple[str, ...]) -> None:
    constraints = parse_question(text).constraints
    assert constraints.grapes == grapes
    assert constraints.refused_grapes == ()


@pytest.mark.parametrize(
    ("first", "then", "kept"),
    [
        ("a rioja for the lamb", "and no bordeaux either", ("rioja",)),
        ("a sancerre or a chablis?", "not the chablis", ("sancerre",)),
        ("a glass of champagne?", "no prosecco though", ("champagne",)),
    ],
)
def test_a_kind_refused_keeps_the_other_kinds_asked_before(first: str, then: str, kept: tuple[str, ...]) -> None:
    previous = parse_question(first).constraints
    assert parse_question(then, previous=previous).constraints.appellations == kept


def test_a_fizzy_water_names_no_place_of_wine() -> None:
    assert parse_question("italian fizzy water for the table pls").constraints.places == ()


@pytest.mark.parametrize(
    ("text", "max_price"),
    [
        ("we could stretch to 70 if it's worth it", Decimal("70")),
        ("cheese fondue for 5 of us, 2 bottles of white, €90 for the pair", Decimal("45.00")),
        ("¿Y si pedimos por copa? 15 como mucho", Decimal("15")),
    ],
)
def test_budgets_said_as_a_table_says_them(text: str, max_price: Decimal) -> None:
    assert parse_question(text).constraints.max_price == max_price


@pytest.mark.parametrize(
    "text",
    [
        "Finalement le prix n'a aucune importance, c'est l'anniversaire de mon père !",
        "el precio no importa",
        "Geld spielt keine Rolle",
    ],
)
def test_money_no_object_in_the_restaurants_languages(text: str) -> None:
    parsed = parse_question(text)
    assert parsed.said.any_price  # type: ignore[union-attr]
    assert parsed.dish_words == ()  # "mon père" is family, not pears


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("Et le troisième, il est de quel millésime ?", 3),
        ("¿Y el tercero de qué añada es?", 3),
        ("vintage on the 2nd?", 2),
    ],
)
def test_one_fact_asked_of_a_wine_shown(text: str, position: int) -> None:
    parsed = parse_question(text)
    assert parsed.said.about_picks == (position,)  # type: ignore[union-attr]
    assert parsed.said.fact_asked == "vintage"  # type: ignore[union-attr]


def test_plus_corse_is_full_bodied_not_corsica() -> None:
    parsed = parse_question("Vous auriez quelque chose de plus corsé ?")
    assert parsed.constraints.appellations == ()
    assert parsed.said.bolder  # type: ignore[union-attr]
    assert parse_question("un vin de Corse ?").constraints.appellations == ("corse",)


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("anything that costs a bit less?", "cheaper_than_previous"),
        ("ugh let's start from scratch. a glass of rosé, under 8?", "start_over"),
    ],
)
def test_refinements_said_in_other_words(text: str, field: str) -> None:
    assert getattr(parse_question(text).said, field)


def test_chardy_is_chardonnay() -> None:
    assert parse_question("barramundi for me, glass of chardy").constraints.grapes == ("Chardonnay",)


def test_nothing_from_a_producer_refuses_its_wines() -> None:
    wines = [(1, "Viña Tondonia Reserva"), (1, "López de Heredia"), (2, "Gran Reserva 904"), (2, "La Rioja Alta")]
    parsed = parse_question("nothing from lopez de heredia tho, we had it last night", wines=wines)
    assert parsed.said.wine_ids == ()  # type: ignore[union-attr]
    assert parsed.constraints.refused_names


@pytest.mark.parametrize(
    "text",
    ["let's go to 1 bottle of red", "we go to 7:30 dinner", "the dinner will stretch to 3 hours"],
)
def test_counts_and_times_after_go_or_stretch_are_no_budget(text: str) -> None:
    assert parse_question(text).constraints.max_price is None


@pytest.mark.parametrize(
    ("text", "appellations"),
    [
        ("What wine with chicken in clay pot w port?", ()),
        ("veal with marsala, what red?", ()),
        ("chicken then stilton with port", ("port",)),
        ("I'll have the lamb with a port to finish", ("port",)),
        ("mushroom risotto with a madeira", ("madeira",)),
    ],
)
def test_a_fortified_wine_with_a_meat_is_its_sauce_not_a_glass_after(text: str, appellations: tuple[str, ...]) -> None:
    assert parse_question(text).constraints.appellations == appellations


def test_a_dish_made_from_scratch_starts_nothing_over() -> None:
    assert not parse_question("the pasta is made from scratch here, a white with it?").said.start_over  # type: ignore[union-attr]


@pytest.mark.parametrize("text", ["un vin corse", "un rouge corse, un Patrimonio par exemple"])
def test_a_corsican_wine_asked_in_french_is_corsica(text: str) -> None:
    assert "corse" in parse_question(text).constraints.appellations


def test_asking_whether_a_producer_is_on_the_list_refuses_nothing() -> None:
    wines = [(1, "Viña Tondonia Reserva"), (1, "López de Heredia")]
    parsed = parse_question("is there nothing from Lopez de Heredia on the list?", wines=wines)
    assert parsed.constraints.refused_names == ()
    assert parsed.said.wine_ids == (1,)  # type: ignore[union-attr]


def test_a_course_counted_is_no_wine_shown() -> None:
    assert parse_question("low alcohol for the first course, then a red").said.about_picks == ()  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    ["bit more weight maybe?", "smth with a bit more grip?", "¿Tienen algo con más cuerpo?", "un po' più struttura?"],
)
def test_more_weight_or_grip_is_bolder_and_names_no_dish(text: str) -> None:
    parsed = parse_question(text)
    assert parsed.said.bolder  # type: ignore[union-attr]
    assert parsed.dish_words == ()


@pytest.mark.parametrize(
    ("text", "colour"),
    [
        ("Un verre de vin orange pour commencer", "orange"),
        ("un calice di bollicine", "sparkling"),
        ("una copa de vino naranja", "orange"),
    ],
)
def test_colours_said_in_the_restaurants_languages(text: str, colour: str) -> None:
    assert parse_question(text).constraints.colours == frozenset({colour})


@pytest.mark.parametrize(
    "text", ["Un calice di bollicine per l'aperitivo", "a glass of bubbles for the aperitif", "une coupe pour l'apéro"]
)
def test_an_aperitif_is_the_moment_not_a_dish(text: str) -> None:
    assert parse_question(text).dish_words == ()


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("un tinto que no sea Rioja, como mucho 50 €", ("rioja",)),
        ("una bottiglia di rosso che non sia Chianti", ("chianti",)),
    ],
)
def test_a_wine_that_is_not_a_kind_is_that_kind_refused(text: str, refused: tuple[str, ...]) -> None:
    parsed = parse_question(text)
    assert parsed.constraints.refused_names == refused
    assert parsed.constraints.appellations == ()


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("Un verre de vin orange, mais pas géorgien", ("Georgia",)),
        ("niente piemontese però", ("Piedmont",)),
        ("nada español por favor", ("Spain",)),
    ],
)
def test_a_place_refused_in_the_restaurants_languages(text: str, refused: tuple[str, ...]) -> None:
    parsed = parse_question(text)
    assert parsed.constraints.refused_places == refused
    assert parsed.dish_words == ()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("¿El segundo es portugués?", "Portugal"),
        ("il secondo è italiano?", "Italy"),
        ("le premier est français ?", "France"),
    ],
)
def test_the_origin_of_a_wine_shown_asked_in_the_restaurants_languages(text: str, place: str) -> None:
    parsed = parse_question(text)
    assert parsed.said.origin_asked == place  # type: ignore[union-attr]
    assert parsed.said.about_picks  # type: ignore[union-attr]
    assert parsed.dish_words == ()


def test_a_course_named_by_a_food_is_still_a_course() -> None:
    assert parse_question("il primo è la pasta, il secondo è l'agnello").said.about_picks == ()  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("place", "country", "region"),
    [
        ("Georgia", "Géorgie", "Kakhétie"),
        ("Italy", "Italie", "Toscane"),
        ("Spain", "Spagna", ""),
        ("Germany", "Allemagne", ""),
    ],
)
def test_a_country_written_in_the_lists_language_is_that_country(place: str, country: str, region: str) -> None:
    from recommendations.pairing.places import from_origin

    assert from_origin(place, country=country, region=region)


@pytest.mark.parametrize(
    "text",
    [
        "Un rouge pour le canard, pourquoi pas italien ?",
        "désolé, je ne parle pas français. A red for the duck?",
        "je ne suis pas français, quel vin avec le canard ?",
        "sorry, ich spreche kein deutsch. a white for the fish please",
        "Le deuxième n'est pas français ?",
    ],
)
def test_a_diner_who_is_not_from_a_place_refuses_no_wine_from_it(text: str) -> None:
    assert parse_question(text).constraints.refused_places == ()


@pytest.mark.parametrize(
    "text", ["Frances loves red wine, what with the lamb?", "chicken francese white wine?", "a white from Trentino"]
)
def test_names_and_dishes_that_sound_like_a_country_ask_for_no_place(text: str) -> None:
    assert parse_question(text).constraints.places == ()


def test_a_vineyard_named_after_a_country_is_not_from_it() -> None:
    from recommendations.pairing.places import from_origin

    assert not from_origin("France", country="Italy", region="Piedmont", name="Barolo Cascina Francia")
    assert from_origin("France", country="Francia", region="Borgogna")


@pytest.mark.parametrize(
    "text",
    ["il secondo è grigliato, che rosso?", "il secondo è siciliano, che vino?", "el segundo es asado, ¿qué tinto?"],
)
def test_a_main_course_described_before_a_question_is_no_wine_shown(text: str) -> None:
    assert parse_question(text).said.about_picks == ()  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text", ["no more tannins please, something softer", "I don't want more tannin, the last one was too grippy"]
)
def test_no_more_tannin_is_not_bolder(text: str) -> None:
    assert not parse_question(text).said.bolder  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "dish_words"),
    [
        ("something with more weight than the last one", ()),
        ("un vin avec plus de corps pour le boeuf", ("boeuf",)),
        ("Ling is having the duck and I'm having the steak", ("duck", "steak")),
    ],
)
def test_the_words_around_a_refinement_are_no_dish(text: str, dish_words: tuple[str, ...]) -> None:
    assert parse_question(text).dish_words == dish_words


def test_two_places_refused_in_italian() -> None:
    assert parse_question("niente piemontese e niente toscano").constraints.refused_places == ("Piedmont", "Tuscany")


@pytest.mark.parametrize(
    ("text", "max_price"),
    [
        ("Mejor por copa, máximo ocho euros", Decimal("8")),
        ("acht euro maximal pro Glas", Decimal("8")),
        ("Ciao! Siamo in due, tagliatelle al ragù, una bottiglia sui venti a testa", Decimal("40")),
        ("on est trois, une bouteille autour de 20 par personne", Decimal("60")),
        ("un vin environ 30 euros", Decimal("30")),
    ],
)
def test_budgets_said_in_words_and_per_head_in_the_restaurants_languages(text: str, max_price: Decimal) -> None:
    assert parse_question(text).constraints.max_price == max_price


def test_very_in_french_is_no_number() -> None:
    assert parse_question("un vin très sec, moins de 40").constraints.max_price == Decimal("40")


@pytest.mark.parametrize(
    ("text", "grape"), [("pinot g with the prawn linguine?", "Pinot Grigio"), ("a pinot for the duck", "Pinot Noir")]
)
def test_pinot_g_is_pinot_grigio_and_a_lone_pinot_still_noir(text: str, grape: str) -> None:
    assert parse_question(text).constraints.grapes == (grape,)


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("no pinot g for me, something with more zip", {"Pinot Grigio"}),
        ("no pinot please", {"Pinot Noir", "Pinot Grigio"}),
    ],
)
def test_pinot_g_refused_is_only_the_grigio(text: str, refused: set[str]) -> None:
    assert refused <= set(parse_question(text).said.refused_grapes)  # type: ignore[union-attr]
    if "Pinot Noir" not in refused:
        assert "Pinot Noir" not in parse_question(text).said.refused_grapes  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "position"), [("la prima è italiana?", 1), ("der zweite ist aus Österreich?", 2)])
def test_origin_of_a_feminine_or_german_ordinal_is_asked_of_that_wine(text: str, position: int) -> None:
    assert parse_question(text).said.about_picks == (position,)  # type: ignore[union-attr]


def test_two_glasses_of_orange_are_orange_wine() -> None:
    assert parse_question("just two glasses of orange, under 10 each").constraints.colours == frozenset({"orange"})


@pytest.mark.parametrize(("text", "position"), [("Woher kommt der erste?", 1), ("d'où vient le deuxième ?", 2)])
def test_where_a_wine_shown_comes_from_asked_in_german_or_french(text: str, position: int) -> None:
    assert parse_question(text).said.about_picks == (position,)  # type: ignore[union-attr]


def test_an_ageing_word_names_no_wine_of_the_list() -> None:
    wines = [(1, "Crianza"), (2, "Viña Tondonia Reserva")]
    parsed = parse_question("¿Y el segundo, es un crianza o un reserva?", wines=wines)
    assert parsed.said.wine_ids == ()  # type: ignore[union-attr]
    assert parsed.said.about_picks == (2,)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "dish_words"),
    [("same sort of thing for less money?", ()), ("une bouteille pour quatre, moins de quarante", ())],
)
def test_money_and_the_party_counted_are_no_dish(text: str, dish_words: tuple[str, ...]) -> None:
    assert parse_question(text).dish_words == dish_words


@pytest.mark.parametrize(
    ("text", "max_price"),
    [
        ("we're 4, 25 per person, a bottle of red", Decimal("100")),
        ("somos cuatro, 25 por persona, una botella de tinto", Decimal("100")),
        ("wir sind zu zweit, 30 pro Person, eine Flasche Rotwein", Decimal("60")),
    ],
)
def test_an_amount_said_per_head_with_no_currency_is_the_tables_budget(text: str, max_price: Decimal) -> None:
    assert parse_question(text).constraints.max_price == max_price


@pytest.mark.parametrize("text", ["2 glasses each please", "table 12, 4 of us"])
def test_counts_said_per_head_are_no_budget(text: str) -> None:
    assert parse_question(text).constraints.max_price is None


@pytest.mark.parametrize(
    "text",
    [
        "great, a bottle of that",
        "Parfait, on le prend.",
        "Perfecto, dos copas de ese",
        "Perfetto, allora una bottiglia di quello per il tavolo",
        "ok, a glass of that please",
        "Très bien, une bouteille de celui-là",
    ],
)
def test_the_wine_in_focus_ordered_by_a_pronoun(text: str) -> None:
    parsed = parse_question(text)
    assert parsed.said.chosen  # type: ignore[union-attr]
    assert parsed.said.about_picks == (FOCUS,)  # type: ignore[union-attr]
    assert parsed.dish_words == ()


@pytest.mark.parametrize(
    ("text", "position"),
    [("all good. back to mine — what was the first one you suggested?", 1), ("¿El primero tiene madera?", 1)],
)
def test_a_wine_shown_asked_back_or_asked_what_it_has(text: str, position: int) -> None:
    assert parse_question(text).said.about_picks == (position,)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "max_price"),
    [("actually make that 50, not 40", Decimal("50")), ("make it 90, it's a big birthday", Decimal("90"))],
)
def test_a_budget_said_again_with_make_it(text: str, max_price: Decimal) -> None:
    assert parse_question(text).constraints.max_price == max_price


@pytest.mark.parametrize(
    ("text", "colours"),
    [
        ("sole with beurre blanc, a red?", {"red"}),
        ("poulet au vin blanc", set()),
        ("coq au vin rouge, un verre de blanc", {"white"}),
        ("risotto al vino rosso, un bianco", {"white"}),
    ],
)
def test_a_dish_cooked_in_wine_or_butter_names_no_colour(text: str, colours: set[str]) -> None:
    assert parse_question(text).constraints.colours == frozenset(colours)


def test_a_strawberry_parfait_is_still_a_dish() -> None:
    assert parse_question("a strawberry parfait.").dish_words == ("strawberry parfait",)


@pytest.mark.parametrize(
    "text",
    [
        "great, we will take the Montpeyroux. make it two",
        "make that 2 of the rioja",
        "un rosso per l'agnello, arriviamo sulle otto",
        "cenamos sobre las nueve",
        "wir müssen bis acht Uhr fertig sein",
        "una botella para unos cuatro, algo tinto",
        "für etwa sechs Leute einen Rotwein",
    ],
)
def test_counts_and_hours_in_words_are_no_budget(text: str) -> None:
    assert parse_question(text).constraints.max_price is None


@pytest.mark.parametrize(
    ("text", "colour"),
    [("ora passiamo al vino bianco", "white"), ("on passe au vin rouge pour le fromage", "red")],
)
def test_moving_on_to_a_colour_in_the_restaurants_languages_is_that_colour(text: str, colour: str) -> None:
    assert parse_question(text).constraints.colours == frozenset({colour})


@pytest.mark.parametrize(
    ("text", "max_price"),
    [
        ("siamo in quattro, due bottiglie, venti a testa", Decimal("40")),
        ("siamo in due, una bottiglia a testa, sui 30", Decimal("30")),
        ("nous sommes très contents, un rouge, 20 par personne", Decimal("20")),
    ],
)
def test_per_head_budgets_with_bottles_counted(text: str, max_price: Decimal) -> None:
    assert parse_question(text).constraints.max_price == max_price


def test_a_menu_priced_per_head_is_no_wine_budget() -> None:
    assert parse_question("the tasting menu is 85 per person, what wine?").constraints.max_price is None


def test_a_parfait_after_a_course_is_the_dessert() -> None:
    assert parse_question("dessert: parfait").dish_words == ("parfait",)


def test_an_amount_in_words_each_is_the_tables_budget() -> None:
    text = "theres two of us about thirty five each were having the short rib and the chicken mole"
    assert parse_question(text).constraints.max_price == Decimal("70")


def test_fino_a_is_italian_up_to_not_the_sherry() -> None:
    said = parse_question("va bene, fino a 13 allora").said
    assert said.max_price == Decimal("13")  # type: ignore[union-attr]
    assert said.appellations == ()  # type: ignore[union-attr]
    assert parse_question("a glass of fino?").said.appellations == ("fino",)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text", ["il primo di che uva è?", "¿de qué uva es el segundo?", "le premier, c'est quel cépage ?"]
)
def test_the_grape_asked_of_a_wine_shown_is_no_dish(text: str) -> None:
    parsed = parse_question(text)
    assert parsed.said.about_picks  # type: ignore[union-attr]
    assert parsed.dish_words == ()


@pytest.mark.parametrize("text", ["il terzo è fermo o frizzante?", "is the third still or sparkling?"])
def test_a_colour_asked_of_a_wine_shown_is_no_wish_for_that_colour(text: str) -> None:
    parsed = parse_question(text)
    assert parsed.said.about_picks == (3,)  # type: ignore[union-attr]
    assert parsed.constraints.colours == frozenset()


def test_a_colour_asked_with_a_new_request_is_still_a_wish() -> None:
    assert parse_question("the second one but do you have something sparkling under 40?").constraints.colours == {
        "sparkling"
    }


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("tout sauf du chardonnay", "Chardonnay"),
        ("alles außer Riesling", "Riesling"),
        ("tutto tranne il Merlot", "Merlot"),
    ],
)
def test_anything_but_in_french_german_and_italian_refuses_the_grape(text: str, refused: str) -> None:
    said = parse_question(text).said
    assert refused in said.refused_grapes  # type: ignore[union-attr]
    assert refused not in said.grapes  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "budget"),
    [("somethin w a bit more body? can go to 60", 60), ("là je peux monter à 15", 15), ("puedo llegar a 30", 30)],
)
def test_how_far_the_diner_can_go_is_the_budget(text: str, budget: int) -> None:
    assert parse_question(text).constraints.max_price == Decimal(budget)


@pytest.mark.parametrize("text", ["un vin doux au verre ?", "un vino dolce al calice"])
def test_a_sweet_wine_in_french_or_italian_is_sweet_of_any_colour_like_in_english(text: str) -> None:
    constraints = parse_question(text).constraints
    assert constraints.sweet
    assert constraints.colours == frozenset()


def test_vins_doux_naturels_are_dessert_wines() -> None:
    assert parse_question("un vin doux naturel pour le chocolat ?").constraints.colours == {"dessert"}


@pytest.mark.parametrize(
    ("text", "dish"),
    [
        (
            "We're sharing the charcuterie board first, then the roast beef and the apple strudel at the end. "
            "For the charcuterie, a glass of white under 8?",
            "charcuterie",
        ),
        (
            "Grüß Gott! Wir teilen uns erst eine Brettljause, dann Tafelspitz und am Schluss Apfelstrudel. "
            "Zur Brettljause ein Glas Weißwein, höchstens 8 Euro?",
            "brettljause",
        ),
    ],
)
def test_of_several_dishes_told_the_one_named_again_with_the_wine_is_the_dish(text: str, dish: str) -> None:
    assert parse_question(text).dish_words == (dish,)


@pytest.mark.parametrize(
    ("text", "budget"),
    [("no scusa intendevo al calice, massimo undici", 11), ("fino a quindici", 15), ("höchstens dreizehn Euro", 13)],
)
def test_foreign_numbers_from_eleven_to_nineteen_are_budgets(text: str, budget: int) -> None:
    said = parse_question(text).said
    assert said.max_price == Decimal(budget)  # type: ignore[union-attr]
    assert said.appellations == ()  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "colour"),
    [
        ("is the second one oaked? and have you got a rosé?", "rose"),
        ("Le deuxième est bien, mais vous avez un blanc ?", "white"),
        ("Un rosso per l'antipasto e il primo", "red"),
    ],
)
def test_a_colour_said_beside_a_wine_shown_is_still_wanted(text: str, colour: str) -> None:
    assert colour in parse_question(text).constraints.colours


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("A red for the steak, and don't forget the champagne for dessert!", "sparkling"),
        ("Por lo menos el tinto tiene que ser bueno, para el cordero", "red"),
        ("Sauf le champagne à l'apéritif, on voudrait un rouge pour le plat", "sparkling"),
        ("We'll never forget the rosé we had in Provence, something like that?", "rose"),
    ],
)
def test_words_that_only_look_like_refusals_refuse_nothing(text: str, kept: str) -> None:
    said = parse_question(text).said
    assert kept in said.colours  # type: ignore[union-attr]
    assert not said.refused_colours  # type: ignore[union-attr]


@pytest.mark.parametrize("text", ["¿Tenéis un fino a 5 euros la copa?", "una copa de fino a 6 euros"])
def test_a_glass_of_fino_at_a_price_is_the_sherry(text: str) -> None:
    assert parse_question(text).said.appellations == ("fino",)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "we're 6 but could go to 8 later, a red for the table",
        "Un rosso che possa arrivare a 15 gradi va bene",
        "un rouge, je peux monter à 14 degrés sans souci",
    ],
)
def test_people_and_degrees_one_can_go_up_to_are_no_budget(text: str) -> None:
    assert parse_question(text).constraints.max_price is None


@pytest.mark.parametrize(
    "text",
    [
        "We're having oysters, then the lamb. What goes with the oysters? And with the lamb?",
        "Scallops and lamb tonight. We already brought a red for the lamb, so just a glass of white?",
        "Tenemos el pulpo y el cordero. Para el cordero ya tenemos vino.",
    ],
)
def test_a_dish_named_again_without_asking_its_wine_there_leaves_all_the_dishes(text: str) -> None:
    assert len(parse_question(text).dish_words) == 2


@pytest.mark.parametrize(
    ("text", "budget"),
    [("hmm no, back down to 50", 50), ("nah scratch that, back to 12", 12), ("hmm no, back to 60 actually 😅", 60)],
)
def test_back_to_an_amount_is_the_budget_said_again(text: str, budget: int) -> None:
    assert parse_question(text).constraints.max_price == budget


def test_back_to_one_bottle_is_no_budget() -> None:
    assert parse_question("nah back to one bottle").constraints.max_price is None


@pytest.mark.parametrize(
    "text", ["nada con roble", "sin roble por favor", "un blanc sans bois", "senza legno", "ohne Holz bitte"]
)
def test_oak_refused_in_the_restaurants_languages_asks_for_an_unoaked_wine(text: str) -> None:
    assert parse_question(text).constraints.style_words == ("unoaked",)


def test_nothing_too_tannic_is_a_style_not_a_step_lighter() -> None:
    said = parse_question("nothing too tannic").said
    assert said.style_words == ("smooth",)  # type: ignore[union-attr]
    assert not said.lighter  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text", ["et la mousse au chocolat, un verre de qqch de sucré", "etwas Süßes zum Strudel", "algo doce por favor"]
)
def test_something_sweet_in_other_languages_is_a_sweet_wine(text: str) -> None:
    assert parse_question(text).constraints.sweet is True


def test_a_sweet_sauce_is_the_food_not_the_wine() -> None:
    assert parse_question("what wine with a donair w the sweet sauce?").constraints.sweet is not True


@pytest.mark.parametrize(
    "text",
    [
        "buonasera! di solito beviamo barolo ma non a quei prezzi, qualcosa di simile sotto i 45 per il brasato?",
        "we had a napa cab at our wedding and love big cabs but not at those prices. red under 100 for the ribeye?",
    ],
)
def test_a_wine_drunk_before_but_not_at_those_prices_is_not_asked_for(text: str) -> None:
    constraints = parse_question(text).constraints
    assert not (constraints.appellations)
    assert not (constraints.places)
    assert not constraints.grapes


@pytest.mark.parametrize(
    ("text", "colour"),
    [
        ("the 2nd is fine but do you have a white as well?", "white"),
        ("Le deuxième est bien, mais vous avez un blanc ?", "white"),
        ("el segundo está bien, pero ¿tienen un rosado?", "rose"),
        ("2nd one's good but got a rosé too?", "rose"),
        ("il secondo va bene, ma avete anche un rosato?", "rose"),
    ],
)
def test_a_wine_shown_approved_then_another_colour_asks_for_that_colour(text: str, colour: str) -> None:
    said = parse_question(text).said
    assert said.colours == {colour}  # type: ignore[union-attr]
    assert not said.about_picks  # type: ignore[union-attr]
    assert not said.adding  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "grape", "place"),
    [
        ("preferimos evitar el chardonnay", "Chardonnay", None),
        ("preferiamo evitare il merlot", "Merlot", None),
        ("preferimos evitar vinhos espanhóis", None, "Spain"),
        ("we'd rather avoid anything french", None, "France"),
    ],
)
def test_avoiding_a_grape_or_a_country_in_other_languages_refuses_it(
    text: str, grape: str | None, place: str | None
) -> None:
    constraints = parse_question(text).constraints
    if grape:
        assert constraints.refused_grapes == (grape,)
    if place:
        assert constraints.refused_places == (place,)


def test_an_order_not_yet_given_names_no_dish() -> None:
    assert (
        parse_question("what do you recommend, 40 euros max for a bottle and we haven't ordered yet").dish_words == ()
    )


@pytest.mark.parametrize(
    ("text", "style"),
    [("something a bit fruitier?", "fruity"), ("crisper?", "crisp"), ("a smoother one?", "smooth")],
)
def test_a_style_compared_asks_for_other_wines_of_that_style(text: str, style: str) -> None:
    said = parse_question(text).said
    assert said.style_words == (style,)  # type: ignore[union-attr]
    assert said.other  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "style"),
    [("niente di troppo tannico", "smooth"), ("rien de trop boisé", "unoaked"), ("nada demasiado tánico", "smooth")],
)
def test_nothing_too_much_of_a_style_in_other_languages_asks_for_the_opposite(text: str, style: str) -> None:
    assert parse_question(text).constraints.style_words == (style,)


def test_a_portuguese_husband_is_no_dish() -> None:
    assert parse_question("e para o meu marido, o leitão à Bairrada").dish_words == ("leitão à bairrada",)


@pytest.mark.parametrize(
    "text",
    [
        "Zum Lammbraten einen Rotwein, nicht zu süß bitte",
        "nichts Süßes bitte",
        "rien de sucré pour moi",
        "Ente mit süßer Soße, ein Rotwein?",
        "le canard laqué, sauce sucrée, un rouge ?",
    ],
)
def test_sweetness_refused_or_of_the_food_in_german_and_french_asks_no_sweet_wine(text: str) -> None:
    constraints = parse_question(text).constraints
    assert constraints.sweet is not True
    assert "dessert" not in constraints.colours


@pytest.mark.parametrize(
    ("text", "dish"),
    [
        ("the pork belly is quite sweet, what wine?", "pork belly"),
        ("the ribs are sweet and sticky, something red?", "ribs"),
        ("le porc au caramel est sucré, quel vin ?", "porc au caramel"),
        ("il maiale è molto dolce, che vino?", "maiale"),
        ("el cerdo es muy dulce, ¿qué vino?", "cerdo"),
        ("das Schweinefleisch ist sehr süß, welcher Wein?", "schweinefleisch"),
    ],
)
def test_a_dish_said_to_be_sweet_is_a_sweet_dish_not_a_sweet_wine_asked(text: str, dish: str) -> None:
    parsed = parse_question(text)
    assert parsed.constraints.sweet is not True
    assert "dessert" not in parsed.constraints.colours
    assert parsed.dish_words == (dish,)


@pytest.mark.parametrize(
    ("text", "sweet"),
    [("the wine is too sweet", False), ("something sweet for the cheese", True), ("un vin sucré ?", True)],
)
def test_sweet_said_of_the_wine_is_still_the_wines(text: str, sweet: bool) -> None:
    assert parse_question(text).constraints.sweet is sweet


@pytest.mark.parametrize(
    "text",
    ["we love Italian wines but something under 40 for the lamb?", "we always drink Rioja but maybe a cheaper one?"],
)
def test_a_habit_turned_from_for_another_reason_than_price_keeps_its_place(text: str) -> None:
    constraints = parse_question(text).constraints
    assert constraints.places or constraints.appellations


@pytest.mark.parametrize("text", ["can we go back to 2?", "back to 2 wines then", "we'll be back to 4 at the table"])
def test_back_to_a_small_count_is_no_budget(text: str) -> None:
    assert parse_question(text).constraints.max_price is None


@pytest.mark.parametrize(
    "text", ["the first looks good but is it under 55?", "the 2nd sounds good but is it from France?"]
)
def test_a_wine_approved_then_asked_about_stays_the_wine_asked_about(text: str) -> None:
    assert parse_question(text).said.about_picks  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    ["the crème brûlée, nothing overly sweet please", "I don't like sweet desserts, so the cheese board, a wine?"],
)
def test_a_gentler_sweetness_or_a_dislike_of_sweet_food_leaves_the_dessert_wines(text: str) -> None:
    assert "dessert" not in parse_question(text).said.refused_colours  # type: ignore[union-attr]


def test_hmm_no_too_tannic_is_still_a_step_lighter() -> None:
    assert parse_question("hmm no too tannic for me").said.lighter  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("dish", "protein"),
    [("ladi pav", None), ("keema pav", "red_meat"), ("jalebi with chasni", "dessert"), ("chicken chasni", "poultry")],
)
def test_indian_bread_and_syrup_are_no_pavlova_nor_chicken(dish: str, protein: str | None) -> None:
    assert dish_profile(name=dish).protein == protein


@pytest.mark.parametrize("text", ["same budget one bottle please", "back to a bottle, 1 bottle for the table"])
def test_one_bottle_is_no_budget(text: str) -> None:
    constraints = parse_question(text).constraints
    assert constraints.max_price is None
    assert not constraints.modest_price


def test_sweet_as_thanks_asks_no_sweet_wine() -> None:
    text = "sweet. my mate's veggie so hes having the mushroom pie can he get a glass of red under 12"
    assert parse_question(text).constraints.colours == {"red"}
    assert parse_question("something sweet.").constraints.sweet is True


@pytest.mark.parametrize(
    ("text", "position"), [("O segundo é de que região?", 2), ("o primeiro é seco?", 1), ("quero o terceiro", 3)]
)
def test_a_wine_shown_named_in_portuguese(text: str, position: int) -> None:
    assert parse_question(text).said.about_picks == (position,)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "place"),
    [("what about the loire instead, anything under 40?", "the Loire"), ("how about italy?", "Italy")],
)
def test_what_about_a_place_asks_for_it(text: str, place: str) -> None:
    assert parse_question(text).constraints.places == (place,)


def test_what_about_a_dish_named_after_a_place_asks_for_no_place() -> None:
    assert parse_question("what about the french onion soup?").constraints.places == ()


@pytest.mark.parametrize(
    ("text", "place"), [("Is the first one from Oregon?", "Oregon"), ("is the 1st one from tassie?", "Tasmania")]
)
def test_is_a_wine_shown_from_a_place_asks_where_it_comes_from(text: str, place: str) -> None:
    parsed = parse_question(text)
    assert (parsed.said.fact_asked, parsed.said.origin_asked) == ("origin", place)  # type: ignore[union-attr]
    assert parsed.constraints.places == ()


@pytest.mark.parametrize(
    "text",
    [
        "Vorrei una bottiglia di bollicine davvero speciale, il meglio che avete sotto i 200 euro",
        "the best you have under 200",
        "lo mejor que tengan en tinto",
    ],
)
def test_the_best_you_have_is_an_occasion(text: str) -> None:
    assert parse_question(text).constraints.occasion


@pytest.mark.parametrize("text", ["which would you pick?", "Lei quale sceglierebbe?", "¿cuál elegiría usted?"])
def test_which_would_you_choose_asks_the_sommelier_s_own_of_the_wines_shown(text: str) -> None:
    said = parse_question(text).said
    assert said.your_choice  # type: ignore[union-attr]
    assert said.about_picks == (1, 2, 3)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "dish"),
    [
        ("Per cena prendiamo il risotto ai funghi porcini: un rosso, stesso budget.", "risotto ai funghi porcini"),
        ("E para a sobremesa, pastel de nata: um copo de moscatel?", "pastel de nata"),
    ],
)
def test_the_meal_and_the_course_said_before_a_dish_are_not_the_dish(text: str, dish: str) -> None:
    parsed = parse_question(text)
    assert parsed.dish_words == (dish,)
    assert not parsed.constraints.modest_price


def test_sotto_alone_is_a_ceiling() -> None:
    assert parse_question("un rosso sotto 50").constraints.max_price == 50


@pytest.mark.parametrize(
    "text",
    [
        "lo mejor para el cordero?",
        "le meilleur avec l'agneau ?",
        "which is the best on the list for the oysters?",
        "quel est le rouge le meilleur marché pour l'agneau ?",
        "lo mejor calidad-precio",
        "un rosso da sposare con l'agnello",
    ],
)
def test_the_best_match_or_value_is_no_occasion(text: str) -> None:
    assert not parse_question(text).constraints.occasion


@pytest.mark.parametrize("text", ["which one is fruitier?", "which of them is juicier?", "is the second one crisper?"])
def test_a_style_compared_among_the_wines_shown_asks_about_them(text: str) -> None:
    said = parse_question(text).said
    assert said.about_picks  # type: ignore[union-attr]
    assert not said.other  # type: ignore[union-attr]


@pytest.mark.parametrize("text", ["sweet, please", "sweet, not dry"])
def test_sweet_with_a_comma_is_still_a_sweet_wine(text: str) -> None:
    assert parse_question(text).constraints.sweet is True


def test_the_second_course_in_portuguese_is_no_second_wine() -> None:
    assert parse_question("para o segundo prato quero o borrego").said.about_picks == ()  # type: ignore[union-attr]


def test_what_do_you_have_is_no_choice_asked() -> None:
    assert not parse_question("what do you have by the glass?").said.your_choice  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "kind", "position"),
    [("Il primo è un Franciacorta?", "franciacorta", 1), ("is the third one a rioja?", "rioja", 3)],
)
def test_a_wine_shown_asked_whether_it_is_of_a_name_is_a_question_not_a_search(
    text: str, kind: str, position: int
) -> None:
    parsed = parse_question(text)
    said = parsed.said
    assert (said.fact_asked, said.kind_asked, said.about_picks) == ("kind", kind, (position,))  # type: ignore[union-attr]
    assert parsed.constraints.appellations == ()


@pytest.mark.parametrize(
    ("text", "refused_name", "refused_grape"),
    [
        ("we've had the soave before, something different?", "soave", None),
        ("we've had the albariño before, something else?", None, "Albariño"),
    ],
)
def test_a_wine_had_before_and_something_else_asked_refuses_it(
    text: str, refused_name: str | None, refused_grape: str | None
) -> None:
    constraints = parse_question(text).constraints
    if refused_name:
        assert refused_name in constraints.refused_names
        assert refused_name not in constraints.appellations
    if refused_grape:
        assert constraints.refused_grapes == (refused_grape,)


def test_a_wine_had_last_time_then_left_for_tonight_is_not_asked_for() -> None:
    assert parse_question("we had a chianti last time, now something lighter").constraints.appellations == ()


@pytest.mark.parametrize(
    ("text", "positions"),
    [
        ("Che differenza c'è tra i primi due?", (1, 2)),
        ("¿el primero se sirve frío?", (1,)),
        ("lovely, the second one then. that's all, thanks!", (2,)),
    ],
)
def test_the_wines_shown_asked_about_in_more_ways(text: str, positions: tuple[int, ...]) -> None:
    parsed = parse_question(text)
    assert parsed.said.about_picks == positions  # type: ignore[union-attr]
    assert parsed.dish_words == ()


@pytest.mark.parametrize(
    ("text", "of_the_food"),
    [
        ("is the fish served whole or filleted?", True),
        ("¿El pulpo lleva pimentón picante?", True),
        ("how about the chicken wings?", False),
        ("is there a wine for the fish tacos?", False),
        ("what goes with the oysters? and some water please", False),
    ],
)
def test_a_question_is_about_the_food_only_when_put_so(text: str, of_the_food: bool) -> None:
    assert asked_of_the_food(text) is of_the_food


@pytest.mark.parametrize(
    "text",
    [
        "we had the Syrah Cornas last night, another like it?",
        "we had a Chianti last time and loved it, now something similar",
    ],
)
def test_a_wine_had_before_and_liked_is_not_refused(text: str) -> None:
    constraints = parse_question(text).constraints
    assert not constraints.refused_names
    assert constraints.appellations


def test_the_sauce_too_heavy_is_the_food_not_a_step_lighter() -> None:
    assert not parse_question("die Sauce ist mir zu schwer, welcher Wein passt dazu?").said.lighter  # type: ignore[union-attr]


def test_how_the_second_differs_from_the_first_stays_about_them() -> None:
    assert set(parse_question("how is the second one different from the first?").said.about_picks) == {1, 2}  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "budget"),
    [
        ("Va bene, sotto i quarantacinque allora.", 45),
        ("uma garrafa que vá com tudo? Até trinta e cinco euros.", 35),
        ("Está bem, até quarenta e cinco então.", 45),
        ("unter fünfunddreißig Euro", 35),
        ("menos de treinta y cinco", 35),
    ],
)
def test_compound_numbers_in_words_are_budgets(text: str, budget: int) -> None:
    assert parse_question(text).constraints.max_price == budget


def test_orange_wein_and_the_closest_are_read() -> None:
    assert parse_question("Ein Glas Orange-Wein für jetzt, bitte").constraints.colours == {"orange"}
    assert parse_question("what's the closest then?").dish_words == ()
    assert parse_question("we ate 12 oysters already").constraints.max_price is None


@pytest.mark.parametrize(
    ("text", "positions"),
    [
        ("el primero o el segundo, cuál es más afrutado?", (1, 2)),
        ("which is bolder the 1st or the 2nd", (1, 2)),
        ("Could you tell me which of the first two is the more off-dry?", (1, 2)),
        ("le plus terreux des deux premiers ?", (1, 2)),
        ("il a quel âge, le premier ?", (1,)),
        ("How long was the first one on its skins?", (1,)),
    ],
)
def test_wines_shown_named_by_their_place_are_asked_about(text: str, positions: tuple[int, ...]) -> None:
    parsed = parse_question(text)
    assert parsed.said is not None
    assert parsed.said.about_picks == positions
    assert not parsed.dish_words  # "the more off-dry" is no dish "more"


@pytest.mark.parametrize(
    ("text", "max_price", "dish_words"),
    [
        ("Ah c'est un peu cher pour nous, en dessous de 70 euros ?", Decimal("70"), ()),
        ("white pls, minerally, not too pricey, no more than a fifty", Decimal("50"), ()),
        ("a twenty-year-old tawny for the cheese", None, ("cheese",)),
    ],
)
def test_the_table_and_a_banknote_are_no_dish(
    text: str, max_price: Decimal | None, dish_words: tuple[str, ...]
) -> None:
    parsed = parse_question(text)
    assert parsed.said is not None
    assert parsed.said.max_price == max_price
    assert tuple(parsed.dish_words) == dish_words


@pytest.mark.parametrize(
    ("text", "places"),
    [("Têm algum português mais mineral?", ("Portugal",)), ("¿tienen algo español?", ("Spain",))],
)
def test_a_place_said_alone_after_any_in_other_languages_is_asked(text: str, places: tuple[str, ...]) -> None:
    parsed = parse_question(text)
    assert parsed.said is not None
    assert parsed.said.places == places
    assert not parsed.dish_words


def test_a_pinot_no_longer_insisted_on_is_not_asked() -> None:
    said = parse_question("doesnt have to be pinot, any red by the glass under 16").said
    assert said is not None
    assert said.grapes == ()
    assert said.colours == {"red"}


@pytest.mark.parametrize(
    "text", ["Could you suggest something a touch lighter in alcohol, though?", "Qualcosa con meno alcol, magari?"]
)
def test_lighter_in_alcohol_is_less_alcohol_not_a_lighter_body(text: str) -> None:
    parsed = parse_question(text)
    assert parsed.said is not None
    assert parsed.said.style_words == ("low-alcohol",)
    assert not parsed.said.lighter
    assert not parsed.dish_words


@pytest.mark.parametrize("text", ["ok whatever you recommend then", "ok whatever u recommend", "up to you"])
def test_leaving_it_to_the_sommelier_insists_on_no_wine_the_list_lacks(text: str) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.any_kind
    previous = Constraints(grapes=("Malbec",))
    assert merge_said(previous, said).grapes == ()


@pytest.mark.parametrize(
    ("text", "dish_words"),
    [
        ("a sparkling for a toast please, something under 50", ()),
        ("we walked all the way over from the Marais and we're famished", ()),
        ("ok in English for my friend: is the first one dry?", ()),
        ("avocado toast with a glass of white", ("avocado toast",)),
    ],
)
def test_a_toast_a_language_and_the_way_here_are_no_dish(text: str, dish_words: tuple[str, ...]) -> None:
    assert tuple(parse_question(text).dish_words) == dish_words


def test_a_wine_shown_asked_about_with_no_question_mark() -> None:
    said = parse_question("the 1st one how much by the glass").said
    assert said is not None
    assert said.about_picks == (1,)


@pytest.mark.parametrize("text", ["an earthy red, nothing heavily oaked", "not heavily oaked", "no heavy oak"])
def test_heavy_oak_refused_asks_for_little_oak(text: str) -> None:
    said = parse_question(text).said
    assert said is not None
    assert "unoaked" in said.style_words
    assert "oaky" not in said.style_words


@pytest.mark.parametrize(
    ("text", "positions"),
    [("is the second one aged in oak?", (2,)), ("has it seen any oak?", (FOCUS,)), ("did it see oak?", (FOCUS,))],
)
def test_oak_asked_of_a_wine_shown_in_other_words(text: str, positions: tuple[int, ...]) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.about_picks == positions
    assert "oaky" in said.style_words


def test_the_difference_between_them_is_about_the_wines_shown() -> None:
    said = parse_question("what's the difference between them?").said
    assert said is not None
    assert said.about_picks == (1, 2, 3)


@pytest.mark.parametrize(
    "text",
    [
        "per il primo o il secondo, un rosso che vada bene?",
        "y para el primero o el segundo plato?",
        "do you have anything from a first or second growth Bordeaux?",
        "the first one or the second one is fine, whatever is cheaper",
        "first what do you have by the glass",
        "we had this one at a wedding last summer, how much is a glass?",
        "was it you who recommended the Barolo last time? we want it again",
        "that was the last one we had in Napa, something else please",
    ],
)
def test_courses_growths_and_last_summer_are_no_question_about_the_wines_shown(text: str) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.about_picks == ()


@pytest.mark.parametrize(
    ("text", "dish_words"),
    [
        ("we came for the duck from the specials, is that the right match?", ("duck",)),
        ("we'd like a red to come with the lamb from the grill", ("lamb", "grill")),
        ("hablo algo español, ¿un tinto para el cordero?", ("cordero",)),
    ],
)
def test_the_dish_stays_beside_come_with_from_and_a_language_spoken(text: str, dish_words: tuple[str, ...]) -> None:
    parsed = parse_question(text)
    assert tuple(parsed.dish_words) == dish_words
    assert parsed.said is not None
    assert parsed.said.places == ()


@pytest.mark.parametrize(
    ("text", "max_price", "any_kind"),
    [
        ("the table is about a fifty-fifty split, red and white drinkers", None, False),
        ("can you pick one by the glass?", None, False),
        ("ok you pick", None, True),
    ],
)
def test_a_fifty_fifty_split_and_can_you_pick_keep_what_was_asked(
    text: str, max_price: Decimal | None, any_kind: bool
) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.max_price == max_price
    assert said.any_kind == any_kind


def test_a_sticky_then_a_comma_is_still_a_sticky() -> None:
    said = parse_question("a sticky, parmesan to finish").said
    assert said is not None
    assert said.colours == {"dessert"}


def test_less_alcohol_in_portuguese() -> None:
    said = parse_question("um vinho com menos álcool").said
    assert said is not None
    assert said.style_words == ("low-alcohol",)


@pytest.mark.parametrize("text", ["too sweet", "trop sucré", "a bit too sweet for me"])
def test_too_sweet_is_a_complaint_not_a_wish_for_sweetness(text: str) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.sweet is not True
    assert not parse_question(text).dish_words


@pytest.mark.parametrize(
    "text",
    ["Muito ácido para mim... algo mais redondo?", "a bit too acidic, something rounder?", "not too acidic"],
)
def test_too_acidic_asks_for_a_rounder_wine(text: str) -> None:
    parsed = parse_question(text)
    assert parsed.said is not None
    assert parsed.said.style_words == ("round",)
    assert not parsed.dish_words


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("¿qué tinto me recomiendas, unos 50-70?", Decimal(50), Decimal(70)),
        ("Un rosso sui 25-35 euro.", Decimal(25), Decimal(35)),
    ],
)
def test_a_rough_range_in_other_languages(text: str, low: Decimal, high: Decimal) -> None:
    said = parse_question(text).said
    assert said is not None
    assert (said.min_price, said.max_price) == (low, high)


def test_portuguese_refusal_cheaper_and_cheapest() -> None:
    refusal = parse_question("E para o leitão, um tinto, mesmo orçamento, mas nada do Douro.").said
    cheaper = parse_question("Mais barato?").said
    cheapest = parse_question("o mais barato").said
    assert refusal is not None
    assert cheaper is not None
    assert cheapest is not None
    assert "douro" in refusal.refused_names
    assert cheaper.cheaper_than_previous
    assert not cheapest.cheaper_than_previous
    assert cheapest.price_order == "low"


@pytest.mark.parametrize(
    "text", ["Y para los churros, algo dulce por copa, sin límite de precio.", "senza limite di prezzo"]
)
def test_no_price_limit_in_other_languages(text: str) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.any_price


@pytest.mark.parametrize(
    ("text", "position"), [("What's the grape in the first one?", 1), ("Le deuxième vient d'où ?", 2)]
)
def test_a_wine_shown_asked_its_grape_or_origin(text: str, position: int) -> None:
    parsed = parse_question(text)
    assert parsed.said is not None
    assert parsed.said.about_picks == (position,)
    assert not parsed.dish_words


@pytest.mark.parametrize(
    "text",
    [
        "we're near the rond point, a white for the fish?",
        "la mesa redonda para seis, un tinto",
        "the sauce is too acidic, what wine goes with the tomato pasta",
        "o molho é muito ácido",
    ],
)
def test_a_round_table_and_an_acidic_sauce_ask_no_round_wine(text: str) -> None:
    said = parse_question(text).said
    assert said is not None
    assert "round" not in said.style_words


@pytest.mark.parametrize(
    "text", ["tipo 2 a 3 garrafas de tinto", "intorno alle 8 e 9 siamo lì, un rosso", "vers 19-20h, un rouge"]
)
def test_bottles_and_hours_in_a_rough_range_are_no_budget(text: str) -> None:
    said = parse_question(text).said
    assert said is not None
    assert (said.min_price, said.max_price) == (None, None)


@pytest.mark.parametrize(
    "text", ["il y a moins cher ?", "¿tienes uno parecido o más barato?", "qualcosa di simile o meno caro?"]
)
def test_or_cheaper_and_il_y_a_moins_cher_ask_for_cheaper(text: str) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.cheaper_than_previous


def test_the_main_course_coming_is_no_question_about_the_second_wine() -> None:
    said = parse_question("il secondo viene con le patate, che vino?").said
    assert said is not None
    assert said.about_picks == ()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("quel est le plus sec ?", "driest"),
        ("lequel est le plus léger ?", "lightest"),
        ("qual è il più morbido?", "softest"),
        ("¿cuál es el más seco?", "driest"),
        ("qual é o mais encorpado?", "fullest"),
        ("welcher ist der trockenste?", "driest"),
        ("il meno tannico dei tre?", "softest"),
    ],
)
def test_superlatives_in_the_restaurants_languages_ask_about_the_wines_shown(text: str, word: str) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.superlative is not None
    assert said.superlative.word == word
    assert said.about_picks == (1, 2, 3)
    assert not said.lighter
    assert not said.other  # the most of the wines shown, not others


@pytest.mark.parametrize(
    ("text", "other", "superlative"),
    [
        ("Lequel est plus sec ?", False, "driest"),  # of the wines shown: which one is
        ("Welcher ist trockener?", False, "driest"),
        ("¿Cuál es más seco?", False, "driest"),
        ("Il y a plus léger ?", False, None),  # "is there anything lighter?": no superlative
        ("¿Algo más seco o más ligero?", True, None),
        ("etwas Trockeneres?", True, None),
    ],
)
def test_which_and_the_article_make_a_superlative_not_a_step(text: str, other: bool, superlative: str | None) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.other is other
    assert (said.superlative.word if said.superlative else None) == superlative


@pytest.mark.parametrize(
    ("text", "sweet", "styles"),
    [
        ("Ein süßer Wein zum Dessert", True, ()),  # a sweet wine, not a sweeter one
        ("Ein trockener Weißwein zum Zander", None, ("dry",)),
        ("no demasiado ácido", None, ("round",)),  # a complaint already: not turned round again
        ("I don't want anything too acidic", None, ("round",)),
    ],
)
def test_an_adjective_is_not_a_comparative_and_a_complaint_is_not_inverted_twice(
    text: str, sweet: bool | None, styles: tuple[str, ...]
) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.sweet is sweet
    assert said.style_words == styles
    assert not said.other


def test_a_country_refused_now_outweighs_a_region_asked_before() -> None:
    piedmont = parse_question("something Piedmontese then").constraints
    assert piedmont.places == ("Piedmont",)
    italy_refused = parse_question("not from Italy", previous=piedmont).constraints
    assert italy_refused.places == ()
    assert italy_refused.refused_places == ("Italy",)
    # A country kept beside the one refused stays; a region refused keeps the region asked before.
    either = Constraints(places=("France", "Spain"))
    assert parse_question("nothing Spanish", previous=either).constraints.places == ("France",)
    napa = parse_question("something from California").constraints
    assert parse_question("nothing from Napa", previous=napa).constraints.places == ("California",)
    # A country refused that the region is not in leaves the region asked for.
    assert parse_question("nothing French", previous=napa).constraints.places == ("California",)
    tasmania = parse_question("something Tasmanian").constraints
    assert parse_question("nothing from Australia", previous=tasmania).constraints.places == ()


@pytest.mark.parametrize(
    ("text", "dishes"),
    [
        # A word the lexicon does not know, or how a garnish is made, before a "with": one dish.
        ("foie gras torchon with brioche", ("foie gras torchon with brioche",)),
        ("foie gras terrine with toasted brioche", ("foie gras terrine with toasted brioche",)),
        ("the lamb tonight with the oysters", ("lamb", "oysters")),
        # Words around the dish in the restaurant's languages are no dish.
        ("Un blanc sec pour accompagner des huîtres", ("huîtres",)),
        ("Somos dos, queremos un tinto con cuerpo para el chuletón", ("chuletón",)),
        ("Prendiamo il risotto ai funghi porcini e poi l'agnello, un vino per entrambi", ("risotto ai funghi porcini", "agnello")),
    ],
)  # fmt: skip
def test_the_dishes_said_are_read_whole_and_nothing_else_is(text: str, dishes: tuple[str, ...]) -> None:
    assert parse_question(text).dish_words == dishes


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Un vino de Nueva Zelanda para el pescado", ("New Zealand",)),
        ("un vino della Nuova Zelanda", ("New Zealand",)),
        ("einen Wein aus Neuseeland", ("New Zealand",)),
        ("ein Wein aus Kalifornien", ("California",)),
        ("Und aus dem Piemont?", ("Piedmont",)),
        ("ein Rotwein aus der Toskana", ("Tuscany",)),
    ],
)
def test_places_are_read_in_the_restaurants_languages(text: str, places: tuple[str, ...]) -> None:
    assert _said(text).places == places


@pytest.mark.parametrize(
    ("text", "style"),
    [
        ("un tinto con cuerpo para el chuletón", "full-bodied"),
        ("un rosso con corpo per la grigliata", "full-bodied"),
        ("einen kräftigen Rotwein zum Braten", "full-bodied"),
        ("un blanc sec pour les huîtres", "dry"),
        ("is it natural?", "natural"),
    ],
)
def test_style_words_in_the_restaurants_languages(text: str, style: str) -> None:
    assert style in _said(text).style_words


def test_not_the_first_one_refuses_that_wine_and_more_interesting_asks_for_others() -> None:
    assert _said("not the first one").refused_pick == 1
    assert _said("hmm, anything but the second").refused_pick == 2
    assert _said("not the first one is it?").refused_pick is None
    assert _said("something more interesting?").other
    assert _said("surprise me").other
    assert _said("which of those is cheapest?").superlative is not None
    assert _said("the cheapest red you have").superlative is None


def _said(text: str) -> Said:
    said = parse_question(text).said
    assert said is not None
    return said


@pytest.mark.parametrize(
    "text",
    [
        "which is more tannic?",
        "which one is less oaky?",
        "which is the most tannic?",
        "which of these is more interesting?",
        "quel est votre rouge le moins cher ?",
    ],
)
def test_a_price_superlative_is_only_a_question_about_price(text: str) -> None:
    superlative = _said(text).superlative
    assert superlative is None or superlative.attribute != "price", text


@pytest.mark.parametrize(
    ("text", "dishes"),
    [
        ("the scallops paired with the duck", ("scallops", "duck")),
        ("the burger mixed with fish tacos", ("burger", "fish tacos")),
    ],
)
def test_two_dishes_around_a_with_stay_two(text: str, dishes: tuple[str, ...]) -> None:
    assert parse_question(text).dish_words == dishes


def test_a_refusal_of_a_wine_shown_is_not_a_first_time() -> None:
    assert _said("not the first time I've had Barolo").refused_pick is None
    assert _said("not the last one").refused_pick == 3
    assert "natural" not in _said("is the sweetness natural?").style_words


@pytest.mark.parametrize(
    ("text", "appellation"),
    [
        ("the Crozes-Hermitage with the venison?", "crozes hermitage"),
        ("a Côte-Rôtie", "cote rotie"),
        ("the saint-joseph?", "saint joseph"),
        ("a Châteauneuf-du-Pape", "chateauneuf du pape"),
        ("tell me about the crozes", "crozes"),
    ],
)
def test_an_appellation_written_with_its_hyphens_is_the_place_not_a_dish(text: str, appellation: str) -> None:
    parsed = parse_question(text)
    assert parsed.constraints.appellations == (appellation,)
    assert "venison" in parsed.dish_words or not parsed.dish_words


def test_a_wine_called_by_its_possessive_without_the_mark_is_that_wine() -> None:
    parsed = parse_question("we'll take the woodcutters thx", wines=[(7, "The Woodcutter's Shiraz")])
    assert parsed.said is not None
    assert parsed.said.wine_ids == (7,)
    assert parsed.dish_words == ()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("something mexican?", "Mexico"),
        ("¿tienen algún vino mexicano?", "Mexico"),
        ("local croatian please", "Croatia"),
        ("anything austrian by the glass under 10", "Austria"),
        ("anything swiss by the glass while we wait?", "Switzerland"),
    ],
)
def test_a_country_asked_for_beside_a_glass_or_a_budget_is_the_wines_origin_not_a_dish(text: str, place: str) -> None:
    parsed = parse_question(text)
    assert parsed.constraints.places == (place,)
    assert parsed.dish_words == ()


def test_a_kitchen_named_with_its_food_is_still_the_food() -> None:
    assert parse_question("mexican food, what wine?").constraints.places == ()


@pytest.mark.parametrize(
    ("text", "styles"),
    [
        ("carnitas tacos w salsa verde, spicy", ()),
        ("pork ribs, smoky!", ()),
        ("lamb, spicy please", ("spicy",)),
        ("for the steak, rich", ("rich",)),
        ("cedar plank salmon, somethin lite", ("light",)),
    ],
)
def test_a_taste_said_last_after_the_dish_is_the_dishs(text: str, styles: tuple[str, ...]) -> None:
    assert parse_question(text).constraints.style_words == styles


@pytest.mark.parametrize(
    ("text", "colours"),
    [
        ("is that one red? we want white", {"white"}),
        ("is the second a white? I want red", {"red"}),
        ("is it red?", {"red"}),
        ("a red or a white?", {"red", "white"}),
    ],
)
def test_a_colour_asked_of_the_wine_shown_is_no_wish_beside_another(text: str, colours: set[str]) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.colours == colours


def test_is_the_sauternes_sweet_asks_about_the_wine_not_a_dish_called_sauternes() -> None:
    parsed = parse_question("is the sauternes sweet?")
    assert parsed.dish_words == ()
    assert parsed.constraints.appellations == ("sauternes",)
