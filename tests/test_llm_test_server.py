"""The OpenAI-compatible test server speaks the protocol the real SDK expects."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import openai
import pytest

from chat.gateway.testserver import LLMTestServer


@pytest.fixture(scope="module")
def server() -> Iterator[LLMTestServer]:
    with LLMTestServer() as running:
        yield running


@pytest.fixture(autouse=True)
def _reset(server: LLMTestServer) -> None:
    server.state.reset()


def client(server: LLMTestServer, timeout: float = 5.0) -> openai.AsyncOpenAI:
    return openai.AsyncOpenAI(base_url=server.base_url, api_key="test", timeout=timeout, max_retries=0)


def test_it_answers_deterministically_with_usage(server: LLMTestServer) -> None:
    server.state.set_reply("draft", "Try the Foillard Morgon at $58.")

    async def ask() -> openai.types.chat.ChatCompletion:
        return await client(server).chat.completions.create(
            model="draft", messages=[{"role": "user", "content": "a red for the lamb"}]
        )

    completion = asyncio.run(ask())

    assert completion.choices[0].message.content == "Try the Foillard Morgon at $58."
    assert completion.usage is not None
    assert (completion.usage.prompt_tokens, completion.usage.completion_tokens) == (5, 6)
    assert server.state.calls["draft"] == 1


def test_it_streams_token_by_token_and_reports_usage(server: LLMTestServer) -> None:
    server.state.set_reply("draft", "one two three")

    async def stream() -> tuple[list[str], int | None]:
        chunks = await client(server).chat.completions.create(
            model="draft",
            messages=[{"role": "user", "content": "count"}],
            stream=True,
            stream_options={"include_usage": True},
        )
        pieces, completion_tokens = [], None
        async for chunk in chunks:
            if chunk.choices and chunk.choices[0].delta.content:
                pieces.append(chunk.choices[0].delta.content)
            if chunk.usage:
                completion_tokens = chunk.usage.completion_tokens
        return pieces, completion_tokens

    assert asyncio.run(stream()) == (["one", " two", " three"], 3)


@pytest.mark.parametrize(
    ("fault", "error"),
    [("500", openai.InternalServerError), ("429", openai.RateLimitError), ("timeout", openai.APITimeoutError)],
)
def test_it_injects_faults_in_order_then_recovers(server: LLMTestServer, fault: str, error: type[Exception]) -> None:
    server.state.queue_faults("draft", [fault])

    async def ask() -> str | None:
        completion = await client(server, timeout=0.5).chat.completions.create(
            model="draft", messages=[{"role": "user", "content": "hi"}]
        )
        return completion.choices[0].message.content

    with pytest.raises(error):
        asyncio.run(ask())
    assert asyncio.run(ask()) == "Answer from draft: hi"
    assert server.state.calls["draft"] == 2


def test_a_cut_stream_ends_without_a_finish(server: LLMTestServer) -> None:
    server.state.set_reply("draft", "a b c d e f")
    server.state.queue_faults("draft", ["cut"])

    async def stream() -> tuple[str, list[Any]]:
        chunks = await client(server).chat.completions.create(
            model="draft", messages=[{"role": "user", "content": "x"}], stream=True
        )
        text, finishes = "", []
        async for chunk in chunks:
            text += chunk.choices[0].delta.content or ""
            finishes.append(chunk.choices[0].finish_reason)
        return text, finishes

    text, finishes = asyncio.run(stream())

    assert text == "a b c"
    assert "stop" not in finishes


def test_it_refuses_an_unknown_fault(server: LLMTestServer) -> None:
    with pytest.raises(ValueError, match="unknown faults"):
        server.state.queue_faults("draft", ["explode"])
