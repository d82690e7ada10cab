"""A model's words checked against the text: names, numbers and dates must be the text's."""

from __future__ import annotations

import pytest

from textops.grounding import grounding_of, misplaced_numbers, numbers_in

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


MENU = (
    "Starters\n"
    "Burrata, heritage tomatoes - EUR 9\n"
    "Crab and fennel tart - EUR 12.50\n"
    "A discretionary service charge of 12.5% is added to the bill. The kitchen closes at 10 p.m."
)


@pytest.mark.parametrize(
    ("claim", "misplaced"),
    [
        ("A 10% service charge is added.", ["10"]),  # the text's 10 is the kitchen's closing time
        ("A 12.5% service charge is added; the kitchen closes at 10 p.m.", []),
        ("Starters cost from EUR 9 to EUR 12.50.", []),  # a range over several lines
        ("The crab tart is EUR 12.50.", []),
        ("The burrata is EUR 12.50.", ["12.50"]),  # the tart's price given to the burrata
    ],
)
def test_a_number_must_be_said_of_what_the_claim_says_it_of(claim: str, misplaced: list[str]) -> None:
    assert misplaced_numbers(claim, MENU) == misplaced


def test_contractions_digits_and_small_counts_are_not_taken_for_invented_facts() -> None:
    assert grounding_of("They're open until 10 p.m. for under-12s too.", REVIEW + " Under 12 free. 10 p.m.").ok
    # Two starters are listed; a writer may count them without the text saying "two".
    assert grounding_of("The menu has two starters.", MENU).ok
    assert not grounding_of("The menu has fifteen starters.", MENU).ok
