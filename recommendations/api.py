"""REST endpoints for recommendations and search (keys and limits come with the API issue)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from asgiref.sync import async_to_sync
from django.http import Http404
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from chat.gateway.gateway import get_gateway
from recommendations.models import Restaurant, Wine, WineColour
from recommendations.recommender import Recommendations, explain, recommend
from recommendations.wine_list_csv import normalise_colour

MAX_QUERY_LENGTH = 500


def active_restaurant(slug: str) -> Restaurant:
    restaurant = Restaurant.objects.filter(slug=slug, is_active=True).first()
    if restaurant is None:
        raise Http404
    return restaurant


class ColourField(serializers.ChoiceField):
    """Accepts rosé as well as rose, like the CSV import."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(choices=WineColour.values, **kwargs)

    def to_internal_value(self, data: Any) -> str:
        return str(super().to_internal_value(normalise_colour(str(data)) or data))


class RecommendationInput(serializers.Serializer[Any]):
    query = serializers.CharField(max_length=MAX_QUERY_LENGTH, trim_whitespace=True)
    k = serializers.IntegerField(min_value=1, max_value=10, required=False)
    max_price = serializers.DecimalField(
        max_digits=8, decimal_places=2, min_value=Decimal("0.01"), required=False, allow_null=True
    )
    colour = ColourField(required=False, allow_null=True)
    by_glass = serializers.BooleanField(required=False, allow_null=True, default=None)


def wine_payload(wine: Wine) -> dict[str, Any]:
    return {
        "id": wine.pk,
        "name": wine.name,
        "producer": wine.producer,
        "vintage": wine.vintage,
        "colour": wine.colour,
        "price": str(wine.bottle_price),
        "glass_price": str(wine.glass_price) if wine.glass_price is not None else None,
        "region": wine.region,
        "country": wine.country,
        "grapes": wine.grapes,
    }


def recommendations_payload(result: Recommendations) -> dict[str, Any]:
    constraints = result.constraints
    return {
        "wines": [
            {
                **wine_payload(pick.wine),
                "reason": pick.reason,
                "tasting_note": pick.tasting_note,
                "pairing_note": pick.pairing_note,
                "alternative": pick.alternative,
                "score": pick.score,
            }
            for pick in result.picks
        ],
        "explanation": result.explanation,
        "nothing_fits": result.nothing_fits,
        "constraints": {
            "max_price": str(constraints.max_price) if constraints.max_price is not None else None,
            "min_price": str(constraints.min_price) if constraints.min_price is not None else None,
            "colours": sorted(constraints.colours),
            "by_the_glass": constraints.by_the_glass,
        },
        "dishes": [{"id": dish.pk, "name": dish.name} for dish in result.dishes],
        "model_used": result.model_used,
        "cached": result.cached,
        "degraded": result.degraded,
        "degraded_reason": result.degraded_reason,
    }


class RecommendationsView(APIView):
    def post(self, request: Request, slug: str) -> Response:
        restaurant = active_restaurant(slug)
        serializer = RecommendationInput(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        result = recommend(
            restaurant=restaurant,
            query=data["query"],
            k=data.get("k"),
            max_price=data.get("max_price"),
            colour=data.get("colour"),
            by_the_glass=data.get("by_glass"),
        )
        result = async_to_sync(_explained)(restaurant, result)
        return Response(recommendations_payload(result))


async def _explained(restaurant: Restaurant, result: Recommendations) -> Recommendations:
    gateway = get_gateway()
    explained = await explain(restaurant, result, gateway=gateway)
    # This loop may close when the request ends: finish the analytics write first.
    await gateway.drain()
    return explained


class SearchInput(serializers.Serializer[Any]):
    query = serializers.CharField(max_length=MAX_QUERY_LENGTH, trim_whitespace=True)
    limit = serializers.IntegerField(min_value=1, max_value=50, default=10)


class SearchView(APIView):
    def post(self, request: Request, slug: str) -> Response:
        from recommendations.vector_index import wine_search

        restaurant = active_restaurant(slug)
        serializer = SearchInput(data=request.data)
        serializer.is_valid(raise_exception=True)
        hits = wine_search(
            restaurant_id=restaurant.pk,
            query=serializer.validated_data["query"],
            k=serializer.validated_data["limit"],
            in_stock_only=False,
        )
        wines = Wine.objects.in_bulk([hit.wine_id for hit in hits])
        results = [
            {"type": "wine", "score": round(hit.similarity, 4), **wine_payload(wines[hit.wine_id])}
            for hit in hits
            if hit.wine_id in wines and wines[hit.wine_id].restaurant_id == restaurant.pk
        ]
        return Response({"results": results})
