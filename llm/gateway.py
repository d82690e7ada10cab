"""The LLM gateway: the one place that decides which model answers and how.

    cache -> route -> (budget, egress quota, breaker, retries) -> provider -> quality check
          -> escalate or fall back -> degraded answer -> record the call

``complete`` returns a ``GatewayResult``; ``stream`` yields ``route``, ``token``
and exactly one closing ``done`` or ``error`` event.

Every call runs against a deadline picked by its surface (``GatewayRequest.surface``:
diner, api, background; settings ``LLM_DEADLINES``): retries, backoff and the fallback
chain all happen inside it, and running out of it is ``DeadlineExceeded`` (or the
caller's fallback). Each failed attempt counts for the provider's breaker; the caller's
own bad input (``InvalidInput``) never does and is not retried.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from collections.abc import AsyncGenerator, Awaitable, Callable, Iterator, Mapping
from contextlib import aclosing, contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any

from django.conf import settings

from config.context import current_request_id
from llm.admission import admit_together
from llm.budgets import BudgetExceeded, BudgetLedger, Reservation, budget_ledger
from llm.cache import GatewayCache, cache_key, get_gateway_cache, ttl_for
from llm.egress import EgressQuota, QuotaExceeded, egress_quota
from llm.model_limits import ModelLimits, model_limits
from llm.providers import (
    MALFORMED_TEXT,
    LocalLlamaProvider,
    OpenAICompatibleProvider,
    Provider,
    ProviderReply,
    StreamDelta,
    asked_retry_delay,
    estimate_tokens,
    invalid_input,
    is_retryable,
    is_timeout,
)
from llm.quality import answer_problem
from llm.registry import ModelSpec, model_registry
from llm.resilience import (
    BreakerSnapshot,
    CircuitBreaker,
    CircuitOpen,
    Deadline,
    DeadlinePolicy,
    RetryPolicy,
    with_retries,
)
from llm.routing import NoRoute, route
from llm.types import (
    SURFACES,
    CallRecord,
    DeadlineExceeded,
    GatewayError,
    GatewayRequest,
    GatewayResult,
    InvalidInput,
    QuotaExhausted,
    RouteDecision,
    StreamEvent,
    Surface,
    UpstreamTimeout,
)

if TYPE_CHECKING:
    from redis.asyncio.client import Pipeline

logger = logging.getLogger(__name__)

Fallback = Callable[[], str]
Recorder = Callable[[CallRecord], Awaitable[None]]


class _Uncacheable(Exception):
    """Carries a degraded result out of the single-flight compute so it is shared but never cached."""

    def __init__(self, result: GatewayResult) -> None:
        super().__init__(result.degraded_reason)
        self.result = result


def _chain_error(reason: str, stop: GatewayError | None, failures: list[BaseException]) -> GatewayError:
    """The error for a chain that ended without an answer: the caller's input when it was refused,
    out of time when the deadline ended it, else by what the models failed with."""
    if isinstance(stop, InvalidInput):
        return stop
    if isinstance(stop, DeadlineExceeded):
        return DeadlineExceeded(reason)
    return _unanswered_error(reason, failures)


def _unanswered_error(reason: str, failures: list[BaseException]) -> GatewayError:
    """The error for a chain no model answered, typed by why: the API's status follows from it."""
    quotas = [failure for failure in failures if isinstance(failure, QuotaExceeded)]
    if quotas and len(quotas) == len(failures):
        return QuotaExhausted(reason, retry_after_seconds=min(quota.retry_after_seconds for quota in quotas))
    if any(is_timeout(failure) for failure in failures):
        return UpstreamTimeout(reason)
    return GatewayError(reason)


@dataclass
class _Spent:
    """What a chain of models has cost so far: every answered call counts, accepted or not."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost: Decimal = Decimal(0)

    def add(self, reply: ProviderReply, cost: Decimal) -> None:
        self.prompt_tokens += reply.prompt_tokens
        self.completion_tokens += reply.completion_tokens
        self.cost += cost

    def result(
        self,
        reply: ProviderReply,
        model: str,
        route_reason: str,
        cascaded: bool,
        draft_accepted: bool | None,
        started: float,
        attempts: list[dict[str, Any]],
    ) -> GatewayResult:
        """``reply`` as the chain's answer, carrying the whole chain's tokens and cost."""
        return GatewayResult(
            text=reply.text.strip(),
            model_used=model,
            route_reason=route_reason,
            cascaded=cascaded,
            draft_accepted=draft_accepted,
            prompt_tokens=self.prompt_tokens,
            completion_tokens=self.completion_tokens,
            cost_usd=self.cost,
            latency_ms=_elapsed_ms(started),
            attempts=attempts,
            finish_reason=reply.finish_reason,
            tool_calls=list(reply.tool_calls),
        )


def _elapsed_ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 1)


# The settings' defaults (LLM_DEADLINES), for gateways built without settings (tests, benchmarks).
DEFAULT_DEADLINES: dict[Surface, DeadlinePolicy] = {
    "diner": DeadlinePolicy(first_token_seconds=5.0, total_seconds=30.0),
    "api": DeadlinePolicy(first_token_seconds=15.0, total_seconds=60.0),
    "background": DeadlinePolicy(first_token_seconds=60.0, total_seconds=180.0),
}
# complete()'s outer guard fires this long after the deadline: the attempts' own timeouts
# end a call at the deadline; the guard only bounds what they cannot see (waiting on another
# caller's identical computation, which runs on that caller's deadline).
DEADLINE_GUARD_SECONDS = 0.25


def _malformed(request: GatewayRequest) -> InvalidInput | None:
    """Text no provider can encode (a lone surrogate): refused before any model sees it."""
    for message in request.messages:
        try:
            message["content"].encode("utf-8")
        except UnicodeEncodeError as error:
            return InvalidInput(f"malformed text: {error}"[:300], public_message=MALFORMED_TEXT)
    return None


def _failure(name: str, error: BaseException) -> dict[str, Any]:
    return {"model": name, "outcome": "failed", "reason": f"{type(error).__name__}: {error}"[:200]}


def _fallback_result(fallback: Fallback, route_reason: str, reason: str, started: float) -> GatewayResult:
    """The caller's own answer when no model may answer, labelled degraded with the reason."""
    return GatewayResult(
        text=fallback(),
        model_used="none",
        route_reason=route_reason,
        cascaded=False,
        draft_accepted=None,
        prompt_tokens=0,
        completion_tokens=0,
        cost_usd=Decimal(0),
        latency_ms=_elapsed_ms(started),
        degraded=True,
        degraded_reason=reason,
    )


def _answer_problem(text: str, request: GatewayRequest) -> str | None:
    """The quality check's verdict, when the caller asked for one (see GatewayRequest.check_answers)."""
    return answer_problem(text, request) if request.check_answers else None


def _api_key_charged(request: GatewayRequest) -> int | None:
    """The API key whose budget the call is charged to ("apikey:34"), if any."""
    for budget in request.budgets:
        kind, _, key_id = budget.scope.partition(":")
        if kind == "apikey" and key_id.isdigit():
            return int(key_id)
    return None


class _LateCosts:
    """The real cost of a ``complete`` call's answers, reconciled late: in the round trip that stores the
    answer in Redis when there is one (a round trip less per answer: ~0.1 ms of CPU), else when the call
    ends, and always before another budget is checked (the next model of a cascade sees the real spend).

    A crash in between leaves the estimate reserved instead of the real cost: the budget overstates
    the spend by the difference until the day ends, the safe side for money (as for a cancelled call).
    """

    def __init__(self, ledger: BudgetLedger) -> None:
        self.ledger = ledger
        self._pending: list[tuple[Reservation, Decimal]] = []

    def add(self, reservations: list[Reservation], actual: Decimal) -> None:
        self._pending.extend((reservation, actual) for reservation in reservations)

    def queue(self, pipe: Pipeline) -> Callable[[list[Any] | BaseException], None]:
        """The cache's ``with_value``: the reconciliations as commands of the pipeline that stores the answer."""
        pending, self._pending = self._pending, []
        settles = [
            settle
            for reservation, actual in pending
            if (settle := self.ledger.queue_reconcile(pipe, reservation, actual_usd=actual)) is not None
        ]

        def settle_all(replies: list[Any] | BaseException) -> None:
            for index, settle in enumerate(settles):
                settle(replies if isinstance(replies, BaseException) else replies[index])

        return settle_all

    async def write(self) -> None:
        pending, self._pending = self._pending, []
        for reservation, actual in pending:
            await self.ledger.reconcile(reservation, actual_usd=actual)


_late_costs: ContextVar[_LateCosts | None] = ContextVar("gateway_late_costs", default=None)


class Gateway:
    def __init__(
        self,
        *,
        registry: dict[str, ModelSpec],
        providers: dict[str, Provider],
        cache: GatewayCache | None,
        ledger: BudgetLedger,
        quota: EgressQuota,
        retry_policy: RetryPolicy,
        breaker_failures: int = 5,
        breaker_reset_seconds: float = 30.0,
        breaker_window_seconds: float = 60.0,
        breaker_failure_rate: float = 0.2,
        timeout_seconds: float = 30.0,
        deadlines: Mapping[Surface, DeadlinePolicy] | None = None,
        min_attempt_seconds: float = 1.0,
        long_input_share: float = 0.75,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        recorder: Recorder | None = None,
        model_limits: ModelLimits | None = None,
    ) -> None:
        self.registry = registry
        self.providers = providers
        self.cache = cache
        self.ledger = ledger
        self.quota = quota
        self.retry_policy = retry_policy
        # Per attempt; the call's deadline may cut an attempt shorter.
        self.timeout_seconds = timeout_seconds
        self.deadlines: dict[Surface, DeadlinePolicy] = {**DEFAULT_DEADLINES, **(deadlines or {})}
        self.min_attempt_seconds = min_attempt_seconds
        self.long_input_share = long_input_share
        self.sleep = sleep
        self.recorder = recorder
        self.model_limits = model_limits
        self._breaker_failures = breaker_failures
        self._breaker_reset_seconds = breaker_reset_seconds
        self._breaker_window_seconds = breaker_window_seconds
        self._breaker_failure_rate = breaker_failure_rate
        self.breakers: dict[str, CircuitBreaker] = {}
        # Calls running now and calls made, per endpoint, in this process: a model's deployments
        # are balanced on them (least busy first, then least used).
        self._in_flight: Counter[str] = Counter()
        self._picked: Counter[str] = Counter()
        self._pending_records: set[asyncio.Task[None]] = set()

    # --- shared pieces ----------------------------------------------------------

    def breaker(self, spec: ModelSpec) -> CircuitBreaker:
        # One breaker per provider: an endpoint that is down is down for all its models.
        if spec.endpoint not in self.breakers:
            self.breakers[spec.endpoint] = CircuitBreaker(
                spec.endpoint,
                failure_threshold=self._breaker_failures,
                reset_timeout=self._breaker_reset_seconds,
                window_seconds=self._breaker_window_seconds,
                failure_rate=self._breaker_failure_rate,
            )
        return self.breakers[spec.endpoint]

    def deployment(self, spec: ModelSpec, tried: set[str] | frozenset[str] = frozenset()) -> ModelSpec:
        """The model at the deployment to call now: the least busy (in this process) of those not
        tried yet whose breaker lets a call through, the least used on a tie; an untried one with
        its breaker open when no other is left (its refusal then moves the chain on)."""
        if len(spec.deployments) == 1:
            return spec
        pinned = [spec.pinned(deployment) for deployment in spec.deployments]
        untried = [candidate for candidate in pinned if candidate.endpoint not in tried] or pinned
        open_now = [candidate for candidate in untried if self.breaker(candidate).admits_now()]
        if not open_now:
            return untried[0]
        chosen = min(open_now, key=lambda c: (self._in_flight[c.endpoint], self._picked[c.endpoint]))
        self._picked[chosen.endpoint] += 1
        return chosen

    def _next_deployment_may_answer(
        self, spec: ModelSpec, tried: set[str], error: BaseException, deadline: Deadline
    ) -> bool:
        """After a deployment failed: whether another of the model's deployments should be tried.

        Not when the failure is not the deployment's (the caller's input, the model's or the
        installation's quota, the budget, the deadline), nor when none is left or time is up.
        """
        if isinstance(error, (QuotaExceeded, BudgetExceeded, DeadlineExceeded)) or invalid_input(error) is not None:
            return False
        untried = [d for d in spec.deployments if spec.endpoint_of(d) not in tried]
        return bool(untried) and deadline.allows_attempt_after(0.0)

    @contextmanager
    def _busy(self, spec: ModelSpec) -> Iterator[None]:
        self._in_flight[spec.endpoint] += 1
        try:
            yield
        finally:
            self._in_flight[spec.endpoint] -= 1

    def provider_health(self) -> list[BreakerSnapshot]:
        """Each called provider's breaker and recent attempts (for /health)."""
        return [self.breakers[name].snapshot() for name in sorted(self.breakers)]

    def deadline(self, request: GatewayRequest, *, stream: bool) -> Deadline:
        return Deadline(self.deadlines[request.surface], stream=stream, min_attempt_seconds=self.min_attempt_seconds)

    @staticmethod
    def _judge(breaker: CircuitBreaker, error: BaseException) -> bool:
        """Count a failed attempt against the provider, unless the caller's input caused it; True if counted."""
        if invalid_input(error) is not None:
            return False
        breaker.record_failure(timed_out=is_timeout(error) or isinstance(error, DeadlineExceeded))
        return True

    def decide(self, request: GatewayRequest) -> RouteDecision:
        return route(request, self.registry, long_input_share=self.long_input_share)

    def _key(self, request: GatewayRequest, decision: RouteDecision) -> str:
        options = {
            "models": list(decision.models),
            "temperature": request.temperature,
            "max_tokens": request.max_tokens,
            "sensitivity": request.sensitivity,
            "complexity": request.complexity,
            "force_direct": request.force_direct,
            "schema": request.json_schema,
            "allowed": sorted(request.allowed_names),
            "forbidden": sorted(request.forbidden_names),
        }
        # Only when set, so the keys of every answer cached before these options existed still hold.
        optional: tuple[tuple[str, Any, Any], ...] = (
            ("stop", list(request.stop), []),
            ("seed", request.seed, None),
            ("top_p", request.top_p, None),
            ("json_mode", request.json_mode, False),
            ("check_answers", request.check_answers, True),
            ("keep_refused_answer", request.keep_refused_answer, False),
            ("tools", list(request.tools), []),
            ("tool_choice", request.tool_choice, None),
            ("parallel_tool_calls", request.parallel_tool_calls, None),
        )
        options |= {name: value for name, value, default in optional if value != default}
        return cache_key(
            operation=request.operation,
            restaurant_id=request.restaurant_id,
            list_version=request.list_version,
            options=options,
            text="\x1e".join(f"{m['role']}\x1f{m['content']}" for m in request.messages),
        )

    async def _reserve(self, spec: ModelSpec, request: GatewayRequest) -> list[Reservation]:
        estimate = spec.cost(estimate_tokens(request.text()), request.max_tokens)
        reservations: list[Reservation] = []
        try:
            for budget in request.budgets:
                reservations.append(
                    await self.ledger.reserve(scope=budget.scope, amount_usd=estimate, limit_usd=budget.limit_usd)
                )
        except BudgetExceeded:
            await self._release(reservations)
            raise
        return reservations

    async def _admit(
        self, spec: ModelSpec, request: GatewayRequest, deadline: Deadline
    ) -> tuple[CircuitBreaker, list[Reservation]]:
        """Budget, egress quota, then the breaker, before one model is called.

        Money and quota come first: refusing a call for either says nothing about the
        provider, so neither may count as a breaker failure or hold its half-open probe.
        Waiting for the quota counts against the deadline.
        """
        late = _late_costs.get()
        if late is not None:
            await late.write()  # every budget checked below sees the real cost of the answers before
        breaker = self.breaker(spec)
        together = None
        if spec.is_remote and spec.rpm is None and spec.tpm is None and not deadline.expired():
            # Nothing to check between the budgets and the slot: both in one round trip.
            estimate = spec.cost(estimate_tokens(request.text()), request.max_tokens)
            together = await admit_together(
                ledger=self.ledger, quota=self.quota, budgets=request.budgets, amount_usd=estimate
            )
        reservations = together.reservations if together is not None else await self._reserve(spec, request)
        try:
            if self.model_limits is not None:
                # Its own requests and tokens a minute (LLM_MODELS rpm, tpm): refused like the quota.
                await self.model_limits.admit(spec, estimate_tokens(request.text()) + request.max_tokens)
            if spec.is_remote and not (together is not None and together.slot_taken):
                await self._acquire_quota(deadline)
            breaker.before_call()
        except BaseException:
            await self._release(reservations)
            raise
        return breaker, reservations

    async def _acquire_quota(self, deadline: Deadline) -> None:
        if deadline.expired():
            raise deadline.exceeded("no time left to wait for the egress quota")
        try:
            async with asyncio.timeout(deadline.left()) as scope:
                await self.quota.acquire()
        except TimeoutError:
            if scope.expired():
                raise deadline.exceeded("waiting for the egress quota") from None
            raise

    async def _release(self, reservations: list[Reservation]) -> None:
        for reservation in reservations:
            await self.ledger.release(reservation)

    async def _reconcile(self, reservations: list[Reservation], actual: Decimal) -> None:
        for reservation in reservations:
            await self.ledger.reconcile(reservation, actual_usd=actual)

    async def _record(self, record: CallRecord) -> None:
        """Record off the hot path: the answer does not wait for the analytics write."""
        if self.recorder is None:
            return
        task = asyncio.get_running_loop().create_task(self._write_record(record))
        # asyncio keeps only weak references to tasks; this set keeps them alive until done.
        self._pending_records.add(task)
        task.add_done_callback(self._pending_records.discard)

    async def _write_record(self, record: CallRecord) -> None:
        assert self.recorder is not None
        try:
            await self.recorder(record)
        except Exception:
            # Analytics must never cost a diner their answer.
            logger.exception("could not record an LLM call")

    async def drain(self) -> None:
        """Wait for pending analytics writes; callers that close their event loop (asyncio.run) call it first."""
        # Only this loop's writes: the process-wide gateway serves other threads' loops too,
        # and a task of another loop cannot be awaited here.
        loop = asyncio.get_running_loop()
        while mine := [task for task in list(self._pending_records) if task.get_loop() is loop]:
            await asyncio.gather(*mine)

    async def cached(self, request: GatewayRequest) -> GatewayResult | None:
        """The cached answer to this request, without calling any model (None on a miss)."""
        if self.cache is None or not request.use_cache:
            return None
        try:
            decision = self.decide(request)
        except NoRoute:
            return None
        hit = await self.cache.get(self._key(request, decision))
        if hit is None or not isinstance(hit.value, dict):
            return None
        return replace(GatewayResult.from_dict(hit.value), cached=True, cache_tier=hit.tier)

    # --- complete ---------------------------------------------------------------

    async def _call(self, spec: ModelSpec, request: GatewayRequest, deadline: Deadline) -> ProviderReply:
        """One model, with its breaker, budget reservation, egress quota, timeouts and retries, inside the deadline."""
        tried: set[str] = set()
        while True:
            deployment = self.deployment(spec, tried)
            tried.add(deployment.endpoint)
            try:
                with self._busy(deployment):
                    return await self._call_deployment(deployment, request, deadline)
            except Exception as error:
                if not self._next_deployment_may_answer(spec, tried, error, deadline):
                    raise
                logger.info("%s at %s failed (%s): trying another deployment", spec.name, deployment.endpoint, error)

    async def _call_deployment(self, spec: ModelSpec, request: GatewayRequest, deadline: Deadline) -> ProviderReply:
        provider = self.providers[spec.endpoint]
        breaker, reservations = await self._admit(spec, request, deadline)
        judged = False

        def on_failure(error: BaseException) -> None:
            # Every failed attempt is a verdict on the provider (not only the call's last).
            nonlocal judged
            judged = self._judge(breaker, error) or judged

        try:
            reply = await with_retries(
                lambda: provider.complete(spec, request),
                policy=self.retry_policy,
                is_retryable=is_retryable,
                sleep=self.sleep,
                deadline=deadline,
                attempt_timeout=self.timeout_seconds,
                on_failure=on_failure,
                # The breaker may have opened meanwhile (this call's failures, or others').
                before_retry=breaker.before_call,
                asked_delay=asked_retry_delay,
            )
        except BaseException:
            # Cancelled, the caller's input, or out of time before any attempt: no verdict,
            # but a half-open probe slot this call took must be freed.
            if not judged:
                breaker.release_probe()
            await self._release(reservations)
            raise
        breaker.record_success()
        actual = spec.cost(reply.prompt_tokens, reply.completion_tokens)
        late = _late_costs.get()
        if late is not None and late.ledger is self.ledger:
            late.add(reservations, actual)
        else:
            await self._reconcile(reservations, actual)
        return reply

    async def _answer(
        self, request: GatewayRequest, decision: RouteDecision, fallback: Fallback | None, deadline: Deadline
    ) -> GatewayResult:
        started = time.perf_counter()
        attempts: list[dict[str, Any]] = []
        failures: list[BaseException] = []  # each model's last error, for the error raised
        spent = _Spent()
        stop: GatewayError | None = None  # why the chain ended early: out of time, or the caller's input
        refused: tuple[int, str, ProviderReply] | None = None  # the last answer the check refused

        def answered(
            position: int, name: str, reply: ProviderReply, route_reason: str, draft_accepted: bool | None
        ) -> GatewayResult:
            cascaded = decision.cascade and position > 0
            return spent.result(reply, name, route_reason, cascaded, draft_accepted, started, attempts)

        for position, name in enumerate(decision.models):
            spec = self.registry[name]
            if attempts and not deadline.allows_attempt_after(0.0):
                # After a failure, another model only if it has time to answer (the first always gets its try).
                stop = deadline.exceeded(f"no time left for {name}")
                attempts.append(_failure(name, stop))
                break
            try:
                reply = await self._call(spec, request, deadline)
            except BudgetExceeded:
                raise
            except InvalidInput as invalid:
                # The same words go to every model: another one would refuse them too.
                attempts.append(_failure(name, invalid))
                stop = invalid
                break
            except (CircuitOpen, QuotaExceeded, Exception) as error:  # noqa: BLE001 - any provider failure moves on
                attempts.append(_failure(name, error))
                failures.append(error)
                if isinstance(error, DeadlineExceeded):
                    stop = error
                continue
            spent.add(reply, spec.cost(reply.prompt_tokens, reply.completion_tokens))
            problem = _answer_problem(reply.text, request)
            if problem is not None:
                attempts.append({"model": name, "outcome": "rejected", "reason": problem})
                refused = (position, name, reply)
                continue
            attempts.append({"model": name, "outcome": "accepted"})
            return answered(position, name, reply, decision.reason, (position == 0) if decision.cascade else None)
        if refused is not None and fallback is None and request.keep_refused_answer and stop is None:
            # Nothing stronger accepted it (or nothing stronger exists): the caller gets the
            # answer it would have had from that model alone, marked as not accepted.
            position, name, reply = refused
            kept = f"{decision.reason}; kept {name}'s answer: no stronger model accepted it"
            return answered(position, name, reply, kept, False)
        reason = "; ".join(f"{a['model']}: {a['reason']}" for a in attempts) or "no model answered"
        if fallback is None:
            raise _chain_error(reason, stop, failures)
        raise _Uncacheable(
            GatewayResult(
                text=fallback(),
                model_used="none",
                route_reason=decision.reason,
                cascaded=False,
                draft_accepted=False if decision.cascade else None,
                prompt_tokens=spent.prompt_tokens,
                completion_tokens=spent.completion_tokens,
                cost_usd=spent.cost,
                latency_ms=_elapsed_ms(started),
                degraded=True,
                degraded_reason=reason,
                attempts=attempts,
            )
        )

    async def complete(self, request: GatewayRequest, *, fallback: Fallback | None = None) -> GatewayResult:
        """The answer, from cache or a model; a labelled degraded answer when no model can give one.

        Raises ``BudgetExceeded`` (the API's 402), or, when no model answered and there
        is no ``fallback``: ``InvalidInput`` (the caller's text; the API's 400),
        ``DeadlineExceeded`` (the surface's deadline passed; 504), else ``GatewayError``.
        """
        late = _LateCosts(self.ledger)
        token = _late_costs.set(late)
        try:
            return await self._complete(request, fallback, late)
        finally:
            _late_costs.reset(token)
            await late.write()

    async def _complete(self, request: GatewayRequest, fallback: Fallback | None, late: _LateCosts) -> GatewayResult:
        started = time.perf_counter()
        deadline = self.deadline(request, stream=False)
        malformed = _malformed(request)
        if malformed is not None:
            return await self._unanswered(request, fallback, malformed, started)
        try:
            decision = self.decide(request)
        except NoRoute as no_route:
            return await self._unanswered(request, fallback, GatewayError(str(no_route)), started)

        try:
            # The guard: see DEADLINE_GUARD_SECONDS.
            async with asyncio.timeout(deadline.left() + DEADLINE_GUARD_SECONDS) as guard:
                if self.cache is not None and request.use_cache:
                    cache = self.cache

                    async def compute() -> Any:
                        return (await self._answer(request, decision, fallback, deadline)).as_dict()

                    value, tier = await cache.get_or_compute(
                        self._key(request, decision), ttl_for(request.operation), compute, with_value=late.queue
                    )
                    if not isinstance(value, dict):
                        raise TypeError(f"cached gateway result is a {type(value).__name__}, not an object")
                    result = GatewayResult.from_dict(value)
                    if tier != "miss":
                        result = replace(result, cached=True, cache_tier=tier, latency_ms=_elapsed_ms(started))
                else:
                    result = await self._answer(request, decision, fallback, deadline)
        except _Uncacheable as degraded:
            result = degraded.result
        except TimeoutError:
            if not guard.expired():
                raise
            exceeded = deadline.exceeded("still waiting for an answer")
            return await self._unanswered(request, fallback, exceeded, started, route_reason=decision.reason)
        except BudgetExceeded:
            await self._record(
                self._record_of(
                    request,
                    GatewayResult("", "none", decision.reason, False, None, 0, 0, Decimal(0), _elapsed_ms(started)),
                    outcome="budget_exceeded",
                )
            )
            raise
        await self._record(self._record_of(request, result, outcome="degraded" if result.degraded else "ok"))
        return result

    async def _unanswered(
        self,
        request: GatewayRequest,
        fallback: Fallback | None,
        error: GatewayError,
        started: float,
        *,
        route_reason: str | None = None,
    ) -> GatewayResult:
        """No model may be asked (no route, malformed text, out of time): the fallback's labelled answer, or ``error``."""
        if fallback is None:
            raise error
        result = _fallback_result(fallback, route_reason or str(error), str(error), started)
        await self._record(self._record_of(request, result, outcome="degraded"))
        return result

    @staticmethod
    def _record_of(
        request: GatewayRequest,
        result: GatewayResult,
        *,
        outcome: str,
        streamed: bool = False,
        first_token_ms: float | None = None,
    ) -> CallRecord:
        cached = result.cached
        return CallRecord(
            operation=request.operation,
            restaurant_id=request.restaurant_id,
            route_reason=result.route_reason,
            model_used=result.model_used,
            cascaded=result.cascaded,
            draft_accepted=result.draft_accepted,
            # A cache hit spent nothing: its tokens and cost were counted when it was computed.
            prompt_tokens=0 if cached else result.prompt_tokens,
            completion_tokens=0 if cached else result.completion_tokens,
            cost_usd=Decimal(0) if cached else result.cost_usd,
            latency_ms=result.latency_ms,
            cache_tier=result.cache_tier,
            outcome=outcome,
            streamed=streamed,
            first_token_ms=first_token_ms,
            attempts=result.attempts,
            request_id=current_request_id(),
            api_key_id=_api_key_charged(request),
            surface=request.surface,
        )

    # --- stream -----------------------------------------------------------------

    async def stream(
        self, request: GatewayRequest, *, fallback: Fallback | None = None
    ) -> AsyncGenerator[StreamEvent, None]:
        """Events ``route``, ``token``..., then exactly one ``done`` or ``error``.

        Another model is tried only before the first token: once a diner has seen
        words, switching models would show them a different answer. Streams do not
        cascade (the draft cannot be checked before it is shown); they use the first
        model of the route and its fallbacks.

        The surface's first-token deadline bounds everything before the first chunk
        (every model and retry); the total deadline bounds the rest: a stream that
        stalls past it ends in an ``error`` event (``stream_interrupted``).
        """
        started = time.perf_counter()
        deadline = self.deadline(request, stream=True)
        malformed = _malformed(request)
        if malformed is not None:
            async for event in self._stream_degraded(request, fallback, str(malformed), started, None, malformed):
                yield event
            return
        try:
            decision = self.decide(request)
        except NoRoute as no_route:
            async for event in self._stream_degraded(request, fallback, str(no_route), started, None):
                yield event
            return
        yield StreamEvent("route", {**decision.as_dict(), "cascade": False})

        key = self._key(request, decision) if self.cache is not None and request.use_cache else None
        cached = await self._cached_stream(request, key, started)
        if cached is not None:
            yield StreamEvent("token", {"text": cached.text})
            yield StreamEvent("done", self._done_data(cached, first_token_ms=cached.latency_ms))
            return
        async with aclosing(self._stream_chain(request, decision, key, fallback, started, deadline)) as events:
            async for event in events:
                yield event

    async def _stream_chain(
        self,
        request: GatewayRequest,
        decision: RouteDecision,
        key: str | None,
        fallback: Fallback | None,
        started: float,
        deadline: Deadline,
    ) -> AsyncGenerator[StreamEvent, None]:
        """The route's models in turn until one streams a whole answer; the labelled fallback when none does."""
        attempts: list[dict[str, Any]] = []
        stop: GatewayError | None = None  # why the chain ended early: out of time, or the caller's input
        for name in decision.models:
            spec = self.registry[name]
            text = ""
            first_token_ms: float | None = None
            if attempts and not deadline.allows_attempt_after(0.0):
                stop = deadline.exceeded(f"no time left for {name}")
                attempts.append(_failure(name, stop))
                break
            try:
                async with aclosing(self._stream_one(spec, request, attempts, deadline)) as deltas:
                    async for delta in deltas:
                        if delta.text:
                            if first_token_ms is None:
                                first_token_ms = _elapsed_ms(started)
                            text += delta.text
                            yield StreamEvent("token", {"text": delta.text})
                        if delta.final:
                            result = GatewayResult(
                                text=text,
                                model_used=name,
                                route_reason=decision.reason,
                                cascaded=False,
                                draft_accepted=None,
                                prompt_tokens=delta.prompt_tokens,
                                completion_tokens=delta.completion_tokens,
                                cost_usd=spec.cost(delta.prompt_tokens, delta.completion_tokens),
                                latency_ms=_elapsed_ms(started),
                                attempts=attempts,
                                finish_reason=delta.finish_reason,
                                tool_calls=list(delta.tool_calls),
                            )
                            yield await self._stream_finished(request, key, result, first_token_ms)
                            return
            except BudgetExceeded as exceeded:
                yield StreamEvent("error", {"code": "budget_exceeded", "message": str(exceeded)})
                return
            except Exception as error:  # noqa: BLE001 - every failure ends in an error event or a fallback
                attempts.append(_failure(name, error))
                if first_token_ms is not None:
                    cut = GatewayResult(
                        text, name, decision.reason, False, None, 0, 0, Decimal(0), _elapsed_ms(started)
                    )
                    yield await self._stream_cut(request, cut, first_token_ms)
                    return
                if isinstance(error, InvalidInput):
                    # The same words go to every model: another one would refuse them too.
                    stop = error
                    break
                if isinstance(error, DeadlineExceeded):
                    stop = error
        reason = "; ".join(f"{a['model']}: {a['reason']}" for a in attempts) or "no model answered"
        async for event in self._stream_degraded(request, fallback, reason, started, decision, stop):
            yield event

    async def _cached_stream(self, request: GatewayRequest, key: str | None, started: float) -> GatewayResult | None:
        """The cached answer for a stream (recorded as served), or None."""
        if key is None or self.cache is None:
            return None
        hit = await self.cache.get(key)
        if hit is None or not isinstance(hit.value, dict):
            return None
        result = replace(
            GatewayResult.from_dict(hit.value), cached=True, cache_tier=hit.tier, latency_ms=_elapsed_ms(started)
        )
        await self._record(self._record_of(request, result, outcome="ok", streamed=True))
        return result

    async def _stream_finished(
        self, request: GatewayRequest, key: str | None, result: GatewayResult, first_token_ms: float | None
    ) -> StreamEvent:
        """Cache (when the answer passes the check) and record a whole stream; its ``done`` event.
        Both before ``done``: a reader may stop reading right at it."""
        if key is not None and self.cache is not None and _answer_problem(result.text, request) is None:
            await self.cache.set(key, result.as_dict(), ttl_for(request.operation))
        await self._record(self._record_of(request, result, outcome="ok", streamed=True, first_token_ms=first_token_ms))
        return StreamEvent("done", self._done_data(result, first_token_ms=first_token_ms))

    async def _stream_cut(self, request: GatewayRequest, cut: GatewayResult, first_token_ms: float) -> StreamEvent:
        """A stream that failed after its first words: recorded as an error; no other model may take over."""
        await self._record(self._record_of(request, cut, outcome="error", streamed=True, first_token_ms=first_token_ms))
        message = "The answer was cut off. Please ask again."
        return StreamEvent("error", {"code": "stream_interrupted", "message": message, "partial": True})

    async def _next_delta(self, deltas: AsyncGenerator[StreamDelta, None], deadline: Deadline) -> StreamDelta | None:
        """The provider's next piece (None at its end), waiting no longer than the attempt timeout or the deadline."""
        cut_by_deadline = deadline.left() <= self.timeout_seconds
        try:
            async with asyncio.timeout(deadline.attempt_timeout(self.timeout_seconds)) as wait:
                return await anext(deltas)
        except StopAsyncIteration:
            return None
        except TimeoutError:
            if wait.expired() and cut_by_deadline:
                raise deadline.exceeded("waiting for the model's next chunk") from None
            raise

    async def _stream_one(
        self, spec: ModelSpec, request: GatewayRequest, attempts: list[dict[str, Any]], deadline: Deadline
    ) -> AsyncGenerator[StreamDelta, None]:
        """One model's stream with breaker, budget, quota, and retries before the first chunk, inside the deadline."""
        tried: set[str] = set()
        while True:
            deployment = self.deployment(spec, tried)
            tried.add(deployment.endpoint)
            sent_any = False
            try:
                # aclosing: a reader that leaves closes the deployment's stream at once (its
                # finally releases the budget reservation and the probe slot), not at collection.
                with self._busy(deployment):
                    async with aclosing(self._stream_deployment(deployment, request, attempts, deadline)) as deltas:
                        async for delta in deltas:
                            sent_any = True
                            yield delta
                return
            except Exception as error:
                # Once words were shown, no other deployment may start the answer again.
                if sent_any or not self._next_deployment_may_answer(spec, tried, error, deadline):
                    raise
                logger.info("%s at %s failed (%s): trying another deployment", spec.name, deployment.endpoint, error)

    async def _stream_deployment(
        self, spec: ModelSpec, request: GatewayRequest, attempts: list[dict[str, Any]], deadline: Deadline
    ) -> AsyncGenerator[StreamDelta, None]:
        provider = self.providers[spec.endpoint]
        breaker, reservations = await self._admit(spec, request, deadline)
        attempt = 1
        sent_any = judged = False
        try:
            while True:
                if deadline.expired():
                    raise deadline.exceeded(f"no time left for attempt {attempt}")
                try:
                    async with aclosing(provider.stream(spec, request)) as deltas:
                        while (delta := await self._next_delta(deltas, deadline)) is not None:
                            if not sent_any:
                                sent_any = True
                                # From here on the total deadline applies, and no retry: words were shown.
                                deadline.mark_first_token()
                            if delta.final:
                                judged = True
                                breaker.record_success()
                                actual = spec.cost(delta.prompt_tokens, delta.completion_tokens)
                                await self._reconcile(reservations, actual)
                                reservations = []
                            yield delta
                    return
                except Exception as error:
                    # Every failed attempt is a verdict on the provider (not only the last one).
                    judged = self._judge(breaker, error) or judged
                    if sent_any or not is_retryable(error):
                        raise
                    if deadline.expired():
                        raise deadline.exceeded(f"attempt {attempt} failed with {type(error).__name__}") from error
                    if attempt >= self.retry_policy.attempts:
                        raise
                    attempt += 1
                    delay = max(self.retry_policy.delay_before(attempt), asked_retry_delay(error) or 0.0)
                    if not deadline.allows_attempt_after(delay):
                        raise deadline.exceeded(
                            f"no time for attempt {attempt} after {type(error).__name__} ({deadline.left():.1f} s left)"
                        ) from error
                    attempts.append({"model": spec.name, "outcome": "retried", "reason": type(error).__name__})
                    await self.sleep(delay)
                    # The breaker may have opened meanwhile (this stream's failures, or others').
                    breaker.before_call()
        finally:
            # A reader going away (GeneratorExit, cancellation) is not the provider's fault:
            # no verdict, but the half-open probe slot must not stay taken.
            if not judged:
                breaker.release_probe()
            # A stream that failed (or was abandoned by its reader) before its usage arrived.
            await self._release(reservations)

    async def _stream_degraded(
        self,
        request: GatewayRequest,
        fallback: Fallback | None,
        reason: str,
        started: float,
        decision: RouteDecision | None,
        stop: GatewayError | None = None,
    ) -> AsyncGenerator[StreamEvent, None]:
        route_reason = decision.reason if decision else reason
        if fallback is None:
            failed = GatewayResult("", "none", route_reason, False, None, 0, 0, Decimal(0), _elapsed_ms(started))
            await self._record(self._record_of(request, failed, outcome="error", streamed=True))
            if isinstance(stop, InvalidInput):
                code, message = "invalid_input", stop.public_message
            elif isinstance(stop, DeadlineExceeded):
                code, message = "deadline_exceeded", "No model answered in time."
            else:
                code, message = "no_model", "No model could answer right now."
            yield StreamEvent("error", {"code": code, "message": message, "reason": reason})
            return
        result = _fallback_result(fallback, route_reason, reason, started)
        await self._record(self._record_of(request, result, outcome="degraded", streamed=True))
        yield StreamEvent("token", {"text": result.text})
        yield StreamEvent("done", self._done_data(result, first_token_ms=result.latency_ms))

    @staticmethod
    def _done_data(result: GatewayResult, *, first_token_ms: float | None) -> dict[str, Any]:
        data = result.as_dict()
        data.pop("text")
        data["first_token_ms"] = first_token_ms
        return data


CallListener = Callable[[CallRecord], None]
_call_listeners: list[CallListener] = []


def on_call_recorded(listener: CallListener) -> None:
    """Subscribe to every call the process-wide gateway records (analytics does, at startup).

    The gateway is the ground floor: it knows no app above it, and an app that keeps its
    calls registers here from its ``AppConfig.ready()``.
    """
    if listener not in _call_listeners:
        _call_listeners.append(listener)


async def publish_call(record: CallRecord) -> None:
    """The process-wide gateway's recorder: every listener, in order (each must be quick)."""
    for listener in _call_listeners:
        listener(record)


def providers_for(registry: Mapping[str, ModelSpec]) -> dict[str, Provider]:
    """One provider per endpoint the registry's models use (``ModelSpec.endpoint``), from settings.

    Models without their own base_url share LLM_BASE_URL and LLM_API_KEY; a model with its own
    endpoint reads its key from the environment variable it names, here, so no key is ever
    stored in settings, the registry or a log line.
    """
    providers: dict[str, Provider] = {
        "openai": OpenAICompatibleProvider(
            base_url=settings.LLM_BASE_URL, api_key=settings.LLM_API_KEY, timeout=settings.LLM_TIMEOUT_SECONDS
        ),
        "local": LocalLlamaProvider(context=settings.LOCAL_LLM_CONTEXT, threads=settings.LOCAL_LLM_THREADS),
    }
    for spec in registry.values():
        for deployment in spec.deployments:
            endpoint = spec.endpoint_of(deployment)
            if endpoint not in providers:
                providers[endpoint] = OpenAICompatibleProvider(
                    base_url=deployment.base_url,
                    api_key=deployment.api_key(),
                    timeout=settings.LLM_TIMEOUT_SECONDS,
                )
    return providers


@cache
def get_gateway() -> Gateway:
    """The process-wide gateway, built from settings."""
    registry = model_registry()
    providers = providers_for(registry)
    return Gateway(
        registry=registry,
        providers=providers,
        cache=get_gateway_cache(),
        ledger=budget_ledger(),
        model_limits=model_limits(),
        quota=egress_quota(),
        retry_policy=RetryPolicy(
            attempts=settings.LLM_RETRY_ATTEMPTS,
            base_delay=settings.LLM_RETRY_BASE_DELAY_SECONDS,
            max_delay=settings.LLM_RETRY_MAX_DELAY_SECONDS,
        ),
        breaker_failures=settings.LLM_BREAKER_FAILURES,
        breaker_reset_seconds=settings.LLM_BREAKER_RESET_SECONDS,
        breaker_window_seconds=settings.LLM_BREAKER_WINDOW_SECONDS,
        breaker_failure_rate=settings.LLM_BREAKER_FAILURE_RATE,
        timeout_seconds=settings.LLM_TIMEOUT_SECONDS,
        deadlines={
            surface: DeadlinePolicy(
                first_token_seconds=settings.LLM_DEADLINES[surface]["first_token"],
                total_seconds=settings.LLM_DEADLINES[surface]["total"],
            )
            for surface in SURFACES
        },
        min_attempt_seconds=settings.LLM_MIN_ATTEMPT_SECONDS,
        long_input_share=settings.LLM_LONG_INPUT_SHARE,
        recorder=publish_call,
    )


def provider_health() -> list[BreakerSnapshot]:
    """This process's breakers and recent attempts per provider; empty before its first model call.

    Never builds the gateway: a process that has not called a model has nothing to report.
    """
    if get_gateway.cache_info().currsize == 0:
        return []
    return get_gateway().provider_health()
