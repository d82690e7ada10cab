"""The bundled sentence-embedding model, run for real (no mocks)."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from recommendations.retrieval import embeddings
from recommendations.retrieval.embeddings import EMBEDDING_DIMENSIONS, embed_query, embed_texts, embedding_model_name


def cosine(a: list[float], b: list[float]) -> float:
    return float(np.dot(a, b))


def test_it_makes_unit_length_384_dimensional_vectors() -> None:
    vectors = embed_texts(["A crisp Sauvignon Blanc from the Loire.", "bubbles"])

    assert [len(vector) for vector in vectors] == [EMBEDDING_DIMENSIONS, EMBEDDING_DIMENSIONS]
    assert [round(float(np.linalg.norm(vector)), 5) for vector in vectors] == [1.0, 1.0]


def test_it_gives_the_same_text_the_same_vector() -> None:
    first = embed_query("a red under $60 for the lamb")
    second = embed_query("a red under $60 for the lamb")

    assert first == second


def test_it_puts_a_paraphrase_closer_than_an_unrelated_sentence() -> None:
    query, paraphrase, unrelated = embed_texts(
        [
            "a red wine to go with grilled lamb",
            "which red would you pair with lamb from the grill",
            "the parking garage closes at midnight",
        ]
    )

    assert cosine(query, paraphrase) > 0.7
    assert cosine(query, unrelated) < 0.2


def test_it_gives_the_same_vectors_in_a_batch_as_one_at_a_time() -> None:
    # Lengths from 1 to ~150 tokens: in a batch the short ones are padded to the longest.
    texts = [
        "red",
        "a glass of something sweet",
        "Full-bodied, tannic Cabernet Sauvignon with blackcurrant, cedar and graphite. " * 8,
        "Crisp Muscadet for oysters.",
    ]

    batched = np.array(embed_texts(texts))
    alone = np.array([embed_query(text) for text in texts])

    assert np.abs(batched - alone).max() < 1e-5


def test_it_keeps_the_order_of_the_texts() -> None:
    texts = [f"wine number {n} " + "word " * (n % 7) for n in range(70)]

    batched = embed_texts(texts)

    assert batched[45] == embed_query(texts[45])
    assert batched[3] == embed_query(texts[3])


def test_it_embeds_no_texts_without_loading_anything() -> None:
    assert embed_texts([]) == []


def test_it_truncates_text_longer_than_the_model_reads() -> None:
    long_text = "Blackcurrant and cedar. " * 200

    vector = embed_query(long_text)

    assert len(vector) == EMBEDDING_DIMENSIONS
    # Only the first 256 tokens count, so more of the same text changes nothing.
    assert cosine(vector, embed_query(long_text + "Mango and passion fruit. " * 50)) > 0.9999


def test_it_names_the_model_and_its_version() -> None:
    assert embedding_model_name() == "all-MiniLM-L6-v2-onnx-int8@1.0.0"


def test_it_loads_the_model_once_when_threads_race_for_it(monkeypatch: pytest.MonkeyPatch) -> None:
    loads: list[int] = []
    real_load = embeddings._load

    def counting_load() -> embeddings._Model:
        loads.append(1)
        return real_load()

    monkeypatch.setattr(embeddings, "_model", None)
    monkeypatch.setattr(embeddings, "_load", counting_load)
    start = threading.Barrier(4)
    results: list[list[float]] = []

    def worker() -> None:
        start.wait()
        results.append(embed_query("bubbles by the glass"))

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert loads == [1]
    assert len(results) == 4
    assert all(result == results[0] for result in results)
