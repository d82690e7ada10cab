"""Who at the table is having which dish (recommendations.diners): pure reading of the words."""

from __future__ import annotations

import pytest

from recommendations.diners import MAX_DINERS, diner_colours_said, diner_meant, diners_merged, diners_said


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
        (
            "Je prends le canard, my partner is having the sole meunière",
            (("me", "canard"), ("partner", "sole meuniere")),
        ),
        (
            "je prends le gigot, ma femme la sole meunière et notre fils les moules",
            (("me", "gigot"), ("her", "sole meuniere"), ("him", "moules")),
        ),
        (
            "me: scallops. my husband: the dry-aged rib-eye. one bottle",
            (("me", "scallops"), ("him", "dry-aged rib-eye")),
        ),
        ("I'm having the bacalao, my brother's on the rabo de toro", (("me", "bacalao"), ("him", "rabo de toro"))),
        ("yo tomo el bacalao y mi mujer el cordero", (("me", "bacalao"), ("her", "cordero"))),
        (
            "io prendo il branzino, mia moglie gli spaghetti alle vongole",
            (("me", "branzino"), ("her", "spaghetti alle vongole")),
        ),
        # An article is a word of its own: "amatriciana" is not "a matriciana"; "e" inside a dish is the dish's.
        ("I'm having amatriciana, she's having the cacio e pepe", (("me", "amatriciana"), ("her", "cacio e pepe"))),
        # What is said of a diner that is no dish does not hide the dish said after it.
        (
            "I have a fish allergy. She's having the halibut, I'm having the lamb chops",
            (("her", "halibut"), ("me", "lamb chops")),
        ),
        ("she's got the sole meunière, i'm on the steak frites", (("her", "sole meuniere"), ("me", "steak frites"))),
        # A dish named by whose it is: "for my sea bass", "for his cevapi".
        ("2 glasses pls - white for my sea bass, red for his ćevapi", (("me", "sea bass"), ("him", "cevapi"))),
        ("white for my sea bass and red for his cevapi please", (("me", "sea bass"), ("him", "cevapi"))),
        ("for her the red snapper, for me the lamb", (("her", "red snapper"), ("me", "lamb"))),
        # What the diner says last wins.
        ("she's having the halibut... actually no, she's having the lamb chops", (("her", "lamb chops"),)),
    ],
)
def test_who_is_having_which_dish_is_read_in_the_tables_words(words: str, diners: tuple[tuple[str, str], ...]) -> None:
    assert diners_said(words) == diners


@pytest.mark.parametrize(
    "words",
    [
        "I'd like a red",
        "one bottle for both of us",
        "wine for two",
        "same for her",
        "I have a nut allergy",
        "she has a budget of 40",
        "I'll have the first one",
        "a glass for her",
    ],
)
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
        ("et un verre pour ma femme ?", "her"),
        ("¿y para mí? una copa de blanco", "me"),
        ("and a glass just for my brother, something red", "him"),
        ("hers under 12 pls", "her"),
        ("his under 12 pls", "him"),
        ("and mine? red, same budget", "me"),
    ],
)
def test_a_follow_up_about_one_diner_names_them(words: str, who: str) -> None:
    assert diner_meant(words) == who


def test_a_diner_named_anew_joins_the_table_and_one_named_again_has_the_new_dish() -> None:
    table = (("me", "lamb chops"), ("her", "halibut"))

    assert diners_merged(table, (("friend", "risotto"),)) == (*table, ("friend", "risotto"))
    assert dict(diners_merged(table, (("her", "lamb chops"),)))["her"] == "lamb chops"
    assert len(diners_merged((), [(f"guest {n}", "soup") for n in range(20)])) == MAX_DINERS


def test_a_long_message_is_read_quickly_and_only_in_its_first_characters() -> None:
    words = "and" + " " * 5_000 + "for her" + " the lamb for me," * 300

    assert diners_said(words) == ()
    assert diner_meant(words) is None


@pytest.mark.parametrize(
    "words",
    [
        "something for both of us",
        "a red for the lamb",
        "cheaper?",
        "that's too expensive for me",
        "can you choose for me?",
        "para el postre?",
        "his and hers by the glass",
        "for him and me?",
    ],
)
def test_a_follow_up_about_the_table_names_no_diner(words: str) -> None:
    assert diner_meant(words) is None


@pytest.mark.parametrize(
    ("words", "colours"),
    [
        ("a glass each pls, white for her n red for me", (("her", "white"), ("me", "red"))),
        ("2 glasses pls - white for my sea bass, red for his ćevapi", (("me", "white"), ("him", "red"))),
        ("for me something w bubbles, under 16", (("me", "sparkling"),)),
        ("and a big red for him, he doesn't care about price", (("him", "red"),)),
        ("un rouge pour ma femme", (("her", "red"),)),
        ("blanco para ella y tinto para mí", (("her", "white"), ("me", "red"))),
        ("red for my wife, white for me... no, a rosé for me", (("her", "red"), ("me", "rose"))),
        ("a red for the lamb", ()),
        ("one bottle of white for both of us", ()),
        # "And" ends one diner's dish before the next diner's wine; "please" is no dish.
        ("white for my sea bass and red for his cevapi please", (("me", "white"), ("him", "red"))),
        # A colour refused, a dish's own colour word, or an occasion is nobody's wine.
        ("for her nothing red please, she hates it", ()),
        ("for me anything but red tonight", ()),
        ("for him not white, he hates it", ()),
        ("for her the red snapper, for me the lamb", ()),
        ("a red for her birthday", ()),
    ],
)
def test_the_colour_said_for_each_diner(words: str, colours: tuple[tuple[str, str], ...]) -> None:
    assert diner_colours_said(words) == colours


def test_her_and_then_i_is_still_her() -> None:
    assert diner_meant("a glass just for her and i'll stick with the bottle") == "her"


def test_a_portuguese_table_names_its_diners() -> None:
    assert diner_meant("e para o meu marido?") == "him"
    assert diner_meant("e para a minha mulher?") == "her"
    assert diners_said("e para o meu marido, o leitão à Bairrada") == ()
