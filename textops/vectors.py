"""Sentence vectors for the grounded methods: MiniLM's (cached per restaurant) and TF-IDF's."""

from __future__ import annotations

import math
import threading
from collections import Counter, OrderedDict
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from recommendations.retrieval.embeddings import EMBEDDING_DIMENSIONS, embed_array
from textops.words import content_stems

_CACHE_SIZE = 4096
# Keyed by (namespace, sentence): one tenant's texts never answer, or time, another's lookups.
_vectors: OrderedDict[tuple[str, str], NDArray[np.float32]] = OrderedDict()
_vectors_lock = threading.Lock()


def vectors_of(texts: Sequence[str], *, namespace: str = "", batch_size: int = 32) -> NDArray[np.float32]:
    """Unit vectors of ``texts``; a sentence the same namespace (a restaurant) embedded recently,
    for a second question on one text, is not embedded again."""
    result = np.empty((len(texts), EMBEDDING_DIMENSIONS), dtype=np.float32)
    missing: list[int] = []
    with _vectors_lock:
        for index, text in enumerate(texts):
            cached = _vectors.get((namespace, text))
            if cached is None:
                missing.append(index)
            else:
                _vectors.move_to_end((namespace, text))
                result[index] = cached
    if missing:
        fresh = embed_array([texts[index] for index in missing], batch_size=batch_size)
        with _vectors_lock:
            for row, index in enumerate(missing):
                result[index] = fresh[row]
                _vectors[(namespace, texts[index])] = fresh[row]
            while len(_vectors) > _CACHE_SIZE:
                _vectors.popitem(last=False)
    return result


def clear_vector_cache() -> None:
    with _vectors_lock:
        _vectors.clear()


def lexical_vectors(texts: Sequence[str]) -> NDArray[np.float32]:
    """TF-IDF unit vectors of ``texts`` over their content stems, the text itself as the corpus.

    Centrality on these kept more of a summary's key facts than on MiniLM's vectors on the
    tuning half (66 of 86 against 62), works in any language, and costs a millisecond where
    embedding a 2,000-character text costs about 80.
    """
    documents = [Counter(content_stems(text)) for text in texts]
    frequency = Counter(word for document in documents for word in document)
    columns = {word: index for index, word in enumerate(frequency)}
    count = len(documents)
    vectors = np.zeros((count, max(1, len(columns))), dtype=np.float32)
    for row, document in enumerate(documents):
        for word, times in document.items():
            rarity = math.log((1 + count) / (1 + frequency[word])) + 1
            vectors[row, columns[word]] = (1 + math.log(times)) * rarity
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    normalised: NDArray[np.float32] = vectors / np.clip(norms, 1e-9, None)
    return normalised
