"""The house voice in the diner's language: which language a diner writes in, kept through the
conversation, and the answer written in it (French, Spanish, Italian, German, Portuguese) under the
same rubric as every English answer."""

from __future__ import annotations

import re

import pytest

from recommendations.dialogue import DialogueState
from recommendations.languages import diner_language
from recommendations.models import Restaurant
from recommendations.question import parse_question
from recommendations.recommender import recommend
from recommendations.voice import rubric_problems, write_answer
from tests.bistro import converse

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Un rouge pour l'agneau ?", "fr"),
        ("¿Un vino blanco para la sole meunière?", "es"),
        ("Un rosso importante per la bistecca alla fiorentina", "it"),
        ("Zum Käsefondue bitte einen Weißwein, höchstens 50 Euro die Flasche", "de"),
        ("Boa noite! Uma garrafa até 45 euros para o polvo?", "pt"),
        ("rib-eye, un tinto potente por favor", "es"),  # "por favor" is Spanish before it is Portuguese
        ("What goes with the moules marinières?", "en"),  # a French dish on an English menu
        ("fish n chips, a sauvignon blanc?", "en"),  # a grape is no French
        ("coq au vin", "en"),  # a dish's own name said alone is no French sentence
        ("et le coq au vin ?", "fr"),
        ("merci !", "fr"),  # one word is enough when it is all that is said
        # What a diner says ordering: "voy a tomar", "zum Nachtisch", "ich nehme".
        ("Voy a tomar una paella de marisco", "es"),
        ("zum Nachtisch Schokoladenkuchen", "de"),
        # A French dish in an English sentence is no French; beside French words it tips the balance.
        ("the poulet au vin jaune", "en"),
        ("coq au vin, un rouge ?", "fr"),
        ("Zu Raclette, welchen Wein?", "de"),
    ],
)
def test_the_diners_language_is_read_from_the_small_words(text: str, language: str) -> None:
    assert diner_language(text) == language


@pytest.mark.parametrize("text", ["ok", "60?", "albariño?", "🍷", "Cornas ?"])
def test_a_turn_that_says_too_little_keeps_the_conversations_language(text: str) -> None:
    assert diner_language(text, "it") == "it"


def test_a_diner_who_switches_language_is_answered_in_the_new_one() -> None:
    assert diner_language("sorry, switching to English for my friend: is the first one dry?", "de") == "en"
    assert diner_language("Perfetto, grazie, è tutto!", "en") == "it"


def test_the_language_is_kept_in_the_conversation_state(bistro: Restaurant) -> None:
    first, cheaper = converse(bistro, "Un rouge à moins de 60 $ pour l'agneau ?", "ok, 45 ?")

    assert first.understood.language == "fr"
    assert first.state().language == "fr"
    assert DialogueState.from_json(first.state().as_json()).language == "fr"
    assert cheaper.understood.language == "fr"  # "ok, 45 ?" tells no language of its own
    assert first.understood.as_json()["language"] == "fr"


def test_an_unknown_stored_language_starts_in_english() -> None:
    assert DialogueState.from_json({"language": "klingon"}).language == "en"
    assert DialogueState.from_json({"language": ["fr"]}).language == "en"


QUESTIONS = [
    ("Un rouge à moins de 60 $ pour l'agneau ?", "Pour ", "l'agneau"),
    ("¿Un tinto para el cordero, máximo 60 dólares?", "", "el cordero"),
    ("Un rosso per l'agnello, massimo 60 dollari", "", "l'agnello"),
    ("Einen Rotwein zum Lamm, höchstens 60 Dollar?", "", "zum Lamm"),
    ("Um tinto para o borrego, até 60 dólares?", "", "o borrego"),
]


@pytest.mark.parametrize(("question", "starts", "dish"), QUESTIONS)
def test_a_first_question_is_answered_in_the_diners_language(
    bistro: Restaurant, question: str, starts: str, dish: str
) -> None:
    result = recommend(restaurant=bistro, query=question)
    text = write_answer(result)

    assert result.picks
    assert diner_language(text) == result.understood.language, text
    assert text.startswith(starts), text
    assert dish in text, text  # the dish in the diner's own words and article
    assert rubric_problems(text, result) == [], text
    assert "model is resting" not in text
    for english in (" the ", " with ", " and ", "I'd", "pour the"):
        assert english not in text, (english, text)


def test_french_reads_as_french(bistro: Restaurant) -> None:
    # The lamb: a Syrah with firm tannins first, each wine its own reason, prices as France writes them.
    text = write_answer(recommend(restaurant=bistro, query="Un rouge à moins de 60 $ pour l'agneau ?"))

    assert "Syrah Cornas" in text
    assert "tanins" in text  # the rules' tannin reason, said in French
    assert "58 $" in text  # the price was asked: as a French card would print it
    assert "\u00a0;" in text or "\u00a0:" in text  # French sets a space before its double marks
    for wrong in ("de le ", "à le ", "de un"):
        assert wrong not in text


def test_a_refinement_keeps_the_language_and_says_what_changed(bistro: Restaurant) -> None:
    first, cheaper = converse(bistro, "Un rouge à moins de 60 $ pour l'agneau ?", "Moins cher ?")
    text = write_answer(cheaper)

    assert cheaper.understood.refinements == ("cheaper",)
    assert diner_language(text) == "fr", text
    assert "moins cher" in text or "l'addition" in text, text
    assert "votre plat" in text  # the lamb talked about, not named again
    assert rubric_problems(text, cheaper) == []
    assert text != write_answer(first)


def test_a_goodbye_is_said_in_the_diners_language(bistro: Restaurant) -> None:
    *_, goodbye = converse(bistro, "Un rosso per l'agnello, massimo 60 dollari", "Perfetto, grazie, è tutto!")
    text = write_answer(goodbye)

    assert goodbye.understood.refinements == ("closing",)
    assert text.startswith("Con piacere"), text
    assert "il piatto" in text, text


def test_wines_that_already_meet_a_refusal_are_said_to_stand_in_the_diners_language(bistro: Restaurant) -> None:
    # Reds for the lamb, then "no Sauvignon": none of them is one, so the same wines come back, and why.
    first, refused = converse(bistro, "Un rouge pour l'agneau ?", "Pas de sauvignon s'il vous plaît")
    text = write_answer(refused)

    assert [pick.wine.pk for pick in refused.picks] == [pick.wine.pk for pick in first.picks]
    assert text.startswith("Aucun de ces vins n'est un Sauvignon"), text
    assert diner_language(text) == "fr", text
    assert rubric_problems(text, refused) == []


def test_a_trait_asked_of_one_wine_is_answered_yes_or_no_in_the_diners_language(bistro: Restaurant) -> None:
    *_, about = converse(bistro, "Un rouge pour l'agneau ?", "le deuxième, il est boisé ?")
    text = write_answer(about)

    assert about.understood.refinements == ("about",)
    assert text.split(",")[0] in ("Oui", "Non", "En partie"), text
    assert about.picks[0].wine.name in text.split(".")[0]  # the answer names the wine it is about
    assert rubric_problems(text, about) == []


@pytest.mark.parametrize(
    ("asked", "said"),
    [
        ("Le deuxième, c'est quel millésime ?", "est du millésime 2020."),
        ("d'où vient le premier ?", "vient du Rhône septentrional."),
    ],
)
def test_a_fact_asked_of_one_wine_is_said_first_in_the_diners_language(
    bistro: Restaurant, asked: str, said: str
) -> None:
    *_, about = converse(bistro, "Un rouge à moins de 60 $ pour l'agneau ?", asked)
    text = write_answer(about)

    assert about.understood.refinements == ("about",)
    assert text.split(". ")[0].endswith(said.rstrip(".")), text
    assert rubric_problems(text, about) == []


def test_a_comparison_the_writer_cannot_say_is_answered_fully_in_english(bistro: Restaurant) -> None:
    # What sets two wines apart: the English writer says it rightly, rather than half of it in French.
    *_, compared = converse(bistro, "Un rouge pour l'agneau ?", "quelle est la différence entre les deux premiers ?")
    text = write_answer(compared)

    assert diner_language(text) == "en", text
    assert rubric_problems(text, compared) == []


def test_an_english_diner_reads_english(bistro: Restaurant) -> None:
    result = recommend(restaurant=bistro, query="A red under $60 for the lamb?")

    assert result.understood.language == "en"
    assert diner_language(write_answer(result)) == "en"


@pytest.mark.parametrize(
    ("text", "dishes"),
    [
        ("Hola, tacos de pescado para los dos.", ("tacos de pescado",)),  # "los dos" are the two of us
        ("Empanadas de carne para arrancar", ("empanadas de carne",)),
        ("tacos al pastor y ceviche, una botella para compartir", ("tacos al pastor y ceviche",)),
    ],
)
def test_what_the_table_does_is_no_dish(text: str, dishes: tuple[str, ...]) -> None:
    assert parse_question(text).dish_words == dishes


@pytest.mark.parametrize(
    "text",
    ["Perfetto, grazie, è tutto!", "c'est tout pour nous !", "Perfekt, danke, das war's!", "obrigado, até à próxima!"],
)
def test_thanks_and_goodbyes_in_the_restaurants_languages_close_the_conversation(text: str) -> None:
    said = parse_question(text).said
    assert said is not None
    assert said.closing


def test_an_order_for_the_waiter_in_french_is_the_servers_and_the_wine_stands(bistro: Restaurant) -> None:
    first, bread = converse(bistro, "Un rouge pour l'agneau ?", "Encore du pain s'il vous plaît")
    text = write_answer(bread)

    assert bread.understood.refinements == ("staff",)
    assert text.startswith("Votre serveur"), text
    assert first.picks[0].wine.name in text
    assert rubric_problems(text, bread) == []


def test_another_like_the_second_is_answered_in_the_diners_language(bistro: Restaurant) -> None:
    *_, like = converse(bistro, "Un rosso per l'agnello", "un altro come il secondo?")
    text = write_answer(like)

    assert like.understood.refinements == ("like",)
    assert diner_language(text) == "it", text
    assert rubric_problems(text, like) == []


def test_the_reasons_for_several_dishes_speak_of_the_dishes(bistro: Restaurant) -> None:
    result = recommend(restaurant=bistro, query="Pour les huîtres et l'agneau, une bouteille pour la table ?")
    text = write_answer(result)

    assert len(result.dish_profiles) == 2
    assert diner_language(text) == "fr", text
    # The wine for both dishes speaks of "les plats"; one chosen for one dish ("Et pour...") of its plate.
    for_both = [sentence for sentence in text.split(". ") if not sentence.startswith("Et pour")]
    for one_plate in (" du plat", " le plat ", " au plat"):
        assert not any(one_plate in sentence for sentence in for_both), text
    assert rubric_problems(text, result) == []


def test_a_dessert_is_the_dessert_in_the_reasons(bistro: Restaurant) -> None:
    text = write_answer(recommend(restaurant=bistro, query="Et un vin doux pour la crème brûlée ?"))

    assert "crème brûlée" in text
    assert " du plat" not in text, text


@pytest.mark.parametrize(
    ("first", "refusal", "said"),
    [
        ("Un rosso per l'agnello, sotto i 60 €?", "niente dalla Spagna", "Nessuno di questi viene dalla Spagna"),
        ("Einen Rotwein zum Lamm, unter 60 €?", "Bitte nichts aus Spanien.", "Keiner davon kommt aus Spanien"),
        ("¿Un tinto para el cordero, menos de 60 €?", "nada de Italia", "Ninguno de estos viene de Italia"),
    ],
)
def test_a_country_refused_is_said_in_the_diners_language(
    bistro: Restaurant, first: str, refusal: str, said: str
) -> None:
    # The reds under 60 on this list are all French: the refused country changes nothing, and the
    # answer says so with the country's name in the diner's words ("dalla Spagna", not "Spain").
    before, after = converse(bistro, first, refusal)
    text = write_answer(after)

    assert after.constraints.refused_places
    assert [pick.wine.pk for pick in after.picks] == [pick.wine.pk for pick in before.picks]
    assert text.startswith(said), text
    assert rubric_problems(text, after) == []


@pytest.mark.parametrize(
    ("first", "question", "comparative"),
    [
        ("Un rouge pour l'agneau ?", "Moins tannique ?", "plus souple"),
        ("Un rosso per l'agnello?", "Meno tannico?", "più morbido"),
        ("¿Un tinto para el cordero?", "¿Menos tánico?", "más suave"),
        ("Um tinto para o borrego?", "Menos tânico?", "mais macio"),
        ("Einen Rotwein zum Lamm, bitte?", "Weniger Tannin?", "Weicheres"),
    ],
)
def test_a_step_asked_in_another_language_is_said_in_it(
    bistro: Restaurant, first: str, question: str, comparative: str
) -> None:
    before, softer = converse(bistro, first, question)
    text = write_answer(softer)

    lead = before.picks[0].profile.tannin
    assert softer.picks
    assert all(pick.profile.tannin < lead for pick in softer.picks)
    assert comparative in text.split(".")[0], text
    assert rubric_problems(text, softer) == []


@pytest.mark.parametrize(
    ("first", "question", "openings"),
    [
        (
            "Un rouge pour l'agneau ?",
            "Lequel est le plus léger ?",
            ("De ceux-là, le plus léger est", "Parmi eux, le plus léger est"),
        ),
        (
            "Un rosso per l'agnello?",
            "Qual è il più leggero?",
            ("Tra questi, il più leggero è", "Fra questi, il più leggero è"),
        ),
        (
            "¿Un tinto para el cordero?",
            "¿Cuál es el más ligero?",
            ("De ellos, el más ligero es", "Entre ellos, el más ligero es"),
        ),
        ("Einen Rotwein zum Lamm, bitte?", "Welcher ist der leichteste?", ("Von diesen ist der leichteste der",)),
        ("Um tinto para o borrego?", "Qual é o mais leve?", ("Destes, o mais leve é", "Entre eles, o mais leve é")),
    ],
)
def test_which_is_the_lightest_is_answered_in_the_diners_language(
    bistro: Restaurant, first: str, question: str, openings: tuple[str, ...]
) -> None:
    before, lightest = converse(bistro, first, question)
    text = write_answer(lightest)

    assert lightest.parsed.said is not None
    assert lightest.parsed.said.superlative is not None
    assert [pick.wine.pk for pick in lightest.picks] == [min(before.picks, key=lambda pick: pick.profile.body).wine.pk]
    assert text.startswith(openings), text
    assert rubric_problems(text, lightest) == []


def test_the_sommeliers_own_pick_is_said_in_the_diners_language(bistro: Restaurant) -> None:
    _, chosen = converse(bistro, "Un rouge pour l'agneau ?", "Lequel choisiriez-vous ?")
    text = write_answer(chosen)

    assert chosen.parsed.said is not None
    assert chosen.parsed.said.your_choice
    assert text.startswith(("De ceux-là, je choisirais", "Pour ma part, je prendrais")), text
    assert diner_language(text) == "fr", text
    assert rubric_problems(text, chosen) == []


def test_a_dish_a_wine_is_for_is_named_as_the_diner_named_it(bistro: Restaurant) -> None:
    result = recommend(
        restaurant=bistro, query="Nous prenons les huîtres et le gigot d'agneau, un vin pour chacun ?", menu=[]
    )
    text = write_answer(result)

    assert any(pick.for_dish for pick in result.picks)
    assert "oysters" not in text
    assert "leg of lamb" not in text
    assert "huîtres" in text
    assert "gigot d'agneau" in text


@pytest.mark.parametrize(
    ("first", "asked", "said"),
    [
        ("Un Ribera del Duero para el lechazo", "¿Qué añada es?", "de la añada"),
        ("Welcher Wein passt zu Ente mit Orangensauce?", "Welcher Jahrgang?", "vom Jahrgang"),
    ],
)
def test_a_year_asked_with_no_it_is_asked_of_the_wine_in_focus(
    bistro: Restaurant, first: str, asked: str, said: str
) -> None:
    _, answered = converse(bistro, first, asked)

    assert "about" in answered.understood.refinements
    assert len(answered.picks) == 1
    assert said in write_answer(answered)


def test_a_place_the_list_lacks_is_said_in_the_diners_language(bistro: Restaurant) -> None:
    result = recommend(restaurant=bistro, query="Un vino de Nueva Zelanda para el cordero, por favor")
    text = write_answer(result)

    assert result.understood.places_missing == ("New Zealand",)
    assert text.startswith("Nada de Nueva Zelanda de nuestra carta encaja esta noche"), text
    assert not rubric_problems(text, result)


def test_a_wine_asked_for_that_clashes_is_said_so_in_the_diners_language(bistro: Restaurant) -> None:
    result = recommend(restaurant=bistro, query="Le Cornas irait-il avec les huîtres ?", menu=[])
    text = write_answer(result)

    assert result.understood.named_clash
    assert re.match(r"^(?:Honnêtement, je ne choisirais pas|Je vous déconseillerais) le [^:]*Cornas", text), text
    assert "métallique" in text
    assert not rubric_problems(text, result)
