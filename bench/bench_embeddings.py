"""The MiniLM session: the compact rewrite (``recommendations/retrieval/embedding_model.py``) against the
shipped int8 file, same texts, same run.

    make bench
    python bench/bench_embeddings.py [--queries 300] [--rounds 5]

Each file is measured in a child process of its own, so one session's memory cannot hide in
the other's: resident memory before loading, after loading, after the queries and after the
batches (the session's arena keeps what a batch took); the p50 of a diner's short question
embedded alone; wine documents per second in batches of 32. Then the two files' vectors for
the same texts: mean and lowest cosine, and how often a question's top wine is the same.
The texts are the demo and evaluation wine lists and the evaluation's dish phrases.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _texts() -> tuple[list[str], list[str]]:
    data = ROOT / "recommendations"
    documents = []
    for path in sorted([*(data / "demo_data" / "wines").glob("*.csv"), *(data / "eval_data" / "lists").glob("*.csv")]):
        with path.open(encoding="utf-8", newline="") as source:
            documents += [" ".join(value for value in row.values() if value) for row in csv.DictReader(source)]
    entries = json.loads((data / "eval_data" / "pairings.json").read_text(encoding="utf-8"))["entries"]
    questions = [f"What wine with {entry.get('phrase') or entry['dish']}?" for entry in entries]
    return documents, questions


def _rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def _measure(variant: str, queries: int, rounds: int, vectors_out: str) -> None:
    """Child process: load one file, time it, write its vectors for the comparison."""
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.base"
    import django

    django.setup()
    from django.conf import settings

    if variant == "shipped":
        settings.EMBEDDING_MODEL_DIR = None  # no cache directory: the shipped file as it is
    from recommendations.retrieval import embeddings

    documents, questions = _texts()
    before = _rss_mb()
    embeddings._get_model()
    loaded = _rss_mb()
    for question in questions[:20]:  # warm-up
        embeddings.embed_query(question)
    timings = []
    for index in range(queries):
        started = time.perf_counter()
        embeddings.embed_query(questions[index % len(questions)])
        timings.append(time.perf_counter() - started)
    after_queries = _rss_mb()
    started = time.perf_counter()
    for _ in range(rounds):
        document_vectors = embeddings.embed_array(documents)
    batch_seconds = (time.perf_counter() - started) / rounds
    question_vectors = embeddings.embed_array(questions)
    np.savez(vectors_out, documents=document_vectors, questions=question_vectors)
    print(
        json.dumps(
            {
                "file": str(embeddings.model_file().path),
                "variant": embeddings.model_file().variant or "as shipped",
                "load_mb": loaded - before,
                "after_queries_mb": after_queries - before,
                "after_batches_mb": _rss_mb() - before,
                "query_p50_ms": statistics.median(timings) * 1000,
                "documents_per_second": len(documents) / batch_seconds,
            }
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--child", choices=("shipped", "compact"), help=argparse.SUPPRESS)
    parser.add_argument("--vectors", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.child:
        _measure(arguments.child, arguments.queries, arguments.rounds, arguments.vectors)
        return

    results = {}
    with tempfile.TemporaryDirectory() as scratch:
        for variant in ("shipped", "compact"):
            vectors = str(Path(scratch) / f"{variant}.npz")
            command = [sys.executable, __file__, "--child", variant, "--vectors", vectors]
            command += ["--queries", str(arguments.queries), "--rounds", str(arguments.rounds)]
            output = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT).stdout  # noqa: S603
            results[variant] = json.loads(output.strip().splitlines()[-1])
            results[variant]["vectors"] = dict(np.load(vectors))

    shipped, compact = results["shipped"], results["compact"]
    documents, questions = _texts()
    print(f"MiniLM session: {len(documents)} wine documents, {len(questions)} dish questions, 2 threads")
    print(f"  shipped: {shipped['file']} ({shipped['variant']})\n  compact: {compact['file']} ({compact['variant']})")
    print(f"{'':28}{'shipped':>12}{'compact':>12}{'ratio':>9}")
    for key, label, unit in (
        ("load_mb", "memory after load", "MB"),
        ("after_queries_mb", "after queries", "MB"),
        ("after_batches_mb", "after batches of 32", "MB"),
        ("query_p50_ms", "one question, p50", "ms"),
        ("documents_per_second", "documents per second", "/s"),
    ):
        ratio = compact[key] / shipped[key] if shipped[key] else float("nan")
        print(f"  {label:26}{shipped[key]:>9.1f} {unit:2}{compact[key]:>9.1f} {unit:2}{ratio:>8.2f}x")
    agreement = []
    for kind in ("documents", "questions"):
        cosines = (shipped["vectors"][kind] * compact["vectors"][kind]).sum(axis=1)
        agreement.append(f"{kind} cosine mean {cosines.mean():.5f}, lowest {cosines.min():.5f}")
    top_shipped = (shipped["vectors"]["questions"] @ shipped["vectors"]["documents"].T).argmax(axis=1)
    top_compact = (compact["vectors"]["questions"] @ compact["vectors"]["documents"].T).argmax(axis=1)
    print("  vectors: " + "; ".join(agreement))
    print(f"  same top wine for {np.mean(top_shipped == top_compact):.1%} of the questions")


if __name__ == "__main__":
    main()
