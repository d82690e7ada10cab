"""The cascade's quality check: is the draft model's answer good enough to keep?

A cheap, deterministic check, never another model call: empty answers,
refusals, answers that break the expected JSON structure, answers naming wines
that are not on the list, and answers cut off or padded past reason.
"""

from __future__ import annotations

import json
from typing import Any

import jsonschema

from llm.types import GatewayRequest

REFUSAL_OPENINGS = (
    "i can't",
    "i cannot",
    "i can not",
    "i'm sorry",
    "i am sorry",
    "sorry, i",
    "as an ai",
    "i'm unable",
    "i am unable",
    "i don't have access",
)
# Keys in a structured answer whose values are wine names to check against the list.
NAME_KEYS = ("wine", "wines", "name", "names")


def _strings_under_name_keys(value: Any, under_name_key: bool = False) -> list[str]:
    if isinstance(value, dict):
        found: list[str] = []
        for key, item in value.items():
            found += _strings_under_name_keys(item, under_name_key or key.lower() in NAME_KEYS)
        return found
    if isinstance(value, list):
        return [text for item in value for text in _strings_under_name_keys(item, under_name_key)]
    if isinstance(value, str) and under_name_key:
        return [value]
    return []


def answer_problem(text: str, request: GatewayRequest) -> str | None:
    """Why the answer should be escalated, or None when it passes."""
    stripped = text.strip()
    if not stripped:
        return "empty answer"
    opening = stripped[:60].lower()
    if any(opening.startswith(refusal) or f" {refusal}" in opening for refusal in REFUSAL_OPENINGS):
        return "refusal"
    words = len(stripped.split())
    if words > request.max_tokens:
        return f"too long ({words} words for {request.max_tokens} tokens)"

    allowed = {name.casefold() for name in request.allowed_names}
    if request.json_schema is not None:
        try:
            data = json.loads(stripped)
        except ValueError:
            return "not valid JSON"
        try:
            jsonschema.validate(data, request.json_schema)
        except jsonschema.ValidationError as error:
            return f"does not match the expected structure: {error.message}"
        if allowed:
            unknown = [name for name in _strings_under_name_keys(data) if name.casefold() not in allowed]
            if unknown:
                return f"names wines not on the list: {', '.join(unknown[:3])}"
        return None

    if words < 3:
        return "too short"
    folded = stripped.casefold()
    if allowed and not any(name in folded for name in allowed):
        return "names no wine from the list"
    # A name that is part of a chosen one ("Morgon" in "Morgon Côte du Py") is not a slip.
    slipped = [
        name
        for name in request.forbidden_names
        if name.casefold() in folded and not any(name.casefold() in chosen for chosen in allowed)
    ]
    if slipped:
        return f"names wines that were not chosen: {', '.join(slipped[:3])}"
    return None
