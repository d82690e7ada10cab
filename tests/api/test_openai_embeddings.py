"""/v1/embeddings with the bundled MiniLM, through the official openai SDK on a live server."""

from __future__ import annotations

import base64
import math

import numpy as np
import openai
import pytest

from analytics.models import LLMCall
from analytics.recording import flush_now
from llm.testing.server import LLMTestServer
from recommendations.models import Restaurant
from tests.api.conftest import caller


def cosine(a: list[float], b: list[float]) -> float:
    return sum(x * y for x, y in zip(a, b, strict=True)) / math.sqrt(sum(x * x for x in a) * sum(y * y for y in b))


def test_vectors_in_openais_shape_that_mean_something(sdk: openai.OpenAI, llm_server: LLMTestServer) -> None:
    texts = ["a glass of red wine with the lamb", "a red wine for lamb", "the database server restarted"]

    # The SDK asks for base64 by default and decodes it: this is the base64 path.
    result = sdk.embeddings.create(model="minilm", input=texts)

    vectors = [item.embedding for item in result.data]
    assert [item.index for item in result.data] == [0, 1, 2]
    assert all(len(vector) == 384 for vector in vectors)
    assert all(abs(math.sqrt(sum(x * x for x in vector)) - 1) < 1e-3 for vector in vectors)
    assert cosine(vectors[0], vectors[1]) > cosine(vectors[0], vectors[2]) + 0.3
    assert result.model == "minilm"
    assert result.usage.prompt_tokens == result.usage.total_tokens > 10


def test_float_and_base64_give_the_same_vector(sdk: openai.OpenAI, llm_server: LLMTestServer) -> None:
    as_floats = sdk.embeddings.with_raw_response.create(model="minilm", input="Chablis", encoding_format="float")
    as_base64 = sdk.embeddings.with_raw_response.create(model="minilm", input="Chablis", encoding_format="base64")

    floats = as_floats.http_response.json()["data"][0]["embedding"]
    decoded = np.frombuffer(base64.b64decode(as_base64.http_response.json()["data"][0]["embedding"]), dtype="<f4")
    assert np.allclose(decoded, np.asarray(floats, dtype=np.float32))


def test_a_text_seen_before_comes_from_the_cache_and_every_request_is_recorded(
    sdk: openai.OpenAI, llm_server: LLMTestServer
) -> None:
    first = sdk.embeddings.create(model="minilm", input=["Morgon", "Fleurie"], encoding_format="float")
    again = sdk.embeddings.create(model="minilm", input=["Fleurie", "Morgon"], encoding_format="float")
    flush_now()

    assert again.data[1].embedding == first.data[0].embedding
    # The last two: the spool may still hold earlier tests' calls, written now too.
    calls = list(LLMCall.objects.filter(operation="embedding").order_by("created_at"))[-2:]
    assert [(call.model_used, call.cache_tier, call.outcome) for call in calls] == [
        ("minilm", "miss", "ok"),
        ("minilm", "memory", "ok"),
    ]
    assert calls[0].prompt_tokens > 0
    assert calls[1].prompt_tokens == 0  # nothing was computed the second time
    assert calls[0].api_key_id is not None


def test_the_embedding_model_is_listed(sdk: openai.OpenAI, llm_server: LLMTestServer) -> None:
    assert "minilm" in [model.id for model in sdk.models.list()]
    assert sdk.models.retrieve("minilm").id == "minilm"


@pytest.mark.parametrize(
    ("arguments", "param"),
    [
        ({"input": [1, 2, 3]}, "input"),
        ({"input": []}, "input"),
        ({"input": ["  "]}, "input"),
        ({"input": ["x"] * 257}, "input"),
        ({"input": "x", "dimensions": 512}, "dimensions"),
        ({"input": "x", "encoding_format": "int8"}, "encoding_format"),
    ],
)
def test_bad_input_is_a_400_naming_the_parameter(
    sdk: openai.OpenAI, llm_server: LLMTestServer, arguments: dict[str, object], param: str
) -> None:
    with pytest.raises(openai.BadRequestError) as raised:
        sdk.embeddings.create(model="minilm", **arguments)  # type: ignore[arg-type]

    assert raised.value.param == param


def test_an_unknown_embedding_model_is_model_not_found(sdk: openai.OpenAI, llm_server: LLMTestServer) -> None:
    with pytest.raises(openai.NotFoundError) as raised:
        sdk.embeddings.create(model="text-embedding-3-large", input="Chablis")

    assert (raised.value.code, raised.value.param) == ("model_not_found", "model")


def test_one_restaurants_cached_vectors_are_not_anothers(
    sdk: openai.OpenAI, llm_server: LLMTestServer, live: str, restaurant_b: Restaurant
) -> None:
    other = openai.OpenAI(base_url=f"{live}/v1", api_key=caller(restaurant_b, ["chat"]).raw, max_retries=0)

    sdk.embeddings.create(model="minilm", input="Vin jaune with Comté", encoding_format="float")
    other.embeddings.create(model="minilm", input="Vin jaune with Comté", encoding_format="float")
    flush_now()

    last_two = list(LLMCall.objects.filter(operation="embedding").order_by("created_at"))[-2:]
    assert [call.cache_tier for call in last_two] == ["miss", "miss"]
    assert last_two[1].restaurant_id == restaurant_b.pk
