"""Per-model limits: requests and tokens a minute (``rpm``, ``tpm`` in LLM_MODELS), across processes.

An upstream's own rate limits (OpenAI's per-model RPM and TPM, a vLLM server's capacity) are
kept here before it answers 429: a model over its limit is skipped like one over the egress
quota (``QuotaExceeded``), so the chain goes on to the next model and the caller learns when
to come back if none is left.

Requests a minute use the egress quota's sliding window, one per model. Tokens a minute use
a fixed one-minute window (an INCRBY per call): a request is charged its prompt estimate plus
its ``max_tokens`` when it is admitted, never refunded, so the limit is kept even when every
answer runs to its cap. Redis holds both for every process; during an outage each process
keeps its own counts (``llm.budgets`` describes the modes).
"""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Callable
from typing import Any

from django.conf import settings

from llm.egress import EgressQuota, QuotaExceeded
from llm.redis_client import REDIS_ERRORS, RedisOutage, limits_client
from llm.registry import ModelSpec

TOKEN_WINDOW_SECONDS = 60

# KEYS[1]: this minute's counter. ARGV[1]: the tokens asked. ARGV[2]: the limit. ARGV[3]: TTL (s).
# Returns 0 if charged, else 1 (over the limit). A window with nothing in it always admits one
# request, so a request larger than the whole limit is not refused forever.
_TOKENS_SCRIPT = """
local used = tonumber(redis.call('GET', KEYS[1]) or '0')
if used > 0 and used + tonumber(ARGV[1]) > tonumber(ARGV[2]) then
  return 1
end
redis.call('INCRBY', KEYS[1], ARGV[1])
redis.call('EXPIRE', KEYS[1], ARGV[3])
return 0
"""


class TokenWindow:
    """At most ``limit`` tokens charged per clock minute to one model, across every process sharing Redis."""

    def __init__(self, *, redis_url: str | None, key: str, limit: int, clock: Callable[[], float] = time.time) -> None:
        self._redis_url = redis_url
        self._key = key
        self.limit = limit
        self._clock = clock
        self._local_lock = threading.Lock()
        self._local: dict[int, int] = {}
        self._outage = RedisOutage(what="Model token limit", redis_url=redis_url) if redis_url else None

    async def charge(self, tokens: int) -> None:
        """Charge ``tokens`` to this minute, or raise ``QuotaExceeded`` with the wait for the next one."""
        now = self._clock()
        minute = int(now // TOKEN_WINDOW_SECONDS)
        over = await self._charge_in_redis(minute, tokens, now)
        if over is None:
            over = self._charge_locally(minute, tokens)
        if over:
            raise QuotaExceeded(max((minute + 1) * TOKEN_WINDOW_SECONDS - now, 0.001))

    async def _charge_in_redis(self, minute: int, tokens: int, now: float) -> bool | None:
        client = limits_client(self._redis_url)
        if client is None or self._outage is None or not self._outage.should_try(now):
            return None
        script = client.register_script(_TOKENS_SCRIPT)
        try:
            result: Any = await script(
                keys=[f"{self._key}:{minute}"], args=[tokens, self.limit, 2 * TOKEN_WINDOW_SECONDS]
            )
        except REDIS_ERRORS as error:
            self._outage.failed(error, now)
            return None
        self._outage.recovered()
        return int(result) == 1

    def _charge_locally(self, minute: int, tokens: int) -> bool:
        with self._local_lock:
            for old in [m for m in self._local if m < minute]:
                del self._local[old]
            used = self._local.get(minute, 0)
            if used > 0 and used + tokens > self.limit:
                return True
            self._local[minute] = used + tokens
            return False


class ModelLimits:
    """Each model's ``rpm`` and ``tpm`` (None: unlimited), built the first time the model is called."""

    def __init__(self, *, redis_url: str | None, namespace: str, clock: Callable[[], float] = time.time) -> None:
        self._redis_url = redis_url
        self._namespace = namespace
        self._clock = clock  # the tokens' clock minute; a test fixes it mid-minute
        self._lock = threading.Lock()
        self._requests: dict[str, EgressQuota] = {}
        self._tokens: dict[str, TokenWindow] = {}

    async def admit(self, spec: ModelSpec, tokens: int) -> None:
        """Count one request of about ``tokens`` tokens against the model, or raise ``QuotaExceeded``."""
        requests, token_window = self._limits_of(spec)
        if requests is not None:
            await requests.acquire()
        if token_window is not None:
            await token_window.charge(tokens)

    def _limits_of(self, spec: ModelSpec) -> tuple[EgressQuota | None, TokenWindow | None]:
        with self._lock:
            if spec.rpm is not None and spec.name not in self._requests:
                self._requests[spec.name] = EgressQuota(
                    redis_url=self._redis_url,
                    namespace=f"{self._namespace}:model:{spec.name}:rpm",
                    limit=spec.rpm,
                    policy="reject",
                )
            if spec.tpm is not None and spec.name not in self._tokens:
                self._tokens[spec.name] = TokenWindow(
                    redis_url=self._redis_url,
                    key=f"{self._namespace}:model:{spec.name}:tpm",
                    limit=spec.tpm,
                    clock=self._clock,
                )
            return self._requests.get(spec.name), self._tokens.get(spec.name)


def model_limits() -> ModelLimits:
    """This process's per-model limits, in the installation's Redis namespace."""
    return _model_limits_for(settings.REDIS_URL, settings.CACHE_KEY_PREFIX)


@functools.cache
def _model_limits_for(redis_url: str | None, namespace: str) -> ModelLimits:
    return ModelLimits(redis_url=redis_url, namespace=namespace)
