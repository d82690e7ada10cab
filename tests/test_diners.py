"""Who at the table is having which dish (recommendations.diners): pure reading of the words."""

from __future__ import annotations

import pytest

from recommendations.diners import diner_meant, diners_said


@pytest.mark.parametrize(
    ("words", "diners"),
    [
        (
            "I'm having the lamb chops, she's having the halibut - one bottle for both?",
            (("me", "lamb chops"), ("her", "halibut")),
        ),
        ("I'm having the lamb chops and she's having the halibut", (("me", "lamb chops"), ("her", "halibut"))),
        ("the steak for me and the sole for her", (("me", "steak"), ("her", "sole"))),
        ("steak for me, salmon for my husband", (("me", "steak"), ("him", "salmon"))),
        ("my wife is having the risotto and I'll have the duck, one bottle?", (("her", "risotto"), ("me", "duck"))),
        # "and" inside a dish is the dish's own, not the end of what he is having.
        ("I'm on the burger, he's getting the fish and chips", (("me", "burger"), ("him", "fish and chips"))),
        ("Je prends le canard, my partner is having the sole meunière", (("partner", "sole meuniere"),)),
    ],
)
def test_who_is_having_which_dish_is_read_in_the_tables_words(words: str, diners: tuple[tuple[str, str], ...]) -> None:
    assert diners_said(words) == diners


@pytest.mark.parametrize("words", ["I'd like a red", "one bottle for both of us", "wine for two", "same for her"])
def test_words_that_give_no_one_a_dish_record_no_diner(words: str) -> None:
    assert diners_said(words) == ()


@pytest.mark.parametrize(
    ("words", "who"),
    [
        ("and just for her, a glass?", "her"),
        ("what about him?", "him"),
        ("and her?", "her"),
        ("my wife's main?", "her"),
        ("a glass for the lady", "her"),
        ("and for me?", "me"),
        ("something for my partner", "partner"),
    ],
)
def test_a_follow_up_about_one_diner_names_them(words: str, who: str) -> None:
    assert diner_meant(words) == who


@pytest.mark.parametrize("words", ["something for both of us", "a red for the lamb", "cheaper?"])
def test_a_follow_up_about_the_table_names_no_diner(words: str) -> None:
    assert diner_meant(words) is None
