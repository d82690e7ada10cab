"""The models the gateway may call, with prices, context windows and tiers, from settings."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any, Literal

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

Tier = Literal["local", "draft", "strong"]
ProviderKind = Literal["openai", "local"]
TIERS: tuple[Tier, ...] = ("local", "draft", "strong")


@dataclass(frozen=True)
class ModelSpec:
    name: str  # our name, used in routes, results and analytics
    provider: ProviderKind
    model: str  # the upstream model id (or the GGUF path for local)
    cost_in_per_1k: Decimal
    cost_out_per_1k: Decimal
    context_window: int
    tier: Tier

    @property
    def is_remote(self) -> bool:
        return self.provider != "local"

    def cost(self, prompt_tokens: int, completion_tokens: int) -> Decimal:
        return (self.cost_in_per_1k * prompt_tokens + self.cost_out_per_1k * completion_tokens) / 1000


def parse_model_specs(raw: list[dict[str, Any]]) -> dict[str, ModelSpec]:
    """Validate the LLM_MODELS setting; every problem names the model and the field."""
    specs: dict[str, ModelSpec] = {}
    for index, entry in enumerate(raw):
        label = entry.get("name") or f"#{index + 1}"
        try:
            spec = ModelSpec(
                name=str(entry["name"]),
                provider=entry.get("provider", "openai"),
                model=str(entry.get("model", entry["name"])),
                cost_in_per_1k=Decimal(str(entry.get("cost_in_per_1k", "0"))),
                cost_out_per_1k=Decimal(str(entry.get("cost_out_per_1k", "0"))),
                context_window=int(entry.get("context_window", 8192)),
                tier=entry.get("tier", "strong"),
            )
        except KeyError as missing:
            raise ImproperlyConfigured(f"LLM_MODELS model {label} has no {missing}.") from None
        except (InvalidOperation, ValueError, TypeError) as error:
            raise ImproperlyConfigured(f"LLM_MODELS model {label}: {error}.") from None
        if spec.provider not in ("openai", "local"):
            raise ImproperlyConfigured(f"LLM_MODELS model {label}: provider must be 'openai' or 'local'.")
        if spec.tier not in TIERS:
            raise ImproperlyConfigured(f"LLM_MODELS model {label}: tier must be one of {', '.join(TIERS)}.")
        if spec.tier == "local" and spec.provider != "local":
            # Confidential requests go to the local tier only; an OpenAI-compatible model shares
            # LLM_BASE_URL with the remote ones, which may be a paid provider outside our servers.
            raise ImproperlyConfigured(
                f"LLM_MODELS model {label}: a local-tier model must use provider 'local' (in-process)."
            )
        if spec.cost_in_per_1k < 0 or spec.cost_out_per_1k < 0 or spec.context_window < 256:
            raise ImproperlyConfigured(f"LLM_MODELS model {label}: costs must be >= 0 and context_window >= 256.")
        if spec.name in specs:
            raise ImproperlyConfigured(f"LLM_MODELS names {spec.name} twice.")
        specs[spec.name] = spec
    if not specs:
        raise ImproperlyConfigured("LLM_MODELS is empty: the gateway needs at least one model.")
    return specs


@cache
def model_registry() -> dict[str, ModelSpec]:
    return parse_model_specs(settings.LLM_MODELS)


def models_of_tier(tier: Tier) -> list[ModelSpec]:
    return [spec for spec in model_registry().values() if spec.tier == tier]
