"""Text operations on a 2,000-character text: the grounded methods against the old model path, same run.

    make bench
    python bench/bench_text_ops.py --runs 15 --model-runs 2

The texts are the evaluation set's (``textops/eval_data/texts.json``), each cut at a sentence
boundary near 2,000 characters (texts shorter than that are joined with the next ones).

- grounded: ``textops.service.grounded_body`` per operation, "cold" (the sentence vector
  cache emptied first: every sentence embedded) and "warm" (a second operation on the same
  text, as a client asking several questions about one document does);
- baseline: what every operation did before, one completion of the bundled local model
  (llama.cpp in-process, the same prompt, the old ``max_tokens``), called directly on the
  provider so no cache or gateway step is counted.

Prints p50 and p95 in milliseconds and the baseline/grounded ratio of p50s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django

django.setup()

from llm.providers import LocalLlamaProvider  # noqa: E402
from llm.types import GatewayRequest  # noqa: E402
from textops import vectors  # noqa: E402
from textops.evaluation import load_texts  # noqa: E402
from textops.sentences import split_sentences  # noqa: E402
from textops.service import DEFAULT_MAX_TOKENS, TextTask, grounded_body, model_messages  # noqa: E402
from textops.types import Operation  # noqa: E402

TARGET_CHARACTERS = 2000
OPERATIONS: tuple[Operation, ...] = ("summarize", "key_points", "qa", "questions", "sentiment")


def texts_of_about(characters: int) -> list[tuple[str, str]]:
    """(text, a question about it) pairs, each text about ``characters`` long, cut at a sentence end."""
    english = [entry for entry in load_texts() if entry["language"] == "en"]
    pairs: list[tuple[str, str]] = []
    for start in range(len(english)):
        joined = ""
        question = english[start]["questions"][0]["question"]
        for entry in english[start:] + english[:start]:
            joined = f"{joined}\n\n{entry['text']}" if joined else entry["text"]
            if len(joined) >= characters:
                break
        cut = max((s.end for s in split_sentences(joined) if s.end <= characters), default=len(joined))
        pairs.append((joined[:cut], question))
    return pairs


def percentiles(times: list[float]) -> tuple[float, float]:
    ordered = sorted(times)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15, help="texts per operation for the grounded methods")
    parser.add_argument("--model-runs", type=int, default=2, help="texts per operation for the local model")
    arguments = parser.parse_args()
    if arguments.runs < 1 or arguments.model_runs < 1:
        parser.error("--runs and --model-runs must be at least 1: the ratio needs both paths measured")

    pairs = texts_of_about(TARGET_CHARACTERS)
    lengths = [len(text) for text, _ in pairs[: arguments.runs]]
    print(f"texts: {len(lengths)}, {min(lengths)}-{max(lengths)} characters (median {statistics.median(lengths):.0f})")
    grounded_body(TextTask("summarize", pairs[0][0]))  # the embedding model loads once, not in a timing

    # All grounded timings first: llama.cpp's threads, once started, compete for the 2 cores.
    cold: dict[str, list[float]] = {}
    warm: dict[str, list[float]] = {}
    for operation in OPERATIONS:
        for text, question in pairs[: arguments.runs]:
            task = TextTask(operation, text, question=question)
            vectors.clear_vector_cache()
            started = time.perf_counter()
            grounded_body(task)
            cold.setdefault(operation, []).append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            grounded_body(task)
            warm.setdefault(operation, []).append((time.perf_counter() - started) * 1000)

    provider = LocalLlamaProvider(context=4096, threads=2)
    model: dict[str, list[float]] = {}
    for operation in OPERATIONS:
        for text, question in pairs[: arguments.model_runs]:
            task = TextTask(operation, text, question=question)
            request = GatewayRequest(
                messages=model_messages(task) if operation != "sentiment" else _sentiment_messages(text),
                max_tokens=DEFAULT_MAX_TOKENS.get(operation, 40),
                temperature=0.2,
            )
            started = time.perf_counter()
            provider._complete_sync(request)
            model.setdefault(operation, []).append((time.perf_counter() - started) * 1000)

    print(f"{'operation':11} {'grounded cold p50/p95':>22} {'warm p50':>9} {'local model p50':>16} {'ratio':>7}")
    for operation in OPERATIONS:
        cold_p50, cold_p95 = percentiles(cold[operation])
        model_p50, _ = percentiles(model[operation])
        print(
            f"{operation:11} {cold_p50:>12.1f} / {cold_p95:>7.1f} {percentiles(warm[operation])[0]:>9.1f} "
            f"{model_p50:>16.0f} {model_p50 / max(cold_p50, 1e-3):>6.0f}x"
        )


def _sentiment_messages(text: str) -> tuple[dict[str, str], ...]:
    # The old path's sentiment prompt: the label from the model, the score from the lexicon.
    return (
        {
            "role": "system",
            "content": "Is the text's sentiment positive, negative, neutral or mixed? Reply with that word, "
            "then why in a few words.",
        },
        {"role": "user", "content": text},
    )


if __name__ == "__main__":
    main()
