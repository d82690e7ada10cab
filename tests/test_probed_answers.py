"""Faults diners found on lists nobody tuned on (a Portuguese seafood house, foreign-language
tables), each now answered as a sommelier would."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

from recommendations.dialogue import DialogueState
from recommendations.models import Restaurant, Wine
from recommendations.pairing.suggested import suggested_items
from recommendations.question import FOCUS, parse_question
from recommendations.recommender import profile_of, recommend
from recommendations.retrieval.vector_index import wine_index_drop, wine_index_sync
from recommendations.voice import rubric_problems, write_answer
from tests.factories import WineFactory


def wine(restaurant: Restaurant, name: str, **fields: Any) -> Wine:
    defaults: dict[str, Any] = {"producer": "", "grapes": [], "colour": "white", "bottle_price": Decimal("50")}
    return WineFactory.create(restaurant=restaurant, name=name, **{**defaults, **fields})


@pytest.fixture
def seafood_house(restaurant_a: Restaurant) -> Iterator[Restaurant]:
    wine(restaurant_a, "Casal Garcia Vinho Verde", producer="Aveleda", region="Vinho Verde", country="Portugal",
         bottle_price=Decimal("34"), glass_price=Decimal("9"), description="Light and easy. Patio wine.")  # fmt: skip
    wine(restaurant_a, "Encruzado Reserva", producer="Quinta dos Roques", region="Dão", country="Portugal",
         grapes=["Encruzado"], bottle_price=Decimal("72"),
         description="Creamy, lightly oaked, with pear, hazelnut and a long, mineral tail.")  # fmt: skip
    wine(restaurant_a, "Mouchão", producer="Herdade do Mouchão", region="Alentejo", country="Portugal",
         grapes=["Alicante Bouschet", "Trincadeira"], colour="red", bottle_price=Decimal("115"),
         description="Inky and powerful, leather, dark fruit, big tannins.")  # fmt: skip
    wine(restaurant_a, "Crasto Douro Tinto", producer="Quinta do Crasto", region="Douro", country="Portugal",
         colour="red", bottle_price=Decimal("45"), description="Juicy, dark-berried, everyday Douro.")  # fmt: skip
    wine(restaurant_a, "Brunello di Montalcino", producer="Podere Casalvento", region="Toscana", country="Italy",
         colour="red", bottle_price=Decimal("110"), description="Structured and austere, sour cherry, leather.")  # fmt: skip
    wine(restaurant_a, "Rosso di Montalcino", producer="Podere Casalvento", region="Toscana", country="Italy",
         grapes=["Sangiovese"], colour="red", bottle_price=Decimal("44"),
         description="Brunello's younger brother: juicy red fruit.")  # fmt: skip
    wine(restaurant_a, "Riesling Kabinett", producer="Dr. Loosen", region="Mosel", country="Germany",
         grapes=["Riesling"], bottle_price=Decimal("48"), glass_price=Decimal("12"),
         description="Off-dry, green apple, slate.")  # fmt: skip
    wine(restaurant_a, "Champagne Brut Réserve", producer="Charles Heidsieck", region="Champagne", country="France",
         grapes=["Chardonnay", "Pinot Noir", "Meunier"], colour="sparkling", bottle_price=Decimal("120"),
         description="Brioche, depth, fine mousse.")  # fmt: skip
    wine(restaurant_a, "Vintage Port", producer="Graham's", region="Douro", country="Portugal", colour="dessert",
         bottle_price=Decimal("150"), description="Young, massive, blackberry and spice.")  # fmt: skip
    wine(restaurant_a, "Tawny Port 20 Year Old", producer="Taylor's", region="Douro", country="Portugal",
         colour="dessert", bottle_price=Decimal("110"), glass_price=Decimal("18"),
         description="Walnut, caramel, orange peel.")  # fmt: skip
    wine_index_sync(restaurant_id=restaurant_a.pk)
    yield restaurant_a
    wine_index_drop(restaurant_id=restaurant_a.pk)


def test_grapes_a_place_only_makes_likely_are_never_told_as_the_wines_blend(seafood_house: Restaurant) -> None:
    # Vinho Verde and the Douro allow many grapes: the list names none, so the answer names none
    # as the wine's, though they still guide the pairing.
    for question in ("a light white for clams", "a red for grilled lamb chops"):
        text = write_answer(recommend(restaurant=seafood_house, query=question))
        assert "Loureiro" not in text, text
        assert "Tempranillo" not in text, text
    asked = write_answer(recommend(restaurant=seafood_house, query="what grapes are in the Casal Garcia?"))
    assert "does not name" in asked
    assert "usually made from" in asked
    assert "blend" not in asked


def test_a_producer_and_a_name_that_share_words_say_them_once(seafood_house: Restaurant) -> None:
    text = write_answer(recommend(restaurant=seafood_house, query="what's the Mouchão like?"))

    assert "Mouchão Mouchão" not in text
    assert "Herdade do Mouchão" in text


def test_a_wine_asked_about_by_its_grape_is_that_wine(seafood_house: Restaurant) -> None:
    result = recommend(restaurant=seafood_house, query="is the Encruzado oaky?")

    assert [pick.wine.name for pick in result.picks] == ["Encruzado Reserva"]
    assert write_answer(result).startswith("Somewhat: the Quinta dos Roques Encruzado Reserva is lightly oaked.")
    # A grape the list pours in several wines, or a wine by its place, is no such question.
    assert recommend(restaurant=seafood_house, query="a Riesling for the curry").understood.refinements == ()


def test_a_place_that_is_also_a_grapes_name_asks_for_the_place(seafood_house: Restaurant) -> None:
    # "Brunello" is Sangiovese's name in Montalcino; "un brunello?" asks for the Brunello.
    result = recommend(restaurant=seafood_house, query="avete un brunello?")

    assert [pick.wine.name for pick in result.picks] == ["Brunello di Montalcino"]


def test_an_occasion_or_a_mood_is_no_dish(seafood_house: Restaurant) -> None:
    celebration = recommend(restaurant=seafood_house, query="we want champagne for a celebration")
    assert celebration.understood.dish is None
    assert "don't know" not in write_answer(celebration)
    assert celebration.picks[0].wine.colour == "sparkling"

    sea = recommend(restaurant=seafood_house, query="I want something that tastes like the sea")
    assert sea.understood.dish is None
    assert "mineral" in sea.understood.constraints.style_words


def test_spicy_food_is_the_food_not_a_wish_for_a_spicy_wine(seafood_house: Restaurant) -> None:
    result = recommend(restaurant=seafood_house, query="a wine that won't clash with very spicy food")

    assert "spicy" not in result.understood.constraints.style_words
    assert result.dish_profiles
    assert result.dish_profiles[0].spice >= 2
    text = write_answer(result)
    assert "spicy, as you asked" not in text
    assert rubric_problems(text, result) == []


@pytest.mark.parametrize(
    ("question", "language", "start"),
    [
        ("quelque chose sans alcool ?", "fr", "Je suis navré, notre carte n'a pas de vin sans alcool"),
        ("¿Tienen vino sin alcohol?", "es", "Lo siento, esta noche nuestra carta no tiene vino sin alcohol"),
        ("vorrei un vino senza alcol", "it", "Mi dispiace, stasera la nostra carta non ha vini analcolici"),
        ("Haben Sie etwas Alkoholfreies?", "de", "Leider hat unsere Karte heute Abend keinen alkoholfreien Wein"),
    ],
)
def test_no_alcohol_free_wine_is_said_in_the_diners_language(
    seafood_house: Restaurant, question: str, language: str, start: str
) -> None:
    result = recommend(restaurant=seafood_house, query=question)

    assert result.picks == []
    assert result.understood.language == language
    assert write_answer(result).startswith(start)


def test_il_est_sucre_asks_whether_the_wine_in_focus_is_sweet(seafood_house: Restaurant) -> None:
    first = recommend(restaurant=seafood_house, query="une choucroute garnie, vous avez un riesling ?")
    asked = recommend(restaurant=seafood_house, query="il est sucré ?", state=first.state())

    assert asked.understood.dish != "sucré"
    assert [pick.wine.name for pick in asked.picks] == ["Riesling Kabinett"]
    assert write_answer(asked).startswith("Non, le Riesling Kabinett de Dr. Loosen est demi-sec.")


def test_short_words_typed_in_a_hurry_are_read(seafood_house: Restaurant) -> None:
    result = recommend(restaurant=seafood_house, query="whats a good whit for the grilled tuna undr 50")

    assert result.understood.constraints.colours == frozenset({"white"})
    assert result.understood.constraints.max_price == Decimal("50")
    assert result.picks
    assert all(pick.wine.colour == "white" and pick.wine.bottle_price <= 50 for pick in result.picks)


def test_like_a_place_the_list_lacks_is_what_tastes_like_it_not_its_grape_whatever_its_style(
    restaurant_a: Restaurant,
) -> None:
    wine(restaurant_a, "Russian River Chardonnay", producer="Ramey", region="Russian River Valley", country="USA",
         grapes=["Chardonnay"], bottle_price=Decimal("96"), description="Buttery, toasty, new oak, big.")  # fmt: skip
    wine(restaurant_a, "Assyrtiko", producer="Domaine Sigalas", region="Santorini", country="Greece",
         grapes=["Assyrtiko"], bottle_price=Decimal("78"), description="Bone dry, saline, lemon, flinty.")  # fmt: skip
    wine(restaurant_a, "Muscadet Sèvre et Maine", producer="Domaine de la Pépière", region="Loire", country="France",
         grapes=["Melon de Bourgogne"], bottle_price=Decimal("38"), description="Crisp, saline, unoaked.")  # fmt: skip
    wine_index_sync(restaurant_id=restaurant_a.pk)
    try:
        result = recommend(restaurant=restaurant_a, query="something like a Chablis?")
    finally:
        wine_index_drop(restaurant_id=restaurant_a.pk)

    assert result.understood.names_missing == ("Chablis",)
    assert result.picks[0].wine.producer != "Ramey"
    assert all(pick.profile.oak <= 1 for pick in result.picks[:2])


def test_a_diet_label_before_the_dish_is_no_dish_of_its_own(seafood_house: Restaurant) -> None:
    result = recommend(restaurant=seafood_house, query="vegetarian: grilled vegetables with romesco")

    assert result.parsed.dish_words == ("grilled vegetables with romesco",)
    assert "vegetarian" not in write_answer(result)


def test_a_wine_called_by_its_whole_name_is_that_wine_though_its_words_are_the_trades(
    seafood_house: Restaurant,
) -> None:
    first = recommend(restaurant=seafood_house, query="is the Vintage Port ready to drink?")
    assert [pick.wine.name for pick in first.picks] == ["Vintage Port"]
    assert "still young and firm" in write_answer(first)  # a 2019 Vintage Port is decades from its best
    price = recommend(restaurant=seafood_house, query="how much is it?", state=first.state())
    assert write_answer(price).startswith("The Graham's Vintage Port is $150 the bottle")
    # "A Port for the cheese" names no wine: both Ports may answer it.
    assert recommend(restaurant=seafood_house, query="a Port for the cheese").understood.refinements == ()


@pytest.mark.parametrize(
    ("note", "item"),
    [
        ("À boire avec un comté de 24 mois.", {"aged cheese"}),
        ("Perfetto con il vitello tonnato.", {"vitello tonnato"}),
        ("Ideal con un cochinillo asado.", {"cochinillo asado"}),
        ("Passt zum Wiener Schnitzel.", {"cotoletta alla milanese"}),
        ("Oysters' best friend. Bone dry.", {"oyster"}),
    ],
)
def test_a_lists_note_in_its_own_language_names_what_the_wine_is_for(note: str, item: set[str]) -> None:
    assert frozenset(item) in suggested_items(note)


def test_nothing_cheaper_from_a_place_says_in_which_colour(seafood_house: Restaurant) -> None:
    wine(seafood_house, "Albariño", producer="Pazo de Señorans", region="Rías Baixas", country="Spain",
         grapes=["Albariño"], bottle_price=Decimal("64"), description="Peach, sea spray.")  # fmt: skip
    wine(seafood_house, "Manzanilla", producer="Hidalgo La Gitana", region="Sanlúcar de Barrameda", country="Spain",
         grapes=["Palomino"], colour="dessert", bottle_price=Decimal("42"), description="Very dry, sea air.")  # fmt: skip
    wine_index_sync(restaurant_id=seafood_house.pk)
    first = recommend(restaurant=seafood_house, query="a white from Spain for the clams")
    cheaper = recommend(restaurant=seafood_house, query="cheaper?", state=first.state())

    assert "least expensive white from Spain" in write_answer(cheaper)


def test_one_wine_for_each_dish_is_no_bottle_for_both(bistro: Restaurant) -> None:
    result = recommend(restaurant=bistro, query="one wine for the lamb and one for the crème brûlée")

    assert all(pick.for_dish for pick in result.picks)
    # A dessert and the cheeses share a sweet wine: a Port for the mousse and the plateau.
    sweet = recommend(restaurant=bistro, query="the mousse au chocolat and the plateau de fromages")
    assert sweet.picks[0].for_dish == ""
    assert sweet.picks[0].profile.sweetness >= 3


def test_a_body_said_both_ways_keeps_the_wine_named(bistro: Restaurant) -> None:
    result = recommend(restaurant=bistro, query="a full-bodied but light Morgon")

    assert result.understood.contradictions == (
        "No wine is light and full-bodied at once, so I have looked between the two",
    )
    assert result.picks
    assert [pick.wine.name for pick in result.picks] == ["Morgon"]
    # "Bold" is said of flavour as often as of body: no contradiction.
    assert recommend(restaurant=bistro, query="a light but bold red for the duck").understood.contradictions == ()


def test_with_typed_as_whit_is_not_white(bistro: Restaurant) -> None:
    assert recommend(restaurant=bistro, query="a red whit the lamb").understood.constraints.colours == frozenset(
        {"red"}
    )


def test_a_glass_each_is_answered_in_the_diners_language(bistro: Restaurant) -> None:
    text = write_answer(recommend(restaurant=bistro, query="les huîtres et l'agneau, un verre chacun"))

    assert text.startswith("Pour un verre avec les huîtres")
    assert "Et pour l'agneau" in text


def test_a_dish_the_diner_says_is_sweet_gets_wines_for_the_dish_not_dessert_wines(bistro: Restaurant) -> None:
    for question in ("the pork belly is quite sweet, what wine?", "le porc au caramel est sucré, quel vin ?"):
        result = recommend(restaurant=bistro, query=question)

        assert result.picks, question
        assert {pick.wine.colour for pick in result.picks}.isdisjoint({"dessert"}), question
        assert "sucré" not in write_answer(result), question


def test_the_cheaper_of_the_two_is_of_the_two_just_compared(bistro: Restaurant) -> None:
    shown = recommend(restaurant=bistro, query="a red for the lamb")
    first, _, third = (pick.wine for pick in shown.picks)
    compared = recommend(restaurant=bistro, query="which is lighter, the first or the third?", state=shown.state())
    state = DialogueState.from_json(json.loads(json.dumps(compared.state().as_json())))

    for question in ("and the cheaper of the two?", "et le moins cher des deux ?", "und der günstigere von beiden?"):
        result = recommend(restaurant=bistro, query=question, state=state)

        assert {pick.wine.pk for pick in result.picks} == {first.pk, third.pk}, question
        cheaper = min((first, third), key=lambda wine: wine.bottle_price)
        text = write_answer(result)
        assert text.index(cheaper.name) < text.index(({first, third} - {cheaper}).pop().name), text


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("lequel est le plus léger, le premier ou le troisième ?", "le plus léger est"),
        ("¿cuál es más ligero, el primero o el tercero?", "el más ligero es"),
        ("qual è più leggero, il primo o il terzo?", "il più leggero è"),
    ],
)
def test_which_of_two_is_lighter_is_answered_in_the_diners_language(
    bistro: Restaurant, question: str, opening: str
) -> None:
    shown = recommend(restaurant=bistro, query="a red for the lamb")
    result = recommend(restaurant=bistro, query=question, state=shown.state())
    lighter = next(pick.wine for pick in result.picks if pick.wine.pk == result.turn.focus)
    other = next(pick.wine for pick in result.picks if pick.wine.pk != result.turn.focus)

    text = write_answer(result)
    assert len(result.picks) == 2
    assert opening in text, text
    assert text.index(opening) < text.index(lighter.name) < text.index(other.name), text
    assert "Of the two" not in text
    assert rubric_problems(text, result) == []


def test_is_the_grape_sweet_of_a_grape_just_shown_is_about_the_wines_shown(restaurant_a: Restaurant) -> None:
    for name, description in (
        ("Eroica Riesling", "Off-dry, lime and apricot."),
        ("Riesling Trocken", "Bone-dry, slate and green apple."),
        ("Riesling Spätlese", "Sweet, peach and honey."),
    ):
        wine(restaurant_a, name, grapes=["Riesling"], region="Mosel", description=description)
    wine(restaurant_a, "Sancerre", grapes=["Sauvignon Blanc"], region="Loire", description="Crisp, flinty.")
    wine_index_sync(restaurant_id=restaurant_a.pk)
    shown = recommend(restaurant=restaurant_a, query="a dry white for the oysters")
    rieslings_shown = {pick.wine.pk for pick in shown.picks if "Riesling" in pick.wine.grapes}
    assert rieslings_shown, [pick.wine.name for pick in shown.picks]

    result = recommend(restaurant=restaurant_a, query="is the riesling sweet?", state=shown.state())

    assert {pick.wine.pk for pick in result.picks} == rieslings_shown
    assert "Spätlese" not in write_answer(result)
    wine_index_drop(restaurant_id=restaurant_a.pk)


@pytest.mark.parametrize(
    ("first", "price_asked", "said"),
    [
        ("a glass of champagne for the oysters", "how much a bottle", "$90"),
        ("a bottle of champagne for the oysters", "whats the glass price on that", "$18 a glass"),
    ],
)
def test_the_price_of_the_wine_shown_is_told_not_a_new_search(
    bistro: Restaurant, first: str, price_asked: str, said: str
) -> None:
    shown = recommend(restaurant=bistro, query=first)
    assert shown.picks[0].wine.name == "Champagne Brut"

    result = recommend(restaurant=bistro, query=price_asked, state=shown.state())

    assert [pick.wine.name for pick in result.picks] == ["Champagne Brut"]
    assert said in write_answer(result)


def test_nothing_lighter_by_the_glass_leads_with_the_lightest_glass_not_the_best_pairing(bistro: Restaurant) -> None:
    state = recommend(restaurant=bistro, query="a red by the glass for the lamb").state()
    result = recommend(restaurant=bistro, query="something lighter", state=state)
    while not result.nothing_fits:
        result = recommend(restaurant=bistro, query="even lighter", state=result.state())

    glasses = list(Wine.objects.filter(restaurant=bistro, colour="red", glass_price__isnull=False))
    lightest = min(profile_of(wine).body for wine in glasses)
    assert profile_of(result.picks[0].wine).body == lightest, [pick.wine.name for pick in result.picks]
    assert all(pick.wine.glass_price is not None for pick in result.picks)


def test_a_sweet_wine_asked_about_beside_a_savoury_dish_is_not_praised_for_that_dish(bistro: Restaurant) -> None:
    shown = recommend(restaurant=bistro, query="a red for the lamb")
    result = recommend(restaurant=bistro, query="is the sauternes sweet?", state=shown.state())

    assert [pick.wine.name for pick in result.picks] == ["Sauternes"]
    text = write_answer(result)
    assert "lamb" not in text.split("Sauternes", 1)[1], text
    assert rubric_problems(text, result) == []


def test_would_it_work_with_a_new_dish_is_answered_yes_for_the_wine_in_focus(seafood_house: Restaurant) -> None:
    first = recommend(restaurant=seafood_house, query="a red for grilled lamb chops")
    focus = first.picks[0].wine.name
    assert first.picks[0].wine.colour == "red"

    again = recommend(restaurant=seafood_house, query="would it work with the beef stew?", state=first.state())
    answer = write_answer(again)

    assert again.picks[0].wine.name == focus
    assert again.understood.fit == "yes"
    assert answer.startswith("Yes"), answer
    assert "the beef stew" in answer
    assert not rubric_problems(answer, again)
    # "Too" asks for that wine with this dish as well, not for one more wine; a course named is a dish.
    cheese = recommend(restaurant=seafood_house, query="is it good with cheese too?", state=again.state())
    assert cheese.picks[0].wine.name == focus
    assert cheese.understood.fit or cheese.understood.named_clash


def test_a_wine_pointed_at_that_clashes_with_a_new_dish_leads_and_better_ones_follow(
    seafood_house: Restaurant,
) -> None:
    first = recommend(restaurant=seafood_house, query="a white for the clams")
    white = first.picks[0].wine

    clash = recommend(restaurant=seafood_house, query="does the first one go with the lamb shank?", state=first.state())
    answer = write_answer(clash)

    assert clash.picks[0].wine == white
    assert clash.understood.named_clash == white.name
    assert {pick.wine.colour for pick in clash.picks[1:]} == {"red"}
    assert re.search(r"^(?:Honestly|I would steer you away)", answer), answer
    assert re.search(r"(?:a meat this rich|would vanish)", answer), answer
    assert not rubric_problems(answer, clash)


def test_a_wine_named_with_a_dish_it_only_half_suits_leads_with_the_closer_matches_after_it(
    seafood_house: Restaurant,
) -> None:
    # Off-dry Riesling beside grilled sardines: no clash, but not what a sommelier pours first.
    result = recommend(restaurant=seafood_house, query="would the Riesling Kabinett work with grilled sardines?")
    answer = write_answer(result)

    assert result.picks[0].wine.name == "Riesling Kabinett"
    assert result.understood.fit == "fair", answer
    assert "first choice" in answer or "closer matches" in answer
    assert re.search(r"(?:instead|the better bottle)", answer), answer
    assert len(result.picks) > 1  # the closer matches follow it
    assert not rubric_problems(answer, result)


def test_what_would_go_with_a_dish_is_a_request_not_a_yes_or_no(seafood_house: Restaurant) -> None:
    first = recommend(restaurant=seafood_house, query="a white for the clams")
    for question in (
        "what would go with the lamb shank?",
        "a red that would go with the lamb shank",
        "is it possible to get something that would go with the lamb shank?",
        "can it be something that would go with the lamb shank?",
    ):
        result = recommend(restaurant=seafood_house, query=question, state=first.state())
        assert result.understood.fit == "", question
        assert not result.understood.named_clash, question
        assert result.picks[0].wine.colour == "red", question


def test_one_bottle_said_on_its_own_with_no_red_is_the_white_that_serves_both_dishes(bistro: Restaurant) -> None:
    # Oysters and the lamb, "no red": the one bottle is judged by the dish it suits least, the
    # lamb, not poured for the oysters alone.
    result = recommend(
        restaurant=bistro, query="we're having the oysters and the lamb shoulder, my wife doesn't drink red, one bottle"
    )
    answer = write_answer(result)

    assert result.parsed.said is not None
    assert result.parsed.said.one_for_all
    assert all(pick.wine.colour != "red" for pick in result.picks)
    assert result.picks[0].wine.name != "Muscadet Sèvre et Maine"  # the oysters' wine, lost beside the lamb
    assert re.search(r"(?:the one bottle that serves both|One bottle across)", answer), answer
    assert not rubric_problems(answer, result)
    # A bottle asked for in passing is no bottle for everything.
    assert not recommend(restaurant=bistro, query="one bottle of red for the lamb").parsed.said.one_for_all  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("language", "first", "asked", "opening"),
    [
        (
            "fr",
            "un rouge pour l'agneau grillé",
            "et le premier irait-il avec les palourdes ?",
            r"^(?:Honnêtement|Je vous déconseillerais)",
        ),
        ("es", "un tinto para el cordero", "¿el primero iría bien con las almejas?", r"^Sinceramente"),
        ("it", "un rosso per l'agnello", "e il primo andrebbe bene con le vongole?", r"^Sinceramente"),
        ("de", "einen Rotwein zum Lamm", "passt der erste zu den Muscheln?", r"^Ehrlich gesagt"),
    ],
)
def test_whether_a_wine_shown_suits_a_new_dish_is_answered_in_the_diners_language(
    seafood_house: Restaurant, language: str, first: str, asked: str, opening: str
) -> None:
    before = recommend(restaurant=seafood_house, query=first)
    red = before.picks[0].wine
    assert red.colour == "red"

    result = recommend(restaurant=seafood_house, query=asked, state=before.state())
    answer = write_answer(result)

    assert result.understood.language == language
    assert result.picks[0].wine == red
    assert result.understood.named_clash == red.name
    assert re.search(opening, answer), answer
    assert {pick.wine.colour for pick in result.picks[1:]} <= {"white", "sparkling"}
    assert not rubric_problems(answer, result)


def test_two_wines_to_choose_between_are_no_yes_or_no_question() -> None:
    said = parse_question("should we go with the Cahors or the Mercurey for the lamb?").said
    assert said is not None
    assert not said.fit_asked
    asked = parse_question("do you think it would go with the salmon?").said
    assert asked is not None
    assert asked.fit_asked
    assert asked.about_picks == (FOCUS,)


@pytest.mark.parametrize(
    ("asked", "worry", "positions"),
    [
        ("is the second one too light for the lamb?", "light", (2,)),
        ("would it be too oaky with the sole?", "oaky", (FOCUS,)),
        ("est-ce que le premier est trop léger pour l'agneau ?", "leger", (1,)),
        ("¿no es demasiado ligero para el cordero?", "ligero", (FOCUS,)),
        ("ist der zweite nicht zu leicht für den Rehrücken?", "leicht", (2,)),
        ("o segundo é leve demais para o cordeiro?", "leve", (2,)),
    ],
)
def test_a_fault_feared_of_a_wine_shown_is_a_yes_or_no_not_a_step_away(
    asked: str, worry: str, positions: tuple[int, ...]
) -> None:
    said = parse_question(asked).said
    assert said is not None
    assert said.fit_asked
    assert said.fit_worry == worry
    assert said.about_picks == positions
    assert not said.lighter
    assert not said.bolder
    assert not said.style_words


@pytest.mark.parametrize(
    "asked",
    [
        "is there something not too heavy for the sole?",
        "quelque chose de pas trop lourd pour la sole ?",
        "prob too heavy for raw fish.. smth lighter?",
    ],
)
def test_a_wish_for_a_wine_not_too_heavy_is_no_fault_feared(asked: str) -> None:
    said = parse_question(asked).said
    assert said is not None
    assert not said.fit_worry
    assert not said.fit_asked


def test_is_it_too_light_for_the_lamb_answers_the_fear_about_the_wine_pointed_at(bistro: Restaurant) -> None:
    first = recommend(restaurant=bistro, query="a red for the duck")
    second = first.picks[1].wine

    result = recommend(
        restaurant=bistro, query="is the second one too light for the lamb shoulder?", state=first.state()
    )
    answer = write_answer(result)

    assert result.picks[0].wine == second
    assert "bolder" not in result.understood.refinements
    assert result.understood.fit == "yes", answer
    assert re.search(r"^(?:No, .* is not too light for the roast lamb shoulder|Not at all)", answer), answer
    assert not rubric_problems(answer, result)


@pytest.mark.parametrize(
    ("asked", "position"),
    [
        ("How about the first one with the lamb shoulder, would that work?", 1),
        ("Et avec l'épaule d'agneau, il irait ?", FOCUS),
        ("und zum Lamm, passt das?", FOCUS),
    ],
)
def test_the_dish_said_first_and_the_question_last_is_a_yes_or_no(
    bistro: Restaurant, asked: str, position: int
) -> None:
    first = recommend(restaurant=bistro, query="a red for the duck")
    said = parse_question(asked).said
    assert said is not None
    assert said.fit_asked
    assert said.about_picks == (position,)

    result = recommend(restaurant=bistro, query=asked, state=first.state())
    assert result.picks[0].wine == first.picks[0].wine
    assert result.understood.fit or result.understood.named_clash
    assert not rubric_problems(write_answer(result), result)


@pytest.mark.parametrize(
    ("first", "asked", "language", "steered"),
    [
        (
            "would the Mouchão go with the grilled sole?",
            "which would go better with the sole, the first or the second?",
            "en",
            r"(?:is not one for|for another dish)",
        ),
        (
            "le Mouchão irait-il avec la sole grillée ?",
            "lequel irait le mieux avec la sole, le premier ou le deuxième ?",
            "fr",
            r"n'est pas pour",
        ),
        (
            "würde der Mouchão zur Seezunge passen?",
            "welcher passt besser zur Seezunge, der erste oder der zweite?",
            "de",
            r"passt nicht zur",
        ),
    ],
)
def test_which_of_two_goes_better_with_a_dish_puts_the_better_match_first_and_the_clash_plainly(
    seafood_house: Restaurant, first: str, asked: str, language: str, steered: str
) -> None:
    before = recommend(restaurant=seafood_house, query=first)
    red = before.picks[0].wine
    assert red.name == "Mouchão"
    assert before.understood.named_clash == red.name

    result = recommend(restaurant=seafood_house, query=asked, state=before.state())
    answer = write_answer(result)

    assert result.understood.language == language
    assert [pick.wine for pick in result.picks] == [before.picks[1].wine, red]  # the better match first
    assert re.search(steered, answer), answer
    assert not rubric_problems(answer, result)


def test_a_wine_named_above_the_budget_said_before_is_judged_and_its_price_said(seafood_house: Restaurant) -> None:
    before = recommend(restaurant=seafood_house, query="a white for the grilled sole under 50")
    assert all(pick.wine.bottle_price <= 50 for pick in before.picks)

    result = recommend(
        restaurant=seafood_house, query="would the Encruzado Reserva go with the sole?", state=before.state()
    )
    answer = write_answer(result)

    assert not result.nothing_fits
    assert result.picks[0].wine.name == "Encruzado Reserva"
    assert result.understood.fit in ("yes", "fair")  # judged, not "nothing in your price range"
    assert "At $72 it is above the $50 you mentioned." in answer, answer
    assert "reserva" not in (result.understood.dish or "").lower()
    assert all(pick.wine.bottle_price <= 50 for pick in result.picks[1:])
    assert not rubric_problems(answer, result)
