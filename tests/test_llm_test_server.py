"""The OpenAI-compatible test server speaks the protocol the real SDK expects."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import openai
import pytest

from llm.testing.server import LLMTestServer


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
    [
        ("500", openai.InternalServerError),
        ("429", openai.RateLimitError),
        ("400", openai.BadRequestError),
        ("422", openai.UnprocessableEntityError),
        ("timeout", openai.APITimeoutError),
        ("stall", openai.APITimeoutError),  # a plain completion that stalls just hangs
    ],
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


def test_a_stalled_stream_sends_half_the_words_then_nothing(server: LLMTestServer) -> None:
    server.state.set_reply("draft", "a b c d e f")
    server.state.queue_faults("draft", ["stall"])
    received: list[str] = []

    async def stream() -> None:
        chunks = await client(server, timeout=0.5).chat.completions.create(
            model="draft", messages=[{"role": "user", "content": "x"}], stream=True
        )
        async for chunk in chunks:
            received.append(chunk.choices[0].delta.content or "")

    with pytest.raises(openai.APITimeoutError):
        asyncio.run(stream())
    assert "".join(received) == "a b c"


def test_it_refuses_an_unknown_fault(server: LLMTestServer) -> None:
    with pytest.raises(ValueError, match="unknown faults"):
        server.state.queue_faults("draft", ["explode"])


def test_a_fault_rate_hits_that_share_of_calls_evenly_on_every_model(server: LLMTestServer) -> None:
    server.state.set_fault_rate("*", "500", 0.3)

    async def outcomes(model: str, count: int) -> list[str]:
        results = []
        for _ in range(count):
            try:
                await client(server).chat.completions.create(model=model, messages=[{"role": "user", "content": "hi"}])
                results.append("ok")
            except openai.InternalServerError:
                results.append("500")
        return results

    draft = asyncio.run(outcomes("draft", 10))
    strong = asyncio.run(outcomes("strong", 10))

    assert draft == strong == ["ok", "ok", "ok", "500", "ok", "ok", "500", "ok", "ok", "500"]


def test_queued_faults_come_before_the_rate_and_a_rate_of_zero_removes_it(server: LLMTestServer) -> None:
    server.state.set_fault_rate("draft", "500", 1.0)
    server.state.queue_faults("draft", ["429"])

    async def ask() -> str | None:
        completion = await client(server).chat.completions.create(
            model="draft", messages=[{"role": "user", "content": "hi"}]
        )
        return completion.choices[0].message.content

    with pytest.raises(openai.RateLimitError):
        asyncio.run(ask())
    with pytest.raises(openai.InternalServerError):
        asyncio.run(ask())
    server.state.set_fault_rate("draft", "500", 0.0)
    assert asyncio.run(ask()) == "Answer from draft: hi"


def test_it_refuses_a_rate_outside_zero_to_one(server: LLMTestServer) -> None:
    with pytest.raises(ValueError, match="between 0 and 1"):
        server.state.set_fault_rate("draft", "timeout", 1.5)
