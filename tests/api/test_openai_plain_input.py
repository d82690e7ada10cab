"""The plain-request check of /v1/chat/completions reads what the serializer reads, or leaves it to the serializer."""

from __future__ import annotations

from typing import Any

import pytest

from api.http import validated
from api.openai_compat import ChatCompletionInput, plain_chat_completion_input


def _body(**fields: Any) -> dict[str, Any]:
    return {"model": "draft", "messages": [{"role": "user", "content": "A red for lamb?"}], **fields}


PLAIN = [
    _body(),
    _body(model="  auto  "),
    _body(messages=[{"role": "user", "content": "  spaces kept  "}]),
    _body(
        messages=[
            {"role": "system", "content": "Be brief."},
            {"role": "developer", "content": "Answer in French."},
            {"role": "user", "content": "Lamb?"},
            {"role": "assistant", "content": "Syrah."},
            {"role": "user", "content": "Cheaper?"},
        ]
    ),
    _body(messages=[{"role": "user", "content": "x"}] * 100),
    _body(temperature=0, top_p=1, max_tokens=1, max_completion_tokens=4000, n=1, seed=-5),
    _body(temperature=2, top_p=0.5, max_tokens=4000, seed=2**63 - 1),
    _body(temperature=0.7),
    _body(stream=True),
    _body(stream=False),
    _body(stream=None),
    _body(temperature=None, top_p=None, max_tokens=None, max_completion_tokens=None, n=None, seed=None),
    _body(user="  table 12  "),
]

OTHERS = [
    [],
    "text",
    {"messages": [{"role": "user", "content": "no model"}]},
    _body(model=""),
    _body(model="   "),
    _body(model="m" * 65),
    _body(model=5),
    _body(messages=[]),
    _body(messages="hello"),
    _body(messages=[{"role": "user", "content": "x"}] * 101),
    _body(messages=[{"role": "user", "content": "x" * 50_001}, {"role": "user", "content": "y" * 50_000}]),
    _body(messages=[{"role": "system", "content": "no user message"}]),
    _body(messages=[{"role": "user", "content": "hi", "name": "ann"}]),
    _body(messages=[{"role": "user", "content": [{"type": "text", "text": "parts"}]}]),
    _body(messages=[{"role": "user", "content": None}]),
    _body(messages=[{"role": "user", "content": "   "}]),
    _body(messages=[{"role": "tool", "content": "42"}, {"role": "user", "content": "and?"}]),
    _body(messages=[{"role": "robot", "content": "beep"}]),
    _body(messages=["hello"]),
    _body(stream="true"),
    _body(temperature=True),
    _body(temperature=2.5),
    _body(temperature="0.5"),
    _body(top_p=-0.1),
    _body(max_tokens=5.0),
    _body(max_tokens=0),
    _body(max_tokens=4001),
    _body(n=2),
    _body(seed=2**63),
    _body(user=""),
    _body(user="u" * 257),
    _body(user=7),
    _body(tools=[]),
    _body(logprobs=True),
    _body(response_format={"type": "json_object"}),
    _body(stop="\n"),
    _body(something_new=1),
]


@pytest.mark.parametrize("body", PLAIN)
def test_a_plain_request_is_read_as_the_serializer_reads_it(body: dict[str, Any]) -> None:
    plain = plain_chat_completion_input(body)

    assert plain is not None
    assert plain == validated(ChatCompletionInput, body)


@pytest.mark.parametrize("body", OTHERS)
def test_anything_else_is_left_to_the_serializer(body: Any) -> None:
    assert plain_chat_completion_input(body) is None
