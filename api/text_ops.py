"""Text operations (seed 001): summarize, sentiment, key points, questions, question answering.

Each is one gateway call with operation "text": routed, budgeted, and cached for a day
(``LLM_CACHE_TTL_TEXT``) under a key over the restaurant, the options and the text, so
the same document summarised twice costs one model call. Prompts are short and literal:
the bundled model is tiny.
"""

from __future__ import annotations

import re
from typing import Any

from analytics.sentiment import sentiment_of
from api.models import ApiKey
from chat.gateway.gateway import get_gateway
from chat.gateway.tenancy import restaurant_request_options
from chat.gateway.types import BudgetScope, GatewayRequest, GatewayResult

DEFAULT_MAX_TOKENS = {"summarize": 300, "sentiment": 40, "key_points": 300, "questions": 300, "qa": 300}
DEFAULT_WORDS = 80
DEFAULT_COUNT = 5
_LIST_MARKER = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s*")
_LABELS = ("positive", "negative", "neutral", "mixed")


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


def _instruction(operation: str, options: dict[str, Any]) -> str:
    words = options.get("max_words", DEFAULT_WORDS)
    count = options.get("count", DEFAULT_COUNT)
    return {
        "summarize": f"Summarize the text in at most {words} words. Reply with the summary only.",
        # A few words after the label: the gateway's quality check escalates answers under three words.
        "sentiment": "Is the text's sentiment positive, negative, neutral or mixed? Reply with that word, then why in a few words.",
        "key_points": f"List the {count} most important points of the text, one per line, each starting with '- '.",
        "questions": f"Write {count} questions a reader could ask about the text, one per line.",
        "qa": "Answer the question from the text only. If the text does not say, reply: The text does not say.",
    }[operation]


def text_request(key: ApiKey, item: dict[str, Any]) -> GatewayRequest:
    operation = item["operation"]
    text = item["text"]
    user = f"Text:\n{text}\n\nQuestion: {item['question']}" if operation == "qa" else text
    return gateway_request_for(
        key,
        (
            {"role": "system", "content": _instruction(operation, item.get("options") or {})},
            {"role": "user", "content": user},
        ),
        operation="text",
        temperature=item.get("temperature", 0.2),
        max_tokens=item.get("max_tokens", DEFAULT_MAX_TOKENS[operation]),
    )


def _lines(text: str, limit: int) -> list[str]:
    items = [_LIST_MARKER.sub("", line).strip() for line in text.splitlines()]
    return [item for item in items if item][:limit]


def interpret(operation: str, item: dict[str, Any], text: str) -> Any:
    if operation in ("key_points", "questions"):
        return _lines(text, (item.get("options") or {}).get("count", DEFAULT_COUNT))
    if operation == "sentiment":
        said = text.strip().lower()
        label = next((label for label in _LABELS if said.startswith(label)), None)
        lexicon = sentiment_of(item["text"])
        # A model that answers off-script still gets a label: the lexicon's.
        return {
            "label": label or lexicon.label,
            "compound": lexicon.compound,
            "source": "model" if label else "lexicon",
        }
    return text.strip()


def result_payload(operation: str, item: dict[str, Any], result: GatewayResult) -> dict[str, Any]:
    return {
        "operation": operation,
        "result": interpret(operation, item, result.text),
        "model_used": result.model_used,
        "cached": result.cached,
        "degraded": result.degraded,
        "prompt_tokens": result.prompt_tokens,
        "completion_tokens": result.completion_tokens,
        "cost_usd": str(result.cost_usd),
        "latency_ms": result.latency_ms,
    }


async def text_process(*, key: ApiKey, item: dict[str, Any]) -> dict[str, Any]:
    """Raises BudgetExceeded (402) or GatewayError (no model answered) like the gateway."""
    request = text_request(key, item)
    result = await get_gateway().complete(request)
    return result_payload(item["operation"], item, result)
