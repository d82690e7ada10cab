"""What a restaurant's settings mean for a gateway request: its cache namespace, policy and budget."""

from __future__ import annotations

from typing import TypedDict

from llm.types import BudgetScope
from recommendations.models import LLMPolicy, Restaurant


class RestaurantRequestOptions(TypedDict):
    restaurant_id: int
    list_version: int
    local_only: bool
    budgets: tuple[BudgetScope, ...]


def restaurant_request_options(restaurant: Restaurant) -> RestaurantRequestOptions:
    """Keyword arguments for ``GatewayRequest`` on behalf of a restaurant's diners."""
    return {
        "restaurant_id": restaurant.pk,
        # In every cache key: a changed list or menu never serves an answer from before.
        "list_version": restaurant.wine_list_version,
        "local_only": restaurant.llm_policy == LLMPolicy.LOCAL_ONLY,
        "budgets": (BudgetScope(f"restaurant:{restaurant.pk}", restaurant.daily_llm_budget_usd),),
    }
