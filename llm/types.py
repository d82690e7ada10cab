"""What goes into the gateway and what comes out of it."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields
from decimal import Decimal
from typing import Any, Literal

Sensitivity = Literal["public", "internal", "confidential"]
Complexity = Literal["low", "medium", "high"]
EventType = Literal["route", "token", "done", "error"]
# role and content; a tool conversation adds tool_calls (assistant) and tool_call_id (tool).
Message = dict[str, Any]
# Who is waiting for the answer; it picks the call's deadlines (settings LLM_DEADLINES).
Surface = Literal["diner", "api", "background"]
SURFACES: tuple[Surface, ...] = ("diner", "api", "background")


@dataclass(frozen=True)
class BudgetScope:
    """A daily budget the call is charged to, e.g. ("restaurant:12", Decimal("5.00")); None = unlimited."""

    scope: str
    limit_usd: Decimal | None


@dataclass(frozen=True)
class GatewayRequest:
    messages: tuple[Message, ...]
    # Names the cache TTL and the analytics label: chat, recommendation, tasting_note, pairing, text, report.
    operation: str = "chat"
    restaurant_id: int | None = None
    list_version: int | None = None
    sensitivity: Sensitivity = "public"
    complexity: Complexity | None = None  # None: estimated from the text
    temperature: float = 0.3
    max_tokens: int = 400
    force_direct: bool = False
    local_only: bool = False  # the restaurant's policy: nothing leaves our servers
    # Draft or strong models only: for tasks the bundled local model cannot do (text operations).
    capable_only: bool = False
    # A JSON schema the answer must satisfy (also sent as response_format where supported).
    json_schema: dict[str, Any] | None = None
    # Names the answer may cite (the wine list); the cascade's quality check enforces it.
    allowed_names: tuple[str, ...] = ()
    # Names the answer must not cite (the rest of the list: over budget, wrong colour...).
    forbidden_names: tuple[str, ...] = ()
    budgets: tuple[BudgetScope, ...] = ()
    use_cache: bool = True
    # A diner waits seconds, an API client longer, a background task longest (LLM_DEADLINES).
    surface: Surface = "api"
    # The cascade's quality check (llm.quality) judges the answers of our own tasks and of /v1's
    # "auto". A /v1 caller naming a model gets that model's answer as it is: retries and other
    # models only when it fails (an error, a timeout, a cut stream), never for its words.
    check_answers: bool = True
    # When every model asked gave an answer the check refused and the caller gave no fallback,
    # return the last of them (draft_accepted False) rather than an error: nothing stronger
    # was left to ask, and a valid short "Yes." is still an answer (/v1).
    keep_refused_answer: bool = False
    # Sampling options a /v1 caller may set, passed to every provider.
    stop: tuple[str, ...] = ()
    seed: int | None = None
    top_p: float | None = None
    json_mode: bool = False  # response_format json_object: any JSON object, no schema
    # Functions the model may call (/v1 ``tools``, ``tool_choice``, ``parallel_tool_calls``),
    # passed through to OpenAI-compatible upstreams; the in-process model takes none.
    tools: tuple[dict[str, Any], ...] = ()
    tool_choice: str | dict[str, Any] | None = None
    parallel_tool_calls: bool | None = None

    def text(self) -> str:
        return "\n".join(str(message.get("content") or "") for message in self.messages)


@dataclass(frozen=True)
class RouteDecision:
    models: tuple[str, ...]  # first choice, then the fallback chain
    cascade: bool  # draft first, escalate to the strong model on a failed quality check
    reason: str

    def as_dict(self) -> dict[str, Any]:
        return {"models": list(self.models), "cascade": self.cascade, "reason": self.reason}


@dataclass(frozen=True)
class GatewayResult:
    text: str
    model_used: str
    route_reason: str
    cascaded: bool
    draft_accepted: bool | None
    prompt_tokens: int
    completion_tokens: int
    cost_usd: Decimal
    latency_ms: float
    cached: bool = False
    cache_tier: str = "miss"
    degraded: bool = False
    degraded_reason: str = ""
    attempts: list[dict[str, Any]] = field(default_factory=list)
    finish_reason: str = "stop"  # "length" when max_tokens cut the answer, "tool_calls"
    tool_calls: list[dict[str, Any]] = field(default_factory=list)  # OpenAI's shape, as the model made them

    def as_dict(self) -> dict[str, Any]:
        """``asdict``'s result (fresh copies of the nested lists) without its generic walk, once per answer."""
        data = {name: getattr(self, name) for name in _RESULT_FIELDS}
        data["cost_usd"] = str(self.cost_usd)
        data["attempts"] = [dict(attempt) for attempt in self.attempts]  # their values are strings
        data["tool_calls"] = copy.deepcopy(self.tool_calls) if self.tool_calls else []
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GatewayResult:
        return cls(**{**data, "cost_usd": Decimal(data["cost_usd"])})


_RESULT_FIELDS = tuple(result_field.name for result_field in fields(GatewayResult))


@dataclass(frozen=True)
class StreamEvent:
    type: EventType
    data: dict[str, Any]


class GatewayError(Exception):
    """No model could answer and the caller gave no degraded fallback."""


class DeadlineExceeded(GatewayError):
    """The call's deadline (first token or total, per surface) passed before a model answered.

    A ``GatewayError``: every caller that already falls back or answers 503/504 when no
    model answers does the same here (the API maps it to 504).
    """


class QuotaExhausted(GatewayError):
    """Every model was refused by the installation's egress quota (the API's 429).

    ``retry_after_seconds``: when the first slot frees up.
    """

    def __init__(self, message: str, *, retry_after_seconds: float) -> None:
        super().__init__(message)
        self.retry_after_seconds = retry_after_seconds


class UpstreamTimeout(GatewayError):
    """A model timed out and no other model answered (the API's 504)."""


class InvalidInput(GatewayError):
    """The caller's own input cannot be processed (malformed text, an upstream 4xx about the request).

    Says nothing about the provider's health: never retried, never counted by the breaker.
    ``public_message`` is safe to show an API client (the API's 400); the exception text
    may carry the provider's own words and stays in logs and analytics.
    """

    def __init__(self, message: str, *, public_message: str) -> None:
        super().__init__(message)
        self.public_message = public_message


@dataclass
class CallRecord:
    """What analytics keeps about every gateway call."""

    operation: str
    restaurant_id: int | None
    route_reason: str
    model_used: str
    cascaded: bool
    draft_accepted: bool | None
    prompt_tokens: int
    completion_tokens: int
    cost_usd: Decimal
    latency_ms: float
    cache_tier: str
    outcome: str  # ok, degraded, error, budget_exceeded
    streamed: bool = False
    first_token_ms: float | None = None
    attempts: list[dict[str, Any]] = field(default_factory=list)
    request_id: str = ""  # the HTTP request it was made for (config.context), "" in a background task
    api_key_id: int | None = None  # the API key charged, None for the diner page and our own tasks
    surface: str = ""  # diner, api or background
