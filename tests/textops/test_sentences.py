"""Sentences and clauses with offsets: every span is exactly the text's own characters."""

from __future__ import annotations

import pytest

from textops.sentences import split_clauses, split_sentences

REVIEW = (
    "Harbour Table opened in 2019 in a former bakery on the harbour. Its chef, trained in Lyon, cooks "
    "over wood; the menu changes weekly. The wine list favours small growers from the Loire and Galicia, "
    "with twelve wines by the glass (approx. EUR 9.50 each). Book ahead, e.g. by phone!"
)


def test_a_review_splits_into_its_sentences_with_exact_offsets() -> None:
    spans = split_sentences(REVIEW)

    assert len(spans) == 4
    assert all(REVIEW[span.start : span.end] == span.text for span in spans)
    assert spans[2].text.endswith("(approx. EUR 9.50 each).")
    assert spans[3].text == "Book ahead, e.g. by phone!"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("We open at 6 p.m. on Fridays. Dr. Rossi runs the cellar.", 2),
        ("St. Joseph 2019 from J. L. Chave. A great Syrah.", 2),
        ("Alcohol 13.5%. Aged 18 months.", 2),
        ("¿Tienen menú infantil? Sí, a 12 euros.", 2),
        ("Starters\n- Burrata, heritage tomatoes 14\n- Oysters, shallot vinegar 18\n", 3),
        ("The wine list favours small growers from the\nLoire and the north of Spain, it says.", 1),
        ("Closing time is 11 p.m.\nThe kitchen closes at 10.", 2),
        ("Tea is served from 3 to 5.30 p.m. Our dress code is smart casual.", 2),  # a time, then a capital
        ("Open 7 a.m. to 2 p.m. daily.", 1),
        ("   \n\n  ", 0),
    ],
)
def test_abbreviations_decimals_lists_and_wrapped_lines(text: str, count: int) -> None:
    spans = split_sentences(text)

    assert len(spans) == count, [span.text for span in spans]
    assert all(text[span.start : span.end] == span.text for span in spans)
    assert all(not span.text.startswith(("-", " ")) for span in spans)


def test_a_long_sentence_gives_clauses_that_stand_alone_and_a_short_one_stays_whole() -> None:
    text = "Corkage is EUR 25 per bottle, two bottles per table; the fee is waived on Mondays for every guest."
    [sentence] = split_sentences(text)

    clauses = split_clauses(text, sentence)

    assert [clause.text for clause in clauses] == [
        "Corkage is EUR 25 per bottle, two bottles per table",
        "the fee is waived on Mondays for every guest.",
    ]
    assert all(text[clause.start : clause.end] == clause.text for clause in clauses)
    short = "Open daily; closed Mondays."
    assert split_clauses(short, split_sentences(short)[0])[0].text == short


def test_a_unit_after_a_number_ends_a_sentence_an_initial_does_not() -> None:
    spans = split_sentences("Fermented at 16°C. The wine then rests on its lees. Made by J. Martin.")

    assert [span.text for span in spans] == [
        "Fermented at 16°C.",
        "The wine then rests on its lees.",
        "Made by J. Martin.",
    ]
