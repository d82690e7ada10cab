"""OpenAI-compatible ``POST /v1/embeddings`` with the bundled MiniLM (384 dimensions).

OpenAI's request and response shapes: ``input`` a string or up to 256 strings,
``encoding_format`` ``float`` or ``base64`` (little-endian float32, as OpenAI's SDKs decode
it), ``usage`` in tokens. The model runs in-process, so a vector costs nothing but time;
each text's vector is cached like every other answer (per restaurant, 30 days, the model's
version in the key), and every request is recorded as a model call (operation
``embedding``) for analytics and the model call log.
"""

from __future__ import annotations

import base64
import time
from decimal import Decimal
from typing import Any

import numpy as np
from asgiref.sync import sync_to_async
from django.http import HttpRequest, HttpResponseBase, JsonResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_field
from rest_framework import serializers

from analytics.recording import record_llm_call
from api.http import ApiError, AsyncAPIView, validated
from api.models import ApiKey
from config.api import StrictCharField, check_text
from config.context import current_request_id
from llm.cache import cache_key, get_gateway_cache, ttl_for
from llm.types import CallRecord
from recommendations.retrieval.embeddings import EMBEDDING_DIMENSIONS, embed_array, embedding_model_name, token_counts

EMBEDDING_MODEL = "minilm"
EMBEDDING_MODEL_DESCRIPTION = "all-MiniLM-L6-v2 sentence embeddings (384 dimensions), in-process: nothing leaves."
MAX_INPUTS = 256
MAX_INPUT_CHARACTERS = 20_000  # the model reads the first 256 tokens; this bounds the work done to find them


@extend_schema_field({"oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]})
class EmbeddingInputField(serializers.Field[Any, list[str], Any, Any]):
    """A string or a list of strings (OpenAI's arrays of token ids are refused: tokens are the model's)."""

    def to_internal_value(self, data: Any) -> list[str]:
        texts = [data] if isinstance(data, str) else data
        if not isinstance(texts, list) or not texts:
            raise serializers.ValidationError("input must be a string or a non-empty list of strings.")
        if not all(isinstance(text, str) for text in texts):
            raise serializers.ValidationError("input must hold strings (arrays of token ids are not supported).")
        if len(texts) > MAX_INPUTS:
            raise serializers.ValidationError(f"At most {MAX_INPUTS} inputs in one request.")
        if any(not text.strip() for text in texts):
            raise serializers.ValidationError("An input is empty.")
        if any(len(text) > MAX_INPUT_CHARACTERS for text in texts):
            raise serializers.ValidationError(f"An input holds more than {MAX_INPUT_CHARACTERS:,} characters.")
        return [check_text(text) for text in texts]

    def to_representation(self, value: list[str]) -> list[str]:
        return value


class EmbeddingsInput(serializers.Serializer[Any]):
    model = StrictCharField(max_length=64, help_text=f"{EMBEDDING_MODEL} (GET /v1/models).")
    input = EmbeddingInputField()
    encoding_format = serializers.ChoiceField(choices=["float", "base64"], required=False, default="float")
    dimensions = serializers.IntegerField(required=False, allow_null=True)
    user = StrictCharField(required=False, max_length=256)

    def validate_dimensions(self, dimensions: int | None) -> int | None:
        if dimensions is not None and dimensions != EMBEDDING_DIMENSIONS:
            raise serializers.ValidationError(f"{EMBEDDING_MODEL} has {EMBEDDING_DIMENSIONS} dimensions, no other.")
        return dimensions


def _encoded(vector: list[float], encoding_format: str) -> list[float] | str:
    if encoding_format == "base64":
        return base64.b64encode(np.asarray(vector, dtype="<f4").tobytes()).decode("ascii")
    return vector


async def _vectors(texts: list[str], restaurant_id: int) -> tuple[list[list[float]], str]:
    """Each text's vector, from the cache when it has it; the tier that served them all."""
    cache = get_gateway_cache()
    ttl = ttl_for("embedding")
    keys = [
        cache_key(
            operation="embedding",
            restaurant_id=restaurant_id,
            list_version=None,
            options={"model": embedding_model_name()},
            text=text,
        )
        for text in texts
    ]
    vectors: list[list[float] | None] = [None] * len(texts)
    tiers: set[str] = set()
    for index, key in enumerate(keys):
        hit = await cache.get(key)
        cached = hit.value if hit is not None else None
        if isinstance(cached, list) and len(cached) == EMBEDDING_DIMENSIONS:
            numbers = [value for value in cached if isinstance(value, int | float)]
            if len(numbers) == EMBEDDING_DIMENSIONS and hit is not None:
                vectors[index] = [float(value) for value in numbers]
                tiers.add(hit.tier)
    missing = [index for index, vector in enumerate(vectors) if vector is None]
    if missing:
        # One ONNX run for all the misses, off the event loop.
        computed = await sync_to_async(embed_array, thread_sensitive=False)([texts[index] for index in missing])
        for index, vector in zip(missing, computed.tolist(), strict=True):
            vectors[index] = vector
            await cache.set(keys[index], vector, ttl)
        tiers.add("miss")
    tier = "miss" if "miss" in tiers else ("memory" if tiers == {"memory"} else "redis")
    return [vector for vector in vectors if vector is not None], tier


class EmbeddingsView(AsyncAPIView):
    scope = "chat"

    @extend_schema(
        operation_id="openai_embeddings",
        summary="Embeddings (OpenAI-compatible)",
        description="Sentence vectors from the bundled MiniLM: OpenAI's embeddings API, float or base64.",
        request=EmbeddingsInput,
        responses={
            200: OpenApiResponse(description="A list of embeddings.", response=OpenApiTypes.OBJECT),
            404: OpenApiResponse(description="Unknown model.", response=OpenApiTypes.OBJECT),
        },
        tags=["openai"],
    )
    async def post(self, request: HttpRequest, key: ApiKey, data: Any) -> HttpResponseBase:
        body = validated(EmbeddingsInput, data)
        if body["model"] != EMBEDDING_MODEL:
            raise ApiError(
                404,
                "model_not_found",
                f"The embedding model '{body['model']}' does not exist; use '{EMBEDDING_MODEL}'.",
                {"param": "model", "models": [EMBEDDING_MODEL]},
            )
        texts: list[str] = body["input"]
        started = time.perf_counter()
        vectors, tier = await _vectors(texts, key.restaurant_id)
        tokens = sum(await sync_to_async(token_counts, thread_sensitive=False)(texts))
        record_llm_call(
            CallRecord(
                operation="embedding",
                restaurant_id=key.restaurant_id,
                route_reason="in-process MiniLM",
                model_used=EMBEDDING_MODEL,
                cascaded=False,
                draft_accepted=None,
                prompt_tokens=tokens if tier == "miss" else 0,
                completion_tokens=0,
                cost_usd=Decimal(0),
                latency_ms=(time.perf_counter() - started) * 1000,
                cache_tier=tier,
                outcome="ok",
                request_id=current_request_id(),
                api_key_id=key.pk,
                surface="api",
            )
        )
        return JsonResponse(
            {
                "object": "list",
                "data": [
                    {"object": "embedding", "index": index, "embedding": _encoded(vector, body["encoding_format"])}
                    for index, vector in enumerate(vectors)
                ],
                "model": EMBEDDING_MODEL,
                "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
            }
        )
