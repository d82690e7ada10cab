"""Text operations (seed 001) for an API key: ``textops`` does the work, this binds it to the key.

A model call goes through the gateway with operation "text" on the key's behalf: its
restaurant's routing policy and cache namespace (a day, ``LLM_CACHE_TTL_TEXT``), the
restaurant's and the key's budgets. Whether a model is asked at all is ``textops``' rule.
"""

from __future__ import annotations

from typing import Any

from api.models import ApiKey
from llm.gateway import get_gateway
from llm.types import BudgetScope, GatewayRequest, GatewayResult, Message
from recommendations.llm_options import restaurant_request_options
from textops.service import DEFAULT_COUNT, DEFAULT_WORDS, AskModel, ModelAccess, TextTask, perform


def key_budgets(key: ApiKey) -> tuple[BudgetScope, ...]:
    """The restaurant's daily budget and, when the key has one, the key's own."""
    budgets = restaurant_request_options(key.restaurant)["budgets"]
    if key.daily_budget_usd is not None:
        budgets = (*budgets, BudgetScope(f"apikey:{key.pk}", key.daily_budget_usd))
    return budgets


def gateway_request_for(key: ApiKey, messages: tuple[dict[str, str], ...], **fields: Any) -> GatewayRequest:
    """A request on behalf of an API key: its restaurant's policy, cache namespace and budgets."""
    options = restaurant_request_options(key.restaurant)
    return GatewayRequest(
        messages=messages,
        restaurant_id=options["restaurant_id"],
        list_version=options["list_version"],
        local_only=options["local_only"],
        budgets=key_budgets(key),
        surface="api",
        **fields,
    )


def _ask_for(key: ApiKey) -> AskModel:
    async def ask(
        messages: tuple[Message, ...], max_tokens: int, temperature: float, capable_only: bool
    ) -> GatewayResult:
        request = gateway_request_for(
            key,
            messages,
            operation="text",
            temperature=temperature,
            max_tokens=max_tokens,
            capable_only=capable_only,
        )
        return await get_gateway().complete(request)

    return ask


def model_access(key: ApiKey) -> ModelAccess:
    """What the key's restaurant may ask: a draft or strong model, unless its policy keeps text local."""
    capable = key.restaurant.llm_policy != "local_only" and any(
        spec.tier in ("draft", "strong") for spec in get_gateway().registry.values()
    )
    return ModelAccess(ask=_ask_for(key), capable=capable)


def text_task(item: dict[str, Any], *, restaurant_id: int) -> TextTask:
    """A validated item (``TextProcessInput``) as the operation to perform for a restaurant."""
    options = item.get("options") or {}
    return TextTask(
        operation=item["operation"],
        text=item["text"],
        question=item.get("question", ""),
        max_words=options.get("max_words", DEFAULT_WORDS),
        count=options.get("count", DEFAULT_COUNT),
        method=item.get("method", "auto"),
        temperature=item.get("temperature", 0.2),
        max_tokens=item.get("max_tokens"),
        namespace=f"restaurant:{restaurant_id}",
    )


async def text_process(*, key: ApiKey, item: dict[str, Any]) -> dict[str, Any]:
    """The result body. With ``method="model"``, raises the gateway's errors (402, 429, 503, 504)."""
    result = await perform(text_task(item, restaurant_id=key.restaurant_id), model_access(key))
    return result.as_dict()
