"""Which model answers: by sensitivity, complexity and input length, with per-restaurant overrides."""

from __future__ import annotations

from llm.registry import ModelSpec
from llm.types import Complexity, GatewayRequest, RouteDecision

# Words that signal a question needing reasoning over several items, not a lookup.
COMPLEX_HINTS = ("compare", "why", "explain", "difference", "versus", " vs ", "each", "menu", "whole", "progression")


class NoRoute(Exception):
    """No configured model may take this request (e.g. confidential with no local model)."""


def estimate_tokens(text: str) -> int:
    return max(1, len(text) // 4)


def estimate_complexity(text: str) -> Complexity:
    lowered = f" {text.lower()} "
    hints = sum(hint in lowered for hint in COMPLEX_HINTS)
    words = len(text.split())
    if words > 250 or hints >= 3:
        return "high"
    if words > 60 or hints >= 1:
        return "medium"
    return "low"


def _dedupe(models: list[ModelSpec | None]) -> list[ModelSpec]:
    seen: dict[str, ModelSpec] = {}
    for model in models:
        if model is not None and model.name not in seen:
            seen[model.name] = model
    return list(seen.values())


def route(request: GatewayRequest, registry: dict[str, ModelSpec], *, long_input_share: float = 0.75) -> RouteDecision:
    by_tier: dict[str, list[ModelSpec]] = {"local": [], "draft": [], "strong": []}
    for spec in registry.values():
        by_tier[spec.tier].append(spec)
    local = by_tier["local"][0] if by_tier["local"] else None
    needed = estimate_tokens(request.text()) + request.max_tokens

    if request.sensitivity == "confidential" or request.local_only:
        if request.capable_only:
            raise NoRoute("only a draft or strong model may take this request, and it must stay local")
        why = "confidential request" if request.sensitivity == "confidential" else "restaurant allows local models only"
        # Belt and braces with the registry's own check: never a model behind a network endpoint.
        chain = sorted((s for s in by_tier["local"] if not s.is_remote), key=lambda spec: -spec.context_window)
        if not chain:
            raise NoRoute(f"{why}, and no local model is configured")
        return RouteDecision(tuple(spec.name for spec in chain), cascade=False, reason=f"{why}: local models only")

    draft = by_tier["draft"][0] if by_tier["draft"] else None
    strong = by_tier["strong"][0] if by_tier["strong"] else None
    complexity = request.complexity or estimate_complexity(request.text())
    how = "given" if request.complexity else "estimated"
    if request.force_direct:
        chain = _dedupe([strong, draft, local])
        cascade, reason = False, "force_direct: strongest model, no draft"
    elif complexity == "high":
        chain = _dedupe([strong, draft, local])
        cascade, reason = False, f"complexity high ({how}): strong model directly"
    else:
        chain = _dedupe([draft, strong, local])
        cascade = draft is not None and strong is not None
        reason = f"complexity {complexity} ({how}): " + (
            "draft, escalate if it fails the check" if cascade else chain[0].tier + " model"
        )

    if request.capable_only:
        chain = [spec for spec in chain if spec.tier != "local"]
        if not chain:
            raise NoRoute("no draft or strong model is configured")
        reason += "; draft or strong models only"

    fitting = [spec for spec in chain if spec.context_window * long_input_share >= needed]
    if len(fitting) < len(chain):
        allowed = [spec for spec in registry.values() if not (request.capable_only and spec.tier == "local")]
        longest = max(allowed, key=lambda spec: spec.context_window)
        chain = _dedupe([*fitting, longest]) if fitting else [longest]
        cascade = cascade and len(chain) > 1 and chain[0].tier == "draft"
        reason += f"; long input (~{needed} tokens): models whose context fits, else {longest.name}"
    if not chain:
        raise NoRoute("no model is configured")
    return RouteDecision(tuple(spec.name for spec in chain), cascade=cascade, reason=reason)
