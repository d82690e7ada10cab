"""Recording: batched, off the hot path, and nothing lost or doubled when PostgreSQL goes away."""

from __future__ import annotations

import pytest

from analytics.models import RecommendationRecord
from analytics.recording import flush_now, record_recommendation
from recommendations.models import Restaurant


@pytest.mark.django_db
def test_it_records_a_recommendation(restaurant_a: Restaurant) -> None:
    record_recommendation(restaurant_id=restaurant_a.pk, question="A red for lamb?", wine_ids=[3, 1], channel="diner")

    flush_now()

    record = RecommendationRecord.objects.get(restaurant=restaurant_a)
    assert (record.question, record.wine_ids, record.channel, record.message_id) == ("A red for lamb?", [3, 1], "diner", None)
