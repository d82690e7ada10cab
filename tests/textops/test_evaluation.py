"""The text operations' evaluation keeps its halves apart."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from textops import evaluation


def test_the_tuning_extra_texts_all_hash_into_the_tuning_half() -> None:
    texts = evaluation.load_tuning_extra_texts()

    assert texts, "the fourth batch of tuning questions is on texts of its own"
    assert {evaluation.half_of_text(entry) for entry in texts} == {"tune"}
    assert not {entry["id"] for entry in texts} & {entry["id"] for entry in evaluation.load_texts()}


def test_an_extra_text_that_would_fall_in_the_test_half_is_refused(tmp_path: Path) -> None:
    test_id = next(entry["id"] for entry in evaluation.load_texts() if evaluation.half_of_text(entry) == "test")
    path = tmp_path / "extra.json"
    path.write_text(json.dumps({"texts": [{"id": test_id, "text": "Open daily.", "questions": []}]}))

    with pytest.raises(ValueError, match="test half"):
        evaluation.load_tuning_extra_texts(path)


def test_extra_texts_count_for_the_tuning_half_only() -> None:
    extra_text = {
        "id": "tuning-only",
        "text": "The bistro opened in 2018 on Mill Road. It is closed on Sundays.",
        "questions": [{"question": "When did the bistro open?", "answer_facts": ["2018"], "answerable": True}],
    }

    report = evaluation.evaluate_texts([], extra_texts=[extra_text])

    assert (report.halves["tune"].extra_answerable.right, report.halves["tune"].extra_answerable.total) == (1, 1)
    assert report.halves["test"].qa.total == 0
