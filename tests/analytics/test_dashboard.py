"""The staff dashboard: what diners ask, what we recommend, how fast, how much; a manager of A never sees B."""

from __future__ import annotations

import uuid
from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from analytics.models import Alert, LLMCall, RecommendationRecord, RequestRecord
from chat.models import Conversation, Feedback, Message
from recommendations.models import Restaurant
from tests.analytics.conftest import llm_call, request_record
from tests.factories import WineFactory


def url(restaurant: Restaurant, days: int = 1) -> str:
    return f"/admin/analytics/restaurantdashboard/{restaurant.pk}/change/?days={days}"


@pytest.fixture
def activity(restaurant_a: Restaurant, restaurant_b: Restaurant) -> None:
    now = timezone.now() - timedelta(minutes=1)
    morgon = WineFactory.create(restaurant=restaurant_a, name="Morgon Côte du Py", producer="Foillard")
    secret = WineFactory.create(restaurant=restaurant_b, name="Harbor Secret Reserve", producer="B Cellars")
    RecommendationRecord.objects.bulk_create(
        [
            RecommendationRecord(uid=uuid.uuid4(), restaurant=restaurant_a, question=" A red for lamb? ", wine_ids=[morgon.pk], channel="diner", created_at=now),
            RecommendationRecord(uid=uuid.uuid4(), restaurant=restaurant_a, question="a red for lamb?", wine_ids=[morgon.pk], channel="api", created_at=now),
            RecommendationRecord(uid=uuid.uuid4(), restaurant=restaurant_b, question="Harbor-only question about oysters", wine_ids=[secret.pk], channel="diner", created_at=now),
        ]
    )  # fmt: skip
    LLMCall.objects.bulk_create(
        [
            llm_call(restaurant_a, now, model_used="strong", cost_usd=Decimal("0.5")),
            llm_call(restaurant_a, now, cache_tier="redis"),
            llm_call(restaurant_b, now, model_used="b-only-model", cost_usd=Decimal("9")),
        ]
    )
    RequestRecord.objects.bulk_create([request_record(restaurant_a, now, latency_ms=float(n)) for n in (10, 20, 900)])
    conversation = Conversation.objects.create(restaurant=restaurant_a, owner="diner")
    answer = Message.objects.create(conversation=conversation, role="assistant", text="Morgon")
    Feedback.objects.create(message=answer, rating=1, comment="Lovely pick, thank you!", sentiment=0.8)


@pytest.mark.django_db
@pytest.mark.usefixtures("activity")
def test_a_manager_sees_what_diners_ask_what_we_recommend_speed_cost_and_feedback(
    alice_client: Client, restaurant_a: Restaurant
) -> None:
    response = alice_client.get(url(restaurant_a))

    assert response.status_code == 200
    page = response.content.decode()
    assert "a red for lamb?" in page  # two questions, normalised into one row
    assert "<td>a red for lamb?</td><td>2</td>" in page
    assert "Foillard Morgon Côte du Py" in page
    assert "<svg" in page
    assert 'class="p95-line"' in page
    assert "strong ($0.5000)" in page
    assert "50%" in page  # cache hit ratio of A's two calls
    assert "Lovely pick, thank you!" in page
    assert "positive" in page
    assert "<script>" not in page  # no inline script; htmx comes from our static files
    assert 'hx-trigger="every 60s"' in page


@pytest.mark.django_db
@pytest.mark.usefixtures("activity")
def test_a_manager_of_a_never_sees_b(alice_client: Client, restaurant_a: Restaurant, restaurant_b: Restaurant) -> None:
    own = alice_client.get(url(restaurant_a, days=30)).content.decode()
    other = alice_client.get(url(restaurant_b))
    listing = alice_client.get("/admin/analytics/restaurantdashboard/").content.decode()

    for secret in ("Harbor", "b-only-model", "oysters"):
        assert secret not in own
    assert other.status_code == 302  # like any object that does not exist
    assert "Harbor B" not in listing
    assert "Bistro A" in listing


@pytest.mark.django_db
@pytest.mark.usefixtures("activity")
def test_an_htmx_refresh_gets_only_the_panel(alice_client: Client, restaurant_a: Restaurant) -> None:
    response = alice_client.get(url(restaurant_a, days=7), HTTP_HX_REQUEST="true")

    page = response.content.decode()
    assert page.lstrip().startswith('<div id="dashboard-panel"')
    assert "<html" not in page
    assert "7 days" in page


@pytest.mark.django_db
def test_a_window_that_is_not_offered_falls_back_to_a_day(alice_client: Client, restaurant_a: Restaurant) -> None:
    response = alice_client.get(f"/admin/analytics/restaurantdashboard/{restaurant_a.pk}/change/?days=9999")

    assert response.status_code == 200
    assert "last 24 hours" in response.content.decode()


@pytest.mark.django_db
def test_alerts_are_listed_for_their_own_restaurant_only(
    alice_client: Client, restaurant_a: Restaurant, restaurant_b: Restaurant
) -> None:
    now = timezone.now()
    Alert.objects.create(
        restaurant=restaurant_a, metric="error_rate", period_start=now, value=0.5, threshold=0.1, message="A is failing"
    )
    Alert.objects.create(restaurant=restaurant_b, metric="error_rate", period_start=now, value=0.5, threshold=0.1, message="B is failing")  # fmt: skip

    page = alice_client.get("/admin/analytics/alert/").content.decode()

    assert "A is failing" in page
    assert "B is failing" not in page


def test_only_managers_may_send_alerts_to_the_webhook_again(
    alice_client: Client, victor: Any, restaurant_a: Restaurant
) -> None:
    from tests.conftest import logged_in

    Alert.objects.create(
        restaurant=restaurant_a, metric="error_rate", period_start=timezone.now(), value=0.5, threshold=0.1,
        message="A is failing", webhook=Alert.Delivery.FAILED,
    )  # fmt: skip

    viewer_page = logged_in(victor).get("/admin/analytics/alert/").content.decode()
    manager_page = alice_client.get("/admin/analytics/alert/").content.decode()

    assert "resend_webhook" not in viewer_page
    assert "resend_webhook" in manager_page


@pytest.mark.django_db
def test_the_dashboard_tells_who_wrote_what_failed_and_where_the_money_went(
    alice_client: Client, restaurant_a: Restaurant, restaurant_b: Restaurant
) -> None:
    from api.keys import api_key_create

    now = timezone.now() - timedelta(minutes=1)
    restaurant_a.daily_llm_budget_usd = Decimal("2.00")
    restaurant_a.save()
    till, _ = api_key_create(restaurant=restaurant_a, name="POS till", scopes=["chat"], daily_budget_usd=Decimal("1"))
    kiosk, _ = api_key_create(restaurant=restaurant_b, name="Harbor kiosk", scopes=["chat"])
    RecommendationRecord.objects.bulk_create(
        [
            RecommendationRecord(uid=uuid.uuid4(), restaurant=restaurant_a, question="q1", channel="diner", writer="house", created_at=now),
            RecommendationRecord(uid=uuid.uuid4(), restaurant=restaurant_a, question="q2", channel="diner", writer="house", fallback=True, fallback_reason="quality check", created_at=now),
            RecommendationRecord(uid=uuid.uuid4(), restaurant=restaurant_a, question="q3", channel="api", writer="draft", created_at=now),
        ]
    )  # fmt: skip
    LLMCall.objects.bulk_create(
        [
            llm_call(restaurant_a, now, model_used="draft", cost_usd=Decimal("0.25")),
            llm_call(restaurant_a, now, model_used="strong", cost_usd=Decimal("0.50"), api_key=till),
            llm_call(restaurant_b, now, model_used="strong", cost_usd=Decimal("9"), api_key=kiosk),
        ]
    )
    RequestRecord.objects.bulk_create(
        [request_record(restaurant_a, now, latency_ms=50.0), request_record(restaurant_a, now, status=500)]
    )
    conversation = Conversation.objects.create(restaurant=restaurant_a, owner="diner")
    question = Message.objects.create(conversation=conversation, role="user", text="Something for the oysters?")
    answer = Message.objects.create(conversation=conversation, role="assistant", text="A Barolo.", in_reply_to=question)
    Feedback.objects.create(message=answer, rating=-1, comment="a red with oysters?!")

    page = alice_client.get(url(restaurant_a)).content.decode()

    # Who wrote the answers, and the fallback counted where it happened.
    assert "<tr><td>the house voice</td><td>2</td><td>1</td></tr>" in page
    assert "<tr><td>draft</td><td>1</td><td>0</td></tr>" in page
    # The thumbs down, with its question, linked to the conversation.
    assert f'href="/admin/chat/conversation/{conversation.pk}/change/">Something for the oysters?</a>' in page
    assert "a red with oysters?!" in page
    # Spend by caller against the budgets: the key's $0.50 of $1, the restaurant's $0.75 of $2.
    assert "<td>API key: POS till</td><td>1</td><td>$0.5000</td><td>$0.5000</td>" in page
    assert "$1.00 (50% used)" in page
    assert "$2.00 (38% used)" in page
    assert "Harbor kiosk" not in page
    assert "API key: POS till ($0.5000)" in page  # the cost chart by who asked
    assert "diner page and own work ($0.2500)" in page
    # Error rate and cache hits over time: one request of two failed this hour.
    assert 'class="error-dot"' in page
    assert "50% server errors" in page


@pytest.mark.django_db
def test_a_single_busy_hour_still_shows_its_p95_as_a_dot(alice_client: Client, restaurant_a: Restaurant) -> None:
    RequestRecord.objects.bulk_create([request_record(restaurant_a, timezone.now(), latency_ms=320.0)])

    page = alice_client.get(url(restaurant_a)).content.decode()

    assert page.count('class="p95-dot"') == 1


@pytest.mark.parametrize(
    ("value", "axis"), [(0.0, 1.0), (0.00015, 0.0002), (0.0023, 0.005), (0.5, 0.5), (5.0, 5.0), (351.0, 500.0)]
)
def test_chart_axes_fit_fractions_of_a_cent_as_well_as_hundreds(value: float, axis: float) -> None:
    from analytics.dashboard import _nice_max

    assert _nice_max(value) == axis
