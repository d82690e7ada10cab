"""Recommendations: constraints that always hold, pairing that makes sense, tenants apart, the API around it."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from api.keys import api_key_create
from llm import gateway as gateway_module
from llm.testing.server import LLMTestServer
from recommendations import recommender
from recommendations.evaluation import check_turn
from recommendations.models import Course, MenuItem, Restaurant, Wine
from recommendations.question import parse_question
from recommendations.recommender import recommend, satisfies
from recommendations.retrieval.vector_index import wine_index_drop, wine_index_sync
from recommendations.voice import rubric_problems, write_answer
from tests.bistro import house_words
from tests.factories import MenuItemFactory, WineFactory
from tests.live import gateway_on_test_server

pytestmark = pytest.mark.django_db


def wine(restaurant: Restaurant, name: str, **fields: Any) -> Wine:
    defaults: dict[str, Any] = {
        "producer": "Domaine",
        "grapes": ["Gamay"],
        "colour": "red",
        "bottle_price": Decimal("50"),
    }
    return WineFactory.create(restaurant=restaurant, name=name, **{**defaults, **fields})


@pytest.fixture
def cellar(restaurant_a: Restaurant) -> Iterator[Restaurant]:
    """A list full of traps: cheap but out of stock, right colour but too dear, by the glass or not."""
    wine(
        restaurant_a,
        "Syrah Cornas",
        grapes=["Syrah"],
        bottle_price=Decimal("58"),
        glass_price=Decimal("14"),
        description="Full-bodied and firmly tannic, black olive and smoked meat. Built for lamb.",
    )
    wine(
        restaurant_a,
        "Cabernet Napa",
        grapes=["Cabernet Sauvignon"],
        bottle_price=Decimal("95"),
        description="Full-bodied, tannic, blackcurrant and cedar; for steak and lamb.",
    )
    wine(
        restaurant_a,
        "Morgon",
        grapes=["Gamay"],
        bottle_price=Decimal("45"),
        description="Light, juicy red cherries, low tannin. Charcuterie and roast chicken.",
    )
    wine(
        restaurant_a,
        "Cheap Sold Out Syrah",
        grapes=["Syrah"],
        bottle_price=Decimal("30"),
        in_stock=False,
        description="Full-bodied, peppery Syrah.",
    )
    wine(
        restaurant_a,
        "Sancerre",
        grapes=["Sauvignon Blanc"],
        colour="white",
        bottle_price=Decimal("52"),
        glass_price=Decimal("13"),
        description="Crisp, high acidity, citrus and flint. Goat cheese and oysters.",
    )
    wine(
        restaurant_a,
        "Champagne Brut",
        grapes=["Chardonnay", "Pinot Noir"],
        colour="sparkling",
        vintage=None,
        bottle_price=Decimal("90"),
        glass_price=Decimal("18"),
        description="Fine bubbles, brioche, crisp acidity.",
    )
    wine(
        restaurant_a,
        "Sauternes",
        grapes=["Sémillon"],
        colour="dessert",
        bottle_price=Decimal("70"),
        description="Sweet, honeyed apricot and botrytis; with blue cheese and fruit tarts.",
    )
    MenuItemFactory.create(
        restaurant=restaurant_a,
        name="Roast lamb shoulder",
        description="Slow-roasted with rosemary and garlic jus",
        tags=["lamb", "roasted", "rich"],
    )
    MenuItemFactory.create(
        restaurant=restaurant_a,
        name="Oysters",
        description="Six Fine de Claire oysters, mignonette",
        tags=["oysters", "shellfish", "raw"],
    )
    wine_index_sync(restaurant_id=restaurant_a.pk)
    yield restaurant_a
    wine_index_drop(restaurant_id=restaurant_a.pk)


@pytest.mark.parametrize(
    "question",
    [
        "a red under $60 for the lamb?",
        "something under 60 dollars",
        "a glass of red under $15",
        "bubbles by the glass",
        "something sweet",
        "white wine less than 55",
        "the cheapest red you have",
    ],
)
def test_every_wine_shown_meets_every_constraint(cellar: Restaurant, question: str) -> None:
    result = recommend(restaurant=cellar, query=question)

    assert result.picks
    for pick in result.picks:
        assert pick.wine.restaurant_id == cellar.pk
        assert pick.wine.in_stock
        if not pick.alternative:
            assert satisfies(pick.wine, result.constraints), (question, pick.wine)


def test_a_red_under_60_for_the_lamb_is_the_syrah(cellar: Restaurant) -> None:
    result = recommend(restaurant=cellar, query="a red under $60 for the lamb?")

    assert [dish.name for dish in result.dishes] == ["Roast lamb shoulder"]
    assert result.constraints.max_price == Decimal("60")
    assert result.picks[0].wine.name == "Syrah Cornas"
    assert {pick.wine.name for pick in result.picks} <= {"Syrah Cornas", "Morgon"}
    assert result.understood.dish == "Roast lamb shoulder"
    assert "lamb shoulder" in " ".join(result.picks[0].reasons)
    assert result.picks[0].tasting_note == "Full-bodied and firmly tannic, black olive and smoked meat."


@pytest.mark.parametrize("question", ["Pair with my main", "something for the main course", "a red for my main?"])
def test_my_main_without_naming_it_pairs_with_the_menus_mains(cellar: Restaurant, question: str) -> None:
    MenuItem.objects.filter(restaurant=cellar, name="Oysters").update(course=Course.STARTER)

    result = recommend(restaurant=cellar, query=question)

    assert [dish.name for dish in result.dishes] == ["Roast lamb shoulder"]
    assert result.understood.dish_source == "mains"
    assert "tonight's mains" in write_answer(result).split(".")[0]


def test_bold_reds_start_with_the_fullest_firmest_and_leave_the_light_one_out(cellar: Restaurant) -> None:
    wine(
        cellar,
        "Santa Rita Hills Pinot Noir",
        grapes=["Pinot Noir"],
        description="Medium-to-full-bodied, silky, supple tannins, black cherry.",
    )
    wine_index_sync(restaurant_id=cellar.pk)

    result = recommend(restaurant=cellar, query="I like bold reds", k=4)

    names = [pick.wine.name for pick in result.picks]
    assert set(names[:2]) == {"Syrah Cornas", "Cabernet Napa"}
    # "Bold" is the diner's to choose: the light Morgon is no answer while fuller reds are listed.
    assert names[2:] == ["Santa Rita Hills Pinot Noir"]


def test_not_too_heavy_for_a_steak_steps_back_from_the_fullest_reds(cellar: Restaurant) -> None:
    wine(
        cellar,
        "Rioja Crianza",
        grapes=["Tempranillo"],
        bottle_price=Decimal("48"),
        description="Medium-bodied, red cherry and a touch of vanilla.",
    )
    wine_index_sync(restaurant_id=cellar.pk)

    heavy = recommend(restaurant=cellar, query="a red for the ribeye")
    lighter = recommend(restaurant=cellar, query="a red for the ribeye, not too heavy")

    assert heavy.picks[0].wine.name in {"Syrah Cornas", "Cabernet Napa"}
    assert lighter.picks[0].wine.name == "Rioja Crianza"
    assert any("not heavy" in reason for reason in lighter.picks[0].reasons)


def test_a_pinot_noir_is_the_red_not_a_champagne_with_pinot_noir_in_it(cellar: Restaurant) -> None:
    wine(
        cellar,
        "Blanc de Noirs",
        colour="sparkling",
        grapes=["Pinot Noir", "Chardonnay"],
        bottle_price=Decimal("80"),
        glass_price=Decimal("16"),
    )
    wine(cellar, "Bourgogne Rouge", grapes=["Pinot Noir"], bottle_price=Decimal("55"))
    wine_index_sync(restaurant_id=cellar.pk)

    by_the_glass = recommend(restaurant=cellar, query="a glass of pinot noir", k=3)
    bubbles = recommend(restaurant=cellar, query="a sparkling pinot noir by the glass", k=3)

    # None is poured by the glass: said so, with the nearest offered, not the Champagne as one.
    assert by_the_glass.nothing_fits
    assert "Pinot Noir" in write_answer(by_the_glass)
    assert not bubbles.nothing_fits
    assert "Blanc de Noirs" in [pick.wine.name for pick in bubbles.picks]


def test_a_wine_the_lists_own_note_suggests_for_the_dish_is_among_the_first(cellar: Restaurant) -> None:
    fendant = wine(
        cellar,
        "Fendant de Fully",
        colour="white",
        grapes=["Chasselas"],
        region="Valais",
        bottle_price=Decimal("48"),
        description="Soft, floral, mineral. Raclette wine.",
    )
    wine_index_sync(restaurant_id=cellar.pk)

    result = recommend(restaurant=cellar, query="what goes with raclette?", k=3)

    # Light and soft, no structural rule picks it for melted cheese; the list's own note does.
    pick = next(pick for pick in result.picks if pick.wine.pk == fendant.pk)
    assert pick.reasons[0] == "our list itself suggests it with the raclette"
    # Lifted by its note, it does not stand alone: the others are judged against its own merit.
    assert len(result.picks) > 1


def test_a_wine_refused_by_its_producer_is_never_shown(cellar: Restaurant) -> None:
    wine(
        cellar,
        "Brut Nature",
        producer="Juvé & Camps",
        colour="sparkling",
        grapes=["Xarel·lo"],
        bottle_price=Decimal("40"),
    )
    wine_index_sync(restaurant_id=cellar.pk)
    bubbles = recommend(restaurant=cellar, query="something sparkling", k=3)
    assert "Brut Nature" in [pick.wine.name for pick in bubbles.picks]

    refused = recommend(restaurant=cellar, query="no juve y camps please", k=3, state=bubbles.state())

    assert refused.constraints.refused_names == ("juve camps",)
    assert refused.picks
    assert "Brut Nature" not in [pick.wine.name for pick in refused.picks]
    # Named again, it is wanted again.
    again = recommend(restaurant=cellar, query="ok fine, the juve y camps then", k=3, state=refused.state())
    assert again.constraints.refused_names == ()
    assert [pick.wine.name for pick in again.picks] == ["Brut Nature"]


@pytest.mark.parametrize("question", ["two bottles: one white, one red", "a red or a white for the lamb"])
def test_two_colours_asked_shows_the_best_of_each(cellar: Restaurant, question: str) -> None:
    result = recommend(restaurant=cellar, query=question, k=3)

    assert {pick.wine.colour for pick in result.picks[:2]} == {"red", "white"}
    assert not result.nothing_fits


def test_a_sparkling_wine_but_not_champagne_is_the_other_bubbles(cellar: Restaurant) -> None:
    wine(
        cellar,
        "Crémant de Loire",
        colour="sparkling",
        grapes=["Chenin Blanc"],
        region="Loire Valley",
        bottle_price=Decimal("48"),
        description="Crisp bubbles, quince and pear.",
    )
    wine(
        cellar,
        "Grande Cuvée",
        colour="sparkling",
        grapes=["Chardonnay"],
        region="Champagne",
        bottle_price=Decimal("120"),
    )
    wine_index_sync(restaurant_id=cellar.pk)

    result = recommend(restaurant=cellar, query="a sparkling wine, not champagne", k=3)

    # Both the wine named Champagne and the one from the region are refused; the bubbles stay.
    assert [pick.wine.name for pick in result.picks] == ["Crémant de Loire"]
    assert not result.nothing_fits


def test_braised_beef_under_a_glass_budget_gets_the_light_reds_not_a_rose_to_make_three(
    restaurant_a: Restaurant,
) -> None:
    for name, grapes, glass, description in (
        ("Eola-Amity Pinot Noir", ["Pinot Noir"], "17", "cranberry, red cherry, spice; medium-light"),
        ("Bone-Jolly Gamay", ["Gamay"], "15", "juicy, crunchy red fruit; light, served cool"),
        ("Zinfandel", ["Zinfandel"], "26", "ripe, plush, briary; full body"),
    ):
        wine(
            restaurant_a,
            name,
            grapes=grapes,
            bottle_price=Decimal("70"),
            glass_price=Decimal(glass),
            description=description,
        )
    for name, glass in (("Ode to Lulu Rosé", "15"), ("Patelin Rosé", "13")):
        wine(
            restaurant_a,
            name,
            colour="rose",
            grapes=["Mourvèdre", "Grenache"],
            bottle_price=Decimal("50"),
            glass_price=Decimal(glass),
            description="Dry, medium-bodied rosé with wild strawberry.",
        )
    wine_index_sync(restaurant_id=restaurant_a.pk)

    result = recommend(restaurant=restaurant_a, query="braised short ribs, max 20 a glass", k=3)

    # Only two reds come in under $20 a glass; a rosé does not make up the three.
    assert sorted(pick.wine.name for pick in result.picks) == ["Bone-Jolly Gamay", "Eola-Amity Pinot Noir"]


def test_a_region_refused_in_german_is_the_region_on_the_list(cellar: Restaurant) -> None:
    wine(cellar, "Pinot Gris Barriques", colour="white", grapes=["Pinot Gris"], region="Alsace")
    wine(cellar, "Vouvray Sec", colour="white", grapes=["Chenin Blanc"], region="Loire Valley")
    wine_index_sync(restaurant_id=cellar.pk)

    first = recommend(restaurant=cellar, query="ein Weißwein zum Käsefondue", k=3)
    result = recommend(restaurant=cellar, query="Bitte nix aus dem Elsass", k=3, state=first.state())

    # "Elsass" is Alsace, and "nix aus dem" refuses it as "nothing from" would.
    assert "Pinot Gris Barriques" in [pick.wine.name for pick in first.picks]
    assert "Vouvray Sec" in [pick.wine.name for pick in result.picks]
    assert "Pinot Gris Barriques" not in [pick.wine.name for pick in result.picks]


def test_a_colour_poured_by_the_bottle_only_is_offered_by_the_bottle_and_said_so(cellar: Restaurant) -> None:
    wine(cellar, "Skin Contact Chenin", colour="orange", grapes=["Chenin Blanc"], bottle_price=Decimal("48"))
    wine(cellar, "Bourgogne Rouge", grapes=["Pinot Noir"], bottle_price=Decimal("55"))
    wine_index_sync(restaurant_id=cellar.pk)

    orange = recommend(restaurant=cellar, query="any orange wine by the glass?", k=3)
    pinot = recommend(restaurant=cellar, query="a glass of pinot noir", k=3)

    # Not a red or a sparkling wine by the glass passed off as the closest: the orange wine, by the bottle.
    assert orange.nothing_fits
    assert [pick.wine.name for pick in orange.picks] == ["Skin Contact Chenin"]
    assert "We don't pour an orange wine by the glass" in write_answer(orange)
    assert "by the bottle" in write_answer(orange)
    assert [pick.wine.name for pick in pinot.picks] == ["Bourgogne Rouge"]
    assert "We don't pour a Pinot Noir by the glass" in write_answer(pinot)


def test_a_grape_or_place_the_list_does_not_have_is_said_and_its_grapes_guide_the_choice(
    cellar: Restaurant,
) -> None:
    wine(cellar, "Bourgogne Blanc", colour="white", grapes=["Chardonnay"], bottle_price=Decimal("44"))
    wine(cellar, "Sancerre", colour="white", grapes=["Sauvignon Blanc"], bottle_price=Decimal("46"))
    wine_index_sync(restaurant_id=cellar.pk)

    chablis = recommend(restaurant=cellar, query="do you have a Chablis?", k=3)
    nebbiolo = recommend(restaurant=cellar, query="a nebbiolo for the lamb", k=3)

    assert chablis.understood.names_missing == ("Chablis",)
    assert [pick.wine.name for pick in chablis.picks] == ["Bourgogne Blanc"]  # Chablis is Chardonnay
    assert "We have no Chablis on our list" in write_answer(chablis)
    assert nebbiolo.understood.names_missing == ("Nebbiolo",)
    assert "We have no Nebbiolo on our list" in write_answer(nebbiolo)
    assert not rubric_problems(write_answer(nebbiolo), nebbiolo)
    syrah = recommend(restaurant=cellar, query="a Syrah for the lamb", k=3)
    assert syrah.understood.names_missing == ()
    assert not syrah.nothing_fits


def test_a_full_bodied_red_whose_note_says_light_is_not_sold_as_light(cellar: Restaurant) -> None:
    wine(
        cellar,
        "Rioja Gran Reserva",
        grapes=["Tempranillo"],
        description="Full-bodied and firm, light on new oak, leather and dried cherry.",
    )
    wine_index_sync(restaurant_id=cellar.pk)

    result = recommend(restaurant=cellar, query="a light red", k=4)

    # The body decides, not the note's word: the full-bodied Rioja is no light red, and not offered as one.
    assert result.picks[0].wine.name == "Morgon"
    assert "Rioja Gran Reserva" not in [pick.wine.name for pick in result.picks]


@pytest.mark.parametrize(
    ("question", "first", "dish_words"),
    [
        ("What's your most expensive red?", "Cabernet Napa", ()),
        ("the cheapest red please", "Morgon", ()),  # the sold-out Syrah at 30 is not on offer
        ("your priciest red for the lamb", "Cabernet Napa", ("lamb",)),
    ],
)
def test_the_most_expensive_or_the_cheapest_is_the_list_in_price_order(
    cellar: Restaurant, question: str, first: str, dish_words: tuple[str, ...]
) -> None:
    result = recommend(restaurant=cellar, query=question)

    assert result.picks[0].wine.name == first
    assert result.parsed.dish_words == dish_words  # "cheapest" is no dish


def test_oysters_get_a_crisp_white_or_bubbles_not_a_tannic_red(cellar: Restaurant) -> None:
    result = recommend(restaurant=cellar, query="what goes with the oysters?")

    assert result.picks[0].wine.colour in {"white", "sparkling"}


def test_by_the_glass_uses_the_glass_price(cellar: Restaurant) -> None:
    result = recommend(restaurant=cellar, query="a glass of red under $15")

    assert [pick.wine.name for pick in result.picks] == ["Syrah Cornas"]
    assert result.constraints.by_the_glass
    assert "Syrah Cornas ($14 a glass)" in write_answer(result)


def test_when_nothing_fits_it_says_so_and_offers_labelled_alternatives(cellar: Restaurant) -> None:
    result = recommend(restaurant=cellar, query="a red under $20")

    assert result.nothing_fits is True
    assert result.picks
    assert all(pick.alternative for pick in result.picks)
    assert all(pick.wine.in_stock for pick in result.picks)
    # The reds shown are reds: it is their price that misses, and the answer says so.
    assert write_answer(result).startswith("A red up to $20 is not on our list tonight; the closest is")


def test_it_never_recommends_another_restaurants_wine(cellar: Restaurant, restaurant_b: Restaurant) -> None:
    wine(
        restaurant_b,
        "Syrah Cornas",
        grapes=["Syrah"],
        bottle_price=Decimal("20"),
        description="Full-bodied Syrah for lamb.",
    )
    wine_index_sync(restaurant_id=restaurant_b.pk)
    try:
        result = recommend(restaurant=cellar, query="a red under $60 for the lamb?")
    finally:
        wine_index_drop(restaurant_id=restaurant_b.pk)

    assert all(pick.wine.restaurant_id == cellar.pk for pick in result.picks)


def test_recommendations_still_come_back_without_the_vector_index(cellar: Restaurant) -> None:
    wine_index_drop(restaurant_id=cellar.pk)

    result = recommend(restaurant=cellar, query="a red under $60 for the lamb?")

    assert result.picks[0].wine.name == "Syrah Cornas"


@pytest.fixture
def llm_server() -> Iterator[LLMTestServer]:
    """The API's gateway pointed at our OpenAI-compatible test server instead of the local model."""
    with gateway_on_test_server([{"name": "draft", "provider": "openai", "model": "draft", "tier": "draft"}]) as server:
        yield server


@pytest.fixture
def cellar_key(cellar: Restaurant) -> str:
    """Authorization header value for an API key of the cellar's restaurant."""
    _, raw = api_key_create(restaurant=cellar, name="tests", scopes=["read", "recommend"])
    return f"Bearer {raw}"


@pytest.fixture
def client(cellar_key: str) -> Client:
    """A client sending the cellar's API key on every request."""
    return Client(HTTP_AUTHORIZATION=cellar_key)


# A model's rewrite that passes the check: the chosen wine named, nothing else, no number.
ONE_WINE_REWRITE = (
    "For your lamb, the Syrah Cornas is my pick tonight: its firm tannins and smoky, savoury depth "
    "meet the roast shoulder beautifully."
)


def post(client: Client, slug: str, body: object, endpoint: str = "recommendations") -> Any:
    return client.post(f"/api/v1/restaurants/{slug}/{endpoint}", json.dumps(body), content_type="application/json")


def test_the_api_returns_wines_with_reasons_and_the_gateways_explanation(
    client: Client, cellar: Restaurant, llm_server: LLMTestServer
) -> None:
    # The Morgon is under $60 too, but too light for lamb to stand beside the Syrah: one wine.
    llm_server.state.set_reply("draft", ONE_WINE_REWRITE)

    response = post(client, cellar.slug, {"query": "a red under $60 for the lamb?", "k": 2})

    assert response.status_code == 200
    body = response.json()
    assert body["wines"][0]["name"] == "Syrah Cornas"
    assert set(body["wines"][0]) >= {
        "id",
        "name",
        "producer",
        "vintage",
        "colour",
        "price",
        "glass_price",
        "reason",
        "tasting_note",
    }
    assert body["explanation"] == ONE_WINE_REWRITE
    assert body["understood"]["dish"] == "Roast lamb shoulder"
    assert (body["model_used"], body["degraded"]) == ("draft", False)
    assert len(body["wines"]) <= 2


def test_the_api_labels_a_retrieval_only_answer_when_the_model_fails(
    client: Client, cellar: Restaurant, llm_server: LLMTestServer
) -> None:
    llm_server.state.set_reply("draft", "Try the Opus One, it's lovely.")  # not on the list: rejected

    body = post(client, cellar.slug, {"query": "a red under $60 for the lamb?"}).json()

    assert body["degraded"] is True
    assert "names no wine from the list" in body["degraded_reason"]
    assert body["model_used"] == "house"
    assert body["explanation"] == house_words(cellar, "a red under $60 for the lamb?")
    assert "Opus One" not in json.dumps(body)


def test_api_overrides_beat_the_text(client: Client, cellar: Restaurant, llm_server: LLMTestServer) -> None:
    body = post(client, cellar.slug, {"query": "anything", "colour": "Rosé", "max_price": "40"}).json()

    assert body["constraints"]["colours"] == ["rose"]
    assert body["nothing_fits"] is True


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({}, 400, "invalid"),
        ({"query": ""}, 400, "invalid"),
        ({"query": "x" * 501}, 400, "invalid"),
        ({"query": "red", "k": 0}, 400, "invalid"),
        ({"query": "red", "max_price": "-5"}, 400, "invalid"),
        ({"query": "red", "colour": "blue"}, 400, "invalid"),
    ],
)
def test_the_api_rejects_bad_input_with_one_error_shape(
    client: Client, cellar: Restaurant, body: dict[str, Any], status: int, code: str
) -> None:
    response = post(client, cellar.slug, body)

    assert response.status_code == status
    assert response.json()["error"]["code"] == code
    assert set(response.json()["error"]) == {"code", "message", "details"}


def test_the_api_refuses_invalid_json_and_unknown_restaurants(client: Client, cellar: Restaurant) -> None:
    broken = client.post(f"/api/v1/restaurants/{cellar.slug}/recommendations", "{nope", content_type="application/json")
    missing = post(client, "no-such-place", {"query": "red"})

    assert (broken.status_code, broken.json()["error"]["code"]) == (400, "invalid_json")
    assert (missing.status_code, missing.json()["error"]["code"]) == (404, "not_found")


def test_search_returns_scored_wines_of_that_restaurant_only(client: Client, cellar: Restaurant) -> None:
    response = post(client, cellar.slug, {"query": "crisp white for oysters", "limit": 3}, endpoint="search")

    results = response.json()["results"]
    assert response.status_code == 200
    assert results[0]["name"] == "Sancerre"
    assert all(result["type"] == "wine" for result in results)
    assert results == sorted(results, key=lambda result: -result["score"])


def test_the_warm_up_writes_tasting_notes_that_answers_then_use(
    client: Client, cellar: Restaurant, llm_server: LLMTestServer
) -> None:
    from asgiref.sync import async_to_sync

    from recommendations.notes import notes_warm_up

    llm_server.state.set_reply("draft", "Smoky, firm and long; olives and violets.")
    answered = async_to_sync(notes_warm_up)(restaurant_id=cellar.pk, gateway=gateway_module.get_gateway())
    calls_after_warm_up = llm_server.state.total_calls()
    llm_server.state.set_reply("draft", ONE_WINE_REWRITE)

    body = post(client, cellar.slug, {"query": "a red under $60 for the lamb?", "k": 1}).json()

    in_stock = Wine.objects.filter(restaurant=cellar, in_stock=True)
    styles = {(w.colour, w.region, tuple(w.grapes)) for w in in_stock}
    assert answered == calls_after_warm_up == in_stock.count() + len(styles)
    assert body["wines"][0]["tasting_note"] == "Smoky, firm and long; olives and violets."
    assert llm_server.state.total_calls() == calls_after_warm_up + 1  # only the words


def test_without_a_remote_model_notes_come_from_the_list(cellar: Restaurant) -> None:
    from asgiref.sync import async_to_sync

    from recommendations.notes import notes_warm_up

    assert async_to_sync(notes_warm_up)(restaurant_id=cellar.pk) == 0


def test_the_restaurant_admin_shows_indexing_progress(cellar: Restaurant, olive: Any) -> None:
    from django.urls import reverse

    from tests.conftest import logged_in

    page = logged_in(olive).get(reverse("admin:recommendations_restaurant_change", args=[cellar.pk]))

    assert "7 of 7 wines indexed: up to date" in page.content.decode()


def test_house_documents_answer_menu_questions_and_stay_out_of_wine_ones(
    client: Client, cellar: Restaurant, llm_server: LLMTestServer, django_capture_on_commit_callbacks: Any
) -> None:
    from recommendations.documents import document_create

    allergens = b"# Allergens\n\nRoast lamb shoulder: gluten-free; the jus contains dairy.\n\nOysters: shellfish."
    with django_capture_on_commit_callbacks(execute=True):
        document_create(restaurant=cellar, filename="allergens.md", data=allergens)

    menu_question = post(client, cellar.slug, {"query": "is the lamb gluten-free?"}).json()
    wine_question = post(client, cellar.slug, {"query": "a red under $60 for the lamb?"}).json()

    assert menu_question["documents"][0]["title"] == "Allergens"
    assert "gluten-free" in menu_question["documents"][0]["text"]
    assert "From our house notes: " in llm_server.state.requests[0]["messages"][0]["content"]
    assert wine_question["documents"] == []


def test_the_explanation_may_not_recommend_a_wine_that_was_not_chosen(
    client: Client, cellar: Restaurant, llm_server: LLMTestServer
) -> None:
    # The Cabernet is on the list but over the budget asked: the model must not slip it in.
    llm_server.state.set_reply("draft", "The Syrah Cornas is lovely, but splurge on the Cabernet Napa.")

    body = post(client, cellar.slug, {"query": "a red under $60 for the lamb?"}).json()

    assert body["degraded"] is True
    assert "Cabernet Napa" not in body["explanation"]


def test_the_api_answers_when_served_over_asgi(cellar: Restaurant, cellar_key: str, llm_server: LLMTestServer) -> None:
    # Under ASGI the explanation runs on the server's event loop: any ORM call left
    # on that loop would raise SynchronousOnlyOperation here.
    from asgiref.sync import async_to_sync
    from django.test import AsyncClient

    llm_server.state.set_reply("draft", ONE_WINE_REWRITE)

    async def ask() -> Any:
        return await AsyncClient().post(
            f"/api/v1/restaurants/{cellar.slug}/recommendations",
            json.dumps({"query": "a red under $60 for the lamb?"}),
            content_type="application/json",
            headers={"Authorization": cellar_key},
        )

    response = async_to_sync(ask)()

    assert response.status_code == 200
    assert response.json()["explanation"] == ONE_WINE_REWRITE


def test_a_body_nested_too_deeply_is_a_400_not_a_500(client: Client, cellar: Restaurant) -> None:
    body = "[" * 100_000 + "]" * 100_000

    response = client.post(f"/api/v1/restaurants/{cellar.slug}/recommendations", body, content_type="application/json")

    assert (response.status_code, response.json()["error"]["code"]) == (400, "invalid_json")


def test_a_slow_explanation_does_not_hold_up_other_requests_under_asgi(
    cellar: Restaurant, cellar_key: str, llm_server: LLMTestServer
) -> None:
    import asyncio

    from asgiref.sync import async_to_sync
    from django.test import AsyncClient

    llm_server.state.latency_ms = 1500
    finished: list[str] = []

    async def call(endpoint: str, body: dict[str, Any], delay: float) -> None:
        await asyncio.sleep(delay)
        response = await AsyncClient().post(
            f"/api/v1/restaurants/{cellar.slug}/{endpoint}",
            json.dumps(body),
            content_type="application/json",
            headers={"Authorization": cellar_key},
        )
        assert response.status_code == 200
        finished.append(endpoint)

    async def both() -> None:
        await asyncio.gather(
            call("recommendations", {"query": "a red under $60 for the lamb?"}, 0),
            call("search", {"query": "crisp white"}, 0.3),
        )

    async_to_sync(both)()

    # The search (a sync view) got the worker's sync thread while the model was thinking.
    assert finished == ["search", "recommendations"]


def test_a_place_asked_for_keeps_to_its_wines_and_the_answer_says_when_none_fits(restaurant_a: Restaurant) -> None:
    wine(restaurant_a, "Dundee Hills Pinot Noir", grapes=["Pinot Noir"], region="Dundee Hills",
         country="United States", bottle_price=Decimal("70"))  # fmt: skip
    wine(restaurant_a, "Sonoma Coast Pinot Noir", grapes=["Pinot Noir"], region="Sonoma Coast",
         country="United States", bottle_price=Decimal("60"))  # fmt: skip
    wine(restaurant_a, "Chianti Classico", grapes=["Sangiovese"], region="Tuscany", country="Italy",
         bottle_price=Decimal("55"))  # fmt: skip
    wine(restaurant_a, "Brunello di Montalcino", grapes=["Sangiovese"], region="Tuscany", country="Italy",
         bottle_price=Decimal("140"))  # fmt: skip
    MenuItemFactory.create(restaurant=restaurant_a, name="Roast duck breast", description="With cherries",
                           tags=["duck", "roasted"])  # fmt: skip
    first = recommend(restaurant=restaurant_a, query="a red for the duck", menu=None)

    oregon = recommend(restaurant=restaurant_a, query="what about something from Oregon?", state=first.state())
    assert [pick.wine.name for pick in oregon.picks] == ["Dundee Hills Pinot Noir"]
    assert oregon.understood.dish == "Roast duck breast"  # still the duck: a place refines the question
    assert oregon.understood.places_missing == ()

    # Nothing from Oregon is cheaper: "cheaper" keeps the place (it changes only the price), so
    # nothing fits, and the least expensive from Oregon is offered, said so; not three wines from
    # elsewhere under "nothing from Oregon fits".
    cheaper = recommend(restaurant=restaurant_a, query="cheaper?", state=oregon.state())
    assert cheaper.nothing_fits
    assert [pick.wine.name for pick in cheaper.picks] == ["Dundee Hills Pinot Noir"]
    assert cheaper.understood.places_missing == ()
    # The Dundee Hills was just shown: it is already the cheapest from Oregon.
    assert "is already the least expensive red from Oregon on our list" in write_answer(cheaper)
    # The evaluation's rule for "cheaper" keeps the place too.
    assert check_turn({"cheaper": True, "nothing_fits": True}, cheaper, oregon) == []

    # A place the list has nothing from: "cheaper" is not said to be "from Chile".
    chile = recommend(restaurant=restaurant_a, query="something from Chile?", state=first.state())
    cheaper_elsewhere = recommend(restaurant=restaurant_a, query="cheaper?", state=chile.state())
    assert "nothing cheaper from Chile" not in write_answer(cheaper_elsewhere)

    tuscan = recommend(restaurant=restaurant_a, query="something Tuscan then", state=first.state())
    assert tuscan.understood.dish == "Roast duck breast"  # "Tuscan" names the wine's home, not a dish
    assert {pick.wine.name for pick in tuscan.picks} <= {"Chianti Classico", "Brunello di Montalcino"}

    greek = recommend(restaurant=restaurant_a, query="a Greek red for the duck")
    assert greek.picks
    assert greek.understood.places_missing == ("Greece",)
    assert greek.nothing_fits  # the reds come from elsewhere, and the answer says so first
    assert write_answer(greek).startswith("Nothing from Greece")


@pytest.mark.parametrize(
    "question", ["an affordable red for the lamb", "a red for the lamb, not too expensive", "un rouge pas trop cher"]
)
def test_a_budget_without_a_number_keeps_to_the_modest_half_of_the_list(cellar: Restaurant, question: str) -> None:
    result = recommend(restaurant=cellar, query=question)
    assert result.constraints.modest_price
    assert result.picks
    assert {pick.wine.name for pick in result.picks} <= {"Morgon", "Syrah Cornas"}  # not the 95 Cabernet
    said_any_price = recommend(restaurant=cellar, query="any price", state=result.state())
    assert not said_any_price.constraints.modest_price


def test_questions_about_the_wines_shown_keep_to_them_and_thanks_says_goodbye(cellar: Restaurant) -> None:
    first = recommend(restaurant=cellar, query="a red for the lamb", k=3)
    names = [pick.wine.name for pick in first.picks]
    assert len(names) >= 2

    compared = recommend(restaurant=cellar, query="what's the difference between the first two?", state=first.state())
    assert {pick.wine.name for pick in compared.picks} == set(names[:2])
    assert compared.understood.dish == first.understood.dish  # "difference" is not a dish

    oaky = recommend(restaurant=cellar, query="is the second one oaky?", state=compared.state())
    assert [pick.wine.name for pick in oaky.picks] == [names[1]]
    assert oaky.constraints.style_words == ()  # a question about a wine, not a wish for oak
    verdicts = ("is oaky.", "is lightly oaked.", "is unoaked.")
    # The question answered first, naming the wine: "No, the ... is unoaked."
    assert write_answer(oaky).startswith(("Yes, ", "Somewhat: ", "No, "))
    assert sum(verdict in write_answer(oaky).split(".")[0] + "." for verdict in verdicts) == 1

    # "The first" still means the first of the list the diner was shown, not of the last answer.
    chosen = recommend(restaurant=cellar, query="I'll take the first one, thanks!", state=oaky.state())
    assert [pick.wine.name for pick in chosen.picks] == [names[0]]
    assert chosen.understood.refinements == ("chosen",)

    goodbye = recommend(restaurant=cellar, query="Thanks, that's all!", state=chosen.state())
    text = write_answer(goodbye)
    assert "enjoy your meal" in text
    assert names[0] in text
    assert rubric_problems(text, goodbye) == []


def test_it_means_the_wine_talked_about_and_they_the_wines_shown(cellar: Restaurant) -> None:
    first = recommend(restaurant=cellar, query="a red for the lamb", k=3)
    names = [pick.wine.name for pick in first.picks]
    assert len(names) >= 2

    # Straight after an answer, "it" is its first wine; "sweet" asks about it, not for a dessert wine.
    sweet = recommend(restaurant=cellar, query="is it sweet?", state=first.state())
    assert [pick.wine.name for pick in sweet.picks] == [names[0]]
    assert sweet.understood.refinements == ("about",)
    assert not sweet.constraints.sweet
    assert write_answer(sweet).startswith("No, ")
    assert "is dry." in write_answer(sweet).split(". ")[0] + "."

    # After a question about the second wine, "it" is that wine, and "thanks" names it.
    second = recommend(restaurant=cellar, query="tell me about the second one", state=sweet.state())
    oaky = recommend(restaurant=cellar, query="is it oaky?", state=second.state())
    assert [pick.wine.name for pick in oaky.picks] == [names[1]]
    goodbye = recommend(restaurant=cellar, query="thanks!", state=oaky.state())
    assert names[1] in write_answer(goodbye)

    they = recommend(restaurant=cellar, query="are they tannic?", state=first.state())
    assert [pick.wine.name for pick in they.picks] == names  # in the order they were shown
    text = write_answer(they)
    traits = {
        pick.wine.name: "firmly tannic"
        if pick.profile.tannin >= 4
        else "moderately tannic"
        if pick.profile.tannin == 3
        else "soft tannins"
        for pick in they.picks
    }
    if len(set(traits.values())) == 1:
        assert (
            f"{'Both' if len(names) == 2 else 'All three'} {'have' if 'soft' in traits[names[0]] else 'are'} {traits[names[0]]}."
            in text
        )
    else:
        assert all(f"{name} {'has' if 'soft' in trait else 'is'} {trait}" in text for name, trait in traits.items())
    assert rubric_problems(text, they) == []

    # "It" beside a new wish is no question about the wine: the wish is carried out.
    cheaper = recommend(restaurant=cellar, query="is it possible to have something cheaper?", state=first.state())
    assert cheaper.understood.refinements == ("cheaper",)
    assert not {pick.wine.name for pick in cheaper.picks} & set(names)


def test_two_unlike_dishes_get_one_bottle_for_both_then_a_wine_for_each(bistro: Restaurant) -> None:
    result = recommend(restaurant=bistro, query="one bottle for the oysters and the lamb?")
    assert len(result.picks) == 3
    both, for_oysters, for_lamb = result.picks
    assert both.for_dish == ""
    assert both.wine.colour != "dessert"
    assert both.profile.tannin <= 3
    assert for_oysters.for_dish == "oysters"
    assert for_oysters.wine.colour in ("white", "sparkling")
    assert for_lamb.for_dish == "lamb shoulder"
    assert for_lamb.wine.colour == "red"
    assert any("lamb" in reason for reason in for_lamb.reasons)  # its own dish's reason, not the oysters'
    text = write_answer(result)
    assert "for each" in text or "to each dish" in text
    assert rubric_problems(text, result) == []

    # A dish the menu does not have, beside one it has, is paired too.
    mixed = recommend(restaurant=bistro, query="a wine for the oysters and a cheeseburger")
    assert [profile.subject for profile in mixed.dish_profiles] == ["oysters", "cheeseburger"]
    assert mixed.understood.dish == "Oysters and cheeseburger"
    assert mixed.picks

    # One dish with an "and" in its name is one dish: no bottle "across" the salt and the squid.
    one_dish = recommend(restaurant=bistro, query="what wine with fried dough with sour cream and cheese?")
    assert one_dish.picks
    assert all(pick.for_dish == "" for pick in one_dish.picks)

    # Dishes that want the same kind of wine keep one ranking for both.
    alike = recommend(restaurant=bistro, query="wine for the lamb and a beef stew")
    assert alike.picks
    assert all(pick.for_dish == "" for pick in alike.picks)


def test_two_dishes_said_one_after_the_other_are_still_two_dishes(bistro: Restaurant) -> None:
    result = recommend(restaurant=bistro, query="we're having clams and then a ribeye, one bottle for both?", menu=[])

    subjects = [profile.subject for profile in result.dish_profiles]
    assert subjects == ["clams", "rib-eye"]
    assert [pick.for_dish for pick in result.picks][1:] == subjects


def test_a_main_course_and_its_dessert_get_a_wine_each_and_no_bottle_across_both(bistro: Restaurant) -> None:
    result = recommend(restaurant=bistro, query="the lamb and then the crème brûlée, what should we drink?")

    assert [pick.for_dish for pick in result.picks] == ["lamb shoulder", "crème brûlée"]
    lamb, dessert = result.picks
    assert lamb.wine.colour == "red"
    assert dessert.profile.sweetness >= 3
    text = write_answer(result)
    assert text.split(".")[0].count("crème brûlée") == 0  # the opening names the lamb's wine, not a bottle for both
    assert "crème brûlée" in text.split(".", 1)[1]  # said with the dessert's own wine
    assert rubric_problems(text, result) == []
    french = write_answer(recommend(restaurant=bistro, query="l'agneau puis la crème brûlée, quel vin ?"))
    assert french.startswith("Pour l'agneau") or "l'agneau" in french.split(".")[0]
    assert "crème brûlée" not in french.split(".")[0]

    # Asked for one bottle, the diner gets the bottle that serves both first.
    one = recommend(restaurant=bistro, query="one bottle for the lamb and the crème brûlée?")
    assert one.picks[0].for_dish == ""


def test_one_bottle_for_both_asked_again_is_the_bottles_for_both_not_a_wine_for_each(bistro: Restaurant) -> None:
    first = recommend(restaurant=bistro, query="a wine for the oysters and the lamb")
    again = recommend(restaurant=bistro, query="just one bottle for both", state=first.state())

    assert [pick.for_dish for pick in first.picks][1:] == ["oysters", "lamb shoulder"]
    assert again.picks
    assert all(pick.for_dish == "" for pick in again.picks)
    # Each is judged by the dish it suits least: no big red that only the lamb would enjoy.
    assert all(pick.profile.tannin <= 3 for pick in again.picks)
    assert again.picks[0].wine == first.picks[0].wine  # the bottle for both, as first offered


def test_with_no_budget_a_far_dearer_wine_gives_way_to_an_as_good_one(
    cellar: Restaurant, monkeypatch: pytest.MonkeyPatch
) -> None:
    described = "Full-bodied and firmly tannic, black olive, pepper and smoked meat."
    wine(cellar, "Syrah Saint-Joseph", grapes=["Syrah"], bottle_price=Decimal("55"), description=described)
    wine(cellar, "Syrah Hermitage", grapes=["Syrah"], bottle_price=Decimal("480"), description=described + " Lamb.")
    wine_index_sync(restaurant_id=cellar.pk)

    def order() -> list[str]:
        names = [pick.wine.name for pick in recommend(restaurant=cellar, query="a red for the lamb", k=6).picks]
        return [name for name in names if name in ("Syrah Saint-Joseph", "Syrah Hermitage")]

    monkeypatch.setattr(recommender, "PRICE_RESTRAINT", 0.0)
    assert order() == ["Syrah Hermitage", "Syrah Saint-Joseph"]  # a shade better on the words alone
    monkeypatch.undo()
    assert order() == ["Syrah Saint-Joseph", "Syrah Hermitage"]
    # A price said is the diner's: "the most expensive" and a floor are not second-guessed.
    dearest = recommend(restaurant=cellar, query="your most expensive red for the lamb")
    assert dearest.picks[0].wine.name == "Syrah Hermitage"


def test_a_wine_named_by_its_own_name_is_the_one_talked_about(cellar: Restaurant) -> None:
    wine(cellar, "Esprit de Tablas", grapes=["Mourvèdre", "Grenache", "Syrah"], bottle_price=Decimal("98"),
         description="Full-bodied, spicy and savoury.")  # fmt: skip
    first = recommend(restaurant=cellar, query="a red for the lamb")
    about = recommend(restaurant=cellar, query="is the Esprit de Tablas worth it?", state=first.state())
    assert [pick.wine.name for pick in about.picks] == ["Esprit de Tablas"]
    assert about.understood.dish == first.understood.dish  # neither the wine's name nor "worth" is a dish
    assert about.understood.refinements == ("about",)
    # A grape or a place is not a wine's own name: "a Sancerre" is still the list's Sauvignon Blancs.
    said = parse_question("a Sancerre for the goat cheese", wines=[(1, "Sancerre")]).said
    assert said is not None
    assert said.wine_ids == ()


def test_a_place_poured_by_the_bottle_only_is_named_by_the_glass(cellar: Restaurant) -> None:
    wine(cellar, "Barolo Cannubi", grapes=["Nebbiolo"], bottle_price=Decimal("90"))
    wine_index_sync(restaurant_id=cellar.pk)

    barolo = recommend(restaurant=cellar, query="a glass of Barolo", k=3)

    assert [pick.wine.name for pick in barolo.picks] == ["Barolo Cannubi"]
    assert "We don't pour a Barolo by the glass" in write_answer(barolo)


@pytest.mark.parametrize("query", ["a Barolo?", "any Nebbiolo?"])
def test_a_wine_the_list_does_not_have_is_stood_in_for_by_the_nearest_in_style(cellar: Restaurant, query: str) -> None:
    barolo = recommend(restaurant=cellar, query=query, k=3)

    assert barolo.understood.names_missing
    # Barolo is a firm, full red: the firmest reds stand in, not a spread with a white among them.
    assert {pick.wine.colour for pick in barolo.picks} == {"red"}
    assert barolo.picks[0].wine.name in ("Syrah Cornas", "Cabernet Napa")
    assert "Morgon" not in [pick.wine.name for pick in barolo.picks[:2]]


def test_a_port_the_list_does_not_have_is_stood_in_for_by_a_fortified_wine(cellar: Restaurant) -> None:
    wine(cellar, "Sauternes", colour="dessert", grapes=["Sémillon"], bottle_price=Decimal("70"),
         description="Lusciously sweet, honey and apricot.")  # fmt: skip
    wine(cellar, "Rutherglen Muscat", colour="dessert", grapes=["Muscat"], bottle_price=Decimal("40"),
         description="Sweet, raisin and toffee.")  # fmt: skip
    wine_index_sync(restaurant_id=cellar.pk)

    port = recommend(restaurant=cellar, query="any port?", k=2)

    assert port.understood.names_missing == ("Port",)
    assert port.picks[0].wine.name == "Rutherglen Muscat"
    # Nothing fits as asked: the stand-ins are labelled, and the answer says so once.
    assert port.nothing_fits
    assert all(pick.alternative for pick in port.picks)
    text = write_answer(port)
    assert text.count("We have no Port on our list") == 1
    assert "Nothing on our list" not in text
    assert not rubric_problems(text, port)
    cheaper = recommend(restaurant=cellar, query="cheaper?", state=port.state())
    # The refinement is about the wines shown: it is their price that nothing beats, not the Port.
    assert "is already the least expensive in that style on our list" in write_answer(cheaper)


def test_with_a_dish_the_dish_chooses_for_a_wine_the_list_does_not_have(cellar: Restaurant) -> None:
    zinfandel = recommend(restaurant=cellar, query="a Zinfandel for the goat cheese", k=3)

    assert zinfandel.understood.names_missing == ("Zinfandel",)
    assert zinfandel.nothing_fits
    assert "Sancerre" in [
        pick.wine.name for pick in zinfandel.picks
    ]  # the goat cheese's wine, not a Zinfandel look-alike


def test_a_grape_the_diner_refuses_is_never_shown_and_stays_refused_for_the_next_dish(cellar: Restaurant) -> None:
    wine(cellar, "Dry Riesling", colour="white", grapes=["Riesling"], bottle_price=Decimal("40"))
    wine(cellar, "Grüner Veltliner", colour="white", grapes=["Grüner Veltliner"], bottle_price=Decimal("38"))
    wine_index_sync(restaurant_id=cellar.pk)

    first = recommend(restaurant=cellar, query="a white for the oysters, no riesling please", k=3)
    after = recommend(restaurant=cellar, query="and for a thai green curry?", k=3, state=first.state())

    assert first.constraints.refused_grapes == ("Riesling",)
    assert first.constraints.grapes == ()  # "no riesling" asks for none
    for result in (first, after):
        assert result.picks
        assert "Dry Riesling" not in [pick.wine.name for pick in result.picks]
    assert recommend(restaurant=cellar, query="ok, a riesling then", k=3, state=after.state()).picks[0].wine.name == (
        "Dry Riesling"
    )


def test_a_sherry_or_a_port_is_the_wine_listed_by_its_style_or_town(cellar: Restaurant) -> None:
    wine(cellar, "Fino Inocente", colour="white", grapes=[], region="Jerez", bottle_price=Decimal("38"))
    wine(cellar, "20 Year Old Tawny", colour="dessert", grapes=[], region="Douro", bottle_price=Decimal("80"))
    wine_index_sync(restaurant_id=cellar.pk)

    sherry = recommend(restaurant=cellar, query="a sherry?", k=3)
    port = recommend(restaurant=cellar, query="any port?", k=3)

    assert sherry.understood.names_missing == ()
    assert sherry.picks[0].wine.name == "Fino Inocente"
    assert port.understood.names_missing == ()
    assert port.picks[0].wine.name == "20 Year Old Tawny"


def test_which_is_the_lightest_names_the_lightest_of_the_wines_shown(cellar: Restaurant) -> None:
    first = recommend(restaurant=cellar, query="a red for the lamb", k=3)
    assert len(first.picks) >= 2
    # Weight first, then grip: of two full-bodied reds the more tannic is the bolder.
    bodies = {pick.wine.name: (pick.profile.body, pick.profile.tannin) for pick in first.picks}

    lightest = recommend(restaurant=cellar, query="which is the lightest?", state=first.state())
    fullest = recommend(restaurant=cellar, query="and the boldest one?", state=lightest.state())

    assert [pick.wine.name for pick in lightest.picks] == [min(bodies, key=lambda name: bodies[name])]
    assert [pick.wine.name for pick in fullest.picks] == [max(bodies, key=lambda name: bodies[name])]
    assert lightest.understood.dish == first.understood.dish  # "lightest" is no dish
    text = write_answer(lightest)
    assert "the lightest" in text
    assert not rubric_problems(text, lightest)


@pytest.mark.parametrize(
    "question", ["which is bolder the 1st or the 2nd", "el primero o el segundo, cuál es más ligero?"]
)
def test_two_wines_shown_set_side_by_side_stay_and_the_answer_says_which(cellar: Restaurant, question: str) -> None:
    first = recommend(restaurant=cellar, query="a red for the lamb", k=3)
    assert len(first.picks) >= 2

    compared = recommend(restaurant=cellar, query=question, state=first.state())

    assert [pick.wine for pick in compared.picks] == [pick.wine for pick in first.picks[:2]]
    assert compared.understood.dish == first.understood.dish
    text = write_answer(compared)
    # The one that is most so is named in the opening, whichever place it was shown in, in the
    # diner's language.
    said_as = "el más ligero es" if "ligero" in question else "Of the two, the"
    most = next(pick.wine for pick in compared.picks if pick.wine.pk == compared.turn.focus)
    opening = text.split(". ")[0]
    assert said_as in opening, text
    assert most.name in opening, text
    assert not rubric_problems(text, compared)


def test_a_place_missing_for_a_new_colour_says_so_once_and_not_that_the_price_misses(cellar: Restaurant) -> None:
    wine(cellar, "Vitovska", colour="orange", grapes=["Vitovska"], region="Kras", country="Slovenia",
         bottle_price=Decimal("46"))  # fmt: skip
    wine(cellar, "Agiorgitiko", colour="red", grapes=["Agiorgitiko"], region="Nemea", country="Greece",
         bottle_price=Decimal("38"))  # fmt: skip
    wine_index_sync(restaurant_id=cellar.pk)
    greek = recommend(restaurant=cellar, query="a Greek red for the lamb souvlaki?", k=3)
    assert [pick.wine.name for pick in greek.picks] == ["Agiorgitiko"]

    orange = recommend(
        restaurant=cellar, query="let's make it an orange wine, between 40 and 55", k=3, state=greek.state()
    )

    assert [pick.wine.name for pick in orange.picks] == ["Vitovska"]
    text = write_answer(orange)
    assert "Greece" in text  # said: none from there
    assert "not on our list" not in text  # the orange wine between 40 and 55 is


def test_the_second_one_alone_chooses_the_second_wine_shown(cellar: Restaurant) -> None:
    first = recommend(restaurant=cellar, query="a red for the lamb", k=3)
    assert len(first.picks) >= 2

    chosen = recommend(restaurant=cellar, query="ok the second one", state=first.state())

    assert [pick.wine.name for pick in chosen.picks] == [first.picks[1].wine.name]
    assert chosen.understood.refinements == ("chosen",)


def test_an_occasion_puts_the_finest_wine_that_suits_first_until_a_modest_price_is_asked(cellar: Restaurant) -> None:
    wine(
        cellar,
        "Hermitage",
        grapes=["Syrah"],
        bottle_price=Decimal("150"),
        description="Full-bodied and firmly tannic Syrah, black olive and smoked meat. For lamb and game.",
    )
    wine_index_sync(restaurant_id=cellar.pk)

    plain = recommend(restaurant=cellar, query="a red for the lamb", k=3)
    special = recommend(restaurant=cellar, query="it's our anniversary, a red for the lamb", k=3)
    modest = recommend(restaurant=cellar, query="something not too expensive", state=special.state())

    assert plain.picks[0].wine.name != "Hermitage"  # no budget said: the dearer one gives way
    assert special.constraints.occasion
    assert special.picks[0].wine.name == "Hermitage"
    assert "occasion" in write_answer(special) or "special night" in write_answer(special)
    assert not modest.constraints.occasion
    assert "Hermitage" not in [pick.wine.name for pick in modest.picks]


def test_the_difference_between_two_wines_shown_is_said(cellar: Restaurant) -> None:
    first = recommend(restaurant=cellar, query="a red for the lamb", k=3)
    assert len(first.picks) >= 2
    one, two = (pick.profile for pick in first.picks[:2])

    compared = recommend(restaurant=cellar, query="what's the difference between the first two?", state=first.state())
    text = write_answer(compared)

    if (one.body, one.tannin, one.acidity, one.oak, one.sweetness) == (
        two.body,
        two.tannin,
        two.acidity,
        two.oak,
        two.sweetness,
    ):
        assert "are alike in weight and structure" in text
    else:
        assert "of the two" in text
    assert not rubric_problems(text, compared)


def test_a_cheaper_that_found_nothing_leaves_no_ceiling_for_the_next_question(cellar: Restaurant) -> None:
    first = recommend(restaurant=cellar, query="a white for the oysters under 60")
    cheaper = recommend(restaurant=cellar, query="cheaper?", state=first.state())
    assert cheaper.nothing_fits
    glass = recommend(restaurant=cellar, query="by the glass then?", state=cheaper.state())

    # The budget said (60) stands; not a ceiling below the only white there is.
    assert glass.constraints.max_price == Decimal("60")
    assert not glass.nothing_fits
    assert [pick.wine.name for pick in glass.picks] == ["Sancerre"]


def test_a_request_for_the_staff_is_passed_on_and_the_wine_talked_about_stays(cellar: Restaurant) -> None:
    first = recommend(restaurant=cellar, query="a red for the lamb", k=3)
    names = [pick.wine.name for pick in first.picks]

    bread = recommend(restaurant=cellar, query="more bread please", state=first.state())
    assert bread.understood.refinements == ("staff",)
    assert [pick.wine.name for pick in bread.picks] == [names[0]]
    assert write_answer(bread).startswith("Your server will be glad to help with that")
    assert names[0] in write_answer(bread)

    # The wines shown are still the ones "the second" means.
    second = recommend(restaurant=cellar, query="is the second one by the glass?", state=bread.state())
    assert [pick.wine.name for pick in second.picks] == [names[1]]


def test_a_request_for_the_staff_first_asks_what_the_diner_is_eating(cellar: Restaurant) -> None:
    result = recommend(restaurant=cellar, query="where is the bathroom?")
    assert result.understood.refinements == ("staff",)
    assert "Tell me what you are eating" in write_answer(result)


def test_a_greeting_is_greeted_back_and_the_wine_talked_about_stays(cellar: Restaurant) -> None:
    hello = recommend(restaurant=cellar, query="hey how are you tonight")
    assert hello.understood.refinements == ("greeting",)
    assert write_answer(hello).startswith("Good evening, and welcome")

    first = recommend(restaurant=cellar, query="a red for the lamb", k=3, state=hello.state())
    again = recommend(restaurant=cellar, query="hi!", state=first.state())
    assert [pick.wine.name for pick in again.picks] == [first.picks[0].wine.name]
    assert "is still my pick" in write_answer(again)


def test_which_one_is_lighter_compares_the_wines_shown(cellar: Restaurant) -> None:
    first = recommend(restaurant=cellar, query="a red for the lamb", k=3)
    lighter = recommend(restaurant=cellar, query="which one is lighter?", state=first.state())
    shown = {pick.wine.pk: pick.profile.body for pick in first.picks}
    assert lighter.understood.refinements == ("about",)
    assert len(lighter.picks) == 1
    assert lighter.picks[0].wine.pk in shown
    assert lighter.picks[0].profile.body == min(shown.values())


def test_a_diner_who_dislikes_oak_is_shown_no_oaky_wine_while_another_fits(restaurant_a: Restaurant) -> None:
    for name, grapes, price, description in (
        ("Les Crestes", ["Garnacha", "Cariñena", "Syrah"], "58", ""),
        ("Meandro", ["Touriga Nacional", "Touriga Franca"], "42", "Ripe black fruit, floral lift, supple tannins."),
        ("Juan Gil 12 Meses", ["Monastrell"], "30", "Plush, dark fruit, vanilla oak."),
        ("La Montesa", ["Garnacha", "Tempranillo"], "34", "Medium-bodied, strawberry, plum and liquorice."),
    ):
        wine(restaurant_a, name, grapes=grapes, bottle_price=Decimal(price), description=description)
    wine_index_sync(restaurant_id=restaurant_a.pk)

    plain = recommend(restaurant=restaurant_a, query="something for the steak under 40", k=3)
    first = recommend(restaurant=restaurant_a, query="i don't like oaky wines, something for the steak", k=3)
    cheaper = recommend(restaurant=restaurant_a, query="cheaper", k=3, state=first.state())
    only_oaky = recommend(restaurant=restaurant_a, query="no oak please, a red for the steak under 32", k=3)

    assert plain.picks[0].wine.name == "Juan Gil 12 Meses"  # the best steak red in that budget
    assert "Juan Gil 12 Meses" not in [pick.wine.name for pick in first.picks]
    assert [pick.wine.name for pick in cheaper.picks] == ["La Montesa"]
    # A wish, not a constraint: when only oaky wines fit, the least oaky of them still answers.
    assert [pick.wine.name for pick in only_oaky.picks] == ["Juan Gil 12 Meses"]


def test_organic_and_half_bottle_wishes_show_those_wines_when_they_suit_the_dish(restaurant_a: Restaurant) -> None:
    wine(restaurant_a, "Chablis", colour="white", grapes=["Chardonnay"], description="Crisp, saline, flinty.")
    wine(
        restaurant_a,
        "Muscadet Bio",
        colour="white",
        grapes=["Melon de Bourgogne"],
        description="Organic. Light, saline and crisp; for oysters.",
    )
    wine(restaurant_a, "Biodynamic Morgon", grapes=["Gamay"], description="Biodynamic. Juicy cherry.")
    wine(
        restaurant_a,
        "Icewine",
        colour="dessert",
        grapes=["Riesling"],
        description="Half bottle. Intensely sweet.",
    )
    wine(restaurant_a, "Brut", colour="sparkling", grapes=["Chardonnay"], description="A natural opener for oysters.")
    wine_index_sync(restaurant_id=restaurant_a.pk)

    organic = recommend(restaurant=restaurant_a, query="anything organic for the oysters?", k=3)
    half = recommend(restaurant=restaurant_a, query="a half bottle for the oysters?", k=3)
    sweet_half = recommend(restaurant=restaurant_a, query="a half bottle of something sweet", k=3)

    # The organic white suits oysters; the biodynamic red does not, and "a natural opener" is no natural wine.
    assert [pick.wine.name for pick in organic.picks] == ["Muscadet Bio"]
    assert organic.understood.names_missing == ()
    # The only half bottle is an Icewine: no answer for oysters, so the oyster wines stand, said so.
    assert "Icewine" not in [pick.wine.name for pick in half.picks]
    assert "half bottles are not the match" in write_answer(half)
    assert [pick.wine.name for pick in sweet_half.picks] == ["Icewine"]
    # The note is said on the turn the wish was made, not again on the questions after it.
    vintage = recommend(restaurant=restaurant_a, query="what vintage is the first one?", k=3, state=half.state())
    assert "half bottles" not in write_answer(vintage)


@pytest.mark.parametrize("question", ["which is the best value?", "which one's the best bang for the buck"])
def test_the_best_value_of_the_wines_shown_is_the_one_that_costs_least(cellar: Restaurant, question: str) -> None:
    shown = recommend(restaurant=cellar, query="a red for the lamb", k=3)
    value = recommend(restaurant=cellar, query=question, k=3, state=shown.state())

    assert len(shown.picks) > 1
    cheapest = min(shown.picks, key=lambda pick: pick.wine.bottle_price).wine
    assert [pick.wine for pick in value.picks] == [cheapest]
    assert f"${cheapest.bottle_price:.0f}" in write_answer(value)


@pytest.mark.parametrize(("query", "colour"), [("un bourgogne rouge?", "red"), ("un bourgogne blanc?", "white")])
def test_un_bourgogne_in_a_colour_is_a_burgundy_of_that_colour(cellar: Restaurant, query: str, colour: str) -> None:
    wine(cellar, "Chablis Premier Cru", colour="white", grapes=["Chardonnay"], region="Burgundy",
         bottle_price=Decimal("60"))  # fmt: skip
    wine_index_sync(restaurant_id=cellar.pk)

    asked = recommend(restaurant=cellar, query=query, k=3)

    # The list says "Burgundy"; the diner's French names the same wines, in the colour asked,
    # not a missing appellation "Bourgogne Blanc" answered with the nearest.
    assert asked.understood.names_missing == ()
    assert not asked.nothing_fits
    assert asked.picks
    assert {(pick.wine.colour, pick.wine.region) for pick in asked.picks} == {(colour, "Burgundy")}
    assert "no Bourgogne" not in write_answer(asked)


def test_is_it_from_a_place_is_answered_yes_or_no_with_where_it_comes_from(restaurant_a: Restaurant) -> None:
    wine(restaurant_a, "Plavac Mali Dingač", grapes=["Plavac Mali"], region="Dalmatia", country="Croatia")
    wine(restaurant_a, "Teran Kras", grapes=["Teran"], region="Kras", country="Slovenia")
    wine_index_sync(restaurant_id=restaurant_a.pk)
    shown = recommend(restaurant=restaurant_a, query="a red for the lamb", k=3)
    names = [pick.wine.name for pick in shown.picks]
    croatian = names.index("Plavac Mali Dingač") + 1
    slovenian = names.index("Teran Kras") + 1

    yes = recommend(restaurant=restaurant_a, query=f"is the {ORDINALS[croatian]} one croatian?", state=shown.state())
    no = recommend(restaurant=restaurant_a, query=f"is the {ORDINALS[slovenian]} one croatian?", state=shown.state())

    assert yes.understood.dish is None or "croatian" not in yes.understood.dish.lower()
    yes_opening, no_opening = (write_answer(result).split(". ")[0] for result in (yes, no))
    assert yes_opening.startswith("Yes: the ")
    assert yes_opening.endswith("Dingač comes from Dalmatia, Croatia")
    assert no_opening.startswith("No: the ")
    assert no_opening.endswith("Teran Kras comes from Kras, Slovenia")


ORDINALS = {1: "first", 2: "second", 3: "third"}


def test_a_fact_asked_of_a_wine_shown_is_answered_first(cellar: Restaurant) -> None:
    shown = recommend(restaurant=cellar, query="a red for the lamb", k=3)
    vintage = recommend(restaurant=cellar, query="what vintage is the first one?", k=3, state=shown.state())
    origin = recommend(restaurant=cellar, query="where is the second one from?", k=3, state=shown.state())

    first, second = shown.picks[0].wine, shown.picks[1].wine
    assert [pick.wine for pick in vintage.picks] == [first]
    opening = write_answer(vintage).split(". ")[0]
    assert (f"is the {first.vintage} vintage" if first.vintage else "non-vintage") in opening
    assert [pick.wine for pick in origin.picks] == [second]
    assert f"comes from {second.region}" in write_answer(origin).replace("the ", "")


@pytest.mark.parametrize(
    ("colour", "grapes", "description", "age", "said"),
    [
        ("red", ["Nebbiolo"], "Powerful, firmly tannic and full-bodied.", 2, "still young and firm"),
        ("red", ["Nebbiolo"], "Powerful, firmly tannic and full-bodied.", 8, "has had time to soften"),
        ("red", ["Nebbiolo"], "Powerful, firmly tannic and full-bodied.", 20, "mature now; we will decant it"),
        ("white", ["Sauvignon Blanc"], "Light, crisp and unoaked.", 1, "made to be enjoyed young and fresh"),
    ],
)
def test_is_it_ready_to_drink_is_answered_from_its_vintage_and_build(
    cellar: Restaurant, colour: str, grapes: list[str], description: str, age: int, said: str
) -> None:
    vintage = timezone.now().year - age
    wine(cellar, "The Wine Asked About", colour=colour, grapes=grapes, vintage=vintage, description=description,
         bottle_price=Decimal("60"))  # fmt: skip
    wine_index_sync(restaurant_id=cellar.pk)
    shown = recommend(restaurant=cellar, query="is The Wine Asked About any good?", k=3)
    assert [pick.wine.name for pick in shown.picks] == ["The Wine Asked About"]

    ready = recommend(restaurant=cellar, query="is it ready to drink?", k=3, state=shown.state())

    text = write_answer(ready)
    assert text.startswith(f"The Wine Asked About is a {vintage}")
    assert said in text.split(". ")[0] + text.split(". ")[1]
    assert not rubric_problems(text, ready)


def test_a_budget_nothing_meets_is_said_back_as_a_budget(cellar: Restaurant) -> None:
    result = recommend(restaurant=cellar, query="a bottle under 20 for the lamb", k=3)

    assert result.nothing_fits
    assert write_answer(result).startswith("Nothing on our list comes in at $20 or under, so here is the closest:")


def test_past_the_nearest_prices_the_wine_for_the_dish_is_offered_too(cellar: Restaurant) -> None:
    """Under $20 for the lamb, the nearest price is a light Morgon (the Sancerre beside it is a
    white, no wine for lamb); the Syrah built for lamb, a few dollars further, follows it and is
    said to suit the lamb better."""
    result = recommend(restaurant=cellar, query="a bottle under 20 for the lamb", k=3)

    assert result.nothing_fits
    names = [pick.wine.name for pick in result.picks]
    assert names[0] == "Morgon"  # the closest price still leads
    assert names[-1] == "Syrah Cornas"
    assert [pick.nearby_match for pick in result.picks] == [False] * (len(names) - 1) + [True]
    assert "Sancerre" not in names
    assert "the Domaine Syrah Cornas ($58) suits the roast lamb shoulder better" in write_answer(result)


def test_with_one_wine_asked_the_closest_price_is_never_swapped_for_the_nearby_match(cellar: Restaurant) -> None:
    result = recommend(restaurant=cellar, query="a bottle under 20 for the lamb", k=1)

    assert [(pick.wine.name, pick.nearby_match) for pick in result.picks] == [("Morgon", False)]


def test_two_dishes_keep_their_own_wines_when_nothing_fits_the_budget(cellar: Restaurant) -> None:
    result = recommend(restaurant=cellar, query="a bottle under 20 for the oysters and the lamb", k=3)

    assert result.nothing_fits
    assert not any(pick.nearby_match for pick in result.picks)


def test_a_budget_from_earlier_that_nothing_meets_is_said_without_its_number(cellar: Restaurant) -> None:
    lamb = recommend(restaurant=cellar, query="a bottle under 20 for the lamb", k=3)
    oysters = recommend(restaurant=cellar, query="and for the oysters?", k=3, state=lamb.state())

    assert oysters.nothing_fits
    answer = write_answer(oysters)
    assert answer.startswith("Nothing on our list is in your price range, so here is the closest:")
    first = oysters.picks[0].wine
    assert f"(${first.bottle_price:.0f})" in answer  # the prices are the point now


@pytest.mark.parametrize("question", ["what do people usually order with the lamb?", "what's your best seller?"])
def test_what_others_order_is_answered_without_pretending_to_know_the_sales(cellar: Restaurant, question: str) -> None:
    result = recommend(restaurant=cellar, query=question, k=3)

    assert result.picks
    opening = write_answer(result).split(", but ")[0]
    assert opening in ("I don't keep a tally of what guests order", "I can't see what sells most")


def test_something_sweet_is_a_sweet_wine_from_any_section_of_the_list(restaurant_a: Restaurant) -> None:
    restaurant = restaurant_a
    moscato = WineFactory.create(
        restaurant=restaurant, name="Moscato d'Asti", colour="sparkling", grapes=["Moscato"],
        description="Lightly sparkling, sweet, peach and orange blossom.",
    )  # fmt: skip
    WineFactory.create(
        restaurant=restaurant, name="Zinfandel", colour="red", grapes=["Zinfandel"],
        description="Dry and ripe, with blackberry and sweet spice.",
    )  # fmt: skip
    WineFactory.create(restaurant=restaurant, name="Sancerre", colour="white", grapes=["Sauvignon Blanc"])
    wine_index_sync(restaurant_id=restaurant.pk)

    result = recommend(restaurant=restaurant, query="something sweet")

    assert [pick.wine.pk for pick in result.picks] == [moscato.pk]
    assert not result.nothing_fits


def test_a_sweet_white_may_be_the_sauternes_in_the_dessert_section(restaurant_a: Restaurant) -> None:
    sauternes = WineFactory.create(
        restaurant=restaurant_a, name="Sauternes", colour="dessert", grapes=["Sémillon"],
        description="Sweet, honeyed apricot and botrytis.",
    )  # fmt: skip
    WineFactory.create(restaurant=restaurant_a, name="Sancerre", colour="white", grapes=["Sauvignon Blanc"])
    fino = WineFactory.create(
        restaurant=restaurant_a, name="Fino", colour="dessert", grapes=["Palomino"],
        description="Bone-dry, saline, almond.",
    )  # fmt: skip
    wine_index_sync(restaurant_id=restaurant_a.pk)

    result = recommend(restaurant=restaurant_a, query="a sweet white with the crème brûlée")

    assert [pick.wine.pk for pick in result.picks] == [sauternes.pk]
    assert fino.pk not in {pick.wine.pk for pick in result.picks}  # a dry wine of the dessert section


def test_the_house_wine_is_the_one_the_list_names_as_the_houses(cellar: Restaurant) -> None:
    before = recommend(restaurant=cellar, query="what's the house wine?", k=3)
    house = wine(cellar, "Rosso della Casa", description="Our house red: light and juicy.", bottle_price=Decimal("28"))
    wine_index_sync(restaurant_id=cellar.pk)

    asked = recommend(restaurant=cellar, query="what's the house wine?", k=3)

    # A list with none says so and still answers.
    assert before.picks
    assert write_answer(before).startswith("We don't pour a house wine as such")
    assert [pick.wine for pick in asked.picks] == [house]
    assert write_answer(asked).startswith(("Our house red is the Rosso della Casa", "The house red is the Rosso"))
    # A house colour the list does not pour is answered as any question, and said so.
    white = recommend(restaurant=cellar, query="what's your house white?", k=3)
    assert white.picks
    assert {pick.wine.colour for pick in white.picks} == {"white"}
    assert write_answer(white).startswith("None of our house wines is a white")


def test_the_body_the_diner_names_is_theirs_whatever_the_dish_would_choose(cellar: Restaurant) -> None:
    """ "A light red for the lamb" is a light red (the Cornas would suit the lamb better, and is not
    what was asked); "a bold red for the charcuterie" is the other way round."""
    light = recommend(restaurant=cellar, query="a light red for the roast lamb")
    assert [pick.wine.name for pick in light.picks] == ["Morgon"]
    assert "light, as you asked" in " ".join(light.picks[0].reasons)
    bold = recommend(restaurant=cellar, query="a bold red for the charcuterie")
    assert "Morgon" not in [pick.wine.name for pick in bold.picks]
    assert bold.picks


def test_an_off_dry_or_a_dry_white_is_what_its_sugar_says(cellar: Restaurant) -> None:
    wine(cellar, "Riesling Kabinett", grapes=["Riesling"], colour="white", description="Off-dry, peach and slate.")
    wine_index_sync(restaurant_id=cellar.pk)
    off_dry = recommend(restaurant=cellar, query="an off-dry white for the grilled fish")
    assert [pick.wine.name for pick in off_dry.picks] == ["Riesling Kabinett"]
    dry = recommend(restaurant=cellar, query="a dry white for the spicy prawns")
    assert "Riesling Kabinett" not in [pick.wine.name for pick in dry.picks]
    # The word "dry" in an "off-dry" note does not make it dry.
    reasons = " ".join(off_dry.picks[0].reasons)
    assert "it is off-dry, as you asked" in reasons
    assert "it is dry" not in reasons


def test_not_too_sweet_with_a_dessert_is_a_gentle_sweet_wine_and_with_a_main_nothing_changes(
    cellar: Restaurant,
) -> None:
    wine(cellar, "Moscato d'Asti", grapes=["Muscat"], colour="dessert", description="Medium-sweet, light, peach.")
    wine(cellar, "Tokaji Aszú", grapes=["Furmint"], colour="dessert", description="Lusciously sweet, apricot, honey.")
    wine_index_sync(restaurant_id=cellar.pk)
    gentle = recommend(restaurant=cellar, query="an apple tart, but nothing too sweet")
    assert gentle.picks[0].wine.name == "Moscato d'Asti"
    assert "Tokaji Aszú" not in [pick.wine.name for pick in gentle.picks]
    assert recommend(restaurant=cellar, query="an apple tart").picks[0].wine.name == "Tokaji Aszú"
    wine(cellar, "Vouvray Demi-Sec", grapes=["Chenin Blanc"], colour="white", description="Medium-sweet, quince.")
    wine_index_sync(restaurant_id=cellar.pk)
    main = recommend(restaurant=cellar, query="a white for the oysters, not too sweet")
    assert [pick.wine.name for pick in main.picks] == [
        pick.wine.name for pick in recommend(restaurant=cellar, query="a white for the oysters").picks
    ]


def test_a_sweet_red_is_a_red_grapes_dessert_wine_and_a_sweet_white_a_white_grapes(cellar: Restaurant) -> None:
    wine(cellar, "Tawny Port", grapes=["Touriga Nacional"], colour="dessert", description="Sweet, nutty, toffee.")
    wine(cellar, "Sauternes", grapes=["Sémillon"], colour="dessert", description="Lusciously sweet, honey, apricot.")
    wine_index_sync(restaurant_id=cellar.pk)
    red = [pick.wine.name for pick in recommend(restaurant=cellar, query="a sweet red").picks]
    white = [pick.wine.name for pick in recommend(restaurant=cellar, query="a sweet white").picks]
    assert "Tawny Port" in red
    assert "Sauternes" not in red
    assert "Sauternes" in white
    assert "Tawny Port" not in white


def test_something_not_fortified_after_a_port_is_no_port(cellar: Restaurant) -> None:
    wine(cellar, "Tawny Port", grapes=["Touriga Nacional"], colour="dessert", description="Sweet, nutty, toffee.")
    wine(cellar, "Sauternes", grapes=["Sémillon"], colour="dessert", description="Lusciously sweet, honey, apricot.")
    wine_index_sync(restaurant_id=cellar.pk)
    cheese = recommend(restaurant=cellar, query="Stilton and walnuts, a dessert wine")
    assert cheese.picks[0].wine.name == "Tawny Port"
    other = recommend(restaurant=cellar, query="something not fortified", state=cheese.state())
    assert other.picks[0].wine.name == "Sauternes"
    assert "Tawny Port" not in [pick.wine.name for pick in other.picks]
    assert "it is not fortified, as you asked" in " ".join(other.picks[0].reasons)


def test_a_cheese_board_with_a_blue_gets_the_blues_sweet_wine_last_said_as_its_own(cellar: Restaurant) -> None:
    wine(cellar, "Jura Chardonnay", grapes=["Chardonnay"], colour="white", description="Nutty, taut, walnut.")
    wine_index_sync(restaurant_id=cellar.pk)
    board = recommend(restaurant=cellar, query="a wine for our cheese board: Comté, Roquefort and a crottin")
    names = [pick.wine.name for pick in board.picks]
    assert names[-1] == "Sauternes"
    assert board.picks[-1].for_dish == "Roquefort"
    assert "Sauternes" not in names[:-1]
    assert board.understood.board
    answer = write_answer(board)
    assert "the cheese board" in answer
    assert re.search(r"(?:And for|With) the Roquefort, (?:pour )?the Domaine Sauternes", answer), answer
    assert not rubric_problems(answer, board)
    # One kind of cheese, or cheese cooked into a dish, is no board: nothing is set apart.
    for question in ("a wine for the Comté", "a pizza with gorgonzola and goat cheese", "Roquefort and pear salad"):
        assert not any(pick.for_dish for pick in recommend(restaurant=cellar, query=question).picks), question
    # The menu's board reads its cheeses from the description.
    MenuItemFactory.create(
        restaurant=cellar, name="British cheese board", description="Mature Cheddar, Stilton and a soft Somerset brie"
    )
    menu = recommend(restaurant=cellar, query="what goes with the British cheese board?")
    assert menu.picks[-1].wine.name == "Sauternes"
    assert menu.picks[-1].for_dish == "Stilton"


def test_a_wine_asked_for_that_clashes_with_the_dish_is_said_to_and_better_ones_follow(cellar: Restaurant) -> None:
    clash = recommend(restaurant=cellar, query="would the Cornas work with the oysters?")
    answer = write_answer(clash)

    assert clash.picks[0].wine.name == "Syrah Cornas"
    assert clash.understood.named_clash == "Syrah Cornas"
    assert {pick.wine.colour for pick in clash.picks[1:]} <= {"white", "sparkling"}
    assert re.search(r"^(?:Honestly|I would steer you away)", answer), answer
    assert "tannins turn metallic" in answer
    assert not rubric_problems(answer, clash)
    # The same wine with a dish it suits is simply recommended.
    suits = recommend(restaurant=cellar, query="would the Cornas work with the lamb?")
    assert suits.picks[0].wine.name == "Syrah Cornas"
    assert not suits.understood.named_clash


def test_not_the_first_one_keeps_the_others_and_something_more_interesting_shows_new_ones(
    cellar: Restaurant,
) -> None:
    for extra in ("Crozes-Hermitage", "Rioja Crianza", "Douro Tinto"):
        wine(cellar, extra, grapes=["Syrah"], description="Medium-bodied, peppery, dark fruit.")
    wine_index_sync(restaurant_id=cellar.pk)
    first = recommend(restaurant=cellar, query="a red for the lamb")
    shown = [pick.wine.name for pick in first.picks]
    refused = recommend(restaurant=cellar, query="not the first one", state=first.state())
    names = [pick.wine.name for pick in refused.picks]

    assert shown[0] not in names
    assert set(shown[1:]) <= set(names)
    # After "another?", the wines passed over stay passed over.
    other = recommend(restaurant=cellar, query="another?", state=first.state())
    other_refused = recommend(restaurant=cellar, query="not the first one", state=other.state())
    assert not set(shown) & {pick.wine.name for pick in other_refused.picks}
    assert other.picks[0].wine.name not in [pick.wine.name for pick in other_refused.picks]
    interesting = recommend(restaurant=cellar, query="something more interesting?", state=refused.state())
    assert shown[0] not in [pick.wine.name for pick in interesting.picks]
    assert not set(names) & {pick.wine.name for pick in interesting.picks}


def test_which_of_those_is_cheapest_is_asked_of_the_wines_shown(cellar: Restaurant) -> None:
    first = recommend(restaurant=cellar, query="a red for the lamb")
    cheapest = min(first.picks, key=lambda pick: pick.wine.bottle_price).wine
    dearest = max(first.picks, key=lambda pick: pick.wine.bottle_price).wine

    asked = recommend(restaurant=cellar, query="which of those is cheapest?", state=first.state())
    assert [pick.wine for pick in asked.picks] == [cheapest]
    assert f"{cheapest.name} (${cheapest.bottle_price:.0f})" in write_answer(asked).split(".")[0]
    assert "cheapest" in write_answer(asked).split(".")[0]
    most = recommend(restaurant=cellar, query="which one is the most expensive?", state=first.state())
    assert [pick.wine for pick in most.picks] == [dearest]


def test_not_oaky_keeps_to_wines_of_old_casks_while_the_list_has_them(cellar: Restaurant) -> None:
    wine(cellar, "Rioja Reserva", grapes=["Tempranillo"], description="Vanilla, leather; American oak. For lamb.")
    wine_index_sync(restaurant_id=cellar.pk)
    assert "Rioja Reserva" in [pick.wine.name for pick in recommend(restaurant=cellar, query="the lamb").picks]
    unoaked = recommend(restaurant=cellar, query="the lamb, nothing oaky")
    assert all(pick.profile.oak <= 1 for pick in unoaked.picks), [(p.wine.name, p.profile.oak) for p in unoaked.picks]


def test_a_dry_fino_filed_among_the_dessert_wines_pours_as_a_white(cellar: Restaurant) -> None:
    wine(cellar, "Fino Inocente", grapes=["Palomino"], colour="dessert", region="Jerez",
         description="Bone-dry; flor; almonds.")  # fmt: skip
    wine_index_sync(restaurant_id=cellar.pk)
    fino = Wine.objects.get(restaurant=cellar, name="Fino Inocente")
    assert recommender.served_colour(fino) == "white"
    assert recommender.served_colour(Wine.objects.get(restaurant=cellar, name="Sauternes")) == "dessert"
    tart = recommend(restaurant=cellar, query="a chocolate tart")
    assert "Fino Inocente" not in [pick.wine.name for pick in tart.picks]
    olives = recommend(restaurant=cellar, query="olives and salted almonds")
    assert olives.picks[0].wine.name == "Fino Inocente"
    assert "dessert wine" not in write_answer(olives)


@pytest.mark.parametrize(
    "question",
    ["the lamb I ordered, with the oysters for my wife", "the lamb and then the oysters"],
)
def test_another_diners_dish_or_a_later_course_is_a_dish_of_its_own(cellar: Restaurant, question: str) -> None:
    result = recommend(restaurant=cellar, query=question, menu=[])

    assert {pick.for_dish for pick in result.picks if pick.for_dish} == {"lamb", "oysters"}
