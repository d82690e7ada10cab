"""Limits on diners' questions: per diner, per address and per restaurant, per minute.

The diner page needs no key, so without these anyone could spend a restaurant's model
budget (and everyone's capacity) from a script. Counted like the API's ingress limits
(``ratelimits.counters.increment``: one statement that is both the count and the check, exact
across processes), in one-minute windows. The restaurant's daily model budget still
applies on top. A refusal is a friendly line on the page and a 429.
"""

from __future__ import annotations

import hashlib
import math
import time
from dataclasses import dataclass

from django.conf import settings

from analytics.metrics import rate_limit_rejected
from ratelimits.counters import WINDOW_SECONDS, increment

_MESSAGES = {
    "diner": "You're asking faster than I can pour. Please wait {wait} s and ask again.",
    "address": "Lots of questions from this network right now. Please wait {wait} s and ask again.",
    "restaurant": "Our sommelier is very busy right now. Please ask again in {wait} s.",
}


@dataclass(frozen=True)
class DinerRefusal:
    layer: str  # "diner", "address" or "restaurant"
    limit: int
    retry_after: int

    @property
    def message(self) -> str:
        return _MESSAGES[self.layer].format(wait=self.retry_after)


def _now() -> float:
    """The clock the windows follow (tests pin it so a run never straddles a minute)."""
    return time.time()


def diner_question_admit(*, restaurant_id: int, owner: str, address: str) -> DinerRefusal | None:
    """Count one question; the refusal when it is over a limit, else None."""
    diner = hashlib.blake2b(owner.encode(), digest_size=12).hexdigest()
    now = _now()
    # The restaurant's count only takes questions its diner and address let through: a script
    # refused at its own limits must not use up everyone else's share of the restaurant.
    own = {
        f"dq:d:{diner}": ("diner", int(settings.DINER_QUESTIONS_PER_DINER_PER_MINUTE)),
        f"dq:a:{address}"[:80]: ("address", int(settings.DINER_QUESTIONS_PER_ADDRESS_PER_MINUTE)),
    }
    shared = {f"dq:r:{restaurant_id}": ("restaurant", int(settings.DINER_QUESTIONS_PER_RESTAURANT_PER_MINUTE))}
    for limits in (own, shared):
        counts = increment(list(limits), now=now)
        for bucket, (layer, limit) in limits.items():
            if counts[bucket] > limit:
                rate_limit_rejected(f"diner_{layer}")
                return DinerRefusal(layer, limit, max(1, math.ceil(WINDOW_SECONDS - now % WINDOW_SECONDS)))
    return None
