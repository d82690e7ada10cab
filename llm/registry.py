"""The models the gateway may call, with prices, context windows and tiers, from settings."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any, Literal

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

Tier = Literal["local", "draft", "strong"]
ProviderKind = Literal["openai", "local"]
TIERS: tuple[Tier, ...] = ("local", "draft", "strong")


@dataclass(frozen=True)
class Deployment:
    """One endpoint serving a model: its address, the variable holding its key, the model's id there."""

    model: str  # the upstream model id (or the GGUF path for local)
    # Its own OpenAI-compatible endpoint (else LLM_BASE_URL), and the name of the environment
    # variable holding that endpoint's key: the key itself is never in settings or logs.
    base_url: str | None = None
    api_key_env: str | None = None

    def api_key(self) -> str | None:
        """The key, read from its variable now (so it is never held in settings or the registry)."""
        return os.environ.get(self.api_key_env) if self.api_key_env else None


@dataclass(frozen=True)
class ModelSpec:
    name: str  # our name, used in routes, results and analytics
    provider: ProviderKind
    cost_in_per_1k: Decimal
    cost_out_per_1k: Decimal
    context_window: int
    tier: Tier
    # Where it is served: one or more deployments (LLM_MODELS entries with the same name), the
    # gateway balancing between them (least busy, skipping open breakers).
    deployments: tuple[Deployment, ...]
    # The endpoints are model servers of ours (llama.cpp, vLLM on our network): no paid egress
    # quota, and it may serve the local tier, which confidential requests are kept to.
    self_hosted: bool = False
    # Requests and tokens (prompt estimate + max_tokens) a minute across every process (Redis):
    # an upstream's own rate limits, kept before it answers 429. None: no limit.
    rpm: int | None = None
    tpm: int | None = None

    @property
    def model(self) -> str:
        return self.deployments[0].model

    @property
    def base_url(self) -> str | None:
        return self.deployments[0].base_url

    @property
    def api_key_env(self) -> str | None:
        return self.deployments[0].api_key_env

    @property
    def is_remote(self) -> bool:
        """Whether a call leaves our servers (a paid provider): egress quota, never confidential."""
        return self.provider != "local" and not self.self_hosted

    @property
    def endpoint(self) -> str:
        """The provider its (first) deployment is called through: one per distinct endpoint and key."""
        return self.endpoint_of(self.deployments[0])

    def endpoint_of(self, deployment: Deployment) -> str:
        if self.provider == "local" or not deployment.base_url:
            return self.provider
        key = f" ({deployment.api_key_env})" if deployment.api_key_env else ""
        return f"{self.provider}@{deployment.base_url}{key}"

    def pinned(self, deployment: Deployment) -> ModelSpec:
        """This model at one of its deployments (what a provider is called with)."""
        return replace(self, deployments=(deployment,))

    def cost(self, prompt_tokens: int, completion_tokens: int) -> Decimal:
        return (self.cost_in_per_1k * prompt_tokens + self.cost_out_per_1k * completion_tokens) / 1000


# Every deployment of one model name must agree on these (they describe the model, not where it runs).
_SHARED_FIELDS = (
    "provider",
    "cost_in_per_1k",
    "cost_out_per_1k",
    "context_window",
    "tier",
    "self_hosted",
    "rpm",
    "tpm",
)


def parse_model_specs(raw: list[dict[str, Any]]) -> dict[str, ModelSpec]:
    """Validate the LLM_MODELS setting; every problem names the model and the field.

    Entries with the same name are deployments of one model: they must agree on its price,
    window, tier and limits, and differ in where it is served (``base_url``, ``api_key_env``,
    ``model``).
    """
    specs: dict[str, ModelSpec] = {}
    for index, entry in enumerate(raw):
        label = entry.get("name") or f"#{index + 1}"
        try:
            spec = ModelSpec(
                name=str(entry["name"]),
                provider=entry.get("provider", "openai"),
                cost_in_per_1k=Decimal(str(entry.get("cost_in_per_1k", "0"))),
                cost_out_per_1k=Decimal(str(entry.get("cost_out_per_1k", "0"))),
                context_window=int(entry.get("context_window", 8192)),
                tier=entry.get("tier", "strong"),
                deployments=(
                    Deployment(
                        model=str(entry.get("model", entry["name"])),
                        base_url=_optional_text(entry.get("base_url")),
                        api_key_env=_optional_text(entry.get("api_key_env")),
                    ),
                ),
                self_hosted=_flag(entry.get("self_hosted", False)),
                rpm=_optional_limit(entry.get("rpm")),
                tpm=_optional_limit(entry.get("tpm")),
            )
        except KeyError as missing:
            raise ImproperlyConfigured(f"LLM_MODELS model {label} has no {missing}.") from None
        except (InvalidOperation, ValueError, TypeError) as error:
            raise ImproperlyConfigured(f"LLM_MODELS model {label}: {error}.") from None
        _check(spec, label)
        known = specs.get(spec.name)
        if known is None:
            specs[spec.name] = spec
            continue
        for name in _SHARED_FIELDS:
            if getattr(known, name) != getattr(spec, name):
                raise ImproperlyConfigured(
                    f"LLM_MODELS model {label}: its deployments disagree on {name} "
                    f"({getattr(known, name)} and {getattr(spec, name)})."
                )
        if spec.provider == "local":
            raise ImproperlyConfigured(f"LLM_MODELS model {label}: an in-process model has one deployment.")
        added = spec.deployments[0]
        if any(spec.endpoint_of(d) == spec.endpoint_of(added) and d.model == added.model for d in known.deployments):
            raise ImproperlyConfigured(f"LLM_MODELS names {spec.name} twice at the same endpoint.")
        specs[spec.name] = replace(known, deployments=(*known.deployments, added))
    if not specs:
        raise ImproperlyConfigured("LLM_MODELS is empty: the gateway needs at least one model.")
    return specs


def _check(spec: ModelSpec, label: str) -> None:
    if spec.provider not in ("openai", "local"):
        raise ImproperlyConfigured(f"LLM_MODELS model {label}: provider must be 'openai' or 'local'.")
    if spec.tier not in TIERS:
        raise ImproperlyConfigured(f"LLM_MODELS model {label}: tier must be one of {', '.join(TIERS)}.")
    if spec.tier == "local" and spec.provider != "local" and not (spec.self_hosted and spec.base_url):
        # Confidential requests go to the local tier only; an OpenAI-compatible model without
        # its own endpoint shares LLM_BASE_URL, which may be a paid provider outside our servers.
        raise ImproperlyConfigured(
            f"LLM_MODELS model {label}: a local-tier model must use provider 'local' (in-process), "
            "or be self_hosted with its own base_url (a model server on our network)."
        )
    if spec.self_hosted and not spec.base_url:
        raise ImproperlyConfigured(f"LLM_MODELS model {label}: a self_hosted model names its own base_url.")
    if spec.base_url and not spec.base_url.startswith(("http://", "https://")):
        raise ImproperlyConfigured(f"LLM_MODELS model {label}: base_url must be an http(s) address.")
    if spec.api_key_env and not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", spec.api_key_env):
        raise ImproperlyConfigured(
            f"LLM_MODELS model {label}: api_key_env names an environment variable (not the key itself)."
        )
    if spec.cost_in_per_1k < 0 or spec.cost_out_per_1k < 0 or spec.context_window < 256:
        raise ImproperlyConfigured(f"LLM_MODELS model {label}: costs must be >= 0 and context_window >= 256.")


def _optional_text(value: object) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise TypeError(f"expected text, got {type(value).__name__}")
    return value


def _optional_limit(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"a limit is a whole number of at least 1, got {value!r}")
    return value


def _flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, got {value!r}")
    return value


@cache
def model_registry() -> dict[str, ModelSpec]:
    return parse_model_specs(settings.LLM_MODELS)


def models_of_tier(tier: Tier) -> list[ModelSpec]:
    return [spec for spec in model_registry().values() if spec.tier == tier]
