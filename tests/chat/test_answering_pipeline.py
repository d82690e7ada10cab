"""The answering pipeline: who writes the words, that every surface gives the same answer, and that a
model's rewrite is shown only when it passes the check, its fallback stored, counted and recorded."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import pytest
from asgiref.sync import async_to_sync
from django.test import Client, override_settings

from analytics.dashboard import dashboard_data
from analytics.models import LLMCall, RecommendationRecord
from analytics.recording import flush_now
from chat.answering import (
    Answer,
    answer_complete,
    answer_events,
    conversation_for,
    model_writes,
    question_ask,
    recommend_once,
)
from chat.models import Conversation, Message
from llm.gateway import get_gateway
from llm.testing.server import LLMTestServer
from recommendations.models import Restaurant
from recommendations.voice import write_answer
from tests.bistro import BUDGET, FAITHFUL, RECIPE, converse, house_words
from tests.factories import WineFactory

pytestmark = pytest.mark.django_db

METRICS_TOKEN = "a-long-random-metrics-token-for-the-pipeline"
OWNER = "diner:pipeline-test"


def ask(restaurant: Restaurant, question: str, owner: str = OWNER) -> dict[str, Any]:
    """A diner's stored question, answered whole (the page without JavaScript, the API's chat)."""
    conversation = conversation_for(restaurant=restaurant, owner=owner)
    pending = question_ask(conversation=conversation, text=question)
    done: dict[str, Any] = async_to_sync(answer_complete)(pending.pk)
    return done


def asked_once(restaurant: Restaurant, question: str) -> Answer:
    """The recommendations endpoint's path: a first question, nothing stored."""
    answer, _ = async_to_sync(recommend_once)(restaurant=restaurant, question=question)
    return answer


def streamed(restaurant: Restaurant, question: str) -> list[tuple[str, dict[str, Any]]]:
    conversation = conversation_for(restaurant=restaurant, owner=OWNER)
    pending = question_ask(conversation=conversation, text=question)

    async def events() -> list[tuple[str, dict[str, Any]]]:
        return [(event.type, event.data) async for event in answer_events(pending.pk, stream=True)]

    return async_to_sync(events)()


def fallbacks_counted(reason: str) -> float:
    """``sommelier_answer_fallbacks_total`` for one kind of reason, as /metrics shows it."""
    with override_settings(METRICS_TOKEN=METRICS_TOKEN):
        response = Client().get("/metrics", HTTP_AUTHORIZATION=f"Bearer {METRICS_TOKEN}")
    assert response.status_code == 200
    match = re.search(
        rf'^sommelier_answer_fallbacks_total\{{reason="{re.escape(reason)}"\}} (\S+)$', response.content.decode(), re.M
    )
    return float(match.group(1)) if match else 0.0


# --- no capable model: the house voice writes -----------------------------------------------------


def test_with_only_the_local_model_the_house_voice_writes_and_no_model_is_called(bistro: Restaurant) -> None:
    gateway = get_gateway()
    assert {spec.tier for spec in gateway.registry.values()} == {"local"}
    assert model_writes(gateway, bistro) is False

    answer = asked_once(bistro, BUDGET)
    flush_now()

    assert (answer.model_used, answer.degraded, answer.degraded_reason) == ("house", False, "")
    assert answer.text == house_words(bistro, BUDGET)
    assert (answer.prompt_tokens, answer.completion_tokens, answer.cost_usd) == (0, 0, "0")
    assert {card["name"] for card in answer.wines} == {"Côtes du Rhône Villages", "Chinon"}
    assert answer.understood["dish"] == "Roast lamb shoulder"
    assert not LLMCall.objects.filter(restaurant=bistro).exists()
    record = RecommendationRecord.objects.get(restaurant=bistro)
    assert (record.channel, record.writer, record.fallback) == ("api", "house", False)


def test_a_first_question_gets_the_same_words_and_wines_from_the_api_and_the_diner_page(bistro: Restaurant) -> None:
    once = asked_once(bistro, BUDGET)
    stored = ask(bistro, BUDGET)

    assert stored["text"] == once.text
    assert [card["id"] for card in stored["wines"]] == [card["id"] for card in once.wines]
    assert stored["model_used"] == "house"
    message = Message.objects.get(pk=stored["message_id"])
    assert (message.status, message.text, message.model_used) == (Message.Status.COMPLETE, once.text, "house")


def test_a_follow_up_is_answered_in_the_stored_conversation(bistro: Restaurant) -> None:
    ask(bistro, "What goes with the lamb?")

    cheaper = ask(bistro, "Something cheaper?")

    _, expected = converse(bistro, "What goes with the lamb?", "Something cheaper?")
    assert cheaper["understood"]["dish"] == "Roast lamb shoulder"
    assert cheaper["understood"]["dish_source"] == "conversation"
    assert cheaper["understood"]["refinements"] == ["cheaper"]
    assert cheaper["text"] == write_answer(expected)
    assert [card["id"] for card in cheaper["wines"]] == [pick.wine.pk for pick in expected.picks]
    conversation = Conversation.objects.get(restaurant=bistro, owner=OWNER)
    assert conversation.context == expected.state().as_json()


def test_the_house_voice_streams_a_sentence_at_a_time_and_the_words_add_up(bistro: Restaurant) -> None:
    events = streamed(bistro, BUDGET)

    kinds = [kind for kind, _ in events]
    tokens = [data["text"] for kind, data in events if kind == "token"]
    done = events[-1][1]
    assert (kinds[0], kinds[-1]) == ("route", "done")
    assert events[0][1]["reason"] == "house voice"
    assert len(tokens) > 1
    assert "".join(tokens) == done["text"] == house_words(bistro, BUDGET)


# --- a capable model rewrites, and is checked --------------------------------------------------


def test_a_faithful_rewrite_is_shown_as_the_models(bistro: Restaurant, llm_server: LLMTestServer) -> None:
    llm_server.state.set_reply("draft", FAITHFUL)
    assert model_writes(get_gateway(), bistro) is True

    once = asked_once(bistro, BUDGET)
    stored = ask(bistro, BUDGET)

    assert (once.model_used, once.degraded, once.text) == ("draft", False, FAITHFUL)
    assert (stored["model_used"], stored["degraded"], stored["text"]) == ("draft", False, FAITHFUL)
    assert Message.objects.get(pk=stored["message_id"]).model_used == "draft"
    assert llm_server.state.total_calls() == 1  # the second asked the same: the gateway's cache answered


def test_a_grape_in_a_rewrite_is_not_taken_for_another_wine_called_by_that_grape(
    bistro: Restaurant, llm_server: LLMTestServer
) -> None:
    # A wine on the list called only "Chardonnay": the model saying the grape does not name it.
    WineFactory.create(restaurant=bistro, name="Chardonnay", producer="Domaine Leflaive", colour="white",
                       grapes=["Chardonnay"])  # fmt: skip
    llm_server.state.set_reply("draft", FAITHFUL + " None of them is a Chardonnay, all red.")

    stored = ask(bistro, BUDGET)

    assert (stored["model_used"], stored["degraded"]) == ("draft", False)


def test_a_stored_answer_keeps_its_cost_and_the_request_it_was_written_for(
    bistro: Restaurant, llm_server: LLMTestServer
) -> None:
    from config.context import request_id_bind, request_id_reset

    llm_server.state.set_reply("draft", FAITHFUL)
    token = request_id_bind("stream-9")
    try:
        stored = ask(bistro, BUDGET)
    finally:
        request_id_reset(token)

    message = Message.objects.get(pk=stored["message_id"])
    assert message.request_id == "stream-9"
    assert message.cost_usd is not None
    assert message.cost_usd == Decimal(stored["cost_usd"]).quantize(Decimal("0.000001"), ROUND_HALF_UP)
    assert message.cost_usd > 0


@pytest.mark.parametrize(
    ("reply", "reason", "counted_as"),
    [
        (
            FAITHFUL + " To splurge, the Cabernet Napa is superb.",
            "no model: draft: names wines that were not chosen: Cabernet Napa",
            "no model",
        ),
        (RECIPE, "quality check: a list, header or recipe; numbers not in the facts: 4", "quality check"),
    ],
    ids=["names-a-wine-not-chosen", "recipe"],
)
def test_a_bad_rewrite_falls_back_to_the_house_voice_and_the_fallback_is_recorded(
    bistro: Restaurant, llm_server: LLMTestServer, reply: str, reason: str, counted_as: str
) -> None:
    llm_server.state.set_reply("draft", reply)
    counted_before = fallbacks_counted(counted_as)

    done = ask(bistro, BUDGET)
    flush_now()

    assert (done["model_used"], done["degraded"], done["degraded_reason"]) == ("house", True, reason)
    assert done["text"] == house_words(bistro, BUDGET)
    assert llm_server.state.total_calls() == 1
    message = Message.objects.get(pk=done["message_id"])
    assert (message.text, message.model_used, message.degraded) == (done["text"], "house", True)
    assert message.degraded_reason == reason
    assert message.understood["dish"] == "Roast lamb shoulder"
    record = RecommendationRecord.objects.get(restaurant=bistro, message_id=message.pk)
    assert (record.fallback, record.fallback_reason, record.writer, record.channel) == (True, reason, "house", "diner")
    assert dashboard_data(restaurant_id=bistro.pk, days=1)["totals"]["degraded"] == 1
    assert fallbacks_counted(counted_as) == counted_before + 1


def test_a_bad_rewrite_through_the_api_path_falls_back_too(bistro: Restaurant, llm_server: LLMTestServer) -> None:
    llm_server.state.set_reply("draft", RECIPE)

    once = asked_once(bistro, BUDGET)
    flush_now()

    assert (once.model_used, once.degraded) == ("house", True)
    assert once.degraded_reason.startswith("quality check: a list, header or recipe")
    assert once.text == house_words(bistro, BUDGET)
    record = RecommendationRecord.objects.get(restaurant=bistro)
    assert (record.fallback, record.channel) == (True, "api")


def test_a_streamed_rewrite_that_fails_the_check_is_replaced_by_the_house_voice_at_the_end(
    bistro: Restaurant, llm_server: LLMTestServer
) -> None:
    llm_server.state.set_reply("draft", RECIPE)

    events = streamed(bistro, BUDGET)

    tokens = "".join(data["text"] for kind, data in events if kind == "token")
    kind, done = events[-1]
    assert kind == "done"
    assert tokens.strip() == RECIPE  # the diner saw the model's words stream...
    assert done["replaced"] is True  # ...and the page swaps them for the house voice's
    assert (done["text"], done["model_used"], done["degraded"]) == (house_words(bistro, BUDGET), "house", True)
    assert done["degraded_reason"].startswith("quality check: ")
    assert Message.objects.get(pk=done["message_id"]).text == house_words(bistro, BUDGET)
