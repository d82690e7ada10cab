"""Two OpenAI clients nobody here wrote, against our /v1 on a live uvicorn server, unchanged.

LangChain's ``langchain-openai`` (ChatOpenAI plain and streamed, OpenAIEmbeddings) and LiteLLM's
own client (``litellm.completion(model="openai/<ours>", api_base=...)``, plain and streamed).
The official ``openai`` SDK is exercised throughout tests/api/.
"""

from __future__ import annotations

import os

import pytest
from langchain_openai import ChatOpenAI, OpenAIEmbeddings
from pydantic import SecretStr

from api.openai_embeddings import EMBEDDING_MODEL
from llm.testing.server import LLMTestServer
from recommendations.models import Restaurant
from tests.api.conftest import caller

# LiteLLM reads its price list from GitHub at import unless told to use the copy it ships.
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
import litellm

ANSWER = "A Crozes-Hermitage: Syrah, peppery, made for the lamb."
QUESTION = "A red for the lamb?"


@pytest.fixture
def key(live: str, restaurant_a: Restaurant, llm_server: LLMTestServer) -> str:
    llm_server.state.set_reply("draft", ANSWER)
    return caller(restaurant_a, ["chat"]).raw


def test_langchain_chat_openai_plain_and_streamed(live: str, key: str, llm_server: LLMTestServer) -> None:
    chat = ChatOpenAI(model="draft", base_url=f"{live}/v1", api_key=SecretStr(key), max_retries=0, timeout=30)

    plain = chat.invoke(QUESTION)
    streamed = "".join(str(chunk.content) for chunk in chat.stream(QUESTION + " (again)"))

    assert plain.content == ANSWER
    assert streamed == ANSWER
    assert plain.response_metadata["finish_reason"] == "stop"
    assert llm_server.state.calls["draft"] == 2


def test_langchain_openai_embeddings(live: str, key: str) -> None:
    # LangChain counts tokens with tiktoken before sending, which downloads its tables: off.
    embeddings = OpenAIEmbeddings(
        model=EMBEDDING_MODEL,
        base_url=f"{live}/v1",
        api_key=SecretStr(key),
        check_embedding_ctx_length=False,
        max_retries=0,
    )

    documents = embeddings.embed_documents(["Syrah for lamb", "Chablis for oysters"])
    query = embeddings.embed_query("Syrah for lamb")

    assert [len(vector) for vector in documents] == [384, 384]
    assert query == pytest.approx(documents[0], abs=1e-6)


def test_litellm_completion_plain_and_streamed(live: str, key: str, llm_server: LLMTestServer) -> None:
    plain = litellm.completion(
        model="openai/draft", api_base=f"{live}/v1", api_key=key, messages=[{"role": "user", "content": QUESTION}]
    )
    chunks = litellm.completion(
        model="openai/draft",
        api_base=f"{live}/v1",
        api_key=key,
        messages=[{"role": "user", "content": QUESTION + " (streamed)"}],
        stream=True,
    )
    streamed = "".join(chunk.choices[0].delta.content or "" for chunk in chunks)

    assert plain.choices[0].message.content == ANSWER
    assert plain.choices[0].finish_reason == "stop"
    assert streamed == ANSWER
    assert llm_server.state.calls["draft"] == 2
