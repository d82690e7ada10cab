"""Step 3 with a model: whether one writes, the request it gets, and its words in one call or
streamed. A model's words are shown only when they pass the check; else the house voice's are,
with the reason recorded."""

from __future__ import annotations

import time
from collections.abc import AsyncGenerator
from contextlib import aclosing
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from django.conf import settings

from chat.answering.composition import HOUSE_VOICE, AnswerEvent, Composition
from chat.answering.database import run_db
from llm.budgets import BudgetExceeded
from llm.gateway import Gateway
from llm.types import BudgetScope, Complexity, GatewayError, GatewayRequest, Sensitivity, Surface
from recommendations.llm_options import restaurant_request_options
from recommendations.models import Restaurant, Wine
from recommendations.notes import cached_tasting_note
from recommendations.pairing import GRAPE_ALIASES, words_of
from recommendations.recommender import Pick
from recommendations.voice import model_text_problems, wine_facts

OverBudget = Literal["degrade", "error"]


@dataclass(frozen=True)
class AnswerOptions:
    """What an API client may choose for the model call; the diner page uses the defaults."""

    sensitivity: Sensitivity | None = None
    complexity: Complexity | None = None
    temperature: float | None = None
    max_tokens: int | None = None
    force_direct: bool = False
    # "degrade": over budget, the diner still gets the list's own answer (labelled);
    # "error": the caller wants to know (the API's 402).
    over_budget: OverBudget = "degrade"
    # Charged on top of the restaurant's daily budget (an API key's own).
    extra_budgets: tuple[BudgetScope, ...] = ()
    # Who waits for the model: picks the call's deadlines (LLM_DEADLINES).
    surface: Surface = "diner"


def model_writes(gateway: Gateway, restaurant: Restaurant) -> bool:
    """Whether a model should rewrite the house voice's draft (``settings.ANSWER_WRITER``).

    "auto" asks only a capable model (draft or strong tier): the bundled 135M model writes
    recipes and invented facts, so with it alone the house voice writes. A restaurant whose
    policy is local-only can only use the local model, so the same rule keeps it on the house voice.
    """
    mode = settings.ANSWER_WRITER
    if mode == "house":
        return False
    if mode == "model":
        return True
    if restaurant.llm_policy == "local_only":
        return False
    return any(spec.tier in ("draft", "strong") for spec in gateway.registry.values())


def _facts_line(index: int, pick: Pick, composition: Composition) -> str:
    facts = wine_facts(pick, composition.result, composition.result.currency)
    parts = [facts.style]
    if facts.grapes:
        parts.append(", ".join(facts.grapes))
    if facts.region:
        parts.append(facts.region)
    if facts.flavours:
        parts.append("notes of " + ", ".join(facts.flavours))
    if facts.price:
        parts.append(facts.price)
    reasons = "; ".join(facts.reasons[:2])
    if pick.nearby_match:
        parts.append("beyond the diner's budget, but the better match for the dish")
    if pick.for_dish:
        parts.append(f"the pick for the {pick.for_dish} alone")
    elif index == 1 and any(other.for_dish for other in composition.result.picks):
        parts.append("the one bottle for both dishes")
    return f"{index}. {facts.display} — {'; '.join(parts)}." + (f" Why: {reasons}." if reasons else "")


def distinct_wine_name(name: str, producer: str) -> str:
    """How another wine is recognised in a model's words. A wine called only by its grape
    ("Pinot Noir", "Chardonnay") is named with its producer, or every mention of the grape in
    a chosen wine's description ("of Pinot Noir and Chardonnay") would count as naming it."""
    if producer and " ".join(words_of(name)) in GRAPE_ALIASES:
        return f"{producer} {name}"
    return name


def rewrite_request(restaurant: Restaurant, composition: Composition, options: AnswerOptions) -> GatewayRequest:
    """The model rewrites the house voice's draft: the wines and facts are decided, only the words change."""
    result = composition.result
    facts = "\n".join(_facts_line(index, pick, composition) for index, pick in enumerate(result.picks, start=1))
    system = (
        f"You are the sommelier at {restaurant.name}. Rewrite the draft answer for the guest in 2 to 4 warm, "
        "natural sentences (at most 110 words). Name every wine below exactly as written and no other wine. "
        "Use only these facts: add no price, number, vintage, grape or place that is not in them. "
        "No lists, no headings, no questions. Write in the draft's language, which is the guest's.\n"
        f"Wines:\n{facts}\nDraft:\n{composition.text}"
    )
    chosen = {pick.wine.pk for pick in result.picks}
    request = GatewayRequest(
        messages=({"role": "system", "content": system}, {"role": "user", "content": result.parsed.text}),
        operation="recommendation",
        max_tokens=220,
        allowed_names=tuple(pick.wine.name for pick in result.picks),
        forbidden_names=tuple(
            distinct_wine_name(name, producer)
            for name, producer in Wine.objects.filter(restaurant=restaurant)
            .exclude(pk__in=chosen)
            .values_list("name", "producer")
        ),
        **restaurant_request_options(restaurant),
    )
    overrides: dict[str, Any] = {
        "force_direct": options.force_direct,
        "budgets": (*request.budgets, *options.extra_budgets),
        "surface": options.surface,
    }
    for name in ("sensitivity", "complexity", "temperature", "max_tokens"):
        if getattr(options, name) is not None:
            overrides[name] = getattr(options, name)
    return replace(request, **overrides)


async def with_warmed_notes(composition: Composition, restaurant: Restaurant, gateway: Gateway) -> Composition:
    """The cards' notes from the warm-up where a capable model wrote them (never waited for)."""
    cards = []
    for pick, card in zip(composition.result.picks, composition.cards, strict=True):
        note = await cached_tasting_note(pick.wine, restaurant, gateway=gateway)
        cards.append({**card, "note": note} if note else card)
    return replace(composition, cards=cards)


def _checked(text: str, composition: Composition, request: GatewayRequest) -> str | None:
    """Why a model's words may not be shown, or None."""
    problems = model_text_problems(text, composition.result, other_names=request.forbidden_names)
    return "; ".join(problems) if problems else None


def answer_numbers(gateway_done: dict[str, Any], started: float) -> dict[str, Any]:
    return {
        "model_used": str(gateway_done.get("model_used") or HOUSE_VOICE)[:64],
        "cascaded": bool(gateway_done.get("cascaded", False)),
        "draft_accepted": gateway_done.get("draft_accepted"),
        "prompt_tokens": int(gateway_done.get("prompt_tokens", 0)),
        "completion_tokens": int(gateway_done.get("completion_tokens", 0)),
        "cost_usd": str(gateway_done.get("cost_usd", "0")),
        "latency_ms": float(gateway_done.get("latency_ms") or (time.perf_counter() - started) * 1000),
        "first_token_ms": gateway_done.get("first_token_ms"),
    }


@dataclass
class Written:
    """Step 3's outcome: the words shown, who wrote them, and why a model's were not (if so)."""

    text: str
    numbers: dict[str, Any] = field(default_factory=dict)
    fallback_reason: str = ""
    replaced: bool = False


async def write_once(
    composition: Composition, restaurant: Restaurant, options: AnswerOptions, gateway: Gateway, started: float
) -> Written:
    """The words in one call: the model's if one writes and its text passes, else the house voice's."""
    if not composition.result.picks or not model_writes(gateway, restaurant):
        return Written(composition.text, answer_numbers({}, started))
    request = await run_db(rewrite_request, restaurant, composition, options)
    try:
        result = await gateway.complete(request, fallback=lambda: composition.text)
    except BudgetExceeded as exceeded:
        if options.over_budget == "error":
            raise
        return Written(composition.text, answer_numbers({}, started), f"over budget: {exceeded}")
    except GatewayError as error:
        return Written(composition.text, answer_numbers({}, started), f"no model: {error}")
    numbers = answer_numbers(result.as_dict(), started)
    if result.degraded:
        return Written(composition.text, {**numbers, "model_used": HOUSE_VOICE}, f"no model: {result.degraded_reason}")
    problem = _checked(result.text, composition, request)
    if problem is not None:
        return Written(composition.text, {**numbers, "model_used": HOUSE_VOICE}, f"quality check: {problem}")
    return Written(result.text.strip(), numbers)


async def model_stream(
    composition: Composition, restaurant: Restaurant, options: AnswerOptions, gateway: Gateway, started: float
) -> AsyncGenerator[tuple[AnswerEvent | None, str, Written | None], None]:
    """A model's rewrite, streamed: (event to relay, words so far, the outcome at the end).

    A stream cannot cascade: words that fail the check are replaced at the end by the house
    voice's (the done event says to swap them), and the fallback is recorded with its reason.
    """
    request = await run_db(rewrite_request, restaurant, composition, options)
    text = ""
    async with aclosing(gateway.stream(request, fallback=lambda: composition.text)) as events:
        async for event in events:
            if event.type == "route":
                yield AnswerEvent("route", {**event.data, "cached": False}), text, None
            elif event.type == "token":
                text += event.data["text"]
                yield AnswerEvent("token", event.data), text, None
            elif event.type == "done":
                numbers = answer_numbers(event.data, started)
                if event.data.get("degraded"):
                    reason = f"no model: {event.data.get('degraded_reason', '')}"
                    yield (
                        None,
                        composition.text,
                        Written(composition.text, {**numbers, "model_used": HOUSE_VOICE}, reason),
                    )
                    return
                problem = _checked(text, composition, request)
                if problem is not None:
                    outcome = Written(
                        composition.text, {**numbers, "model_used": HOUSE_VOICE}, f"quality check: {problem}", True
                    )
                    yield None, composition.text, outcome
                    return
                yield None, text, Written(text.strip(), numbers)
                return
            elif event.data.get("code") == "budget_exceeded" and options.over_budget == "error":
                yield AnswerEvent("error", event.data), text, None
                return
            elif event.data.get("code") == "budget_exceeded":
                reason = f"over budget: {event.data.get('message', '')}"
                yield AnswerEvent("token", {"text": composition.text}), composition.text, None
                yield None, composition.text, Written(composition.text, answer_numbers({}, started), reason)
                return
            elif event.data.get("partial") and text:
                # Cut after words were shown: finish with the house voice's words in their place.
                reason = f"stream cut: {event.data.get('message', '')}"
                yield None, composition.text, Written(composition.text, answer_numbers({}, started), reason, True)
                return
            else:
                reason = f"no model: {event.data.get('message', event.data.get('code', ''))}"
                yield AnswerEvent("token", {"text": composition.text}), composition.text, None
                yield None, composition.text, Written(composition.text, answer_numbers({}, started), reason)
                return
