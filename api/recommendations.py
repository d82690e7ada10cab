"""POST /api/v1/restaurants/<slug>/recommendations: wines for one question, through the one answering pipeline.

No conversation is kept: the answer is the one a diner gets for the same first question
(the same wines and words), with the chosen wines' details and scores for API clients.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.http import HttpRequest, JsonResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, extend_schema
from rest_framework import serializers

from api.http import AsyncAPIView, not_found, public_degraded_reason, validated
from api.models import ApiKey
from api.serializers import TextField
from chat.answering import Answer, AnswerOptions, Composition, recommend_once
from config.api import StrictBooleanField, StrictIntegerField
from recommendations.models import Restaurant, WineColour
from recommendations.recommender import wine_payload
from recommendations.selectors import restaurant_for_key
from recommendations.winelist.csv_format import normalise_colour

MAX_QUERY_LENGTH = 500


class ColourField(serializers.ChoiceField):
    """Accepts rosé as well as rose, like the CSV import."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(choices=WineColour.values, **kwargs)

    def to_internal_value(self, data: Any) -> str:
        return str(super().to_internal_value(normalise_colour(str(data)) or data))


class RecommendationInput(serializers.Serializer[Any]):
    query = TextField(max_length=MAX_QUERY_LENGTH)
    k = StrictIntegerField(min_value=1, max_value=10, required=False)
    max_price = serializers.DecimalField(
        max_digits=8, decimal_places=2, min_value=Decimal("0.01"), required=False, allow_null=True
    )
    colour = ColourField(required=False, allow_null=True)
    by_glass = StrictBooleanField(required=False, allow_null=True, default=None)


def recommendations_payload(answer: Answer, composition: Composition) -> dict[str, Any]:
    result = composition.result
    constraints = result.constraints
    return {
        "wines": [
            {
                **wine_payload(pick.wine),
                "reason": pick.reason,
                "tasting_note": card["note"],
                "alternative": pick.alternative,
                "for_dish": pick.for_dish,
                "nearby_match": pick.nearby_match,
                "score": pick.score,
            }
            for pick, card in zip(result.picks, composition.cards, strict=True)
        ],
        "explanation": answer.text,
        "understood": answer.understood,
        "nothing_fits": result.nothing_fits,
        "constraints": {
            "max_price": str(constraints.max_price) if constraints.max_price is not None else None,
            "min_price": str(constraints.min_price) if constraints.min_price is not None else None,
            "colours": sorted(constraints.colours),
            "by_the_glass": constraints.by_the_glass,
        },
        "dishes": [{"id": dish.pk, "name": dish.name} for dish in result.dishes],
        "documents": [
            {"document_id": hit.document_id, "title": hit.title, "text": hit.text, "score": round(hit.similarity, 4)}
            for hit in result.documents
        ],
        "model_used": answer.model_used,
        "cached": answer.cached,
        "degraded": answer.degraded,
        "degraded_reason": public_degraded_reason(answer.degraded_reason),
    }


class RecommendationsView(AsyncAPIView):
    """POST /api/v1/restaurants/<slug>/recommendations.

    Async: a model may take seconds to write, and under ASGI a sync view would hold the
    worker's sync thread (and every admin page and sync endpoint with it) for all that time.
    """

    scope = "recommend"

    @extend_schema(
        operation_id="recommendations",
        summary="Wines for a question, from this restaurant's list",
        description=(
            "The answer a diner gets for the same first question: the wines (filtered by every hard "
            "constraint, ranked by the pairing rules), the words (`explanation`), and `understood`: "
            "the dish and its parts, the constraints and anything the rules did not understand."
        ),
        request=RecommendationInput,
        responses={200: OpenApiTypes.OBJECT},
        examples=[OpenApiExample("Lamb", value={"query": "a red under $60 for the lamb?", "k": 3}, request_only=True)],
        tags=["recommendations"],
    )
    async def post(self, request: HttpRequest, key: ApiKey, data: Any, slug: str) -> JsonResponse:
        options = validated(RecommendationInput, data)
        restaurant = await key_restaurant(key, slug)
        answer, composition = await recommend_once(
            restaurant=restaurant,
            question=options["query"],
            k=options.get("k"),
            max_price=options.get("max_price"),
            colour=options.get("colour"),
            by_the_glass=options.get("by_glass"),
            options=AnswerOptions(surface="api"),
        )
        return JsonResponse(recommendations_payload(answer, composition))


async def key_restaurant(key: ApiKey, slug: str) -> Restaurant:
    """The restaurant at ``slug`` if it is the key's; any other slug looks like a missing one (404)."""
    restaurant = await restaurant_for_key(key_restaurant_id=key.restaurant_id, slug=slug).afirst()
    if restaurant is None:
        raise not_found()
    return restaurant
