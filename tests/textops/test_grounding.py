"""A model's words checked against the text: names, numbers and dates must be the text's."""

from __future__ import annotations

import pytest

from textops.grounding import grounding_of, numbers_in

REVIEW = (
    "Harbour Table opened in 2019 in a former bakery on the harbour. Its chef, Ana Ruiz, trained in Lyon. "
    "The wine list favours small growers from the Loire and Galicia, with twelve wines by the glass at EUR 9.50. "
    "It is closed on Mondays."
)


@pytest.mark.parametrize(
    "faithful",
    [
        "Harbour Table, in a former bakery since 2019, pours 12 wines by the glass.",
        "Chef Ana Ruiz trained in Lyon; the list leans to the Loire and Galicia.",
        "Glasses cost EUR 9.5. Closed Mondays.",
        "Located on the harbour, it favours small growers.",
        "Twelve wines are poured by the glass.",
    ],
)
def test_faithful_words_pass(faithful: str) -> None:
    assert grounding_of(faithful, REVIEW).ok, grounding_of(faithful, REVIEW).missing


@pytest.mark.parametrize(
    ("invented", "culprit"),
    [
        ("Harbour Table opened in 2017.", "2017"),
        ("The chef trained in Paris.", "Paris"),
        ("Fifteen wines by the glass.", "15"),
        ("It is closed on Tuesdays.", "Tuesdays"),
        ("Glasses cost EUR 11.", "11"),
        ("A staple of Burgundy since 2019.", "Burgundy"),
        ("Opened in March 2019.", "March"),
    ],
)
def test_invented_names_numbers_and_dates_are_named(invented: str, culprit: str) -> None:
    grounding = grounding_of(invented, REVIEW)

    assert not grounding.ok
    assert culprit in grounding.missing
    assert culprit in grounding.reason()


def test_numbers_are_compared_as_values() -> None:
    assert numbers_in("EUR 14.50, 1,500 bottles, twelve glasses, 7%") == {"14.5", "1500", "12", "7"}
    # "one" is a pronoun as often as a number: only digits make it one.
    assert numbers_in("the best one") == set()
