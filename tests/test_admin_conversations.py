"""Staff read their diners' conversations and the model calls behind them, and nobody else's."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from analytics.models import LLMCall
from api.keys import api_key_create
from chat.models import Conversation, Feedback, Message
from recommendations.models import Restaurant
from tests.factories import TableFactory

CARD = {
    "id": 1,
    "name": "Morgon Côte du Py",
    "producer": "Jean Foillard",
    "region": "Beaujolais",
    "vintage": 2021,
    "colour": "red",
    "price": "58.00",
    "glass_price": "14.00",
    "currency": "USD",
    "note": "Crunchy red cherry and granite.",
    "reason": "",
    "alternative": False,
}


def exchange(
    restaurant: Restaurant,
    question: str,
    answer: str,
    *,
    table_number: int | None = None,
    rating: int | None = None,
    **answer_fields: Any,
) -> Conversation:
    table = TableFactory.create(restaurant=restaurant, number=table_number) if table_number else None
    conversation = Conversation.objects.create(restaurant=restaurant, table=table, owner="diner-token")
    asked = Message.objects.create(conversation=conversation, role=Message.Role.USER, text=question)
    fields = {"model_used": "house", "latency_ms": 120.0, "cost_usd": Decimal(0), "wines": [CARD], **answer_fields}
    answered = Message.objects.create(
        conversation=conversation, role=Message.Role.ASSISTANT, text=answer, in_reply_to=asked, **fields
    )
    if rating is not None:
        Feedback.objects.create(message=answered, rating=rating, comment="too pricey" if rating < 0 else "")
    return conversation


def changelist(client: Client, query: str = "") -> str:
    response = client.get(reverse("admin:chat_conversation_changelist") + query)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def conversations(restaurant_a: Restaurant, restaurant_b: Restaurant) -> dict[str, Conversation]:
    return {
        "lamb": exchange(
            restaurant_a,
            "A red under $60 for the lamb?",
            "For the lamb, the Morgon Côte du Py.",
            table_number=4,
            rating=Feedback.Rating.DOWN,
            request_id="req-lamb",
            model_used="draft",
            cost_usd=Decimal("0.000151"),
        ),
        "oysters": exchange(
            restaurant_a,
            "Something for the oysters by the glass?",
            "Nothing by the glass fits; the nearest is a Muscadet.",
            degraded=True,
            degraded_reason="quality check: names wines that were not chosen",
            understood={"nothing_fits": True},
        ),
        "other": exchange(restaurant_b, "A Barolo for the steak, please", "The Barolo.", table_number=9),
    }


def test_staff_see_their_own_restaurants_conversations_only(
    alice_client: Client, conversations: dict[str, Conversation]
) -> None:
    page = changelist(alice_client)

    assert "A red under $60 for the lamb?" in page
    assert "Something for the oysters by the glass?" in page
    assert "Barolo" not in page
    assert "Table 9" not in page  # another restaurant's tables are not even offered as a filter


@pytest.mark.parametrize(
    ("query", "shown", "hidden"),
    [
        ("?q=lamb", "lamb", "oysters"),
        ("?q=Morgon", None, "lamb"),  # the answers' words are not searched, only the questions
        ("?thumbs_down=yes", "lamb", "oysters"),
        ("?feedback=no", "oysters", "lamb"),
        ("?fallback=yes", "oysters", "lamb"),
        ("?nothing_fitted=yes", "oysters", "lamb"),
    ],
)
def test_the_filters_and_the_search_select_conversations(
    alice_client: Client, conversations: dict[str, Conversation], query: str, shown: str | None, hidden: str
) -> None:
    page = changelist(alice_client, query)

    if shown:
        assert shown in page
    assert f"the {hidden}" not in page


def test_the_table_filter(alice_client: Client, conversations: dict[str, Conversation]) -> None:
    table_id = conversations["lamb"].table_id

    page = changelist(alice_client, f"?table={table_id}")

    assert "lamb" in page
    assert "oysters" not in page


def test_a_conversation_reads_as_the_diner_saw_it_with_who_wrote_and_what_it_cost(
    alice_client: Client, conversations: dict[str, Conversation]
) -> None:
    response = alice_client.get(reverse("admin:chat_conversation_change", args=[conversations["lamb"].pk]))
    page = response.content.decode()

    assert response.status_code == 200
    assert "A red under $60 for the lamb?" in page
    assert "For the lamb, the Morgon Côte du Py." in page
    assert "Jean Foillard" in page and "$58" in page  # the wine card  # noqa: PT018
    assert "Not helpful" in page and "too pricey" in page  # noqa: PT018
    assert "draft" in page
    assert "$0.000151" in page
    assert f"{reverse('admin:analytics_llmcall_changelist')}?request_id=req-lamb" in page


def test_a_fallback_answer_says_why(alice_client: Client, conversations: dict[str, Conversation]) -> None:
    page = alice_client.get(reverse("admin:chat_conversation_change", args=[conversations["oysters"].pk])).content

    assert b"the house voice" in page
    assert b"quality check: names wines that were not chosen" in page
    assert b"Nothing fitted" in page


def test_another_restaurants_conversation_looks_missing(
    alice_client: Client, conversations: dict[str, Conversation]
) -> None:
    response = alice_client.get(reverse("admin:chat_conversation_change", args=[conversations["other"].pk]))

    assert response.status_code == 302
    assert "Barolo" not in alice_client.get(response["Location"]).content.decode()


def test_conversations_are_read_only(alice_client: Client, conversations: dict[str, Conversation]) -> None:
    lamb = conversations["lamb"]

    assert alice_client.get(reverse("admin:chat_conversation_add")).status_code == 403
    assert (
        alice_client.post(reverse("admin:chat_conversation_delete", args=[lamb.pk]), {"post": "yes"}).status_code == 403
    )
    alice_client.post(reverse("admin:chat_conversation_change", args=[lamb.pk]), {"owner": "someone else"})
    lamb.refresh_from_db()
    assert lamb.owner == "diner-token"


def diner_model_call(restaurant: Restaurant, **fields: Any) -> LLMCall:
    defaults: dict[str, Any] = {
        "operation": "recommendation",
        "model_used": "draft",
        "latency_ms": 800.0,
        "outcome": "ok",
        "prompt_tokens": 300,
        "completion_tokens": 80,
        "cost_usd": Decimal("0.000150"),
        "surface": "diner",
    }
    return LLMCall.objects.create(restaurant=restaurant, **{**defaults, **fields})


def test_the_model_call_log_shows_the_users_calls_with_totals(
    alice_client: Client, restaurant_a: Restaurant, restaurant_b: Restaurant
) -> None:
    key, _ = api_key_create(restaurant=restaurant_a, name="POS till", scopes=["chat"])
    other_key, _ = api_key_create(restaurant=restaurant_b, name="Harbor kiosk", scopes=["chat"])
    diner_model_call(restaurant_a, request_id="req-lamb", route_reason="cascade: draft first")
    diner_model_call(restaurant_a, api_key=key, surface="api", model_used="strong", cost_usd=Decimal("0.002"))
    diner_model_call(restaurant_a, cache_tier="redis", cost_usd=Decimal(0), prompt_tokens=0, completion_tokens=0)
    diner_model_call(restaurant_b, api_key=other_key, surface="api", model_used="secret-model", cost_usd=Decimal(9))
    url = reverse("admin:analytics_llmcall_changelist")

    page = alice_client.get(url).content.decode()
    assert "<strong>3</strong> calls" in page
    assert "<strong>$0.002150</strong> spent" in page
    assert "<strong>1</strong> from cache" in page
    assert "API key: POS till" in page
    assert "cascade: draft first" in page
    assert "Harbor kiosk" not in page
    assert "secret-model" not in page

    by_request = alice_client.get(url + "?request_id=req-lamb").content.decode()
    assert "<strong>1</strong> calls" in by_request
    by_key = alice_client.get(url + f"?caller=key-{key.pk}").content.decode()
    assert "<strong>1</strong> calls" in by_key and "<strong>$0.002000</strong> spent" in by_key  # noqa: PT018
    assert "<strong>0</strong> calls" in alice_client.get(url + f"?caller=key-{other_key.pk}").content.decode()


def test_the_list_costs_the_same_queries_for_50_conversations_as_for_2(
    alice_client: Client, restaurant_a: Restaurant, django_assert_max_num_queries: Any
) -> None:
    for number in range(50):
        exchange(restaurant_a, f"Question {number} about the lamb?", "An answer.", rating=Feedback.Rating.UP)

    with django_assert_max_num_queries(20):
        page = changelist(alice_client)

    assert "Question 49 about the lamb?" in page
